// YouTube OAuth against the simulator over real HTTP, as the app will do it: authorize
// URL with PKCE, the browser's redirect to our loopback listener, code exchange,
// identity, refresh, revoke, and Google's errors as typed errors.

#include "common/oauth_loopback.h"
#include "common/pkce.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/sandbox_oauth.h"
#include "support/test_env.h"
#include "youtube/youtube_auth.h"
#include "youtube_simulator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

class TestYouTubeAuth : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<YouTubeAuth> m_auth;
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
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
            PlatformError timeout;
            timeout.code = QStringLiteral("test_timeout");
            return PlatformOutcome<T>::failure(timeout);
        }
        return *result;
    }

    OAuthTokens connect() { return test::connectThroughBrowser(*m_auth).value_or(OAuthTokens()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.add<YouTubeSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        QFile file(m_dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_server.endpoints()).toJson());
        file.close();
        const auto endpoints = EndpointTable::fromFile(file.fileName(), &error);
        QVERIFY2(endpoints, qPrintable(error));
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("youtube"));
        m_auth = std::make_unique<YouTubeAuth>(
            &m_nam, *endpoints,
            AppCredentials{client.clientId, client.clientSecret, AppCredentials::Source::Environment});
    }

    void authorizationUrlCarriesPkceAndAFreshState()
    {
        const QUrl redirect(QStringLiteral("http://127.0.0.1:4321/callback"));
        const AuthorizationAttempt a = m_auth->begin(redirect);
        const AuthorizationAttempt b = m_auth->begin(redirect);
        const QUrlQuery q(a.authorizationUrl);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")),
                 Pkce::challengeFor(a.verifier, PkceEncoding::Base64Url));
        QCOMPARE(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), a.state);
        QVERIFY(a.state != q.queryItemValue(QStringLiteral("code_challenge"))); // never the challenge
        QVERIFY(a.state != b.state);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.authorizationUrl.path(), QStringLiteral("/youtube/auth/o/oauth2/v2/auth"));
    }

    void connectsAndIdentifiesTheChannel()
    {
        const OAuthTokens tokens = connect();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(tokens.accessExpiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QVERIFY(tokens.scopes.contains(QStringLiteral("https://www.googleapis.com/auth/youtube.upload")));
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(identity.ok());
        QVERIFY(identity.value->remoteId.startsWith(QStringLiteral("UC")));
        QCOMPARE(identity.value->displayName, QStringLiteral("Sandbox Traveller"));
    }

    void refreshKeepsTheRefreshTokenAndRevokeEndsTheGrant()
    {
        const OAuthTokens tokens = connect();
        const auto refreshed = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(refreshed.ok());
        QVERIFY(refreshed.value->accessToken != tokens.accessToken);
        QCOMPARE(refreshed.value->refreshToken, tokens.refreshToken); // Google does not rotate

        std::optional<std::optional<PlatformError>> revoked;
        m_auth->revoke(*refreshed.value, this, [&](const std::optional<PlatformError> &e) { revoked = e; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 10000);
        QVERIFY(!revoked->has_value());

        const auto identity
            = wait<AccountIdentity>([&](auto done) { m_auth->identify(*refreshed.value, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::AuthExpired);
        const auto again = wait<OAuthTokens>([&](auto done) { m_auth->refresh(tokens, this, done); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error->kind, PlatformError::Kind::AuthExpired); // needs reconnect
        QCOMPARE(again.error->code, QStringLiteral("invalid_grant"));
    }

    void deniedAccessIsReportedNotExchanged()
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
        const int tokenRequestsBefore
            = static_cast<int>(m_server.recorder().forEndpoint(QStringLiteral("youtube.token")).size());
        const auto tokens
            = wait<OAuthTokens>([&](auto done) { m_auth->exchange(attempt, callback, this, done); });
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error->kind, PlatformError::Kind::PermissionMissing);
        QCOMPARE(static_cast<int>(m_server.recorder().forEndpoint(QStringLiteral("youtube.token")).size()),
                 tokenRequestsBefore);
    }

    void quotaErrorsCarryTheResetTime()
    {
        const OAuthTokens tokens = connect();
        FaultRule quota;
        quota.action = FaultRule::Action::QuotaExhausted;
        quota.endpoint = QStringLiteral("youtube.api.channels");
        m_server.faults().add(quota);
        const auto identity = wait<AccountIdentity>([&](auto done) { m_auth->identify(tokens, this, done); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error->kind, PlatformError::Kind::QuotaExhausted);
        QCOMPARE(identity.error->code, QStringLiteral("quotaExceeded"));
        QVERIFY(identity.error->until > QDateTime::currentDateTimeUtc());
        QVERIFY(identity.error->until <= QDateTime::currentDateTimeUtc().addDays(1));
    }

    void noSecretReachesTheSimulatorsRecord()
    {
        const OAuthTokens tokens = connect();
        const QByteArray record = QJsonDocument(m_server.recorder().toJson()).toJson();
        QVERIFY(!record.contains(tokens.accessToken.toUtf8()));
        QVERIFY(!record.contains(tokens.refreshToken.toUtf8()));
        QVERIFY(!record.contains("sandbox-youtube-secret"));
    }
};

TRAVELFLOW_TEST_MAIN(TestYouTubeAuth, QCoreApplication)
#include "test_youtube_auth.moc"
