#include "reply_sender.h"

#include "accounts/account_tokens.h"
#include "accounts/platform_auth_factory.h"
#include "core/logging.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "storage/reply_outbox_repository.h"

#include <QRandomGenerator>

namespace travelflow {

struct ReplySender::Batch
{
    QList<OutgoingReply> due;
    int sent = 0;
    std::function<void(int)> done;
};

ReplySender::ReplySender(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                         EndpointTable endpoints, QObject *parent)
    : QObject(parent), m_database(database), m_tokens(tokens), m_nam(nam), m_endpoints(std::move(endpoints))
{
    m_factory = [this](const Account &account) { return createPlatformInbox(account, m_nam, m_endpoints); };
}

Expected<qint64> ReplySender::enqueue(qint64 interactionId, OutgoingReply::Kind kind, const QString &text)
{
    const QSqlDatabase db = m_database.connection();
    if (text.trimmed().isEmpty()) {
        return Error::make(Error::Kind::Validation, QStringLiteral("reply.empty"),
                           tr("The reply is empty. Write what you want to say."));
    }
    auto item = InteractionRepository(db).get(interactionId);
    if (!item)
        return item.error();
    if (!*item) {
        return Error::make(Error::Kind::NotFound, QStringLiteral("interaction_not_found"),
                           tr("There is no inbox item %1. \"inbox list\" shows the ids.").arg(interactionId));
    }
    const Interaction &i = **item;
    if (i.platform == Platform::TikTok) {
        return Error::make(Error::Kind::Validation, QStringLiteral("reply.tiktok_unsupported"),
                           tr("TikTok's API does not let apps answer comments; answer in the TikTok app."));
    }
    if (i.kind == Interaction::Kind::Message || i.fromOwner || !i.canReply) {
        return Error::make(
            Error::Kind::Validation, QStringLiteral("reply.not_answerable"),
            tr("Item %1 cannot be answered from TravelFlow (it is a message, your own comment, "
               "or the platform closed replies).")
                .arg(interactionId));
    }
    if (kind == OutgoingReply::Kind::Private) {
        if (i.platform != Platform::Instagram) {
            return Error::make(Error::Kind::Validation, QStringLiteral("reply.private_unsupported"),
                               tr("Only Instagram has private replies to comments."));
        }
        if (auto refusal = privateReplyRefusal(db, i, m_clock()))
            return *refusal;
    }
    return ReplyOutboxRepository(db).enqueue(interactionId, kind, text);
}

std::optional<Error> ReplySender::privateReplyRefusal(const QSqlDatabase &db, const Interaction &item,
                                                      const QDateTime &now)
{
    if (item.createdAt.secsTo(now) > kPrivateReplyWindowSeconds) {
        return Error::make(Error::Kind::Validation, QStringLiteral("reply.private_too_old"),
                           tr("Instagram allows a private reply only within 7 days of the comment; this one "
                              "is older. Answer publicly instead."));
    }
    auto earlier = ReplyOutboxRepository(db).listForInteraction(item.id);
    if (!earlier)
        return earlier.error();
    for (const OutgoingReply &r : *earlier) {
        if (r.kind == OutgoingReply::Kind::Private && r.state != OutgoingReply::State::Failed
            && r.state != OutgoingReply::State::Cancelled) {
            return Error::make(
                Error::Kind::Validation, QStringLiteral("reply.private_once"),
                tr("Instagram allows one private reply per comment, and this comment has one."));
        }
    }
    return std::nullopt;
}

void ReplySender::sendDue(const std::function<void(int)> &done)
{
    if (m_running) {
        m_waiting.append(done ? done : [](int) {});
        return;
    }
    m_running = true;
    auto batch = std::make_shared<Batch>();
    batch->done = done;
    auto due = ReplyOutboxRepository(m_database.connection()).listDue(m_clock());
    if (due)
        batch->due = *due;
    sendNext(batch);
}

void ReplySender::sendNext(const std::shared_ptr<Batch> &batch)
{
    if (batch->due.isEmpty()) {
        m_running = false;
        // Whoever asked meanwhile gets a run of its own, which sees what was queued since.
        if (!m_waiting.isEmpty()) {
            const auto waiting = std::exchange(m_waiting, {});
            sendDue([waiting](int sent) {
                for (const auto &w : waiting)
                    w(sent);
            });
        }
        if (batch->done)
            batch->done(batch->sent);
        return;
    }
    OutgoingReply reply = batch->due.takeFirst();
    const QSqlDatabase db = m_database.connection();
    auto item = InteractionRepository(db).get(reply.interactionId);
    auto account = item && *item ? AccountRepository(db).get((*item)->accountId)
                                 : Expected<std::optional<Account>>(std::nullopt);
    if (!item || !*item || !account || !*account)
        return sendNext(batch); // deleted with its account
    const Interaction interaction = **item;
    const Account owner = **account;
    m_tokens.get(owner.id, this,
                 [this, batch, reply, interaction, owner](const Expected<OAuthTokens> &tokens) {
                     if (!tokens) {
                         PlatformError e;
                         e.kind = PlatformError::Kind::AuthExpired;
                         e.platform = platformName(owner.platform);
                         e.message = tokens.error().message;
                         return onFailed(batch, reply, e);
                     }
                     attempt(batch, reply, interaction, owner, *tokens);
                 });
}

void ReplySender::attempt(const std::shared_ptr<Batch> &batch, OutgoingReply reply, const Interaction &item,
                          const Account &account, const OAuthTokens &tokens)
{
    std::shared_ptr<PlatformInbox> inbox(m_factory(account));
    const RemoteItem target = remoteItemOf(item);
    auto send = [this, batch, reply, item, tokens, inbox, target]() mutable {
        // Persisted before the request: from here on the platform may have it.
        reply.state = OutgoingReply::State::Sending;
        reply.attempts += 1;
        if (!ReplyOutboxRepository(m_database.connection()).save(reply))
            return sendNext(batch);
        Q_EMIT replyChanged(reply.id, reply.state);
        const auto answered = [this, batch, reply, item, inbox](const PlatformOutcome<RemoteReply> &r) {
            if (r.ok())
                return onSent(batch, reply, item, *r.value);
            onFailed(batch, reply, *r.error);
        };
        if (reply.kind == OutgoingReply::Kind::Private)
            inbox->privateReply(target, reply.text, tokens, this, answered);
        else
            inbox->reply(target, reply.text, tokens, this, answered);
    };
    if (reply.state != OutgoingReply::State::Sending || reply.kind == OutgoingReply::Kind::Private)
        return send(); // never reached the platform (a private reply is refused twice by the platform itself)

    // An earlier attempt may have gone out: look for it under the comment first, on every
    // page (Instagram lists a thread oldest first).
    const QString parent = item.kind == Interaction::Kind::Reply ? item.remoteParentId : item.remoteId;
    auto lookup = std::make_shared<std::function<void(const QString &)>>();
    *lookup
        = [this, batch, reply, item, inbox, send, parent, tokens, lookup](const QString &pageToken) mutable {
              inbox->list(
                  InboxCursor{InboxCursor::Scope::Replies, parent, pageToken}, tokens, this,
                  [this, batch, reply, item, send, lookup](const PlatformOutcome<RemotePage> &page) mutable {
                      if (!page.ok()) {
                          *lookup = nullptr;
                          return onFailed(batch, reply, *page.error);
                      }
                      ReplyOutboxRepository outbox(m_database.connection());
                      for (const RemoteItem &r : page.value->items) {
                          if (!r.fromAccountOwner || r.text != reply.text)
                              continue;
                          // An earlier reply with the same words is not this one.
                          const auto taken = outbox.isRemoteIdTaken(r.remoteId, reply.id);
                          if (!taken || !*taken) {
                              qCInfo(lcInbox) << "reply" << reply.id << "was already sent as" << r.remoteId;
                              *lookup = nullptr; // breaks the self-reference
                              return onSent(batch, reply, item, RemoteReply{r.remoteId, r.createdAt, 0});
                          }
                      }
                      if (!page.value->nextPageToken.isEmpty())
                          return (*lookup)(page.value->nextPageToken);
                      *lookup = nullptr;
                      send();
                  });
          };
    (*lookup)(QString());
}

void ReplySender::onSent(const std::shared_ptr<Batch> &batch, OutgoingReply reply, const Interaction &item,
                         const RemoteReply &sent)
{
    const QSqlDatabase db = m_database.connection();
    reply.state = OutgoingReply::State::Sent;
    reply.remoteId = sent.remoteId;
    reply.lastErrorCode.clear();
    reply.lastErrorText.clear();
    reply.nextAttemptAt = QDateTime();
    ReplyOutboxRepository(db).save(reply);
    // The confirmed reply joins the thread, and the comment counts as answered.
    if (reply.kind == OutgoingReply::Kind::Public) {
        Interaction mine;
        mine.accountId = item.accountId;
        mine.platform = item.platform;
        mine.kind = Interaction::Kind::Reply;
        mine.remoteId = sent.remoteId;
        mine.remoteParentId = item.kind == Interaction::Kind::Reply ? item.remoteParentId : item.remoteId;
        mine.remotePostId = item.remotePostId;
        mine.text = reply.text;
        mine.createdAt = sent.createdAt.isValid() ? sent.createdAt : m_clock();
        mine.fromOwner = true;
        mine.state = Interaction::State::Read;
        mine.leadLabel = Interaction::LeadLabel::Not;
        InteractionRepository(db).insertIfNew(mine);
    }
    InteractionRepository(db).setState(item.id, Interaction::State::Replied);
    Q_EMIT replyChanged(reply.id, reply.state);
    ++batch->sent;
    sendNext(batch);
}

void ReplySender::onFailed(const std::shared_ptr<Batch> &batch, OutgoingReply reply,
                           const PlatformError &error)
{
    using Kind = PlatformError::Kind;
    const QDateTime now = m_clock();
    reply.lastErrorCode = error.code.isEmpty() ? PlatformError::kindName(error.kind) : error.code;
    reply.lastErrorText = error.message;
    const bool maybeSent = reply.state == OutgoingReply::State::Sending;
    if (error.kind == Kind::InvalidInput && reply.kind == OutgoingReply::Kind::Private && maybeSent
        && error.rule.endsWith(QLatin1String("already_sent"))) {
        // The platform refuses a second private reply: the first one went out, and the
        // comment is answered like after any sent reply.
        reply.state = OutgoingReply::State::Sent;
        reply.nextAttemptAt = QDateTime();
        ReplyOutboxRepository(m_database.connection()).save(reply);
        InteractionRepository(m_database.connection())
            .setState(reply.interactionId, Interaction::State::Replied);
        Q_EMIT replyChanged(reply.id, reply.state);
        ++batch->sent;
        return sendNext(batch);
    }
    switch (error.kind) {
    case Kind::Transient:
    case Kind::RateLimited:
    case Kind::AuthExpired:
        if (m_retry.exhausted(reply.attempts) && error.kind != Kind::RateLimited) {
            reply.state = OutgoingReply::State::Failed;
            reply.nextAttemptAt = QDateTime();
        } else {
            reply.nextAttemptAt = now.addSecs(
                m_retry.delaySeconds(qMax(1, reply.attempts), QRandomGenerator::global()->generateDouble(),
                                     error.retryAfterSeconds));
        }
        break; // a Sending reply stays Sending: the next attempt looks for it first
    case Kind::QuotaExhausted:
        reply.nextAttemptAt = error.until.isValid() ? error.until : now.addSecs(qint64{24} * 3600);
        break;
    default:
        reply.state = OutgoingReply::State::Failed;
        reply.nextAttemptAt = QDateTime();
        break;
    }
    qCInfo(lcInbox) << "reply" << reply.id << "attempt" << reply.attempts << "failed:" << reply.lastErrorCode;
    ReplyOutboxRepository(m_database.connection()).save(reply);
    Q_EMIT replyChanged(reply.id, reply.state);
    sendNext(batch);
}

RemoteItem ReplySender::remoteItemOf(const Interaction &item)
{
    RemoteItem r;
    r.kind = item.kind == Interaction::Kind::Reply ? RemoteItem::Kind::Reply : RemoteItem::Kind::Comment;
    r.remoteId = item.remoteId;
    r.remoteParentId = item.remoteParentId;
    r.remotePostId = item.remotePostId;
    r.authorId = item.authorId;
    r.authorName = item.authorName;
    r.text = item.text;
    r.createdAt = item.createdAt;
    r.canReply = item.canReply;
    return r;
}

} // namespace travelflow
