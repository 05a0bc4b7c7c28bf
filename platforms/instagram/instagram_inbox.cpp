#include "instagram_inbox.h"

#include "instagram/instagram_auth.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <utility>

namespace travelflow {

struct InstagramInboxState
{
    QNetworkAccessManager *nam = nullptr;
    EndpointTable endpoints;
    QString igUserId;
    InstagramInbox::Clock clock = [] { return QDateTime::currentDateTimeUtc(); };
    QHash<QString, QString> permalinks; // media id -> permalink
    QHash<QString, QString> commentMedia; // comment id -> media id
    // The Page token for messaging (a SECRET: memory only, never logged), and the SHA-256 of
    // the token it was found with.
    QByteArray messagingKey;
    QString messagingToken;
};

namespace {

using StatePtr = std::shared_ptr<InstagramInboxState>;
using Kind = PlatformError::Kind;

const QString kPlatform = QStringLiteral("instagram");
const QString kGraph = QStringLiteral("instagram.graph");
const QString kRuleTooOld = QStringLiteral("instagram.private_reply.too_old");
const QString kRuleAlreadySent = QStringLiteral("instagram.private_reply.already_sent");

// Graph codes of a refused private reply.
constexpr int kCodeAlreadyReplied = 10900;
constexpr int kCodePermission = 10;
constexpr int kSubcodeOutsideWindow = 2534022;
constexpr int kMaxAccountPages = 10; // pages of /me/accounts searched for the linked Page

QString commentFields()
{
    return QStringLiteral("id,text,timestamp,username,like_count,from{id,username},parent_id");
}

QString messageFields()
{
    return QStringLiteral("id,created_time,from,to,message");
}

// Values percent-encoded here, so that '+', '&', '#' and the like survive QUrlQuery.
QUrlQuery encodedQuery(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items) {
        if (!value.isEmpty())
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return q;
}

// "/{id}" or "/{id}/{edge}"; the id is encoded, so an odd one cannot reach another path.
QString nodePath(const QString &id, const QString &edge = QString())
{
    QString path = QString(QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    if (!edge.isEmpty())
        path += QString(QLatin1Char('/') + edge);
    return path;
}

NetworkJob *graphJob(const InstagramInboxState &s, const QString &endpoint, const QByteArray &verb,
                     const QUrl &url, const QString &token,
                     NetworkJob::ErrorMapper mapper = &InstagramAuth::mapError,
                     const QByteArray &contentType = QByteArray())
{
    QNetworkRequest request = NetworkJob::bearerRequest(url, token);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    auto *job = new NetworkJob(s.nam, kPlatform, endpoint, verb, request);
    job->setErrorMapper(std::move(mapper));
    return job;
}

PlatformError makeError(Kind kind, const QString &code, const QString &message)
{
    PlatformError e;
    e.platform = kPlatform;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

PlatformError invalidInput(const QString &field, const QString &rule, const QString &message)
{
    PlatformError e = makeError(Kind::InvalidInput, rule, message);
    e.field = field;
    e.rule = rule;
    return e;
}

PlatformError incompleteAnswer(int httpStatus)
{
    PlatformError e = makeError(Kind::Transient, QStringLiteral("incomplete_answer"),
                                InstagramInbox::tr("Instagram sent an incomplete answer. TravelFlow will try "
                                                   "again."));
    e.httpStatus = httpStatus;
    return e;
}

// Runs `done` only while `context` lives.
template<typename Callback, typename Value>
void deliver(const QPointer<QObject> &context, const Callback &done, const Value &value)
{
    if (context)
        done(value);
}

// An answer known before any request, delivered later on `context`'s thread like the others.
template<typename T, typename Callback>
void deliverFailureLater(QObject *context, const Callback &done, const PlatformError &error)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context, [guard, done, error] { deliver(guard, done, PlatformOutcome<T>::failure(error)); },
        Qt::QueuedConnection);
}

// A count in a Graph answer: a number, or a string of digits.
std::optional<qint64> graphCount(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// The cursor of the next page: empty on the last page (no `paging.next`). The `after`
// cursor, else the one in the `next` URL. A cursor equal to `current` would loop: the end.
QString nextCursor(const QJsonObject &list, const QString &current)
{
    const QJsonObject paging = list.value(QStringLiteral("paging")).toObject();
    const QString next = paging.value(QStringLiteral("next")).toString();
    if (next.isEmpty())
        return {};
    QString after
        = paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString();
    if (after.isEmpty())
        after = QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    return after == current ? QString() : after;
}

QJsonArray dataOf(const QJsonValue &list)
{
    return list.toObject().value(QStringLiteral("data")).toArray();
}

// A comment or reply of the API as an item.
RemoteItem commentItem(const QJsonObject &c, const InstagramInboxState &s, RemoteItem::Kind kind,
                       const QString &mediaId, const QString &parentId)
{
    const QJsonObject from = c.value(QStringLiteral("from")).toObject();
    RemoteItem item;
    item.kind = kind;
    item.remoteId = c.value(QStringLiteral("id")).toString();
    item.remotePostId = mediaId;
    if (kind == RemoteItem::Kind::Reply) {
        item.remoteParentId = c.value(QStringLiteral("parent_id")).toString();
        if (item.remoteParentId.isEmpty())
            item.remoteParentId = parentId;
    }
    item.authorId = from.value(QStringLiteral("id")).toString();
    item.authorName = c.value(QStringLiteral("username")).toString();
    if (item.authorName.isEmpty())
        item.authorName = from.value(QStringLiteral("username")).toString();
    item.text = c.value(QStringLiteral("text")).toString();
    item.createdAt = InstagramInbox::parseGraphTime(c.value(QStringLiteral("timestamp")));
    item.permalink = s.permalinks.value(mediaId);
    item.fromAccountOwner = !item.authorId.isEmpty() && item.authorId == s.igUserId;
    return item;
}

// A message of a conversation as an item.
RemoteItem messageItem(const QJsonObject &m, const QString &threadId, const QString &igUserId)
{
    const QJsonObject from = m.value(QStringLiteral("from")).toObject();
    RemoteItem item;
    item.kind = RemoteItem::Kind::Message;
    item.remoteId = m.value(QStringLiteral("id")).toString();
    item.threadId = threadId;
    item.authorId = from.value(QStringLiteral("id")).toString();
    item.authorName = from.value(QStringLiteral("username")).toString();
    item.text = m.value(QStringLiteral("message")).toString();
    item.createdAt = InstagramInbox::parseGraphTime(m.value(QStringLiteral("created_time")));
    item.fromAccountOwner = !item.authorId.isEmpty() && item.authorId == igUserId;
    item.canReply = false; // neither reply() nor privateReply() answers a message
    return item;
}

// ---- the Page token for messaging ---------------------------------------------------

using TokenCallback = std::function<void(const std::optional<PlatformError> &, const QString &)>;

QByteArray tokenKey(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

void rememberMessagingToken(InstagramInboxState &s, const QString &given, const QString &use)
{
    s.messagingKey = tokenKey(given);
    s.messagingToken = use;
}

// Forgets the Page token once Instagram no longer accepts it (the next call asks again).
void forgetMessagingTokenOn(InstagramInboxState &s, const std::optional<PlatformError> &error)
{
    if (error && error->kind == Kind::AuthExpired) {
        s.messagingKey.clear();
        s.messagingToken.clear();
    }
}

// The token for messaging calls: the Page token of the Page linked to the business account
// when `token` is a user token that can list it, else `token` itself.
void messagingToken(const StatePtr &s, const QString &token, QObject *context, const TokenCallback &next,
                    const QString &after = QString(), int pagesLeft = kMaxAccountPages)
{
    if (after.isEmpty() && !s->messagingToken.isEmpty() && s->messagingKey == tokenKey(token))
        return next(std::nullopt, s->messagingToken);
    auto *job = graphJob(
        *s, QStringLiteral("instagram.graph.accounts"), "GET",
        s->endpoints.url(kGraph, QStringLiteral("/me/accounts"),
                         encodedQuery({{QStringLiteral("fields"),
                                        QStringLiteral("access_token,instagram_business_account{id}")},
                                       {QStringLiteral("after"), after}})),
        token);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context,
                     [s, token, guard, next, pagesLeft, after](const NetworkResult &r) {
                         if (!guard)
                             return;
                         if (!r.ok()) {
                             const Kind kind = r.error->kind;
                             // A Page token cannot list Pages (Graph: no "accounts" on a Page),
                             // nor can a token without pages_show_list: use the token as given.
                             if (kind == Kind::InvalidInput || kind == Kind::Permanent
                                 || kind == Kind::PermissionMissing) {
                                 rememberMessagingToken(*s, token, token);
                                 return next(std::nullopt, token);
                             }
                             return next(r.error, QString());
                         }
                         const QJsonObject body = *r.json();
                         const QJsonArray pages = body.value(QStringLiteral("data")).toArray();
                         for (const auto &value : pages) {
                             const QJsonObject page = value.toObject();
                             const QString linked = page.value(QStringLiteral("instagram_business_account"))
                                                        .toObject()
                                                        .value(QStringLiteral("id"))
                                                        .toString();
                             const QString pageToken = page.value(QStringLiteral("access_token")).toString();
                             if (linked == s->igUserId && !pageToken.isEmpty()) {
                                 rememberMessagingToken(*s, token, pageToken);
                                 return next(std::nullopt, pageToken);
                             }
                         }
                         const QString more = nextCursor(body, after);
                         if (!more.isEmpty() && pagesLeft > 1)
                             return messagingToken(s, token, guard, next, more, pagesLeft - 1);
                         // No linked Page found: the messaging call says what is missing.
                         rememberMessagingToken(*s, token, token);
                         next(std::nullopt, token);
                     });
    job->start();
}

// ---- listings -------------------------------------------------------------------------

void fetchPermalink(const StatePtr &s, const QString &mediaId, const QString &token, QObject *context,
                    const std::function<void()> &then)
{
    auto *job
        = graphJob(*s, QStringLiteral("instagram.graph.media.get"), "GET",
                   s->endpoints.url(kGraph, nodePath(mediaId),
                                    encodedQuery({{QStringLiteral("fields"), QStringLiteral("permalink")}})),
                   token);
    QObject::connect(job, &NetworkJob::finished, context, [s, mediaId, then](const NetworkResult &r) {
        // Best effort: the comments are there either way.
        const QString permalink
            = r.ok() ? r.json()->value(QStringLiteral("permalink")).toString() : QString();
        if (!permalink.isEmpty())
            s->permalinks.insert(mediaId, permalink);
        then();
    });
    job->start();
}

void listComments(const StatePtr &s, const InboxCursor &cursor, const QString &token, QObject *context,
                  const PlatformInbox::PageCallback &done)
{
    const QString mediaId = cursor.remoteId;
    const QString fields
        = QString(commentFields() + QStringLiteral(",replies{") + commentFields() + QLatin1Char('}'));
    auto *job = graphJob(*s, QStringLiteral("instagram.graph.comments"), "GET",
                         s->endpoints.url(kGraph, nodePath(mediaId, QStringLiteral("comments")),
                                          encodedQuery({{QStringLiteral("fields"), fields},
                                                        {QStringLiteral("after"), cursor.pageToken}})),
                         token);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &NetworkJob::finished, context,
        [s, cursor, mediaId, token, guard, done](const NetworkResult &r) {
            if (!r.ok())
                return deliver(guard, done, PlatformOutcome<RemotePage>::failure(*r.error));
            const QJsonObject body = *r.json();
            if (!body.value(QStringLiteral("data")).isArray())
                return deliver(guard, done,
                               PlatformOutcome<RemotePage>::failure(incompleteAnswer(r.httpStatus)));
            const auto build = [s, body, cursor, mediaId]() -> RemotePage {
                RemotePage page;
                const QJsonArray comments = body.value(QStringLiteral("data")).toArray();
                for (const auto &value : comments) {
                    const QJsonObject c = value.toObject();
                    RemoteItem comment = commentItem(c, *s, RemoteItem::Kind::Comment, mediaId, QString());
                    if (comment.remoteId.isEmpty())
                        continue;
                    s->commentMedia.insert(comment.remoteId, mediaId);
                    // Graph leaves out an empty edge; a next page means there are more than shown.
                    const QJsonValue repliesEdge = c.value(QStringLiteral("replies"));
                    const QJsonArray replies = dataOf(repliesEdge);
                    const bool moreReplies = !nextCursor(repliesEdge.toObject(), QString()).isEmpty();
                    comment.replyCount = replies.size() + (moreReplies ? 1 : 0);
                    page.items.append(comment);
                    for (const auto &replyValue : replies) {
                        const RemoteItem reply = commentItem(
                            replyValue.toObject(), *s, RemoteItem::Kind::Reply, mediaId, comment.remoteId);
                        if (reply.remoteId.isEmpty())
                            continue;
                        s->commentMedia.insert(reply.remoteId, mediaId);
                        page.items.append(reply);
                    }
                }
                page.nextPageToken = nextCursor(body, cursor.pageToken);
                return page;
            };
            if (s->permalinks.contains(mediaId) || !guard)
                return deliver(guard, done, PlatformOutcome<RemotePage>::success(build()));
            fetchPermalink(s, mediaId, token, guard, [guard, done, build] {
                deliver(guard, done, PlatformOutcome<RemotePage>::success(build()));
            });
        });
    job->start();
}

void listReplies(const StatePtr &s, const InboxCursor &cursor, const QString &token, QObject *context,
                 const PlatformInbox::PageCallback &done)
{
    auto *job = graphJob(*s, QStringLiteral("instagram.graph.replies"), "GET",
                         s->endpoints.url(kGraph, nodePath(cursor.remoteId, QStringLiteral("replies")),
                                          encodedQuery({{QStringLiteral("fields"), commentFields()},
                                                        {QStringLiteral("after"), cursor.pageToken}})),
                         token);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [s, cursor, guard, done](const NetworkResult &r) {
        if (!r.ok())
            return deliver(guard, done, PlatformOutcome<RemotePage>::failure(*r.error));
        const QJsonObject body = *r.json();
        if (!body.value(QStringLiteral("data")).isArray())
            return deliver(guard, done, PlatformOutcome<RemotePage>::failure(incompleteAnswer(r.httpStatus)));
        const QString mediaId = s->commentMedia.value(cursor.remoteId);
        RemotePage page;
        const QJsonArray replies = body.value(QStringLiteral("data")).toArray();
        for (const auto &value : replies) {
            const RemoteItem reply
                = commentItem(value.toObject(), *s, RemoteItem::Kind::Reply, mediaId, cursor.remoteId);
            if (!reply.remoteId.isEmpty())
                page.items.append(reply);
        }
        page.nextPageToken = nextCursor(body, cursor.pageToken);
        deliver(guard, done, PlatformOutcome<RemotePage>::success(page));
    });
    job->start();
}

// A conversations page whose messages came without their details: read one by one.
struct PendingMessages
{
    RemotePage page;
    QList<qsizetype> missing; // indexes into page.items
    QList<qsizetype> unreadable; // older than the 20 newest that Graph shows
};

void fillMessages(const StatePtr &s, const std::shared_ptr<PendingMessages> &pending, const QString &token,
                  QObject *context, const PlatformInbox::PageCallback &done)
{
    QPointer<QObject> guard(context);
    if (pending->missing.isEmpty()) {
        RemotePage page = pending->page;
        std::sort(pending->unreadable.begin(), pending->unreadable.end(), std::greater<>());
        for (const qsizetype index : std::as_const(pending->unreadable))
            page.items.removeAt(index);
        return deliver(guard, done, PlatformOutcome<RemotePage>::success(page));
    }
    const qsizetype index = pending->missing.takeFirst();
    const RemoteItem known = pending->page.items.at(index);
    auto *job = graphJob(*s, QStringLiteral("instagram.graph.message"), "GET",
                         s->endpoints.url(kGraph, nodePath(known.remoteId),
                                          encodedQuery({{QStringLiteral("fields"), messageFields()}})),
                         token);
    QObject::connect(job, &NetworkJob::finished, context,
                     [s, pending, token, guard, done, index, known](const NetworkResult &r) {
                         if (!guard)
                             return;
                         if (!r.ok() && r.error->kind != Kind::InvalidInput) {
                             forgetMessagingTokenOn(*s, r.error);
                             return deliver(guard, done, PlatformOutcome<RemotePage>::failure(*r.error));
                         }
                         if (!r.ok()) {
                             pending->unreadable.append(index);
                         } else {
                             RemoteItem item = messageItem(*r.json(), known.threadId, s->igUserId);
                             if (!item.createdAt.isValid())
                                 item.createdAt = known.createdAt;
                             item.remoteId = known.remoteId;
                             pending->page.items[index] = item;
                         }
                         fillMessages(s, pending, token, guard, done);
                     });
    job->start();
}

void listConversations(const StatePtr &s, const QString &pageToken, const QString &token, QObject *context,
                       const PlatformInbox::PageCallback &done)
{
    const QString fields
        = QString(QStringLiteral("id,updated_time,messages{") + messageFields() + QLatin1Char('}'));
    auto *job
        = graphJob(*s, QStringLiteral("instagram.graph.conversations"), "GET",
                   s->endpoints.url(kGraph, QStringLiteral("/me/conversations"),
                                    encodedQuery({{QStringLiteral("platform"), QStringLiteral("instagram")},
                                                  {QStringLiteral("fields"), fields},
                                                  {QStringLiteral("after"), pageToken}})),
                   token);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &NetworkJob::finished, context, [s, pageToken, token, guard, done](const NetworkResult &r) {
            if (!guard)
                return;
            if (!r.ok()) {
                forgetMessagingTokenOn(*s, r.error);
                return deliver(guard, done, PlatformOutcome<RemotePage>::failure(*r.error));
            }
            const QJsonObject body = *r.json();
            if (!body.value(QStringLiteral("data")).isArray())
                return deliver(guard, done,
                               PlatformOutcome<RemotePage>::failure(incompleteAnswer(r.httpStatus)));
            auto pending = std::make_shared<PendingMessages>();
            const QJsonArray conversations = body.value(QStringLiteral("data")).toArray();
            for (const auto &value : conversations) {
                const QJsonObject conversation = value.toObject();
                const QString threadId = conversation.value(QStringLiteral("id")).toString();
                if (threadId.isEmpty())
                    continue;
                const QJsonArray messages = dataOf(conversation.value(QStringLiteral("messages")));
                for (const auto &messageValue : messages) {
                    const QJsonObject m = messageValue.toObject();
                    const RemoteItem item = messageItem(m, threadId, s->igUserId);
                    if (item.remoteId.isEmpty())
                        continue;
                    // Graph answered with ids and times only (the documented two-step form).
                    if (!m.contains(QStringLiteral("from")) && !m.contains(QStringLiteral("message")))
                        pending->missing.append(pending->page.items.size());
                    pending->page.items.append(item);
                }
            }
            pending->page.nextPageToken = nextCursor(body, pageToken);
            fillMessages(s, pending, token, guard, done);
        });
    job->start();
}

} // namespace

// ---- InstagramInbox ---------------------------------------------------------------------

InstagramInbox::InstagramInbox(QNetworkAccessManager *nam, EndpointTable endpoints, QString igUserId)
    : m_state(std::make_shared<InstagramInboxState>())
{
    m_state->nam = nam;
    m_state->endpoints = std::move(endpoints);
    m_state->igUserId = std::move(igUserId);
}

InstagramInbox::~InstagramInbox() = default;

void InstagramInbox::setClock(Clock clock)
{
    if (clock)
        m_state->clock = std::move(clock);
}

void InstagramInbox::listPosts(const QString &pageToken, const OAuthTokens &tokens, QObject *context,
                               PostsCallback done)
{
    if (m_state->igUserId.isEmpty())
        return deliverFailureLater<RemotePostPage>(
            context, done,
            invalidInput(QStringLiteral("ig_user_id"), QStringLiteral("instagram.inbox.no_business_account"),
                         tr("No Instagram business account is linked, so there are no posts to read "
                            "comments from.")));
    const StatePtr s = m_state;
    auto *job = graphJob(
        *s, QStringLiteral("instagram.graph.media.list"), "GET",
        s->endpoints.url(kGraph, nodePath(s->igUserId, QStringLiteral("media")),
                         encodedQuery({{QStringLiteral("fields"),
                                        QStringLiteral("id,caption,timestamp,permalink,comments_count")},
                                       {QStringLiteral("after"), pageToken}})),
        tokens.accessToken);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &NetworkJob::finished, context, [s, pageToken, guard, done](const NetworkResult &r) {
            if (!r.ok())
                return deliver(guard, done, PlatformOutcome<RemotePostPage>::failure(*r.error));
            const QJsonObject body = *r.json();
            if (!body.value(QStringLiteral("data")).isArray())
                return deliver(guard, done,
                               PlatformOutcome<RemotePostPage>::failure(incompleteAnswer(r.httpStatus)));
            RemotePostPage page;
            const QJsonArray media = body.value(QStringLiteral("data")).toArray();
            for (const auto &value : media) {
                const QJsonObject m = value.toObject();
                RemotePost post;
                post.remoteId = m.value(QStringLiteral("id")).toString();
                if (post.remoteId.isEmpty())
                    continue;
                post.caption = m.value(QStringLiteral("caption")).toString();
                post.publishedAt = parseGraphTime(m.value(QStringLiteral("timestamp")));
                post.permalink = m.value(QStringLiteral("permalink")).toString();
                post.commentCount = graphCount(m.value(QStringLiteral("comments_count"))).value_or(-1);
                if (!post.permalink.isEmpty())
                    s->permalinks.insert(post.remoteId, post.permalink);
                page.posts.append(post);
            }
            page.nextPageToken = nextCursor(body, pageToken);
            deliver(guard, done, PlatformOutcome<RemotePostPage>::success(page));
        });
    job->start();
}

void InstagramInbox::list(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
                          PageCallback done)
{
    switch (cursor.scope) {
    case InboxCursor::Scope::Posts:
        return deliverFailureLater<RemotePage>(
            context, done,
            invalidInput(QStringLiteral("scope"), QStringLiteral("instagram.inbox.posts_scope"),
                         tr("Instagram posts are listed with their own call, not as inbox items.")));
    case InboxCursor::Scope::Comments:
    case InboxCursor::Scope::Replies:
        if (cursor.remoteId.isEmpty())
            return deliverFailureLater<RemotePage>(
                context, done,
                invalidInput(QStringLiteral("remote_id"), QStringLiteral("instagram.inbox.no_parent"),
                             cursor.scope == InboxCursor::Scope::Comments
                                 ? tr("Instagram comments are read per post; no post was given.")
                                 : tr("Instagram replies are read per comment; no comment was given.")));
        if (cursor.scope == InboxCursor::Scope::Comments)
            return listComments(m_state, cursor, tokens.accessToken, context, done);
        return listReplies(m_state, cursor, tokens.accessToken, context, done);
    case InboxCursor::Scope::Conversations: {
        const StatePtr s = m_state;
        const QString pageToken = cursor.pageToken;
        QPointer<QObject> guard(context);
        return messagingToken(
            s, tokens.accessToken, context,
            [s, pageToken, guard, done](const std::optional<PlatformError> &error, const QString &token) {
                if (error)
                    return deliver(guard, done, PlatformOutcome<RemotePage>::failure(*error));
                if (guard)
                    listConversations(s, pageToken, token, guard, done);
            });
    }
    }
}

void InstagramInbox::reply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                           QObject *context, ReplyCallback done)
{
    if (item.kind == RemoteItem::Kind::Message)
        return deliverFailureLater<RemoteReply>(
            context, done,
            invalidInput(QStringLiteral("item"), QStringLiteral("instagram.reply.not_a_comment"),
                         tr("A private message cannot get a public reply on Instagram.")));
    // Instagram takes replies to top-level comments only: a reply joins its thread.
    const QString target = item.kind == RemoteItem::Kind::Reply ? item.remoteParentId : item.remoteId;
    if (target.isEmpty())
        return deliverFailureLater<RemoteReply>(
            context, done,
            invalidInput(QStringLiteral("item"), QStringLiteral("instagram.reply.no_comment"),
                         tr("The comment to answer on Instagram is not known.")));
    if (text.trimmed().isEmpty())
        return deliverFailureLater<RemoteReply>(
            context, done,
            invalidInput(QStringLiteral("message"), QStringLiteral("instagram.reply.empty"),
                         tr("The reply is empty. Write what you want to say.")));
    const StatePtr s = m_state;
    auto *job
        = graphJob(*s, QStringLiteral("instagram.graph.replies"), "POST",
                   s->endpoints.url(kGraph, nodePath(target, QStringLiteral("replies"))), tokens.accessToken,
                   &InstagramAuth::mapError, QByteArrayLiteral("application/x-www-form-urlencoded"));
    job->setBody(encodedQuery({{QStringLiteral("message"), text}}).toString(QUrl::FullyEncoded).toUtf8());
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context,
                     [s, guard, done, mediaId = item.remotePostId](const NetworkResult &r) {
                         if (!r.ok())
                             return deliver(guard, done, PlatformOutcome<RemoteReply>::failure(*r.error));
                         const QString id = r.json()->value(QStringLiteral("id")).toString();
                         if (id.isEmpty())
                             return deliver(
                                 guard, done,
                                 PlatformOutcome<RemoteReply>::failure(incompleteAnswer(r.httpStatus)));
                         if (!mediaId.isEmpty())
                             s->commentMedia.insert(id, mediaId);
                         RemoteReply sent;
                         sent.remoteId = id;
                         deliver(guard, done, PlatformOutcome<RemoteReply>::success(sent));
                     });
    job->start();
}

void InstagramInbox::privateReply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                                  QObject *context, ReplyCallback done)
{
    std::optional<PlatformError> refused;
    if (item.kind == RemoteItem::Kind::Message) {
        refused = invalidInput(QStringLiteral("item"), QStringLiteral("instagram.private_reply.comment_only"),
                               tr("Instagram private replies answer comments; this is a message already."));
    } else if (item.remoteId.isEmpty()) {
        refused = invalidInput(QStringLiteral("item"), QStringLiteral("instagram.private_reply.no_comment"),
                               tr("The comment to answer privately on Instagram is not known."));
    } else if (item.fromAccountOwner) {
        refused = invalidInput(QStringLiteral("item"), QStringLiteral("instagram.private_reply.own_comment"),
                               tr("Instagram does not allow a private reply to the account's own comment."));
    } else if (item.createdAt.isValid()
               && item.createdAt.secsTo(m_state->clock()) > kPrivateReplyWindowSeconds) {
        refused = invalidInput(QStringLiteral("item"), kRuleTooOld,
                               tr("Instagram allows a private reply only within 7 days of the comment, and "
                                  "this comment is older. Answer it publicly instead."));
    } else if (text.trimmed().isEmpty()) {
        refused = invalidInput(QStringLiteral("message"), QStringLiteral("instagram.private_reply.empty"),
                               tr("The private reply is empty. Write what you want to say."));
    }
    if (refused)
        return deliverFailureLater<RemoteReply>(context, done, *refused);

    const StatePtr s = m_state;
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("recipient"),
                                     QJsonObject{{QStringLiteral("comment_id"), item.remoteId}}},
                                    {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), text}}}})
              .toJson(QJsonDocument::Compact);
    QPointer<QObject> guard(context);
    messagingToken(
        s, tokens.accessToken, context,
        [s, body, guard, done](const std::optional<PlatformError> &error, const QString &token) {
            if (error)
                return deliver(guard, done, PlatformOutcome<RemoteReply>::failure(*error));
            if (!guard)
                return;
            auto *job
                = graphJob(*s, QStringLiteral("instagram.graph.messages.send"), "POST",
                           s->endpoints.url(kGraph, nodePath(s->igUserId, QStringLiteral("messages"))), token,
                           &InstagramInbox::mapPrivateReplyError, QByteArrayLiteral("application/json"));
            job->setBody(body);
            QObject::connect(
                job, &NetworkJob::finished, guard.data(), [s, guard, done](const NetworkResult &r) {
                    if (!r.ok()) {
                        forgetMessagingTokenOn(*s, r.error);
                        return deliver(guard, done, PlatformOutcome<RemoteReply>::failure(*r.error));
                    }
                    const QString id = r.json()->value(QStringLiteral("message_id")).toString();
                    if (id.isEmpty())
                        return deliver(guard, done,
                                       PlatformOutcome<RemoteReply>::failure(incompleteAnswer(r.httpStatus)));
                    RemoteReply sent;
                    sent.remoteId = id;
                    deliver(guard, done, PlatformOutcome<RemoteReply>::success(sent));
                });
            job->start();
        });
}

std::optional<PlatformError> InstagramInbox::mapPrivateReplyError(const NetworkResult &result)
{
    std::optional<PlatformError> e = InstagramAuth::mapError(result);
    if (!e)
        return e;
    const QJsonObject error = result.json().value_or(QJsonObject()).value(QStringLiteral("error")).toObject();
    const int code = error.value(QStringLiteral("code")).toInt();
    const int subcode = error.value(QStringLiteral("error_subcode")).toInt();
    if (code == kCodeAlreadyReplied) {
        e->kind = Kind::InvalidInput;
        e->field = QStringLiteral("item");
        e->rule = kRuleAlreadySent;
        e->retryAfterSeconds.reset();
        e->message = tr("Instagram allows one private reply per comment, and this comment has one already.");
    } else if (code == kCodePermission && subcode == kSubcodeOutsideWindow) {
        e->kind = Kind::InvalidInput;
        e->field = QStringLiteral("item");
        e->rule = kRuleTooOld;
        e->retryAfterSeconds.reset();
        e->message = tr("Instagram allows a private reply only within 7 days of the comment, and this "
                        "comment is older. Answer it publicly instead.");
    }
    return e;
}

QDateTime InstagramInbox::parseGraphTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool digits = false;
    const qint64 seconds = text.toLongLong(&digits);
    if (digits)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    // Graph writes the offset without a colon ("+0000"), which ISO 8601 parsers may not take.
    static const QRegularExpression compactOffset(QStringLiteral("T.*([+-]\\d{2})(\\d{2})$"));
    const QRegularExpressionMatch m = compactOffset.match(text);
    if (m.hasMatch())
        text.insert(m.capturedStart(2), QLatin1Char(':'));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace travelflow
