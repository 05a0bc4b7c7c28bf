#include "instagram_simulator.h"

#include "audience_script.h"
#include "oauth_grants.h"
#include "sandbox_endpoints.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace travelflow::sandbox {

namespace {

const QString kUserId = QStringLiteral("10000001");
const QString kUserName = QStringLiteral("Sandbox Traveller");
const QString kPageId = QStringLiteral("20000001");
const QString kPageName = QStringLiteral("Sandbox Travel Co.");
const QString kPageSubject = QStringLiteral("page:20000001");
const QString kIgUserId = QStringLiteral("17841400000000001");
const QString kIgUsername = QStringLiteral("sandbox.travel");

// Id prefixes keep the node kinds apart, so the generic /{id} paths can be routed by
// pattern (each gets its own endpoint name for faults and the recorder). Conversation and
// message ids look like the real base64 ones ("ig_cnv", "ig_msg").
const QString kContainerPrefix = QStringLiteral("1790");
const QString kMediaPrefix = QStringLiteral("1791");
const QString kCommentPrefix = QStringLiteral("1792");
const QString kConversationPrefix = QStringLiteral("aWdfY252");
const QString kMessagePrefix = QStringLiteral("aWdfbXNn");

constexpr qint64 kDay = 86400;
constexpr qint64 kCodeTtlSeconds = 600;
constexpr int kShortLivedSeconds = 5183; // what Facebook answers for a code exchange
constexpr int kLongLivedSeconds = 5184000; // 60 days
// Page tokens got with a long-lived user token do not expire; ten years stands for that.
constexpr int kPageTokenForeverSeconds = 10 * 365 * 86400;
constexpr qint64 kProcessingSeconds = 10;
constexpr int kQuotaTotal = 50;
constexpr int kContainersPerDay = 400;
constexpr int kCaptionMax = 2200;
constexpr int kHashtagsMax = 30;
constexpr int kMentionsMax = 20;
constexpr int kCollaboratorsMax = 3;
constexpr qint64 kMaxVideoBytes = qint64{300} * 1024 * 1024;
constexpr qint64 kPrivateReplyWindow = 7 * kDay;
constexpr qint64 kMessagingWindow = kDay;
constexpr qint64 kAudienceMessageEvery = qint64{30} * 60;
constexpr int kAudienceMessagesCap = 500;
constexpr int kCallsPerHour = 200;
constexpr int kRecentMessages = 20; // Graph only shows a conversation's 20 newest messages
constexpr int kMessageTextMax = 1000;
constexpr int kDefaultPageSize = 25;
constexpr int kMaxPageSize = 50;

const QStringList &knownPermissions()
{
    static const QStringList permissions{
        QStringLiteral("public_profile"),
        QStringLiteral("email"),
        QStringLiteral("instagram_basic"),
        QStringLiteral("instagram_content_publish"),
        QStringLiteral("instagram_manage_comments"),
        QStringLiteral("instagram_manage_messages"),
        QStringLiteral("instagram_manage_insights"),
        QStringLiteral("pages_show_list"),
        QStringLiteral("pages_read_engagement"),
        QStringLiteral("pages_manage_metadata"),
        QStringLiteral("pages_messaging"),
        QStringLiteral("business_management"),
    };
    return permissions;
}

// ---- Graph errors ------------------------------------------------------------------

// One Graph API error, answered as {"error": {...}} (see platform-apis.md "Errors").
struct GraphError
{
    int code = 100;
    int subcode = 0;
    QString message;
    QString userTitle;
    QString userMsg;
    QString type = QStringLiteral("OAuthException");
    int status = 400; // Graph answers 400 for nearly everything, 190 included
    bool transient = false;
};

GraphError graphError(int code, int subcode, const QString &message, const QString &userTitle = {},
                      const QString &userMsg = {})
{
    GraphError e;
    e.code = code;
    e.subcode = subcode;
    e.message = message;
    e.userTitle = userTitle;
    e.userMsg = userMsg;
    return e;
}

GraphError invalidParameter(const QString &message, int subcode = 0)
{
    return graphError(100, subcode, QStringLiteral("(#100) %1").arg(message),
                      QStringLiteral("Invalid parameter"), message);
}

GraphError unknownObject(const QString &id, const QByteArray &method)
{
    GraphError e = graphError(
        100, 33,
        QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due to "
                       "missing permissions, or does not support this operation. Please read the Graph API "
                       "documentation at https://developers.facebook.com/docs/graph-api")
            .arg(method == "GET" ? QStringLiteral("get") : QStringLiteral("post"), id),
        QStringLiteral("Object not found"), QStringLiteral("The object %1 does not exist.").arg(id));
    e.type = QStringLiteral("GraphMethodException");
    return e;
}

QJsonObject errorJson(const GraphError &e)
{
    QString plain = e.message;
    static const QRegularExpression prefix(QStringLiteral("^\\(#-?\\d+\\) "));
    plain.remove(prefix);
    QJsonObject error{{QStringLiteral("message"), e.message},
                      {QStringLiteral("type"), e.type},
                      {QStringLiteral("code"), e.code}};
    if (e.subcode != 0)
        error.insert(QStringLiteral("error_subcode"), e.subcode);
    error.insert(QStringLiteral("is_transient"), e.transient);
    error.insert(QStringLiteral("error_user_title"),
                 e.userTitle.isEmpty() ? QStringLiteral("Request failed") : e.userTitle);
    error.insert(QStringLiteral("error_user_msg"), e.userMsg.isEmpty() ? plain : e.userMsg);
    error.insert(QStringLiteral("fbtrace_id"), OAuthGrants::randomToken(8));
    return QJsonObject{{QStringLiteral("error"), error}};
}

// ---- Field selection (?fields=a,b{c,d}) -------------------------------------------

// One entry of ?fields=..., with the raw text of its {sub-fields}.
struct Field
{
    QString name;
    QString sub; // the text between the braces, if any
};
using Fields = QList<Field>;

// Graph's field syntax: "id,from{id,username},replies.limit(5){text}". Modifiers after a
// dot are accepted and ignored.
std::optional<Fields> parseFields(const QString &spec)
{
    Fields out;
    QString name;
    QString sub;
    int depth = 0;
    const auto flush = [&]() {
        QString n = name.trimmed();
        const qsizetype dot = n.indexOf(QLatin1Char('.'));
        if (dot >= 0)
            n.truncate(dot);
        const bool ok = !n.isEmpty() || sub.trimmed().isEmpty();
        if (!n.isEmpty())
            out.append({n, sub.trimmed()});
        name.clear();
        sub.clear();
        return ok;
    };
    for (const QChar c : spec) {
        if (depth > 0) {
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth == 0)
                continue;
            sub.append(c);
            continue;
        }
        if (c == QLatin1Char('{')) {
            depth = 1;
        } else if (c == QLatin1Char('}')) {
            return std::nullopt;
        } else if (c == QLatin1Char(',')) {
            if (!flush())
                return std::nullopt;
        } else {
            name.append(c);
        }
    }
    if (depth != 0 || !flush())
        return std::nullopt;
    return out;
}

// The fields of each node type; a non-empty value names the node type of a nested field.
const QHash<QString, QHash<QString, QString>> &nodeTypes()
{
    static const QHash<QString, QHash<QString, QString>> types{
        {QStringLiteral("User"), {{QStringLiteral("id"), {}}, {QStringLiteral("name"), {}}}},
        {QStringLiteral("Page"),
         {{QStringLiteral("id"), {}},
          {QStringLiteral("name"), {}},
          {QStringLiteral("access_token"), {}},
          {QStringLiteral("instagram_business_account"), QStringLiteral("IGUser")}}},
        {QStringLiteral("IGUser"),
         {{QStringLiteral("id"), {}},
          {QStringLiteral("username"), {}},
          {QStringLiteral("name"), {}},
          {QStringLiteral("biography"), {}},
          {QStringLiteral("media_count"), {}},
          {QStringLiteral("followers_count"), {}},
          {QStringLiteral("follows_count"), {}}}},
        {QStringLiteral("ShadowIGMediaBuilder"),
         {{QStringLiteral("id"), {}}, {QStringLiteral("status_code"), {}}, {QStringLiteral("status"), {}}}},
        {QStringLiteral("IGMedia"),
         {{QStringLiteral("id"), {}},
          {QStringLiteral("caption"), {}},
          {QStringLiteral("media_type"), {}},
          {QStringLiteral("media_product_type"), {}},
          {QStringLiteral("timestamp"), {}},
          {QStringLiteral("like_count"), {}},
          {QStringLiteral("comments_count"), {}},
          {QStringLiteral("permalink"), {}},
          {QStringLiteral("shortcode"), {}},
          {QStringLiteral("username"), {}},
          {QStringLiteral("is_shared_to_feed"), {}}}},
        {QStringLiteral("IGComment"),
         {{QStringLiteral("id"), {}},
          {QStringLiteral("text"), {}},
          {QStringLiteral("timestamp"), {}},
          {QStringLiteral("username"), {}},
          {QStringLiteral("like_count"), {}},
          {QStringLiteral("hidden"), {}},
          {QStringLiteral("from"), QStringLiteral("IGCommentFromUser")},
          {QStringLiteral("parent_id"), {}},
          {QStringLiteral("replies"), QStringLiteral("IGComment")}}},
        {QStringLiteral("IGCommentFromUser"), {{QStringLiteral("id"), {}}, {QStringLiteral("username"), {}}}},
        {QStringLiteral("ContentPublishingLimit"),
         {{QStringLiteral("quota_usage"), {}}, {QStringLiteral("config"), {}}}},
        {QStringLiteral("UnifiedThread"),
         {{QStringLiteral("id"), {}},
          {QStringLiteral("updated_time"), {}},
          {QStringLiteral("messages"), QStringLiteral("Message")},
          {QStringLiteral("participants"), QStringLiteral("MessagingUser")}}},
        {QStringLiteral("Message"),
         {{QStringLiteral("id"), {}},
          {QStringLiteral("created_time"), {}},
          {QStringLiteral("from"), QStringLiteral("MessagingUser")},
          {QStringLiteral("to"), QStringLiteral("MessagingUser")},
          {QStringLiteral("message"), {}}}},
        {QStringLiteral("MessagingUser"), {{QStringLiteral("id"), {}}, {QStringLiteral("username"), {}}}},
    };
    return types;
}

std::optional<GraphError> checkFields(const Fields &fields, const QString &nodeType)
{
    const QHash<QString, QString> known = nodeTypes().value(nodeType);
    for (const Field &f : fields) {
        if (!known.contains(f.name))
            return invalidParameter(QStringLiteral("Tried accessing nonexisting field (%1) on node type (%2)")
                                        .arg(f.name, nodeType));
        if (f.sub.isEmpty())
            continue;
        const QString nested = known.value(f.name);
        const auto sub = parseFields(f.sub);
        if (nested.isEmpty() || !sub)
            return invalidParameter(QStringLiteral("Syntax error in the sub-fields of '%1'").arg(f.name));
        if (auto error = checkFields(*sub, nested))
            return error;
    }
    return std::nullopt;
}

// Keeps the requested fields of `all` (plus "id", which Graph always returns). Nested
// fields without sub-fields get `nestedDefaults`' sub-fields, or everything.
QJsonObject select(const QJsonObject &all, const Fields &fields,
                   const QHash<QString, QString> &nestedDefaults = {})
{
    QJsonObject out;
    if (all.contains(QStringLiteral("id")))
        out.insert(QStringLiteral("id"), all.value(QStringLiteral("id")));
    for (const Field &f : fields) {
        const QJsonValue value = all.value(f.name);
        if (value.isUndefined())
            continue;
        const QString subSpec = f.sub.isEmpty() ? nestedDefaults.value(f.name) : f.sub;
        if (subSpec.isEmpty() || !value.isObject()) {
            out.insert(f.name, value);
            continue;
        }
        const Fields sub = parseFields(subSpec).value_or(Fields{});
        QJsonObject nested = value.toObject();
        if (nested.value(QStringLiteral("data")).isArray()) {
            QJsonArray items;
            for (const auto &item : nested.value(QStringLiteral("data")).toArray())
                items.append(select(item.toObject(), sub));
            nested.insert(QStringLiteral("data"), items);
            out.insert(f.name, nested);
        } else {
            out.insert(f.name, select(nested, sub));
        }
    }
    return out;
}

// ---- Small helpers -----------------------------------------------------------------

QString graphTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+0000");
}

QJsonValue isoTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime fromIso(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

// Deterministic digits from a seed (stable ids for audience members across restarts).
QString stableDigits(const QString &seed, int digits)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(hash.at(i));
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(value % modulus, digits, 10, QLatin1Char('0'));
}

QString igIdFor(const QString &username)
{
    if (username == kIgUsername)
        return kIgUserId;
    return QStringLiteral("1784") + stableDigits(QStringLiteral("ig:") + username, 13);
}

// Instagram-scoped id of a person who messages the business (differs from the id in comments).
QString igsidFor(const QString &username)
{
    return QStringLiteral("5") + stableDigits(QStringLiteral("igsid:") + username, 15);
}

QString cursorFor(const QString &id)
{
    return QString::fromLatin1(
        id.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString idFromCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QString::fromUtf8(*decoded) : QString();
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

bool isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0 || url.hasFragment()
        || !url.userInfo().isEmpty())
        return false;
    return url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
}

HttpResponse htmlPage(int status, const QString &title, const QString &text)
{
    HttpResponse r = HttpResponse::text(
        status,
        QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p>"
                       "</body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8());
    r.contentType = "text/html; charset=utf-8";
    return r;
}

enum class ContainerStatus {
    InProgress,
    Finished,
    Error,
    Expired,
    Published
};

QString statusCodeName(ContainerStatus s)
{
    switch (s) {
    case ContainerStatus::InProgress: return QStringLiteral("IN_PROGRESS");
    case ContainerStatus::Finished: return QStringLiteral("FINISHED");
    case ContainerStatus::Error: return QStringLiteral("ERROR");
    case ContainerStatus::Expired: return QStringLiteral("EXPIRED");
    case ContainerStatus::Published: return QStringLiteral("PUBLISHED");
    }
    return {};
}

ContainerStatus statusFromName(const QString &name)
{
    for (ContainerStatus s : {ContainerStatus::InProgress, ContainerStatus::Finished, ContainerStatus::Error,
                              ContainerStatus::Expired, ContainerStatus::Published}) {
        if (statusCodeName(s) == name)
            return s;
    }
    return ContainerStatus::Error;
}

// A Reel container: its upload progress (hashed, never stored) and publishing state.
struct Container
{
    QString id;
    QString caption;
    QJsonObject options; // share_to_feed, thumb_offset, cover_url, location_id, collaborators
    QDateTime createdAt;
    qint64 fileSize = -1; // unknown until the first upload request
    qint64 received = 0;
    // The running hash of the bytes received so far (no bytes are kept); shared so that
    // Container stays copyable.
    std::shared_ptr<QCryptographicHash> hash;
    QString sha256; // hex, once complete
    ContainerStatus status = ContainerStatus::InProgress;
    QDateTime uploadedAt; // when the last byte arrived
    bool failProcessing = false;
    QString errorStatus; // the `status` text of an ERROR container
    QString mediaId;

    bool complete() const { return fileSize > 0 && received == fileSize; }

    QString statusText() const
    {
        switch (status) {
        case ContainerStatus::InProgress:
            if (complete())
                return QStringLiteral("In Progress: Media is still being processed.");
            if (fileSize < 0)
                return QStringLiteral("In Progress: Waiting for the video upload.");
            return QStringLiteral("In Progress: Uploaded %1 of %2 bytes.").arg(received).arg(fileSize);
        case ContainerStatus::Finished:
            return QStringLiteral("Finished: Media has been uploaded and it is ready to be published.");
        case ContainerStatus::Error: return errorStatus;
        case ContainerStatus::Expired:
            return QStringLiteral("Expired: The container was not published within 24 hours.");
        case ContainerStatus::Published: return QStringLiteral("Published: Media has been published.");
        }
        return {};
    }
};

// A published Reel.
struct Media
{
    QString id;
    QString containerId;
    QString caption;
    bool sharedToFeed = true;
    QDateTime publishedAt;
    int ordinal = 0; // picks this media's audience lines
    int audienceComments = 0; // scripted comments delivered so far
};

// A comment or a reply (parentId set) under a media.
struct Comment
{
    QString id;
    QString mediaId;
    QString parentId; // empty for top-level comments
    QString username;
    QString text;
    QDateTime timestamp;
    int likeCount = 0;
    bool byOwner = false;
};

// A private reply sent for a comment (one per comment).
struct PrivateReply
{
    QString commentId;
    QString text;
    QString messageId;
    QDateTime sentAt;
};

// An Instagram DM thread between the business and one person.
struct Conversation
{
    QString id;
    QString username; // the other participant
    QDateTime updatedTime;
    QDateTime lastUserMessageAt;
};

// One DM in a conversation.
struct Message
{
    QString id;
    QString conversationId;
    bool fromBusiness = false;
    QString text;
    QDateTime createdTime;
};

// Who is calling: the checked token and its grant.
struct Caller
{
    QString token;
    OAuthGrants::Grant grant;
    bool page = false;
};

enum class TokenKind {
    Any,
    Page
};

} // namespace

// Everything mutable. Handlers authenticate first (OAuthGrants and FaultInjector have their
// own locks), then take m_mutex for the rest; nothing here calls back into a locked path.
class InstagramSimulator::State
{
public:
    explicit State(InstagramSimulator &owner) : m_owner(owner) { }

    // ---- OAuth dialog and token endpoints ----------------------------------------

    HttpResponse handleAuthorize(const HttpRequest &r)
    {
        const ClientCredentials client = clientCredentials();
        const QString clientId = r.queryValue(QStringLiteral("client_id"));
        if (clientId.isEmpty() || clientId != client.clientId)
            return htmlPage(400, QStringLiteral("Invalid App ID"),
                            QStringLiteral("The provided app ID does not look like a valid app ID."));
        const QString redirectUri = r.queryValue(QStringLiteral("redirect_uri"));
        if (!isLoopbackRedirect(redirectUri))
            return htmlPage(
                400, QStringLiteral("URL blocked"),
                QStringLiteral("This redirect failed because the redirect URI is not allowed in the "
                               "app's client OAuth settings: use http://127.0.0.1:<port> or "
                               "http://localhost:<port>."));
        if (r.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
            return htmlPage(400, QStringLiteral("Invalid response_type"),
                            QStringLiteral("response_type must be 'code' for the authorization code flow."));
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        const QStringList scopes
            = r.queryValue(QStringLiteral("scope")).split(separators, Qt::SkipEmptyParts);
        QStringList unknown;
        for (const QString &s : scopes) {
            if (!knownPermissions().contains(s))
                unknown.append(s);
        }
        if (!unknown.isEmpty())
            return htmlPage(400, QStringLiteral("Invalid Scopes"),
                            QStringLiteral("Invalid Scopes: %1. This message is only shown to developers.")
                                .arg(unknown.join(QStringLiteral(", "))));

        QUrl target(redirectUri);
        QUrlQuery query(target);
        const auto encoded = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
        if (m_owner.takeFault(FaultRule::Action::DenyAuthorize, r)) {
            query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            query.addQueryItem(QStringLiteral("error_code"), QStringLiteral("200"));
            query.addQueryItem(QStringLiteral("error_description"),
                               encoded(QStringLiteral("Permissions error")));
            query.addQueryItem(QStringLiteral("error_reason"), QStringLiteral("user_denied"));
        } else {
            OAuthGrants::Code code;
            code.clientId = clientId;
            code.redirectUri = redirectUri;
            code.scopes = scopes;
            code.subject = kUserId;
            code.expiresAt = now().addSecs(kCodeTtlSeconds);
            query.addQueryItem(QStringLiteral("code"), encoded(m_grants.issueCode(code)));
        }
        if (r.hasQuery(QStringLiteral("state")))
            query.addQueryItem(QStringLiteral("state"), encoded(r.queryValue(QStringLiteral("state"))));
        target.setQuery(query);
        target.setFragment(QStringLiteral("_=_")); // Facebook appends it to every redirect
        return HttpResponse::redirect(target);
    }

    HttpResponse handleAccessToken(const HttpRequest &r)
    {
        const ClientCredentials client = clientCredentials();
        const QString clientId = param(r, QStringLiteral("client_id"));
        const QString secret = param(r, QStringLiteral("client_secret"));
        if (clientId.isEmpty())
            return graphFail(graphError(101, 0, QStringLiteral("Missing client_id parameter.")));
        if (clientId != client.clientId)
            return graphFail(
                graphError(101, 0, QStringLiteral("Error validating application. Invalid application ID.")));
        if (secret.isEmpty())
            return graphFail(invalidParameter(QStringLiteral("Missing client_secret parameter.")));
        if (secret != client.clientSecret)
            return graphFail(graphError(1, 0, QStringLiteral("Error validating client secret.")));

        const QString grantType = param(r, QStringLiteral("grant_type"));
        if (grantType == QLatin1String("fb_exchange_token"))
            return exchangeLongLived(r, clientId);
        if (!grantType.isEmpty())
            return graphFail(invalidParameter(QStringLiteral("Unsupported grant_type '%1'").arg(grantType)));
        return exchangeCode(r, clientId);
    }

    HttpResponse exchangeCode(const HttpRequest &r, const QString &clientId)
    {
        const QString redirectUri = param(r, QStringLiteral("redirect_uri"));
        const QString code = param(r, QStringLiteral("code"));
        if (redirectUri.isEmpty())
            return graphFail(graphError(191, 0, QStringLiteral("Missing redirect_uri parameter.")));
        if (code.isEmpty())
            return graphFail(invalidParameter(QStringLiteral("Missing code parameter.")));
        const QByteArray codeHash = QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256);
        const auto data = m_grants.redeemCode(code, now());
        {
            std::lock_guard lock(m_mutex);
            if (!data) {
                if (m_usedCodes.contains(codeHash))
                    return graphFail(graphError(100, 36009,
                                                QStringLiteral("This authorization code has been used."),
                                                QStringLiteral("Code already used"),
                                                QStringLiteral("Start the login again to get a new code.")));
                return graphFail(graphError(
                    100, 36007, QStringLiteral("Invalid verification code format or the code has expired."),
                    QStringLiteral("Invalid code"),
                    QStringLiteral("Start the login again to get a new code.")));
            }
            // A redeemed code is burnt even when the rest of the request is wrong.
            m_usedCodes.insert(codeHash);
        }
        if (data->clientId != clientId)
            return graphFail(
                graphError(100, 36007, QStringLiteral("The code was issued to another application.")));
        if (data->redirectUri != redirectUri)
            return graphFail(graphError(
                100, 36008,
                QStringLiteral(
                    "Error validating verification code. Please make sure your redirect_uri is identical "
                    "to the one you used in the OAuth dialog request"),
                QStringLiteral("redirect_uri mismatch"),
                QStringLiteral("The redirect_uri must be exactly the one sent to the login dialog.")));
        const OAuthGrants::Grant grant
            = m_grants.issue(clientId, kUserId, data->scopes, now(), kShortLivedSeconds, 0);
        {
            std::lock_guard lock(m_mutex);
            m_issuedTokens.append(grant.accessToken);
        }
        return graphOk(QJsonObject{{QStringLiteral("access_token"), grant.accessToken},
                                   {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                   {QStringLiteral("expires_in"), kShortLivedSeconds}});
    }

    HttpResponse exchangeLongLived(const HttpRequest &r, const QString &clientId)
    {
        const QString token = param(r, QStringLiteral("fb_exchange_token"));
        if (token.isEmpty())
            return graphFail(invalidParameter(QStringLiteral("Missing fb_exchange_token parameter.")));
        OAuthGrants::Grant grant;
        if (m_grants.check(token, now(), &grant) != OAuthGrants::Check::Ok || grant.clientId != clientId
            || grant.subject != kUserId)
            return graphFail(graphError(190, 0, QStringLiteral("Invalid OAuth access token.")));
        const auto exchanged = m_grants.exchangeLongLived(token, now(), kLongLivedSeconds);
        if (!exchanged)
            return graphFail(graphError(190, 0, QStringLiteral("Invalid OAuth access token.")));
        {
            std::lock_guard lock(m_mutex);
            m_issuedTokens.removeAll(token);
            m_issuedTokens.append(exchanged->accessToken);
        }
        return graphOk(QJsonObject{{QStringLiteral("access_token"), exchanged->accessToken},
                                   {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                   {QStringLiteral("expires_in"), kLongLivedSeconds}});
    }

    // ---- Who connected -------------------------------------------------------------

    HttpResponse handleMe(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {}))
            return graphFail(*error);
        const QString nodeType = caller.page ? QStringLiteral("Page") : QStringLiteral("User");
        Fields fields;
        if (auto error = requestedFields(r, QStringLiteral("id,name"), nodeType, &fields))
            return graphFail(*error);
        QJsonObject all;
        if (caller.page) {
            all = QJsonObject{{QStringLiteral("id"), kPageId},
                              {QStringLiteral("name"), kPageName},
                              {QStringLiteral("instagram_business_account"), igUserRef()}};
        } else {
            all = QJsonObject{{QStringLiteral("id"), kUserId}, {QStringLiteral("name"), kUserName}};
        }
        return graphOk(select(all, fields));
    }

    HttpResponse handleAccounts(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {}))
            return graphFail(*error);
        if (caller.page)
            return graphFail(invalidParameter(
                QStringLiteral("Tried accessing nonexisting field (accounts) on node type (Page)")));
        if (auto error = requireScopes(caller, {QStringLiteral("pages_show_list")}))
            return graphFail(*error);
        Fields fields;
        if (auto error
            = requestedFields(r, QStringLiteral("id,name,access_token"), QStringLiteral("Page"), &fields))
            return graphFail(*error);
        QJsonObject page{{QStringLiteral("id"), kPageId},
                         {QStringLiteral("name"), kPageName},
                         {QStringLiteral("instagram_business_account"), igUserRef()}};
        const bool wantsToken = std::any_of(fields.cbegin(), fields.cend(), [](const Field &f) {
            return f.name == QLatin1String("access_token");
        });
        if (wantsToken)
            page.insert(QStringLiteral("access_token"), pageTokenFor(caller));
        const QString cursor = cursorFor(kPageId);
        return graphOk(QJsonObject{{QStringLiteral("data"), QJsonArray{select(page, fields)}},
                                   {QStringLiteral("paging"),
                                    QJsonObject{{QStringLiteral("cursors"),
                                                 QJsonObject{{QStringLiteral("before"), cursor},
                                                             {QStringLiteral("after"), cursor}}}}}});
    }

    HttpResponse handlePermissions(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {}))
            return graphFail(*error);
        if (caller.page)
            return graphFail(invalidParameter(
                QStringLiteral("Tried accessing nonexisting field (permissions) on node type (Page)")));
        // Deauthorizing the app ends every token it holds for this user, Page tokens included.
        std::lock_guard lock(m_mutex);
        QStringList keep;
        for (const QString &token : std::as_const(m_issuedTokens)) {
            OAuthGrants::Grant grant;
            const OAuthGrants::Check check = m_grants.check(token, now(), &grant);
            if (check == OAuthGrants::Check::Ok || check == OAuthGrants::Check::Expired) {
                if (grant.clientId == caller.grant.clientId)
                    m_grants.revoke(token);
                else
                    keep.append(token);
            }
        }
        m_issuedTokens = keep;
        m_pageTokens.clear();
        return graphOk(QJsonObject{{QStringLiteral("success"), true}});
    }

    // ---- Reel containers and the upload ------------------------------------------

    HttpResponse handleMediaCreate(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {QStringLiteral("instagram_content_publish")}))
            return graphFail(*error);
        if (r.pathParams.value(0) != kIgUserId)
            return graphFail(unknownObject(r.pathParams.value(0), r.method));

        const QString mediaType = param(r, QStringLiteral("media_type"));
        if (mediaType.isEmpty() || mediaType == QLatin1String("IMAGE"))
            return graphFail(invalidParameter(QStringLiteral("The parameter image_url is required.")));
        if (mediaType == QLatin1String("VIDEO"))
            return graphFail(invalidParameter(
                QStringLiteral("The VIDEO media type is no longer supported for feed posts. Use REELS.")));
        if (mediaType != QLatin1String("REELS"))
            return graphFail(invalidParameter(
                mediaType == QLatin1String("STORIES") || mediaType == QLatin1String("CAROUSEL")
                    ? QStringLiteral("media_type %1 is not supported by the simulator; use REELS")
                          .arg(mediaType)
                    : QStringLiteral(
                        "Param media_type must be one of {IMAGE, VIDEO, REELS, STORIES, CAROUSEL}")));
        const QString uploadType = param(r, QStringLiteral("upload_type"));
        if (!uploadType.isEmpty() && uploadType != QLatin1String("resumable"))
            return graphFail(
                invalidParameter(QStringLiteral("Param upload_type must be one of {resumable}")));
        if (uploadType.isEmpty())
            return graphFail(invalidParameter(
                hasParam(r, QStringLiteral("video_url"))
                    ? QStringLiteral("The simulator cannot download video_url; use upload_type=resumable")
                    : QStringLiteral("The parameter video_url is required.")));

        const QString caption = param(r, QStringLiteral("caption"));
        if (auto error = checkCaption(caption))
            return graphFail(*error);
        QJsonObject options;
        if (auto error = readOptions(r, &options))
            return graphFail(*error);

        std::lock_guard lock(m_mutex);
        const QDateTime t = now();
        const auto recent = std::count_if(m_containers.cbegin(), m_containers.cend(),
                                          [&](const Container &c) { return c.createdAt.secsTo(t) < kDay; });
        if (recent >= kContainersPerDay)
            return graphFail(graphError(
                9, 0,
                QStringLiteral("(#9) The account has created the maximum of %1 containers in 24 hours.")
                    .arg(kContainersPerDay),
                QStringLiteral("Too many containers"),
                QStringLiteral("Try again when the oldest container is more than 24 hours old.")));
        Container c;
        c.id = kContainerPrefix + QStringLiteral("%1").arg(++m_nextContainer, 13, 10, QLatin1Char('0'));
        c.caption = caption;
        c.options = options;
        c.createdAt = t;
        m_containers.insert(c.id, c);
        const QString uri = QString(m_owner.context().baseUrl + paths::kInstagramRupload
                                    + QStringLiteral("/ig-api-upload/v25.0/") + c.id);
        return graphOk(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("uri"), uri}});
    }

    std::optional<GraphError> checkCaption(const QString &caption) const
    {
        const auto limit = [](const QString &rule, const QString &userMsg) {
            return graphError(36004, 2207010, QStringLiteral("The caption exceeds a limit: %1").arg(rule),
                              QStringLiteral("Caption too long"), userMsg);
        };
        if (codePoints(caption) > kCaptionMax)
            return limit(QStringLiteral("more than %1 characters").arg(kCaptionMax),
                         QStringLiteral("The caption may have at most %1 characters.").arg(kCaptionMax));
        static const QRegularExpression hashtag(QStringLiteral("#[\\w]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression mention(QStringLiteral("@[\\w.]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        const auto count = [&caption](const QRegularExpression &re) {
            qsizetype n = 0;
            for (auto it = re.globalMatch(caption); it.hasNext(); it.next())
                ++n;
            return n;
        };
        if (count(hashtag) > kHashtagsMax)
            return limit(QStringLiteral("more than %1 hashtags").arg(kHashtagsMax),
                         QStringLiteral("The caption may have at most %1 hashtags.").arg(kHashtagsMax));
        if (count(mention) > kMentionsMax)
            return limit(QStringLiteral("more than %1 @mentions").arg(kMentionsMax),
                         QStringLiteral("The caption may mention at most %1 accounts.").arg(kMentionsMax));
        return std::nullopt;
    }

    std::optional<GraphError> readOptions(const HttpRequest &r, QJsonObject *options) const
    {
        if (hasParam(r, QStringLiteral("share_to_feed"))) {
            const QString v = param(r, QStringLiteral("share_to_feed"));
            if (v != QLatin1String("true") && v != QLatin1String("false"))
                return invalidParameter(QStringLiteral("Param share_to_feed must be a boolean"));
            options->insert(QStringLiteral("share_to_feed"), v == QLatin1String("true"));
        }
        if (hasParam(r, QStringLiteral("thumb_offset"))) {
            bool ok = false;
            const qint64 offset = param(r, QStringLiteral("thumb_offset")).toLongLong(&ok);
            if (!ok || offset < 0)
                return graphError(
                    1, 2207057,
                    QStringLiteral("Thumbnail offset must be a non-negative number of milliseconds"),
                    QStringLiteral("Invalid thumbnail offset"),
                    QStringLiteral("Thumbnail offset must be greater than or equal to 0."));
            options->insert(QStringLiteral("thumb_offset"), offset);
        }
        if (hasParam(r, QStringLiteral("cover_url"))) {
            const QUrl url(param(r, QStringLiteral("cover_url")), QUrl::StrictMode);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                || url.host().isEmpty())
                return invalidParameter(QStringLiteral("Param cover_url must be a public http(s) URL"));
            options->insert(QStringLiteral("cover_url"), url.toString());
        }
        if (hasParam(r, QStringLiteral("location_id"))) {
            static const QRegularExpression digits(QStringLiteral("^\\d+$"));
            const QString v = param(r, QStringLiteral("location_id"));
            if (!digits.match(v).hasMatch())
                return invalidParameter(QStringLiteral("Param location_id must be a Page id"));
            options->insert(QStringLiteral("location_id"), v);
        }
        if (hasParam(r, QStringLiteral("collaborators"))) {
            const QString v = param(r, QStringLiteral("collaborators")).trimmed();
            QStringList names;
            if (v.startsWith(QLatin1Char('['))) {
                const QJsonDocument doc = QJsonDocument::fromJson(v.toUtf8());
                if (!doc.isArray())
                    return invalidParameter(
                        QStringLiteral("Param collaborators must be a list of usernames"));
                for (const auto &name : doc.array())
                    names.append(name.toString());
            } else {
                names = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            static const QRegularExpression username(QStringLiteral("^[A-Za-z0-9._]{1,30}$"));
            for (QString &name : names) {
                name = name.trimmed();
                if (!username.match(name).hasMatch())
                    return invalidParameter(QStringLiteral("Param collaborators has an invalid username"));
            }
            if (names.size() > kCollaboratorsMax)
                return invalidParameter(
                    QStringLiteral("At most %1 collaborators can be invited").arg(kCollaboratorsMax));
            options->insert(QStringLiteral("collaborators"), QJsonArray::fromStringList(names));
        }
        return std::nullopt;
    }

    HttpResponse handleRupload(const HttpRequest &r)
    {
        // The upload host wants "Authorization: OAuth <token>" and nothing else.
        const QString token = r.authorizationToken("OAuth");
        if (token.isEmpty())
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("Invalid OAuth access token - the Authorization header must be "
                                              "'OAuth <access token>'"),
                               190, 0);
        Caller caller;
        if (auto error = authenticate(r, token, &caller))
            return ruploadFail(400, QStringLiteral("OAuthException"), error->message, error->code,
                               error->subcode);
        if (auto error = requireScopes(caller, {QStringLiteral("instagram_content_publish")}))
            return ruploadFail(400, QStringLiteral("OAuthException"), error->message, error->code,
                               error->subcode);

        const QString id = r.pathParams.value(0);
        std::lock_guard lock(m_mutex);
        const auto it = m_containers.find(id);
        if (it == m_containers.end())
            return ruploadFail(404, QStringLiteral("NotFoundError"),
                               QStringLiteral("No upload session for media container '%1'").arg(id));
        Container &c = *it;
        if (r.method == "GET") {
            // UNVERIFIED: how to ask rupload for the received offset is not documented
            // (platform-apis.md). The simulator answers GET on the upload URI with the
            // number of bytes it has, so adapters can resume instead of starting over.
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("offset"), c.received}});
        }
        if (c.status != ContainerStatus::Published && c.status != ContainerStatus::Expired
            && m_owner.takeFault(FaultRule::Action::UploadUrlExpired, r))
            c.status = ContainerStatus::Expired;
        if (c.status == ContainerStatus::Expired)
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("The upload session for container %1 has expired; create a new "
                                              "container")
                                   .arg(id));
        if (c.complete() || c.status != ContainerStatus::InProgress)
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("The upload for container %1 is complete already (%2)")
                                   .arg(id, statusCodeName(c.status)));

        bool offsetOk = false;
        bool sizeOk = false;
        const qint64 offset = r.header("offset").trimmed().toLongLong(&offsetOk);
        const qint64 fileSize = r.header("file_size").trimmed().toLongLong(&sizeOk);
        if (!r.hasHeader("offset") || !offsetOk || offset < 0)
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("Missing or invalid header: offset (a byte count)"));
        if (!r.hasHeader("file_size") || !sizeOk || fileSize <= 0)
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("Missing or invalid header: file_size (the total byte count)"));
        if (fileSize > kMaxVideoBytes)
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("file_size %1 exceeds the %2-byte limit for Reels")
                                   .arg(fileSize)
                                   .arg(kMaxVideoBytes));
        if (c.fileSize > 0 && fileSize != c.fileSize)
            return ruploadFail(
                400, QStringLiteral("ProcessingFailedError"),
                QStringLiteral("file_size changed from %1 to %2; it must stay the same for the "
                               "whole upload")
                    .arg(c.fileSize)
                    .arg(fileSize));
        if (offset != c.received)
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("offset %1 does not match the %2 bytes received so far")
                                   .arg(offset)
                                   .arg(c.received));
        bool lengthOk = false;
        const qint64 length = r.header("content-length").trimmed().toLongLong(&lengthOk);
        if (!lengthOk || length != r.body.size())
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("Content-Length is required and must match the body"));
        if (r.body.isEmpty())
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("The body is empty"));
        if (offset + r.body.size() > fileSize)
            return ruploadFail(400, QStringLiteral("ProcessingFailedError"),
                               QStringLiteral("The body runs past file_size (%1 + %2 > %3)")
                                   .arg(offset)
                                   .arg(r.body.size())
                                   .arg(fileSize));

        c.fileSize = fileSize;
        if (!c.hash)
            c.hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
        c.hash->addData(r.body);
        c.received += r.body.size();
        if (c.complete()) {
            c.sha256 = QString::fromLatin1(c.hash->result().toHex());
            c.hash.reset();
            c.uploadedAt = now();
            if (const auto fault = m_owner.takeFault(FaultRule::Action::ProcessingFailed, r)) {
                c.failProcessing = true;
                const QString reason = fault->reason.isEmpty()
                    ? QStringLiteral(
                        "Media upload has failed with error code 2207026 (unsupported video format)")
                    : fault->reason;
                c.errorStatus = reason.startsWith(QLatin1String("error"), Qt::CaseInsensitive)
                    ? reason
                    : QString(QStringLiteral("Error: ") + reason);
            }
        }
        return HttpResponse::json(
            200,
            QJsonObject{{QStringLiteral("success"), true},
                        {QStringLiteral("message"), QStringLiteral("Upload successful.")}});
    }

    HttpResponse handleContainerStatus(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {QStringLiteral("instagram_content_publish")}))
            return graphFail(*error);
        Fields fields;
        if (auto error
            = requestedFields(r, QStringLiteral("id"), QStringLiteral("ShadowIGMediaBuilder"), &fields))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        const auto it = m_containers.constFind(r.pathParams.value(0));
        if (it == m_containers.cend())
            return graphFail(unknownObject(r.pathParams.value(0), r.method));
        return graphOk(select(QJsonObject{{QStringLiteral("id"), it->id},
                                          {QStringLiteral("status_code"), statusCodeName(it->status)},
                                          {QStringLiteral("status"), it->statusText()}},
                              fields));
    }

    // ---- Publishing --------------------------------------------------------------

    HttpResponse handlePublish(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {QStringLiteral("instagram_content_publish")}))
            return graphFail(*error);
        if (r.pathParams.value(0) != kIgUserId)
            return graphFail(unknownObject(r.pathParams.value(0), r.method));
        const QString creationId = param(r, QStringLiteral("creation_id"));
        if (creationId.isEmpty())
            return graphFail(invalidParameter(QStringLiteral("The parameter creation_id is required.")));

        std::lock_guard lock(m_mutex);
        const auto it = m_containers.find(creationId);
        if (it == m_containers.end())
            return graphFail(invalidParameter(
                QStringLiteral("Param creation_id '%1' is not a media container of this account")
                    .arg(creationId),
                33));
        Container &c = *it;
        const QDateTime t = now();
        if (m_owner.takeFault(FaultRule::Action::QuotaExhausted, r))
            m_quotaExhaustedUntil = t.addSecs(kDay);
        if (quotaUsageLocked(t) >= kQuotaTotal)
            return graphFail(graphError(
                9, 2207042, QStringLiteral("(#9) Application request limit reached"),
                QStringLiteral("Max posts reached"),
                QStringLiteral(
                    "You reached maximum number of posts that is allowed to be published by Content "
                    "Publishing API.")));
        switch (c.status) {
        case ContainerStatus::InProgress:
            return graphFail(
                graphError(9007, 2207027, QStringLiteral("Media ID is not available"),
                           QStringLiteral("Media not ready for publishing"),
                           QStringLiteral("The media is not ready for publishing, please wait for a "
                                          "moment")));
        case ContainerStatus::Expired:
            // Documented in Instagram's error table (code -2, subcode 2207020): "The media
            // you are trying to access has expired. Please try to upload again."
            return graphFail(graphError(
                -2, 2207020, QStringLiteral("The media container %1 has expired.").arg(c.id),
                QStringLiteral("Media expired"),
                QStringLiteral(
                    "The media you are trying to access has expired. Please try to upload again.")));
        case ContainerStatus::Error:
            // Documented as "unknown upload error: generate a new container" (-1, 2207053).
            return graphFail(graphError(
                -1, 2207053, QStringLiteral("The media container failed processing: %1").arg(c.statusText()),
                QStringLiteral("Media processing failed"),
                QStringLiteral("The video could not be processed. Upload it again in a new "
                               "container.")));
        case ContainerStatus::Published:
            return graphFail(
                invalidParameter(QStringLiteral("The media container %1 was published already as "
                                                "media %2; it cannot be published twice")
                                     .arg(c.id, c.mediaId)));
        case ContainerStatus::Finished: break;
        }

        Media m;
        m.id = kMediaPrefix + QStringLiteral("%1").arg(++m_nextMedia, 13, 10, QLatin1Char('0'));
        m.containerId = c.id;
        m.caption = c.caption;
        m.sharedToFeed = c.options.value(QStringLiteral("share_to_feed")).toBool(true);
        m.publishedAt = t;
        m.ordinal = m_nextMedia;
        m_media.insert(m.id, m);
        c.status = ContainerStatus::Published;
        c.mediaId = m.id;
        m_publishTimes.append(t);
        if (!m_firstPublishAt.isValid())
            m_firstPublishAt = t;
        return graphOk(QJsonObject{{QStringLiteral("id"), m.id}});
    }

    HttpResponse handlePublishingLimit(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {QStringLiteral("instagram_content_publish")}))
            return graphFail(*error);
        if (r.pathParams.value(0) != kIgUserId)
            return graphFail(unknownObject(r.pathParams.value(0), r.method));
        Fields fields;
        if (auto error = requestedFields(r, QStringLiteral("quota_usage"),
                                         QStringLiteral("ContentPublishingLimit"), &fields))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        const QDateTime t = now();
        if (m_owner.takeFault(FaultRule::Action::QuotaExhausted, r))
            m_quotaExhaustedUntil = t.addSecs(kDay);
        const QJsonObject all{{QStringLiteral("quota_usage"), qMin(quotaUsageLocked(t), kQuotaTotal)},
                              {QStringLiteral("config"),
                               QJsonObject{{QStringLiteral("quota_total"), kQuotaTotal},
                                           {QStringLiteral("quota_duration"), kDay}}}};
        return graphOk(QJsonObject{{QStringLiteral("data"), QJsonArray{select(all, fields)}}});
    }

    // ---- Reading media and comments ------------------------------------------------

    HttpResponse handleMediaList(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, {QStringLiteral("instagram_basic")}))
            return graphFail(*error);
        if (r.pathParams.value(0) != kIgUserId)
            return graphFail(unknownObject(r.pathParams.value(0), r.method));
        Fields fields;
        if (auto error = requestedFields(r, QStringLiteral("id"), QStringLiteral("IGMedia"), &fields))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        QList<const Media *> all;
        for (const Media &m : std::as_const(m_media))
            all.append(&m);
        std::sort(all.begin(), all.end(), [](const Media *a, const Media *b) {
            return a->publishedAt != b->publishedAt ? a->publishedAt > b->publishedAt : a->id > b->id;
        });
        QStringList ids;
        for (const Media *m : all)
            ids.append(m->id);
        return pagedList(r, ids, kDefaultPageSize, [&](const QString &id) {
            return select(mediaJsonLocked(m_media.value(id)), fields);
        });
    }

    HttpResponse handleNodeGet(const HttpRequest &r)
    {
        const QString id = r.pathParams.value(0);
        const bool isComment = id.startsWith(kCommentPrefix);
        Caller caller;
        const QStringList scopes = isComment
            ? QStringList{QStringLiteral("instagram_basic"), QStringLiteral("instagram_manage_comments")}
            : QStringList{QStringLiteral("instagram_basic")};
        if (auto error = admit(r, &caller, scopes))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        Fields fields;
        if (id == kIgUserId) {
            if (auto error = requestedFields(r, QStringLiteral("id"), QStringLiteral("IGUser"), &fields))
                return graphFail(*error);
            return graphOk(select(igUserJsonLocked(), fields));
        }
        if (m_media.contains(id)) {
            if (auto error = requestedFields(r, QStringLiteral("id"), QStringLiteral("IGMedia"), &fields))
                return graphFail(*error);
            return graphOk(select(mediaJsonLocked(m_media.value(id)), fields));
        }
        if (m_comments.contains(id)) {
            if (auto error = requestedFields(r, QStringLiteral("id,text,timestamp"),
                                             QStringLiteral("IGComment"), &fields))
                return graphFail(*error);
            return graphOk(select(commentJsonLocked(m_comments.value(id), true), fields, commentDefaults()));
        }
        return graphFail(unknownObject(id, r.method));
    }

    HttpResponse handleComments(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(
                r, &caller, {QStringLiteral("instagram_basic"), QStringLiteral("instagram_manage_comments")}))
            return graphFail(*error);
        Fields fields;
        if (auto error
            = requestedFields(r, QStringLiteral("id,text,timestamp"), QStringLiteral("IGComment"), &fields))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        const QString mediaId = r.pathParams.value(0);
        if (!m_media.contains(mediaId))
            return graphFail(unknownObject(mediaId, r.method));
        // Newest first, so new comments arrive at the top and cursors stay stable.
        const QStringList ids = commentIdsLocked(mediaId, {}, false);
        return pagedList(r, ids, kDefaultPageSize, [&](const QString &id) {
            return select(commentJsonLocked(m_comments.value(id), true), fields, commentDefaults());
        });
    }

    HttpResponse handleRepliesGet(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(
                r, &caller, {QStringLiteral("instagram_basic"), QStringLiteral("instagram_manage_comments")}))
            return graphFail(*error);
        Fields fields;
        if (auto error
            = requestedFields(r, QStringLiteral("id,text,timestamp"), QStringLiteral("IGComment"), &fields))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        const QString parentId = r.pathParams.value(0);
        const auto parent = m_comments.constFind(parentId);
        if (parent == m_comments.cend() || !parent->parentId.isEmpty())
            return graphFail(unknownObject(parentId, r.method));
        // Replies read as a thread: oldest first.
        const QStringList ids = commentIdsLocked(parent->mediaId, parentId, true);
        return pagedList(r, ids, kDefaultPageSize, [&](const QString &id) {
            return select(commentJsonLocked(m_comments.value(id), false), fields);
        });
    }

    HttpResponse handleRepliesPost(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(
                r, &caller, {QStringLiteral("instagram_basic"), QStringLiteral("instagram_manage_comments")}))
            return graphFail(*error);
        const QString message = param(r, QStringLiteral("message"));
        std::lock_guard lock(m_mutex);
        const QString parentId = r.pathParams.value(0);
        const auto parent = m_comments.constFind(parentId);
        if (parent == m_comments.cend())
            return graphFail(unknownObject(parentId, r.method));
        if (!parent->parentId.isEmpty())
            return graphFail(
                invalidParameter(QStringLiteral("Replies can only be made to top-level comments")));
        if (message.trimmed().isEmpty())
            return graphFail(invalidParameter(QStringLiteral("The parameter message is required.")));
        if (codePoints(message) > kCaptionMax)
            return graphFail(invalidParameter(
                QStringLiteral("The parameter message must be at most %1 characters").arg(kCaptionMax)));
        const QString id = addCommentLocked(parent->mediaId, parentId, kIgUsername, message, now(), true, 0);
        return graphOk(QJsonObject{{QStringLiteral("id"), id}});
    }

    // ---- Messaging (Page token) ----------------------------------------------------

    HttpResponse handleMessageSend(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, messagingScopes(), TokenKind::Page))
            return graphFail(*error);
        const QString target = r.pathParams.value(0);
        if (target != kIgUserId && target != kPageId)
            return graphFail(unknownObject(target, r.method));
        if (!r.header("content-type").trimmed().toLower().startsWith("application/json"))
            return graphFail(
                invalidParameter(QStringLiteral("The body must be JSON (Content-Type: application/json)")));
        const auto body = r.json();
        if (!body)
            return graphFail(invalidParameter(QStringLiteral("The body is not a JSON object")));
        const QJsonObject recipient = body->value(QStringLiteral("recipient")).toObject();
        const QJsonValue textValue
            = body->value(QStringLiteral("message")).toObject().value(QStringLiteral("text"));
        if (recipient.isEmpty())
            return graphFail(invalidParameter(QStringLiteral("param recipient must be non-empty.")));
        if (!textValue.isString() || textValue.toString().trimmed().isEmpty())
            return graphFail(invalidParameter(QStringLiteral("param message must have a non-empty text.")));
        const QString text = textValue.toString();
        if (text.toUtf8().size() > kMessageTextMax)
            return graphFail(invalidParameter(
                QStringLiteral("param message.text must be at most %1 bytes of UTF-8").arg(kMessageTextMax)));

        std::lock_guard lock(m_mutex);
        const QDateTime t = now();
        if (recipient.contains(QStringLiteral("comment_id")))
            return privateReplyLocked(recipient.value(QStringLiteral("comment_id")).toString(), text, t);
        const QString igsid = recipient.value(QStringLiteral("id")).toString();
        const auto conversation
            = std::find_if(m_conversations.begin(), m_conversations.end(),
                           [&](const Conversation &c) { return igsidFor(c.username) == igsid; });
        if (igsid.isEmpty() || conversation == m_conversations.end())
            return graphFail(graphError(100, 2018001, QStringLiteral("(#100) No matching user found")));
        if (!conversation->lastUserMessageAt.isValid()
            || conversation->lastUserMessageAt.secsTo(t) > kMessagingWindow)
            return graphFail(outsideWindow());
        const QString messageId = addMessageLocked(conversation->id, true, text, t);
        return graphOk(
            QJsonObject{{QStringLiteral("recipient_id"), igsid}, {QStringLiteral("message_id"), messageId}});
    }

    HttpResponse privateReplyLocked(const QString &commentId, const QString &text, const QDateTime &t)
    {
        const auto comment = m_comments.constFind(commentId);
        if (comment == m_comments.cend())
            return graphFail(invalidParameter(QStringLiteral("No comment with id '%1'").arg(commentId), 33));
        if (comment->byOwner)
            return graphFail(
                invalidParameter(QStringLiteral("Cannot send a private reply to your own comment")));
        for (const PrivateReply &p : std::as_const(m_privateReplies)) {
            if (p.commentId == commentId)
                return graphFail(graphError(
                    10900, 0, QStringLiteral("Activity already replied to"),
                    QStringLiteral("Already replied"),
                    QStringLiteral("This comment has a private reply already; only one is allowed.")));
        }
        if (comment->timestamp.secsTo(t) > kPrivateReplyWindow)
            return graphFail(outsideWindow());
        const QString conversationId = conversationForLocked(comment->username);
        const QString messageId = addMessageLocked(conversationId, true, text, t);
        m_privateReplies.append({commentId, text, messageId, t});
        return graphOk(QJsonObject{{QStringLiteral("recipient_id"), igsidFor(comment->username)},
                                   {QStringLiteral("message_id"), messageId}});
    }

    HttpResponse handleConversations(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, messagingScopes(), TokenKind::Page))
            return graphFail(*error);
        Fields fields;
        if (auto error
            = requestedFields(r, QStringLiteral("id,updated_time"), QStringLiteral("UnifiedThread"), &fields))
            return graphFail(*error);
        const QString platform = param(r, QStringLiteral("platform")).toLower();
        if (!platform.isEmpty() && platform != QLatin1String("instagram")
            && platform != QLatin1String("messenger"))
            return graphFail(
                invalidParameter(QStringLiteral("Param platform must be one of {instagram, messenger}")));
        std::lock_guard lock(m_mutex);
        QStringList ids;
        if (platform == QLatin1String("instagram")) { // the Page itself has no Messenger conversations
            QList<const Conversation *> all;
            for (const Conversation &c : std::as_const(m_conversations))
                all.append(&c);
            std::sort(all.begin(), all.end(), [](const Conversation *a, const Conversation *b) {
                return a->updatedTime != b->updatedTime ? a->updatedTime > b->updatedTime : a->id > b->id;
            });
            for (const Conversation *c : all)
                ids.append(c->id);
        }
        return pagedList(r, ids, kDefaultPageSize, [&](const QString &id) {
            return select(conversationJsonLocked(m_conversations.value(id)), fields, conversationDefaults());
        });
    }

    HttpResponse handleConversation(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, messagingScopes(), TokenKind::Page))
            return graphFail(*error);
        Fields fields;
        if (auto error = requestedFields(r, QStringLiteral("id"), QStringLiteral("UnifiedThread"), &fields))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        const auto it = m_conversations.constFind(r.pathParams.value(0));
        if (it == m_conversations.cend())
            return graphFail(unknownObject(r.pathParams.value(0), r.method));
        return graphOk(select(conversationJsonLocked(*it), fields, conversationDefaults()));
    }

    HttpResponse handleMessage(const HttpRequest &r)
    {
        Caller caller;
        if (auto error = admit(r, &caller, messagingScopes(), TokenKind::Page))
            return graphFail(*error);
        Fields fields;
        if (auto error = requestedFields(r, QStringLiteral("id"), QStringLiteral("Message"), &fields))
            return graphFail(*error);
        std::lock_guard lock(m_mutex);
        const auto it = m_messages.constFind(r.pathParams.value(0));
        if (it == m_messages.cend())
            return graphFail(unknownObject(r.pathParams.value(0), r.method));
        if (!recentMessageIdsLocked(it->conversationId).contains(it->id))
            return graphFail(invalidParameter(
                QStringLiteral("Only the %1 most recent messages of a conversation can be read")
                    .arg(kRecentMessages)));
        return graphOk(select(messageJsonLocked(*it), fields));
    }

    // ---- Time, audience, persistence -------------------------------------------------

    void advanceLocked(const QDateTime &t)
    {
        for (Container &c : m_containers) {
            const bool open
                = c.status == ContainerStatus::InProgress || c.status == ContainerStatus::Finished;
            if (open && c.createdAt.secsTo(t) >= kDay) {
                c.status = ContainerStatus::Expired;
                continue;
            }
            if (c.status == ContainerStatus::InProgress && c.complete() && c.uploadedAt.isValid()
                && c.uploadedAt.secsTo(t) >= kProcessingSeconds)
                c.status = c.failProcessing ? ContainerStatus::Error : ContainerStatus::Finished;
        }
        for (Media &m : m_media) {
            const int due = AudienceScript::commentsDue(m.publishedAt.secsTo(t));
            while (m.audienceComments < due) {
                const int k = m.audienceComments++;
                const AudienceLine line
                    = AudienceScript::comment(static_cast<quint64>(m.ordinal) * 5 + static_cast<quint64>(k));
                addCommentLocked(m.id, {}, line.author, line.text,
                                 m.publishedAt.addSecs(60 + qint64{k} * 600), false, (k * 7) % 23);
            }
        }
        if (m_firstPublishAt.isValid()) {
            const qint64 due
                = qMin<qint64>(kAudienceMessagesCap, m_firstPublishAt.secsTo(t) / kAudienceMessageEvery);
            while (m_audienceMessages < due) {
                const int i = m_audienceMessages++;
                const AudienceLine line = AudienceScript::message(static_cast<quint64>(i));
                const QDateTime at = m_firstPublishAt.addSecs((qint64{i} + 1) * kAudienceMessageEvery);
                addMessageLocked(conversationForLocked(line.author), false, line.text, at);
            }
        }
    }

    void tick()
    {
        std::lock_guard lock(m_mutex);
        advanceLocked(now());
    }

    void addComments(const QString &mediaId, int count)
    {
        std::lock_guard lock(m_mutex);
        if (!m_media.contains(mediaId))
            return;
        const QDateTime t = now();
        for (int i = 0; i < count; ++i) {
            const AudienceLine line = AudienceScript::comment(static_cast<quint64>(m_nextComment));
            addCommentLocked(mediaId, {}, line.author, line.text, t, false, i % 11);
        }
    }

    QJsonObject worldView()
    {
        std::lock_guard lock(m_mutex);
        advanceLocked(now());
        QJsonArray containers;
        for (const Container &c : std::as_const(m_containers)) {
            QJsonObject o{{QStringLiteral("id"), c.id},
                          {QStringLiteral("status_code"), statusCodeName(c.status)},
                          {QStringLiteral("file_size"), c.fileSize},
                          {QStringLiteral("received"), c.received},
                          {QStringLiteral("caption"), c.caption},
                          {QStringLiteral("media_id"), c.mediaId}};
            if (!c.sha256.isEmpty())
                o.insert(QStringLiteral("sha256"), c.sha256);
            containers.append(o);
        }
        QJsonArray media;
        for (const Media &m : std::as_const(m_media))
            media.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("caption"), m.caption},
                                     {QStringLiteral("published_at"), isoTime(m.publishedAt)}});
        QJsonArray comments;
        for (const Comment &c : std::as_const(m_comments))
            comments.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("media_id"), c.mediaId},
                                        {QStringLiteral("parent_id"), c.parentId},
                                        {QStringLiteral("username"), c.username},
                                        {QStringLiteral("text"), c.text},
                                        {QStringLiteral("timestamp"), isoTime(c.timestamp)},
                                        {QStringLiteral("by_owner"), c.byOwner}});
        QJsonArray privateReplies;
        for (const PrivateReply &p : std::as_const(m_privateReplies))
            privateReplies.append(QJsonObject{{QStringLiteral("comment_id"), p.commentId},
                                              {QStringLiteral("text"), p.text},
                                              {QStringLiteral("message_id"), p.messageId}});
        QJsonArray messages;
        for (const Message &m : std::as_const(m_messages))
            messages.append(
                QJsonObject{{QStringLiteral("id"), m.id},
                            {QStringLiteral("conversation_id"), m.conversationId},
                            {QStringLiteral("from"),
                             m.fromBusiness ? kIgUsername : m_conversations.value(m.conversationId).username},
                            {QStringLiteral("text"), m.text},
                            {QStringLiteral("created_time"), isoTime(m.createdTime)}});
        return QJsonObject{
            {QStringLiteral("containers"), containers},
            {QStringLiteral("media"), media},
            {QStringLiteral("comments"), comments},
            {QStringLiteral("private_replies"), privateReplies},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("publishing"),
             QJsonObject{{QStringLiteral("quota_usage"), qMin(quotaUsageLocked(now()), kQuotaTotal)}}}};
    }

    QJsonObject save() const
    {
        std::lock_guard lock(m_mutex);
        QJsonArray containers;
        for (const Container &c : std::as_const(m_containers)) {
            // A half-done upload cannot be resumed after a restart (the running hash is not
            // persisted): it restarts from offset 0, which GET on the upload URI reports.
            const bool partial = !c.complete();
            containers.append(QJsonObject{{QStringLiteral("id"), c.id},
                                          {QStringLiteral("caption"), c.caption},
                                          {QStringLiteral("options"), c.options},
                                          {QStringLiteral("created_at"), isoTime(c.createdAt)},
                                          {QStringLiteral("file_size"), partial ? qint64{-1} : c.fileSize},
                                          {QStringLiteral("received"), partial ? qint64{0} : c.received},
                                          {QStringLiteral("sha256"), c.sha256},
                                          {QStringLiteral("status_code"), statusCodeName(c.status)},
                                          {QStringLiteral("uploaded_at"), isoTime(c.uploadedAt)},
                                          {QStringLiteral("fail_processing"), c.failProcessing},
                                          {QStringLiteral("error_status"), c.errorStatus},
                                          {QStringLiteral("media_id"), c.mediaId}});
        }
        QJsonArray media;
        for (const Media &m : std::as_const(m_media))
            media.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("container_id"), m.containerId},
                                     {QStringLiteral("caption"), m.caption},
                                     {QStringLiteral("shared_to_feed"), m.sharedToFeed},
                                     {QStringLiteral("published_at"), isoTime(m.publishedAt)},
                                     {QStringLiteral("ordinal"), m.ordinal},
                                     {QStringLiteral("audience_comments"), m.audienceComments}});
        QJsonArray comments;
        for (const Comment &c : std::as_const(m_comments))
            comments.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("media_id"), c.mediaId},
                                        {QStringLiteral("parent_id"), c.parentId},
                                        {QStringLiteral("username"), c.username},
                                        {QStringLiteral("text"), c.text},
                                        {QStringLiteral("timestamp"), isoTime(c.timestamp)},
                                        {QStringLiteral("like_count"), c.likeCount},
                                        {QStringLiteral("by_owner"), c.byOwner}});
        QJsonArray privateReplies;
        for (const PrivateReply &p : std::as_const(m_privateReplies))
            privateReplies.append(QJsonObject{{QStringLiteral("comment_id"), p.commentId},
                                              {QStringLiteral("text"), p.text},
                                              {QStringLiteral("message_id"), p.messageId},
                                              {QStringLiteral("sent_at"), isoTime(p.sentAt)}});
        QJsonArray conversations;
        for (const Conversation &c : std::as_const(m_conversations))
            conversations.append(
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("username"), c.username},
                            {QStringLiteral("updated_time"), isoTime(c.updatedTime)},
                            {QStringLiteral("last_user_message_at"), isoTime(c.lastUserMessageAt)}});
        QJsonArray messages;
        for (const Message &m : std::as_const(m_messages))
            messages.append(QJsonObject{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("conversation_id"), m.conversationId},
                                        {QStringLiteral("from_business"), m.fromBusiness},
                                        {QStringLiteral("text"), m.text},
                                        {QStringLiteral("created_time"), isoTime(m.createdTime)}});
        QJsonArray publishTimes;
        for (const QDateTime &t : std::as_const(m_publishTimes))
            publishTimes.append(isoTime(t));
        QJsonObject pageTokens;
        for (auto it = m_pageTokens.cbegin(); it != m_pageTokens.cend(); ++it)
            pageTokens.insert(it.key(), it.value());
        QJsonArray usedCodes;
        for (const QByteArray &h : std::as_const(m_usedCodes))
            usedCodes.append(QString::fromLatin1(h.toHex()));
        return QJsonObject{
            {QStringLiteral("grants"), m_grants.save()},
            {QStringLiteral("issued_tokens"), QJsonArray::fromStringList(m_issuedTokens)},
            {QStringLiteral("page_tokens"), pageTokens},
            {QStringLiteral("used_codes"), usedCodes},
            {QStringLiteral("containers"), containers},
            {QStringLiteral("media"), media},
            {QStringLiteral("comments"), comments},
            {QStringLiteral("private_replies"), privateReplies},
            {QStringLiteral("conversations"), conversations},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("publish_times"), publishTimes},
            {QStringLiteral("quota_exhausted_until"), isoTime(m_quotaExhaustedUntil)},
            {QStringLiteral("first_publish_at"), isoTime(m_firstPublishAt)},
            {QStringLiteral("audience_messages"), m_audienceMessages},
            {QStringLiteral("next"),
             QJsonObject{{QStringLiteral("container"), m_nextContainer},
                         {QStringLiteral("media"), m_nextMedia},
                         {QStringLiteral("comment"), m_nextComment},
                         {QStringLiteral("conversation"), m_nextConversation},
                         {QStringLiteral("message"), m_nextMessage}}},
        };
    }

    void load(const QJsonObject &state)
    {
        std::lock_guard lock(m_mutex);
        m_grants.load(state.value(QStringLiteral("grants")).toObject());
        m_issuedTokens.clear();
        for (const auto &v : state.value(QStringLiteral("issued_tokens")).toArray())
            m_issuedTokens.append(v.toString());
        m_pageTokens.clear();
        const QJsonObject pageTokens = state.value(QStringLiteral("page_tokens")).toObject();
        for (auto it = pageTokens.begin(); it != pageTokens.end(); ++it)
            m_pageTokens.insert(it.key(), it.value().toString());
        m_usedCodes.clear();
        for (const auto &v : state.value(QStringLiteral("used_codes")).toArray())
            m_usedCodes.insert(QByteArray::fromHex(v.toString().toLatin1()));

        m_containers.clear();
        for (const auto &v : state.value(QStringLiteral("containers")).toArray()) {
            const QJsonObject o = v.toObject();
            Container c;
            c.id = o.value(QStringLiteral("id")).toString();
            c.caption = o.value(QStringLiteral("caption")).toString();
            c.options = o.value(QStringLiteral("options")).toObject();
            c.createdAt = fromIso(o.value(QStringLiteral("created_at")));
            c.fileSize = o.value(QStringLiteral("file_size")).toInteger(-1);
            c.received = o.value(QStringLiteral("received")).toInteger();
            c.sha256 = o.value(QStringLiteral("sha256")).toString();
            c.status = statusFromName(o.value(QStringLiteral("status_code")).toString());
            c.uploadedAt = fromIso(o.value(QStringLiteral("uploaded_at")));
            c.failProcessing = o.value(QStringLiteral("fail_processing")).toBool();
            c.errorStatus = o.value(QStringLiteral("error_status")).toString();
            c.mediaId = o.value(QStringLiteral("media_id")).toString();
            m_containers.insert(c.id, c);
        }
        m_media.clear();
        for (const auto &v : state.value(QStringLiteral("media")).toArray()) {
            const QJsonObject o = v.toObject();
            Media m;
            m.id = o.value(QStringLiteral("id")).toString();
            m.containerId = o.value(QStringLiteral("container_id")).toString();
            m.caption = o.value(QStringLiteral("caption")).toString();
            m.sharedToFeed = o.value(QStringLiteral("shared_to_feed")).toBool(true);
            m.publishedAt = fromIso(o.value(QStringLiteral("published_at")));
            m.ordinal = o.value(QStringLiteral("ordinal")).toInt();
            m.audienceComments = o.value(QStringLiteral("audience_comments")).toInt();
            m_media.insert(m.id, m);
        }
        m_comments.clear();
        for (const auto &v : state.value(QStringLiteral("comments")).toArray()) {
            const QJsonObject o = v.toObject();
            Comment c;
            c.id = o.value(QStringLiteral("id")).toString();
            c.mediaId = o.value(QStringLiteral("media_id")).toString();
            c.parentId = o.value(QStringLiteral("parent_id")).toString();
            c.username = o.value(QStringLiteral("username")).toString();
            c.text = o.value(QStringLiteral("text")).toString();
            c.timestamp = fromIso(o.value(QStringLiteral("timestamp")));
            c.likeCount = o.value(QStringLiteral("like_count")).toInt();
            c.byOwner = o.value(QStringLiteral("by_owner")).toBool();
            m_comments.insert(c.id, c);
        }
        m_privateReplies.clear();
        for (const auto &v : state.value(QStringLiteral("private_replies")).toArray()) {
            const QJsonObject o = v.toObject();
            m_privateReplies.append({o.value(QStringLiteral("comment_id")).toString(),
                                     o.value(QStringLiteral("text")).toString(),
                                     o.value(QStringLiteral("message_id")).toString(),
                                     fromIso(o.value(QStringLiteral("sent_at")))});
        }
        m_conversations.clear();
        for (const auto &v : state.value(QStringLiteral("conversations")).toArray()) {
            const QJsonObject o = v.toObject();
            Conversation c;
            c.id = o.value(QStringLiteral("id")).toString();
            c.username = o.value(QStringLiteral("username")).toString();
            c.updatedTime = fromIso(o.value(QStringLiteral("updated_time")));
            c.lastUserMessageAt = fromIso(o.value(QStringLiteral("last_user_message_at")));
            m_conversations.insert(c.id, c);
        }
        m_messages.clear();
        for (const auto &v : state.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject o = v.toObject();
            Message m;
            m.id = o.value(QStringLiteral("id")).toString();
            m.conversationId = o.value(QStringLiteral("conversation_id")).toString();
            m.fromBusiness = o.value(QStringLiteral("from_business")).toBool();
            m.text = o.value(QStringLiteral("text")).toString();
            m.createdTime = fromIso(o.value(QStringLiteral("created_time")));
            m_messages.insert(m.id, m);
        }
        m_publishTimes.clear();
        for (const auto &v : state.value(QStringLiteral("publish_times")).toArray())
            m_publishTimes.append(fromIso(v));
        m_quotaExhaustedUntil = fromIso(state.value(QStringLiteral("quota_exhausted_until")));
        m_firstPublishAt = fromIso(state.value(QStringLiteral("first_publish_at")));
        m_audienceMessages = state.value(QStringLiteral("audience_messages")).toInt();
        const QJsonObject next = state.value(QStringLiteral("next")).toObject();
        m_nextContainer = next.value(QStringLiteral("container")).toInteger();
        m_nextMedia = next.value(QStringLiteral("media")).toInt();
        m_nextComment = next.value(QStringLiteral("comment")).toInteger();
        m_nextConversation = next.value(QStringLiteral("conversation")).toInteger();
        m_nextMessage = next.value(QStringLiteral("message")).toInteger();
    }

    // ---- Responses ---------------------------------------------------------------

    HttpResponse graphOk(const QJsonObject &body)
    {
        HttpResponse r = HttpResponse::json(200, body);
        addUsageHeaders(r);
        return r;
    }

    HttpResponse graphFail(const GraphError &e)
    {
        HttpResponse r = HttpResponse::json(e.status, errorJson(e));
        if (e.code == 190 || e.code == 104) {
            QString message = e.message;
            message.replace(QLatin1Char('"'), QLatin1Char('\''));
            r.withHeader("WWW-Authenticate",
                         QByteArray(QByteArray("OAuth \"Facebook Platform\" \"invalid_token\" \"")
                                    + message.toUtf8() + '"'));
        }
        addUsageHeaders(r);
        return r;
    }

private:
    // The rupload host's own error shape. "code"/"error_subcode" are the simulator's
    // addition (UNVERIFIED for the real host) so that adapters can tell an expired token
    // (190) from a bad request without parsing the message.
    static HttpResponse ruploadFail(int status, const QString &type, const QString &message, int code = 0,
                                    int subcode = 0)
    {
        QJsonObject info{{QStringLiteral("retriable"), false},
                         {QStringLiteral("type"), type},
                         {QStringLiteral("message"), message}};
        if (code != 0)
            info.insert(QStringLiteral("code"), code);
        if (subcode != 0)
            info.insert(QStringLiteral("error_subcode"), subcode);
        return HttpResponse::json(status, QJsonObject{{QStringLiteral("debug_info"), info}});
    }

    // Every Graph answer says how much of the hourly budget (200 calls) the app has used,
    // in percent. The simulator reports but never enforces it: a test run alone makes more
    // calls than that.
    void addUsageHeaders(HttpResponse &r)
    {
        const QDateTime t = now();
        int percent = 0;
        {
            std::lock_guard lock(m_usageMutex);
            m_calls.append(t);
            while (!m_calls.isEmpty() && m_calls.constFirst().secsTo(t) >= 3600)
                m_calls.removeFirst();
            percent = static_cast<int>(
                qMin<qsizetype>(100, (m_calls.size() * 100 + kCallsPerHour - 1) / kCallsPerHour));
        }
        const int cpu = percent / 4;
        const int wall = percent / 3;
        const QJsonObject app{{QStringLiteral("call_count"), percent},
                              {QStringLiteral("total_cputime"), cpu},
                              {QStringLiteral("total_time"), wall}};
        const QJsonObject business{
            {kIgUserId,
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("instagram")},
                                    {QStringLiteral("call_count"), percent},
                                    {QStringLiteral("total_cputime"), cpu},
                                    {QStringLiteral("total_time"), wall},
                                    {QStringLiteral("estimated_time_to_regain_access"), 0}}}}};
        r.withHeader("X-App-Usage", QJsonDocument(app).toJson(QJsonDocument::Compact));
        r.withHeader("X-Business-Use-Case-Usage", QJsonDocument(business).toJson(QJsonDocument::Compact));
    }

    // ---- Authentication ----------------------------------------------------------

    // A Graph parameter from the form body, the query, or a JSON body (Graph takes all three).
    static QString param(const HttpRequest &r, const QString &name)
    {
        if (r.header("content-type").toLower().startsWith("application/json")) {
            if (const auto body = r.json()) {
                const QJsonValue v = body->value(name);
                if (v.isString())
                    return v.toString();
                if (v.isBool())
                    return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
                if (v.isDouble())
                    return QString::number(v.toInteger());
            }
        }
        return r.param(name);
    }

    static bool hasParam(const HttpRequest &r, const QString &name)
    {
        if (r.form().hasQueryItem(name) || r.hasQuery(name))
            return true;
        const auto body
            = r.header("content-type").toLower().startsWith("application/json") ? r.json() : std::nullopt;
        return body && body->contains(name);
    }

    static QString graphToken(const HttpRequest &r)
    {
        QString token = param(r, QStringLiteral("access_token"));
        if (token.isEmpty())
            token = r.authorizationToken("Bearer");
        if (token.isEmpty())
            token = r.authorizationToken("OAuth");
        return token;
    }

    std::optional<GraphError> authenticate(const HttpRequest &r, const QString &token, Caller *caller)
    {
        // A scripted expiry hits the token of the matching request, just before it is checked.
        if (!token.isEmpty() && m_owner.takeFault(FaultRule::Action::TokenExpired, r))
            m_grants.expireAccess(token, now());
        OAuthGrants::Grant grant;
        switch (m_grants.check(token, now(), &grant)) {
        case OAuthGrants::Check::Ok: break;
        case OAuthGrants::Check::Missing:
            return graphError(104, 0, QStringLiteral("An access token is required to request this resource."),
                              QStringLiteral("Not logged in"), QStringLiteral("Log in to continue."));
        case OAuthGrants::Check::Unknown:
            return graphError(190, 0,
                              QStringLiteral("Invalid OAuth access token - Cannot parse access token"),
                              QStringLiteral("Session invalid"), QStringLiteral("Log in again to continue."));
        case OAuthGrants::Check::Expired:
            return graphError(
                190, 463,
                QStringLiteral("Error validating access token: Session has expired on %1. The "
                               "current time is %2.")
                    .arg(grant.accessExpiresAt.toString(Qt::RFC2822Date), now().toString(Qt::RFC2822Date)),
                QStringLiteral("Session expired"), QStringLiteral("Log in again to continue."));
        case OAuthGrants::Check::Revoked:
            return graphError(190, 458,
                              QStringLiteral("Error validating access token: The user has not authorized "
                                             "application %1.")
                                  .arg(clientCredentials().clientId),
                              QStringLiteral("App not authorized"),
                              QStringLiteral("The app was removed from this account. Connect it again."));
        }
        if (grant.clientId != clientCredentials().clientId)
            return graphError(
                190, 0, QStringLiteral("Invalid OAuth access token - the token belongs to another app"));
        caller->token = token;
        caller->grant = grant;
        caller->page = grant.subject == kPageSubject;
        return std::nullopt;
    }

    std::optional<GraphError> admit(const HttpRequest &r, Caller *caller, const QStringList &scopes,
                                    TokenKind kind = TokenKind::Any)
    {
        if (auto error = authenticate(r, graphToken(r), caller))
            return error;
        if (kind == TokenKind::Page && !caller->page)
            return graphError(210, 0,
                              QStringLiteral("(#210) A page access token is required to request this "
                                             "resource."),
                              QStringLiteral("Page token required"),
                              QStringLiteral("Use the Page access token from /me/accounts for messaging."));
        return requireScopes(*caller, scopes);
    }

    static std::optional<GraphError> requireScopes(const Caller &caller, const QStringList &scopes)
    {
        for (const QString &scope : scopes) {
            if (caller.grant.scopes.contains(scope))
                continue;
            const QString userMsg
                = QStringLiteral("The %1 permission was not granted to this app.").arg(scope);
            if (scope.startsWith(QLatin1String("pages_")))
                return graphError(200, 0, QStringLiteral("(#200) Requires %1 permission").arg(scope),
                                  QStringLiteral("Permission missing"), userMsg);
            return graphError(10, 0,
                              QStringLiteral("(#10) Application does not have permission for this action"),
                              QStringLiteral("Permission missing"), userMsg);
        }
        return std::nullopt;
    }

    static QStringList messagingScopes()
    {
        return {QStringLiteral("instagram_manage_messages"), QStringLiteral("pages_read_engagement")};
    }

    static std::optional<GraphError> requestedFields(const HttpRequest &r, const QString &defaults,
                                                     const QString &nodeType, Fields *fields)
    {
        const QString spec = param(r, QStringLiteral("fields"));
        const auto parsed = parseFields(spec.isEmpty() ? defaults : spec);
        if (!parsed)
            return invalidParameter(QStringLiteral("Syntax error in the fields parameter"));
        if (auto error = checkFields(*parsed, nodeType))
            return error;
        *fields = *parsed;
        return std::nullopt;
    }

    static GraphError outsideWindow()
    {
        return graphError(10, 2534022,
                          QStringLiteral("(#10) This message is sent outside of allowed window."),
                          QStringLiteral("Outside of allowed window"),
                          QStringLiteral("The time allowed to reply to this person has passed."));
    }

    ClientCredentials clientCredentials() const { return m_owner.context().clients.value(m_owner.name()); }

    // The Page token for a user token: reused while it works, else a new grant for the
    // Page with the user's scopes. It lives as long as the user token, or forever when the
    // user token is long-lived (as Facebook does).
    QString pageTokenFor(const Caller &caller)
    {
        std::lock_guard lock(m_mutex);
        QString existing = m_pageTokens.value(caller.token);
        if (!existing.isEmpty() && m_grants.check(existing, now()) == OAuthGrants::Check::Ok)
            return existing;
        const qint64 remaining = now().secsTo(caller.grant.accessExpiresAt);
        const int ttl
            = remaining > kDay ? kPageTokenForeverSeconds : static_cast<int>(qMax<qint64>(1, remaining));
        const OAuthGrants::Grant page
            = m_grants.issue(caller.grant.clientId, kPageSubject, caller.grant.scopes, now(), ttl, 0);
        m_pageTokens.insert(caller.token, page.accessToken);
        m_issuedTokens.append(page.accessToken);
        return page.accessToken;
    }

    // ---- State helpers (m_mutex held) --------------------------------------------

    QDateTime now() const { return m_owner.now(); }

    int quotaUsageLocked(const QDateTime &t) const
    {
        const auto used = std::count_if(m_publishTimes.cbegin(), m_publishTimes.cend(),
                                        [&](const QDateTime &p) { return p.secsTo(t) < kDay; });
        if (m_quotaExhaustedUntil.isValid() && t < m_quotaExhaustedUntil)
            return qMax(static_cast<int>(used), kQuotaTotal);
        return static_cast<int>(used);
    }

    QString addCommentLocked(const QString &mediaId, const QString &parentId, const QString &username,
                             const QString &text, const QDateTime &at, bool byOwner, int likes)
    {
        Comment c;
        c.id = kCommentPrefix + QStringLiteral("%1").arg(++m_nextComment, 13, 10, QLatin1Char('0'));
        c.mediaId = mediaId;
        c.parentId = parentId;
        c.username = username;
        c.text = text;
        c.timestamp = at;
        c.likeCount = likes;
        c.byOwner = byOwner;
        m_comments.insert(c.id, c);
        return c.id;
    }

    // Top-level comments of a media (newest first), or the replies to `parentId` (oldest first).
    QStringList commentIdsLocked(const QString &mediaId, const QString &parentId, bool oldestFirst) const
    {
        QList<const Comment *> list;
        for (const Comment &c : m_comments) {
            if (c.mediaId == mediaId && c.parentId == parentId)
                list.append(&c);
        }
        std::sort(list.begin(), list.end(), [oldestFirst](const Comment *a, const Comment *b) {
            const bool before = a->timestamp != b->timestamp ? a->timestamp < b->timestamp : a->id < b->id;
            return oldestFirst ? before : !before;
        });
        QStringList ids;
        for (const Comment *c : list)
            ids.append(c->id);
        return ids;
    }

    QString conversationForLocked(const QString &username)
    {
        for (const Conversation &c : std::as_const(m_conversations)) {
            if (c.username == username)
                return c.id;
        }
        Conversation c;
        c.id = kConversationPrefix + QStringLiteral("%1").arg(++m_nextConversation, 10, 10, QLatin1Char('0'));
        c.username = username;
        m_conversations.insert(c.id, c);
        return c.id;
    }

    QString addMessageLocked(const QString &conversationId, bool fromBusiness, const QString &text,
                             const QDateTime &at)
    {
        Message m;
        m.id = kMessagePrefix + QStringLiteral("%1").arg(++m_nextMessage, 12, 10, QLatin1Char('0'));
        m.conversationId = conversationId;
        m.fromBusiness = fromBusiness;
        m.text = text;
        m.createdTime = at;
        m_messages.insert(m.id, m);
        Conversation &c = m_conversations[conversationId];
        if (!c.updatedTime.isValid() || c.updatedTime < at)
            c.updatedTime = at;
        if (!fromBusiness && (!c.lastUserMessageAt.isValid() || c.lastUserMessageAt < at))
            c.lastUserMessageAt = at;
        return m.id;
    }

    // The conversation's newest messages, newest first.
    QStringList recentMessageIdsLocked(const QString &conversationId) const
    {
        QList<const Message *> list;
        for (const Message &m : m_messages) {
            if (m.conversationId == conversationId)
                list.append(&m);
        }
        std::sort(list.begin(), list.end(), [](const Message *a, const Message *b) {
            return a->createdTime != b->createdTime ? a->createdTime > b->createdTime : a->id > b->id;
        });
        QStringList ids;
        for (const Message *m : list.mid(0, kRecentMessages))
            ids.append(m->id);
        return ids;
    }

    static QJsonObject igUserRef()
    {
        return {{QStringLiteral("id"), kIgUserId}, {QStringLiteral("username"), kIgUsername}};
    }

    QJsonObject igUserJsonLocked() const
    {
        return {{QStringLiteral("id"), kIgUserId},
                {QStringLiteral("username"), kIgUsername},
                {QStringLiteral("name"), kPageName},
                {QStringLiteral("biography"),
                 QStringLiteral("Small-group tours. Ask us about dates and prices!")},
                {QStringLiteral("media_count"), m_media.size()},
                {QStringLiteral("followers_count"), 1200 + m_media.size() * 37},
                {QStringLiteral("follows_count"), 180}};
    }

    QJsonObject mediaJsonLocked(const Media &m) const
    {
        const qint64 comments = std::count_if(m_comments.cbegin(), m_comments.cend(),
                                              [&](const Comment &c) { return c.mediaId == m.id; });
        const qint64 minutes = qMax<qint64>(0, m.publishedAt.secsTo(now()) / 60);
        const QString shortcode = QString::fromLatin1(
            QCryptographicHash::hash(m.id.toUtf8(), QCryptographicHash::Sha1)
                .left(8)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        return {{QStringLiteral("id"), m.id},
                {QStringLiteral("caption"), m.caption},
                {QStringLiteral("media_type"), QStringLiteral("VIDEO")},
                {QStringLiteral("media_product_type"), QStringLiteral("REELS")},
                {QStringLiteral("timestamp"), graphTime(m.publishedAt)},
                {QStringLiteral("like_count"), qMin<qint64>(50000, minutes / 2 + comments * 3)},
                {QStringLiteral("comments_count"), comments},
                {QStringLiteral("permalink"),
                 QString(QStringLiteral("https://www.instagram.com/reel/") + shortcode + QLatin1Char('/'))},
                {QStringLiteral("shortcode"), shortcode},
                {QStringLiteral("username"), kIgUsername},
                {QStringLiteral("is_shared_to_feed"), m.sharedToFeed}};
    }

    QJsonObject commentJsonLocked(const Comment &c, bool withReplies) const
    {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("text"), c.text},
                      {QStringLiteral("timestamp"), graphTime(c.timestamp)},
                      {QStringLiteral("username"), c.username},
                      {QStringLiteral("like_count"), c.likeCount},
                      {QStringLiteral("hidden"), false},
                      {QStringLiteral("from"),
                       QJsonObject{{QStringLiteral("id"), igIdFor(c.username)},
                                   {QStringLiteral("username"), c.username}}}};
        if (!c.parentId.isEmpty())
            o.insert(QStringLiteral("parent_id"), c.parentId);
        if (withReplies && c.parentId.isEmpty()) {
            QJsonArray replies;
            for (const QString &id : commentIdsLocked(c.mediaId, c.id, true))
                replies.append(commentJsonLocked(m_comments.value(id), false));
            o.insert(QStringLiteral("replies"), QJsonObject{{QStringLiteral("data"), replies}});
        }
        return o;
    }

    static QHash<QString, QString> commentDefaults()
    {
        return {{QStringLiteral("replies"), QStringLiteral("id,text,timestamp")}};
    }

    static QJsonObject messagingUser(const QString &username, const QString &id)
    {
        return {{QStringLiteral("username"), username}, {QStringLiteral("id"), id}};
    }

    QJsonObject messageJsonLocked(const Message &m) const
    {
        const QString other = m_conversations.value(m.conversationId).username;
        const QJsonObject business = messagingUser(kIgUsername, kIgUserId);
        const QJsonObject person = messagingUser(other, igsidFor(other));
        return {{QStringLiteral("id"), m.id},
                {QStringLiteral("created_time"), graphTime(m.createdTime)},
                {QStringLiteral("from"), m.fromBusiness ? business : person},
                {QStringLiteral("to"),
                 QJsonObject{{QStringLiteral("data"), QJsonArray{m.fromBusiness ? person : business}}}},
                {QStringLiteral("message"), m.text}};
    }

    QJsonObject conversationJsonLocked(const Conversation &c) const
    {
        QJsonArray messages;
        for (const QString &id : recentMessageIdsLocked(c.id))
            messages.append(messageJsonLocked(m_messages.value(id)));
        return {{QStringLiteral("id"), c.id},
                {QStringLiteral("updated_time"), graphTime(c.updatedTime)},
                {QStringLiteral("participants"),
                 QJsonObject{{QStringLiteral("data"),
                              QJsonArray{messagingUser(c.username, igsidFor(c.username)),
                                         messagingUser(kIgUsername, kIgUserId)}}}},
                {QStringLiteral("messages"), QJsonObject{{QStringLiteral("data"), messages}}}};
    }

    static QHash<QString, QString> conversationDefaults()
    {
        return {{QStringLiteral("messages"), QStringLiteral("id,created_time")}};
    }

    // One page of `ids` (cursor paging: limit, after, before) as {"data", "paging"}.
    HttpResponse pagedList(const HttpRequest &r, const QStringList &ids, int defaultLimit,
                           const std::function<QJsonObject(const QString &)> &item)
    {
        int limit = defaultLimit;
        const QString limitText = param(r, QStringLiteral("limit"));
        if (!limitText.isEmpty()) {
            bool ok = false;
            limit = limitText.toInt(&ok);
            if (!ok || limit < 1)
                return graphFail(invalidParameter(QStringLiteral("Param limit must be a positive integer")));
            limit = qMin(limit, kMaxPageSize);
        }
        const QString after = param(r, QStringLiteral("after"));
        const QString before = param(r, QStringLiteral("before"));
        qsizetype begin = 0;
        qsizetype end = 0;
        if (!after.isEmpty()) {
            const qsizetype index = ids.indexOf(idFromCursor(after));
            if (index < 0)
                return graphFail(invalidParameter(QStringLiteral("Invalid cursor in param after")));
            begin = index + 1;
            end = qMin(ids.size(), begin + limit);
        } else if (!before.isEmpty()) {
            const qsizetype index = ids.indexOf(idFromCursor(before));
            if (index < 0)
                return graphFail(invalidParameter(QStringLiteral("Invalid cursor in param before")));
            end = index;
            begin = qMax<qsizetype>(0, end - limit);
        } else {
            end = qMin<qsizetype>(ids.size(), limit);
        }
        QJsonArray data;
        for (qsizetype i = begin; i < end; ++i)
            data.append(item(ids.at(i)));
        QJsonObject out{{QStringLiteral("data"), data}};
        if (begin >= end)
            return graphOk(out);
        const QString firstCursor = cursorFor(ids.at(begin));
        const QString lastCursor = cursorFor(ids.at(end - 1));
        QJsonObject paging{
            {QStringLiteral("cursors"),
             QJsonObject{{QStringLiteral("before"), firstCursor}, {QStringLiteral("after"), lastCursor}}}};
        const auto pageUrl = [&](const QString &key, const QString &cursor) {
            QUrlQuery query = r.query;
            query.removeAllQueryItems(QStringLiteral("after"));
            query.removeAllQueryItems(QStringLiteral("before"));
            query.removeAllQueryItems(QStringLiteral("limit"));
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            query.addQueryItem(key, cursor);
            QUrl url(QString(m_owner.context().baseUrl + r.path));
            url.setQuery(query);
            return url.toString(QUrl::FullyEncoded);
        };
        if (end < ids.size())
            paging.insert(QStringLiteral("next"), pageUrl(QStringLiteral("after"), lastCursor));
        if (begin > 0)
            paging.insert(QStringLiteral("previous"), pageUrl(QStringLiteral("before"), firstCursor));
        out.insert(QStringLiteral("paging"), paging);
        return graphOk(out);
    }

    InstagramSimulator &m_owner;
    mutable std::mutex m_mutex;
    OAuthGrants m_grants;
    QStringList m_issuedTokens; // every access token handed out (user and Page), for revocation
    QMap<QString, QString> m_pageTokens; // user token -> Page token
    QSet<QByteArray> m_usedCodes; // SHA-256 of redeemed codes, to say "already used"
    QMap<QString, Container> m_containers;
    QMap<QString, Media> m_media;
    QMap<QString, Comment> m_comments;
    QList<PrivateReply> m_privateReplies;
    QMap<QString, Conversation> m_conversations;
    QMap<QString, Message> m_messages;
    QList<QDateTime> m_publishTimes;
    QDateTime m_quotaExhaustedUntil;
    QDateTime m_firstPublishAt;
    int m_audienceMessages = 0;
    qint64 m_nextContainer = 0;
    int m_nextMedia = 0;
    qint64 m_nextComment = 0;
    qint64 m_nextConversation = 0;
    qint64 m_nextMessage = 0;

    std::mutex m_usageMutex;
    QList<QDateTime> m_calls; // Graph calls in the last hour
};

InstagramSimulator::InstagramSimulator(SandboxContext &context)
    : PlatformSimulator(context), d(std::make_unique<State>(*this))
{ }

InstagramSimulator::~InstagramSimulator() = default;

QString InstagramSimulator::userId()
{
    return kUserId;
}

QString InstagramSimulator::pageId()
{
    return kPageId;
}

QString InstagramSimulator::igUserId()
{
    return kIgUserId;
}

QString InstagramSimulator::igUsername()
{
    return kIgUsername;
}

void InstagramSimulator::registerRoutes(Router &router)
{
    const QString graph = QRegularExpression::escape(paths::kInstagramGraph);
    const QString upload = QRegularExpression::escape(
        QString(paths::kInstagramRupload + QStringLiteral("/ig-api-upload/v25.0")));
    const auto add = [&](const QByteArray &method, const QString &pattern, const char *endpoint,
                         HttpResponse (State::*handler)(const HttpRequest &)) {
        State *state = d.get();
        router.route(method, pattern, QLatin1String(endpoint),
                     [state, handler](const HttpRequest &r) { return (state->*handler)(r); });
    };
    add("GET", QRegularExpression::escape(paths::kInstagramAuth), "instagram.auth", &State::handleAuthorize);
    add("GET", graph + QStringLiteral("/oauth/access_token"), "instagram.graph.oauth",
        &State::handleAccessToken);
    add("POST", graph + QStringLiteral("/oauth/access_token"), "instagram.graph.oauth",
        &State::handleAccessToken);
    add("GET", graph + QStringLiteral("/me"), "instagram.graph.me", &State::handleMe);
    add("GET", graph + QStringLiteral("/me/accounts"), "instagram.graph.accounts", &State::handleAccounts);
    add("DELETE", graph + QStringLiteral("/me/permissions"), "instagram.graph.permissions",
        &State::handlePermissions);
    add("GET", graph + QStringLiteral("/me/conversations"), "instagram.graph.conversations",
        &State::handleConversations);
    add("POST", graph + QStringLiteral("/(\\d+)/media"), "instagram.graph.media.create",
        &State::handleMediaCreate);
    add("GET", graph + QStringLiteral("/(\\d+)/media"), "instagram.graph.media.list",
        &State::handleMediaList);
    add("POST", graph + QStringLiteral("/(\\d+)/media_publish"), "instagram.graph.media.publish",
        &State::handlePublish);
    add("GET", graph + QStringLiteral("/(\\d+)/content_publishing_limit"), "instagram.graph.publishing_limit",
        &State::handlePublishingLimit);
    add("POST", graph + QStringLiteral("/(\\d+)/messages"), "instagram.graph.messages.send",
        &State::handleMessageSend);
    add("GET", graph + QStringLiteral("/(\\d+)/comments"), "instagram.graph.comments",
        &State::handleComments);
    add("GET", graph + QStringLiteral("/(\\d+)/replies"), "instagram.graph.replies",
        &State::handleRepliesGet);
    add("POST", graph + QStringLiteral("/(\\d+)/replies"), "instagram.graph.replies",
        &State::handleRepliesPost);
    add("GET", graph + QStringLiteral("/(") + kContainerPrefix + QStringLiteral("\\d{13})"),
        "instagram.graph.container.status", &State::handleContainerStatus);
    add("GET", graph + QStringLiteral("/(") + kConversationPrefix + QStringLiteral("[A-Za-z0-9_-]+)"),
        "instagram.graph.conversation", &State::handleConversation);
    add("GET", graph + QStringLiteral("/(") + kMessagePrefix + QStringLiteral("[A-Za-z0-9_-]+)"),
        "instagram.graph.message", &State::handleMessage);
    add("GET", graph + QStringLiteral("/([^/]+)"), "instagram.graph.media.get", &State::handleNodeGet);
    add("POST", upload + QStringLiteral("/([^/]+)"), "instagram.rupload", &State::handleRupload);
    add("GET", upload + QStringLiteral("/([^/]+)"), "instagram.rupload", &State::handleRupload);
}

HttpResponse InstagramSimulator::errorResponse(int status, const QString &kind, const QString &message) const
{
    // The injected status is kept (the scenario asked for it); the body is Graph's.
    GraphError e;
    e.status = status;
    if (status >= 500) {
        e = graphError(
            2, 0, QStringLiteral("An unexpected error has occurred. Please retry your request later."),
            QStringLiteral("Temporary problem"), QStringLiteral("Please retry your request later."));
        e.transient = true;
    } else if (status == 429 || kind == QLatin1String("rate_limited")) {
        e = graphError(4, 0, QStringLiteral("(#4) Application request limit reached"),
                       QStringLiteral("Too many calls"), QStringLiteral("Wait a while before trying again."));
        e.transient = true;
    } else if (status == 401) {
        e = graphError(190, 0, QStringLiteral("Invalid OAuth access token - %1").arg(message));
    } else if (status == 403) {
        e = graphError(10, 0, QStringLiteral("(#10) %1").arg(message));
    } else if (status == 404 || kind == QLatin1String("not_found")) {
        // The server names the whole path; Graph names what follows its version prefix.
        QString text = message;
        text.replace(QString(QLatin1Char(' ') + paths::kInstagramGraph), QStringLiteral(" "));
        e = graphError(2500, 0, QStringLiteral("(#2500) %1").arg(text));
    } else {
        e = invalidParameter(message);
    }
    e.status = status;
    return d->graphFail(e);
}

QJsonObject InstagramSimulator::saveState() const
{
    return d->save();
}

void InstagramSimulator::loadState(const QJsonObject &state)
{
    d->load(state);
}

QJsonObject InstagramSimulator::worldView() const
{
    return d->worldView();
}

void InstagramSimulator::tick()
{
    d->tick();
}

void InstagramSimulator::addComments(const QString &mediaId, int count)
{
    d->addComments(mediaId, count);
}

} // namespace travelflow::sandbox
