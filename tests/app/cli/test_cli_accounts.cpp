// travelflow-cli accounts against the simulator and the real Secret Service: connect
// (the test plays the browser, or pastes the address), list, disconnect; tokens only in
// the keychain, never in the database file.

#include "all_platforms.h"
#include "sandbox_server.h"
#include "secrets/secret_store.h"
#include "storage/database.h"
#include "support/http_client.h"
#include "support/sandbox_accounts.h"
#include "support/test_env.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

class TestCliAccounts : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_endpoints;
    test::HttpClient m_http;

    QProcessEnvironment environment(bool withCredentials) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("TRAVELFLOW_YOUTUBE_CLIENT_ID"));
        env.remove(QStringLiteral("TRAVELFLOW_YOUTUBE_CLIENT_SECRET"));
        if (withCredentials) {
            env.insert(QStringLiteral("TRAVELFLOW_YOUTUBE_CLIENT_ID"),
                       QStringLiteral("sandbox-youtube-client"));
            env.insert(QStringLiteral("TRAVELFLOW_YOUTUBE_CLIENT_SECRET"),
                       QStringLiteral("sandbox-youtube-secret"));
        }
        return env;
    }

    // Starts `accounts connect youtube` and returns the process once it printed the URL.
    std::unique_ptr<QProcess> startConnect(const QString &dataDir, QString *url)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("travelflow.*=true")); // everything we log
        p->setProcessEnvironment(env);
        p->start(m_cli,
                 {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--endpoints"), m_endpoints,
                  QStringLiteral("accounts"), QStringLiteral("connect"), QStringLiteral("youtube"),
                  QStringLiteral("--no-browser")});
        if (!p->waitForStarted(5000))
            return p;
        while (!p->canReadLine() && p->waitForReadyRead(10000)) { }
        *url = QString::fromUtf8(p->readLine()).trimmed();
        return p;
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, bool withCredentials = true)
    {
        QProcess p;
        p.setProcessEnvironment(environment(withCredentials));
        p.start(m_cli, args);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString readSecret(const QString &key)
    {
        SecretStore store;
        QString value;
        bool done = false;
        QObject context;
        store.read(key, &context, [&](Expected<QString> r) {
            value = r ? *r : QStringLiteral("<%1>").arg(r.error().code);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return QStringLiteral("<timeout>");
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "needs the Secret Service: run through scripts/test.sh");
        m_cli = qEnvironmentVariable("TRAVELFLOW_CLI");
        QVERIFY(QFile::exists(m_cli));
        addAllPlatforms(m_server);
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        m_endpoints = test::writeEndpointsFile(m_server, m_dir.path());
        QVERIFY(!m_endpoints.isEmpty());
    }

    void connectListAndDisconnect()
    {
        QTemporaryDir data;
        QString url;
        auto connect = startConnect(data.path(), &url);
        QVERIFY2(url.startsWith(m_server.baseUrl() + QStringLiteral("/youtube/auth/")), qPrintable(url));
        // The browser: the consent page redirects to the CLI's loopback listener.
        const auto consent = m_http.get(QUrl(url));
        QCOMPARE(consent.status, 302);
        const auto landing = m_http.get(QUrl(QString::fromUtf8(consent.header("Location"))));
        QCOMPARE(landing.status, 200);
        QVERIFY(connect->waitForFinished(20000));
        const QString out = QString::fromUtf8(connect->readAllStandardOutput());
        const QString log = QString::fromUtf8(connect->readAllStandardError());
        QCOMPARE(connect->exitCode(), 0);
        QVERIFY2(log.contains(QStringLiteral("youtube.token.token")),
                 "debug logging was on"); // it did log the calls
        QVERIFY2(out.contains(QStringLiteral("Connected youtube account \"Sandbox Traveller\" as 1")),
                 qPrintable(out));

        auto list = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--json"),
                         QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts[0].toObject();
        QCOMPARE(account[QStringLiteral("id")].toInt(), 1);
        QCOMPARE(account[QStringLiteral("platform")].toString(), QStringLiteral("youtube"));
        QCOMPARE(account[QStringLiteral("name")].toString(), QStringLiteral("Sandbox Traveller"));
        QCOMPARE(account[QStringLiteral("status")].toString(), QStringLiteral("connected"));

        // The tokens are in the keychain, and nowhere in the database files.
        QString profileId;
        {
            auto db = Database::open(data.path());
            QVERIFY(db);
            profileId = (*db)->profileId();
        }
        const QString accessToken
            = readSecret(SecretStore::accountKey(profileId, 1, QStringLiteral("access_token")));
        const QString refreshToken
            = readSecret(SecretStore::accountKey(profileId, 1, QStringLiteral("refresh_token")));
        QVERIFY2(accessToken.size() > 20 && !accessToken.startsWith(QLatin1Char('<')),
                 qPrintable(accessToken));
        QVERIFY(refreshToken.size() > 20 && !refreshToken.startsWith(QLatin1Char('<')));
        // No token in anything the CLI printed or logged, with all our logging switched on.
        QVERIFY(!log.contains(accessToken) && !log.contains(refreshToken) && !out.contains(accessToken));
        QVERIFY(!log.contains(QStringLiteral("sandbox-youtube-secret")));
        for (const QString &file : QDir(data.path()).entryList(QDir::Files)) {
            QFile f(data.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(accessToken.toUtf8()) && !bytes.contains(refreshToken.toUtf8()),
                     qPrintable(file));
        }

        const int revokesBefore = static_cast<int>(
            m_server.recorder().forEndpoint(QStringLiteral("youtube.token.revoke")).size());
        const auto gone
            = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--endpoints"), m_endpoints,
                   QStringLiteral("accounts"), QStringLiteral("disconnect"), QStringLiteral("1")});
        QVERIFY2(gone.code == 0, qPrintable(gone.err));
        QVERIFY(gone.out.contains(QStringLiteral("Disconnected account 1")));
        QCOMPARE(
            static_cast<int>(m_server.recorder().forEndpoint(QStringLiteral("youtube.token.revoke")).size()),
            revokesBefore + 1);
        QCOMPARE(readSecret(SecretStore::accountKey(profileId, 1, QStringLiteral("access_token"))),
                 QStringLiteral("<secret_not_found>"));
        QCOMPARE(readSecret(SecretStore::accountKey(profileId, 1, QStringLiteral("refresh_token"))),
                 QStringLiteral("<secret_not_found>"));
        list = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--json"),
                    QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void pastedAddressWorksWithoutTheLoopback()
    {
        QTemporaryDir data;
        QString url;
        auto connect = startConnect(data.path(), &url);
        const auto consent = m_http.get(QUrl(url));
        QCOMPARE(consent.status, 302);
        // The browser ran elsewhere: the user pastes where it ended up.
        connect->write(consent.header("Location") + '\n');
        QVERIFY(connect->waitForFinished(20000));
        QCOMPARE(connect->exitCode(), 0);
        QVERIFY(QString::fromUtf8(connect->readAllStandardOutput())
                    .contains(QStringLiteral("Connected youtube")));
    }

    void wrongPastedAddressIsRefused()
    {
        QTemporaryDir data;
        QString url;
        auto connect = startConnect(data.path(), &url);
        connect->write("http://127.0.0.1:1/callback?code=stolen&state=not-ours\n");
        QVERIFY(connect->waitForFinished(20000));
        QCOMPARE(connect->exitCode(), 1);
        QVERIFY(!QString::fromUtf8(connect->readAllStandardOutput()).contains(QStringLiteral("Connected")));
    }

    void unconfiguredPlatformSaysHowToSetItUp()
    {
        QTemporaryDir data;
        const auto r
            = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("accounts"),
                   QStringLiteral("connect"), QStringLiteral("youtube"), QStringLiteral("--no-browser")},
                  false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("TRAVELFLOW_YOUTUBE_CLIENT_ID")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--sandbox")));
        QVERIFY(r.out.isEmpty());
    }

    void credentialsStoredInTheKeychainAreUsed()
    {
        QTemporaryDir data;
        QProcess set;
        set.setProcessEnvironment(environment(false));
        set.start(m_cli,
                  {QStringLiteral("--data-dir"), data.path(), QStringLiteral("credentials"),
                   QStringLiteral("set"), QStringLiteral("youtube"),
                   QStringLiteral("sandbox-youtube-client")});
        set.write("sandbox-youtube-secret\n");
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(20000));
        QCOMPARE(set.exitCode(), 0);
        QVERIFY(!QString::fromUtf8(set.readAll()).contains(QStringLiteral("sandbox-youtube-secret")));

        // No environment variables now: the keychain copy is used.
        QProcess connect;
        connect.setProcessEnvironment(environment(false));
        connect.start(m_cli,
                      {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--endpoints"), m_endpoints,
                       QStringLiteral("accounts"), QStringLiteral("connect"), QStringLiteral("youtube"),
                       QStringLiteral("--no-browser")});
        while (!connect.canReadLine() && connect.waitForReadyRead(10000)) { }
        const QString url = QString::fromUtf8(connect.readLine()).trimmed();
        QVERIFY2(url.contains(QStringLiteral("client_id=sandbox-youtube-client")), qPrintable(url));
        const auto consent = m_http.get(QUrl(url));
        m_http.get(QUrl(QString::fromUtf8(consent.header("Location"))));
        QVERIFY(connect.waitForFinished(20000));
        QCOMPARE(connect.exitCode(), 0);
        // The secret is in no database file.
        for (const QString &file : QDir(data.path()).entryList(QDir::Files)) {
            QFile f(data.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("sandbox-youtube-secret"));
        }

        auto r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("credentials"),
                      QStringLiteral("remove"), QStringLiteral("youtube")},
                     false);
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("accounts"),
                 QStringLiteral("connect"), QStringLiteral("youtube"), QStringLiteral("--no-browser")},
                false);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not configured")));
        // A secret must come on standard input, never as an argument.
        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("credentials"),
                 QStringLiteral("set"), QStringLiteral("youtube"), QStringLiteral("id")},
                false);
        QCOMPARE(r.code, 2);
    }

    void usageErrors()
    {
        QTemporaryDir data;
        QFile bad(data.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"nope.api\":\"http://x\"}");
        bad.close();
        auto r
            = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--endpoints"), bad.fileName(),
                   QStringLiteral("accounts"), QStringLiteral("connect"), QStringLiteral("youtube")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("nope.api")));
        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("accounts"),
                 QStringLiteral("connect"), QStringLiteral("myspace")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("accounts"),
                 QStringLiteral("disconnect"), QStringLiteral("abc")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("accounts"),
                 QStringLiteral("disconnect"), QStringLiteral("42")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no account 42")));
    }
};

TRAVELFLOW_TEST_MAIN(TestCliAccounts, QGuiApplication)
#include "test_cli_accounts.moc"
