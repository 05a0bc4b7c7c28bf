#pragma once

#include "core/expected.h"
#include "core/interaction.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

class QSqlQuery;

namespace travelflow {

// Reads and writes the `interactions` table: the inbox's comments, replies and messages
// with their lead verdicts and the user's triage.
class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(const QSqlDatabase &db);

    // Stores the interaction unless one with the same (account, kind, remote id) exists.
    // Returns the row's id and whether it was inserted now. An existing row is left as
    // it is. An invalid fetchedAt becomes now; an invalid createdAt becomes fetchedAt.
    // Runs its own transaction.
    Expected<std::pair<qint64, bool>> insertIfNew(const Interaction &interaction);

    Expected<std::optional<Interaction>> get(qint64 id);

    // Newest first (by created_at, then id). `accountId` 0 = all accounts; `limit` < 0 = all.
    Expected<QList<Interaction>> list(qint64 accountId = 0, int limit = -1, int offset = 0);

    Status setState(qint64 id, Interaction::State state);
    // What the classifier said.
    Status setLeadVerdict(qint64 id, Interaction::LeadLabel label, double score, const QString &reason);
    // What the user said; nullopt (or Unknown) clears it so the classifier's verdict counts.
    Status setUserLeadLabel(qint64 id, std::optional<Interaction::LeadLabel> label);
    Status setLeadState(qint64 id, std::optional<Interaction::LeadState> state);
    Status setNotes(qint64 id, const QString &notes);

private:
    Status update(qint64 id, const QString &assignments, const QVariantList &values,
                  const QString &operation);
    Status checkUpdated(const QSqlQuery &q, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace travelflow
