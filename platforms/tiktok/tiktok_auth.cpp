#include "tiktok_auth.h"

#include "common/pkce.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>

namespace travelflow {

namespace {

const QString kPlatform = QStringLiteral("tiktok");

// The user.info fields TravelFlow reads (all of them covered by user.info.basic).
const QString kUserFields = QStringLiteral("open_id,union_id,avatar_url,display_name");

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return request;
}

// The form with every value percent-encoded, so that '+', '&' and '=' in a value survive.
QByteArray formBody(const QUrlQuery &form)
{
    QUrlQuery encoded;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return encoded.toString(QUrl::FullyEncoded).toLatin1();
}

QStringList splitScopes(const QString &commaSeparated)
{
    QStringList out;
    for (const QString &s : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString scope = s.trimmed(); !scope.isEmpty())
            out.append(scope);
    }
    return out;
}

// The field an invalid_param message starts with ("post_info.title is longer ...",
// "publish_id is required."), or empty when the message does not name one.
QString fieldFromMessage(const QString &message)
{
    static const QRegularExpression leadingField(
        QStringLiteral("^([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*)[\\s:]"));
    const auto match = leadingField.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Runs `done` only while `context` lives.
template<typename Callback, typename Value>
void deliver(const QPointer<QObject> &context, const Callback &done, const Value &value)
{
    if (context)
        done(value);
}

// Why a finished request failed: the generic or mapped error, or, for an HTTP 2xx, an
// error TikTok reported in the body (a non-"ok" envelope code or a flat OAuth error).
std::optional<PlatformError> failureOf(const NetworkResult &result)
{
    if (result.error)
        return result.error;
    return TikTokAuth::mapError(result);
}

} // namespace

const QStringList &TikTokAuth::scopes()
{
    static const QStringList list{QStringLiteral("user.info.basic"), QStringLiteral("video.publish"),
                                  QStringLiteral("video.upload"), QStringLiteral("video.list")};
    return list;
}

TikTokAuth::TikTokAuth(QNetworkAccessManager *nam, EndpointTable endpoints, AppCredentials credentials)
    : m_nam(nam), m_endpoints(std::move(endpoints)), m_credentials(std::move(credentials))
{ }

AuthorizationAttempt TikTokAuth::begin(const QUrl &redirectUri) const
{
    const PkcePair pkce = Pkce::generate(PkceEncoding::Hex);
    AuthorizationAttempt a;
    a.redirectUri = redirectUri;
    a.state = Pkce::randomState();
    a.verifier = pkce.verifier;
    a.scopes = scopes();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_key"), m_credentials.clientId);
    q.addQueryItem(QStringLiteral("scope"), a.scopes.join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    q.addQueryItem(QStringLiteral("state"), a.state);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("code_challenge"), pkce.challenge);
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QUrlQuery encoded;
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded)) {
        // Commas stay literal in the scope list, as in TikTok's own examples.
        const QByteArray keep = key == QLatin1String("scope") ? QByteArrayLiteral(",") : QByteArray();
        encoded.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value, keep)));
    }
    // The authorize endpoint is the base itself; only the query is added.
    a.authorizationUrl = m_endpoints.url(QStringLiteral("tiktok.auth"), QString(), encoded);
    return a;
}

void TikTokAuth::exchange(const AuthorizationAttempt &attempt, const OAuthCallback &callback,
                          QObject *context, TokensCallback done)
{
    if (!callback.ok || callback.state != attempt.state) {
        PlatformError e;
        e.platform = kPlatform;
        e.kind = PlatformError::Kind::Permanent;
        e.code = callback.ok ? QString(OAuthError::StateMismatch) : callback.error;
        if (e.code == QLatin1String("access_denied")) {
            e.kind = PlatformError::Kind::PermissionMissing;
            e.message = tr("TikTok access was not granted. Connect again and allow the requested access.");
        } else if (e.code == OAuthError::StateMismatch) {
            e.message
                = tr("The TikTok sign-in could not be verified as this attempt's. Try connecting again.");
        } else if (e.code == OAuthError::Timeout) {
            e.message = tr("The TikTok sign-in was not completed in time. Try connecting again.");
        } else {
            e.message = tr("TikTok did not complete the sign-in (%1). Try connecting again.")
                            .arg(callback.errorDescription.isEmpty() ? e.code : callback.errorDescription);
        }
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context, [guard, done, e] { deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(e)); },
            Qt::QueuedConnection);
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_key"), m_credentials.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
    form.addQueryItem(QStringLiteral("code"), callback.code);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("redirect_uri"), attempt.redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("code_verifier"), attempt.verifier);
    postToken(form, nullptr, context, done);
}

void TikTokAuth::refresh(const OAuthTokens &tokens, QObject *context, TokensCallback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_key"), m_credentials.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), tokens.refreshToken);
    postToken(form, &tokens, context, done);
}

void TikTokAuth::postToken(const QUrlQuery &form, const OAuthTokens *previous, QObject *context,
                           const TokensCallback &done)
{
    auto *job = new NetworkJob(
        m_nam, kPlatform, QStringLiteral("tiktok.api.oauth.token"), "POST",
        formRequest(m_endpoints.url(QStringLiteral("tiktok.api"), QStringLiteral("/v2/oauth/token/"))));
    job->setBody(formBody(form));
    job->setErrorMapper(&TikTokAuth::mapError);
    const OAuthTokens kept = previous ? *previous : OAuthTokens();
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done, kept](const NetworkResult &r) {
        if (const auto error = failureOf(r))
            return deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(*error));
        const QJsonObject o = r.json().value_or(QJsonObject());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        OAuthTokens t;
        t.accessToken = o.value(QStringLiteral("access_token")).toString();
        // TikTok rotates refresh tokens: the old one is dead once a new one is issued.
        t.refreshToken = o.value(QStringLiteral("refresh_token")).toString(kept.refreshToken);
        t.accessExpiresAt = now.addSecs(o.value(QStringLiteral("expires_in")).toInteger(3600));
        const QJsonValue refreshLifetime = o.value(QStringLiteral("refresh_expires_in"));
        t.refreshExpiresAt
            = refreshLifetime.isDouble() ? now.addSecs(refreshLifetime.toInteger()) : kept.refreshExpiresAt;
        t.scopes = splitScopes(o.value(QStringLiteral("scope")).toString());
        if (t.scopes.isEmpty())
            t.scopes = kept.scopes;
        t.subject = o.value(QStringLiteral("open_id")).toString(kept.subject);
        if (t.accessToken.isEmpty() || t.refreshToken.isEmpty()) {
            PlatformError e;
            e.platform = kPlatform;
            e.kind = PlatformError::Kind::Transient;
            e.httpStatus = r.httpStatus;
            e.message = tr("TikTok answered without a token. TravelFlow will try again.");
            return deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(e));
        }
        deliver(guard, done, PlatformOutcome<OAuthTokens>::success(t));
    });
    job->start();
}

void TikTokAuth::revoke(const OAuthTokens &tokens, QObject *context, DoneCallback done)
{
    // TikTok revokes the whole grant (access and refresh token) given the access token.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_key"), m_credentials.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
    form.addQueryItem(QStringLiteral("token"),
                      tokens.accessToken.isEmpty() ? tokens.refreshToken : tokens.accessToken);
    auto *job = new NetworkJob(
        m_nam, kPlatform, QStringLiteral("tiktok.api.oauth.revoke"), "POST",
        formRequest(m_endpoints.url(QStringLiteral("tiktok.api"), QStringLiteral("/v2/oauth/revoke/"))));
    job->setBody(formBody(form));
    job->setErrorMapper(&TikTokAuth::mapError);
    job->setExpectJson(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        const auto error = failureOf(r);
        // A token TikTok no longer accepts is revoked already: the goal is reached.
        if (error
            && (error->code == QLatin1String("invalid_grant")
                || error->code == QLatin1String("access_token_invalid")))
            return deliver(guard, done, std::optional<PlatformError>());
        deliver(guard, done, error);
    });
    job->start();
}

void TikTokAuth::identify(const OAuthTokens &tokens, QObject *context, IdentityCallback done)
{
    QUrlQuery q;
    // Commas stay literal, as TikTok documents the fields list.
    q.addQueryItem(QStringLiteral("fields"), kUserFields);
    const QNetworkRequest request = NetworkJob::bearerRequest(
        m_endpoints.url(QStringLiteral("tiktok.api"), QStringLiteral("/v2/user/info/"), q),
        tokens.accessToken);
    auto *job = new NetworkJob(m_nam, kPlatform, QStringLiteral("tiktok.api.user.info"), "GET", request);
    job->setErrorMapper(&TikTokAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        // An HTTP 200 is only a success when the envelope's error.code is "ok".
        if (const auto error = failureOf(r))
            return deliver(guard, done, PlatformOutcome<AccountIdentity>::failure(*error));
        const QJsonObject user = r.json()
                                     .value_or(QJsonObject())
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("user"))
                                     .toObject();
        AccountIdentity identity;
        identity.remoteId = user.value(QStringLiteral("open_id")).toString();
        identity.displayName = user.value(QStringLiteral("display_name")).toString();
        identity.details
            = QJsonObject{{QStringLiteral("union_id"), user.value(QStringLiteral("union_id"))},
                          {QStringLiteral("avatar_url"), user.value(QStringLiteral("avatar_url"))}};
        if (identity.remoteId.isEmpty()) {
            PlatformError e;
            e.platform = kPlatform;
            e.kind = PlatformError::Kind::Transient;
            e.httpStatus = r.httpStatus;
            e.message = tr("TikTok did not say which account is connected. TravelFlow will try again.");
            return deliver(guard, done, PlatformOutcome<AccountIdentity>::failure(e));
        }
        deliver(guard, done, PlatformOutcome<AccountIdentity>::success(identity));
    });
    job->start();
}

std::optional<PlatformError> TikTokAuth::mapError(const NetworkResult &result)
{
    const auto body = result.json();
    if (!body)
        return std::nullopt;
    using Kind = PlatformError::Kind;
    const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
    PlatformError e;
    e.platform = kPlatform;
    e.httpStatus = result.httpStatus;
    const QJsonValue error = body->value(QStringLiteral("error"));

    if (error.isString()) { // the OAuth endpoints' flat form
        e.code = error.toString();
        if (e.code.isEmpty())
            return std::nullopt;
        const QString description = body->value(QStringLiteral("error_description")).toString();
        if (e.code == QLatin1String("invalid_grant")) {
            e.kind = Kind::AuthExpired;
            e.message = tr("TikTok no longer accepts this sign-in (it was revoked or has expired). Reconnect "
                           "the account.");
        } else if (e.code == QLatin1String("invalid_client")
                   || e.code == QLatin1String("unauthorized_client")) {
            e.kind = Kind::Permanent;
            e.message = tr("TikTok does not accept the app's client key or secret. Check them in Settings.");
        } else {
            e.kind = Kind::Permanent;
            e.message = tr("TikTok refused the sign-in (%1). Try connecting again.")
                            .arg(description.isEmpty() ? e.code : description);
        }
        return e;
    }

    if (!error.isObject()) // not TikTok's shape: the generic mapping by status fits
        return std::nullopt;
    const QJsonObject object = error.toObject();
    e.code = object.value(QStringLiteral("code")).toString();
    if (e.code.isEmpty() || e.code == QLatin1String("ok"))
        return std::nullopt; // "ok" is success, whatever the status; no code: generic mapping
    const QString text = object.value(QStringLiteral("message")).toString();
    if (e.code == QLatin1String("access_token_invalid")) {
        e.kind = Kind::AuthExpired;
        e.message = tr("TikTok no longer accepts the saved sign-in. TravelFlow will refresh it.");
    } else if (e.code == QLatin1String("scope_not_authorized")) {
        e.kind = Kind::PermissionMissing;
        e.message = tr("TikTok says a permission is missing. Reconnect the account and allow all requested "
                       "access.");
    } else if (e.code == QLatin1String("rate_limit_exceeded")) {
        e.kind = Kind::RateLimited;
        e.retryAfterSeconds
            = NetworkJob::parseRetryAfter(result.header("Retry-After"), QDateTime::currentDateTimeUtc());
        e.message = tr("TikTok asks TravelFlow to slow down. It will continue shortly.");
    } else if (e.code == QLatin1String("spam_risk_too_many_posts")) {
        e.kind = Kind::QuotaExhausted;
        e.until = QDateTime::currentDateTimeUtc().addSecs(qint64{24} * 3600);
        e.message = tr("This TikTok account has reached its daily post limit. TravelFlow tries again in 24 "
                       "hours.");
    } else if (e.code == QLatin1String("reached_active_user_cap")) {
        e.kind = Kind::QuotaExhausted;
        e.until = QDateTime::currentDateTimeUtc().addSecs(qint64{24} * 3600);
        e.message = tr("The TikTok app has reached its daily limit of active users. TravelFlow tries again "
                       "in 24 hours.");
    } else if (e.code == QLatin1String("invalid_param") || e.code == QLatin1String("invalid_params")) {
        e.kind = Kind::InvalidInput;
        e.field = fieldFromMessage(text);
        e.rule = e.code;
        e.message = tr("TikTok rejected the request: %1").arg(text.isEmpty() ? e.code : text);
    } else if (e.code == QLatin1String("privacy_level_option_mismatch")) {
        e.kind = Kind::InvalidInput;
        e.field = QStringLiteral("post_info.privacy_level");
        e.rule = e.code;
        e.message = tr("TikTok does not offer this privacy setting for this account. Choose one of the "
                       "privacy options TikTok shows for it.");
    } else if (e.code == QLatin1String("unaudited_client_can_only_post_to_private_accounts")) {
        e.kind = Kind::InvalidInput;
        e.field = QStringLiteral("post_info.privacy_level");
        e.rule = e.code;
        e.message = tr("TikTok lets an app that has not passed its audit post only to private accounts, "
                       "visible to the creator alone. Make the TikTok account private and post as \"Only "
                       "me\", or use an audited app.");
    } else if (e.code == QLatin1String("spam_risk_user_banned_from_posting")) {
        e.kind = Kind::Permanent;
        e.message = tr("TikTok has blocked this account from posting. Check the account in the TikTok app.");
    } else if (e.code == QLatin1String("internal_error")) {
        e.kind = Kind::Transient;
        e.message = tr("TikTok had a server problem. TravelFlow will try again.");
    } else if (!success) {
        // A code not known here: keep the classification by status, with TikTok's code.
        auto generic = NetworkJob::genericError(kPlatform, result, false);
        if (!generic)
            return std::nullopt;
        generic->code = e.code;
        return generic;
    } else {
        e.kind = Kind::Permanent;
        e.message
            = tr("TikTok refused the request (%1). Check the account in the TikTok app, then try again.")
                  .arg(text.isEmpty() ? e.code : text);
    }
    return e;
}

} // namespace travelflow
