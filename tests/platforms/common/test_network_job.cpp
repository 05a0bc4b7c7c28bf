// NetworkJob over real HTTP to the simulator's server: every generic failure mapped to
// its typed error, a platform mapper refining it, a streamed upload body, cancelling,
// and no token in the log even with debug logging on.

#include "common/file_slice_device.h"
#include "common/network_job.h"
#include "sandbox_server.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

// Answers /youtube/status/<code> with that status and a small JSON body, and counts
// the bytes POSTed to /youtube/upload.
class StatusPlatform : public PlatformSimulator
{
public:
    using PlatformSimulator::PlatformSimulator;
    QString name() const override { return QStringLiteral("youtube"); }
    void registerRoutes(Router &router) override
    {
        router.route("GET", QStringLiteral("/youtube/status/(\\d+)"), QStringLiteral("youtube.status"),
                     [](const HttpRequest &r) {
                         HttpResponse res = HttpResponse::json(
                             r.pathParams[0].toInt(),
                             QJsonObject{{QStringLiteral("reason"), r.queryValue(QStringLiteral("reason"))}});
                         if (r.hasQuery(QStringLiteral("retry")))
                             res.withHeader("Retry-After", r.queryValue(QStringLiteral("retry")).toLatin1());
                         return res;
                     });
        router.route("GET", QStringLiteral("/youtube/text"), QStringLiteral("youtube.text"),
                     [](const HttpRequest &) { return HttpResponse::text(200, "not json"); });
        router.route(
            "POST", QStringLiteral("/youtube/upload"), QStringLiteral("youtube.upload"),
            [](const HttpRequest &r) {
                return HttpResponse::json(201, QJsonObject{{QStringLiteral("received"), r.body.size()}});
            });
    }
    HttpResponse errorResponse(int status, const QString &kind, const QString &) const override
    {
        return HttpResponse::json(status, QJsonObject{{QStringLiteral("reason"), kind}});
    }
    QJsonObject saveState() const override { return {}; }
    void loadState(const QJsonObject &) override { }
    QJsonObject worldView() const override { return {}; }
};

QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

class TestNetworkJob : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_nam;

    NetworkResult run(const QString &path, const QByteArray &verb = "GET", const QByteArray &body = {},
                      const std::function<void(NetworkJob &)> &setup = {})
    {
        QNetworkRequest request(QUrl(m_server.baseUrl() + path));
        auto *job = new NetworkJob(&m_nam, QStringLiteral("youtube"), QStringLiteral("test"), verb, request);
        job->setBody(body);
        if (setup)
            setup(*job);
        QSignalSpy done(job, &NetworkJob::finished);
        job->start();
        if (!done.wait(20000))
            return {};
        return done.first().first().value<NetworkResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.add<StatusPlatform>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
    }

    void successIsAny2xxWithJson()
    {
        for (const int status : {200, 201, 204}) {
            const auto r = run(QStringLiteral("/youtube/status/%1").arg(status));
            QVERIFY2(r.ok(), qPrintable(QString::number(status)));
            QCOMPARE(r.httpStatus, status);
        }
        const auto r = run(QStringLiteral("/youtube/status/200?reason=fine"));
        QVERIFY(r.json());
        QCOMPARE(r.json()->value(QStringLiteral("reason")).toString(), QStringLiteral("fine"));
    }

    void cutOrNonJsonAnswerIsTransient()
    {
        auto r = run(QStringLiteral("/youtube/text"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, PlatformError::Kind::Transient);
        r = run(QStringLiteral("/youtube/text"), "GET", {}, [](NetworkJob &j) { j.setExpectJson(false); });
        QVERIFY(r.ok());
    }

    void genericStatusesMapToTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << 500 << int(PlatformError::Kind::Transient);
        QTest::newRow("503") << 503 << int(PlatformError::Kind::Transient);
        QTest::newRow("401") << 401 << int(PlatformError::Kind::AuthExpired);
        QTest::newRow("403") << 403 << int(PlatformError::Kind::PermissionMissing);
        QTest::newRow("400") << 400 << int(PlatformError::Kind::InvalidInput);
        QTest::newRow("404") << 404 << int(PlatformError::Kind::Permanent);
        QTest::newRow("429") << 429 << int(PlatformError::Kind::RateLimited);
    }

    void genericStatusesMapToTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        const auto r = run(QStringLiteral("/youtube/status/%1").arg(status));
        QVERIFY(r.error);
        QCOMPARE(int(r.error->kind), kind);
        QCOMPARE(r.error->httpStatus, status);
        QCOMPARE(r.error->platform, QStringLiteral("youtube"));
        QVERIFY2(r.error->message.contains(QStringLiteral("YouTube")), qPrintable(r.error->message));
        QCOMPARE(r.error->isRetryable(),
                 kind == int(PlatformError::Kind::Transient) || kind == int(PlatformError::Kind::AuthExpired)
                     || kind == int(PlatformError::Kind::RateLimited));
    }

    void retryAfterIsRead()
    {
        const auto r = run(QStringLiteral("/youtube/status/429?retry=42"));
        QCOMPARE(r.error->retryAfterSeconds.value_or(-1), 42);
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(NetworkJob::parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now).value_or(-1), 60);
        QVERIFY(!NetworkJob::parseRetryAfter("soon", now));
    }

    void droppedAndSlowConnectionsAreTransient()
    {
        FaultRule drop;
        drop.action = FaultRule::Action::Drop;
        drop.endpoint = QStringLiteral("youtube.status");
        m_server.faults().add(drop);
        auto r = run(QStringLiteral("/youtube/status/200"));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PlatformError::Kind::Transient);

        FaultRule slow;
        slow.action = FaultRule::Action::Delay;
        slow.delayMs = 2000;
        slow.endpoint = QStringLiteral("youtube.status");
        m_server.faults().add(slow);
        r = run(QStringLiteral("/youtube/status/200"), "GET", {}, [](NetworkJob &j) { j.setTimeout(300); });
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PlatformError::Kind::Transient);
        QCOMPARE(r.httpStatus, 0);
    }

    void platformMapperRefinesTheError()
    {
        const auto r = run(
            QStringLiteral("/youtube/status/403?reason=quotaExceeded"), "GET", {}, [](NetworkJob &j) {
                j.setErrorMapper([](const NetworkResult &result) -> std::optional<PlatformError> {
                    if (result.json()
                        && result.json()->value(QStringLiteral("reason")) == QLatin1String("quotaExceeded")) {
                        PlatformError e;
                        e.kind = PlatformError::Kind::QuotaExhausted;
                        e.code = QStringLiteral("quotaExceeded");
                        return e;
                    }
                    return std::nullopt;
                });
            });
        QCOMPARE(r.error->kind, PlatformError::Kind::QuotaExhausted);
        QCOMPARE(r.error->code, QStringLiteral("quotaExceeded"));
    }

    void streamsABodyFromAFileSlice()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("clip.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3 * 1024 * 1024, 'x'));
        f.close();
        FileSliceDevice slice(f.fileName(), 1024 * 1024, 1536 * 1024);
        QVERIFY(slice.open(QIODevice::ReadOnly));
        qint64 lastProgress = 0;
        const auto r = run(QStringLiteral("/youtube/upload"), "POST", {}, [&](NetworkJob &j) {
            j.setBodyDevice(&slice);
            QObject::connect(&j, &NetworkJob::uploadProgress, &j,
                             [&](qint64 sent, qint64) { lastProgress = sent; });
        });
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.json()->value(QStringLiteral("received")).toInteger(), 1536 * 1024);
        QVERIFY(lastProgress <= 1536 * 1024); // progress is best effort, never beyond the body
        QCOMPARE(r.bytesSent, 1536 * 1024);
        // What the server received is what the slice holds, not the whole file.
        const auto records = m_server.recorder().forEndpoint(QStringLiteral("youtube.upload"));
        QCOMPARE(records.last().bodySize, 1536 * 1024);
    }

    void cancelledJobsSaySo()
    {
        FaultRule slow;
        slow.action = FaultRule::Action::Delay;
        slow.delayMs = 1500;
        slow.endpoint = QStringLiteral("youtube.status");
        m_server.faults().add(slow);
        const auto r = run(QStringLiteral("/youtube/status/200"), "GET", {},
                           [](NetworkJob &j) { QTimer::singleShot(100, &j, [&j] { j.abort(); }); });
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PlatformError::Kind::Cancelled);
    }

    void tokensNeverReachTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("travelflow.*=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(collect);
        run(QStringLiteral("/youtube/status/401?access_token=SECRET-IN-QUERY"), "GET", "code=SECRET-IN-BODY",
            [](NetworkJob &) {});
        QNetworkRequest request(QUrl(m_server.baseUrl() + QStringLiteral("/youtube/status/200")));
        request.setRawHeader("Authorization", "Bearer SECRET-IN-HEADER");
        auto *job = new NetworkJob(&m_nam, QStringLiteral("youtube"), QStringLiteral("test"), "GET", request);
        QSignalSpy done(job, &NetworkJob::finished);
        job->start();
        QVERIFY(done.wait(10000));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_log.isEmpty()); // debug logging really was on
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QStringLiteral("SECRET")), qPrintable(line));
    }
};

TRAVELFLOW_TEST_MAIN(TestNetworkJob, QCoreApplication)
#include "test_network_job.moc"
