// TikTok publishing against the simulator over real HTTP: creator_info, direct and inbox
// init, the chunked upload streamed from real files, status polling, checkpoints in the
// documented order, resuming without a second init, TikTok's failures as typed errors, and the
// creator_info query on its own.

#include "common/oauth_loopback.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/sandbox_oauth.h"
#include "support/test_env.h"
#include "tiktok/tiktok_auth.h"
#include "tiktok/tiktok_publisher.h"
#include "tiktok_simulator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace travelflow;
using namespace travelflow::sandbox;
using Stage = PublishCheckpoint::Stage;

namespace {

constexpr qint64 kMiB = qint64{1024} * 1024;
constexpr qint64 kChunk = 5 * kMiB;

// A file of `size` deterministic pseudo-random bytes; returns its SHA-256 (hex).
QString writeFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    quint32 x = 2463534242U ^ static_cast<quint32>(size);
    QByteArray block(static_cast<qsizetype>(kMiB), Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        for (char &c : block) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = static_cast<char>(x & 0xff);
        }
        const QByteArray part = block.left(static_cast<qsizetype>(std::min(kMiB, size - written)));
        file.write(part);
        hash.addData(part);
        written += part.size();
    }
    return QString::fromLatin1(hash.result().toHex());
}

struct Run
{
    QList<PublishCheckpoint> checkpoints;
    QList<qint64> progress;
    int finishedCount = 0;
    PublishCheckpoint final;
    std::optional<PlatformError> error;
};

} // namespace

class TestTikTokPublisher : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<TikTokAuth> m_auth;
    std::unique_ptr<TikTokPublisher> m_publisher;
    test::HttpClient m_http;
    OAuthTokens m_tokens;
    QString m_small; // 2 MiB: one chunk
    QString m_medium; // 3 chunks of 5 MiB, the last one + 12345 bytes
    QString m_large; // 7 chunks of 5 MiB, the last one + 12345 bytes
    QMap<QString, QString> m_sha;

    OAuthTokens connect() { return test::connectThroughBrowser(*m_auth).value_or(OAuthTokens()); }

    PublishSpec spec(const QString &path, const QString &privacy = QStringLiteral("SELF_ONLY")) const
    {
        PublishSpec s;
        s.filePath = path;
        s.fileSize = QFileInfo(path).size();
        s.caption.caption = QStringLiteral("Lisbon at dawn #travel");
        s.caption.privacy = privacy;
        return s;
    }

    // Runs one publish to its end. The simulator finishes processing 5 s after the upload:
    // its clock jumps ahead as soon as the operation says it is processing.
    Run run(const PublishSpec &s, const PublishCheckpoint &from = PublishCheckpoint(),
            const OAuthTokens *tokens = nullptr)
    {
        Run r;
        auto op = m_publisher->publish(s, from, tokens ? *tokens : m_tokens);
        QObject::connect(
            op.get(), &PublishOperation::checkpoint, op.get(),
            [&](const PublishCheckpoint &cp) {
                r.checkpoints.append(cp);
                if (cp.stage == Stage::Processing)
                    m_server.clock().advance(std::chrono::seconds(6));
            },
            Qt::DirectConnection);
        QObject::connect(op.get(), &PublishOperation::progress, op.get(),
                         [&](qint64 sent, qint64) { r.progress.append(sent); });
        QObject::connect(op.get(), &PublishOperation::finished, op.get(),
                         [&](const PublishCheckpoint &cp, const std::optional<PlatformError> &e) {
                             ++r.finishedCount;
                             r.final = cp;
                             r.error = e;
                         });
        // A real event loop (not qWaitFor's sleeps): Qt's HTTP thread pulls the upload body
        // from this thread in small reads.
        QEventLoop loop;
        QObject::connect(op.get(), &PublishOperation::finished, &loop, &QEventLoop::quit,
                         Qt::QueuedConnection);
        QTimer::singleShot(8000, &loop, &QEventLoop::quit);
        op->start();
        loop.exec();
        if (r.finishedCount == 0)
            qWarning("the publish did not finish in time");
        QTest::qWait(30); // finished() must not come twice
        return r;
    }

    QJsonObject worldUpload(const QString &publishId)
    {
        const QJsonArray uploads = m_server.world()
                                       .value(QStringLiteral("tiktok"))
                                       .toObject()
                                       .value(QStringLiteral("uploads"))
                                       .toArray();
        for (const QJsonValue &v : uploads) {
            if (v.toObject().value(QStringLiteral("publish_id")).toString() == publishId)
                return v.toObject();
        }
        return {};
    }

    qsizetype requests(const char *endpoint)
    {
        return m_server.recorder().forEndpoint(QLatin1String(endpoint)).size();
    }

    std::optional<PlatformOutcome<TikTokCreatorInfo>> creatorInfo(const OAuthTokens &tokens)
    {
        std::optional<PlatformOutcome<TikTokCreatorInfo>> info;
        m_publisher->creatorInfo(tokens, this,
                                 [&](const PlatformOutcome<TikTokCreatorInfo> &o) { info = o; });
        if (!QTest::qWaitFor([&] { return info.has_value(); }, 5000))
            qWarning("creatorInfo did not answer in time");
        return info;
    }

    qint64 uploadedBodyBytes()
    {
        qint64 sum = 0;
        for (const RecordedRequest &r : m_server.recorder().forEndpoint(QStringLiteral("tiktok.upload")))
            sum += r.bodySize;
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.add<TikTokSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        QFile file(m_dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_server.endpoints()).toJson());
        file.close();
        const auto endpoints = EndpointTable::fromFile(file.fileName(), &error);
        QVERIFY2(endpoints, qPrintable(error));
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("tiktok"));
        m_auth = std::make_unique<TikTokAuth>(
            &m_nam, *endpoints,
            AppCredentials{client.clientId, client.clientSecret, AppCredentials::Source::Environment});
        TikTokPublisherOptions options;
        options.chunkSize = kChunk;
        options.pollIntervalMs = 50;
        options.maxProcessingWaitMs = 5000;
        m_publisher = std::make_unique<TikTokPublisher>(&m_nam, *endpoints, options);

        m_small = m_dir.filePath(QStringLiteral("small.mp4"));
        m_medium = m_dir.filePath(QStringLiteral("medium.mp4"));
        m_large = m_dir.filePath(QStringLiteral("large.mp4"));
        m_sha[m_small] = writeFile(m_small, 2 * kMiB);
        m_sha[m_medium] = writeFile(m_medium, 3 * kChunk + 12345);
        m_sha[m_large] = writeFile(m_large, 7 * kChunk + 12345);
        QCOMPARE(QFileInfo(m_medium).size(), 3 * kChunk + 12345);
    }

    void init()
    {
        m_tokens = connect(); // a fresh token: fresh rate-limit windows
        QVERIFY(!m_tokens.accessToken.isEmpty());
        m_server.recorder().clear();
    }

    void cleanup() { m_server.faults().clear(); }

    void chunkPlanFollowsTikToksRules()
    {
        const auto one = TikTokChunkPlan::make(2 * kMiB, 10'000'000);
        QCOMPARE(one.chunkCount, 1);
        QCOMPARE(one.chunkSize, 2 * kMiB);
        const auto doc = TikTokChunkPlan::make(50'000'123, 10'000'000); // platform-apis.md's example
        QCOMPARE(doc.chunkCount, 5);
        QCOMPARE(doc.first(4), qint64{40'000'000});
        QCOMPARE(doc.last(4), qint64{50'000'122});
        const auto between = TikTokChunkPlan::make(6 * kMiB, 10'000'000); // 5-10 MB: one whole chunk
        QCOMPARE(between.chunkCount, 1);
        QCOMPARE(between.chunkSize, 6 * kMiB);
        const auto small = TikTokChunkPlan::make(100 * kMiB, 1000); // kept at 5 MiB at least
        QCOMPARE(small.chunkSize, kChunk);
        QCOMPARE(small.chunkCount, 20);
        QCOMPARE(doc.chunkAtOrAfter(0), 0);
        QCOMPARE(doc.chunkAtOrAfter(20'000'000), 2);
        QCOMPARE(doc.chunkAtOrAfter(20'000'001), 3);
        QCOMPARE(doc.chunkAtOrAfter(50'000'123), 5);
    }

    void publishesDirectlyInChunksWithCheckpointsInOrder()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Run r = run(spec(m_medium));
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.finishedCount, 1);
        QCOMPARE(r.final.stage, Stage::Published);
        QVERIFY(!r.final.remotePostId.isEmpty());

        QCOMPARE(r.checkpoints.size(), 5);
        const QList<qint64> offsets{0, kChunk, 2 * kChunk};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.checkpoints.at(i).stage, Stage::Uploading);
            QCOMPARE(r.checkpoints.at(i).uploadOffset, offsets.at(i));
        }
        const PublishCheckpoint &first = r.checkpoints.first();
        QVERIFY(first.publishId.startsWith(QStringLiteral("v_pub_file")));
        QVERIFY(first.uploadUrl.contains(QStringLiteral("/tiktok/upload/")));
        QVERIFY(first.uploadUrlExpiresAt >= before.addSecs(3590));
        QVERIFY(first.uploadUrlExpiresAt <= QDateTime::currentDateTimeUtc().addSecs(3601));
        QCOMPARE(r.checkpoints.at(3).stage, Stage::Processing);
        QCOMPARE(r.checkpoints.at(4).stage, Stage::Published);
        QCOMPARE(r.checkpoints.at(4).remotePostId, r.final.remotePostId);
        QCOMPARE(r.final.publishId, first.publishId);
        QCOMPARE(r.progress.last(), QFileInfo(m_medium).size());

        const QJsonObject upload = worldUpload(first.publishId);
        QCOMPARE(upload.value(QStringLiteral("sha256")).toString(), m_sha.value(m_medium));
        QCOMPARE(upload.value(QStringLiteral("kind")).toString(), QStringLiteral("direct"));
        QCOMPARE(upload.value(QStringLiteral("privacy_level")).toString(), QStringLiteral("SELF_ONLY"));
        QCOMPARE(upload.value(QStringLiteral("title")).toString(), QStringLiteral("Lisbon at dawn #travel"));
        QCOMPARE(requests("tiktok.api.creator_info"), 1);
        QCOMPARE(requests("tiktok.api.video.init"), 1);
        const auto puts = m_server.recorder().forEndpoint(QStringLiteral("tiktok.upload"));
        QCOMPARE(puts.size(), 3);
        const QByteArray total = QByteArray::number(3 * kChunk + 12345);
        QCOMPARE(puts.at(0).headers.value("content-range"), "bytes 0-5242879/" + total);
        QCOMPARE(puts.at(2).headers.value("content-range"),
                 "bytes 10485760-" + QByteArray::number(3 * kChunk + 12344) + '/' + total);
        QCOMPARE(puts.at(2).bodySize, kChunk + 12345);
        QCOMPARE(puts.at(0).headers.value("content-type"), QByteArrayLiteral("video/mp4"));
    }

    void inboxModeEndsInTheCreatorsInbox()
    {
        PublishSpec s = spec(m_small, QString()); // drafts need no privacy choice
        s.options.insert(QStringLiteral("mode"), QStringLiteral("inbox"));
        const Run r = run(s);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.final.stage, Stage::Published);
        QVERIFY(r.final.remotePostId.isEmpty());
        QCOMPARE(r.checkpoints.size(), 3); // Uploading 0, Processing, Published
        QCOMPARE(r.checkpoints.at(0).uploadOffset, 0);
        QCOMPARE(r.checkpoints.at(1).stage, Stage::Processing);
        const QJsonObject upload = worldUpload(r.final.publishId);
        QCOMPARE(upload.value(QStringLiteral("status")).toString(), QStringLiteral("SEND_TO_USER_INBOX"));
        QCOMPARE(upload.value(QStringLiteral("kind")).toString(), QStringLiteral("inbox"));
        QCOMPARE(upload.value(QStringLiteral("sha256")).toString(), m_sha.value(m_small));
        QCOMPARE(requests("tiktok.api.inbox.init"), 1);
        QCOMPARE(requests("tiktok.api.video.init"), 0);
        QCOMPARE(m_server.recorder().forEndpoint(QStringLiteral("tiktok.upload")).first().bodySize, 2 * kMiB);
    }

    void missingPrivacyStopsBeforeInit()
    {
        const Run r = run(spec(m_small, QString()));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(r.error->field, QStringLiteral("privacy"));
        QCOMPARE(r.finishedCount, 1);
        QVERIFY(r.checkpoints.isEmpty());
        QCOMPARE(requests("tiktok.api.video.init"), 0);
        QCOMPARE(requests("tiktok.upload"), 0);
    }

    void privacyNotOfferedStopsBeforeInit()
    {
        const Run r = run(spec(m_small, QStringLiteral("FRIENDS_OF_FRIENDS")));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(r.error->field, QStringLiteral("privacy"));
        QVERIFY(r.error->message.contains(QStringLiteral("SELF_ONLY"))); // names what is offered
        QCOMPARE(requests("tiktok.api.creator_info"), 1);
        QCOMPARE(requests("tiktok.api.video.init"), 0);
    }

    void droppedChunkResumesWithoutASecondInit()
    {
        FaultRule drop;
        drop.action = FaultRule::Action::Drop;
        drop.endpoint = QStringLiteral("tiktok.upload");
        drop.skip = 1;
        m_server.faults().add(drop);
        const qint64 size = QFileInfo(m_large).size();

        const Run first = run(spec(m_large));
        QVERIFY(first.error);
        QCOMPARE(first.error->kind, PlatformError::Kind::Transient);
        QCOMPARE(first.finishedCount, 1);
        QVERIFY(!first.checkpoints.isEmpty());
        const PublishCheckpoint last = first.checkpoints.last();
        QCOMPARE(last.stage, Stage::Uploading);
        QCOMPARE(last.uploadOffset, kChunk); // the first chunk was acknowledged
        QCOMPARE(requests("tiktok.api.video.init"), 1);

        const Run second = run(spec(m_large), last);
        QVERIFY2(!second.error, second.error ? qPrintable(second.error->message) : "");
        QCOMPARE(second.final.stage, Stage::Published);
        QCOMPARE(second.final.publishId, last.publishId);
        QVERIFY(!second.final.remotePostId.isEmpty());
        QCOMPARE(requests("tiktok.api.video.init"), 1); // no second init
        QCOMPARE(second.checkpoints.first().stage, Stage::Uploading);
        QCOMPARE(second.checkpoints.first().uploadOffset, kChunk);
        QVERIFY2(uploadedBodyBytes() < size * 12 / 10, qPrintable(QString::number(uploadedBodyBytes())));
        QCOMPARE(worldUpload(last.publishId).value(QStringLiteral("sha256")).toString(),
                 m_sha.value(m_large));
    }

    void rangeMismatchRealignsOnceFromTikToksCount()
    {
        FaultRule mismatch;
        mismatch.action = FaultRule::Action::Status;
        mismatch.status = 416;
        mismatch.endpoint = QStringLiteral("tiktok.upload");
        mismatch.skip = 1;
        m_server.faults().add(mismatch);
        const Run r = run(spec(m_medium));
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.final.stage, Stage::Published);
        QCOMPARE(requests("tiktok.upload"), 4); // the refused chunk once more
        QCOMPARE(worldUpload(r.final.publishId).value(QStringLiteral("sha256")).toString(),
                 m_sha.value(m_medium));

        mismatch.skip = 0;
        mismatch.times = 2;
        m_server.faults().add(mismatch);
        const Run twice = run(spec(m_small));
        QVERIFY(twice.error);
        QCOMPARE(twice.error->kind, PlatformError::Kind::Permanent);
        QCOMPARE(twice.error->code, QStringLiteral("upload_range_mismatch"));
        QCOMPARE(requests("tiktok.api.video.init"), 2);
    }

    void expiredUploadUrlOnResumeIsPermanent()
    {
        FaultRule drop;
        drop.action = FaultRule::Action::Drop;
        drop.endpoint = QStringLiteral("tiktok.upload");
        drop.skip = 1;
        m_server.faults().add(drop);
        const Run first = run(spec(m_medium));
        QVERIFY(first.error);
        m_server.clock().advance(std::chrono::minutes(61));
        m_tokens = connect();
        const Run second = run(spec(m_medium), first.checkpoints.last());
        QVERIFY(second.error);
        QCOMPARE(second.error->kind, PlatformError::Kind::Permanent);
        QCOMPARE(second.error->code, QStringLiteral("upload_url_expired"));
        QCOMPARE(requests("tiktok.api.video.init"), 1);
    }

    void processingFailureIsMediaRejected()
    {
        FaultRule failing;
        failing.action = FaultRule::Action::ProcessingFailed;
        failing.endpoint = QStringLiteral("tiktok.upload");
        failing.reason = QStringLiteral("duration_check_failed");
        m_server.faults().add(failing);
        const Run r = run(spec(m_small));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PlatformError::Kind::MediaRejected);
        QVERIFY(r.error->message.contains(QStringLiteral("duration_check_failed")));
        QCOMPARE(r.final.stage, Stage::Failed);
        QCOMPARE(r.final.failureReason, QStringLiteral("duration_check_failed"));
        QCOMPARE(r.checkpoints.last().stage, Stage::Failed);
    }

    void resumeFromPublishedMakesNoRequest()
    {
        PublishCheckpoint done;
        done.stage = Stage::Published;
        done.publishId = QStringLiteral("v_pub_file~v2-1.1234");
        done.remotePostId = QStringLiteral("7123456789012345678");
        const Run r = run(spec(m_small), done);
        QVERIFY(!r.error);
        QCOMPARE(r.finishedCount, 1);
        QCOMPARE(r.final.stage, Stage::Published);
        QCOMPARE(r.final.remotePostId, done.remotePostId);
        QVERIFY(r.checkpoints.isEmpty());
        QCOMPARE(m_server.recorder().all().size(), 0);
    }

    void statusAndMetricsOfAPublishedPost()
    {
        const Run r = run(spec(m_small));
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        PublishCheckpoint asked = r.checkpoints.first(); // Uploading, as a crashed run left it
        std::optional<PlatformOutcome<PublishCheckpoint>> status;
        m_publisher->status(asked, m_tokens, this, [&](const auto &o) { status = o; });
        QVERIFY(QTest::qWaitFor([&] { return status.has_value(); }, 5000));
        QVERIFY(status->ok());
        QCOMPARE(status->value->stage, Stage::Published);
        QCOMPARE(status->value->remotePostId, r.final.remotePostId);

        m_server.clock().advance(std::chrono::minutes(30));
        std::optional<PlatformOutcome<PostMetrics>> metrics;
        m_publisher->metrics(r.final.remotePostId, m_tokens, this, [&](const auto &o) { metrics = o; });
        QVERIFY(QTest::qWaitFor([&] { return metrics.has_value(); }, 5000));
        QVERIFY2(metrics->ok(), metrics->error ? qPrintable(metrics->error->message) : "");
        QVERIFY(metrics->value->views.value_or(0) > 0);
        QVERIFY(metrics->value->likes.has_value());
        QVERIFY(metrics->value->comments.has_value());
        QVERIFY(metrics->value->shares.has_value());
        QCOMPARE(requests("tiktok.api.video.query"), 1);
    }

    void creatorInfoReportsTheCreatorsOptions()
    {
        const auto info = creatorInfo(m_tokens);
        QVERIFY(info.has_value());
        QVERIFY2(info->ok(), info->error ? qPrintable(info->error->message) : "");
        QVERIFY(!info->error);
        const QStringList offered{QStringLiteral("PUBLIC_TO_EVERYONE"),
                                  QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
                                  QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("SELF_ONLY")};
        QCOMPARE(info->value->privacyLevelOptions, offered);
        QCOMPARE(info->value->nickname, QStringLiteral("Sandbox Traveller"));
        QCOMPARE(info->value->username, QStringLiteral("sandbox.traveller"));
        QCOMPARE(info->value->commentDisabled, false);
        QCOMPARE(info->value->duetDisabled, false);
        QCOMPARE(info->value->stitchDisabled, true);
        QCOMPARE(info->value->maxVideoPostDurationSec, 600);

        const auto recorded = m_server.recorder().forEndpoint(QStringLiteral("tiktok.api.creator_info"));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().method, QByteArray("POST"));
        QVERIFY2(recorded.first().path.endsWith(QStringLiteral("/v2/post/publish/creator_info/query/")),
                 qPrintable(recorded.first().path));
        QCOMPARE(recorded.first().status, 200);
        QCOMPARE(m_server.recorder().all().size(), 1); // nothing else was asked
    }

    void creatorInfoWithAnInvalidOrRevokedTokenIsAuthExpired()
    {
        OAuthTokens invalid = m_tokens;
        invalid.accessToken = QStringLiteral("act.not-a-token-the-simulator-issued");
        const auto unknown = creatorInfo(invalid);
        QVERIFY(unknown.has_value());
        QVERIFY(!unknown->ok());
        QVERIFY(unknown->error.has_value());
        QCOMPARE(unknown->error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(unknown->error->code, QStringLiteral("access_token_invalid"));
        QCOMPARE(unknown->error->httpStatus, 401);

        std::optional<std::optional<PlatformError>> revoked;
        m_auth->revoke(m_tokens, this, [&](const std::optional<PlatformError> &e) { revoked = e; });
        QVERIFY(QTest::qWaitFor([&] { return revoked.has_value(); }, 5000));
        QVERIFY2(!*revoked, *revoked ? qPrintable((*revoked)->message) : "");
        const auto afterRevoke = creatorInfo(m_tokens);
        QVERIFY(afterRevoke.has_value());
        QVERIFY(!afterRevoke->ok());
        QVERIFY(afterRevoke->error.has_value());
        QCOMPARE(afterRevoke->error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(requests("tiktok.api.creator_info"), 2);
    }

    void creatorInfoSkipsACallbackWhoseContextIsGone()
    {
        auto *context = new QObject;
        bool called = false;
        m_publisher->creatorInfo(m_tokens, context,
                                 [&](const PlatformOutcome<TikTokCreatorInfo> &) { called = true; });
        delete context;
        QVERIFY(QTest::qWaitFor([&] { return requests("tiktok.api.creator_info") == 1; }, 5000));
        QTest::qWait(300); // the answer arrives, and must go nowhere
        QVERIFY(!called);
    }

    void expiredTokenDuringPublishIsAuthExpiredAndResumesByPolling()
    {
        FaultRule expired;
        expired.action = FaultRule::Action::TokenExpired;
        expired.endpoint = QStringLiteral("tiktok.api.status");
        m_server.faults().add(expired);
        const Run r = run(spec(m_medium));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(r.checkpoints.last().stage, Stage::Processing);

        std::optional<PlatformOutcome<OAuthTokens>> refreshed;
        m_auth->refresh(m_tokens, this, [&](const auto &o) { refreshed = o; });
        QVERIFY(QTest::qWaitFor([&] { return refreshed.has_value(); }, 5000));
        QVERIFY(refreshed->ok());
        const Run again = run(spec(m_medium), r.checkpoints.last(), &*refreshed->value);
        QVERIFY2(!again.error, again.error ? qPrintable(again.error->message) : "");
        QCOMPARE(again.final.stage, Stage::Published);
        QCOMPARE(requests("tiktok.api.video.init"), 1);
        QCOMPARE(requests("tiktok.upload"), 3);
    }
};

TRAVELFLOW_TEST_MAIN(TestTikTokPublisher, QCoreApplication)
#include "test_tiktok_publisher.moc"
