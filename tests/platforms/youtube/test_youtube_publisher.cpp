// YouTube publishing against the simulator over real HTTP: a resumable upload in chunks
// with a checkpoint before every step, an interruption resumed from what Google
// acknowledged (without a new session and with < 1.2x the file on the wire), scheduling,
// typed errors, status and metrics.

#include "common/oauth_loopback.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_oauth.h"
#include "support/test_env.h"
#include "youtube/youtube_auth.h"
#include "youtube/youtube_publisher.h"
#include "youtube_simulator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {
constexpr qint64 kChunk = YouTubePublisher::kChunkUnit; // 256 KiB: a 3 MiB file is 13 chunks
}

class TestYouTubePublisher : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::optional<EndpointTable> m_endpoints;
    OAuthTokens m_tokens;
    QString m_file;
    QByteArray m_fileHash;
    test::HttpClient m_http;

    struct Run
    {
        qint64 lastSent = 0;
        double lastRate = 0;
        QList<PublishCheckpoint> checkpoints;
        PublishCheckpoint final;
        std::optional<PlatformError> error;
    };

    Run publish(const PublishSpec &spec, const PublishCheckpoint &from = {})
    {
        YouTubePublisher publisher(&m_nam, *m_endpoints, kChunk);
        auto op = publisher.publish(spec, from, m_tokens);
        Run run;
        connect(
            op.get(), &PublishOperation::checkpoint, this,
            [&](const PublishCheckpoint &c) { run.checkpoints.append(c); }, Qt::DirectConnection);
        connect(op.get(), &PublishOperation::progress, this, [&](qint64 sent, qint64, double rate) {
            run.lastSent = sent;
            run.lastRate = rate;
        });
        QSignalSpy done(op.get(), &PublishOperation::finished);
        op->start();
        if (!done.wait(20000))
            return run;
        run.final = done.first().at(0).value<PublishCheckpoint>();
        run.error = done.first().at(1).value<std::optional<PlatformError>>();
        return run;
    }

    PublishSpec spec() const
    {
        PublishSpec s;
        s.filePath = m_file;
        s.fileSize = QFileInfo(m_file).size();
        s.caption.title = QStringLiteral("Sunrise over the dunes");
        s.caption.caption = QStringLiteral("Рассвет в пустыне 🌅");
        s.caption.tags = {QStringLiteral("travel"), QStringLiteral("desert")};
        return s;
    }

    int count(const char *endpoint)
    {
        return static_cast<int>(m_server.recorder().forEndpoint(QLatin1String(endpoint)).size());
    }

    qint64 bytesReceived()
    {
        qint64 total = 0;
        for (const RecordedRequest &r : m_server.recorder().forEndpoint(QStringLiteral("youtube.upload.put")))
            total += r.bodySize;
        return total;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<PlatformError>>();
        m_server.add<YouTubeSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        m_endpoints = test::sandboxEndpointTable(m_server, m_dir.path(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));

        // Connect once, through the browser flow.
        YouTubeAuth auth(&m_nam, *m_endpoints, test::sandboxCredentials(QStringLiteral("youtube")));
        const auto tokens = test::connectThroughBrowser(auth);
        QVERIFY(tokens);
        m_tokens = *tokens;

        // 3 MiB and a bit: twelve full chunks and a short one.
        m_file = m_dir.filePath(QStringLiteral("dunes.mp4"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data;
        for (int i = 0; i < 3 * 1024 * 1024 + 12345; ++i)
            data.append(static_cast<char>((i * 7) % 253));
        f.write(data);
        m_fileHash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    void publishesInChunksWithACheckpointBeforeEachStep()
    {
        const int sessionsBefore = count("youtube.upload.start");
        const Run run = publish(spec());
        QVERIFY2(!run.error, run.error ? qPrintable(run.error->message) : "");
        QCOMPARE(run.final.stage, PublishCheckpoint::Stage::Published);
        QVERIFY(!run.final.remotePostId.isEmpty());
        QCOMPARE(count("youtube.upload.start"), sessionsBefore + 1);
        // Session saved before the first byte, then after each acknowledged chunk.
        QVERIFY(run.checkpoints.size() >= 3);
        QCOMPARE(run.checkpoints[0].stage, PublishCheckpoint::Stage::Uploading);
        QCOMPARE(run.checkpoints[0].uploadOffset, 0);
        QVERIFY(run.checkpoints[0].uploadUrl.contains(QStringLiteral("upload_id=")));
        QCOMPARE(run.checkpoints[1].uploadOffset, kChunk);
        QCOMPARE(run.checkpoints[2].uploadOffset, 2 * kChunk);
        QCOMPARE(run.checkpoints.last().stage, PublishCheckpoint::Stage::Published);
        // Progress reports bytes and speed.
        QCOMPARE(run.lastSent, QFileInfo(m_file).size());
        QVERIFY(run.lastRate > 0);

        const QJsonArray uploads = m_server.world()
                                       .value(QStringLiteral("youtube"))
                                       .toObject()
                                       .value(QStringLiteral("uploads"))
                                       .toArray();
        bool found = false;
        for (const auto &u : uploads) {
            const QJsonObject o = u.toObject();
            if (o.value(QStringLiteral("video_id")).toString() == run.final.remotePostId) {
                QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), m_fileHash);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void resumesAfterADroppedChunkWithoutStartingOver()
    {
        FaultRule drop;
        drop.action = FaultRule::Action::Drop;
        drop.endpoint = QStringLiteral("youtube.upload.put");
        drop.skip = 1; // the second chunk is lost
        m_server.faults().add(drop);
        const int sessionsBefore = count("youtube.upload.start");
        const qint64 bytesBefore = bytesReceived();

        const Run interrupted = publish(spec());
        QVERIFY(interrupted.error);
        QCOMPARE(interrupted.error->kind, PlatformError::Kind::Transient);
        const PublishCheckpoint saved = interrupted.checkpoints.last();
        QCOMPARE(saved.stage, PublishCheckpoint::Stage::Uploading);
        QCOMPARE(saved.uploadOffset, kChunk);

        // "Restart": a new run from what was saved.
        const Run resumed = publish(spec(), saved);
        QVERIFY2(!resumed.error, resumed.error ? qPrintable(resumed.error->message) : "");
        QCOMPARE(resumed.final.stage, PublishCheckpoint::Stage::Published);
        QCOMPARE(count("youtube.upload.start"), sessionsBefore + 1); // no second session
        const qint64 sent = bytesReceived() - bytesBefore;
        QVERIFY2(sent < QFileInfo(m_file).size() * 12 / 10, qPrintable(QString::number(sent)));
        QVERIFY(sent >= QFileInfo(m_file).size());
    }

    void expiredSessionStartsAgainFromZero()
    {
        FaultRule drop;
        drop.action = FaultRule::Action::Drop;
        drop.endpoint = QStringLiteral("youtube.upload.put");
        m_server.faults().add(drop);
        const Run interrupted = publish(spec());
        QVERIFY(interrupted.error);
        FaultRule expire;
        expire.action = FaultRule::Action::UploadUrlExpired;
        expire.endpoint = QStringLiteral("youtube.upload");
        m_server.faults().add(expire);
        const int sessionsBefore = count("youtube.upload.start");
        const Run resumed = publish(spec(), interrupted.checkpoints.last());
        QVERIFY2(!resumed.error, resumed.error ? qPrintable(resumed.error->message) : "");
        QCOMPARE(count("youtube.upload.start"), sessionsBefore + 1);
        QCOMPARE(resumed.final.stage, PublishCheckpoint::Stage::Published);
    }

    void schedulesWithPublishAt()
    {
        PublishSpec s = spec();
        s.caption.privacy = QStringLiteral("private");
        s.caption.publishAt = QDateTime::currentDateTimeUtc().addDays(2);
        const QJsonObject resource = YouTubePublisher::videoResource(s);
        QCOMPARE(resource[QStringLiteral("status")][QStringLiteral("publishAt")].toString(),
                 s.caption.publishAt.toString(Qt::ISODate));
        const Run run = publish(s);
        QVERIFY2(!run.error, run.error ? qPrintable(run.error->message) : "");
        const QJsonArray videos = m_server.world()
                                      .value(QStringLiteral("youtube"))
                                      .toObject()
                                      .value(QStringLiteral("videos"))
                                      .toArray();
        bool scheduled = false;
        for (const auto &v : videos)
            scheduled = scheduled
                || (v.toObject().value(QStringLiteral("id")).toString() == run.final.remotePostId
                    && !v.toObject().value(QStringLiteral("publishAt")).toString().isEmpty());
        QVERIFY(scheduled);
    }

    void statusAndMetrics()
    {
        const Run run = publish(spec());
        QVERIFY(!run.error);
        m_server.clock().advance(std::chrono::minutes(30));
        YouTubePublisher publisher(&m_nam, *m_endpoints);
        std::optional<PlatformOutcome<PublishCheckpoint>> status;
        publisher.status(run.final, m_tokens, this,
                         [&](const PlatformOutcome<PublishCheckpoint> &s) { status = s; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
        QVERIFY(status->ok());
        QCOMPARE(status->value->stage, PublishCheckpoint::Stage::Published);
        std::optional<PlatformOutcome<PostMetrics>> metrics;
        publisher.metrics(run.final.remotePostId, m_tokens, this,
                          [&](const PlatformOutcome<PostMetrics> &m) { metrics = m; });
        QTRY_VERIFY_WITH_TIMEOUT(metrics.has_value(), 10000);
        QVERIFY(metrics->ok());
        QVERIFY(metrics->value->views.value_or(0) > 0);
    }

    // Last: it expires the test's access token on purpose.
    void typedErrorsStopTheRun()
    {
        FaultRule quota;
        quota.action = FaultRule::Action::QuotaExhausted;
        quota.endpoint = QStringLiteral("youtube.upload.start");
        m_server.faults().add(quota);
        Run run = publish(spec());
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, PlatformError::Kind::QuotaExhausted);
        QVERIFY(run.error->until.isValid());

        FaultRule expired;
        expired.action = FaultRule::Action::TokenExpired;
        expired.endpoint = QStringLiteral("youtube.upload.put");
        m_server.faults().add(expired);
        run = publish(spec());
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(run.checkpoints.last().stage,
                 PublishCheckpoint::Stage::Uploading); // resumable after a refresh
    }

    void publishedIsNeverUploadedAgain()
    {
        PublishCheckpoint done;
        done.stage = PublishCheckpoint::Stage::Published;
        done.remotePostId = QStringLiteral("already-there");
        const int requests = static_cast<int>(m_server.recorder().all().size());
        const Run run = publish(spec(), done);
        QVERIFY(!run.error);
        QCOMPARE(run.final.remotePostId, QStringLiteral("already-there"));
        QCOMPARE(static_cast<int>(m_server.recorder().all().size()), requests);
    }
};

TRAVELFLOW_TEST_MAIN(TestYouTubePublisher, QCoreApplication)
#include "test_youtube_publisher.moc"
