#include "youtube_auth.h"

#include "common/pkce.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimeZone>

namespace travelflow {

namespace {

const QString kPlatform = QStringLiteral("youtube");

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return request;
}

// Google quotas reset at midnight Pacific time.
QDateTime nextPacificMidnight()
{
    const QTimeZone pacific("America/Los_Angeles");
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(pacific);
    return QDateTime(now.date().addDays(1), QTime(0, 0), pacific).toUTC();
}

// Runs `done` only while `context` lives.
template<typename Callback, typename Value>
void deliver(const QPointer<QObject> &context, const Callback &done, const Value &value)
{
    if (context)
        done(value);
}

} // namespace

const QStringList &YouTubeAuth::scopes()
{
    static const QStringList list{QStringLiteral("https://www.googleapis.com/auth/youtube.upload"),
                                  QStringLiteral("https://www.googleapis.com/auth/youtube.force-ssl"),
                                  QStringLiteral("https://www.googleapis.com/auth/youtube.readonly")};
    return list;
}

YouTubeAuth::YouTubeAuth(QNetworkAccessManager *nam, EndpointTable endpoints, AppCredentials credentials)
    : m_nam(nam), m_endpoints(std::move(endpoints)), m_credentials(std::move(credentials))
{ }

AuthorizationAttempt YouTubeAuth::begin(const QUrl &redirectUri) const
{
    const PkcePair pkce = Pkce::generate(PkceEncoding::Base64Url);
    AuthorizationAttempt a;
    a.redirectUri = redirectUri;
    a.state = Pkce::randomState();
    a.verifier = pkce.verifier;
    a.scopes = scopes();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("scope"), a.scopes.join(QLatin1Char(' ')));
    q.addQueryItem(QStringLiteral("code_challenge"), pkce.challenge);
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    q.addQueryItem(QStringLiteral("state"), a.state);
    q.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    // Ask every time, so Google sends a refresh token again on a reconnect.
    q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    QUrlQuery encoded;
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    a.authorizationUrl = m_endpoints.url(QStringLiteral("youtube.auth"), QString(), encoded);
    return a;
}

void YouTubeAuth::exchange(const AuthorizationAttempt &attempt, const OAuthCallback &callback,
                           QObject *context, TokensCallback done)
{
    if (!callback.ok || callback.state != attempt.state) {
        PlatformError e;
        e.platform = kPlatform;
        e.kind = callback.error == QLatin1String("access_denied") ? PlatformError::Kind::PermissionMissing
                                                                  : PlatformError::Kind::Permanent;
        e.code = callback.ok ? QStringLiteral("state_mismatch") : callback.error;
        e.message = callback.errorDescription.isEmpty()
            ? tr("YouTube did not complete the sign-in. Try connecting again.")
            : callback.errorDescription;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context, [guard, done, e] { deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(e)); },
            Qt::QueuedConnection);
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), callback.code);
    form.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
    form.addQueryItem(QStringLiteral("redirect_uri"), attempt.redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("code_verifier"), attempt.verifier);
    postToken(form, nullptr, context, done);
}

void YouTubeAuth::refresh(const OAuthTokens &tokens, QObject *context, TokensCallback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), tokens.refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
    postToken(form, &tokens, context, done);
}

void YouTubeAuth::postToken(const QUrlQuery &form, const OAuthTokens *previous, QObject *context,
                            const TokensCallback &done)
{
    QUrlQuery encoded;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    auto *job = new NetworkJob(
        m_nam, kPlatform, QStringLiteral("youtube.token.token"), "POST",
        formRequest(m_endpoints.url(QStringLiteral("youtube.token"), QStringLiteral("/token"))));
    job->setBody(encoded.toString(QUrl::FullyEncoded).toLatin1());
    job->setErrorMapper(&YouTubeAuth::mapError);
    const OAuthTokens kept = previous ? *previous : OAuthTokens();
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done, kept](const NetworkResult &r) {
        if (!r.ok()) {
            deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(*r.error));
            return;
        }
        const QJsonObject o = *r.json();
        OAuthTokens t;
        t.accessToken = o.value(QStringLiteral("access_token")).toString();
        t.refreshToken = o.value(QStringLiteral("refresh_token")).toString(kept.refreshToken);
        t.refreshExpiresAt = kept.refreshExpiresAt;
        t.accessExpiresAt
            = QDateTime::currentDateTimeUtc().addSecs(o.value(QStringLiteral("expires_in")).toInteger(3600));
        t.scopes = o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (t.scopes.isEmpty())
            t.scopes = kept.scopes;
        if (t.accessToken.isEmpty()) {
            PlatformError e;
            e.platform = kPlatform;
            e.kind = PlatformError::Kind::Transient;
            e.message = tr("YouTube answered without a token. TravelFlow will try again.");
            deliver(guard, done, PlatformOutcome<OAuthTokens>::failure(e));
            return;
        }
        deliver(guard, done, PlatformOutcome<OAuthTokens>::success(t));
    });
    job->start();
}

void YouTubeAuth::revoke(const OAuthTokens &tokens, QObject *context, DoneCallback done)
{
    // Revoking the refresh token ends the whole grant at Google.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"),
                      QString::fromLatin1(QUrl::toPercentEncoding(
                          tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken)));
    auto *job = new NetworkJob(
        m_nam, kPlatform, QStringLiteral("youtube.token.revoke"), "POST",
        formRequest(m_endpoints.url(QStringLiteral("youtube.token"), QStringLiteral("/revoke"))));
    job->setBody(form.toString(QUrl::FullyEncoded).toLatin1());
    job->setErrorMapper(&YouTubeAuth::mapError);
    job->setExpectJson(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        // A token Google no longer knows is revoked already.
        if (r.error && r.error->code == QLatin1String("invalid_token"))
            return deliver(guard, done, std::optional<PlatformError>());
        deliver(guard, done, r.error);
    });
    job->start();
}

void YouTubeAuth::identify(const OAuthTokens &tokens, QObject *context, IdentityCallback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), QStringLiteral("snippet"));
    q.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    const QNetworkRequest request = NetworkJob::bearerRequest(
        m_endpoints.url(QStringLiteral("youtube.api"), QStringLiteral("/channels"), q), tokens.accessToken);
    auto *job = new NetworkJob(m_nam, kPlatform, QStringLiteral("youtube.api.channels"), "GET", request);
    job->setErrorMapper(&YouTubeAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        if (!r.ok())
            return deliver(guard, done, PlatformOutcome<AccountIdentity>::failure(*r.error));
        const QJsonArray items = r.json()->value(QStringLiteral("items")).toArray();
        if (items.isEmpty()) {
            PlatformError e;
            e.platform = kPlatform;
            e.kind = PlatformError::Kind::Permanent;
            e.code = QStringLiteral("no_channel");
            e.message = tr(
                "This Google account has no YouTube channel. Create one on YouTube, then connect again.");
            return deliver(guard, done, PlatformOutcome<AccountIdentity>::failure(e));
        }
        const QJsonObject channel = items.first().toObject();
        AccountIdentity identity;
        identity.remoteId = channel.value(QStringLiteral("id")).toString();
        identity.displayName
            = channel.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")).toString();
        deliver(guard, done, PlatformOutcome<AccountIdentity>::success(identity));
    });
    job->start();
}

std::optional<PlatformError> YouTubeAuth::mapError(const NetworkResult &result)
{
    const auto body = result.json();
    if (!body)
        return std::nullopt;
    using Kind = PlatformError::Kind;
    PlatformError e;
    e.platform = kPlatform;
    e.httpStatus = result.httpStatus;
    const QJsonValue error = body->value(QStringLiteral("error"));
    if (error.isString()) { // OAuth endpoints
        e.code = error.toString();
        const QString description = body->value(QStringLiteral("error_description")).toString();
        if (e.code == QLatin1String("invalid_grant")) {
            e.kind = Kind::AuthExpired;
            e.message
                = tr("YouTube no longer accepts this sign-in (it was revoked or has expired). Reconnect the "
                     "account.");
        } else if (e.code == QLatin1String("invalid_client")
                   || e.code == QLatin1String("unauthorized_client")) {
            e.kind = Kind::Permanent;
            e.message = tr("YouTube does not accept the app's client id or secret. Check them in Settings.");
        } else {
            e.kind = Kind::Permanent;
            e.message
                = tr("YouTube refused the sign-in (%1).").arg(description.isEmpty() ? e.code : description);
        }
        return e;
    }
    const QJsonObject object = error.toObject();
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    e.code
        = errors.isEmpty() ? QString() : errors.first().toObject().value(QStringLiteral("reason")).toString();
    const QString text = object.value(QStringLiteral("message")).toString();
    if (e.code == QLatin1String("quotaExceeded") || e.code == QLatin1String("uploadLimitExceeded")) {
        e.kind = Kind::QuotaExhausted;
        e.until = nextPacificMidnight();
        e.message
            = tr("The YouTube quota for today is used up. TravelFlow continues after it resets (midnight "
                 "Pacific time).");
    } else if (e.code == QLatin1String("rateLimitExceeded")
               || e.code == QLatin1String("userRateLimitExceeded")) {
        e.kind = Kind::RateLimited;
        e.retryAfterSeconds
            = NetworkJob::parseRetryAfter(result.header("Retry-After"), QDateTime::currentDateTimeUtc());
        e.message = tr("YouTube asks TravelFlow to slow down. It will continue shortly.");
    } else if (e.code == QLatin1String("authError")) {
        e.kind = Kind::AuthExpired;
        e.message = tr("YouTube no longer accepts the saved sign-in. TravelFlow will refresh it.");
    } else if (e.code == QLatin1String("insufficientPermissions") || e.code == QLatin1String("forbidden")) {
        e.kind = Kind::PermissionMissing;
        e.message = tr(
            "YouTube says a permission is missing. Reconnect the account and allow all requested access.");
    } else if (e.code == QLatin1String("processingFailure")) {
        e.kind = Kind::MediaRejected;
        e.message = tr("YouTube could not process the video (%1).").arg(text);
    } else if (e.code.startsWith(QLatin1String("invalid"))) {
        e.kind = Kind::InvalidInput;
        e.rule = e.code;
        e.message = tr("YouTube rejected the request: %1").arg(text);
    } else {
        return std::nullopt; // the generic mapping by status fits
    }
    return e;
}

} // namespace travelflow
