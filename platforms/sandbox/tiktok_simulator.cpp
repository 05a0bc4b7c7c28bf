#include "tiktok_simulator.h"

#include "audience_script.h"
#include "oauth_grants.h"
#include "sandbox_endpoints.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace travelflow::sandbox {

namespace {

constexpr qint64 kMiB = qint64{1024} * 1024;
constexpr qint64 kMinChunk = 5 * kMiB;
constexpr qint64 kMaxChunk = 64 * kMiB;
constexpr qint64 kMaxLastChunk = 128 * kMiB;
constexpr qint64 kMaxVideo = 4096 * kMiB;
constexpr int kMaxChunks = 1000;
constexpr int kMaxTitle = 2200; // UTF-16 units
constexpr int kAccessTtl = 7200;
constexpr int kRefreshTtl = 15552000;
constexpr int kCodeTtl = 600;
constexpr int kUploadUrlTtl = 3600;
constexpr int kProcessingSeconds = 5;
constexpr int kDailyPosts = 15;
constexpr int kDefaultListCount = 10;
constexpr int kMaxListCount = 20;

const QString kOpenId = QStringLiteral("sandbox-tiktok-user");
const QString kUnionId = QStringLiteral("sandbox-tiktok-union");
const QString kDisplayName = QStringLiteral("Sandbox Traveller");
const QString kUsername = QStringLiteral("sandbox.traveller");
const QString kAvatar = QStringLiteral("https://p16-sign.tiktokcdn.com/sandbox/avatar.jpeg");
const QString kDefaultFailReason = QStringLiteral("file_format_check_failed");

const QStringList &knownScopes()
{
    static const QStringList scopes{QStringLiteral("user.info.basic"), QStringLiteral("video.publish"),
                                    QStringLiteral("video.upload"), QStringLiteral("video.list")};
    return scopes;
}

const QStringList &privacyOptions()
{
    static const QStringList options{QStringLiteral("PUBLIC_TO_EVERYONE"),
                                     QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
                                     QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("SELF_ONLY")};
    return options;
}

const QStringList &userFields()
{
    static const QStringList fields{QStringLiteral("open_id"),          QStringLiteral("union_id"),
                                    QStringLiteral("avatar_url"),       QStringLiteral("avatar_url_100"),
                                    QStringLiteral("avatar_large_url"), QStringLiteral("display_name")};
    return fields;
}

const QStringList &videoFields()
{
    static const QStringList fields{
        QStringLiteral("id"),         QStringLiteral("create_time"),       QStringLiteral("title"),
        QStringLiteral("share_url"),  QStringLiteral("video_description"), QStringLiteral("view_count"),
        QStringLiteral("like_count"), QStringLiteral("comment_count"),     QStringLiteral("share_count")};
    return fields;
}

QString randomDigits(int count)
{
    QString out;
    out.reserve(count);
    out.append(QChar(u'1' + static_cast<char16_t>(QRandomGenerator::global()->bounded(9))));
    while (out.size() < count)
        out.append(QChar(u'0' + static_cast<char16_t>(QRandomGenerator::global()->bounded(10))));
    return out;
}

// TikTok's log ids: a UTC timestamp followed by random hex, one per response.
QString newLogId()
{
    QByteArray random(10, Qt::Uninitialized);
    for (char &c : random)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"))
        + QString::fromLatin1(random.toHex().toUpper());
}

HttpResponse envelope(int status, const QJsonObject &data, const QString &code, const QString &message)
{
    const QString logId = newLogId();
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("log_id"), logId}};
    HttpResponse response = HttpResponse::json(
        status, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("error"), error}});
    response.withHeader("X-Tt-Logid", logId.toLatin1());
    return response;
}

HttpResponse success(const QJsonObject &data)
{
    return envelope(200, data, QStringLiteral("ok"), QString());
}

HttpResponse apiError(int status, const QString &code, const QString &message)
{
    return envelope(status, QJsonObject{}, code, message);
}

HttpResponse invalidParam(const QString &message)
{
    return apiError(400, QStringLiteral("invalid_param"), message);
}

// The token and revoke endpoints answer flat OAuth errors, not the v2 envelope.
HttpResponse oauthError(const QString &error, const QString &description)
{
    return HttpResponse::json(400,
                              QJsonObject{{QStringLiteral("error"), error},
                                          {QStringLiteral("error_description"), description},
                                          {QStringLiteral("log_id"), newLogId()}});
}

// The media type of the request without parameters, lower case; `charsetOk` tells whether
// a charset parameter, if any, is UTF-8.
QByteArray mediaType(const HttpRequest &request, bool *charsetOk = nullptr)
{
    const QList<QByteArray> parts = request.header("content-type").split(';');
    if (charsetOk) {
        *charsetOk = true;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed().toLower();
            if (param.startsWith("charset=") && param.mid(8) != "utf-8" && param.mid(8) != "\"utf-8\"")
                *charsetOk = false;
        }
    }
    return parts.value(0).trimmed().toLower();
}

bool isJsonRequest(const HttpRequest &request)
{
    bool charsetOk = false;
    return mediaType(request, &charsetOk) == "application/json" && charsetOk;
}

std::optional<qint64> integerField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"))
        && url.port() > 0 && url.userInfo().isEmpty() && !url.hasFragment();
}

QStringList splitList(const QString &commaSeparated)
{
    QStringList out;
    for (const QString &s : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(s.trimmed());
    return out;
}

// Why an authorize request is refused (an error page, never a redirect, since the
// redirect_uri itself may be the problem); empty when it is fine.
QString authorizeError(const HttpRequest &request, const QString &clientKey)
{
    static const QRegularExpression hexChallenge(QStringLiteral("^[0-9a-f]{64}$"));
    if (request.queryValue(QStringLiteral("client_key")).isEmpty()
        || request.queryValue(QStringLiteral("client_key")) != clientKey)
        return QStringLiteral("client_key is missing or unknown.");
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return QStringLiteral("response_type must be \"code\".");
    if (!isLoopbackRedirect(QUrl(request.queryValue(QStringLiteral("redirect_uri")), QUrl::StrictMode)))
        return QStringLiteral(
            "redirect_uri must be http://127.0.0.1:<port>/... or http://localhost:<port>/...");
    if (request.queryValue(QStringLiteral("state")).isEmpty())
        return QStringLiteral("state is required.");
    const QStringList scopes = splitList(request.queryValue(QStringLiteral("scope")));
    if (scopes.isEmpty())
        return QStringLiteral("scope is required (comma-separated).");
    for (const QString &s : scopes) {
        if (!knownScopes().contains(s))
            return QStringLiteral("scope \"%1\" is not known.").arg(s);
    }
    if (request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return QStringLiteral("code_challenge_method must be S256.");
    if (!hexChallenge.match(request.queryValue(QStringLiteral("code_challenge"))).hasMatch())
        return QStringLiteral("code_challenge must be the SHA-256 of the code_verifier as 64 lower-case hex "
                              "characters.");
    return {};
}

// Appends already-decoded values to a URL's query without reinterpreting '%', '+' or '&'
// (commas stay literal, as in TikTok's own `scopes=a,b`).
QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value, ","));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

struct ChunkPlan
{
    qint64 videoSize = 0;
    qint64 chunkSize = 0;
    int chunks = 0;
};

// The documented chunk rules; the error names the field, empty when the plan is valid.
QString checkChunkPlan(const QJsonObject &source, ChunkPlan *plan)
{
    const auto size = integerField(source, QStringLiteral("video_size"));
    const auto chunk = integerField(source, QStringLiteral("chunk_size"));
    const auto count = integerField(source, QStringLiteral("total_chunk_count"));
    if (!size)
        return QStringLiteral("source_info.video_size is required and must be an integer.");
    if (!chunk)
        return QStringLiteral("source_info.chunk_size is required and must be an integer.");
    if (!count)
        return QStringLiteral("source_info.total_chunk_count is required and must be an integer.");
    if (*size <= 0 || *size > kMaxVideo)
        return QStringLiteral("source_info.video_size must be between 1 byte and 4 GB.");
    if (*count < 1 || *count > kMaxChunks)
        return QStringLiteral("source_info.total_chunk_count must be between 1 and 1000.");
    if (*size < kMinChunk) {
        if (*chunk != *size)
            return QStringLiteral("source_info.chunk_size must equal video_size for a video under 5 MB.");
        if (*count != 1)
            return QStringLiteral("source_info.total_chunk_count must be 1 for a video under 5 MB.");
    } else {
        if (*chunk < kMinChunk || *chunk > kMaxChunk)
            return QStringLiteral("source_info.chunk_size must be between 5 MB and 64 MB (5242880-67108864 "
                                  "bytes); a video over 64 MB must be uploaded in chunks.");
        if (*chunk > *size)
            return QStringLiteral("source_info.chunk_size must not exceed video_size.");
        if (*count != *size / *chunk)
            return QStringLiteral(
                       "source_info.total_chunk_count must be floor(video_size / chunk_size) = %1.")
                .arg(*size / *chunk);
        if (*size - (*count - 1) * *chunk > kMaxLastChunk)
            return QStringLiteral("source_info.chunk_size: the last chunk would exceed 128 MB.");
    }
    *plan = {*size, *chunk, static_cast<int>(*count)};
    return {};
}

struct Upload
{
    QString publishId;
    QString uploadId;
    QString uploadToken;
    QString openId;
    bool inbox = false;
    QString title;
    QString privacyLevel;
    ChunkPlan plan;
    int receivedChunks = 0;
    qint64 receivedBytes = 0;
    // Null after a reload mid-upload: a running hash cannot be saved, so such an upload
    // completes with an empty sha256.
    std::shared_ptr<QCryptographicHash> hash;
    QString sha256; // hex, once complete
    QDateTime createdAt;
    QDateTime urlExpiresAt;
    QDateTime completedAt;
    bool complete = false;
    QString failReason; // processing fails after upload when set
    QString postId; // direct posts, once published

    QDateTime processedAt() const { return completedAt.addSecs(kProcessingSeconds); }
    QString status(const QDateTime &now) const
    {
        if (!complete || now < processedAt())
            return QStringLiteral("PROCESSING_UPLOAD");
        if (!failReason.isEmpty())
            return QStringLiteral("FAILED");
        return inbox ? QStringLiteral("SEND_TO_USER_INBOX") : QStringLiteral("PUBLISH_COMPLETE");
    }
    QJsonObject toJson() const;
    static Upload fromJson(const QJsonObject &o);
};

QJsonObject Upload::toJson() const
{
    return QJsonObject{
        {QStringLiteral("publish_id"), publishId},
        {QStringLiteral("upload_id"), uploadId},
        {QStringLiteral("upload_token"), uploadToken},
        {QStringLiteral("open_id"), openId},
        {QStringLiteral("inbox"), inbox},
        {QStringLiteral("title"), title},
        {QStringLiteral("privacy_level"), privacyLevel},
        {QStringLiteral("video_size"), plan.videoSize},
        {QStringLiteral("chunk_size"), plan.chunkSize},
        {QStringLiteral("total_chunk_count"), plan.chunks},
        {QStringLiteral("received_chunks"), receivedChunks},
        {QStringLiteral("received_bytes"), receivedBytes},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("created_at"), isoTime(createdAt)},
        {QStringLiteral("url_expires_at"), isoTime(urlExpiresAt)},
        {QStringLiteral("completed_at"), isoTime(completedAt)},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("fail_reason"), failReason},
        {QStringLiteral("post_id"), postId},
    };
}

Upload Upload::fromJson(const QJsonObject &o)
{
    Upload u;
    u.publishId = o.value(QStringLiteral("publish_id")).toString();
    u.uploadId = o.value(QStringLiteral("upload_id")).toString();
    u.uploadToken = o.value(QStringLiteral("upload_token")).toString();
    u.openId = o.value(QStringLiteral("open_id")).toString();
    u.inbox = o.value(QStringLiteral("inbox")).toBool();
    u.title = o.value(QStringLiteral("title")).toString();
    u.privacyLevel = o.value(QStringLiteral("privacy_level")).toString();
    u.plan = {o.value(QStringLiteral("video_size")).toInteger(),
              o.value(QStringLiteral("chunk_size")).toInteger(),
              o.value(QStringLiteral("total_chunk_count")).toInt()};
    u.receivedChunks = o.value(QStringLiteral("received_chunks")).toInt();
    u.receivedBytes = o.value(QStringLiteral("received_bytes")).toInteger();
    u.sha256 = o.value(QStringLiteral("sha256")).toString();
    u.createdAt = timeFrom(o.value(QStringLiteral("created_at")));
    u.urlExpiresAt = timeFrom(o.value(QStringLiteral("url_expires_at")));
    u.completedAt = timeFrom(o.value(QStringLiteral("completed_at")));
    u.complete = o.value(QStringLiteral("complete")).toBool();
    u.failReason = o.value(QStringLiteral("fail_reason")).toString();
    u.postId = o.value(QStringLiteral("post_id")).toString();
    return u;
}

struct Post
{
    QString postId;
    QString publishId;
    QString openId;
    QString title;
    QDateTime publishedAt;

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("post_id"), postId},
                           {QStringLiteral("publish_id"), publishId},
                           {QStringLiteral("open_id"), openId},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("published_at"), isoTime(publishedAt)}};
    }
    static Post fromJson(const QJsonObject &o)
    {
        return {o.value(QStringLiteral("post_id")).toString(),
                o.value(QStringLiteral("publish_id")).toString(),
                o.value(QStringLiteral("open_id")).toString(), o.value(QStringLiteral("title")).toString(),
                timeFrom(o.value(QStringLiteral("published_at")))};
    }
};

// The audience: counts grow with the minutes since publishing, the same on every run.
QJsonObject videoJson(const Post &post, const QStringList &fields, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, post.publishedAt.secsTo(now));
    const qint64 views = 37 * (seconds / 60);
    const qint64 likes = views / 10;
    const QJsonObject all{
        {QStringLiteral("id"), post.postId},
        {QStringLiteral("create_time"), post.publishedAt.toSecsSinceEpoch()},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("video_description"), post.title},
        {QStringLiteral("share_url"),
         QString(QStringLiteral("https://www.tiktok.com/@") + kUsername + QStringLiteral("/video/")
                 + post.postId)},
        {QStringLiteral("view_count"), views},
        {QStringLiteral("like_count"), likes},
        {QStringLiteral("comment_count"), AudienceScript::commentsDue(seconds)},
        {QStringLiteral("share_count"), likes / 5},
    };
    QJsonObject out;
    for (const QString &f : fields)
        out.insert(f, all.value(f));
    return out;
}

// The requested `fields` query value split and checked against `known`; an error names
// the first unknown field.
QString parseFields(const HttpRequest &request, const QStringList &known, QStringList *fields)
{
    *fields = splitList(request.queryValue(QStringLiteral("fields")));
    if (fields->isEmpty())
        return QStringLiteral("fields is required (comma-separated).");
    for (const QString &f : std::as_const(*fields)) {
        if (!known.contains(f))
            return QStringLiteral("fields: \"%1\" is not a known field.").arg(f);
    }
    return {};
}

QJsonObject timesJson(const QMap<QString, QList<QDateTime>> &times)
{
    QJsonObject out;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        QJsonArray list;
        for (const QDateTime &t : it.value())
            list.append(isoTime(t));
        out.insert(it.key(), list);
    }
    return out;
}

} // namespace

// What an endpoint demands of its caller.
struct TikTokSimulator::Access
{
    QStringList scopes; // any one of them
    QString bucket; // rate-limit bucket; empty = not limited
    int perMinute = 0;
    bool json = false; // needs Content-Type: application/json
};

struct TikTokSimulator::Caller
{
    QString token;
    OAuthGrants::Grant grant;
};

class TikTokSimulator::State
{
public:
    mutable std::mutex mutex;
    OAuthGrants grants; // thread-safe on its own
    QMap<QString, Upload> uploads; // by publish_id
    QMap<QString, QString> publishByUploadId;
    QList<Post> posts; // in publishing order
    QMap<QString, QList<QDateTime>> directInits; // by open_id, the last 24 h: the daily post cap
    QMap<QString, QList<QDateTime>> rateWindows; // "bucket/token" -> requests in the last 60 s

    // Publishes uploads whose processing has finished. Lock held.
    void advance(const QDateTime &now)
    {
        for (Upload &u : uploads) {
            if (u.inbox || !u.complete || !u.failReason.isEmpty() || !u.postId.isEmpty()
                || now < u.processedAt())
                continue;
            u.postId = QStringLiteral("7") + randomDigits(18);
            posts.append({u.postId, u.publishId, u.openId, u.title, u.processedAt()});
        }
    }

    // Seconds until the caller may try again, or 0 when this request is allowed (and counted).
    int throttle(const QString &key, int perMinute, const QDateTime &now)
    {
        std::lock_guard lock(mutex);
        QList<QDateTime> &window = rateWindows[key];
        window.removeIf([&now](const QDateTime &t) { return t.secsTo(now) >= 60; });
        if (window.size() >= perMinute)
            return static_cast<int>(std::max<qint64>(1, 60 - window.first().secsTo(now)));
        window.append(now);
        return 0;
    }

    // Counts a direct post against the creator's daily cap; false when the cap is reached.
    bool takePostSlot(const QString &openId, const QDateTime &now)
    {
        std::lock_guard lock(mutex);
        QList<QDateTime> &times = directInits[openId];
        times.removeIf([&now](const QDateTime &t) { return t.secsTo(now) >= qint64{24} * 3600; });
        if (times.size() >= kDailyPosts)
            return false;
        times.append(now);
        return true;
    }
};

TikTokSimulator::TikTokSimulator(SandboxContext &context)
    : PlatformSimulator(context), d(std::make_unique<State>())
{ }

TikTokSimulator::~TikTokSimulator() = default;

void TikTokSimulator::registerRoutes(Router &router)
{
    using Member = HttpResponse (TikTokSimulator::*)(const HttpRequest &);
    const auto add = [this, &router](const QByteArray &method, const QString &path, const char *endpoint,
                                     Member handler) {
        router.route(method, QRegularExpression::escape(path), QLatin1String(endpoint),
                     [this, handler](const HttpRequest &request) { return (this->*handler)(request); });
    };
    const QString api = paths::kTikTokApi;
    add("GET", paths::kTikTokAuth, "tiktok.auth", &TikTokSimulator::handleAuthorize);
    add("POST", api + QStringLiteral("/v2/oauth/token/"), "tiktok.api.oauth.token",
        &TikTokSimulator::handleToken);
    add("POST", api + QStringLiteral("/v2/oauth/revoke/"), "tiktok.api.oauth.revoke",
        &TikTokSimulator::handleRevoke);
    add("GET", api + QStringLiteral("/v2/user/info/"), "tiktok.api.user.info",
        &TikTokSimulator::handleUserInfo);
    add("POST", api + QStringLiteral("/v2/post/publish/creator_info/query/"), "tiktok.api.creator_info",
        &TikTokSimulator::handleCreatorInfo);
    add("POST", api + QStringLiteral("/v2/post/publish/video/init/"), "tiktok.api.video.init",
        &TikTokSimulator::handleDirectInit);
    add("POST", api + QStringLiteral("/v2/post/publish/inbox/video/init/"), "tiktok.api.inbox.init",
        &TikTokSimulator::handleInboxInit);
    add("POST", api + QStringLiteral("/v2/post/publish/status/fetch/"), "tiktok.api.status",
        &TikTokSimulator::handleStatus);
    add("POST", api + QStringLiteral("/v2/video/list/"), "tiktok.api.video.list",
        &TikTokSimulator::handleVideoList);
    add("POST", api + QStringLiteral("/v2/video/query/"), "tiktok.api.video.query",
        &TikTokSimulator::handleVideoQuery);
    add("PUT", QStringLiteral("/tiktok/upload/"), "tiktok.upload", &TikTokSimulator::handleUpload);
}

HttpResponse TikTokSimulator::errorResponse(int status, const QString &, const QString &message) const
{
    const QString code = status >= 500 ? QStringLiteral("internal_error")
        : status == 429                ? QStringLiteral("rate_limit_exceeded")
                                       : QStringLiteral("invalid_param");
    return apiError(status, code, message);
}

bool TikTokSimulator::clientMatches(const QString &clientKey, const QString &clientSecret) const
{
    const ClientCredentials client = context().clients.value(name());
    return !clientKey.isEmpty() && clientKey == client.clientId && clientSecret == client.clientSecret;
}

std::optional<HttpResponse> TikTokSimulator::admit(const HttpRequest &request, const Access &access,
                                                   Caller *caller)
{
    caller->token = request.authorizationToken();
    if (!caller->token.isEmpty() && takeFault(FaultRule::Action::TokenExpired, request))
        d->grants.expireAccess(caller->token, now());
    switch (d->grants.check(caller->token, now(), &caller->grant)) {
    case OAuthGrants::Check::Ok: break;
    case OAuthGrants::Check::Expired:
        return apiError(401, QStringLiteral("access_token_invalid"),
                        QStringLiteral("The access token has expired."));
    default:
        return apiError(401, QStringLiteral("access_token_invalid"),
                        QStringLiteral("The access token is invalid or not found in the request."));
    }
    const bool scoped = std::any_of(access.scopes.cbegin(), access.scopes.cend(),
                                    [caller](const QString &s) { return caller->grant.scopes.contains(s); });
    if (!access.scopes.isEmpty() && !scoped)
        return apiError(401, QStringLiteral("scope_not_authorized"),
                        QStringLiteral("The user did not authorize the scope required for this endpoint: %1.")
                            .arg(access.scopes.join(QStringLiteral(" or "))));
    if (!access.bucket.isEmpty()) {
        const QString key = access.bucket + QLatin1Char('/') + caller->token;
        if (const int wait = d->throttle(key, access.perMinute, now()); wait > 0) {
            HttpResponse limited
                = apiError(429, QStringLiteral("rate_limit_exceeded"),
                           QStringLiteral("Too many requests: at most %1 per minute.").arg(access.perMinute));
            return limited.withHeader("Retry-After", QByteArray::number(wait));
        }
    }
    if (access.json && !isJsonRequest(request))
        return invalidParam(QStringLiteral("Content-Type must be application/json; charset=UTF-8."));
    return std::nullopt;
}

HttpResponse TikTokSimulator::handleAuthorize(const HttpRequest &request)
{
    const QString error = authorizeError(request, context().clients.value(name()).clientId);
    if (!error.isEmpty())
        return HttpResponse::text(400,
                                  QString(QStringLiteral("TikTok authorization error: ") + error).toUtf8());
    const QUrl redirect(request.queryValue(QStringLiteral("redirect_uri")), QUrl::StrictMode);
    const QString state = request.queryValue(QStringLiteral("state"));
    if (takeFault(FaultRule::Action::DenyAuthorize, request)) {
        return HttpResponse::redirect(
            withQuery(redirect,
                      {{QStringLiteral("error"), QStringLiteral("access_denied")},
                       {QStringLiteral("error_description"),
                        QStringLiteral("The user denied the authorization request.")},
                       {QStringLiteral("state"), state}}));
    }
    OAuthGrants::Code code;
    code.clientId = request.queryValue(QStringLiteral("client_key"));
    code.redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    code.challenge = request.queryValue(QStringLiteral("code_challenge"));
    code.encoding = OAuthGrants::PkceEncoding::Hex;
    code.scopes = splitList(request.queryValue(QStringLiteral("scope")));
    code.scopes.removeDuplicates();
    code.subject = kOpenId;
    code.expiresAt = now().addSecs(kCodeTtl);
    return HttpResponse::redirect(withQuery(redirect,
                                            {{QStringLiteral("code"), d->grants.issueCode(code)},
                                             {QStringLiteral("scopes"), code.scopes.join(QLatin1Char(','))},
                                             {QStringLiteral("state"), state}}));
}

namespace {

HttpResponse tokenResponse(const OAuthGrants::Grant &grant, const QDateTime &now)
{
    return HttpResponse::json(200,
                              QJsonObject{
                                  {QStringLiteral("open_id"), grant.subject},
                                  {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(','))},
                                  {QStringLiteral("access_token"), grant.accessToken},
                                  {QStringLiteral("expires_in"), now.secsTo(grant.accessExpiresAt)},
                                  {QStringLiteral("refresh_token"), grant.refreshToken},
                                  {QStringLiteral("refresh_expires_in"), now.secsTo(grant.refreshExpiresAt)},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              });
}

QString formValue(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

} // namespace

HttpResponse TikTokSimulator::handleToken(const HttpRequest &request)
{
    if (mediaType(request) != "application/x-www-form-urlencoded")
        return oauthError(QStringLiteral("invalid_request"),
                          QStringLiteral("Content-Type must be application/x-www-form-urlencoded."));
    const QUrlQuery form = request.form();
    if (!clientMatches(formValue(form, "client_key"), formValue(form, "client_secret")))
        return oauthError(QStringLiteral("invalid_client"),
                          QStringLiteral("client_key or client_secret is wrong."));
    const QString grantType = formValue(form, "grant_type");
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(form);
    if (grantType == QLatin1String("refresh_token"))
        return refreshToken(form);
    return oauthError(QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

HttpResponse TikTokSimulator::exchangeCode(const QUrlQuery &form)
{
    const QString verifier = formValue(form, "code_verifier");
    if (formValue(form, "code").isEmpty() || formValue(form, "redirect_uri").isEmpty() || verifier.isEmpty())
        return oauthError(QStringLiteral("invalid_request"),
                          QStringLiteral("code, redirect_uri and code_verifier are required."));
    const auto code = d->grants.redeemCode(formValue(form, "code"), now());
    if (!code || code->clientId != formValue(form, "client_key"))
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("Authorization code is expired, already used or unknown."));
    if (code->redirectUri != formValue(form, "redirect_uri"))
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri does not match the one used to authorize."));
    if (!OAuthGrants::isValidVerifier(verifier)
        || OAuthGrants::challengeFor(verifier, OAuthGrants::PkceEncoding::Hex) != code->challenge)
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("code_verifier does not match the code_challenge."));
    const QDateTime issuedAt = now(); // one reading: expires_in must be the TTL exactly
    const OAuthGrants::Grant grant
        = d->grants.issue(code->clientId, code->subject, code->scopes, issuedAt, kAccessTtl, kRefreshTtl);
    return tokenResponse(grant, issuedAt);
}

HttpResponse TikTokSimulator::refreshToken(const QUrlQuery &form)
{
    const QString refresh = formValue(form, "refresh_token");
    if (refresh.isEmpty())
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("refresh_token is required."));
    const QDateTime issuedAt = now();
    const auto grant = d->grants.refresh(refresh, formValue(form, "client_key"), issuedAt, kAccessTtl, true);
    if (!grant)
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("Refresh token is invalid, expired or already used."));
    return tokenResponse(*grant, issuedAt);
}

HttpResponse TikTokSimulator::handleRevoke(const HttpRequest &request)
{
    if (mediaType(request) != "application/x-www-form-urlencoded")
        return oauthError(QStringLiteral("invalid_request"),
                          QStringLiteral("Content-Type must be application/x-www-form-urlencoded."));
    const QUrlQuery form = request.form();
    if (!clientMatches(formValue(form, "client_key"), formValue(form, "client_secret")))
        return oauthError(QStringLiteral("invalid_client"),
                          QStringLiteral("client_key or client_secret is wrong."));
    if (formValue(form, "token").isEmpty())
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("token is required."));
    // RFC 7009: an unknown token is not an error, the caller's goal is reached either way.
    d->grants.revoke(formValue(form, "token"));
    return HttpResponse::json(200, QJsonObject{});
}

HttpResponse TikTokSimulator::handleUserInfo(const HttpRequest &request)
{
    Caller caller;
    if (auto denied = admit(request, {{QStringLiteral("user.info.basic")}, {}, 0, false}, &caller))
        return *denied;
    QStringList fields;
    if (const QString error = parseFields(request, userFields(), &fields); !error.isEmpty())
        return invalidParam(error);
    const QJsonObject all{
        {QStringLiteral("open_id"), caller.grant.subject}, {QStringLiteral("union_id"), kUnionId},
        {QStringLiteral("avatar_url"), kAvatar},           {QStringLiteral("avatar_url_100"), kAvatar},
        {QStringLiteral("avatar_large_url"), kAvatar},     {QStringLiteral("display_name"), kDisplayName}};
    QJsonObject user;
    for (const QString &f : std::as_const(fields))
        user.insert(f, all.value(f));
    return success(QJsonObject{{QStringLiteral("user"), user}});
}

HttpResponse TikTokSimulator::handleCreatorInfo(const HttpRequest &request)
{
    Caller caller;
    if (auto denied = admit(
            request, {{QStringLiteral("video.publish")}, QStringLiteral("creator_info"), 20, true}, &caller))
        return *denied;
    return success(QJsonObject{
        {QStringLiteral("creator_avatar_url"), kAvatar},
        {QStringLiteral("creator_username"), kUsername},
        {QStringLiteral("creator_nickname"), kDisplayName},
        {QStringLiteral("privacy_level_options"), QJsonArray::fromStringList(privacyOptions())},
        {QStringLiteral("comment_disabled"), false},
        {QStringLiteral("duet_disabled"), false},
        {QStringLiteral("stitch_disabled"), true},
        {QStringLiteral("max_video_post_duration_sec"), 600},
    });
}

HttpResponse TikTokSimulator::handleDirectInit(const HttpRequest &request)
{
    return initUpload(request, false);
}

HttpResponse TikTokSimulator::handleInboxInit(const HttpRequest &request)
{
    return initUpload(request, true);
}

namespace {

// Checks a direct post's post_info; the error (400 or 403) or nullopt with `upload` filled.
std::optional<HttpResponse> checkPostInfo(const QJsonObject &body, Upload *upload)
{
    const QJsonValue infoValue = body.value(QStringLiteral("post_info"));
    if (!infoValue.isObject())
        return invalidParam(QStringLiteral("post_info is required and must be an object."));
    const QJsonObject info = infoValue.toObject();
    const QJsonValue privacy = info.value(QStringLiteral("privacy_level"));
    if (privacy.isUndefined() || privacy.isNull())
        return invalidParam(QStringLiteral("post_info.privacy_level is required."));
    if (!privacyOptions().contains(privacy.toString()))
        return apiError(403, QStringLiteral("privacy_level_option_mismatch"),
                        QStringLiteral("post_info.privacy_level must be one of the creator's "
                                       "privacy_level_options."));
    const QJsonValue title = info.value(QStringLiteral("title"));
    if (!title.isUndefined() && !title.isString())
        return invalidParam(QStringLiteral("post_info.title must be a string."));
    if (title.toString().size() > kMaxTitle)
        return invalidParam(QStringLiteral("post_info.title is longer than 2200 UTF-16 units."));
    for (const char *flag : {"disable_duet", "disable_stitch", "disable_comment", "brand_content_toggle",
                             "brand_organic_toggle", "is_aigc"}) {
        const QJsonValue v = info.value(QLatin1String(flag));
        if (!v.isUndefined() && !v.isBool())
            return invalidParam(QStringLiteral("post_info.%1 must be a boolean.").arg(QLatin1String(flag)));
    }
    const QJsonValue cover = info.value(QStringLiteral("video_cover_timestamp_ms"));
    if (!cover.isUndefined()
        && integerField(info, QStringLiteral("video_cover_timestamp_ms")).value_or(-1) < 0)
        return invalidParam(
            QStringLiteral("post_info.video_cover_timestamp_ms must be a non-negative integer."));
    upload->title = title.toString();
    upload->privacyLevel = privacy.toString();
    return std::nullopt;
}

} // namespace

HttpResponse TikTokSimulator::initUpload(const HttpRequest &request, bool inbox)
{
    Caller caller;
    const Access access{{inbox ? QStringLiteral("video.upload") : QStringLiteral("video.publish")},
                        inbox ? QStringLiteral("inbox_init") : QStringLiteral("video_init"),
                        6,
                        true};
    if (auto denied = admit(request, access, &caller))
        return *denied;
    const auto body = request.json();
    if (!body)
        return invalidParam(QStringLiteral("The request body must be a JSON object."));
    Upload upload;
    if (!inbox) {
        if (auto error = checkPostInfo(*body, &upload))
            return *error;
    }
    const QJsonObject source = body->value(QStringLiteral("source_info")).toObject();
    if (source.value(QStringLiteral("source")).toString() != QLatin1String("FILE_UPLOAD"))
        return invalidParam(QStringLiteral("source_info.source must be FILE_UPLOAD."));
    if (const QString error = checkChunkPlan(source, &upload.plan); !error.isEmpty())
        return invalidParam(error);
    if (takeFault(FaultRule::Action::QuotaExhausted, request)
        || (!inbox && !d->takePostSlot(caller.grant.subject, now())))
        return apiError(403, QStringLiteral("spam_risk_too_many_posts"),
                        QStringLiteral("The creator has reached the daily post limit. Try again tomorrow."));

    upload.publishId = QStringLiteral("v_pub_file~v2-1.") + randomDigits(19);
    upload.uploadId = OAuthGrants::randomToken(12);
    upload.uploadToken = OAuthGrants::randomToken(24);
    upload.openId = caller.grant.subject;
    upload.inbox = inbox;
    upload.hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    upload.createdAt = now();
    upload.urlExpiresAt = now().addSecs(kUploadUrlTtl);
    const QString uploadUrl = context().baseUrl + QStringLiteral("/tiktok/upload/?upload_id=")
        + upload.uploadId + QStringLiteral("&upload_token=") + upload.uploadToken;
    {
        std::lock_guard lock(d->mutex);
        d->uploads.insert(upload.publishId, upload);
        d->publishByUploadId.insert(upload.uploadId, upload.publishId);
    }
    return success(QJsonObject{{QStringLiteral("publish_id"), upload.publishId},
                               {QStringLiteral("upload_url"), uploadUrl}});
}

namespace {

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$"));
    const auto m = re.match(QString::fromLatin1(value.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    return ContentRange{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
}

// Why the PUT's headers are unacceptable (400), empty when they are fine.
QString uploadHeaderError(const HttpRequest &request, const Upload &upload, ContentRange *range)
{
    static const QList<QByteArray> types{"video/mp4", "video/quicktime", "video/webm"};
    if (!types.contains(mediaType(request)))
        return QStringLiteral("Content-Type must be video/mp4, video/quicktime or video/webm.");
    bool ok = false;
    if (request.header("content-length").trimmed().toLongLong(&ok) != request.body.size() || !ok)
        return QStringLiteral("Content-Length is missing or does not match the body.");
    const auto parsed = parseContentRange(request.header("content-range"));
    if (!parsed || parsed->first > parsed->last)
        return QStringLiteral("Content-Range must be \"bytes FIRST-LAST/TOTAL\".");
    if (parsed->total != upload.plan.videoSize)
        return QStringLiteral("Content-Range TOTAL must equal video_size (%1).").arg(upload.plan.videoSize);
    if (parsed->last - parsed->first + 1 != request.body.size())
        return QStringLiteral("Content-Range does not match the number of bytes sent.");
    *range = *parsed;
    return {};
}

HttpResponse uploadError(int status, const QString &message)
{
    return apiError(status, QStringLiteral("invalid_param"), message);
}

} // namespace

HttpResponse TikTokSimulator::handleUpload(const HttpRequest &request)
{
    std::unique_lock lock(d->mutex);
    const QString publishId = d->publishByUploadId.value(request.queryValue(QStringLiteral("upload_id")));
    const auto it = d->uploads.find(publishId);
    if (publishId.isEmpty() || it == d->uploads.end()
        || it->uploadToken != request.queryValue(QStringLiteral("upload_token")))
        return uploadError(404, QStringLiteral("No upload task for this URL."));
    Upload &upload = *it;
    if (now() >= upload.urlExpiresAt || takeFault(FaultRule::Action::UploadUrlExpired, request))
        return uploadError(403, QStringLiteral("The upload URL has expired; initialize the post again."));
    ContentRange range;
    if (const QString error = uploadHeaderError(request, upload, &range); !error.isEmpty())
        return uploadError(400, error);

    const int index = upload.receivedChunks;
    const bool last = index == upload.plan.chunks - 1;
    const qint64 first = index * upload.plan.chunkSize;
    if (upload.complete || range.first != first
        || range.last != (last ? upload.plan.videoSize - 1 : first + upload.plan.chunkSize - 1)) {
        HttpResponse mismatch = uploadError(
            416,
            QStringLiteral(
                "Content-Range does not match the upload progress: expected chunk %1 of %2 at byte %3.")
                .arg(index + 1)
                .arg(upload.plan.chunks)
                .arg(first));
        return mismatch.withHeader("Content-Range", "bytes */" + QByteArray::number(upload.plan.videoSize));
    }
    if (upload.hash)
        upload.hash->addData(request.body);
    upload.receivedBytes += request.body.size();
    upload.receivedChunks += 1;
    if (!last)
        return HttpResponse::empty(206);
    upload.complete = true;
    upload.completedAt = now();
    upload.sha256 = upload.hash ? QString::fromLatin1(upload.hash->result().toHex()) : QString();
    upload.hash.reset();
    if (const auto fault = takeFault(FaultRule::Action::ProcessingFailed, request))
        upload.failReason = fault->reason.isEmpty() ? kDefaultFailReason : fault->reason;
    return HttpResponse::empty(201);
}

HttpResponse TikTokSimulator::handleStatus(const HttpRequest &request)
{
    Caller caller;
    const Access access{{QStringLiteral("video.publish"), QStringLiteral("video.upload")},
                        QStringLiteral("status"),
                        30,
                        true};
    if (auto denied = admit(request, access, &caller))
        return *denied;
    const auto body = request.json();
    const QString publishId = body ? body->value(QStringLiteral("publish_id")).toString() : QString();
    if (publishId.isEmpty())
        return invalidParam(QStringLiteral("publish_id is required."));
    std::lock_guard lock(d->mutex);
    d->advance(now());
    const auto it = d->uploads.constFind(publishId);
    if (it == d->uploads.cend() || it->openId != caller.grant.subject)
        return invalidParam(QStringLiteral("publish_id \"%1\" does not exist.").arg(publishId));
    QJsonObject data{{QStringLiteral("status"), it->status(now())},
                     {QStringLiteral("uploaded_bytes"), it->receivedBytes},
                     {QStringLiteral("publicaly_available_post_id"),
                      it->postId.isEmpty() ? QJsonArray{} : QJsonArray{it->postId}}};
    if (data.value(QStringLiteral("status")).toString() == QLatin1String("FAILED"))
        data.insert(QStringLiteral("fail_reason"), it->failReason);
    return success(data);
}

HttpResponse TikTokSimulator::handleVideoList(const HttpRequest &request)
{
    Caller caller;
    if (auto denied = admit(request, {{QStringLiteral("video.list")}, {}, 0, true}, &caller))
        return *denied;
    QStringList fields;
    if (const QString error = parseFields(request, videoFields(), &fields); !error.isEmpty())
        return invalidParam(error);
    const auto body = request.json();
    if (!body)
        return invalidParam(QStringLiteral("The request body must be a JSON object."));
    const qint64 maxCount = body->contains(QStringLiteral("max_count"))
        ? integerField(*body, QStringLiteral("max_count")).value_or(0)
        : kDefaultListCount;
    if (maxCount < 1 || maxCount > kMaxListCount)
        return invalidParam(QStringLiteral("max_count must be an integer between 1 and 20."));
    const qint64 cursor = body->contains(QStringLiteral("cursor"))
        ? integerField(*body, QStringLiteral("cursor")).value_or(-1)
        : 0;
    if (cursor < 0)
        return invalidParam(QStringLiteral("cursor must be a non-negative integer."));

    // Newest first; the cursor is the create time (ms) of the last video already seen.
    std::lock_guard lock(d->mutex);
    d->advance(now());
    QJsonArray videos;
    qint64 nextCursor = cursor;
    bool hasMore = false;
    for (qsizetype i = d->posts.size() - 1; i >= 0; --i) {
        const Post &post = d->posts.at(i);
        if (post.openId != caller.grant.subject
            || (cursor > 0 && post.publishedAt.toMSecsSinceEpoch() >= cursor))
            continue;
        if (videos.size() == maxCount) {
            hasMore = true;
            break;
        }
        videos.append(videoJson(post, fields, now()));
        nextCursor = post.publishedAt.toMSecsSinceEpoch();
    }
    return success(QJsonObject{{QStringLiteral("videos"), videos},
                               {QStringLiteral("cursor"), nextCursor},
                               {QStringLiteral("has_more"), hasMore}});
}

HttpResponse TikTokSimulator::handleVideoQuery(const HttpRequest &request)
{
    Caller caller;
    if (auto denied = admit(request, {{QStringLiteral("video.list")}, {}, 0, true}, &caller))
        return *denied;
    QStringList fields;
    if (const QString error = parseFields(request, videoFields(), &fields); !error.isEmpty())
        return invalidParam(error);
    const auto body = request.json();
    const QJsonArray ids = body
        ? body->value(QStringLiteral("filters")).toObject().value(QStringLiteral("video_ids")).toArray()
        : QJsonArray{};
    const bool allStrings
        = std::all_of(ids.begin(), ids.end(), [](const QJsonValue &v) { return v.isString(); });
    if (ids.isEmpty() || ids.size() > kMaxListCount || !allStrings)
        return invalidParam(QStringLiteral("filters.video_ids must list 1 to 20 video ids (strings)."));
    std::lock_guard lock(d->mutex);
    d->advance(now());
    QJsonArray videos;
    for (const Post &post : std::as_const(d->posts)) {
        if (post.openId == caller.grant.subject && ids.contains(QJsonValue(post.postId)))
            videos.append(videoJson(post, fields, now()));
    }
    return success(QJsonObject{{QStringLiteral("videos"), videos},
                               {QStringLiteral("cursor"), 0},
                               {QStringLiteral("has_more"), false}});
}

QJsonObject TikTokSimulator::saveState() const
{
    std::lock_guard lock(d->mutex);
    QJsonArray uploads;
    for (const Upload &u : std::as_const(d->uploads))
        uploads.append(u.toJson());
    QJsonArray posts;
    for (const Post &p : std::as_const(d->posts))
        posts.append(p.toJson());
    return QJsonObject{{QStringLiteral("grants"), d->grants.save()},
                       {QStringLiteral("uploads"), uploads},
                       {QStringLiteral("posts"), posts},
                       {QStringLiteral("direct_inits"), timesJson(d->directInits)}};
}

void TikTokSimulator::loadState(const QJsonObject &state)
{
    d->grants.load(state.value(QStringLiteral("grants")).toObject());
    std::lock_guard lock(d->mutex);
    d->uploads.clear();
    d->publishByUploadId.clear();
    d->posts.clear();
    d->directInits.clear();
    d->rateWindows.clear();
    for (const auto &v : state.value(QStringLiteral("uploads")).toArray()) {
        const Upload u = Upload::fromJson(v.toObject());
        d->uploads.insert(u.publishId, u);
        d->publishByUploadId.insert(u.uploadId, u.publishId);
    }
    for (const auto &v : state.value(QStringLiteral("posts")).toArray())
        d->posts.append(Post::fromJson(v.toObject()));
    const QJsonObject inits = state.value(QStringLiteral("direct_inits")).toObject();
    for (auto it = inits.begin(); it != inits.end(); ++it) {
        for (const auto &t : it.value().toArray())
            d->directInits[it.key()].append(timeFrom(t));
    }
}

QJsonObject TikTokSimulator::worldView() const
{
    std::lock_guard lock(d->mutex);
    d->advance(now());
    QJsonArray uploads;
    for (const Upload &u : std::as_const(d->uploads)) {
        uploads.append(QJsonObject{
            {QStringLiteral("publish_id"), u.publishId},
            {QStringLiteral("video_size"), u.plan.videoSize},
            {QStringLiteral("received_bytes"), u.receivedBytes},
            {QStringLiteral("sha256"), u.sha256},
            {QStringLiteral("complete"), u.complete},
            {QStringLiteral("status"), u.status(now())},
            {QStringLiteral("kind"), u.inbox ? QStringLiteral("inbox") : QStringLiteral("direct")},
            {QStringLiteral("title"), u.title},
            {QStringLiteral("privacy_level"), u.privacyLevel},
        });
    }
    QJsonArray posts;
    for (const Post &p : std::as_const(d->posts)) {
        posts.append(QJsonObject{{QStringLiteral("post_id"), p.postId},
                                 {QStringLiteral("publish_id"), p.publishId},
                                 {QStringLiteral("title"), p.title},
                                 {QStringLiteral("published_at"), isoTime(p.publishedAt)}});
    }
    return QJsonObject{{QStringLiteral("uploads"), uploads}, {QStringLiteral("posts"), posts}};
}

void TikTokSimulator::tick()
{
    std::lock_guard lock(d->mutex);
    d->advance(now());
}

} // namespace travelflow::sandbox
