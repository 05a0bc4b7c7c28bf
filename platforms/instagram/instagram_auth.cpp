#include "instagram_auth.h"

#include "common/pkce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>

#include <initializer_list>
#include <utility>

namespace travelflow {

namespace {

const QString kPlatform = QStringLiteral("instagram");
constexpr qint64 kLongLivedSeconds = qint64{60} * 86400; // when Facebook leaves out expires_in
constexpr qint64 kDaySeconds = 86400;

// Graph codes (developers.facebook.com/docs/graph-api/guides/error-handling).
constexpr int kCodeUnknown = 1;
constexpr int kCodeService = 2;
constexpr int kCodeTooManyCalls = 4;
constexpr int kCodeAppLimit = 9;
constexpr int kCodePermission = 10;
constexpr int kCodeUserTooManyCalls = 17;
constexpr int kCodePageTooManyCalls = 32;
constexpr int kCodeInvalidParameter = 100;
constexpr int kCodeInvalidApplication = 101;
constexpr int kCodeSessionInvalid = 102;
constexpr int kCodeTokenInvalid = 190;
constexpr int kCodeCustomRateLimit = 613;
constexpr int kCodeCaptionLimit = 36004;
constexpr int kSubcodeExpired = 463;
constexpr int kSubcodeAppRemoved = 458;
constexpr int kSubcodePasswordChanged = 460;
constexpr int kSubcodeCodeInvalid = 36007;
constexpr int kSubcodeRedirectMismatch = 36008;
constexpr int kSubcodeCodeUsed = 36009;
constexpr int kSubcodeCaptionLimit = 2207010;
constexpr int kSubcodePublishingLimit = 2207042;

// Values percent-encoded here, so that '+', '&', '{' and the like survive QUrlQuery.
QUrlQuery encodedQuery(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return q;
}

// Runs `done` only while `context` lives.
template<typename Callback, typename Value>
void deliver(const QPointer<QObject> &context, const Callback &done, const Value &value)
{
    if (context)
        done(value);
}

PlatformError makeError(PlatformError::Kind kind, const QString &code, const QString &message)
{
    PlatformError e;
    e.platform = kPlatform;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

// The Graph error object of a failed answer; empty when the body is not one.
QJsonObject graphError(const NetworkResult &result)
{
    const auto body = result.json();
    if (!body)
        return {};
    const QJsonValue error = body->value(QStringLiteral("error"));
    if (!error.isObject() || !error.toObject().value(QStringLiteral("code")).isDouble())
        return {};
    return error.toObject();
}

// The largest estimated_time_to_regain_access anywhere in a usage header (minutes).
int longestRegainMinutes(const QJsonValue &value)
{
    int longest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("estimated_time_to_regain_access"))
                longest = qMax(longest, it.value().toInt());
            else
                longest = qMax(longest, longestRegainMinutes(it.value()));
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const auto &item : array)
            longest = qMax(longest, longestRegainMinutes(item));
    }
    return longest;
}

std::optional<int> throttleSeconds(const NetworkResult &result)
{
    int minutes = 0;
    for (const QByteArray &name :
         {QByteArrayLiteral("X-Business-Use-Case-Usage"), QByteArrayLiteral("X-App-Usage")}) {
        const QJsonDocument doc = QJsonDocument::fromJson(result.header(name));
        minutes
            = qMax(minutes,
                   longestRegainMinutes(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())));
    }
    if (minutes > 0)
        return minutes * 60;
    return NetworkJob::parseRetryAfter(result.header("Retry-After"), QDateTime::currentDateTimeUtc());
}

} // namespace

const QStringList &InstagramAuth::scopes()
{
    static const QStringList list{
        QStringLiteral("instagram_basic"),           QStringLiteral("instagram_content_publish"),
        QStringLiteral("pages_show_list"),           QStringLiteral("pages_read_engagement"),
        QStringLiteral("instagram_manage_comments"), QStringLiteral("instagram_manage_messages")};
    return list;
}

InstagramAuth::InstagramAuth(QNetworkAccessManager *nam, EndpointTable endpoints, AppCredentials credentials)
    : m_nam(nam), m_endpoints(std::move(endpoints)), m_credentials(std::move(credentials))
{ }

AuthorizationAttempt InstagramAuth::begin(const QUrl &redirectUri) const
{
    AuthorizationAttempt a;
    a.redirectUri = redirectUri;
    a.state = Pkce::randomState();
    a.scopes = scopes();
    a.authorizationUrl = m_endpoints.url(
        QStringLiteral("instagram.auth"), QString(),
        encodedQuery({{QStringLiteral("client_id"), m_credentials.clientId},
                      {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("state"), a.state},
                      {QStringLiteral("response_type"), QStringLiteral("code")},
                      {QStringLiteral("scope"), a.scopes.join(QLatin1Char(','))}}));
    return a;
}

void InstagramAuth::exchange(const AuthorizationAttempt &attempt, const OAuthCallback &callback,
                             QObject *context, TokensCallback done)
{
    QPointer<QObject> guard(context);
    if (!callback.ok || callback.state != attempt.state) {
        PlatformError e;
        if (callback.error == QLatin1String("access_denied")) {
            e = makeError(PlatformError::Kind::PermissionMissing, callback.error,
                          tr("Instagram access was not allowed. Connect again and allow all requested "
                             "permissions."));
        } else {
            e = makeError(PlatformError::Kind::Permanent,
                          callback.ok ? QString(OAuthError::StateMismatch) : callback.error,
                          callback.errorDescription.isEmpty()
                              ? tr("Instagram did not complete the sign-in. Try connecting again.")
                              : tr("Instagram did not complete the sign-in (%1). Try connecting again.")
                                    .arg(callback.errorDescription));
        }
        QMetaObject::invokeMethod(
            context, [guard, done, e] { deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(e)); },
            Qt::QueuedConnection);
        return;
    }
    const QUrl url = m_endpoints.url(
        QStringLiteral("instagram.graph"), QStringLiteral("/oauth/access_token"),
        encodedQuery({{QStringLiteral("client_id"), m_credentials.clientId},
                      {QStringLiteral("redirect_uri"), attempt.redirectUri.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("client_secret"), m_credentials.clientSecret},
                      {QStringLiteral("code"), callback.code}}));
    auto *job = new NetworkJob(m_nam, kPlatform, QStringLiteral("instagram.graph.oauth"), "GET",
                               QNetworkRequest(url));
    job->setErrorMapper(&InstagramAuth::mapError);
    OAuthTokens kept;
    kept.scopes = attempt.scopes;
    QObject::connect(job, &NetworkJob::finished, context,
                     [guard, done, kept, nam = m_nam, endpoints = m_endpoints,
                      credentials = m_credentials](const NetworkResult &r) {
                         if (!r.ok())
                             return deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(*r.error));
                         const QString shortLived
                             = r.json()->value(QStringLiteral("access_token")).toString();
                         if (shortLived.isEmpty()) {
                             return deliver(guard, done,
                                            PlatformOutcome<OAuthTokens>::failure(makeError(
                                                PlatformError::Kind::Transient, QString(),
                                                tr("Instagram answered without a token. Try connecting "
                                                   "again."))));
                         }
                         // The short-lived token (about an hour) is only a step to the long-lived one.
                         extend(nam, endpoints, credentials, shortLived, kept, guard, done);
                     });
    job->start();
}

void InstagramAuth::refresh(const OAuthTokens &tokens, QObject *context, TokensCallback done)
{
    extend(m_nam, m_endpoints, m_credentials, tokens.accessToken, tokens, context, done);
}

void InstagramAuth::extend(QNetworkAccessManager *nam, const EndpointTable &endpoints,
                           const AppCredentials &credentials, const QString &token, const OAuthTokens &kept,
                           QObject *context, const TokensCallback &done)
{
    const QUrl url
        = endpoints.url(QStringLiteral("instagram.graph"), QStringLiteral("/oauth/access_token"),
                        encodedQuery({{QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token")},
                                      {QStringLiteral("client_id"), credentials.clientId},
                                      {QStringLiteral("client_secret"), credentials.clientSecret},
                                      {QStringLiteral("fb_exchange_token"), token}}));
    auto *job = new NetworkJob(nam, kPlatform, QStringLiteral("instagram.graph.oauth"), "GET",
                               QNetworkRequest(url));
    job->setErrorMapper(&InstagramAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done, kept](const NetworkResult &r) {
        if (!r.ok())
            return deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(*r.error));
        const QJsonObject o = *r.json();
        OAuthTokens t;
        t.accessToken = o.value(QStringLiteral("access_token")).toString();
        t.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(
            o.value(QStringLiteral("expires_in")).toInteger(kLongLivedSeconds));
        t.scopes = kept.scopes;
        t.subject = kept.subject;
        if (t.accessToken.isEmpty()) {
            return deliver(guard, done,
                           PlatformOutcome<OAuthTokens>::failure(
                               makeError(PlatformError::Kind::Transient, QString(),
                                         tr("Instagram answered without a token. TravelFlow will try "
                                            "again."))));
        }
        deliver(guard, done, PlatformOutcome<OAuthTokens>::success(t));
    });
    job->start();
}

void InstagramAuth::revoke(const OAuthTokens &tokens, QObject *context, DoneCallback done)
{
    auto *job = new NetworkJob(m_nam, kPlatform, QStringLiteral("instagram.graph.permissions"), "DELETE",
                               NetworkJob::bearerRequest(m_endpoints.url(QStringLiteral("instagram.graph"),
                                                                         QStringLiteral("/me/permissions")),
                                                         tokens.accessToken));
    job->setErrorMapper(&InstagramAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        // A token Facebook no longer accepts (expired, revoked, unknown) is revoked already.
        if (graphError(r).value(QStringLiteral("code")).toInt() == kCodeTokenInvalid)
            return deliver(guard, done, std::optional<PlatformError>());
        if (!r.ok())
            return deliver(guard, done, r.error);
        if (!r.json()->value(QStringLiteral("success")).toBool()) {
            return deliver(guard, done,
                           std::optional<PlatformError>(
                               makeError(PlatformError::Kind::Transient, QString(),
                                         tr("Instagram did not confirm the disconnect. Try again."))));
        }
        deliver(guard, done, std::optional<PlatformError>());
    });
    job->start();
}

void InstagramAuth::identify(const OAuthTokens &tokens, QObject *context, IdentityCallback done)
{
    auto *job = new NetworkJob(
        m_nam, kPlatform, QStringLiteral("instagram.graph.me"), "GET",
        NetworkJob::bearerRequest(
            m_endpoints.url(QStringLiteral("instagram.graph"), QStringLiteral("/me"),
                            encodedQuery({{QStringLiteral("fields"), QStringLiteral("id,name")}})),
            tokens.accessToken));
    job->setErrorMapper(&InstagramAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context,
                     [guard, done, nam = m_nam, endpoints = m_endpoints,
                      token = tokens.accessToken](const NetworkResult &r) {
                         if (!r.ok())
                             return deliver(guard, done, PlatformOutcome<AccountIdentity>::failure(*r.error));
                         if (guard)
                             listPages(nam, endpoints, token, *r.json(), guard, done);
                     });
    job->start();
}

void InstagramAuth::listPages(QNetworkAccessManager *nam, const EndpointTable &endpoints,
                              const QString &token, const QJsonObject &user, QObject *context,
                              const IdentityCallback &done)
{
    auto *job = new NetworkJob(
        nam, kPlatform, QStringLiteral("instagram.graph.accounts"), "GET",
        NetworkJob::bearerRequest(
            endpoints.url(QStringLiteral("instagram.graph"), QStringLiteral("/me/accounts"),
                          encodedQuery({{QStringLiteral("fields"),
                                         QStringLiteral("id,name,access_token,instagram_business_account{id,"
                                                        "username}")}})),
            token));
    job->setErrorMapper(&InstagramAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done, user](const NetworkResult &r) {
        if (!r.ok())
            return deliver(guard, done, PlatformOutcome<AccountIdentity>::failure(*r.error));
        // The first Page with a linked Instagram professional account.
        const QJsonArray pages = r.json()->value(QStringLiteral("data")).toArray();
        for (const auto &value : pages) {
            const QJsonObject page = value.toObject();
            const QJsonObject ig = page.value(QStringLiteral("instagram_business_account")).toObject();
            const QString igId = ig.value(QStringLiteral("id")).toString();
            if (igId.isEmpty())
                continue;
            AccountIdentity identity;
            identity.remoteId = igId;
            identity.displayName = ig.value(QStringLiteral("username")).toString();
            identity.details = QJsonObject{
                {QStringLiteral("user_id"), user.value(QStringLiteral("id")).toString()},
                {QStringLiteral("user_name"), user.value(QStringLiteral("name")).toString()},
                {QStringLiteral("page_id"), page.value(QStringLiteral("id")).toString()},
                {QStringLiteral("page_name"), page.value(QStringLiteral("name")).toString()},
                // A secret: the caller moves it to the keychain at once (see the header).
                {QStringLiteral("page_access_token"), page.value(QStringLiteral("access_token")).toString()},
            };
            return deliver(guard, done, PlatformOutcome<AccountIdentity>::success(identity));
        }
        deliver(guard, done,
                PlatformOutcome<AccountIdentity>::failure(
                    makeError(PlatformError::Kind::Permanent, QStringLiteral("no_instagram_account"),
                              tr("No Instagram professional account is linked to a Facebook Page you "
                                 "manage. Link an Instagram professional account to a Facebook Page, "
                                 "then connect again."))));
    });
    job->start();
}

std::optional<PlatformError> InstagramAuth::mapError(const NetworkResult &result)
{
    const QJsonObject error = graphError(result);
    if (error.isEmpty())
        return std::nullopt; // not a Graph answer: the generic mapping by status fits
    using Kind = PlatformError::Kind;
    const int code = error.value(QStringLiteral("code")).toInt();
    const int subcode = error.value(QStringLiteral("error_subcode")).toInt();
    QString text = error.value(QStringLiteral("error_user_msg")).toString();
    if (text.isEmpty())
        text = error.value(QStringLiteral("message")).toString();

    PlatformError e;
    e.platform = kPlatform;
    e.httpStatus = result.httpStatus;
    e.code = subcode != 0 ? QStringLiteral("%1/%2").arg(code).arg(subcode) : QString::number(code);

    if (code == kCodeTokenInvalid || code == kCodeSessionInvalid) {
        e.kind = Kind::AuthExpired;
        if (subcode == kSubcodeExpired)
            e.message = tr("The Instagram sign-in has expired. Reconnect the account.");
        else if (subcode == kSubcodeAppRemoved)
            e.message = tr("TravelFlow was removed from the Facebook account, so Instagram no longer "
                           "accepts the sign-in. Reconnect the account.");
        else if (subcode == kSubcodePasswordChanged)
            e.message = tr("The Facebook password was changed, so Instagram no longer accepts the sign-in. "
                           "Reconnect the account.");
        else
            e.message = tr("Instagram no longer accepts the saved sign-in. Reconnect the account.");
    } else if (code == kCodeAppLimit && subcode == kSubcodePublishingLimit) {
        e.kind = Kind::QuotaExhausted;
        e.until = QDateTime::currentDateTimeUtc().addSecs(kDaySeconds);
        e.message = tr("The Instagram publishing limit for the last 24 hours is reached. TravelFlow "
                       "continues when it frees up (within 24 hours).");
    } else if (code == kCodeTooManyCalls || code == kCodeAppLimit || code == kCodeUserTooManyCalls
               || code == kCodePageTooManyCalls || code == kCodeCustomRateLimit) {
        e.kind = Kind::RateLimited;
        e.retryAfterSeconds = throttleSeconds(result);
        e.message = tr("Instagram asks TravelFlow to slow down. It will continue shortly.");
    } else if (code == kCodePermission || (code >= 200 && code <= 299)) {
        e.kind = Kind::PermissionMissing;
        e.message = tr("Instagram says a permission is missing (%1). Reconnect the account and allow all "
                       "requested permissions.")
                        .arg(text);
    } else if (code == kCodeCaptionLimit || subcode == kSubcodeCaptionLimit) {
        e.kind = Kind::InvalidInput;
        e.field = QStringLiteral("caption");
        e.rule = QStringLiteral("instagram.caption.limits");
        e.message = tr("Instagram rejected the caption: %1 Shorten it or use fewer hashtags or @mentions.")
                        .arg(text);
    } else if (code == kCodeInvalidParameter
               && (subcode == kSubcodeCodeInvalid || subcode == kSubcodeRedirectMismatch
                   || subcode == kSubcodeCodeUsed)) {
        e.kind = Kind::Permanent;
        e.message = tr("Instagram did not accept the sign-in (%1). Connect again.").arg(text);
    } else if (code == kCodeInvalidParameter) {
        e.kind = Kind::InvalidInput;
        e.rule = e.code;
        e.message = tr("Instagram rejected the request: %1").arg(text);
    } else if (code == kCodeInvalidApplication
               || (code == kCodeUnknown
                   && error.value(QStringLiteral("message")).toString().contains(QLatin1String("secret")))) {
        e.kind = Kind::Permanent;
        e.message = tr("Instagram does not accept the app's client id or secret. Check them in Settings.");
    } else if (code == kCodeUnknown || code == kCodeService
               || error.value(QStringLiteral("is_transient")).toBool()) {
        e.kind = Kind::Transient;
        e.message = tr("Instagram had a temporary problem. TravelFlow will try again.");
    } else {
        e.kind = Kind::Permanent;
        e.message = tr("Instagram refused the request: %1").arg(text);
    }
    return e;
}

} // namespace travelflow
