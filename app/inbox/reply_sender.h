#pragma once

#include "common/endpoint_table.h"
#include "common/platform_inbox.h"
#include "core/account.h"
#include "core/expected.h"
#include "core/interaction.h"
#include "publishing/retry_policy.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace travelflow {

class AccountTokens;
class Database;

// Answers to comments, persisted first and sent like publishes: with retries, and never
// twice. A reply is marked "sending" before its request goes out; one found in that state
// (after a crash, a lost answer or an error that may have come after the platform acted) is
// first looked for on the platform, and only sent again when it is not there.
class ReplySender : public QObject
{
    Q_OBJECT

public:
    using InboxFactory = std::function<std::unique_ptr<PlatformInbox>(const Account &)>;
    static constexpr qint64 kPrivateReplyWindowSeconds = qint64{7} * 24 * 3600; // Instagram
    // Instagram's private-reply rules for an answerable Instagram comment: within 7 days, and
    // one per comment. Why not, or nothing when one may be sent. The inbox shows the same
    // reason before the user types.
    static std::optional<Error> privateReplyRefusal(const QSqlDatabase &db, const Interaction &item,
                                                    const QDateTime &now);

    ReplySender(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                EndpointTable endpoints, QObject *parent = nullptr);

    void setInboxFactory(InboxFactory factory) { m_factory = std::move(factory); }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Checks what the platform allows (an answerable comment; Instagram: one private reply
    // per comment within 7 days) and queues the reply. Returns its outbox id.
    Expected<qint64> enqueue(qint64 interactionId, OutgoingReply::Kind kind, const QString &text);

    // Sends every due reply one after another; `done` gets how many went out now. One run
    // at a time: a call while a run is going (the scheduler's round and the inbox's Send
    // button can meet) makes one more run after it, so no reply is picked up twice.
    void sendDue(const std::function<void(int sent)> &done);

Q_SIGNALS:
    void replyChanged(qint64 replyId, travelflow::OutgoingReply::State state);

private:
    struct Batch;
    void sendNext(const std::shared_ptr<Batch> &batch);
    void attempt(const std::shared_ptr<Batch> &batch, OutgoingReply reply, const Interaction &item,
                 const Account &account, const OAuthTokens &tokens);
    void onSent(const std::shared_ptr<Batch> &batch, OutgoingReply reply, const Interaction &item,
                const RemoteReply &sent);
    void onFailed(const std::shared_ptr<Batch> &batch, OutgoingReply reply, const PlatformError &error);
    static RemoteItem remoteItemOf(const Interaction &item);

    Database &m_database;
    AccountTokens &m_tokens;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    InboxFactory m_factory;
    RetryPolicy m_retry;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    bool m_running = false;
    QList<std::function<void(int)>> m_waiting; // callers that asked while a run was going
};

} // namespace travelflow
