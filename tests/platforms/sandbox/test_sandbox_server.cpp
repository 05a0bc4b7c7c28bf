// The simulator's own machinery, independent of the three platforms: routing, every
// generic fault, recording without secrets, the control API, scenarios, state files,
// and the standalone executable.

#include "sandbox_endpoints.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace travelflow::sandbox;
using travelflow::test::HttpClient;

namespace {

// A minimal platform: counts POSTs, echoes, has a recognisable error shape.
class FakePlatform : public PlatformSimulator
{
public:
    using PlatformSimulator::PlatformSimulator;
    std::atomic<int> posts{0};

    QString name() const override { return QStringLiteral("youtube"); }
    void registerRoutes(Router &router) override
    {
        router.route("GET", QStringLiteral("/youtube/echo/(\\w+)"), QStringLiteral("youtube.echo.get"),
                     [](const HttpRequest &r) {
                         return HttpResponse::json(
                             200,
                             QJsonObject{{QStringLiteral("id"), r.pathParams.value(0)},
                                         {QStringLiteral("q"), r.queryValue(QStringLiteral("q"))}});
                     });
        router.route("POST", QStringLiteral("/youtube/echo"), QStringLiteral("youtube.echo.post"),
                     [this](const HttpRequest &r) {
                         ++posts;
                         return HttpResponse::json(201,
                                                   QJsonObject{{QStringLiteral("size"), r.body.size()},
                                                               {QStringLiteral("posts"), posts.load()}});
                     });
    }
    HttpResponse errorResponse(int status, const QString &kind, const QString &message) const override
    {
        return HttpResponse::json(
            status, QJsonObject{{QStringLiteral("fake_error"), kind}, {QStringLiteral("message"), message}});
    }
    QJsonObject saveState() const override { return {{QStringLiteral("posts"), posts.load()}}; }
    void loadState(const QJsonObject &state) override
    {
        posts = state.value(QStringLiteral("posts")).toInt();
    }
    QJsonObject worldView() const override { return {{QStringLiteral("posts"), posts.load()}}; }
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    FakePlatform *m_fake = nullptr;
    HttpClient m_http;

    QUrl url(const QString &path) const { return QUrl(m_server->baseUrl() + path); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        m_fake = &m_server->add<FakePlatform>();
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
    }

    void cleanup() { m_server.reset(); }

    void listensOnLoopbackAndListsEndpoints()
    {
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        const auto reply = m_http.get(url(QStringLiteral("/_sandbox/endpoints")));
        QCOMPARE(reply.status, 200);
        const QJsonObject endpoints = reply.json();
        QCOMPARE(endpoints, m_server->endpoints());
        QCOMPARE(endpoints.size(), 9);
        QCOMPARE(endpoints.value(QStringLiteral("youtube.upload")).toString(),
                 m_server->baseUrl() + QStringLiteral("/youtube/upload/upload/youtube/v3"));
        QCOMPARE(endpoints.value(QStringLiteral("tiktok.api")).toString(),
                 m_server->baseUrl() + QStringLiteral("/tiktok/api"));
    }

    void busyPortIsReported()
    {
        SandboxServer second;
        QString error;
        QVERIFY(!second.start(m_server->port(), &error));
        QVERIFY2(error.contains(QString::number(m_server->port())), qPrintable(error));
    }

    void routesWithCapturesAndQueries()
    {
        const auto reply
            = m_http.get(url(QStringLiteral("/youtube/echo/abc?q=%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), QStringLiteral("abc"));
        QCOMPARE(reply.json().value(QStringLiteral("q")).toString(), QStringLiteral("привет"));

        // Encoded once on the wire, decoded once: "%" and "+" survive.
        const auto literal = m_http.get(url(QStringLiteral("/youtube/echo/b?q=100%2541x%2B1")));
        QCOMPARE(literal.json().value(QStringLiteral("q")).toString(), QStringLiteral("100%41x+1"));

        const auto missing = m_http.get(url(QStringLiteral("/youtube/nothing-here")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("fake_error")).toString(), QStringLiteral("not_found"));
    }

    void statusFaultFiresAsConfigured()
    {
        FaultRule rule;
        rule.action = FaultRule::Action::Status;
        rule.status = 503;
        rule.endpoint = QStringLiteral("youtube.echo.post");
        rule.skip = 1;
        rule.times = 2;
        m_server->faults().add(rule);

        QList<int> statuses;
        for (int i = 0; i < 5; ++i)
            statuses << m_http.send("POST", url(QStringLiteral("/youtube/echo")), "x").status;
        QCOMPARE(statuses, (QList<int>{201, 503, 503, 201, 201}));
        QCOMPARE(m_fake->posts.load(), 3); // the faulted requests never reached the handler
        // Other endpoints were not affected.
        QCOMPARE(m_http.get(url(QStringLiteral("/youtube/echo/a"))).status, 200);
    }

    void faultBodyUsesThePlatformShape()
    {
        FaultRule rule;
        rule.action = FaultRule::Action::Status;
        rule.status = 500;
        m_server->faults().add(rule);
        const auto reply = m_http.get(url(QStringLiteral("/youtube/echo/a")));
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.json().value(QStringLiteral("fake_error")).toString(), QStringLiteral("server_error"));
    }

    void rateLimitSendsRetryAfter()
    {
        FaultRule rule;
        rule.action = FaultRule::Action::RateLimit;
        rule.retryAfterSeconds = 42;
        rule.method = "GET";
        m_server->faults().add(rule);
        const auto reply = m_http.get(url(QStringLiteral("/youtube/echo/a")));
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("42"));
        QCOMPARE(reply.json().value(QStringLiteral("fake_error")).toString(), QStringLiteral("rate_limited"));
    }

    void delayHoldsTheAnswerBack()
    {
        FaultRule rule;
        rule.action = FaultRule::Action::Delay;
        rule.delayMs = 400;
        rule.path = QRegularExpression(QStringLiteral("^/youtube/echo/slow$"));
        m_server->faults().add(rule);
        QElapsedTimer timer;
        timer.start();
        const auto reply = m_http.get(url(QStringLiteral("/youtube/echo/slow")));
        QCOMPARE(reply.status, 200);
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    }

    void closeMidBodyRunsTheHandlerButCutsTheAnswer()
    {
        FaultRule rule;
        rule.action = FaultRule::Action::CloseMidBody;
        rule.endpoint = QStringLiteral("youtube.echo.post");
        m_server->faults().add(rule);
        const auto reply = m_http.send("POST", url(QStringLiteral("/youtube/echo")), QByteArray(1000, 'v'));
        // The client never gets a whole answer. Qt usually reports the early close as an
        // error, but under load it may hand over the cut body without one, so clients must
        // also treat a body that does not parse as a failed request.
        const int declared = reply.header("content-length").toInt();
        QVERIFY2(reply.error != QNetworkReply::NoError || reply.body.size() < declared,
                 qPrintable(QStringLiteral("%1 bytes of %2").arg(reply.body.size()).arg(declared)));
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
        QCOMPARE(m_fake->posts.load(), 1); // it did happen on the server: the client must ask
        // The next request is answered normally.
        QCOMPARE(m_http.send("POST", url(QStringLiteral("/youtube/echo")), "y").status, 201);
    }

    void dropNeverReachesTheHandler()
    {
        FaultRule rule;
        rule.action = FaultRule::Action::Drop;
        rule.endpoint = QStringLiteral("youtube.echo.post");
        m_server->faults().add(rule);
        const auto reply = m_http.send("POST", url(QStringLiteral("/youtube/echo")), "z");
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(m_fake->posts.load(), 0);
    }

    void recordsRequestsWithoutSecrets()
    {
        const QByteArray body = "client_secret=hunter2&code=abc";
        m_http.send("POST", url(QStringLiteral("/youtube/echo?access_token=tok-123&keep=1")), body,
                    {{"Authorization", "Bearer tok-456"}, {"X-Upload-Content-Length", "30"}});
        const auto records = m_server->recorder().forEndpoint(QStringLiteral("youtube.echo"));
        QCOMPARE(records.size(), 1);
        const RecordedRequest &r = records.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/youtube/echo"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.bodySize, body.size());
        QCOMPARE(r.bodySha256, QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        QCOMPARE(r.headers.value("x-upload-content-length"), QByteArray("30"));
        QVERIFY(r.query.contains(QStringLiteral("keep=1")));
        const QByteArray all = QJsonDocument(m_server->recorder().toJson()).toJson();
        for (const char *secret : {"tok-123", "tok-456", "hunter2"})
            QVERIFY2(!all.contains(secret), secret);
        QVERIFY(all.contains("<redacted>"));
    }

    void controlApiDrivesFaultsClockAndWorld()
    {
        auto reply
            = m_http.send("POST", url(QStringLiteral("/_sandbox/faults")),
                          R"({"action":"status","status":502,"endpoint":"youtube.echo.get","times":1})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_http.get(url(QStringLiteral("/youtube/echo/a"))).status, 502);
        QCOMPARE(m_http.get(url(QStringLiteral("/youtube/echo/a"))).status, 200);

        reply = m_http.send("POST", url(QStringLiteral("/_sandbox/faults")), R"([{"action":"teleport"}])");
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("teleport")));

        m_http.send("POST", url(QStringLiteral("/_sandbox/faults")),
                    R"({"action":"status","status":500,"times":-1})");
        QCOMPARE(m_http.get(url(QStringLiteral("/youtube/echo/a"))).status, 500);
        QCOMPARE(m_http.send("DELETE", url(QStringLiteral("/_sandbox/faults"))).status, 200);
        QCOMPARE(m_http.get(url(QStringLiteral("/youtube/echo/a"))).status, 200);

        const QDateTime before = m_server->clock().now();
        reply = m_http.send("POST", url(QStringLiteral("/_sandbox/clock")), R"({"advance_seconds":7200})");
        QCOMPARE(reply.status, 200);
        QVERIFY(m_server->clock().now() >= before.addSecs(7200));
        QCOMPARE(m_http.send("POST", url(QStringLiteral("/_sandbox/clock")), "{}").status, 400);

        m_http.send("POST", url(QStringLiteral("/youtube/echo")), "x");
        reply = m_http.get(url(QStringLiteral("/_sandbox/world")));
        QCOMPARE(
            reply.json().value(QStringLiteral("youtube")).toObject().value(QStringLiteral("posts")).toInt(),
            1);
        reply = m_http.get(url(QStringLiteral("/_sandbox/requests")));
        QVERIFY(QJsonDocument::fromJson(reply.body).array().size() >= 8);
        reply = m_http.get(url(QStringLiteral("/_sandbox/clients")));
        QCOMPARE(reply.json()
                     .value(QStringLiteral("youtube"))
                     .toObject()
                     .value(QStringLiteral("client_id"))
                     .toString(),
                 QStringLiteral("sandbox-youtube-client"));
    }

    void scenarioLoadsFaultsClientsAndClock()
    {
        SandboxServer server;
        QString error;
        QVERIFY(server.loadScenario(
            QJsonDocument::fromJson(R"({"faults":[{"action":"rate_limit","retry_after":5}],
                                       "clients":{"tiktok":{"client_id":"k","client_secret":"s"}},
                                       "clock_offset_seconds":86400})")
                .object(),
            &error));
        QCOMPARE(server.faults().toJson().size(), 1);
        QCOMPARE(server.context().clients.value(QStringLiteral("tiktok")).clientId, QStringLiteral("k"));
        QVERIFY(server.clock().now() > QDateTime::currentDateTimeUtc().addSecs(86000));

        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QVERIFY(!server.loadScenarioFile(bad.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("not a JSON object")));
        QVERIFY(!server.loadScenarioFile(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(!server.loadScenario(QJsonDocument::fromJson(R"({"faults":[{"action":"nope"}]})").object(),
                                     &error));
    }

    void stateFileSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        {
            SandboxServer server;
            auto &fake = server.add<FakePlatform>();
            QString error;
            QVERIFY(server.setStateFile(file, &error));
            QVERIFY(server.start(0, &error));
            server.clock().advance(std::chrono::hours(3));
            for (int i = 0; i < 3; ++i)
                m_http.send("POST", QUrl(server.baseUrl() + QStringLiteral("/youtube/echo")), "x");
            QCOMPARE(fake.posts.load(), 3);
        }
        QVERIFY(QFile::exists(file));
        SandboxServer restarted;
        auto &fake = restarted.add<FakePlatform>();
        QString error;
        QVERIFY2(restarted.setStateFile(file, &error), qPrintable(error));
        QCOMPARE(fake.posts.load(), 3);
        QVERIFY(restarted.clock().offsetMs() >= 3 * 3600 * 1000);

        QFile corrupt(dir.filePath(QStringLiteral("corrupt.json")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("garbage");
        corrupt.close();
        SandboxServer third;
        QVERIFY(!third.setStateFile(corrupt.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("move it aside")));
    }

    void standaloneExecutablePrintsItsUrlAndStopsCleanly()
    {
        const QString exe = qEnvironmentVariable("TRAVELFLOW_SANDBOX");
        QVERIFY2(QFile::exists(exe), "TRAVELFLOW_SANDBOX is set by ctest");
        QTemporaryDir dir;
        const QString endpointsFile = dir.filePath(QStringLiteral("endpoints.json"));
        const QString stateFile = dir.filePath(QStringLiteral("state.json"));
        QProcess process;
        process.start(exe,
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--endpoints-out"),
                       endpointsFile, QStringLiteral("--state"), stateFile});
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForReadyRead(10000));
        const QString base = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(base.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(base));

        const auto reply = m_http.get(QUrl(base + QStringLiteral("/_sandbox/endpoints")));
        QCOMPARE(reply.status, 200);
        QFile written(endpointsFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(), reply.json());
        QCOMPARE(reply.json().size(), 9);

        process.terminate(); // SIGTERM: stop and save
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(stateFile));

        QProcess bad;
        bad.start(exe, {QStringLiteral("--port"), QStringLiteral("99999")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--port"));
    }
};

TRAVELFLOW_TEST_MAIN(TestSandboxServer, QCoreApplication)
#include "test_sandbox_server.moc"
