#include "reply_outbox_repository.h"

#include "sql_helpers.h"

#include <QSqlQuery>

namespace travelflow {

namespace {

const QString kColumns = QStringLiteral(
    "id, interaction_id, kind, text, state, attempts, next_attempt_at, remote_id, last_error_code, "
    "last_error_text, created_at, updated_at");

OutgoingReply readReply(const QSqlQuery &q)
{
    const auto col = [&q](const char *name) { return q.value(QLatin1String(name)); };
    OutgoingReply r;
    r.id = col("id").toLongLong();
    r.interactionId = col("interaction_id").toLongLong();
    r.kind = replyKindFromName(col("kind").toString()).value_or(OutgoingReply::Kind::Public);
    r.text = col("text").toString();
    r.state = replyStateFromName(col("state").toString()).value_or(OutgoingReply::State::Failed);
    r.attempts = col("attempts").toInt();
    r.nextAttemptAt = sql::toDateTime(col("next_attempt_at"));
    r.remoteId = col("remote_id").toString();
    r.lastErrorCode = col("last_error_code").toString();
    r.lastErrorText = col("last_error_text").toString();
    r.createdAt = sql::toDateTime(col("created_at"));
    r.updatedAt = sql::toDateTime(col("updated_at"));
    return r;
}

} // namespace

ReplyOutboxRepository::ReplyOutboxRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<qint64> ReplyOutboxRepository::enqueue(qint64 interactionId, OutgoingReply::Kind kind,
                                                const QString &text)
{
    const QString now = sql::nowText();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO reply_outbox (interaction_id, kind, text, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(interactionId);
    q.addBindValue(replyKindName(kind));
    q.addBindValue(sql::notNull(text));
    q.addBindValue(replyStateName(OutgoingReply::State::Queued));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto err = sql::exec(q, tr("queue the reply")))
        return *err;
    return q.lastInsertId().toLongLong();
}

Expected<std::optional<OutgoingReply>> ReplyOutboxRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM reply_outbox WHERE id = ?"));
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("read the reply")))
        return *err;
    if (!q.next())
        return std::optional<OutgoingReply>();
    return std::optional<OutgoingReply>(readReply(q));
}

Status ReplyOutboxRepository::save(const OutgoingReply &reply)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE reply_outbox SET state = ?, attempts = ?, next_attempt_at = ?, remote_id = ?, "
                       "last_error_code = ?, last_error_text = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(replyStateName(reply.state));
    q.addBindValue(reply.attempts);
    q.addBindValue(sql::fromDateTime(reply.nextAttemptAt));
    q.addBindValue(sql::nullIfEmpty(reply.remoteId));
    q.addBindValue(sql::nullIfEmpty(reply.lastErrorCode));
    q.addBindValue(sql::nullIfEmpty(reply.lastErrorText));
    q.addBindValue(sql::nowText());
    q.addBindValue(reply.id);
    if (auto err = sql::exec(q, tr("save the reply")))
        return *err;
    if (q.numRowsAffected() == 0) {
        return Error::make(Error::Kind::NotFound, QStringLiteral("reply_not_found"),
                           tr("Reply %1 is no longer in the outbox; the comment it answers may have "
                              "been deleted. Refresh the inbox.")
                               .arg(reply.id));
    }
    return {};
}

Expected<QList<OutgoingReply>> ReplyOutboxRepository::listDue(const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM reply_outbox WHERE state IN (?, ?) "
                               "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                               "ORDER BY created_at, id"));
    q.addBindValue(replyStateName(OutgoingReply::State::Queued));
    q.addBindValue(replyStateName(OutgoingReply::State::Sending));
    q.addBindValue(sql::fromDateTime(now));
    if (auto err = sql::exec(q, tr("list the replies to send")))
        return *err;
    QList<OutgoingReply> replies;
    while (q.next())
        replies.append(readReply(q));
    return replies;
}

Expected<QList<OutgoingReply>> ReplyOutboxRepository::listForInteraction(qint64 interactionId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM reply_outbox WHERE interaction_id = ? ORDER BY created_at, id"));
    q.addBindValue(interactionId);
    if (auto err = sql::exec(q, tr("list the replies")))
        return *err;
    QList<OutgoingReply> replies;
    while (q.next())
        replies.append(readReply(q));
    return replies;
}

Expected<bool> ReplyOutboxRepository::isRemoteIdTaken(const QString &remoteId, qint64 exceptId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM reply_outbox WHERE remote_id = ? AND id != ? LIMIT 1"));
    q.addBindValue(sql::notNull(remoteId));
    q.addBindValue(exceptId);
    if (auto err = sql::exec(q, tr("look for the reply")))
        return *err;
    return q.next();
}

} // namespace travelflow
