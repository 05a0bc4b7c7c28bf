#pragma once

#include "core/expected.h"
#include "core/interaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace travelflow {

// Reads and writes the `reply_outbox` table: replies persisted before they are sent.
class ReplyOutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReplyOutboxRepository)

public:
    explicit ReplyOutboxRepository(const QSqlDatabase &db);

    // A new queued reply to the interaction.
    Expected<qint64> enqueue(qint64 interactionId, OutgoingReply::Kind kind, const QString &text);

    Expected<std::optional<OutgoingReply>> get(qint64 id);

    // Writes the sending progress (state, attempts, next attempt, remote id, last error)
    // and stamps updated_at. What was queued (interaction, kind, text) never changes.
    Status save(const OutgoingReply &reply);

    // Queued replies, and ones left in `sending` by an interrupted run (the sender must
    // decide whether those went out), whose next attempt is not in the future; oldest first.
    Expected<QList<OutgoingReply>> listDue(const QDateTime &now);
    // Every reply to one inbox item, oldest first.
    Expected<QList<OutgoingReply>> listForInteraction(qint64 interactionId);
    // Whether another reply of the outbox (not `exceptId`) is known to be the platform's
    // comment `remoteId`: an earlier reply with the same words is not this one.
    Expected<bool> isRemoteIdTaken(const QString &remoteId, qint64 exceptId);

private:
    QSqlDatabase m_db;
};

} // namespace travelflow
