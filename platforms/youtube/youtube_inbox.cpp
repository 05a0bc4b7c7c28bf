#include "youtube_inbox.h"

#include "common/rfc3339_time.h"
#include "youtube_comment_json.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace travelflow {

namespace {

const QString kPlatform = QStringLiteral("youtube");

using Query = QList<QPair<QString, QString>>;
using ChannelCache = QHash<QByteArray, QString>;
using ChannelCallback = std::function<void(const PlatformOutcome<QString> &, int units)>;

PlatformError inboxError(PlatformError::Kind kind, const QString &code, const QString &message,
                         const QString &field = {}, const QString &rule = {})
{
    PlatformError e;
    e.platform = kPlatform;
    e.kind = kind;
    e.code = code;
    e.message = message;
    e.field = field;
    e.rule = rule;
    return e;
}

PlatformError invalidCall(const QString &rule, const QString &message)
{
    return inboxError(PlatformError::Kind::InvalidInput, QStringLiteral("invalid_call"), message, {}, rule);
}

// Answers without a request still arrive asynchronously, and only while `context` lives.
template<typename T>
void deliverLater(QObject *context, const std::function<void(const PlatformOutcome<T> &)> &done,
                  const PlatformOutcome<T> &outcome)
{
    QMetaObject::invokeMethod(
        context, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
}

// Which grant the tokens belong to, without keeping a token: the refresh token stays the
// same across refreshes (Google does not rotate it).
QByteArray grantKey(const OAuthTokens &tokens)
{
    const QString secret = tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken;
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

// The Data API as this inbox calls it; copied into continuations so that they do not
// depend on the inbox object still being there.
struct Api
{
    QNetworkAccessManager *nam;
    EndpointTable endpoints;

    // One call to youtube.api; `then` runs on `context`, not at all once it is gone.
    // `checkJson`: NetworkJob parses a 2xx body to tell a cut-short answer (off where the
    // caller reads the body itself, faster).
    void send(const QByteArray &verb, const QString &endpoint, const QString &path, const Query &query,
              const OAuthTokens &tokens, const QByteArray &jsonBody, QObject *context,
              std::function<void(const NetworkResult &)> then, bool checkJson = true) const
    {
        // Values percent-encoded here: QUrlQuery would leave '+' in a page token as is,
        // which servers read as a space.
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        QNetworkRequest request = NetworkJob::bearerRequest(
            endpoints.url(QStringLiteral("youtube.api"), path, q), tokens.accessToken);
        if (!jsonBody.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json; charset=UTF-8"));
        auto *job = new NetworkJob(nam, kPlatform, endpoint, verb, request);
        job->setBody(jsonBody);
        job->setErrorMapper(&YouTubeInbox::mapError);
        job->setExpectJson(checkJson);
        QObject::connect(job, &NetworkJob::finished, context, std::move(then));
        job->start();
    }
};

// Runs `next` with the connected channel's id and the units its lookup cost (0 when known).
void withChannel(YouTubeAuth &identity, const std::shared_ptr<ChannelCache> &cache, const OAuthTokens &tokens,
                 QObject *context, const ChannelCallback &next)
{
    const QByteArray key = grantKey(tokens);
    const QString known = cache->value(key);
    if (!known.isEmpty())
        return next(PlatformOutcome<QString>::success(known), 0);
    identity.identify(tokens, context, [cache, key, next](const PlatformOutcome<AccountIdentity> &who) {
        if (!who.ok())
            return next(PlatformOutcome<QString>::failure(*who.error), 0);
        cache->insert(key, who.value->remoteId);
        next(PlatformOutcome<QString>::success(who.value->remoteId), YouTubeInbox::kListCost);
    });
}

Query listQuery(const QString &part, const QString &pageToken)
{
    Query q{{QStringLiteral("part"), part},
            {QStringLiteral("maxResults"), QString::number(YouTubeInbox::kPageSize)},
            {QStringLiteral("textFormat"), QStringLiteral("plainText")}};
    if (!pageToken.isEmpty())
        q.append({QStringLiteral("pageToken"), pageToken});
    return q;
}

QDateTime timeOf(const QJsonObject &snippet, const QString &key)
{
    return parseRfc3339(snippet.value(key).toString());
}

QJsonArray itemsOf(const NetworkResult &r)
{
    return r.json().value_or(QJsonObject()).value(QStringLiteral("items")).toArray();
}

QString nextPageOf(const NetworkResult &r)
{
    return r.json().value_or(QJsonObject()).value(QStringLiteral("nextPageToken")).toString();
}

// videos.list for `ids`, kVideosPerCall at a time, appended to `page` in the order of `ids`.
void fetchVideos(const Api &api, const QStringList &ids, RemotePostPage page, const OAuthTokens &tokens,
                 QObject *context, const PlatformInbox::PostsCallback &done)
{
    if (ids.isEmpty())
        return done(PlatformOutcome<RemotePostPage>::success(page));
    const QStringList batch = ids.mid(0, YouTubeInbox::kVideosPerCall);
    const QStringList rest = ids.mid(batch.size());
    const Query q{{QStringLiteral("part"), QStringLiteral("snippet,statistics")},
                  {QStringLiteral("id"), batch.join(QLatin1Char(','))}};
    api.send("GET", QStringLiteral("youtube.api.videos.list"), QStringLiteral("/videos"), q, tokens, {},
             context, [api, batch, rest, page, tokens, context, done](const NetworkResult &r) mutable {
                 if (!r.ok())
                     return done(PlatformOutcome<RemotePostPage>::failure(*r.error));
                 QHash<QString, RemotePost> found;
                 for (const auto &value : itemsOf(r)) {
                     const QJsonObject video = value.toObject();
                     const QJsonObject s = video.value(QStringLiteral("snippet")).toObject();
                     const QJsonValue comments = video.value(QStringLiteral("statistics"))
                                                     .toObject()
                                                     .value(QStringLiteral("commentCount"));
                     RemotePost post;
                     post.remoteId = video.value(QStringLiteral("id")).toString();
                     post.caption = s.value(QStringLiteral("title")).toString();
                     if (post.caption.isEmpty())
                         post.caption = s.value(QStringLiteral("description")).toString();
                     post.publishedAt = timeOf(s, QStringLiteral("publishedAt"));
                     post.permalink = YouTubeCommentJson::watchUrl(post.remoteId);
                     // A counter YouTube hides is absent; present ones come as strings.
                     if (comments.isString())
                         post.commentCount = comments.toString().toLongLong();
                     found.insert(post.remoteId, post);
                 }
                 for (const QString &id : batch) {
                     if (found.contains(id)) // a video deleted since its comments were listed is left out
                         page.posts.append(found.value(id));
                 }
                 page.quotaUnits += YouTubeInbox::kListCost;
                 fetchVideos(api, rest, page, tokens, context, done);
             });
}

} // namespace

YouTubeInbox::YouTubeInbox(QNetworkAccessManager *nam, EndpointTable endpoints)
    : m_nam(nam), m_endpoints(std::move(endpoints)), m_identity(nam, m_endpoints, AppCredentials()),
      m_channels(std::make_shared<ChannelCache>())
{ }

void YouTubeInbox::listPosts(const QString &pageToken, const OAuthTokens &tokens, QObject *context,
                             PostsCallback done)
{
    const Api api{m_nam, m_endpoints};
    withChannel(m_identity, m_channels, tokens, context,
                [api, pageToken, tokens, context, done](const PlatformOutcome<QString> &channel, int spent) {
                    if (!channel.ok())
                        return done(PlatformOutcome<RemotePostPage>::failure(*channel.error));
                    Query q = listQuery(QStringLiteral("snippet"), pageToken);
                    q.append({QStringLiteral("allThreadsRelatedToChannelId"), *channel.value});
                    q.append({QStringLiteral("order"), QStringLiteral("time")});
                    api.send("GET", QStringLiteral("youtube.api.commentThreads.list"),
                             QStringLiteral("/commentThreads"), q, tokens, {}, context,
                             [api, tokens, context, done, spent](const NetworkResult &r) {
                                 if (!r.ok())
                                     return done(PlatformOutcome<RemotePostPage>::failure(*r.error));
                                 QStringList ids;
                                 for (const auto &value : itemsOf(r)) {
                                     const QString id = value.toObject()
                                                            .value(QStringLiteral("snippet"))
                                                            .toObject()
                                                            .value(QStringLiteral("videoId"))
                                                            .toString();
                                     if (!id.isEmpty() && !ids.contains(id))
                                         ids.append(id);
                                 }
                                 RemotePostPage page;
                                 page.nextPageToken = nextPageOf(r);
                                 page.quotaUnits = spent + kListCost;
                                 fetchVideos(api, ids, page, tokens, context, done);
                             });
                });
}

void YouTubeInbox::list(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
                        PageCallback done)
{
    switch (cursor.scope) {
    case InboxCursor::Scope::Conversations:
        // YouTube has no private messages.
        return deliverLater(context, done, PlatformOutcome<RemotePage>::success(RemotePage()));
    case InboxCursor::Scope::Posts:
        return deliverLater(context, done,
                            PlatformOutcome<RemotePage>::failure(
                                invalidCall(QStringLiteral("youtube.list.posts_scope"),
                                            tr("Videos are listed with listPosts(), not list()."))));
    case InboxCursor::Scope::Comments:
        return listThreads(cursor, tokens, context,
                           [done](const PlatformOutcome<YouTubeThreadPage> &threads) {
                               if (!threads.ok())
                                   return done(PlatformOutcome<RemotePage>::failure(*threads.error));
                               done(PlatformOutcome<RemotePage>::success(threads.value->page));
                           });
    case InboxCursor::Scope::Replies: break;
    }

    if (cursor.remoteId.isEmpty()) {
        return deliverLater(context, done,
                            PlatformOutcome<RemotePage>::failure(
                                invalidCall(QStringLiteral("youtube.list.no_comment"),
                                            tr("Replies can only be listed for a given YouTube comment."))));
    }
    const Api api{m_nam, m_endpoints};
    withChannel(m_identity, m_channels, tokens, context,
                [api, cursor, tokens, context, done](const PlatformOutcome<QString> &channel, int spent) {
                    if (!channel.ok())
                        return done(PlatformOutcome<RemotePage>::failure(*channel.error));
                    Query q = listQuery(QStringLiteral("snippet"), cursor.pageToken);
                    q.append({QStringLiteral("parentId"), cursor.remoteId});
                    api.send(
                        "GET", QStringLiteral("youtube.api.comments.list"), QStringLiteral("/comments"), q,
                        tokens, {}, context,
                        [cursor, done, spent, channelId = *channel.value](const NetworkResult &r) {
                            if (!r.ok())
                                return done(PlatformOutcome<RemotePage>::failure(*r.error));
                            auto page = YouTubeCommentJson::replies(r.body, cursor.remoteId, channelId);
                            if (!page)
                                return done(PlatformOutcome<RemotePage>::failure(
                                    NetworkJob::incompleteAnswer(kPlatform, r.httpStatus)));
                            page->quotaUnits = spent + kListCost;
                            done(PlatformOutcome<RemotePage>::success(*page));
                        },
                        false);
                });
}

void YouTubeInbox::listThreads(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
                               const ThreadsCallback &done)
{
    if (cursor.scope != InboxCursor::Scope::Comments) {
        return deliverLater(context, done,
                            PlatformOutcome<YouTubeThreadPage>::failure(
                                invalidCall(QStringLiteral("youtube.list.threads_scope"),
                                            tr("Comment threads are listed for the Comments scope only."))));
    }
    const Api api{m_nam, m_endpoints};
    withChannel(m_identity, m_channels, tokens, context,
                [api, cursor, tokens, context, done](const PlatformOutcome<QString> &channel, int spent) {
                    if (!channel.ok())
                        return done(PlatformOutcome<YouTubeThreadPage>::failure(*channel.error));
                    const QString channelId = *channel.value;
                    Query q = listQuery(QStringLiteral("snippet,replies"), cursor.pageToken);
                    if (cursor.remoteId.isEmpty())
                        q.append({QStringLiteral("allThreadsRelatedToChannelId"), channelId});
                    else
                        q.append({QStringLiteral("videoId"), cursor.remoteId});
                    q.append({QStringLiteral("order"), QStringLiteral("time")});
                    api.send(
                        "GET", QStringLiteral("youtube.api.commentThreads.list"),
                        QStringLiteral("/commentThreads"), q, tokens, {}, context,
                        [done, spent, channelId](const NetworkResult &r) {
                            if (!r.ok())
                                return done(PlatformOutcome<YouTubeThreadPage>::failure(*r.error));
                            auto out = YouTubeCommentJson::threads(r.body, channelId);
                            if (!out)
                                return done(PlatformOutcome<YouTubeThreadPage>::failure(
                                    NetworkJob::incompleteAnswer(kPlatform, r.httpStatus)));
                            out->page.quotaUnits = spent + kListCost;
                            done(PlatformOutcome<YouTubeThreadPage>::success(*out));
                        },
                        false);
                });
}

void YouTubeInbox::reply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                         QObject *context, ReplyCallback done)
{
    const QString parentId = item.kind == RemoteItem::Kind::Reply ? item.remoteParentId : item.remoteId;
    if (item.kind == RemoteItem::Kind::Message || parentId.isEmpty()) {
        return deliverLater(context, done,
                            PlatformOutcome<RemoteReply>::failure(
                                invalidCall(QStringLiteral("youtube.reply.not_a_comment"),
                                            tr("Only comments under YouTube videos can be answered."))));
    }
    if (auto problem = validateReply(text))
        return deliverLater(context, done, PlatformOutcome<RemoteReply>::failure(*problem));

    const QJsonObject body{
        {QStringLiteral("snippet"),
         QJsonObject{{QStringLiteral("parentId"), parentId}, {QStringLiteral("textOriginal"), text}}}};
    const Api api{m_nam, m_endpoints};
    api.send("POST", QStringLiteral("youtube.api.comments.insert"), QStringLiteral("/comments"),
             {{QStringLiteral("part"), QStringLiteral("snippet")}}, tokens,
             QJsonDocument(body).toJson(QJsonDocument::Compact), context, [done](const NetworkResult &r) {
                 if (!r.ok())
                     return done(PlatformOutcome<RemoteReply>::failure(*r.error));
                 const QJsonObject comment = r.json().value_or(QJsonObject());
                 RemoteReply answer;
                 answer.remoteId = comment.value(QStringLiteral("id")).toString();
                 answer.createdAt = timeOf(comment.value(QStringLiteral("snippet")).toObject(),
                                           QStringLiteral("publishedAt"));
                 answer.quotaUnits = kInsertCost;
                 if (answer.remoteId.isEmpty()) {
                     // Posted, probably: sending again could post it twice.
                     return done(PlatformOutcome<RemoteReply>::failure(inboxError(
                         PlatformError::Kind::Permanent, QStringLiteral("no_comment_id"),
                         tr("YouTube took the reply without naming it. Check the video's comments before "
                            "sending it again."))));
                 }
                 done(PlatformOutcome<RemoteReply>::success(answer));
             });
}

void YouTubeInbox::privateReply(const RemoteItem &, const QString &, const OAuthTokens &, QObject *context,
                                ReplyCallback done)
{
    deliverLater(context, done,
                 PlatformOutcome<RemoteReply>::failure(
                     inboxError(PlatformError::Kind::InvalidInput, QStringLiteral("unsupported"),
                                tr("YouTube has no private replies. Answer the comment in public instead."),
                                {}, QStringLiteral("youtube.private_reply.unsupported"))));
}

std::optional<PlatformError> YouTubeInbox::validateReply(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return inboxError(PlatformError::Kind::InvalidInput, QStringLiteral("empty"),
                          tr("The reply is empty. Write something before sending it."),
                          QStringLiteral("text"), QStringLiteral("youtube.reply.empty"));
    }
    const qsizetype length = text.toUcs4().size();
    if (length > kMaxReplyLength) {
        return inboxError(PlatformError::Kind::InvalidInput, QStringLiteral("commentTextTooLong"),
                          tr("The reply has %1 characters; YouTube allows at most %2. Shorten it and send it "
                             "again.")
                              .arg(length)
                              .arg(kMaxReplyLength),
                          QStringLiteral("text"), QStringLiteral("youtube.reply.too_long"));
    }
    return std::nullopt;
}

std::optional<PlatformError> YouTubeInbox::mapError(const NetworkResult &result)
{
    const QJsonObject error = result.json().value_or(QJsonObject()).value(QStringLiteral("error")).toObject();
    const QJsonArray errors = error.value(QStringLiteral("errors")).toArray();
    const QString reason
        = errors.isEmpty() ? QString() : errors.first().toObject().value(QStringLiteral("reason")).toString();
    static const QStringList gone{QStringLiteral("commentNotFound"), QStringLiteral("parentCommentNotFound"),
                                  QStringLiteral("commentThreadNotFound"), QStringLiteral("videoNotFound"),
                                  QStringLiteral("channelNotFound")};
    std::optional<PlatformError> e;
    if (reason == QLatin1String("commentTextTooLong")) {
        e = inboxError(PlatformError::Kind::InvalidInput, reason,
                       tr("YouTube refused the reply because it is too long. Shorten it and send it again."),
                       QStringLiteral("text"), QStringLiteral("youtube.reply.too_long"));
    } else if (gone.contains(reason)) {
        e = inboxError(PlatformError::Kind::Permanent, reason,
                       tr("YouTube no longer has this comment or video; it may have been deleted."));
    } else if (reason == QLatin1String("commentsDisabled")) {
        e = inboxError(PlatformError::Kind::Permanent, reason,
                       tr("Comments are turned off for this video on YouTube."));
    } else if (reason == QLatin1String("processingFailure")) {
        // For comments this means the request itself was wrong (e.g. the parent), not a video.
        e = inboxError(PlatformError::Kind::InvalidInput, reason,
                       tr("YouTube could not process the reply (%1).")
                           .arg(error.value(QStringLiteral("message")).toString()),
                       {}, reason);
    } else {
        return YouTubeAuth::mapError(result);
    }
    e->httpStatus = result.httpStatus;
    return e;
}

} // namespace travelflow
