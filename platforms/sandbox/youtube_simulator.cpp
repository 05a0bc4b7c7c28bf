#include "youtube_simulator.h"

#include "audience_script.h"
#include "json_text.h"
#include "oauth_grants.h"
#include "sandbox_endpoints.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <mutex>

namespace travelflow::sandbox {

namespace {

const QString kScopeUpload = QStringLiteral("https://www.googleapis.com/auth/youtube.upload");
const QString kScopeForceSsl = QStringLiteral("https://www.googleapis.com/auth/youtube.force-ssl");
const QString kScopeReadonly = QStringLiteral("https://www.googleapis.com/auth/youtube.readonly");
const QString kScopeManage = QStringLiteral("https://www.googleapis.com/auth/youtube");

const QString kChannelId = QStringLiteral("UCsandboxTravellerChan01");
const QString kChannelTitle = QStringLiteral("Sandbox Traveller");

constexpr int kAccessTtlSeconds = 3599;
// Google drops refresh tokens unused for six months; a published app's do not expire otherwise.
constexpr int kRefreshTtlSeconds = 180 * 24 * 3600;
constexpr int kCodeTtlSeconds = 600;
constexpr qint64 kChunkGranularity = 262144;
constexpr qint64 kMaxUploadBytes = 256LL * 1024 * 1024 * 1024;
constexpr qint64 kSessionTtlSeconds = qint64{7} * 24 * 3600;
constexpr int kDailyUnits = 10000;
constexpr int kDailyUploads = 100;
constexpr int kViewsPerMinute = 53;
constexpr int kRepliesInThread = 5;
constexpr int kMaxCommentChars = 10000;
constexpr int kAudienceReplyDelaySeconds = 300;

// Assignable video categories (snippet.categoryId); 19 is Travel & Events, 22 the default.
const QStringList kCategories{
    QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("10"), QStringLiteral("15"),
    QStringLiteral("17"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("22"),
    QStringLiteral("23"), QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("26"),
    QStringLiteral("27"), QStringLiteral("28"), QStringLiteral("29"),
};

struct VideoMeta
{
    QString title;
    QString description;
    QStringList tags;
    QString categoryId = QStringLiteral("22");
    QString privacyStatus = QStringLiteral("public");
    QDateTime publishAt;
    std::optional<bool> madeForKids;
    std::optional<bool> syntheticMedia;
};

struct Upload
{
    QString id;
    QString subject;
    QString contentType;
    QStringList parts;
    qint64 total = 0;
    qint64 received = 0;
    std::shared_ptr<QCryptographicHash> hash; // null once complete, or when lost by a restart
    QString sha256;
    bool complete = false;
    QString videoId;
    QDateTime createdAt;
    QDateTime expiresAt;
    VideoMeta meta;
};

struct Video
{
    QString id;
    QString uploadId;
    QString sha256;
    qint64 size = 0;
    VideoMeta meta;
    QDateTime uploadedAt;
    QString failureReason; // empty when processing succeeded
    int audienceComments = 0;
    int audienceReplies = 0;
    QStringList audienceIds; // top-level audience comments, by script index
};

struct Comment
{
    QString id;
    QString videoId;
    QString parentId; // empty for a top-level comment (its id is also the thread's id)
    QString author;
    QString authorChannelId;
    QString text;
    QDateTime publishedAt;
    int likeCount = 0;
    bool byOwner = false;
    qint64 seq = 0;
    // Its JSON text (plain, html), made once: a stored comment never changes.
    mutable std::array<QByteArray, 2> jsonText;
};

// ---- small helpers ----------------------------------------------------------------------------

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString saveTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime loadTime(const QJsonValue &v)
{
    return v.toString().isEmpty() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

QString base64Url(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString etagOf(const QByteArray &data)
{
    return base64Url(QCryptographicHash::hash(data, QCryptographicHash::Md5));
}

// A list's etag from its items' own etags: it changes when any item does, like the real
// one, without serialising the whole list a second time.
QString listEtagOf(const QStringList &etags)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QString &etag : etags)
        hash.addData(etag.toUtf8());
    return base64Url(hash.result());
}

QString listEtagOf(const QJsonArray &items)
{
    QStringList etags;
    for (const auto &item : items)
        etags.append(item.toObject().value(QStringLiteral("etag")).toString());
    return listEtagOf(etags);
}

QString channelIdOf(const QString &author)
{
    return QString(
        QStringLiteral("UC")
        + base64Url(QCryptographicHash::hash(author.toUtf8(), QCryptographicHash::Sha256)).left(22));
}

bool hasAngleBrackets(const QString &s)
{
    return s.contains(QLatin1Char('<')) || s.contains(QLatin1Char('>'));
}

bool contentTypeIs(const HttpRequest &request, const QByteArray &mime)
{
    const QByteArray type = request.header("content-type").trimmed().toLower();
    return type == mime || type.startsWith(QByteArray(mime + ';'));
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &item : value.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    }
    return out;
}

QTimeZone pacificZone()
{
    const QTimeZone zone(QByteArrayLiteral("America/Los_Angeles"));
    return zone.isValid() ? zone : QTimeZone(-8 * 3600);
}

// ---- error shapes -----------------------------------------------------------------------------

// The Data API's error shape: {"error":{"code","message","errors":[{message,domain,reason}]}}.
HttpResponse apiError(int status, const QString &reason, const QString &message,
                      const QString &domain = QStringLiteral("global"), const QString &location = {},
                      const QString &locationType = QStringLiteral("parameter"))
{
    QJsonObject item{{QStringLiteral("message"), message},
                     {QStringLiteral("domain"), domain},
                     {QStringLiteral("reason"), reason}};
    if (!location.isEmpty()) {
        item.insert(QStringLiteral("location"), location);
        item.insert(QStringLiteral("locationType"), locationType);
    }
    return HttpResponse::json(status,
                              QJsonObject{{QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("code"), status},
                                                       {QStringLiteral("message"), message},
                                                       {QStringLiteral("errors"), QJsonArray{item}}}}});
}

HttpResponse authError(const QString &message)
{
    HttpResponse r = apiError(401, QStringLiteral("authError"), message, QStringLiteral("global"),
                              QStringLiteral("Authorization"), QStringLiteral("header"));
    r.withHeader("WWW-Authenticate",
                 "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    return r;
}

HttpResponse requiredError(const QString &name, const QString &locationType = QStringLiteral("parameter"))
{
    return apiError(400, QStringLiteral("required"), QStringLiteral("Required parameter: %1").arg(name),
                    QStringLiteral("global"), name, locationType);
}

HttpResponse badRequest(const QString &message, const QString &location = {},
                        const QString &locationType = QStringLiteral("parameter"))
{
    return apiError(400, QStringLiteral("badRequest"), message, QStringLiteral("global"), location,
                    locationType);
}

HttpResponse invalidParameter(const QString &name, const QString &message)
{
    return apiError(400, QStringLiteral("invalidParameter"), message, QStringLiteral("global"), name);
}

HttpResponse missingFilter(const QString &expected)
{
    return apiError(400, QStringLiteral("missingRequiredParameter"),
                    QStringLiteral("No filter selected. Expected one of: %1").arg(expected),
                    QStringLiteral("youtube.parameter"));
}

HttpResponse incompatibleFilters(const QString &which)
{
    return apiError(400, QStringLiteral("incompatibleParameters"),
                    QStringLiteral("Only one of these filters may be used at a time: %1").arg(which),
                    QStringLiteral("youtube.parameter"));
}

HttpResponse quotaExceeded()
{
    return apiError(403, QStringLiteral("quotaExceeded"),
                    QStringLiteral("The request cannot be completed because you have exceeded your "
                                   "<a href=\"/youtube/v3/getting-started#quota\">quota</a>."),
                    QStringLiteral("youtube.quota"));
}

HttpResponse videoError(const QString &reason, const QString &message)
{
    return apiError(400, reason, message, QStringLiteral("youtube.video"));
}

HttpResponse parseError(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type");
    return apiError(
        400, QStringLiteral("parseError"),
        type.isEmpty() || contentTypeIs(request, "application/json")
            ? QStringLiteral("Parse Error: the body is not a JSON object.")
            : QStringLiteral("This API does not support parsing %1 input.").arg(QString::fromLatin1(type)));
}

// The OAuth endpoints' flat shape: {"error","error_description"}.
HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(
        status,
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

// What accounts.google.com shows the user instead of redirecting.
HttpResponse errorPage(int status, const QString &error, const QString &details)
{
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><title>Error %1: %2</title></head><body>"
                                        "<h1>Access blocked: this app's request is invalid</h1>"
                                        "<p>Error %1: %2</p><p>%3</p></body></html>")
                             .arg(QString::number(status), error, details.toHtmlEscaped());
    HttpResponse r = HttpResponse::text(status, html.toUtf8());
    r.contentType = "text/html; charset=UTF-8";
    return r;
}

// ---- request parameters -----------------------------------------------------------------------

std::optional<HttpResponse> parseParts(const HttpRequest &request, const QStringList &allowed,
                                       QStringList *parts)
{
    const QString raw = request.queryValue(QStringLiteral("part")).trimmed();
    if (raw.isEmpty())
        return requiredError(QStringLiteral("part"));
    parts->clear();
    for (const QString &item : raw.split(QLatin1Char(','))) {
        const QString part = item.trimmed();
        if (!allowed.contains(part))
            return apiError(400, QStringLiteral("unknownPart"), QStringLiteral("'%1'").arg(part),
                            QStringLiteral("youtube.part"), QStringLiteral("part"));
        parts->append(part);
    }
    return std::nullopt;
}

std::optional<HttpResponse> parseMaxResults(const HttpRequest &request, int *maxResults)
{
    *maxResults = 20;
    if (!request.hasQuery(QStringLiteral("maxResults")))
        return std::nullopt;
    const QString raw = request.queryValue(QStringLiteral("maxResults"));
    bool ok = false;
    const int value = raw.toInt(&ok);
    if (!ok || value < 1 || value > 100)
        return invalidParameter(
            QStringLiteral("maxResults"),
            QStringLiteral("Invalid value '%1'. Values must be within the range: [1, 100]").arg(raw));
    *maxResults = value;
    return std::nullopt;
}

std::optional<HttpResponse> parseTextFormat(const HttpRequest &request, bool *html)
{
    const QString format = request.hasQuery(QStringLiteral("textFormat"))
        ? request.queryValue(QStringLiteral("textFormat"))
        : QStringLiteral("html");
    if (format != QLatin1String("html") && format != QLatin1String("plainText"))
        return invalidParameter(
            QStringLiteral("textFormat"),
            QStringLiteral("Invalid value '%1' for textFormat: expected html or plainText").arg(format));
    *html = format == QLatin1String("html");
    return std::nullopt;
}

// ---- paging -----------------------------------------------------------------------------------

// Page tokens name the last item served, so comments that arrive between two pages never
// make an item appear twice. `listKey` binds a token to the list (filter and order) it
// came from.
QString makePageToken(const QString &listKey, const QString &lastId)
{
    return base64Url(QString(QStringLiteral("v1\n") + listKey + QLatin1Char('\n') + lastId).toUtf8());
}

struct Page
{
    QList<const Comment *> items;
    QString nextPageToken;
};

// `rank` (optional): where each id sits in `all`, so a token is found without a scan.
// The id of the item a page token continues after: empty for the first page, nullopt
// when the token is not one of this list's.
std::optional<QString> tokenCursor(const QString &token, const QString &listKey)
{
    if (token.isEmpty())
        return QString();
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList fields = QString::fromUtf8(*decoded).split(QLatin1Char('\n'));
    if (fields.size() != 3 || fields.at(0) != QLatin1String("v1") || fields.at(1) != listKey)
        return std::nullopt;
    return fields.at(2);
}

std::optional<Page> paginate(const QList<const Comment *> &all, const QString &listKey, const QString &token,
                             int maxResults)
{
    const auto after = tokenCursor(token, listKey);
    if (!after)
        return std::nullopt;
    qsizetype start = 0;
    if (!after->isEmpty()) {
        const auto it
            = std::find_if(all.cbegin(), all.cend(), [&](const Comment *c) { return c->id == *after; });
        if (it == all.cend())
            return std::nullopt;
        start = std::distance(all.cbegin(), it) + 1;
    }
    Page page;
    page.items = all.mid(start, maxResults);
    if (start + maxResults < all.size())
        page.nextPageToken = makePageToken(listKey, page.items.last()->id);
    return page;
}

// The same over a list kept in order elsewhere (`order`: positions in `comments`; `rank`:
// id -> place in `order`), without copying it: a channel with 100,000 threads is paged
// a thousand times.
std::optional<Page> paginate(const QList<Comment> &comments, const QList<qsizetype> &order,
                             const QHash<QString, qsizetype> &rank, const QString &listKey,
                             const QString &token, int maxResults)
{
    const auto after = tokenCursor(token, listKey);
    if (!after)
        return std::nullopt;
    qsizetype start = 0;
    if (!after->isEmpty()) {
        const auto found = rank.constFind(*after);
        if (found == rank.cend())
            return std::nullopt;
        start = *found + 1;
    }
    Page page;
    for (qsizetype k = start; k < std::min(order.size(), start + maxResults); ++k)
        page.items.append(&comments.at(order.at(k)));
    if (start + maxResults < order.size())
        page.nextPageToken = makePageToken(listKey, page.items.last()->id);
    return page;
}

HttpResponse invalidPageToken()
{
    return apiError(400, QStringLiteral("invalidPageToken"),
                    QStringLiteral("The request specifies an invalid page token."),
                    QStringLiteral("youtube.parameter"), QStringLiteral("pageToken"));
}

// ---- video resource -----------------------------------------------------------------------------

// Validates the resource of a resumable session start as videos.insert does.
std::optional<HttpResponse> parseVideoResource(const QJsonObject &body, const QStringList &parts,
                                               const QDateTime &now, VideoMeta *meta)
{
    const QJsonObject snippet = parts.contains(QLatin1String("snippet"))
        ? body.value(QStringLiteral("snippet")).toObject()
        : QJsonObject();
    const QJsonValue title = snippet.value(QStringLiteral("title"));
    if (!title.isString() || title.toString().trimmed().isEmpty())
        return videoError(QStringLiteral("invalidTitle"),
                          QStringLiteral("The request metadata specifies an invalid or empty video title "
                                         "(snippet.title is required)."));
    meta->title = title.toString();
    if (codePoints(meta->title) > 100)
        return videoError(QStringLiteral("invalidTitle"),
                          QStringLiteral("The video title has %1 characters; at most 100 are allowed.")
                              .arg(codePoints(meta->title)));
    if (hasAngleBrackets(meta->title))
        return videoError(QStringLiteral("invalidTitle"),
                          QStringLiteral("The video title must not contain '<' or '>'."));

    const QJsonValue description = snippet.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        return videoError(QStringLiteral("invalidDescription"),
                          QStringLiteral("snippet.description must be a string."));
    meta->description = description.toString();
    const qsizetype descriptionBytes = meta->description.toUtf8().size();
    if (descriptionBytes > 5000)
        return videoError(QStringLiteral("invalidDescription"),
                          QStringLiteral("The video description is %1 bytes long (UTF-8); at most 5000 are "
                                         "allowed.")
                              .arg(descriptionBytes));
    if (hasAngleBrackets(meta->description))
        return videoError(QStringLiteral("invalidDescription"),
                          QStringLiteral("The video description must not contain '<' or '>'."));

    const QJsonValue tags = snippet.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isNull()) {
        if (!tags.isArray())
            return videoError(QStringLiteral("invalidTags"), QStringLiteral("snippet.tags must be a list."));
        qsizetype length = 0;
        for (const auto &tag : tags.toArray()) {
            if (!tag.isString())
                return videoError(QStringLiteral("invalidTags"),
                                  QStringLiteral("Every entry of snippet.tags must be a string."));
            const QString text = tag.toString();
            // A tag with a space is counted with the quotes around it; commas separate tags.
            length += codePoints(text) + (text.contains(QLatin1Char(' ')) ? 2 : 0);
            if (!meta->tags.isEmpty())
                length += 1;
            meta->tags.append(text);
        }
        if (length > 500)
            return videoError(QStringLiteral("invalidTags"),
                              QStringLiteral("The video tags take %1 characters (commas and quotes around "
                                             "tags with spaces included); at most 500 are allowed.")
                                  .arg(length));
    }

    const QJsonValue category = snippet.value(QStringLiteral("categoryId"));
    if (!category.isUndefined() && !category.isNull()) {
        if (!category.isString() || !kCategories.contains(category.toString()))
            return videoError(QStringLiteral("invalidCategoryId"),
                              QStringLiteral("The snippet.categoryId property specifies an invalid category "
                                             "ID."));
        meta->categoryId = category.toString();
    }

    const QJsonObject status = parts.contains(QLatin1String("status"))
        ? body.value(QStringLiteral("status")).toObject()
        : QJsonObject();
    const QJsonValue privacy = status.value(QStringLiteral("privacyStatus"));
    if (!privacy.isUndefined()) {
        static const QStringList allowed{QStringLiteral("private"), QStringLiteral("public"),
                                         QStringLiteral("unlisted")};
        if (!privacy.isString() || !allowed.contains(privacy.toString()))
            return videoError(QStringLiteral("invalidVideoMetadata"),
                              QStringLiteral("Invalid value '%1' for status.privacyStatus: expected private, "
                                             "public or unlisted.")
                                  .arg(privacy.toVariant().toString()));
        meta->privacyStatus = privacy.toString();
    }

    const QJsonValue publishAt = status.value(QStringLiteral("publishAt"));
    if (!publishAt.isUndefined() && !publishAt.isNull()) {
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
        const QString text = publishAt.toString();
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!publishAt.isString() || !iso.match(text).hasMatch() || !when.isValid())
            return videoError(QStringLiteral("invalidPublishAt"),
                              QStringLiteral("status.publishAt '%1' is not an ISO 8601 date-time with a time "
                                             "zone.")
                                  .arg(publishAt.toVariant().toString()));
        if (meta->privacyStatus != QLatin1String("private"))
            return videoError(QStringLiteral("invalidPublishAt"),
                              QStringLiteral("status.publishAt can only be set when status.privacyStatus is "
                                             "private."));
        if (when <= now)
            return videoError(QStringLiteral("invalidPublishAt"),
                              QStringLiteral("status.publishAt must be in the future."));
        meta->publishAt = when.toUTC();
    }

    for (const char *name : {"selfDeclaredMadeForKids", "containsSyntheticMedia"}) {
        const QJsonValue flag = status.value(QLatin1String(name));
        if (flag.isUndefined() || flag.isNull())
            continue;
        if (!flag.isBool())
            return videoError(QStringLiteral("invalidVideoMetadata"),
                              QStringLiteral("status.%1 must be true or false.").arg(QLatin1String(name)));
        (qstrcmp(name, "selfDeclaredMadeForKids") == 0 ? meta->madeForKids : meta->syntheticMedia)
            = flag.toBool();
    }
    return std::nullopt;
}

QJsonObject metaJson(const VideoMeta &m)
{
    QJsonObject o{{QStringLiteral("title"), m.title},
                  {QStringLiteral("description"), m.description},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)},
                  {QStringLiteral("category_id"), m.categoryId},
                  {QStringLiteral("privacy_status"), m.privacyStatus},
                  {QStringLiteral("publish_at"), saveTime(m.publishAt)}};
    if (m.madeForKids)
        o.insert(QStringLiteral("made_for_kids"), *m.madeForKids);
    if (m.syntheticMedia)
        o.insert(QStringLiteral("synthetic_media"), *m.syntheticMedia);
    return o;
}

VideoMeta metaFrom(const QJsonObject &o)
{
    VideoMeta m;
    m.title = o.value(QStringLiteral("title")).toString();
    m.description = o.value(QStringLiteral("description")).toString();
    for (const auto &t : o.value(QStringLiteral("tags")).toArray())
        m.tags.append(t.toString());
    m.categoryId = o.value(QStringLiteral("category_id")).toString(QStringLiteral("22"));
    m.privacyStatus = o.value(QStringLiteral("privacy_status")).toString(QStringLiteral("private"));
    m.publishAt = loadTime(o.value(QStringLiteral("publish_at")));
    if (o.value(QStringLiteral("made_for_kids")).isBool())
        m.madeForKids = o.value(QStringLiteral("made_for_kids")).toBool();
    if (o.value(QStringLiteral("synthetic_media")).isBool())
        m.syntheticMedia = o.value(QStringLiteral("synthetic_media")).toBool();
    return m;
}

// Replies by viewers under every third audience comment, in the replier's language.
QString audienceReplyText(const QString &language, int index)
{
    static const QStringList english{
        QStringLiteral("Same question here, please share the price!"),
        QStringLiteral("We went last year, totally worth it."),
        QStringLiteral("Following, I want to know too."),
    };
    static const QStringList russian{
        QStringLiteral("Тоже интересно, напишите, пожалуйста!"),
        QStringLiteral("Были там прошлым летом, очень советуем!"),
        QStringLiteral("Присоединяюсь к вопросу."),
    };
    const QStringList &lines = language == QLatin1String("ru") ? russian : english;
    return lines.at(index % lines.size());
}

} // namespace

// ---- state and handlers -----------------------------------------------------------------------

// Everything the simulated YouTube knows, and the handlers that read and change it. Guarded
// by `mutex` (OAuthGrants and FaultInjector have their own locks).
class YouTubeSimulator::State
{
public:
    explicit State(YouTubeSimulator &owner) : q(owner) { }

    YouTubeSimulator &q;
    mutable std::mutex mutex;
    OAuthGrants grants;
    QSet<QString> offlineCodes; // codes approved with access_type=offline (never persisted)
    QMap<QString, Upload> uploads;
    QList<Video> videos;
    QList<Comment> comments;
    // Lookups a big inbox sync needs on every page (100,000 comments: scanning them per
    // thread made the simulator, not the app, the slow part of the benchmark).
    QHash<QString, qsizetype> commentById; // id -> position in `comments`
    QHash<QString, QList<qsizetype>> repliesByParent; // parent id -> positions, oldest first
    mutable QList<qsizetype> threadsNewestFirst; // top-level comments by time; rebuilt when stale
    mutable QHash<QString, qsizetype> threadRank; // id -> position in threadsNewestFirst
    mutable bool threadsStale = true;
    qint64 nextSeq = 1;
    QDate quotaDay;
    int usedUnits = 0;
    int uploadsUsed = 0;
    int syntheticCount = 0;

    QDateTime now() const { return q.now(); }

    // ---- shared checks ----

    bool knownClient(const QString &clientId) const
    {
        return clientId == q.context().clients.value(q.name()).clientId;
    }

    // Checks the bearer token and its scopes (any of `scopes` will do). A TokenExpired
    // fault expires the token this request carries first, as if it lapsed mid-upload.
    std::optional<HttpResponse> authenticate(const HttpRequest &request, const QStringList &scopes,
                                             OAuthGrants::Grant *grant)
    {
        const QString token = request.authorizationToken("Bearer");
        if (!token.isEmpty() && q.takeFault(FaultRule::Action::TokenExpired, request))
            grants.expireAccess(token, now());
        if (!request.hasHeader("authorization"))
            return authError(QStringLiteral("Request is missing required authentication credential. Expected "
                                            "OAuth 2 access token."));
        if (token.isEmpty())
            return authError(
                QStringLiteral("Invalid Credentials: expected 'Authorization: Bearer <token>'."));
        const OAuthGrants::Check check = grants.check(token, now(), grant);
        if (check == OAuthGrants::Check::Expired)
            return authError(
                QStringLiteral("Request had invalid authentication credentials: the access token "
                               "has expired."));
        if (check != OAuthGrants::Check::Ok)
            return authError(
                QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 "
                               "access token."));
        const bool allowed = std::any_of(scopes.cbegin(), scopes.cend(),
                                         [&](const QString &s) { return grant->scopes.contains(s); });
        if (!allowed) {
            HttpResponse r = apiError(403, QStringLiteral("insufficientPermissions"),
                                      QStringLiteral("Request had insufficient authentication scopes."));
            r.withHeader("WWW-Authenticate",
                         "Bearer realm=\"https://accounts.google.com/\", "
                         "error=\"insufficient_scope\"");
            return r;
        }
        return std::nullopt;
    }

    void rollQuotaDay()
    {
        const QDate today = now().toTimeZone(pacificZone()).date();
        if (today != quotaDay) {
            quotaDay = today;
            usedUnits = 0;
            uploadsUsed = 0;
        }
    }

    // Charges `cost` units of the daily 10,000 (caller holds the lock).
    std::optional<HttpResponse> chargeUnits(const HttpRequest &request, int cost)
    {
        rollQuotaDay();
        if (q.takeFault(FaultRule::Action::QuotaExhausted, request) || usedUnits + cost > kDailyUnits)
            return quotaExceeded();
        usedUnits += cost;
        return std::nullopt;
    }

    // videos.insert has its own bucket of calls per day; a session start is one call.
    std::optional<HttpResponse> chargeUpload(const HttpRequest &request)
    {
        rollQuotaDay();
        if (q.takeFault(FaultRule::Action::QuotaExhausted, request))
            return quotaExceeded();
        if (uploadsUsed >= kDailyUploads)
            return videoError(QStringLiteral("uploadLimitExceeded"),
                              QStringLiteral("The user has exceeded the number of videos they may upload."));
        ++uploadsUsed;
        return std::nullopt;
    }

    // ---- lookups ----

    Video *video(const QString &id)
    {
        for (Video &v : videos) {
            if (v.id == id)
                return &v;
        }
        return nullptr;
    }

    const Comment *comment(const QString &id) const
    {
        const auto it = commentById.constFind(id);
        return it == commentById.cend() ? nullptr : &comments.at(*it);
    }

    void indexComment(qsizetype position)
    {
        const Comment &c = comments.at(position);
        commentById.insert(c.id, position);
        if (c.parentId.isEmpty())
            threadsStale = true;
        else
            repliesByParent[c.parentId].append(position);
    }

    void reindexComments()
    {
        commentById.clear();
        repliesByParent.clear();
        threadsStale = true;
        for (qsizetype k = 0; k < comments.size(); ++k)
            indexComment(k);
    }

    // Every top-level comment, newest first (ties: the later one first), as the channel's
    // listing in time order serves them.
    const QList<qsizetype> &threadsByTime() const
    {
        if (threadsStale) {
            threadsNewestFirst.clear();
            for (qsizetype k = 0; k < comments.size(); ++k) {
                if (comments.at(k).parentId.isEmpty())
                    threadsNewestFirst.append(k);
            }
            std::sort(threadsNewestFirst.begin(), threadsNewestFirst.end(), [this](qsizetype a, qsizetype b) {
                const Comment &x = comments.at(a);
                const Comment &y = comments.at(b);
                return x.publishedAt != y.publishedAt ? x.publishedAt > y.publishedAt : x.seq > y.seq;
            });
            threadRank.clear();
            threadRank.reserve(threadsNewestFirst.size());
            for (qsizetype k = 0; k < threadsNewestFirst.size(); ++k)
                threadRank.insert(comments.at(threadsNewestFirst.at(k)).id, k);
            threadsStale = false;
        }
        return threadsNewestFirst;
    }

    QList<const Comment *> repliesTo(const QString &parentId) const
    {
        QList<const Comment *> out;
        for (const qsizetype k : repliesByParent.value(parentId))
            out.append(&comments.at(k));
        std::sort(out.begin(), out.end(), [](const Comment *a, const Comment *b) {
            return a->publishedAt != b->publishedAt ? a->publishedAt < b->publishedAt : a->seq < b->seq;
        });
        return out;
    }

    QString newVideoId() const
    {
        QString id;
        do {
            id = OAuthGrants::randomToken(9).left(11);
        } while (std::any_of(videos.cbegin(), videos.cend(), [&](const Video &v) { return v.id == id; }));
        return id;
    }

    Comment &appendComment(Comment c)
    {
        if (c.id.isEmpty()) {
            c.id = c.parentId.isEmpty()
                ? QString(QStringLiteral("Ugz") + OAuthGrants::randomToken(18))
                : QString(c.parentId + QLatin1Char('.') + OAuthGrants::randomToken(16));
        }
        if (c.authorChannelId.isEmpty())
            c.authorChannelId = channelIdOf(c.author);
        c.seq = nextSeq++;
        comments.append(c);
        indexComment(comments.size() - 1);
        // Serialised now, as a server keeps its resources ready: listing a big inbox then
        // costs the simulator little, and the benchmark measures the app, not its test double.
        commentText(comments.last(), false);
        return comments.last();
    }

    int commentCount(const QString &videoId) const
    {
        return static_cast<int>(std::count_if(comments.cbegin(), comments.cend(),
                                              [&](const Comment &c) { return c.videoId == videoId; }));
    }

    qint64 views(const Video &v) const
    {
        if (!v.failureReason.isEmpty())
            return 0;
        return qMax<qint64>(0, v.uploadedAt.secsTo(now())) * kViewsPerMinute / 60;
    }

    // ---- resources ----

    QJsonObject commentJson(const Comment &c, bool html) const
    {
        QString display = c.text;
        if (html)
            display = display.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        QJsonObject snippet{
            {QStringLiteral("channelId"), kChannelId},
            {QStringLiteral("videoId"), c.videoId},
            {QStringLiteral("textDisplay"), display},
            {QStringLiteral("textOriginal"), c.text},
            {QStringLiteral("authorDisplayName"), c.author},
            {QStringLiteral("authorProfileImageUrl"),
             QString(QStringLiteral("https://yt3.ggpht.com/sandbox/") + c.authorChannelId)},
            {QStringLiteral("authorChannelUrl"),
             QString(QStringLiteral("http://www.youtube.com/channel/") + c.authorChannelId)},
            {QStringLiteral("authorChannelId"), QJsonObject{{QStringLiteral("value"), c.authorChannelId}}},
            {QStringLiteral("canRate"), true},
            {QStringLiteral("viewerRating"), QStringLiteral("none")},
            {QStringLiteral("likeCount"), c.likeCount},
            {QStringLiteral("publishedAt"), isoTime(c.publishedAt)},
            {QStringLiteral("updatedAt"), isoTime(c.publishedAt)},
        };
        if (!c.parentId.isEmpty())
            snippet.insert(QStringLiteral("parentId"), c.parentId);
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("youtube#comment")},
                           {QStringLiteral("etag"), etagOf(QString(c.id + c.text).toUtf8())},
                           {QStringLiteral("id"), c.id},
                           {QStringLiteral("snippet"), snippet}};
    }

    const QByteArray &commentText(const Comment &c, bool html) const
    {
        QByteArray &cached = c.jsonText[html ? 1 : 0];
        if (cached.isEmpty())
            cached = QJsonDocument(commentJson(c, html)).toJson(QJsonDocument::Compact);
        return cached;
    }

    struct ThreadText
    {
        QByteArray json;
        QString etag;
    };

    // A commentThread resource, assembled from its comments' cached texts.
    ThreadText threadText(const Comment &top, const QStringList &parts, bool html) const
    {
        const QList<const Comment *> replies = repliesTo(top.id);
        ThreadText out;
        out.etag = etagOf(QString(top.id + QString::number(replies.size())).toUtf8());
        JsonObjectText thread;
        thread.string("kind", QStringLiteral("youtube#commentThread"))
            .string("etag", out.etag)
            .string("id", top.id);
        if (parts.contains(QLatin1String("snippet")))
            thread.raw("snippet",
                       JsonObjectText()
                           .string("channelId", kChannelId)
                           .string("videoId", top.videoId)
                           .raw("topLevelComment", commentText(top, html))
                           .boolean("canReply", true)
                           .number("totalReplyCount", replies.size())
                           .boolean("isPublic", true)
                           .finish());
        if (parts.contains(QLatin1String("replies")) && !replies.isEmpty()) {
            QList<QByteArray> items;
            for (const Comment *reply : replies.mid(0, kRepliesInThread))
                items.append(commentText(*reply, html));
            thread.raw("replies", JsonObjectText().raw("comments", JsonObjectText::array(items)).finish());
        }
        out.json = thread.finish();
        return out;
    }

    QString uploadStatus(const Video &v, bool justUploaded) const
    {
        if (justUploaded)
            return QStringLiteral("uploaded");
        return v.failureReason.isEmpty() ? QStringLiteral("processed") : QStringLiteral("failed");
    }

    QJsonObject videoJson(const Video &v, const QStringList &parts, bool justUploaded) const
    {
        QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtube#video")},
                        {QStringLiteral("etag"), etagOf(QString(v.id + v.meta.privacyStatus).toUtf8())},
                        {QStringLiteral("id"), v.id}};
        if (parts.contains(QLatin1String("snippet"))) {
            const QString thumb = QStringLiteral("https://i.ytimg.com/vi/%1/default.jpg").arg(v.id);
            QJsonObject snippet{
                {QStringLiteral("publishedAt"), isoTime(v.uploadedAt)},
                {QStringLiteral("channelId"), kChannelId},
                {QStringLiteral("title"), v.meta.title},
                {QStringLiteral("description"), v.meta.description},
                {QStringLiteral("thumbnails"),
                 QJsonObject{{QStringLiteral("default"),
                              QJsonObject{{QStringLiteral("url"), thumb},
                                          {QStringLiteral("width"), 120},
                                          {QStringLiteral("height"), 90}}}}},
                {QStringLiteral("channelTitle"), kChannelTitle},
                {QStringLiteral("categoryId"), v.meta.categoryId},
                {QStringLiteral("liveBroadcastContent"), QStringLiteral("none")},
                {QStringLiteral("localized"),
                 QJsonObject{{QStringLiteral("title"), v.meta.title},
                             {QStringLiteral("description"), v.meta.description}}},
            };
            if (!v.meta.tags.isEmpty())
                snippet.insert(QStringLiteral("tags"), QJsonArray::fromStringList(v.meta.tags));
            out.insert(QStringLiteral("snippet"), snippet);
        }
        if (parts.contains(QLatin1String("status"))) {
            QJsonObject status{{QStringLiteral("uploadStatus"), uploadStatus(v, justUploaded)},
                               {QStringLiteral("privacyStatus"), v.meta.privacyStatus},
                               {QStringLiteral("license"), QStringLiteral("youtube")},
                               {QStringLiteral("embeddable"), true},
                               {QStringLiteral("publicStatsViewable"), true},
                               {QStringLiteral("madeForKids"), v.meta.madeForKids.value_or(false)}};
            if (!justUploaded && !v.failureReason.isEmpty())
                status.insert(QStringLiteral("failureReason"), v.failureReason);
            if (v.meta.publishAt.isValid())
                status.insert(QStringLiteral("publishAt"), isoTime(v.meta.publishAt));
            if (v.meta.madeForKids)
                status.insert(QStringLiteral("selfDeclaredMadeForKids"), *v.meta.madeForKids);
            if (v.meta.syntheticMedia)
                status.insert(QStringLiteral("containsSyntheticMedia"), *v.meta.syntheticMedia);
            out.insert(QStringLiteral("status"), status);
        }
        if (parts.contains(QLatin1String("statistics"))) {
            const qint64 viewCount = views(v);
            out.insert(QStringLiteral("statistics"),
                       QJsonObject{{QStringLiteral("viewCount"), QString::number(viewCount)},
                                   {QStringLiteral("likeCount"), QString::number(viewCount / 25)},
                                   {QStringLiteral("favoriteCount"), QStringLiteral("0")},
                                   {QStringLiteral("commentCount"), QString::number(commentCount(v.id))}});
        }
        if (parts.contains(QLatin1String("processingDetails"))) {
            QJsonObject details{
                {QStringLiteral("processingStatus"),
                 v.failureReason.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed")}};
            if (!v.failureReason.isEmpty())
                details.insert(QStringLiteral("processingFailureReason"), QStringLiteral("transcodeFailed"));
            out.insert(QStringLiteral("processingDetails"), details);
        }
        return out;
    }

    // ---- OAuth ----

    HttpResponse handleAuthorize(const HttpRequest &request)
    {
        const QString clientId = request.queryValue(QStringLiteral("client_id"));
        if (clientId.isEmpty())
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing required parameter: client_id"));
        if (!knownClient(clientId))
            return errorPage(401, QStringLiteral("invalid_client"),
                             QStringLiteral("The OAuth client was not found."));
        const QString redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
        if (redirectUri.isEmpty())
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing required parameter: redirect_uri"));
        const QUrl redirect(redirectUri, QUrl::StrictMode);
        static const QStringList loopbackHosts{QStringLiteral("127.0.0.1"), QStringLiteral("localhost"),
                                               QStringLiteral("::1")};
        if (!redirect.isValid() || redirect.scheme() != QLatin1String("http")
            || !loopbackHosts.contains(redirect.host()) || redirect.port() <= 0 || redirect.hasFragment()
            || !redirect.userInfo().isEmpty())
            return errorPage(400, QStringLiteral("redirect_uri_mismatch"),
                             QStringLiteral("Desktop apps must redirect to a loopback address with a port "
                                            "(http://127.0.0.1:<port>/...); got %1")
                                 .arg(redirectUri));
        const QString responseType = request.queryValue(QStringLiteral("response_type"));
        if (responseType.isEmpty())
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing required parameter: response_type"));
        if (responseType != QLatin1String("code"))
            return errorPage(
                400, QStringLiteral("unsupported_response_type"),
                QStringLiteral("Installed apps must use response_type=code, got %1").arg(responseType));
        const QStringList scopes = request.queryValue(QStringLiteral("scope"))
                                       .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (scopes.isEmpty())
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing required parameter: scope"));
        const QStringList known{kScopeUpload, kScopeForceSsl, kScopeReadonly, kScopeManage};
        for (const QString &scope : scopes) {
            if (!known.contains(scope))
                return errorPage(400, QStringLiteral("invalid_scope"),
                                 QStringLiteral("Some requested scopes were invalid: %1").arg(scope));
        }
        const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
        static const QRegularExpression challengeShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        if (challenge.isEmpty())
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing required parameter: code_challenge"));
        if (!challengeShape.match(challenge).hasMatch())
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("Invalid code_challenge: expected the 43-character base64url "
                                            "SHA-256 of the code verifier."));
        if (request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge_method must be S256."));
        const QString accessType = request.hasQuery(QStringLiteral("access_type"))
            ? request.queryValue(QStringLiteral("access_type"))
            : QStringLiteral("online");
        if (accessType != QLatin1String("online") && accessType != QLatin1String("offline"))
            return errorPage(
                400, QStringLiteral("invalid_request"),
                QStringLiteral("Invalid access_type: %1 (expected online or offline)").arg(accessType));

        QList<QPair<QString, QString>> answer;
        if (q.takeFault(FaultRule::Action::DenyAuthorize, request)) {
            answer.append({QStringLiteral("error"), QStringLiteral("access_denied")});
        } else {
            OAuthGrants::Code code;
            code.clientId = clientId;
            code.redirectUri = redirectUri;
            code.challenge = challenge;
            code.encoding = OAuthGrants::PkceEncoding::Base64Url;
            code.scopes = scopes;
            code.subject = kChannelId;
            code.expiresAt = now().addSecs(kCodeTtlSeconds);
            const QString value = grants.issueCode(code);
            if (accessType == QLatin1String("offline")) {
                std::lock_guard lock(mutex);
                offlineCodes.insert(value);
            }
            answer.append({QStringLiteral("code"), value});
            answer.append({QStringLiteral("scope"), scopes.join(QLatin1Char(' '))});
        }
        if (request.hasQuery(QStringLiteral("state")))
            answer.append({QStringLiteral("state"), request.queryValue(QStringLiteral("state"))});

        // Percent-encode every value ourselves: '+' in a state must not turn into a space.
        QByteArray query = redirect.query(QUrl::FullyEncoded).toLatin1();
        for (const auto &[key, value] : answer) {
            if (!query.isEmpty())
                query += '&';
            query += key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
        }
        QUrl location = redirect;
        location.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        return HttpResponse::redirect(location);
    }

    std::optional<HttpResponse> authenticateClient(const QUrlQuery &form) const
    {
        const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        if (clientId.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Could not determine client ID from request."));
        if (!knownClient(clientId))
            return oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("The OAuth client was not found."));
        const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        if (secret.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("client_secret is missing."));
        if (secret != q.context().clients.value(q.name()).clientSecret)
            return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));
        return std::nullopt;
    }

    static HttpResponse tokenAnswer(const OAuthGrants::Grant &grant, bool withRefresh)
    {
        QJsonObject out{{QStringLiteral("access_token"), grant.accessToken},
                        {QStringLiteral("expires_in"), kAccessTtlSeconds},
                        {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
        if (withRefresh && !grant.refreshToken.isEmpty())
            out.insert(QStringLiteral("refresh_token"), grant.refreshToken);
        return HttpResponse::json(200, out);
    }

    HttpResponse handleToken(const HttpRequest &request)
    {
        if (!contentTypeIs(request, "application/x-www-form-urlencoded"))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The token request must be application/x-www-form-urlencoded."));
        const QUrlQuery form = request.form();
        const auto field
            = [&](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
        const QString grantType = field("grant_type");
        if (grantType.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Missing required parameter: grant_type"));
        if (grantType != QLatin1String("authorization_code") && grantType != QLatin1String("refresh_token"))
            return oauthError(400, QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("Invalid grant_type: %1").arg(grantType));
        if (auto error = authenticateClient(form))
            return *error;
        const QString clientId = field("client_id");

        if (grantType == QLatin1String("refresh_token")) {
            const QString refreshToken = field("refresh_token");
            if (refreshToken.isEmpty())
                return oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("Missing required parameter: refresh_token"));
            // Google does not rotate refresh tokens: the old one keeps working.
            const auto grant = grants.refresh(refreshToken, clientId, now(), kAccessTtlSeconds, false);
            if (!grant)
                return oauthError(400, QStringLiteral("invalid_grant"),
                                  QStringLiteral("Token has been expired or revoked."));
            return tokenAnswer(*grant, false);
        }

        const QString code = field("code");
        if (code.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Missing required parameter: code"));
        const QString redirectUri = field("redirect_uri");
        if (redirectUri.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Missing parameter: redirect_uri"));
        const auto data = grants.redeemCode(code, now());
        bool offline = false;
        {
            std::lock_guard lock(mutex);
            offline = offlineCodes.remove(code);
        }
        if (!data)
            return oauthError(
                400, QStringLiteral("invalid_grant"),
                QStringLiteral("Malformed auth code, or the code was already used or has expired."));
        if (data->clientId != clientId)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The code was issued to another client."));
        if (data->redirectUri != redirectUri)
            return oauthError(
                400, QStringLiteral("redirect_uri_mismatch"),
                QStringLiteral("redirect_uri does not match the one of the authorization request."));
        const QString verifier = field("code_verifier");
        if (verifier.isEmpty())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Missing code verifier."));
        if (!OAuthGrants::isValidVerifier(verifier)
            || OAuthGrants::challengeFor(verifier, OAuthGrants::PkceEncoding::Base64Url) != data->challenge)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid code verifier."));
        const OAuthGrants::Grant grant = grants.issue(clientId, data->subject, data->scopes, now(),
                                                      kAccessTtlSeconds, offline ? kRefreshTtlSeconds : 0);
        return tokenAnswer(grant, true);
    }

    HttpResponse handleRevoke(const HttpRequest &request)
    {
        const QString token = request.param(QStringLiteral("token"));
        if (token.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("Missing required parameter: token"));
        if (!grants.revoke(token))
            return oauthError(400, QStringLiteral("invalid_token"),
                              QStringLiteral("Token expired or revoked"));
        return HttpResponse::json(200, QJsonObject{});
    }

    // ---- Data API ----

    HttpResponse handleChannels(const HttpRequest &request)
    {
        OAuthGrants::Grant grant;
        if (auto error = authenticate(request, {kScopeReadonly, kScopeForceSsl, kScopeManage}, &grant))
            return *error;
        QStringList parts;
        if (auto error = parseParts(request,
                                    {QStringLiteral("id"), QStringLiteral("snippet"),
                                     QStringLiteral("statistics"), QStringLiteral("contentDetails"),
                                     QStringLiteral("status"), QStringLiteral("brandingSettings"),
                                     QStringLiteral("topicDetails"), QStringLiteral("localizations")},
                                    &parts))
            return *error;
        const bool mine = request.queryValue(QStringLiteral("mine")) == QLatin1String("true");
        const bool byId = request.hasQuery(QStringLiteral("id"));
        if (!mine && !byId)
            return missingFilter(QStringLiteral("forUsername, id, managedByMe, mine"));
        if (mine && byId)
            return incompatibleFilters(QStringLiteral("id, mine"));
        std::lock_guard lock(mutex);
        if (auto error = chargeUnits(request, 1))
            return *error;

        QJsonArray items;
        if (mine || splitList(request.queryValue(QStringLiteral("id"))).contains(kChannelId)) {
            QJsonObject channel{{QStringLiteral("kind"), QStringLiteral("youtube#channel")},
                                {QStringLiteral("etag"), etagOf(kChannelId.toUtf8())},
                                {QStringLiteral("id"), kChannelId}};
            if (parts.contains(QLatin1String("snippet")))
                channel.insert(
                    QStringLiteral("snippet"),
                    QJsonObject{{QStringLiteral("title"), kChannelTitle},
                                {QStringLiteral("description"), QStringLiteral("Tours, trips and sunsets.")},
                                {QStringLiteral("customUrl"), QStringLiteral("@sandboxtraveller")},
                                {QStringLiteral("publishedAt"), QStringLiteral("2019-04-01T09:00:00Z")},
                                {QStringLiteral("localized"),
                                 QJsonObject{{QStringLiteral("title"), kChannelTitle},
                                             {QStringLiteral("description"),
                                              QStringLiteral("Tours, trips and sunsets.")}}}});
            if (parts.contains(QLatin1String("statistics"))) {
                qint64 totalViews = 0;
                for (const Video &v : std::as_const(videos))
                    totalViews += views(v);
                channel.insert(QStringLiteral("statistics"),
                               QJsonObject{{QStringLiteral("viewCount"), QString::number(totalViews)},
                                           {QStringLiteral("subscriberCount"), QStringLiteral("1280")},
                                           {QStringLiteral("hiddenSubscriberCount"), false},
                                           {QStringLiteral("videoCount"), QString::number(videos.size())}});
            }
            items.append(channel);
        }
        return HttpResponse::json(
            200,
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("youtube#channelListResponse")},
                        {QStringLiteral("etag"), listEtagOf(items)},
                        {QStringLiteral("pageInfo"),
                         QJsonObject{{QStringLiteral("totalResults"), items.size()},
                                     {QStringLiteral("resultsPerPage"), 5}}},
                        {QStringLiteral("items"), items}});
    }

    HttpResponse handleVideosList(const HttpRequest &request)
    {
        OAuthGrants::Grant grant;
        if (auto error = authenticate(request, {kScopeReadonly, kScopeForceSsl, kScopeManage}, &grant))
            return *error;
        QStringList parts;
        if (auto error
            = parseParts(request,
                         {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status"),
                          QStringLiteral("statistics"), QStringLiteral("processingDetails"),
                          QStringLiteral("contentDetails"), QStringLiteral("fileDetails"),
                          QStringLiteral("player"), QStringLiteral("recordingDetails"),
                          QStringLiteral("topicDetails"), QStringLiteral("localizations"),
                          QStringLiteral("suggestions"), QStringLiteral("liveStreamingDetails")},
                         &parts))
            return *error;
        if (!request.hasQuery(QStringLiteral("id")))
            return missingFilter(QStringLiteral("chart, id, myRated"));
        const QStringList ids = splitList(request.queryValue(QStringLiteral("id")));
        if (ids.size() > 50)
            return invalidParameter(QStringLiteral("id"),
                                    QStringLiteral("At most 50 video ids per request."));
        std::lock_guard lock(mutex);
        if (auto error = chargeUnits(request, 1))
            return *error;
        QJsonArray items;
        for (const QString &id : ids) {
            if (const Video *v = video(id))
                items.append(videoJson(*v, parts, false));
        }
        return HttpResponse::json(
            200,
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("youtube#videoListResponse")},
                        {QStringLiteral("etag"), listEtagOf(items)},
                        {QStringLiteral("pageInfo"),
                         QJsonObject{{QStringLiteral("totalResults"), items.size()},
                                     {QStringLiteral("resultsPerPage"), items.size()}}},
                        {QStringLiteral("items"), items}});
    }

    static QJsonObject listJson(const QString &kind, const Page &page, int maxResults,
                                const QJsonArray &items)
    {
        // Like the real API, pageInfo.totalResults counts this page only.
        QJsonObject out{{QStringLiteral("kind"), kind},
                        {QStringLiteral("etag"), listEtagOf(items)},
                        {QStringLiteral("pageInfo"),
                         QJsonObject{{QStringLiteral("totalResults"), page.items.size()},
                                     {QStringLiteral("resultsPerPage"), maxResults}}},
                        {QStringLiteral("items"), items}};
        if (!page.nextPageToken.isEmpty())
            out.insert(QStringLiteral("nextPageToken"), page.nextPageToken);
        return out;
    }

    HttpResponse handleCommentThreads(const HttpRequest &request)
    {
        OAuthGrants::Grant grant;
        if (auto error = authenticate(request, {kScopeForceSsl, kScopeReadonly, kScopeManage}, &grant))
            return *error;
        QStringList parts;
        if (auto error = parseParts(
                request, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("replies")},
                &parts))
            return *error;
        const bool byVideo = request.hasQuery(QStringLiteral("videoId"));
        const bool byChannel = request.hasQuery(QStringLiteral("allThreadsRelatedToChannelId"));
        const bool byId = request.hasQuery(QStringLiteral("id"));
        const int filters = int(byVideo) + int(byChannel) + int(byId);
        if (filters == 0)
            return missingFilter(QStringLiteral("allThreadsRelatedToChannelId, id, videoId"));
        if (filters > 1)
            return incompatibleFilters(QStringLiteral("allThreadsRelatedToChannelId, id, videoId"));
        int maxResults = 20;
        if (auto error = parseMaxResults(request, &maxResults))
            return *error;
        bool html = true;
        if (auto error = parseTextFormat(request, &html))
            return *error;
        const QString order = request.hasQuery(QStringLiteral("order"))
            ? request.queryValue(QStringLiteral("order"))
            : QStringLiteral("time");
        if (order != QLatin1String("time") && order != QLatin1String("relevance"))
            return invalidParameter(
                QStringLiteral("order"),
                QStringLiteral("Invalid value '%1' for order: expected time or relevance").arg(order));
        if (byId
            && (request.hasQuery(QStringLiteral("pageToken"))
                || request.hasQuery(QStringLiteral("maxResults"))))
            return incompatibleFilters(QStringLiteral("id, maxResults, pageToken"));

        std::lock_guard lock(mutex);
        if (auto error = chargeUnits(request, 1))
            return *error;

        QList<const Comment *> threads;
        QString listKey;
        bool byTime = false; // the channel's threads by time: paged over the kept order
        if (byVideo) {
            const QString videoId = request.queryValue(QStringLiteral("videoId"));
            if (!video(videoId))
                return apiError(
                    404, QStringLiteral("videoNotFound"),
                    QStringLiteral("The video identified by the videoId parameter could not be found."),
                    QStringLiteral("youtube.commentThread"), QStringLiteral("videoId"));
            for (const Comment &c : std::as_const(comments)) {
                if (c.parentId.isEmpty() && c.videoId == videoId)
                    threads.append(&c);
            }
            listKey = QString(QStringLiteral("threads/video/") + videoId + QLatin1Char('/') + order);
        } else if (byChannel) {
            if (request.queryValue(QStringLiteral("allThreadsRelatedToChannelId")) != kChannelId)
                return apiError(404, QStringLiteral("channelNotFound"),
                                QStringLiteral("The channel identified by the allThreadsRelatedToChannelId "
                                               "parameter could not be found."),
                                QStringLiteral("youtube.commentThread"),
                                QStringLiteral("allThreadsRelatedToChannelId"));
            if (order == QLatin1String("time")) {
                byTime = true;
            } else {
                for (const Comment &c : std::as_const(comments)) {
                    if (c.parentId.isEmpty())
                        threads.append(&c);
                }
            }
            listKey = QString(QStringLiteral("threads/channel/") + order);
        } else {
            for (const QString &id : splitList(request.queryValue(QStringLiteral("id")))) {
                const Comment *c = comment(id);
                if (c && c->parentId.isEmpty())
                    threads.append(c);
            }
            maxResults = qMax(1, int(threads.size()));
        }
        if (!byId && !byTime) {
            const bool relevance = order == QLatin1String("relevance");
            std::sort(threads.begin(), threads.end(), [relevance](const Comment *a, const Comment *b) {
                if (relevance && a->likeCount != b->likeCount)
                    return a->likeCount > b->likeCount;
                return a->publishedAt != b->publishedAt ? a->publishedAt > b->publishedAt : a->seq > b->seq;
            });
        }
        const QString pageToken = request.queryValue(QStringLiteral("pageToken"));
        const auto page = byTime
            ? paginate(comments, threadsByTime(), threadRank, listKey, pageToken, maxResults)
            : paginate(threads, listKey, pageToken, maxResults);
        if (!page)
            return invalidPageToken();
        QList<QByteArray> items;
        QStringList etags;
        for (const Comment *c : page->items) {
            ThreadText thread = threadText(*c, parts, html);
            items.append(std::move(thread.json));
            etags.append(thread.etag);
        }
        // Like the real API, pageInfo.totalResults counts this page only.
        JsonObjectText list;
        list.string("kind", QStringLiteral("youtube#commentThreadListResponse"))
            .string("etag", listEtagOf(etags))
            .raw("pageInfo",
                 JsonObjectText()
                     .number("totalResults", page->items.size())
                     .number("resultsPerPage", maxResults)
                     .finish());
        if (!page->nextPageToken.isEmpty())
            list.string("nextPageToken", page->nextPageToken);
        list.raw("items", JsonObjectText::array(items));
        HttpResponse response;
        response.body = list.finish();
        return response;
    }

    HttpResponse handleCommentsList(const HttpRequest &request)
    {
        OAuthGrants::Grant grant;
        if (auto error = authenticate(request, {kScopeForceSsl, kScopeReadonly, kScopeManage}, &grant))
            return *error;
        QStringList parts;
        if (auto error = parseParts(request, {QStringLiteral("id"), QStringLiteral("snippet")}, &parts))
            return *error;
        const bool byParent = request.hasQuery(QStringLiteral("parentId"));
        const bool byId = request.hasQuery(QStringLiteral("id"));
        if (!byParent && !byId)
            return missingFilter(QStringLiteral("id, parentId"));
        if (byParent && byId)
            return incompatibleFilters(QStringLiteral("id, parentId"));
        int maxResults = 20;
        if (auto error = parseMaxResults(request, &maxResults))
            return *error;
        bool html = true;
        if (auto error = parseTextFormat(request, &html))
            return *error;

        std::lock_guard lock(mutex);
        if (auto error = chargeUnits(request, 1))
            return *error;
        QList<const Comment *> found;
        QString listKey;
        if (byParent) {
            const QString parentId = request.queryValue(QStringLiteral("parentId"));
            if (!comment(parentId))
                return apiError(
                    404, QStringLiteral("commentNotFound"),
                    QStringLiteral("The comment identified by the parentId parameter could not be found."),
                    QStringLiteral("youtube.comment"), QStringLiteral("parentId"));
            found = repliesTo(parentId);
            listKey = QString(QStringLiteral("replies/") + parentId);
        } else {
            for (const QString &id : splitList(request.queryValue(QStringLiteral("id")))) {
                if (const Comment *c = comment(id))
                    found.append(c);
            }
            maxResults = qMax(1, int(found.size()));
        }
        const auto page
            = paginate(found, listKey, request.queryValue(QStringLiteral("pageToken")), maxResults);
        if (!page)
            return invalidPageToken();
        QJsonArray items;
        for (const Comment *c : page->items) {
            QJsonObject item = commentJson(*c, html);
            if (!parts.contains(QLatin1String("snippet")))
                item.remove(QStringLiteral("snippet"));
            items.append(item);
        }
        return HttpResponse::json(
            200, listJson(QStringLiteral("youtube#commentListResponse"), *page, maxResults, items));
    }

    HttpResponse handleCommentsInsert(const HttpRequest &request)
    {
        OAuthGrants::Grant grant;
        if (auto error = authenticate(request, {kScopeForceSsl, kScopeManage}, &grant))
            return *error;
        QStringList parts;
        if (auto error = parseParts(request, {QStringLiteral("id"), QStringLiteral("snippet")}, &parts))
            return *error;
        const auto body = request.json();
        if (!contentTypeIs(request, "application/json") || !body)
            return parseError(request);
        const QJsonValue snippetValue = body->value(QStringLiteral("snippet"));
        if (!snippetValue.isObject())
            return requiredError(QStringLiteral("snippet"), QStringLiteral("body"));
        const QJsonObject snippet = snippetValue.toObject();
        const QString parentId = snippet.value(QStringLiteral("parentId")).toString();
        if (parentId.isEmpty())
            return requiredError(QStringLiteral("snippet.parentId"), QStringLiteral("body"));
        const QString text = snippet.value(QStringLiteral("textOriginal")).toString();
        if (text.trimmed().isEmpty())
            return requiredError(QStringLiteral("snippet.textOriginal"), QStringLiteral("body"));
        if (codePoints(text) > kMaxCommentChars)
            return apiError(400, QStringLiteral("commentTextTooLong"),
                            QStringLiteral("The comment has %1 characters; at most %2 are allowed.")
                                .arg(codePoints(text))
                                .arg(kMaxCommentChars),
                            QStringLiteral("youtube.comment"));

        std::lock_guard lock(mutex);
        if (auto error = chargeUnits(request, 50))
            return *error;
        const Comment *parent = comment(parentId);
        if (!parent)
            return apiError(404, QStringLiteral("commentNotFound"),
                            QStringLiteral("The comment identified by snippet.parentId could not be found."),
                            QStringLiteral("youtube.comment"));
        if (!parent->parentId.isEmpty())
            return apiError(
                400, QStringLiteral("processingFailure"),
                QStringLiteral("The API server failed to process the request: replies can only be "
                               "posted under a top-level comment (check snippet.parentId)."),
                QStringLiteral("youtube.comment"));
        Comment reply;
        reply.videoId = parent->videoId;
        reply.parentId = parent->id;
        reply.author = kChannelTitle;
        reply.authorChannelId = kChannelId;
        reply.text = text;
        reply.publishedAt = now();
        reply.byOwner = true;
        return HttpResponse::json(200, commentJson(appendComment(reply), false));
    }

    // ---- uploads ----

    HttpResponse handleUploadStart(const HttpRequest &request)
    {
        OAuthGrants::Grant grant;
        if (auto error = authenticate(request, {kScopeUpload, kScopeForceSsl, kScopeManage}, &grant))
            return *error;
        if (!request.hasQuery(QStringLiteral("uploadType")))
            return requiredError(QStringLiteral("uploadType"));
        if (request.queryValue(QStringLiteral("uploadType")) != QLatin1String("resumable"))
            return badRequest(
                QStringLiteral("This simulator serves uploadType=resumable only on this path (got "
                               "'%1').")
                    .arg(request.queryValue(QStringLiteral("uploadType"))),
                QStringLiteral("uploadType"));
        QStringList parts;
        if (auto error = parseParts(request,
                                    {QStringLiteral("snippet"), QStringLiteral("status"),
                                     QStringLiteral("id"), QStringLiteral("contentDetails"),
                                     QStringLiteral("recordingDetails"), QStringLiteral("localizations")},
                                    &parts))
            return *error;
        if (!contentTypeIs(request, "application/json"))
            return apiError(400, QStringLiteral("badContent"),
                            QStringLiteral("Unsupported content with type: %1 (the video resource must be "
                                           "application/json; charset=UTF-8)")
                                .arg(QString::fromLatin1(request.header("content-type"))),
                            QStringLiteral("global"), QStringLiteral("Content-Type"),
                            QStringLiteral("header"));
        if (!request.hasHeader("x-upload-content-length"))
            return requiredError(QStringLiteral("X-Upload-Content-Length"), QStringLiteral("header"));
        const QByteArray lengthText = request.header("x-upload-content-length").trimmed();
        bool lengthOk = false;
        const qint64 total = lengthText.toLongLong(&lengthOk);
        if (!lengthOk || total <= 0)
            return badRequest(
                QStringLiteral("X-Upload-Content-Length must be a positive number of bytes, got "
                               "'%1'.")
                    .arg(QString::fromLatin1(lengthText)),
                QStringLiteral("X-Upload-Content-Length"), QStringLiteral("header"));
        if (total > kMaxUploadBytes)
            return badRequest(QStringLiteral("The video is %1 bytes; the maximum is 256 GB.").arg(total),
                              QStringLiteral("X-Upload-Content-Length"), QStringLiteral("header"));
        if (!request.hasHeader("x-upload-content-type"))
            return requiredError(QStringLiteral("X-Upload-Content-Type"), QStringLiteral("header"));
        const QString mediaType = QString::fromLatin1(request.header("x-upload-content-type").trimmed());
        if (!(mediaType.startsWith(QLatin1String("video/")) && mediaType.size() > 6)
            && mediaType != QLatin1String("application/octet-stream"))
            return apiError(400, QStringLiteral("badContent"),
                            QStringLiteral("Media type '%1' is not supported. Valid media types: [video/*, "
                                           "application/octet-stream]")
                                .arg(mediaType),
                            QStringLiteral("global"), QStringLiteral("X-Upload-Content-Type"),
                            QStringLiteral("header"));
        const auto body = request.json();
        if (!body)
            return parseError(request);
        VideoMeta meta;
        if (auto error = parseVideoResource(*body, parts, now(), &meta))
            return *error;

        std::lock_guard lock(mutex);
        if (auto error = chargeUpload(request))
            return *error;
        Upload upload;
        upload.id = OAuthGrants::randomToken(36);
        upload.subject = grant.subject;
        upload.contentType = mediaType;
        upload.parts = parts;
        upload.total = total;
        upload.hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
        upload.createdAt = now();
        upload.expiresAt = now().addSecs(kSessionTtlSeconds);
        upload.meta = meta;
        uploads.insert(upload.id, upload);

        const QString location = QStringLiteral("%1%2/videos?uploadType=resumable&upload_id=%3")
                                     .arg(q.context().baseUrl, paths::kYouTubeUpload, upload.id);
        HttpResponse r = HttpResponse::empty(200);
        r.withHeader("Location", location.toUtf8());
        r.withHeader("X-GUploader-UploadID", upload.id.toUtf8());
        return r;
    }

    static HttpResponse incomplete(const Upload &upload)
    {
        HttpResponse r = HttpResponse::empty(308);
        if (upload.received > 0)
            r.withHeader("Range", "bytes=0-" + QByteArray::number(upload.received - 1));
        return r;
    }

    HttpResponse finished(const Upload &upload)
    {
        const Video *v = video(upload.videoId);
        return HttpResponse::json(200, videoJson(*v, upload.parts, false));
    }

    HttpResponse handleUploadPut(const HttpRequest &request)
    {
        OAuthGrants::Grant grant;
        if (auto error = authenticate(request, {kScopeUpload, kScopeForceSsl, kScopeManage}, &grant))
            return *error;
        const QString uploadId = request.queryValue(QStringLiteral("upload_id"));
        if (uploadId.isEmpty())
            return requiredError(QStringLiteral("upload_id"));

        std::lock_guard lock(mutex);
        const auto it = uploads.find(uploadId);
        if (it == uploads.end() || it->subject != grant.subject)
            return apiError(404, QStringLiteral("notFound"),
                            QStringLiteral("No upload session with this upload_id."));
        Upload &upload = *it;
        if (!upload.complete) {
            if (q.takeFault(FaultRule::Action::UploadUrlExpired, request))
                upload.expiresAt = now();
            if (upload.expiresAt <= now())
                return apiError(
                    404, QStringLiteral("notFound"),
                    QStringLiteral("The upload session has expired; start a new upload from byte 0."));
        }
        const qint64 size = request.body.size();
        if (request.hasHeader("content-length")
            && request.header("content-length").trimmed().toLongLong() != size)
            return badRequest(
                QStringLiteral("Content-Length does not match the body size (%1 bytes).").arg(size),
                QStringLiteral("Content-Length"), QStringLiteral("header"));

        if (request.hasHeader("content-range")) {
            const QString range = QString::fromLatin1(request.header("content-range").trimmed());
            static const QRegularExpression statusQuery(QStringLiteral("^bytes \\*/(\\d+|\\*)$"));
            static const QRegularExpression chunkRange(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
            if (const auto m = statusQuery.match(range); m.hasMatch()) {
                if (size != 0)
                    return badRequest(
                        QStringLiteral("A status query (Content-Range: bytes */TOTAL) must have an "
                                       "empty body."),
                        QStringLiteral("Content-Range"), QStringLiteral("header"));
                if (m.captured(1) != QLatin1String("*") && m.captured(1).toLongLong() != upload.total)
                    return badRequest(QStringLiteral("Content-Range total %1 does not match "
                                                     "X-Upload-Content-Length %2.")
                                          .arg(m.captured(1))
                                          .arg(upload.total),
                                      QStringLiteral("Content-Range"), QStringLiteral("header"));
                return upload.complete ? finished(upload) : incomplete(upload);
            }
            const auto m = chunkRange.match(range);
            if (!m.hasMatch())
                return badRequest(
                    QStringLiteral("Malformed Content-Range '%1': expected bytes FIRST-LAST/TOTAL or "
                                   "bytes */TOTAL.")
                        .arg(range),
                    QStringLiteral("Content-Range"), QStringLiteral("header"));
            if (m.captured(3).toLongLong() != upload.total)
                return badRequest(
                    QStringLiteral("Content-Range total '%1' does not match X-Upload-Content-Length "
                                   "%2.")
                        .arg(m.captured(3))
                        .arg(upload.total),
                    QStringLiteral("Content-Range"), QStringLiteral("header"));
            // The answer to a final chunk may have been lost: the upload is done, say so again.
            if (upload.complete)
                return finished(upload);
            const qint64 first = m.captured(1).toLongLong();
            const qint64 last = m.captured(2).toLongLong();
            if (first != upload.received)
                return badRequest(
                    QStringLiteral("Content-Range starts at byte %1, but %2 bytes have been "
                                   "received: resume from byte %2 (ask with Content-Range: bytes "
                                   "*/%3).")
                        .arg(first)
                        .arg(upload.received)
                        .arg(upload.total),
                    QStringLiteral("Content-Range"), QStringLiteral("header"));
            if (last < first || last >= upload.total)
                return badRequest(QStringLiteral("Content-Range bytes %1-%2 lie outside the %3-byte upload.")
                                      .arg(first)
                                      .arg(last)
                                      .arg(upload.total),
                                  QStringLiteral("Content-Range"), QStringLiteral("header"));
            const qint64 length = last - first + 1;
            if (length != size)
                return badRequest(QStringLiteral("Content-Range covers %1 bytes, but the body has %2.")
                                      .arg(length)
                                      .arg(size),
                                  QStringLiteral("Content-Range"), QStringLiteral("header"));
            if (last + 1 < upload.total && length % kChunkGranularity != 0)
                return badRequest(
                    QStringLiteral("The chunk size must be a multiple of 256 KiB (262144 bytes), "
                                   "except for the final chunk; got %1 bytes.")
                        .arg(length),
                    QStringLiteral("Content-Range"), QStringLiteral("header"));
        } else {
            if (upload.complete)
                return finished(upload);
            if (size == 0)
                return badRequest(QStringLiteral("Empty PUT without Content-Range: ask for the upload status "
                                                 "with Content-Range: bytes */%1.")
                                      .arg(upload.total),
                                  QStringLiteral("Content-Range"), QStringLiteral("header"));
            if (upload.received != 0)
                return badRequest(QStringLiteral("%1 bytes were already received: send the rest with "
                                                 "Content-Range: bytes %1-LAST/%2.")
                                      .arg(upload.received)
                                      .arg(upload.total),
                                  QStringLiteral("Content-Range"), QStringLiteral("header"));
            if (size != upload.total)
                return badRequest(QStringLiteral("A PUT without Content-Range must carry the whole video (%1 "
                                                 "bytes); the body has %2.")
                                      .arg(upload.total)
                                      .arg(size),
                                  QStringLiteral("Content-Length"), QStringLiteral("header"));
        }

        if (upload.hash)
            upload.hash->addData(request.body);
        upload.received += size;
        if (upload.received < upload.total)
            return incomplete(upload);
        return complete(upload, request);
    }

    HttpResponse complete(Upload &upload, const HttpRequest &request)
    {
        upload.complete = true;
        if (upload.hash)
            upload.sha256 = QString::fromLatin1(upload.hash->result().toHex());
        upload.hash.reset();
        Video v;
        v.id = newVideoId();
        v.uploadId = upload.id;
        v.sha256 = upload.sha256;
        v.size = upload.total;
        v.meta = upload.meta;
        v.uploadedAt = now();
        if (const auto fault = q.takeFault(FaultRule::Action::ProcessingFailed, request))
            v.failureReason = fault->reason.isEmpty() ? QStringLiteral("codec") : fault->reason;
        upload.videoId = v.id;
        videos.append(v);
        return HttpResponse::json(200, videoJson(videos.last(), upload.parts, true));
    }

    // ---- simulated time ----

    void advance()
    {
        const QDateTime t = now();
        for (Video &v : videos) {
            // Scheduled publishing: YouTube makes the video public at publishAt.
            if (v.meta.publishAt.isValid() && v.meta.publishAt <= t && v.failureReason.isEmpty()) {
                v.meta.privacyStatus = QStringLiteral("public");
                v.meta.publishAt = QDateTime();
            }
            if (!v.failureReason.isEmpty())
                continue;
            const int due = AudienceScript::commentsDue(v.uploadedAt.secsTo(t));
            while (v.audienceComments < due) {
                const int i = v.audienceComments++;
                const AudienceLine line = AudienceScript::comment(static_cast<quint64>(i));
                Comment c;
                c.videoId = v.id;
                c.author = line.author;
                c.text = line.text;
                c.publishedAt = v.uploadedAt.addSecs(60 + qint64{i} * 600);
                c.likeCount = (i * 7) % 11;
                v.audienceIds.append(appendComment(c).id);
            }
            // Every third audience comment gets a reply from another viewer five minutes later.
            while (true) {
                const int j = 3 * v.audienceReplies + 2;
                if (j >= v.audienceIds.size())
                    break;
                const QDateTime at = v.uploadedAt.addSecs(60 + qint64{j} * 600 + kAudienceReplyDelaySeconds);
                if (at > t)
                    break;
                const AudienceLine replier = AudienceScript::comment(static_cast<quint64>(j) + 1);
                Comment c;
                c.videoId = v.id;
                c.parentId = v.audienceIds.at(j);
                c.author = replier.author;
                c.text = audienceReplyText(replier.language, v.audienceReplies);
                c.publishedAt = at;
                c.likeCount = v.audienceReplies % 3;
                appendComment(c);
                ++v.audienceReplies;
            }
        }
    }

    void addSynthetic(const QString &videoId, int count)
    {
        if (!video(videoId))
            return;
        const QDateTime t = now();
        for (int k = 0; k < count; ++k) {
            const int n = ++syntheticCount;
            Comment c;
            c.videoId = videoId;
            c.author = QStringLiteral("viewer_%1").arg(n);
            c.text = n % 2 ? QStringLiteral("Synthetic comment #%1").arg(n)
                           : QStringLiteral("Комментарий №%1").arg(n);
            c.publishedAt = t.addSecs(-qint64{count - k});
            c.likeCount = n % 5;
            appendComment(c);
        }
    }

    // ---- persistence ----

    QJsonObject save() const
    {
        QJsonArray uploadsJson;
        for (const Upload &u : uploads) {
            uploadsJson.append(QJsonObject{{QStringLiteral("id"), u.id},
                                           {QStringLiteral("subject"), u.subject},
                                           {QStringLiteral("content_type"), u.contentType},
                                           {QStringLiteral("parts"), QJsonArray::fromStringList(u.parts)},
                                           {QStringLiteral("total"), u.total},
                                           {QStringLiteral("received"), u.received},
                                           {QStringLiteral("sha256"), u.sha256},
                                           {QStringLiteral("complete"), u.complete},
                                           {QStringLiteral("video_id"), u.videoId},
                                           {QStringLiteral("created_at"), saveTime(u.createdAt)},
                                           {QStringLiteral("expires_at"), saveTime(u.expiresAt)},
                                           {QStringLiteral("meta"), metaJson(u.meta)}});
        }
        QJsonArray videosJson;
        for (const Video &v : videos) {
            videosJson.append(
                QJsonObject{{QStringLiteral("id"), v.id},
                            {QStringLiteral("upload_id"), v.uploadId},
                            {QStringLiteral("sha256"), v.sha256},
                            {QStringLiteral("size"), v.size},
                            {QStringLiteral("meta"), metaJson(v.meta)},
                            {QStringLiteral("uploaded_at"), saveTime(v.uploadedAt)},
                            {QStringLiteral("failure_reason"), v.failureReason},
                            {QStringLiteral("audience_comments"), v.audienceComments},
                            {QStringLiteral("audience_replies"), v.audienceReplies},
                            {QStringLiteral("audience_ids"), QJsonArray::fromStringList(v.audienceIds)}});
        }
        QJsonArray commentsJson;
        for (const Comment &c : comments) {
            commentsJson.append(QJsonObject{{QStringLiteral("id"), c.id},
                                            {QStringLiteral("video_id"), c.videoId},
                                            {QStringLiteral("parent_id"), c.parentId},
                                            {QStringLiteral("author"), c.author},
                                            {QStringLiteral("author_channel_id"), c.authorChannelId},
                                            {QStringLiteral("text"), c.text},
                                            {QStringLiteral("published_at"), saveTime(c.publishedAt)},
                                            {QStringLiteral("like_count"), c.likeCount},
                                            {QStringLiteral("by_owner"), c.byOwner},
                                            {QStringLiteral("seq"), c.seq}});
        }
        return QJsonObject{
            {QStringLiteral("grants"), grants.save()},
            {QStringLiteral("uploads"), uploadsJson},
            {QStringLiteral("videos"), videosJson},
            {QStringLiteral("comments"), commentsJson},
            {QStringLiteral("next_seq"), nextSeq},
            {QStringLiteral("synthetic_count"), syntheticCount},
            {QStringLiteral("quota"),
             QJsonObject{{QStringLiteral("day"), quotaDay.toString(Qt::ISODate)},
                         {QStringLiteral("used_units"), usedUnits},
                         {QStringLiteral("uploads_used"), uploadsUsed}}},
        };
    }

    void load(const QJsonObject &state)
    {
        grants.load(state.value(QStringLiteral("grants")).toObject());
        offlineCodes.clear();
        uploads.clear();
        for (const auto &value : state.value(QStringLiteral("uploads")).toArray()) {
            const QJsonObject o = value.toObject();
            Upload u;
            u.id = o.value(QStringLiteral("id")).toString();
            u.subject = o.value(QStringLiteral("subject")).toString();
            u.contentType = o.value(QStringLiteral("content_type")).toString();
            for (const auto &p : o.value(QStringLiteral("parts")).toArray())
                u.parts.append(p.toString());
            u.total = o.value(QStringLiteral("total")).toInteger();
            u.received = o.value(QStringLiteral("received")).toInteger();
            u.sha256 = o.value(QStringLiteral("sha256")).toString();
            u.complete = o.value(QStringLiteral("complete")).toBool();
            u.videoId = o.value(QStringLiteral("video_id")).toString();
            u.createdAt = loadTime(o.value(QStringLiteral("created_at")));
            u.expiresAt = loadTime(o.value(QStringLiteral("expires_at")));
            u.meta = metaFrom(o.value(QStringLiteral("meta")).toObject());
            // The running hash cannot be saved: a session resumed after a restart keeps its
            // byte count, but its final sha256 stays unknown (empty).
            if (!u.complete && u.received == 0)
                u.hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
            uploads.insert(u.id, u);
        }
        videos.clear();
        for (const auto &value : state.value(QStringLiteral("videos")).toArray()) {
            const QJsonObject o = value.toObject();
            Video v;
            v.id = o.value(QStringLiteral("id")).toString();
            v.uploadId = o.value(QStringLiteral("upload_id")).toString();
            v.sha256 = o.value(QStringLiteral("sha256")).toString();
            v.size = o.value(QStringLiteral("size")).toInteger();
            v.meta = metaFrom(o.value(QStringLiteral("meta")).toObject());
            v.uploadedAt = loadTime(o.value(QStringLiteral("uploaded_at")));
            v.failureReason = o.value(QStringLiteral("failure_reason")).toString();
            v.audienceComments = o.value(QStringLiteral("audience_comments")).toInt();
            v.audienceReplies = o.value(QStringLiteral("audience_replies")).toInt();
            for (const auto &id : o.value(QStringLiteral("audience_ids")).toArray())
                v.audienceIds.append(id.toString());
            videos.append(v);
        }
        comments.clear();
        for (const auto &value : state.value(QStringLiteral("comments")).toArray()) {
            const QJsonObject o = value.toObject();
            Comment c;
            c.id = o.value(QStringLiteral("id")).toString();
            c.videoId = o.value(QStringLiteral("video_id")).toString();
            c.parentId = o.value(QStringLiteral("parent_id")).toString();
            c.author = o.value(QStringLiteral("author")).toString();
            c.authorChannelId = o.value(QStringLiteral("author_channel_id")).toString();
            c.text = o.value(QStringLiteral("text")).toString();
            c.publishedAt = loadTime(o.value(QStringLiteral("published_at")));
            c.likeCount = o.value(QStringLiteral("like_count")).toInt();
            c.byOwner = o.value(QStringLiteral("by_owner")).toBool();
            c.seq = o.value(QStringLiteral("seq")).toInteger();
            comments.append(c);
        }
        reindexComments();
        nextSeq = qMax<qint64>(state.value(QStringLiteral("next_seq")).toInteger(1), comments.size() + 1);
        syntheticCount = state.value(QStringLiteral("synthetic_count")).toInt();
        const QJsonObject quota = state.value(QStringLiteral("quota")).toObject();
        quotaDay = QDate::fromString(quota.value(QStringLiteral("day")).toString(), Qt::ISODate);
        usedUnits = quota.value(QStringLiteral("used_units")).toInt();
        uploadsUsed = quota.value(QStringLiteral("uploads_used")).toInt();
    }

    QJsonObject world()
    {
        rollQuotaDay();
        QJsonArray uploadsJson;
        for (const Upload &u : std::as_const(uploads)) {
            QJsonObject o{{QStringLiteral("upload_id"), u.id},
                          {QStringLiteral("total"), u.total},
                          {QStringLiteral("received"), u.received},
                          {QStringLiteral("complete"), u.complete},
                          {QStringLiteral("video_id"), u.videoId}};
            if (u.complete)
                o.insert(QStringLiteral("sha256"), u.sha256);
            uploadsJson.append(o);
        }
        QJsonArray videosJson;
        for (const Video &v : std::as_const(videos)) {
            videosJson.append(QJsonObject{
                {QStringLiteral("id"), v.id},
                {QStringLiteral("title"), v.meta.title},
                {QStringLiteral("privacyStatus"), v.meta.privacyStatus},
                {QStringLiteral("publishAt"),
                 v.meta.publishAt.isValid() ? QJsonValue(isoTime(v.meta.publishAt)) : QJsonValue()},
                {QStringLiteral("uploadStatus"), uploadStatus(v, false)},
                {QStringLiteral("failureReason"), v.failureReason},
                {QStringLiteral("sha256"), v.sha256}});
        }
        QJsonArray commentsJson;
        for (const Comment &c : std::as_const(comments)) {
            commentsJson.append(QJsonObject{{QStringLiteral("id"), c.id},
                                            {QStringLiteral("video_id"), c.videoId},
                                            {QStringLiteral("parent_id"), c.parentId},
                                            {QStringLiteral("author"), c.author},
                                            {QStringLiteral("text"), c.text},
                                            {QStringLiteral("published_at"), isoTime(c.publishedAt)},
                                            {QStringLiteral("by_owner"), c.byOwner}});
        }
        return QJsonObject{{QStringLiteral("uploads"), uploadsJson},
                           {QStringLiteral("videos"), videosJson},
                           {QStringLiteral("comments"), commentsJson},
                           {QStringLiteral("quota"),
                            QJsonObject{{QStringLiteral("used_units"), usedUnits},
                                        {QStringLiteral("uploads_used"), uploadsUsed}}}};
    }
};

// ---- YouTubeSimulator -------------------------------------------------------------------------

YouTubeSimulator::YouTubeSimulator(SandboxContext &context)
    : PlatformSimulator(context), d(std::make_unique<State>(*this))
{ }

YouTubeSimulator::~YouTubeSimulator() = default;

void YouTubeSimulator::registerRoutes(Router &router)
{
    const auto add = [&](const QByteArray &method, const QString &base, const QString &suffix,
                         const char *endpoint, HttpResponse (State::*handler)(const HttpRequest &)) {
        router.route(method, QRegularExpression::escape(QString(base + suffix)), QLatin1String(endpoint),
                     [this, handler](const HttpRequest &request) { return (d.get()->*handler)(request); });
    };
    add("GET", paths::kYouTubeAuth, QString(), "youtube.auth", &State::handleAuthorize);
    add("POST", paths::kYouTubeToken, QStringLiteral("/token"), "youtube.token.token", &State::handleToken);
    add("POST", paths::kYouTubeToken, QStringLiteral("/revoke"), "youtube.token.revoke",
        &State::handleRevoke);
    add("GET", paths::kYouTubeApi, QStringLiteral("/channels"), "youtube.api.channels",
        &State::handleChannels);
    add("GET", paths::kYouTubeApi, QStringLiteral("/videos"), "youtube.api.videos.list",
        &State::handleVideosList);
    add("GET", paths::kYouTubeApi, QStringLiteral("/commentThreads"), "youtube.api.commentThreads.list",
        &State::handleCommentThreads);
    add("GET", paths::kYouTubeApi, QStringLiteral("/comments"), "youtube.api.comments.list",
        &State::handleCommentsList);
    add("POST", paths::kYouTubeApi, QStringLiteral("/comments"), "youtube.api.comments.insert",
        &State::handleCommentsInsert);
    add("POST", paths::kYouTubeUpload, QStringLiteral("/videos"), "youtube.upload.start",
        &State::handleUploadStart);
    add("PUT", paths::kYouTubeUpload, QStringLiteral("/videos"), "youtube.upload.put",
        &State::handleUploadPut);
}

HttpResponse YouTubeSimulator::errorResponse(int status, const QString &, const QString &message) const
{
    if (status >= 500)
        return apiError(status, QStringLiteral("backendError"), message);
    if (status == 429)
        return apiError(status, QStringLiteral("rateLimitExceeded"), message,
                        QStringLiteral("youtube.quota"));
    if (status == 401)
        return authError(message);
    if (status == 403)
        return apiError(status, QStringLiteral("forbidden"), message);
    if (status == 404)
        return apiError(status, QStringLiteral("notFound"), message);
    return apiError(status, QStringLiteral("badRequest"), message);
}

QJsonObject YouTubeSimulator::saveState() const
{
    std::lock_guard lock(d->mutex);
    return d->save();
}

void YouTubeSimulator::loadState(const QJsonObject &state)
{
    std::lock_guard lock(d->mutex);
    d->load(state);
}

QJsonObject YouTubeSimulator::worldView() const
{
    std::lock_guard lock(d->mutex);
    return d->world();
}

void YouTubeSimulator::tick()
{
    std::lock_guard lock(d->mutex);
    d->advance();
}

void YouTubeSimulator::addComments(const QString &videoId, int count)
{
    std::lock_guard lock(d->mutex);
    d->addSynthetic(videoId, count);
}

} // namespace travelflow::sandbox
