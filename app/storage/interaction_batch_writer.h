#pragma once

#include "core/expected.h"
#include "core/interaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <array>
#include <functional>
#include <memory>
#include <span>
#include <utility>

namespace travelflow {

class SqliteStatement;

// Stores a page of interactions with a few set-based statements instead of one INSERT a
// row: the rows go to a staging table (no index, no trigger), then one INSERT ... SELECT
// ... ON CONFLICT DO NOTHING moves the new ones into `interactions`. One statement a page
// matters: every INSERT into `interactions` is its own statement transaction, and at each
// one the FTS5 index (filled by a trigger) flushes what it holds into a new segment; a
// page of 100 single-row INSERTs made 100 tiny segments to merge. Plain SQL (a TEMP
// table, ON CONFLICT, RETURNING) that PostgreSQL also runs. Where SQLite can be driven
// directly (SqliteStatement), it is, with the statements kept prepared for the writer's
// life. Runs inside the caller's transaction; one writer per connection and thread.
class InteractionBatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(InteractionBatchWriter)

public:
    static constexpr qsizetype kStagedValues = 25; // a staging row: its position + 24 columns

    // A batch made ready for the database (defaults filled in, times formatted). Any
    // thread may prepare one, so that a writer thread only stores.
    class Batch
    {
    public:
        qsizetype size() const { return m_items.size(); }

    private:
        friend class InteractionBatchWriter;
        QList<Interaction> m_items;
        QList<std::array<QVariant, kStagedValues>> m_rows;
    };
    static Batch prepare(const QList<Interaction> &interactions);

    explicit InteractionBatchWriter(const QSqlDatabase &db);
    ~InteractionBatchWriter();
    InteractionBatchWriter(const InteractionBatchWriter &) = delete;
    InteractionBatchWriter &operator=(const InteractionBatchWriter &) = delete;

    // Per input, in order: the row's id and whether this call inserted it. An existing
    // row (same account, kind and remote id) is left as it is; within the batch the first
    // of two equal keys is inserted and the second reports it. A reply whose parentId is 0
    // is linked to its parent by remoteParentId when that is stored (also in this batch).
    Expected<QList<std::pair<qint64, bool>>> write(const Batch &batch, const QString &operation);
    Expected<QList<std::pair<qint64, bool>>> write(const QList<Interaction> &interactions,
                                                   const QString &operation);

private:
    using Row = std::function<void(const QVariantList &)>;
    // Runs `sql` with `values`, handing each result row to `row`.
    Status run(const QString &sql, std::span<const QVariant> values, const QString &operation,
               const Row &row = {});
    Status stage(const Batch &batch, const QString &operation);
    Status linkParents(const QList<qint64> &ids, const QString &operation);

    QSqlDatabase m_db;
    bool m_direct = false;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements; // prepared, by their SQL
};

} // namespace travelflow
