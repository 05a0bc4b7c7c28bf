// Publishing Reels with InstagramPublisher against the Instagram simulator over real HTTP:
// real files on disk, checkpoints before each network step, resuming after a dropped
// upload on the same container, never publishing a container twice after a crash, and the
// platform's failures as typed errors, and the publishing limit as Instagram reports it.

#include "common/oauth_loopback.h"
#include "instagram/instagram_auth.h"
#include "instagram/instagram_publisher.h"
#include "instagram_simulator.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_oauth.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>

using namespace travelflow;
using namespace travelflow::sandbox;
using namespace std::chrono_literals;
using Stage = PublishCheckpoint::Stage;

namespace {

constexpr qint64 kFileSize = qint64{700} * 1024;
constexpr qint64 kPartSize = qint64{100} * 1024;

// What one run did.
struct Run
{
    QList<PublishCheckpoint> checkpoints;
    QList<qsizetype> uploadsBeforeCheckpoint; // rupload POSTs recorded when each checkpoint came
    QList<qsizetype> pollsBeforeCheckpoint; // container status GETs recorded then
    PublishCheckpoint final;
    std::optional<PlatformError> error;
    int finishedCount = 0;
    qint64 lastProgress = -1;
};

} // namespace

class TestInstagramPublisher : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    InstagramSimulator *m_simulator = nullptr;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::optional<EndpointTable> m_endpoints;
    std::unique_ptr<InstagramAuth> m_auth;
    test::HttpClient m_http;
    OAuthTokens m_tokens;
    QString m_igUserId;
    QString m_video;
    QString m_videoSha256;

    OAuthTokens connectAccount() { return test::connectThroughBrowser(*m_auth).value_or(OAuthTokens()); }

    qsizetype count(const QString &endpoint, const QByteArray &method = {})
    {
        const auto requests = m_server.recorder().forEndpoint(endpoint);
        return std::count_if(requests.cbegin(), requests.cend(), [&](const RecordedRequest &r) {
            return method.isEmpty() || r.method == method;
        });
    }

    std::unique_ptr<InstagramPublisher> publisher(qint64 partSize = 0)
    {
        auto p = std::make_unique<InstagramPublisher>(&m_nam, *m_endpoints, m_igUserId);
        p->setPollInterval(50);
        p->setUploadPartSize(partSize);
        return p;
    }

    PublishSpec spec() const
    {
        PublishSpec s;
        s.filePath = m_video;
        s.fileSize = kFileSize;
        s.caption.caption = QStringLiteral("Sunrise over Bagan & the Irrawaddy #myanmar #travel +1");
        s.options
            = QJsonObject{{QStringLiteral("share_to_feed"), true}, {QStringLiteral("thumb_offset"), 1500}};
        return s;
    }

    // Runs one publish to its end. Once processing starts, the simulated clock moves past
    // the simulator's 10 s of processing after a few polls.
    Run publish(InstagramPublisher &p, const PublishCheckpoint &from, const OAuthTokens &tokens)
    {
        Run run;
        auto op = p.publish(spec(), from, tokens);
        connect(
            op.get(), &PublishOperation::checkpoint, op.get(),
            [&](const PublishCheckpoint &cp) {
                run.checkpoints.append(cp);
                run.uploadsBeforeCheckpoint.append(count(QStringLiteral("instagram.rupload"), "POST"));
                run.pollsBeforeCheckpoint.append(count(QStringLiteral("instagram.graph.container.status")));
                if (cp.stage == Stage::Processing)
                    QTimer::singleShot(100, this, [this] { m_server.clock().advance(11s); });
            },
            Qt::DirectConnection);
        connect(op.get(), &PublishOperation::progress, op.get(),
                [&](qint64 sent, qint64) { run.lastProgress = sent; });
        connect(
            op.get(), &PublishOperation::finished, op.get(),
            [&](const PublishCheckpoint &cp, const std::optional<PlatformError> &error) {
                ++run.finishedCount;
                run.final = cp;
                run.error = error;
            },
            Qt::DirectConnection);
        op->start();
        if (!QTest::qWaitFor([&] { return run.finishedCount > 0; }, 10000))
            qWarning("publish timed out");
        QTest::qWait(30); // time for a second finished() that must not come
        return run;
    }

    Run publish(InstagramPublisher &p, const PublishCheckpoint &from) { return publish(p, from, m_tokens); }

    QJsonObject container(const QString &id) const
    {
        const QJsonArray containers = m_server.world()
                                          .value(QStringLiteral("instagram"))
                                          .toObject()
                                          .value(QStringLiteral("containers"))
                                          .toArray();
        for (const auto &c : containers) {
            if (c.toObject().value(QStringLiteral("id")).toString() == id)
                return c.toObject();
        }
        return {};
    }

    QJsonArray worldArray(const QString &name) const
    {
        return m_server.world().value(QStringLiteral("instagram")).toObject().value(name).toArray();
    }

    std::optional<PlatformOutcome<InstagramPublishingLimit>> publishingLimit(InstagramPublisher &p,
                                                                             const OAuthTokens &tokens)
    {
        std::optional<PlatformOutcome<InstagramPublishingLimit>> limit;
        p.publishingLimit(tokens, this,
                          [&](const PlatformOutcome<InstagramPublishingLimit> &r) { limit = r; });
        if (!QTest::qWaitFor([&] { return limit.has_value(); }, 5000))
            qWarning("publishingLimit did not answer in time");
        return limit;
    }

    qsizetype publishRequestsFor(const QString &containerId)
    {
        const auto requests
            = m_server.recorder().forEndpoint(QStringLiteral("instagram.graph.media.publish"));
        return std::count_if(requests.cbegin(), requests.cend(), [&](const RecordedRequest &r) {
            return r.query.contains(QString(QStringLiteral("creation_id=") + containerId));
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = &m_server.add<InstagramSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        m_endpoints = test::sandboxEndpointTable(m_server, m_dir.path(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        m_auth = std::make_unique<InstagramAuth>(&m_nam, *m_endpoints,
                                                 test::sandboxCredentials(QStringLiteral("instagram")));
        m_tokens = connectAccount();
        QVERIFY(!m_tokens.accessToken.isEmpty());
        const auto identity = test::identifyAccount(*m_auth, m_tokens);
        QVERIFY(identity);
        m_igUserId = identity->remoteId;
        QCOMPARE(m_igUserId, InstagramSimulator::igUserId());

        // A real file on disk, with bytes that differ everywhere (a shifted part would show).
        QByteArray bytes(kFileSize, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : bytes)
            c = static_cast<char>(rng.bounded(256));
        m_video = m_dir.filePath(QStringLiteral("bagan.mp4"));
        QFile video(m_video);
        QVERIFY(video.open(QIODevice::WriteOnly));
        QCOMPARE(video.write(bytes), kFileSize);
        video.close();
        m_videoSha256
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    void init()
    {
        m_server.faults().clear();
        m_server.recorder().clear();
    }

    void publishesAReelWithACheckpointBeforeEachStep()
    {
        auto p = publisher();
        const Run run = publish(*p, PublishCheckpoint());
        QVERIFY2(!run.error, run.error ? qPrintable(run.error->message) : "");
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.final.stage, Stage::Published);
        QVERIFY(run.final.remotePostId.startsWith(QStringLiteral("1791")));

        QCOMPARE(run.checkpoints.size(), 3);
        const PublishCheckpoint &uploading = run.checkpoints.at(0);
        QCOMPARE(uploading.stage, Stage::Uploading);
        QVERIFY(uploading.containerId.startsWith(QStringLiteral("1790")));
        QVERIFY(uploading.uploadUrl.endsWith(
            QString(QStringLiteral("/ig-api-upload/v25.0/") + uploading.containerId)));
        QCOMPARE(uploading.uploadOffset, 0);
        QCOMPARE(run.uploadsBeforeCheckpoint.at(0), 0); // emitted BEFORE the upload
        QCOMPARE(run.checkpoints.at(1).stage, Stage::Processing);
        QCOMPARE(run.checkpoints.at(1).containerId, uploading.containerId);
        QCOMPARE(run.uploadsBeforeCheckpoint.at(1), 1); // the whole file in one POST
        QCOMPARE(run.pollsBeforeCheckpoint.at(1), 0); // emitted BEFORE polling
        QCOMPARE(run.checkpoints.at(2).stage, Stage::Published);
        QCOMPARE(run.checkpoints.at(2).remotePostId, run.final.remotePostId);
        QCOMPARE(run.lastProgress, kFileSize);
        // It polled while the simulator was still processing.
        QVERIFY(count(QStringLiteral("instagram.graph.container.status")) >= 2);

        const auto uploads = m_server.recorder().forEndpoint(QStringLiteral("instagram.rupload"));
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().headers.value("offset"), QByteArray("0"));
        QCOMPARE(uploads.first().headers.value("file_size"), QByteArray::number(kFileSize));
        QCOMPARE(uploads.first().bodySize, kFileSize);

        const QJsonObject c = container(uploading.containerId);
        QCOMPARE(c.value(QStringLiteral("sha256")).toString(), m_videoSha256);
        QCOMPARE(c.value(QStringLiteral("status_code")).toString(), QStringLiteral("PUBLISHED"));
        QCOMPARE(c.value(QStringLiteral("media_id")).toString(), run.final.remotePostId);
        QCOMPARE(c.value(QStringLiteral("caption")).toString(), spec().caption.caption);
        QCOMPARE(publishRequestsFor(uploading.containerId), 1);
        QCOMPARE(count(QStringLiteral("instagram.graph.media.create")), 1);

        // status() agrees.
        std::optional<PlatformOutcome<PublishCheckpoint>> status;
        p->status(uploading, m_tokens, this,
                  [&](const PlatformOutcome<PublishCheckpoint> &r) { status = r; });
        QVERIFY(QTest::qWaitFor([&] { return status.has_value(); }, 5000));
        QVERIFY(status->ok());
        QCOMPARE(status->value->stage, Stage::Published);
    }

    void droppedUploadIsTransientAndResumesOnTheSameContainer()
    {
        auto p = publisher(kPartSize);
        FaultRule drop;
        drop.action = FaultRule::Action::Drop;
        drop.endpoint = QStringLiteral("instagram.rupload");
        drop.method = "POST";
        drop.skip = 4; // the fifth part
        m_server.faults().add(drop);

        const Run first = publish(*p, PublishCheckpoint());
        QCOMPARE(first.finishedCount, 1);
        QVERIFY(first.error);
        QCOMPARE(first.error->kind, PlatformError::Kind::Transient);
        QCOMPARE(first.checkpoints.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(first.checkpoints.at(i).stage, Stage::Uploading);
            QCOMPARE(first.checkpoints.at(i).uploadOffset, i * kPartSize);
            QCOMPARE(first.uploadsBeforeCheckpoint.at(i), i); // each before the next part
        }
        QCOMPARE(first.final.stage, Stage::Uploading);
        QCOMPARE(first.final.uploadOffset, 4 * kPartSize); // the last checkpoint: resumable
        QCOMPARE(count(QStringLiteral("instagram.graph.media.create")), 1);

        const Run second = publish(*p, first.final);
        QVERIFY2(!second.error, second.error ? qPrintable(second.error->message) : "");
        QCOMPARE(second.final.stage, Stage::Published);
        QCOMPARE(second.final.containerId, first.final.containerId);
        QCOMPARE(count(QStringLiteral("instagram.graph.media.create")), 1); // no new container
        QVERIFY(count(QStringLiteral("instagram.rupload"), "GET") >= 1); // asked for the offset

        qint64 sent = 0;
        for (const auto &r : m_server.recorder().forEndpoint(QStringLiteral("instagram.rupload"))) {
            if (r.method == "POST")
                sent += r.bodySize;
        }
        QVERIFY2(sent < kFileSize * 12 / 10, qPrintable(QString::number(sent)));
        QCOMPARE(container(first.final.containerId).value(QStringLiteral("sha256")).toString(),
                 m_videoSha256);
        QCOMPARE(publishRequestsFor(first.final.containerId), 1);
    }

    void resumingAfterACrashAfterPublishingDoesNotPublishAgain()
    {
        auto p = publisher();
        const Run run = publish(*p, PublishCheckpoint());
        QCOMPARE(run.final.stage, Stage::Published);
        QCOMPARE(run.checkpoints.size(), 3);
        const PublishCheckpoint processing = run.checkpoints.at(1); // the crash came before the next one
        const PublishCheckpoint uploading = run.checkpoints.at(0);
        const qsizetype publishes = count(QStringLiteral("instagram.graph.media.publish"));
        const qsizetype uploads = count(QStringLiteral("instagram.rupload"));
        const qsizetype media = worldArray(QStringLiteral("media")).size();

        for (const PublishCheckpoint &from : {processing, uploading}) {
            const Run resumed = publish(*p, from);
            QVERIFY2(!resumed.error, resumed.error ? qPrintable(resumed.error->message) : "");
            QCOMPARE(resumed.finishedCount, 1);
            QCOMPARE(resumed.final.stage, Stage::Published);
            QCOMPARE(resumed.final.containerId, processing.containerId);
            // The post id the dead run never saved is found again (by the caption).
            QCOMPARE(resumed.final.remotePostId, run.final.remotePostId);
        }
        QCOMPARE(count(QStringLiteral("instagram.graph.media.publish")), publishes);
        QCOMPARE(count(QStringLiteral("instagram.rupload")), uploads);
        QCOMPARE(count(QStringLiteral("instagram.graph.media.create")), 1);
        QCOMPARE(worldArray(QStringLiteral("media")).size(), media);
        QCOMPARE(publishRequestsFor(processing.containerId), 1);
    }

    void resumingFromPublishedMakesNoRequest()
    {
        auto p = publisher();
        PublishCheckpoint done;
        done.stage = Stage::Published;
        done.containerId = QStringLiteral("17900000000000001");
        done.remotePostId = QStringLiteral("17910000000000001");
        const Run run = publish(*p, done);
        QVERIFY(!run.error);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.final.stage, Stage::Published);
        QCOMPARE(run.final.remotePostId, done.remotePostId);
        QVERIFY(run.checkpoints.isEmpty());
        QCOMPARE(m_server.recorder().all().size(), 0);
    }

    void processingFailureIsMediaRejectedWithTheReason()
    {
        FaultRule fault;
        fault.action = FaultRule::Action::ProcessingFailed;
        fault.endpoint = QStringLiteral("instagram.rupload");
        fault.reason = QStringLiteral("The video codec is not supported (2207026)");
        m_server.faults().add(fault);
        auto p = publisher();
        const Run run = publish(*p, PublishCheckpoint());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, PlatformError::Kind::MediaRejected);
        QCOMPARE(run.final.stage, Stage::Failed);
        QVERIFY2(run.final.failureReason.contains(fault.reason), qPrintable(run.final.failureReason));
        QCOMPARE(run.checkpoints.last().stage, Stage::Failed);
        QCOMPARE(count(QStringLiteral("instagram.graph.media.publish")), 0);
    }

    void expiredContainerOnResumeFails()
    {
        FaultRule drop;
        drop.action = FaultRule::Action::Drop;
        drop.endpoint = QStringLiteral("instagram.rupload");
        drop.method = "POST";
        m_server.faults().add(drop);
        auto p = publisher();
        const Run first = publish(*p, PublishCheckpoint());
        QVERIFY(first.error);
        QCOMPARE(first.final.stage, Stage::Uploading);
        m_server.clock().advance(25h); // containers expire after 24 h
        const Run second = publish(*p, first.final);
        QVERIFY(second.error);
        QCOMPARE(second.final.stage, Stage::Failed);
        QCOMPARE(second.final.failureReason, QStringLiteral("expired"));
        QCOMPARE(count(QStringLiteral("instagram.graph.media.create")), 1);
        QCOMPARE(count(QStringLiteral("instagram.rupload"), "POST"), 1); // only the dropped one
    }

    void metricsCountLikesAndComments()
    {
        auto p = publisher();
        const Run run = publish(*p, PublishCheckpoint());
        QCOMPARE(run.final.stage, Stage::Published);
        m_simulator->addComments(run.final.remotePostId, 3);
        const QJsonArray comments = worldArray(QStringLiteral("comments"));
        const qsizetype expected = std::count_if(comments.begin(), comments.end(), [&](const QJsonValue &c) {
            return c.toObject().value(QStringLiteral("media_id")).toString() == run.final.remotePostId;
        });
        QVERIFY(expected >= 3);
        std::optional<PlatformOutcome<PostMetrics>> metrics;
        p->metrics(run.final.remotePostId, m_tokens, this,
                   [&](const PlatformOutcome<PostMetrics> &r) { metrics = r; });
        QVERIFY(QTest::qWaitFor([&] { return metrics.has_value(); }, 5000));
        QVERIFY(metrics->ok());
        QCOMPARE(metrics->value->comments, std::optional<qint64>(expected));
        QVERIFY(metrics->value->likes.has_value());
        QVERIFY(*metrics->value->likes >= 3 * expected); // the simulator's likes grow with comments
        QVERIFY(!metrics->value->views.has_value());
    }

    void expiredTokenDuringTheUploadIsAuthExpired()
    {
        const OAuthTokens tokens = connectAccount(); // its own token: this test ends it
        QVERIFY(!tokens.accessToken.isEmpty());
        FaultRule fault;
        fault.action = FaultRule::Action::TokenExpired;
        fault.endpoint = QStringLiteral("instagram.rupload");
        m_server.faults().add(fault);
        auto p = publisher();
        const Run run = publish(*p, PublishCheckpoint(), tokens);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(run.final.stage, Stage::Uploading); // resumable with a new token
        QCOMPARE(run.final.uploadOffset, 0);
    }

    void publishingLimitIsQuotaExhausted()
    {
        FaultRule fault;
        fault.action = FaultRule::Action::QuotaExhausted;
        fault.endpoint = QStringLiteral("instagram.graph.media.publish");
        m_server.faults().add(fault);
        auto p = publisher();
        const Run run = publish(*p, PublishCheckpoint());
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, PlatformError::Kind::QuotaExhausted);
        QVERIFY(run.error->until.isValid());
        QCOMPARE(run.final.stage, Stage::Processing); // resumable once the limit frees up
        QCOMPARE(count(QStringLiteral("instagram.graph.media.publish")), 1);
        QVERIFY(worldArray(QStringLiteral("media")).size() >= 1);
        m_server.clock().advance(25h); // the limit frees up for anything after this
    }

    void publishingLimitCountsWhatWasPublished()
    {
        m_server.clock().advance(25h); // earlier tests' posts leave the 24 h window
        auto p = publisher();
        const auto fresh = publishingLimit(*p, m_tokens);
        QVERIFY(fresh.has_value());
        QVERIFY2(fresh->ok(), fresh->error ? qPrintable(fresh->error->message) : "");
        QCOMPARE(fresh->value->quotaUsage, 0);
        QCOMPARE(fresh->value->quotaTotal, 50); // the simulator's total, read from the answer
        QCOMPARE(fresh->value->quotaDurationSeconds, qint64{86400});

        const auto asked
            = m_server.recorder().forEndpoint(QStringLiteral("instagram.graph.publishing_limit"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().method, QByteArray("GET"));
        QCOMPARE(asked.first().status, 200);
        QVERIFY2(asked.first().path.endsWith(
                     QString(QLatin1Char('/') + m_igUserId + QStringLiteral("/content_publishing_limit"))),
                 qPrintable(asked.first().path));
        QCOMPARE(QUrlQuery(asked.first().query).queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
                 QStringLiteral("quota_usage,config"));

        const Run run = publish(*p, PublishCheckpoint());
        QVERIFY2(!run.error, run.error ? qPrintable(run.error->message) : "");
        QCOMPARE(run.final.stage, Stage::Published);
        const auto afterOne = publishingLimit(*p, m_tokens);
        QVERIFY(afterOne.has_value());
        QVERIFY2(afterOne->ok(), afterOne->error ? qPrintable(afterOne->error->message) : "");
        QCOMPARE(afterOne->value->quotaUsage, 1);
        QCOMPARE(afterOne->value->quotaTotal, 50);

        // Exhausted (the simulator says usage = total): reported as is, not as an error.
        FaultRule exhausted;
        exhausted.action = FaultRule::Action::QuotaExhausted;
        exhausted.endpoint = QStringLiteral("instagram.graph.publishing_limit");
        m_server.faults().add(exhausted);
        const auto full = publishingLimit(*p, m_tokens);
        QVERIFY(full.has_value());
        QVERIFY2(full->ok(), full->error ? qPrintable(full->error->message) : "");
        QCOMPARE(full->value->quotaUsage, 50);
        QCOMPARE(full->value->quotaTotal, 50);
        m_server.clock().advance(25h); // the limit frees up for anything after this
    }

    void publishingLimitWithABadTokenIsAuthExpired()
    {
        auto p = publisher();
        OAuthTokens invalid = m_tokens;
        invalid.accessToken = QStringLiteral("EAAG-not-a-token-the-simulator-issued");
        const auto unknown = publishingLimit(*p, invalid);
        QVERIFY(unknown.has_value());
        QVERIFY(!unknown->ok());
        QVERIFY(unknown->error.has_value());
        QCOMPARE(unknown->error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(unknown->error->code, QStringLiteral("190"));

        const OAuthTokens tokens = connectAccount(); // its own token: this test ends it
        QVERIFY(!tokens.accessToken.isEmpty());
        FaultRule expired;
        expired.action = FaultRule::Action::TokenExpired;
        expired.endpoint = QStringLiteral("instagram.graph.publishing_limit");
        m_server.faults().add(expired);
        const auto lapsed = publishingLimit(*p, tokens);
        QVERIFY(lapsed.has_value());
        QVERIFY(!lapsed->ok());
        QVERIFY(lapsed->error.has_value());
        QCOMPARE(lapsed->error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(lapsed->error->code, QStringLiteral("190/463"));
        QCOMPARE(count(QStringLiteral("instagram.graph.publishing_limit")), 2);
    }

    void publishingLimitWithoutABusinessAccountAsksNothing()
    {
        auto p = std::make_unique<InstagramPublisher>(&m_nam, *m_endpoints, QString());
        const auto limit = publishingLimit(*p, m_tokens);
        QVERIFY(limit.has_value());
        QVERIFY(!limit->ok());
        QCOMPARE(limit->error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(m_server.recorder().all().size(), 0);
    }
};

TRAVELFLOW_TEST_MAIN(TestInstagramPublisher, QCoreApplication)
#include "test_instagram_publisher.moc"
