// TikTok OAuth against the simulator over real HTTP, as the app will do it: authorize URL
// with the desktop hex PKCE and comma-separated scopes, the browser's redirect to our
// loopback listener, code exchange, identity, rotating refresh, revoke, and TikTok's
// errors (flat OAuth errors and v2 envelope codes, also inside an HTTP 200) as typed errors.

#include "common/oauth_loopback.h"
#include "common/pkce.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/sandbox_oauth.h"
#include "support/test_env.h"
#include "tiktok/tiktok_auth.h"
#include "tiktok_simulator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

NetworkResult answer(int status, const QJsonObject &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    NetworkResult r;
    r.httpStatus = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers = std::move(headers);
    return r;
}

NetworkResult envelope(int status, const QString &code, const QString &message = QString())
{
    return answer(status,
                  QJsonObject{{QStringLiteral("data"), QJsonObject{}},
                              {QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), code},
                                           {QStringLiteral("message"), message},
                                           {QStringLiteral("log_id"), QStringLiteral("2024")}}}});
}

NetworkResult flat(int status, const QString &error)
{
    return answer(status,
                  QJsonObject{{QStringLiteral("error"), error},
                              {QStringLiteral("error_description"), QStringLiteral("described")}});
}

} // namespace

class TestTikTokAuth : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<TikTokAuth> m_auth;
    test::HttpClient m_http;

    // Plays the browser: opens the authorize URL and follows the redirect to the listener.
    static OAuthCallback authorizeInBrowser(const AuthorizationAttempt &attempt,
                                            OAuthLoopbackListener &listener)
    {
        return test::visitAuthorizeUrl(attempt, listener).callback;
    }

    template<typename T>
    PlatformOutcome<T> wait(const std::function<void(std::function<void(const PlatformOutcome<T> &)>)> &call)
    {
        std::optional<PlatformOutcome<T>> result;
        call([&](const PlatformOutcome<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
            PlatformError timeout;
            timeout.code = QStringLiteral("test_timeout");
            return PlatformOutcome<T>::failure(timeout);
        }
        return *result;
    }

    std::optional<PlatformError> revoke(const OAuthTokens &tokens, bool *answered)
    {
        std::optional<std::optional<PlatformError>> revoked;
        m_auth->revoke(tokens, this, [&](const std::optional<PlatformError> &e) { revoked = e; });
        *answered = QTest::qWaitFor([&] { return revoked.has_value(); }, 5000);
        return revoked.value_or(std::nullopt);
    }

    OAuthTokens connect() { return test::connectThroughBrowser(*m_auth).value_or(OAuthTokens()); }

    int tokenRequests()
    {
        return static_cast<int>(
            m_server.recorder().forEndpoint(QStringLiteral("tiktok.api.oauth.token")).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.add<TikTokSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        QFile file(m_dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_server.endpoints()).toJson());
        file.close();
        const auto endpoints = EndpointTable::fromFile(file.fileName(), &error);
        QVERIFY2(endpoints, qPrintable(error));
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("tiktok"));
        QCOMPARE(client.clientId, QStringLiteral("sandbox-tiktok-client"));
        m_auth = std::make_unique<TikTokAuth>(
            &m_nam, *endpoints,
            AppCredentials{client.clientId, client.clientSecret, AppCredentials::Source::Environment});
    }

    void cleanup() { m_server.faults().clear(); }

    void authorizationUrlCarriesHexPkceCommaScopesAndAFreshState()
    {
        const QUrl redirect(QStringLiteral("http://127.0.0.1:4321/callback"));
        const AuthorizationAttempt a = m_auth->begin(redirect);
        const AuthorizationAttempt b = m_auth->begin(redirect);
        const QUrlQuery q(a.authorizationUrl);
        const auto value
            = [&q](const char *key) { return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
        QCOMPARE(value("client_key"), QStringLiteral("sandbox-tiktok-client"));
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("redirect_uri"), redirect.toString());
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(value("code_challenge"), Pkce::challengeFor(a.verifier, PkceEncoding::Hex));
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(value("code_challenge")).hasMatch());
        QCOMPARE(
            value("scope"),
            QStringLiteral("user.info.basic,video.publish,video.upload,video.list")); // commas, no spaces
        QVERIFY(a.authorizationUrl.toString(QUrl::FullyEncoded)
                    .contains(QStringLiteral("scope=user.info.basic,video.publish")));
        QCOMPARE(a.scopes, TikTokAuth::scopes());
        QCOMPARE(value("state"), a.state);
        QVERIFY(a.state != value("code_challenge")); // never the challenge
        QVERIFY(!a.state.isEmpty());
        QVERIFY(a.state != b.state);
        QVERIFY(a.verifier != b.verifier);
        QVERIFY(Pkce::isValidVerifier(a.verifier));
        QCOMPARE(a.redirectUri, redirect);
        QCOMPARE(a.authorizationUrl.path(), QStringLiteral("/tiktok/auth/v2/auth/authorize/"));
    }

    void connectsAndIdentifiesTheAccount()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(tokens.subject, QStringLiteral("sandbox-tiktok-user")); // open_id
        QCOMPARE(tokens.scopes, TikTokAuth::scopes());
        // The simulator: 2 h access, 180 days refresh.
        QVERIFY(tokens.accessExpiresAt >= before.addSecs(7190));
        QVERIFY(tokens.accessExpiresAt <= QDateTime::currentDateTimeUtc().addSecs(7201));
        QVERIFY(tokens.refreshExpiresAt >= before.addDays(179));
        QVERIFY(tokens.refreshExpiresAt <= QDateTime::currentDateTimeUtc().addDays(181));

        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY2(identity.ok(), identity.error ? qPrintable(identity.error->message) : "");
        QCOMPARE(identity.value->remoteId, tokens.subject);
        QCOMPARE(identity.value->displayName, QStringLiteral("Sandbox Traveller"));
        QCOMPARE(identity.value->details.value(QStringLiteral("union_id")).toString(),
                 QStringLiteral("sandbox-tiktok-union"));
        QVERIFY(!identity.value->details.value(QStringLiteral("avatar_url")).toString().isEmpty());
    }

    void refreshRotatesTheRefreshToken()
    {
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.refreshToken.isEmpty());
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY2(refreshed.ok(), refreshed.error ? qPrintable(refreshed.error->message) : "");
        QVERIFY(refreshed.value->accessToken != tokens.accessToken);
        QVERIFY(!refreshed.value->refreshToken.isEmpty());
        QVERIFY(refreshed.value->refreshToken != tokens.refreshToken); // TikTok rotates
        QCOMPARE(refreshed.value->subject, tokens.subject);
        QCOMPARE(refreshed.value->scopes, tokens.scopes);

        // The old refresh token is dead: only a reconnect helps if the new one was lost.
        const auto stale = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(stale.error->code, QStringLiteral("invalid_grant"));
        QVERIFY(stale.error->message.contains(QStringLiteral("TikTok")));

        // The new one works, and so does its access token.
        const auto identity
            = wait<AccountIdentity>([&](auto done) { m_auth->identify(*refreshed.value, this, done); });
        QVERIFY(identity.ok());
        const auto again
            = wait<OAuthTokens>([&](auto done) { m_auth->refresh(*refreshed.value, this, done); });
        QVERIFY(again.ok());
        QVERIFY(again.value->refreshToken != refreshed.value->refreshToken);
    }

    void revokeEndsTheGrant()
    {
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.accessToken.isEmpty());
        bool answered = false;
        const auto revoked = revoke(tokens, &answered);
        QVERIFY(answered);
        QVERIFY2(!revoked, revoked ? qPrintable(revoked->message) : "");
        QVERIFY(!m_server.recorder().forEndpoint(QStringLiteral("tiktok.api.oauth.revoke")).isEmpty());

        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(identity.error->code, QStringLiteral("access_token_invalid"));
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(!refreshed.ok());
        QCOMPARE(refreshed.error->kind, PlatformError::Kind::AuthExpired); // needs reconnect
        QCOMPARE(refreshed.error->code, QStringLiteral("invalid_grant"));

        // Revoking again is not an error: the grant is gone either way.
        const auto twice = revoke(tokens, &answered);
        QVERIFY(answered);
        QVERIFY(!twice);
    }

    void deniedConsentIsReportedNotExchanged()
    {
        FaultRule deny;
        deny.action = FaultRule::Action::DenyAuthorize;
        m_server.faults().add(deny);
        OAuthLoopbackListener listener;
        listener.listen();
        const AuthorizationAttempt attempt = m_auth->begin(listener.redirectUri());
        listener.expectState(attempt.state);
        const OAuthCallback callback = authorizeInBrowser(attempt, listener);
        QVERIFY(!callback.ok);
        QCOMPARE(callback.error, QStringLiteral("access_denied"));
        const int before = tokenRequests();
        const auto tokens
            = wait<OAuthTokens>([&](auto done) { m_auth->exchange(attempt, callback, this, done); });
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error->kind, PlatformError::Kind::PermissionMissing);
        QCOMPARE(tokens.error->code, QStringLiteral("access_denied"));
        QVERIFY(tokens.error->message.contains(QStringLiteral("TikTok")));
        QCOMPARE(tokenRequests(), before);
    }

    void aForeignStateIsNotExchanged()
    {
        const AuthorizationAttempt attempt
            = m_auth->begin(QUrl(QStringLiteral("http://127.0.0.1:4321/callback")));
        OAuthCallback callback;
        callback.ok = true;
        callback.code = QStringLiteral("some-code");
        callback.state = QStringLiteral("not-this-attempt");
        const int before = tokenRequests();
        const auto tokens
            = wait<OAuthTokens>([&](auto done) { m_auth->exchange(attempt, callback, this, done); });
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error->code, QStringLiteral("state_mismatch"));
        QCOMPARE(tokenRequests(), before);
    }

    void anExpiredAccessTokenIsAuthExpired()
    {
        const OAuthTokens tokens = connect();
        FaultRule expired;
        expired.action = FaultRule::Action::TokenExpired;
        expired.endpoint = QStringLiteral("tiktok.api.user.info");
        m_server.faults().add(expired);
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(identity.error->code, QStringLiteral("access_token_invalid"));
        QCOMPARE(identity.error->httpStatus, 401);

        // What the app then does: refresh, and the same call succeeds.
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(refreshed.ok());
        const auto retried
            = wait<AccountIdentity>([&](auto done) { m_auth->identify(*refreshed.value, this, done); });
        QVERIFY(retried.ok());
    }

    void rateLimitsCarryRetryAfter()
    {
        const OAuthTokens tokens = connect();
        FaultRule limit;
        limit.action = FaultRule::Action::RateLimit;
        limit.endpoint = QStringLiteral("tiktok.api.user.info");
        limit.retryAfterSeconds = 17;
        m_server.faults().add(limit);
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::RateLimited);
        QCOMPARE(identity.error->code, QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(identity.error->retryAfterSeconds, std::optional<int>(17));
    }

    void aNonOkCodeInAnHttp200IsAnError()
    {
        const OAuthTokens tokens = connect();
        FaultRule fault; // the simulator's error envelope (invalid_param), sent with HTTP 200
        fault.action = FaultRule::Action::Status;
        fault.status = 200;
        fault.endpoint = QStringLiteral("tiktok.api.user.info");
        m_server.faults().add(fault);
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->code, QStringLiteral("invalid_param"));
        QCOMPARE(identity.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(identity.error->httpStatus, 200);
    }

    void serverErrorsAreTransient()
    {
        const OAuthTokens tokens = connect();
        FaultRule fault;
        fault.action = FaultRule::Action::Status;
        fault.status = 500;
        fault.endpoint = QStringLiteral("tiktok.api.user.info");
        m_server.faults().add(fault);
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::Transient);
        QCOMPARE(identity.error->code, QStringLiteral("internal_error"));
        QVERIFY(identity.error->isRetryable());
    }

    void wrongClientSecretIsPermanent()
    {
        const OAuthTokens tokens = connect();
        QString error;
        const auto endpoints
            = EndpointTable::fromFile(m_dir.filePath(QStringLiteral("endpoints.json")), &error);
        QVERIFY2(endpoints, qPrintable(error));
        TikTokAuth wrong(&m_nam, *endpoints,
                         AppCredentials{QStringLiteral("sandbox-tiktok-client"),
                                        QStringLiteral("wrong-secret"), AppCredentials::Source::Settings});
        const auto refreshed = wait<OAuthTokens>([&](auto done) { wrong.refresh(tokens, this, done); });
        QVERIFY(!refreshed.ok());
        QCOMPARE(refreshed.error->kind, PlatformError::Kind::Permanent);
        QCOMPARE(refreshed.error->code, QStringLiteral("invalid_client"));
        QVERIFY(refreshed.error->message.contains(QStringLiteral("Settings")));
    }

    void mapsTikTokErrorCodes()
    {
        using Kind = PlatformError::Kind;
        QVERIFY(!TikTokAuth::mapError(envelope(200, QStringLiteral("ok"))));
        QVERIFY(!TikTokAuth::mapError(answer(200, QJsonObject{{QStringLiteral("access_token"), 1}})));

        const auto quota = TikTokAuth::mapError(envelope(403, QStringLiteral("spam_risk_too_many_posts")));
        QVERIFY(quota);
        QCOMPARE(quota->kind, Kind::QuotaExhausted);
        QCOMPARE(quota->platform, QStringLiteral("tiktok"));
        QVERIFY(quota->until > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QVERIFY(quota->until <= QDateTime::currentDateTimeUtc().addSecs(24 * 3600));
        QVERIFY(quota->message.contains(QStringLiteral("24 hours")));
        const auto cap = TikTokAuth::mapError(envelope(403, QStringLiteral("reached_active_user_cap")));
        QCOMPARE(cap->kind, Kind::QuotaExhausted);
        QVERIFY(cap->until.isValid());

        const auto banned
            = TikTokAuth::mapError(envelope(403, QStringLiteral("spam_risk_user_banned_from_posting")));
        QCOMPARE(banned->kind, Kind::Permanent);
        QVERIFY(!banned->isRetryable());
        QCOMPARE(TikTokAuth::mapError(envelope(401, QStringLiteral("scope_not_authorized")))->kind,
                 Kind::PermissionMissing);
        QCOMPARE(TikTokAuth::mapError(envelope(401, QStringLiteral("access_token_invalid")))->kind,
                 Kind::AuthExpired);
        QCOMPARE(TikTokAuth::mapError(envelope(503, QStringLiteral("internal_error")))->kind,
                 Kind::Transient);

        const auto limited = TikTokAuth::mapError(
            answer(429, envelope(429, QStringLiteral("rate_limit_exceeded")).json().value_or(QJsonObject()),
                   {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("42")}}));
        QCOMPARE(limited->kind, Kind::RateLimited);
        QCOMPARE(limited->retryAfterSeconds, std::optional<int>(42));

        const auto invalid
            = TikTokAuth::mapError(envelope(400, QStringLiteral("invalid_params"),
                                            QStringLiteral("post_info.title is longer than 2200 units.")));
        QCOMPARE(invalid->kind, Kind::InvalidInput);
        QCOMPARE(invalid->field, QStringLiteral("post_info.title"));
        QCOMPARE(invalid->rule, QStringLiteral("invalid_params"));
        const auto unnamed = TikTokAuth::mapError(
            envelope(400, QStringLiteral("invalid_param"), QStringLiteral("The request body must be JSON.")));
        QCOMPARE(unnamed->kind, Kind::InvalidInput);
        QVERIFY(unnamed->field.isEmpty());
        for (const char *code :
             {"privacy_level_option_mismatch", "unaudited_client_can_only_post_to_private_accounts"}) {
            const auto e = TikTokAuth::mapError(envelope(403, QLatin1String(code)));
            QCOMPARE(e->kind, Kind::InvalidInput);
            QCOMPARE(e->field, QStringLiteral("post_info.privacy_level"));
            QCOMPARE(e->code, QLatin1String(code));
        }

        // A code not known here: an error in a 200, the status's meaning otherwise.
        const auto unknown200 = TikTokAuth::mapError(envelope(200, QStringLiteral("something_new")));
        QVERIFY(unknown200);
        QCOMPARE(unknown200->kind, Kind::Permanent);
        const auto unknown400 = TikTokAuth::mapError(envelope(400, QStringLiteral("something_new")));
        QCOMPARE(unknown400->kind, Kind::InvalidInput);
        QCOMPARE(unknown400->code, QStringLiteral("something_new"));

        // The token endpoint's flat errors.
        const auto grant = TikTokAuth::mapError(flat(400, QStringLiteral("invalid_grant")));
        QCOMPARE(grant->kind, Kind::AuthExpired);
        QCOMPARE(grant->code, QStringLiteral("invalid_grant"));
        QVERIFY(grant->message.contains(QStringLiteral("Reconnect")));
        QCOMPARE(TikTokAuth::mapError(flat(400, QStringLiteral("invalid_client")))->kind, Kind::Permanent);
        QCOMPARE(TikTokAuth::mapError(flat(200, QStringLiteral("invalid_request")))->kind, Kind::Permanent);
        QVERIFY(!TikTokAuth::mapError(flat(200, QString())));
    }

    void noSecretReachesTheSimulatorsRecord()
    {
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.accessToken.isEmpty());
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(refreshed.ok());
        bool answered = false;
        QVERIFY(!revoke(*refreshed.value, &answered));
        QVERIFY(answered);
        const QByteArray record = QJsonDocument(m_server.recorder().toJson()).toJson();
        QVERIFY(record.contains("tiktok.api.oauth.token")); // the requests are there
        for (const QString &secret : {tokens.accessToken, tokens.refreshToken, refreshed.value->accessToken,
                                      refreshed.value->refreshToken})
            QVERIFY(!record.contains(secret.toUtf8()));
        QVERIFY(!record.contains("sandbox-tiktok-secret"));
    }
};

TRAVELFLOW_TEST_MAIN(TestTikTokAuth, QCoreApplication)
#include "test_tiktok_auth.moc"
