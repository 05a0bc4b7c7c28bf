#include "interaction_batch_writer.h"

#include "sql_helpers.h"
#include "sqlite_statement.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

namespace travelflow {

namespace {

// The columns a new row gets, in this order in the staging table and in the INSERT.
const QString kRowColumns = QStringLiteral(
    "account_id, platform, kind, remote_id, remote_parent_id, parent_id, remote_post_id, thread_id, "
    "author_id, author_name, text, created_at, updated_at, fetched_at, lead_label, lead_score, lead_reason, "
    "lead_user_label, state, lead_state, notes, permalink, can_reply, from_owner");
constexpr qsizetype kRowValues = InteractionBatchWriter::kStagedValues; // seq + the 24 columns above
// Ids an UPDATE names at most (far below every engine's limit on parameters).
constexpr qsizetype kIdsPerStatement = 500;

QString keyOf(qint64 accountId, const QString &kind, const QString &remoteId)
{
    return QString::number(accountId) + QLatin1Char('\x1f') + kind + QLatin1Char('\x1f') + remoteId;
}

QString keyOf(const Interaction &i)
{
    return keyOf(i.accountId, interactionKindName(i.kind), i.remoteId);
}

using RowValues = std::array<QVariant, kRowValues>;

// The staging row of `i`: seq, then kRowColumns. `fetchedText` is the page's fetch time,
// formatted once for all its rows.
RowValues rowValues(qsizetype seq, const Interaction &i, const QDateTime &now, const QVariant &nowText)
{
    const bool fetchedNow = !i.fetchedAt.isValid() || i.fetchedAt == now;
    const QVariant fetchedAt = fetchedNow ? nowText : sql::fromDateTime(i.fetchedAt);
    const QVariant createdAt = i.createdAt.isValid() ? sql::fromDateTime(i.createdAt) : fetchedAt;
    const auto userLabel = i.leadUserLabel.value_or(Interaction::LeadLabel::Unknown);
    return RowValues{
        QVariant(qint64(seq)),
        QVariant(i.accountId),
        QVariant(platformName(i.platform)),
        QVariant(interactionKindName(i.kind)),
        sql::notNull(i.remoteId),
        sql::nullIfEmpty(i.remoteParentId),
        i.parentId > 0 ? QVariant(i.parentId) : QVariant(),
        sql::nullIfEmpty(i.remotePostId),
        sql::nullIfEmpty(i.threadId),
        sql::notNull(i.authorId),
        sql::notNull(i.authorName),
        sql::notNull(i.text),
        createdAt,
        i.updatedAt.isValid() && i.updatedAt == i.createdAt ? createdAt : sql::fromDateTime(i.updatedAt),
        fetchedAt,
        QVariant(leadLabelName(i.leadLabel)),
        QVariant(i.leadScore),
        sql::notNull(i.leadReason),
        userLabel == Interaction::LeadLabel::Unknown ? QVariant() : QVariant(leadLabelName(userLabel)),
        QVariant(interactionStateName(i.state)),
        i.leadState ? QVariant(leadStateName(*i.leadState)) : QVariant(),
        sql::notNull(i.notes),
        sql::notNull(i.permalink),
        QVariant(i.canReply ? 1 : 0),
        QVariant(i.fromOwner ? 1 : 0),
    };
}

QString placeholders(int count)
{
    QString out;
    out.reserve(count * 2 + 2);
    out += QLatin1Char('(');
    for (int k = 0; k < count; ++k)
        out += k == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    out += QLatin1Char(')');
    return out;
}

} // namespace

InteractionBatchWriter::InteractionBatchWriter(const QSqlDatabase &db)
    : m_db(db), m_direct(SqliteStatement::available(db))
{ }

InteractionBatchWriter::~InteractionBatchWriter() = default;

Status InteractionBatchWriter::run(const QString &sql, std::span<const QVariant> values,
                                   const QString &operation, const Row &row)
{
    if (m_direct) {
        std::shared_ptr<SqliteStatement> &statement = m_statements[sql];
        if (!statement)
            statement = std::make_shared<SqliteStatement>(m_db, sql);
        if (auto problem = statement->run(values, row))
            return sql::storageError(operation, *problem);
        return {};
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values) // QtSql would bind a QByteArray as a blob
        q.addBindValue(value.typeId() == QMetaType::QByteArray
                           ? QVariant(QString::fromUtf8(value.toByteArray()))
                           : value);
    if (auto err = sql::exec(q, operation))
        return *err;
    if (row) {
        QVariantList columns;
        while (q.next()) {
            columns.clear();
            for (int c = 0; c < q.record().count(); ++c)
                columns.append(q.value(c));
            row(columns);
        }
    }
    return {};
}

InteractionBatchWriter::Batch InteractionBatchWriter::prepare(const QList<Interaction> &interactions)
{
    Batch batch;
    batch.m_items = interactions;
    batch.m_rows.reserve(interactions.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant nowText = sql::fromDateTime(now);
    for (qsizetype k = 0; k < interactions.size(); ++k) {
        RowValues row = rowValues(k, interactions.at(k), now, nowText);
        // Text as UTF-8, the database's encoding, converted here on the caller's thread.
        for (QVariant &value : row) {
            if (value.typeId() == QMetaType::QString)
                value = value.toString().toUtf8();
        }
        batch.m_rows.append(std::move(row));
    }
    return batch;
}

Expected<QList<std::pair<qint64, bool>>> InteractionBatchWriter::write(const QList<Interaction> &interactions,
                                                                       const QString &operation)
{
    return write(prepare(interactions), operation);
}

Expected<QList<std::pair<qint64, bool>>> InteractionBatchWriter::write(const Batch &batch,
                                                                       const QString &operation)
{
    const QList<Interaction> &interactions = batch.m_items;
    if (interactions.isEmpty())
        return QList<std::pair<qint64, bool>>();
    if (auto st = stage(batch, operation); !st)
        return st.error();

    // The new rows, in the batch's order (the first of two equal keys wins).
    QHash<QString, qint64> inserted;
    inserted.reserve(interactions.size());
    if (auto st = run(QStringLiteral("INSERT INTO interactions (") + kRowColumns + QStringLiteral(") SELECT ")
                          + kRowColumns
                          + QStringLiteral(" FROM interaction_stage WHERE true ORDER BY seq "
                                           "ON CONFLICT (account_id, kind, remote_id) DO NOTHING "
                                           "RETURNING id, account_id, kind, remote_id"),
                      {}, operation,
                      [&](const QVariantList &r) {
                          inserted.insert(keyOf(r.at(1).toLongLong(), r.at(2).toString(), r.at(3).toString()),
                                          r.at(0).toLongLong());
                      });
        !st)
        return st.error();

    QList<qint64> orphans; // new replies whose parent is known only by its remote id
    QList<std::pair<qint64, bool>> results(interactions.size(), {0, false});
    QSet<QString> claimed;
    bool missing = false;
    for (qsizetype k = 0; k < interactions.size(); ++k) {
        const Interaction &i = interactions.at(k);
        const QString key = keyOf(i);
        const auto it = inserted.constFind(key);
        if (it == inserted.cend()) {
            missing = true;
            continue;
        }
        const bool first = !claimed.contains(key);
        claimed.insert(key);
        results[k] = {*it, first};
        if (first && i.parentId <= 0 && !i.remoteParentId.isEmpty())
            orphans.append(*it);
    }
    if (missing) {
        // Already stored before this batch: those rows' ids, left as they are.
        if (auto st = run(QStringLiteral("SELECT s.seq, i.id FROM interaction_stage s JOIN interactions i ON "
                                         "i.account_id = s.account_id AND i.kind = s.kind AND "
                                         "i.remote_id = s.remote_id"),
                          {}, operation,
                          [&](const QVariantList &r) {
                              const qsizetype k = r.at(0).toLongLong();
                              if (k >= 0 && k < results.size() && results.at(k).first == 0)
                                  results[k] = {r.at(1).toLongLong(), false};
                          });
            !st)
            return st.error();
        for (const auto &r : std::as_const(results)) {
            if (r.first == 0)
                return Error::make(
                    Error::Kind::Storage, QStringLiteral("storage.interaction_lost"),
                    tr("Could not %1: the item was neither stored nor found. Try the sync again.")
                        .arg(operation));
        }
    }
    if (auto st = linkParents(orphans, operation); !st)
        return st.error();
    if (auto st = run(QStringLiteral("DELETE FROM interaction_stage"), {}, operation); !st)
        return st.error();
    return results;
}

Status InteractionBatchWriter::stage(const Batch &batch, const QString &operation)
{
    // Per connection; a rolled-back batch leaves it empty, a committed one empties it.
    if (auto st
        = run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS interaction_stage (seq INTEGER PRIMARY KEY, "
                             "account_id INTEGER, platform TEXT, kind TEXT, remote_id TEXT, "
                             "remote_parent_id TEXT, parent_id INTEGER, remote_post_id TEXT, thread_id "
                             "TEXT, author_id TEXT, author_name TEXT, text TEXT, created_at TEXT, "
                             "updated_at TEXT, fetched_at TEXT, lead_label TEXT, lead_score REAL, "
                             "lead_reason TEXT, lead_user_label TEXT, state TEXT, lead_state TEXT, notes "
                             "TEXT, permalink TEXT, can_reply INTEGER, from_owner INTEGER)"),
              {}, operation);
        !st)
        return st;
    if (auto st = run(QStringLiteral("DELETE FROM interaction_stage"), {}, operation); !st)
        return st;

    const QString insert = QStringLiteral("INSERT INTO interaction_stage (seq, ") + kRowColumns
        + QStringLiteral(") VALUES ") + placeholders(kRowValues);
    for (const auto &row : batch.m_rows) {
        if (auto st = run(insert, row, operation); !st)
            return st;
    }
    return {};
}

Status InteractionBatchWriter::linkParents(const QList<qint64> &ids, const QString &operation)
{
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerStatement) {
        const qsizetype count = std::min(kIdsPerStatement, ids.size() - from);
        QVariantList values;
        values.reserve(count);
        for (qsizetype k = from; k < from + count; ++k)
            values.append(ids.at(k));
        if (auto st
            = run(QStringLiteral("UPDATE interactions SET parent_id = (SELECT p.id FROM interactions p WHERE "
                                 "p.account_id = interactions.account_id AND p.kind IN ('comment', 'reply') "
                                 "AND p.remote_id = interactions.remote_parent_id ORDER BY p.id LIMIT 1) "
                                 "WHERE id IN (")
                      + QStringList(count, QStringLiteral("?")).join(QLatin1Char(',')) + QStringLiteral(")"),
                  values, operation);
            !st)
            return st;
    }
    return {};
}

} // namespace travelflow
