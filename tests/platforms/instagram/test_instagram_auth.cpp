// Instagram (Facebook Login for Business) against the simulator over real HTTP, as the app
// will do it: authorize URL without PKCE, the browser's redirect (with Facebook's "#_=_")
// to our loopback listener, code exchange and the long-lived token, the Page's Instagram
// business account as identity, extending the token, revoking, and Graph errors as typed
// errors.

#include "common/oauth_loopback.h"
#include "instagram/instagram_auth.h"
#include "instagram_simulator.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/sandbox_oauth.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

NetworkResult graphFailure(int status, const QJsonObject &error,
                           const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    NetworkResult r;
    r.httpStatus = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    r.headers = headers;
    return r;
}

QJsonObject graphError(int code, int subcode, const QString &message)
{
    QJsonObject e{{QStringLiteral("message"), message},
                  {QStringLiteral("type"), QStringLiteral("OAuthException")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("fbtrace_id"), QStringLiteral("AbC123")}};
    if (subcode != 0)
        e.insert(QStringLiteral("error_subcode"), subcode);
    return e;
}

} // namespace

class TestInstagramAuth : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<InstagramAuth> m_auth;
    test::HttpClient m_http;
    QByteArray m_lastLocation; // where the authorize page sent the browser last

    // Plays the browser: opens the authorize URL and follows the redirect to the listener.
    OAuthCallback authorizeInBrowser(const AuthorizationAttempt &attempt, OAuthLoopbackListener &listener)
    {
        const test::BrowserVisit visit = test::visitAuthorizeUrl(attempt, listener);
        m_lastLocation = visit.redirect;
        return visit.callback;
    }

    template<typename T>
    PlatformOutcome<T> wait(const std::function<void(std::function<void(const PlatformOutcome<T> &)>)> &call)
    {
        std::optional<PlatformOutcome<T>> result;
        call([&](const PlatformOutcome<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
            PlatformError timeout;
            timeout.code = QStringLiteral("test_timeout");
            return PlatformOutcome<T>::failure(timeout);
        }
        return *result;
    }

    std::optional<std::optional<PlatformError>> revoke(const OAuthTokens &tokens)
    {
        std::optional<std::optional<PlatformError>> revoked;
        m_auth->revoke(tokens, this, [&](const std::optional<PlatformError> &e) { revoked = e; });
        if (!QTest::qWaitFor([&] { return revoked.has_value(); }, 10000))
            qWarning("revoke timed out");
        return revoked;
    }

    OAuthTokens connect()
    {
        OAuthLoopbackListener listener;
        listener.listen();
        const AuthorizationAttempt attempt = m_auth->begin(listener.redirectUri());
        listener.expectState(attempt.state);
        const OAuthCallback callback = authorizeInBrowser(attempt, listener);
        const auto tokens
            = wait<OAuthTokens>([&](auto done) { m_auth->exchange(attempt, callback, this, done); });
        return tokens.value.value_or(OAuthTokens());
    }

    int oauthRequests()
    {
        return static_cast<int>(
            m_server.recorder().forEndpoint(QStringLiteral("instagram.graph.oauth")).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.add<InstagramSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        QFile file(m_dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_server.endpoints()).toJson());
        file.close();
        const auto endpoints = EndpointTable::fromFile(file.fileName(), &error);
        QVERIFY2(endpoints, qPrintable(error));
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("instagram"));
        QCOMPARE(client.clientSecret, QStringLiteral("sandbox-instagram-secret"));
        m_auth = std::make_unique<InstagramAuth>(
            &m_nam, *endpoints,
            AppCredentials{client.clientId, client.clientSecret, AppCredentials::Source::Environment});
    }

    void authorizationUrlHasCommaScopesAndAFreshState()
    {
        const QUrl redirect(QStringLiteral("http://127.0.0.1:4321/callback"));
        const AuthorizationAttempt a = m_auth->begin(redirect);
        const AuthorizationAttempt b = m_auth->begin(redirect);
        const QUrlQuery q(a.authorizationUrl);
        QCOMPARE(a.authorizationUrl.path(), QStringLiteral("/instagram/auth/v25.0/dialog/oauth"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("sandbox-instagram-client"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect.toString());
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("instagram_basic,instagram_content_publish,pages_show_list,"
                                "pages_read_engagement,instagram_manage_comments,instagram_manage_messages"));
        QCOMPARE(a.scopes, InstagramAuth::scopes());
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), a.state);
        QVERIFY(a.state.size() >= 16);
        QVERIFY(a.state != b.state);
        QVERIFY(!q.hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("code_challenge_method")));
        QVERIFY(a.verifier.isEmpty());
        QVERIFY(!a.authorizationUrl.toString().contains(QStringLiteral("sandbox-instagram-secret")));
    }

    void connectsWithTheLongLivedTokenAndIdentifiesTheBusinessAccount()
    {
        const int before = oauthRequests();
        const OAuthTokens tokens = connect();
        QVERIFY(m_lastLocation.endsWith("#_=_")); // Facebook's fragment reached the listener
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(tokens.refreshToken.isEmpty()); // Facebook has none
        QVERIFY(tokens.accessExpiresAt > QDateTime::currentDateTimeUtc().addDays(30));
        QCOMPARE(tokens.scopes, InstagramAuth::scopes());
        // The code exchange, then at once the long-lived exchange.
        const auto oauth = m_server.recorder().forEndpoint(QStringLiteral("instagram.graph.oauth"));
        QCOMPARE(oauthRequests(), before + 2);
        QVERIFY(!oauth.at(oauth.size() - 2).query.contains(QStringLiteral("fb_exchange_token")));
        QVERIFY(oauth.last().query.contains(QStringLiteral("grant_type=fb_exchange_token")));
        QCOMPARE(oauth.last().status, 200);

        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(identity.ok());
        QCOMPARE(identity.value->remoteId, QStringLiteral("17841400000000001"));
        QCOMPARE(identity.value->displayName, QStringLiteral("sandbox.travel"));
        const QJsonObject details = identity.value->details;
        QCOMPARE(details.value(QStringLiteral("user_id")).toString(), InstagramSimulator::userId());
        QCOMPARE(details.value(QStringLiteral("user_name")).toString(), QStringLiteral("Sandbox Traveller"));
        QCOMPARE(details.value(QStringLiteral("page_id")).toString(), InstagramSimulator::pageId());
        QCOMPARE(details.value(QStringLiteral("page_name")).toString(), QStringLiteral("Sandbox Travel Co."));
        const QString pageToken = details.value(QStringLiteral("page_access_token")).toString();
        QVERIFY(!pageToken.isEmpty());
        QVERIFY(pageToken != tokens.accessToken);
    }

    void refreshExtendsTheTokenAndRevokeEndsIt()
    {
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.accessToken.isEmpty());
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(refreshed.ok());
        QVERIFY(!refreshed.value->accessToken.isEmpty());
        QVERIFY(refreshed.value->accessToken != tokens.accessToken);
        QVERIFY(refreshed.value->accessExpiresAt >= tokens.accessExpiresAt);
        QVERIFY(refreshed.value->refreshToken.isEmpty());
        QCOMPARE(refreshed.value->scopes, tokens.scopes);
        QVERIFY(m_server.recorder()
                    .forEndpoint(QStringLiteral("instagram.graph.oauth"))
                    .last()
                    .query.contains(QStringLiteral("grant_type=fb_exchange_token")));

        const auto revoked = revoke(*refreshed.value);
        QVERIFY(revoked.has_value());
        QVERIFY(!revoked->has_value());
        const auto deletes = m_server.recorder().forEndpoint(QStringLiteral("instagram.graph.permissions"));
        QCOMPARE(deletes.last().method, QByteArray("DELETE"));
        QCOMPARE(deletes.last().status, 200);

        const auto identity
            = wait<AccountIdentity>([&](auto done) { m_auth->identify(*refreshed.value, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::AuthExpired);
        QVERIFY(identity.error->code.startsWith(QStringLiteral("190")));
        const auto again
            = wait<OAuthTokens>([&](auto done) { m_auth->refresh(*refreshed.value, this, done); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error->kind, PlatformError::Kind::AuthExpired); // needs reconnect
        // Revoking a token Facebook no longer accepts is not an error.
        const auto twice = revoke(*refreshed.value);
        QVERIFY(twice.has_value());
        QVERIFY(!twice->has_value());
        QCOMPARE(m_server.recorder().forEndpoint(QStringLiteral("instagram.graph.permissions")).last().status,
                 400);
    }

    void deniedConsentNeverReachesTheTokenEndpoint()
    {
        FaultRule deny;
        deny.action = FaultRule::Action::DenyAuthorize;
        deny.platform = QStringLiteral("instagram");
        m_server.faults().add(deny);
        OAuthLoopbackListener listener;
        listener.listen();
        const AuthorizationAttempt attempt = m_auth->begin(listener.redirectUri());
        listener.expectState(attempt.state);
        const OAuthCallback callback = authorizeInBrowser(attempt, listener);
        QVERIFY(!callback.ok);
        QCOMPARE(callback.error, QStringLiteral("access_denied"));
        const int before = oauthRequests();
        const auto tokens
            = wait<OAuthTokens>([&](auto done) { m_auth->exchange(attempt, callback, this, done); });
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error->kind, PlatformError::Kind::PermissionMissing);
        QVERIFY(tokens.error->message.contains(QStringLiteral("Instagram")));
        QCOMPARE(oauthRequests(), before);
    }

    void aStateMismatchIsNotExchanged()
    {
        const AuthorizationAttempt attempt
            = m_auth->begin(QUrl(QStringLiteral("http://127.0.0.1:4321/callback")));
        OAuthCallback forged;
        forged.ok = true;
        forged.code = QStringLiteral("some-code");
        forged.state = m_auth->begin(attempt.redirectUri).state;
        const int before = oauthRequests();
        const auto tokens
            = wait<OAuthTokens>([&](auto done) { m_auth->exchange(attempt, forged, this, done); });
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error->kind, PlatformError::Kind::Permanent);
        QCOMPARE(tokens.error->code, QStringLiteral("state_mismatch"));
        QCOMPARE(oauthRequests(), before);
    }

    void anExpiredTokenIsAuthExpired()
    {
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.accessToken.isEmpty());
        FaultRule expire;
        expire.action = FaultRule::Action::TokenExpired;
        expire.endpoint = QStringLiteral("instagram.graph.me");
        m_server.faults().add(expire);
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(identity.error->code, QStringLiteral("190/463"));
        QVERIFY(identity.error->message.contains(QStringLiteral("Instagram")));
        // An expired token cannot be extended: reconnect.
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(!refreshed.ok());
        QCOMPARE(refreshed.error->kind, PlatformError::Kind::AuthExpired);
    }

    void throttlingFromTheSimulatorCarriesAWait()
    {
        const OAuthTokens tokens = connect();
        FaultRule limit;
        limit.action = FaultRule::Action::RateLimit;
        limit.endpoint = QStringLiteral("instagram.graph.accounts");
        limit.retryAfterSeconds = 42;
        m_server.faults().add(limit);
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::RateLimited);
        QCOMPARE(identity.error->code, QStringLiteral("4"));
        // The usage headers estimate 0 minutes, so Retry-After decides.
        QCOMPARE(identity.error->retryAfterSeconds.value_or(-1), 42);
    }

    void mapsGraphErrors()
    {
        const auto expired = InstagramAuth::mapError(graphFailure(
            400, graphError(190, 463, QStringLiteral("Error validating access token: Session has expired"))));
        QVERIFY(expired);
        QCOMPARE(expired->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(expired->code, QStringLiteral("190/463"));
        QCOMPARE(expired->httpStatus, 400);
        QCOMPARE(expired->platform, QStringLiteral("instagram"));
        QVERIFY(expired->message.contains(QStringLiteral("Reconnect")));

        const QByteArray business
            = R"({"17841400000000001":[{"type":"instagram","call_count":100,"total_cputime":20,)"
              R"("total_time":30,"estimated_time_to_regain_access":7}]})";
        const auto throttled = InstagramAuth::mapError(
            graphFailure(400, graphError(4, 0, QStringLiteral("(#4) Application request limit reached")),
                         {{"X-App-Usage", R"({"call_count":100,"total_cputime":25,"total_time":33})"},
                          {"X-Business-Use-Case-Usage", business},
                          {"Retry-After", "5"}}));
        QVERIFY(throttled);
        QCOMPARE(throttled->kind, PlatformError::Kind::RateLimited);
        QCOMPARE(throttled->retryAfterSeconds.value_or(-1), 7 * 60);
        for (const int code : {17, 32, 613}) {
            const auto other = InstagramAuth::mapError(graphFailure(400, graphError(code, 0, QString())));
            QVERIFY(other);
            QCOMPARE(other->kind, PlatformError::Kind::RateLimited);
        }

        const auto quota = InstagramAuth::mapError(graphFailure(
            400, graphError(9, 2207042, QStringLiteral("(#9) Application request limit reached"))));
        QVERIFY(quota);
        QCOMPARE(quota->kind, PlatformError::Kind::QuotaExhausted);
        QVERIFY(quota->until > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QVERIFY(quota->until <= QDateTime::currentDateTimeUtc().addDays(1));

        const auto invalid = InstagramAuth::mapError(graphFailure(
            400, graphError(100, 0, QStringLiteral("(#100) The parameter video_url is required"))));
        QVERIFY(invalid);
        QCOMPARE(invalid->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(invalid->code, QStringLiteral("100"));
        QVERIFY(invalid->message.contains(QStringLiteral("video_url")));

        const auto caption = InstagramAuth::mapError(
            graphFailure(400, graphError(36004, 2207010, QStringLiteral("The caption exceeds a limit"))));
        QVERIFY(caption);
        QCOMPARE(caption->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(caption->field, QStringLiteral("caption"));

        const auto permission = InstagramAuth::mapError(graphFailure(
            403, graphError(200, 0, QStringLiteral("(#200) Requires pages_show_list permission"))));
        QVERIFY(permission);
        QCOMPARE(permission->kind, PlatformError::Kind::PermissionMissing);

        const auto transient = InstagramAuth::mapError(
            graphFailure(500, graphError(2, 0, QStringLiteral("An unexpected error has occurred."))));
        QVERIFY(transient);
        QCOMPARE(transient->kind, PlatformError::Kind::Transient);

        NetworkResult notGraph;
        notGraph.httpStatus = 502;
        notGraph.body = "<html>Bad gateway</html>";
        QVERIFY(!InstagramAuth::mapError(notGraph)); // the generic mapping stays
    }

    void noSecretReachesTheSimulatorsRecord()
    {
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.accessToken.isEmpty());
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(identity.ok());
        const QString pageToken
            = identity.value->details.value(QStringLiteral("page_access_token")).toString();
        QVERIFY(!pageToken.isEmpty());
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(refreshed.ok());
        const auto revoked = revoke(*refreshed.value);
        QVERIFY(revoked.has_value() && !revoked->has_value());

        const QByteArray record = QJsonDocument(m_server.recorder().toJson()).toJson();
        QVERIFY(record.contains("fb_exchange_token")); // the record is the one we think
        QVERIFY(!record.contains(tokens.accessToken.toUtf8()));
        QVERIFY(!record.contains(refreshed.value->accessToken.toUtf8()));
        QVERIFY(!record.contains(pageToken.toUtf8()));
        QVERIFY(!record.contains("sandbox-instagram-secret"));
    }
};

TRAVELFLOW_TEST_MAIN(TestInstagramAuth, QCoreApplication)
#include "test_instagram_auth.moc"
