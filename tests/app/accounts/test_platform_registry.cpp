// The registry keyed by platform: the right auth and publisher for each, the authorize
// address on that platform's endpoint.

#include "accounts/platform_auth_factory.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTest>

using namespace travelflow;

class TestPlatformRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachPlatformGetsItsOwn_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("authHost");
        QTest::newRow("tiktok") << int(Platform::TikTok) << QStringLiteral("www.tiktok.com");
        QTest::newRow("instagram") << int(Platform::Instagram) << QStringLiteral("www.facebook.com");
        QTest::newRow("youtube") << int(Platform::YouTube) << QStringLiteral("accounts.google.com");
    }

    void eachPlatformGetsItsOwn()
    {
        QFETCH(int, platform);
        QFETCH(QString, authHost);
        QNetworkAccessManager nam;
        const auto p = static_cast<Platform>(platform);
        const AppCredentials credentials{QStringLiteral("id"), QStringLiteral("secret"),
                                         AppCredentials::Source::Environment};
        const auto auth = createPlatformAuth(p, &nam, EndpointTable::defaults(), credentials);
        QVERIFY(auth);
        QCOMPARE(auth->platform(), platformName(p));
        const AuthorizationAttempt attempt = auth->begin(QUrl(QStringLiteral("http://127.0.0.1:1/callback")));
        QCOMPARE(attempt.authorizationUrl.host(), authHost);
        QVERIFY(!attempt.state.isEmpty());

        Account account;
        account.platform = p;
        account.remoteId = QStringLiteral("17841400000000001");
        QVERIFY(createPlatformPublisher(account, &nam, EndpointTable::defaults()));
    }
};

TRAVELFLOW_TEST_MAIN(TestPlatformRegistry, QCoreApplication)
#include "test_platform_registry.moc"
