// The endpoint table: real hosts by default, overrides from a file or the environment,
// path prefixes kept, bad files explained. Also app credentials from the environment.

#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

class TestEndpointTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void defaultsAreTheRealHosts()
    {
        const EndpointTable t = EndpointTable::defaults();
        QCOMPARE(EndpointTable::names().size(), 9);
        QCOMPARE(
            t.url(QStringLiteral("tiktok.api"), QStringLiteral("/v2/post/publish/video/init/")).toString(),
            QStringLiteral("https://open.tiktokapis.com/v2/post/publish/video/init/"));
        QCOMPARE(t.url(QStringLiteral("instagram.graph"), QStringLiteral("/me")).toString(),
                 QStringLiteral("https://graph.facebook.com/v25.0/me"));
        QCOMPARE(t.url(QStringLiteral("youtube.upload"), QStringLiteral("/videos"),
                       QUrlQuery(QStringLiteral("uploadType=resumable&part=snippet,status")))
                     .toString(),
                 QStringLiteral("https://www.googleapis.com/upload/youtube/v3/"
                                "videos?uploadType=resumable&part=snippet,status"));
        // Query-only endpoints keep their path exactly, trailing slash included.
        QCOMPARE(t.url(QStringLiteral("tiktok.auth")).toString(),
                 QStringLiteral("https://www.tiktok.com/v2/auth/authorize/"));
        QVERIFY(!t.isOverridden(QStringLiteral("tiktok.api")));
    }

    void fileOverridesKeepingPathPrefixes()
    {
        const QString file = write(QStringLiteral("e.json"),
                                   "{\"tiktok.api\":\"http://127.0.0.1:5000/tiktok\",\"youtube.api\":\"http:/"
                                   "/127.0.0.1:5000/yt/api/\"}");
        QString error;
        const auto t = EndpointTable::fromFile(file, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->url(QStringLiteral("tiktok.api"), QStringLiteral("/v2/user/info/")).toString(),
                 QStringLiteral("http://127.0.0.1:5000/tiktok/v2/user/info/"));
        QCOMPARE(t->url(QStringLiteral("youtube.api"), QStringLiteral("/videos")).toString(),
                 QStringLiteral("http://127.0.0.1:5000/yt/api/videos"));
        QVERIFY(t->isOverridden(QStringLiteral("tiktok.api")));
        // Untouched names keep the real host.
        QCOMPARE(t->base(QStringLiteral("instagram.graph")).host(), QStringLiteral("graph.facebook.com"));
    }

    void badFilesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("JSON object");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("unknown name")
            << QByteArray("{\"tiktok.apii\":\"http://x\"}") << QStringLiteral("tiktok.apii");
        QTest::newRow("ftp") << QByteArray("{\"tiktok.api\":\"ftp://x/y\"}") << QStringLiteral("http(s)");
        QTest::newRow("query") << QByteArray("{\"tiktok.api\":\"http://x/y?a=b\"}")
                               << QStringLiteral("without a query");
    }

    void badFilesAreExplained()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!EndpointTable::fromFile(write(QStringLiteral("bad.json"), content), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!EndpointTable::fromFile(m_dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot read")));
    }

    void commandLineWinsOverEnvironment()
    {
        const QString envFile
            = write(QStringLiteral("env.json"), "{\"tiktok.api\":\"http://127.0.0.1:1/env\"}");
        const QString cliFile
            = write(QStringLiteral("cli.json"), "{\"tiktok.api\":\"http://127.0.0.1:1/cli\"}");
        qputenv(EndpointTable::kEnvironmentVariable, envFile.toLocal8Bit());
        QString error;
        QCOMPARE(EndpointTable::resolve(QString(), &error)->base(QStringLiteral("tiktok.api")).path(),
                 QStringLiteral("/env"));
        QCOMPARE(EndpointTable::resolve(cliFile, &error)->base(QStringLiteral("tiktok.api")).path(),
                 QStringLiteral("/cli"));
        qunsetenv(EndpointTable::kEnvironmentVariable);
        QCOMPARE(EndpointTable::resolve(QString(), &error)->base(QStringLiteral("tiktok.api")).host(),
                 QStringLiteral("open.tiktokapis.com"));
    }

    void appCredentialsFromTheEnvironment()
    {
        QCOMPARE(AppCredentials::idVariable(QStringLiteral("tiktok")),
                 QStringLiteral("TRAVELFLOW_TIKTOK_CLIENT_KEY"));
        QCOMPARE(AppCredentials::idVariable(QStringLiteral("youtube")),
                 QStringLiteral("TRAVELFLOW_YOUTUBE_CLIENT_ID"));
        QCOMPARE(AppCredentials::secretVariable(QStringLiteral("instagram")),
                 QStringLiteral("TRAVELFLOW_INSTAGRAM_CLIENT_SECRET"));
        qunsetenv("TRAVELFLOW_YOUTUBE_CLIENT_ID");
        qunsetenv("TRAVELFLOW_YOUTUBE_CLIENT_SECRET");
        QVERIFY(!AppCredentials::fromEnvironment(QStringLiteral("youtube")).isConfigured());
        qputenv("TRAVELFLOW_YOUTUBE_CLIENT_ID", " my-client ");
        QVERIFY(!AppCredentials::fromEnvironment(QStringLiteral("youtube")).isConfigured()); // secret missing
        qputenv("TRAVELFLOW_YOUTUBE_CLIENT_SECRET", "s3cret");
        const AppCredentials c = AppCredentials::fromEnvironment(QStringLiteral("youtube"));
        QVERIFY(c.isConfigured());
        QCOMPARE(c.clientId, QStringLiteral("my-client"));
        QCOMPARE(c.source, AppCredentials::Source::Environment);
        // This build bakes in nothing.
        QVERIFY(!AppCredentials::buildDefault(QStringLiteral("youtube")).isConfigured());
    }
};

TRAVELFLOW_TEST_MAIN(TestEndpointTable, QCoreApplication)
#include "test_endpoint_table.moc"
