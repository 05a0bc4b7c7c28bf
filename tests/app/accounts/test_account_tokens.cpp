// Token upkeep against the simulator and the real Secret Service: refreshed ahead of
// expiry and saved before use, TikTok's rotated refresh token kept, and a refused refresh
// turning the account into "needs reconnect" with the reason.

#include "accounts/account_tokens.h"
#include "sandbox_server.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "support/http_client.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_world.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

class TestAccountTokens : public QObject
{
    Q_OBJECT

    test::SandboxWorld m_world;
    SecretStore m_secrets;
    QNetworkAccessManager m_nam;
    test::HttpClient m_http;

    std::optional<Account> connectAccount(Platform platform)
    {
        return test::connectSandboxAccount(m_world.database(), m_secrets, &m_nam, m_world.endpoints(),
                                           platform);
    }

    Expected<OAuthTokens> tokens(AccountTokens &upkeep, qint64 id, bool force = false)
    {
        std::optional<Expected<OAuthTokens>> result;
        const auto done = [&](const Expected<OAuthTokens> &r) { result = r; };
        if (force)
            upkeep.refresh(id, this, done);
        else
            upkeep.get(id, this, done);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return Error::make(Error::Kind::Internal, QStringLiteral("test_timeout"),
                               QStringLiteral("timeout"));
        return *result;
    }

    QString secret(qint64 id, const char *kind)
    {
        std::optional<QString> value;
        m_secrets.read(SecretStore::accountKey(m_world.database().profileId(), id, QLatin1String(kind)), this,
                       [&](const Expected<QString> &r) { value = r ? *r : QString(); });
        if (!QTest::qWaitFor([&] { return value.has_value(); }, 15000))
            return {};
        return *value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
    }

    void freshTokensAreHandedOutAsTheyAre()
    {
        const auto account = connectAccount(Platform::YouTube);
        QVERIFY(account);
        AccountTokens upkeep(m_world.database(), m_secrets, &m_nam, m_world.endpoints());
        upkeep.setClock([this] { return m_world.server().clock().now(); });
        const int refreshesBefore = static_cast<int>(
            m_world.server().recorder().forEndpoint(QStringLiteral("youtube.token")).size());
        const auto t = tokens(upkeep, account->id);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->accessToken, secret(account->id, "access_token"));
        QCOMPARE(
            static_cast<int>(m_world.server().recorder().forEndpoint(QStringLiteral("youtube.token")).size()),
            refreshesBefore);
    }

    void expiringTokensAreRefreshedAndSavedFirst()
    {
        const auto account = connectAccount(Platform::TikTok);
        QVERIFY(account);
        const QString oldAccess = secret(account->id, "access_token");
        const QString oldRefresh = secret(account->id, "refresh_token");
        AccountTokens upkeep(m_world.database(), m_secrets, &m_nam, m_world.endpoints());
        m_world.server().clock().advance(std::chrono::hours(3)); // TikTok access tokens last 2 h
        upkeep.setClock([this] { return m_world.server().clock().now(); });
        const auto t = tokens(upkeep, account->id);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QVERIFY(t->accessToken != oldAccess);
        QVERIFY(t->refreshToken != oldRefresh); // TikTok rotates
        QCOMPARE(secret(account->id, "access_token"), t->accessToken);
        QCOMPARE(secret(account->id, "refresh_token"), t->refreshToken); // the rotated one is kept
        const auto saved = AccountRepository(m_world.database().connection()).get(account->id);
        QVERIFY((*saved)->tokenExpiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE((*saved)->status, Account::Status::Connected);
    }

    void refusedRefreshMeansNeedsReconnect()
    {
        const auto account = connectAccount(Platform::YouTube);
        QVERIFY(account);
        AccountTokens upkeep(m_world.database(), m_secrets, &m_nam, m_world.endpoints());
        upkeep.setClock([this] { return m_world.server().clock().now(); });
        QVERIFY(tokens(upkeep, account->id, true)); // a forced refresh works while the grant exists

        // The user removes TravelFlow's access at Google, behind our back.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("token"), secret(account->id, "refresh_token"));
        QCOMPARE(
            m_http
                .postForm(m_world.endpoints().url(QStringLiteral("youtube.token"), QStringLiteral("/revoke")),
                          q)
                .status,
            200);

        const auto t = tokens(upkeep, account->id, true);
        QVERIFY(!t);
        QCOMPARE(t.error().code, QStringLiteral("needs_reconnect"));
        const auto saved = AccountRepository(m_world.database().connection()).get(account->id);
        QCOMPARE((*saved)->status, Account::Status::NeedsReconnect);
        QVERIFY2((*saved)->statusReason.contains(QStringLiteral("Reconnect")),
                 qPrintable((*saved)->statusReason));
        // The tokens are kept: reconnecting replaces them, nothing is lost meanwhile.
        QVERIFY(!secret(account->id, "refresh_token").isEmpty());
    }
};

TRAVELFLOW_TEST_MAIN(TestAccountTokens, QCoreApplication)
#include "test_account_tokens.moc"
