// The publishing queue against the simulator over real HTTP, with SQLite and the real
// Secret Service. The fault matrix: every simulator fault on every platform it applies to
// ends in published (exactly one post on the platform) or in needs_attention with a
// readable reason, never stuck in queued/uploading/processing. And the queue's behaviour:
// Retry-After holds the whole platform, a quota waits for its reset and resumes by itself,
// a persistent error gives up after the attempts and Retry publishes, a reconnect
// continues the job, a stopped queue resumes in a new one without a second session,
// YouTube schedules natively while TikTok waits in the queue, cancel stops a running job.

#include "accounts/account_tokens.h"
#include "publishing/post_composer.h"
#include "publishing/publish_queue.h"
#include "sandbox_server.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_world.h"
#include "support/test_clips.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

#include <chrono>

using namespace travelflow;
using namespace travelflow::sandbox;
using namespace std::chrono_literals;
using State = PublishJob::State;

namespace {

const QStringList kPlatforms{QStringLiteral("tiktok"), QStringLiteral("instagram"),
                             QStringLiteral("youtube")};
const QList<State> kActive{State::Queued, State::Uploading, State::Processing};

// 21 MB: two TikTok chunks of 10 MB, three YouTube chunks of 8 MiB.
constexpr qint64 kBigFileBytes = 21'000'000;

// Runs a real event loop (Qt's HTTP thread pulls upload bodies from this thread) until
// `done` holds or `timeoutMs` passed.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

// A file of deterministic pseudo-random bytes; returns its SHA-256 (hex).
QString writeFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    quint32 x = 2463534242U;
    for (char &c : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x & 0xff);
    }
    file.write(bytes);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString fileSha(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? QString::fromLatin1(hash.result().toHex())
                                                                 : QString();
}

FaultRule rule(const char *json)
{
    QString error;
    const auto parsed = FaultRule::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!parsed)
        qWarning() << "bad fault rule" << json << error;
    return parsed.value_or(FaultRule());
}

// One of three names, by platform.
QString byPlatform(const QString &platform, const char *tiktok, const char *instagram, const char *youtube)
{
    return QLatin1String(platform == QLatin1String("tiktok")          ? tiktok
                             : platform == QLatin1String("instagram") ? instagram
                                                                      : youtube);
}

// The call that opens an upload on the platform: a second one would be a second post.
QString sessionEndpoint(const QString &platform)
{
    return byPlatform(platform, "tiktok.api.video.init", "instagram.graph.media.create",
                      "youtube.upload.start");
}

bool isFinal(State state)
{
    return !kActive.contains(state);
}

} // namespace

class TestPublishQueue : public QObject
{
    Q_OBJECT

    test::SandboxWorld m_world;
    SecretStore m_secrets;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AccountTokens> m_tokens;
    QMap<QString, qint64> m_accounts; // platform name -> account id
    qint64 m_clip = 0; // a real 2 s H.264 clip: one request or chunk everywhere
    qint64 m_big = 0; // kBigFileBytes
    QString m_bigSha; // SHA-256 of its file

    QDateTime now() { return m_world.server().clock().now(); }

    bool connectAccount(const QString &platform)
    {
        const auto account = test::connectSandboxAccount(m_world.database(), m_secrets, &m_nam,
                                                         m_world.endpoints(), *platformFromName(platform));
        if (account)
            m_accounts.insert(platform, account->id);
        return account.has_value();
    }

    qint64 addVideo(const QString &path)
    {
        Video v;
        v.path = path;
        v.fingerprint = fileSha(path);
        v.sizeBytes = QFileInfo(path).size();
        v.container = QStringLiteral("mp4");
        v.durationMs = 2000;
        const auto id = VideoRepository(m_world.database().connection()).insert(v);
        return id ? *id : 0;
    }

    // Fast and deterministic: the simulator's clock, no jitter, 3 attempts 1-2 s apart.
    std::unique_ptr<PublishQueue> makeQueue()
    {
        PublishQueue::Options options;
        options.clock = [this] { return now(); };
        options.random = [] { return 0.0; };
        options.retry = RetryPolicy::Config{3, 1, 2};
        options.tuning.pollIntervalMs = 50;
        options.tickMs = 20;
        auto queue = std::make_unique<PublishQueue>(m_world.database(), *m_tokens, &m_nam,
                                                    m_world.endpoints(), options);
        // TikTok processes a video for 5 s, Instagram for 10 s: time jumps instead.
        connect(queue.get(), &PublishQueue::jobChanged, this, [this](qint64, State state) {
            if (state == State::Processing)
                m_world.server().clock().advance(11s);
        });
        return queue;
    }

    PostRequest request(const QStringList &platforms, qint64 video)
    {
        PostRequest r;
        r.videoId = video;
        for (const QString &platform : platforms)
            r.accountIds.append(m_accounts.value(platform));
        r.title = QStringLiteral("Lisbon trams");
        r.caption = QStringLiteral("Tram 28 at dawn #lisbon");
        r.privacy = QStringLiteral("public");
        return r;
    }

    QList<qint64> enqueue(const PostRequest &r)
    {
        PostComposer composer(m_world.database(), *m_tokens, &m_nam, m_world.endpoints());
        composer.setClock([this] { return now(); });
        std::optional<Expected<PostComposition>> result;
        composer.enqueue(r, [&](const Expected<PostComposition> &c) { result = c; });
        if (!waitUntil([&] { return result.has_value(); }) || !*result || !(*result)->problems.isEmpty())
            return {};
        return (*result)->jobIds;
    }

    PublishJob job(qint64 id)
    {
        const auto found = PublishJobRepository(m_world.database().connection()).get(id);
        return found && *found ? **found : PublishJob();
    }

    bool settled(qint64 id)
    {
        return waitUntil([&] { return isFinal(job(id).state); });
    }
    bool reaches(qint64 id, State state)
    {
        return waitUntil([&] { return job(id).state == state; });
    }

    QList<PublishJob> jobsIn(const QList<State> &states)
    {
        return PublishJobRepository(m_world.database().connection()).listByState(states).value();
    }

    // Requests the platform answered with 2xx or YouTube's 308 ("resume incomplete").
    QList<RecordedRequest> accepted(const QString &endpoint)
    {
        QList<RecordedRequest> ok = m_world.server().recorder().forEndpoint(endpoint);
        ok.removeIf(
            [](const RecordedRequest &r) { return !(r.status >= 200 && r.status < 300) && r.status != 308; });
        return ok;
    }

    int answered(const QString &endpoint) { return static_cast<int>(accepted(endpoint).size()); }

    // The bytes the platform took on its upload endpoint.
    qint64 uploadedBytes(const QString &platform)
    {
        qint64 sum = 0;
        for (const RecordedRequest &r :
             accepted(byPlatform(platform, "tiktok.upload", "instagram.rupload", "youtube.upload.put")))
            sum += r.bodySize;
        return sum;
    }

    // What the platform shows as published (YouTube: uploaded videos that did not fail).
    QJsonArray published(const QString &platform)
    {
        const QJsonObject world = m_world.server().world().value(platform).toObject();
        if (platform == QLatin1String("tiktok"))
            return world.value(QStringLiteral("posts")).toArray();
        if (platform == QLatin1String("instagram"))
            return world.value(QStringLiteral("media")).toArray();
        QJsonArray ok;
        for (const QJsonValue &v : world.value(QStringLiteral("videos")).toArray()) {
            if (v.toObject().value(QStringLiteral("uploadStatus")).toString() != QLatin1String("failed"))
                ok.append(v);
        }
        return ok;
    }

    // The platform's published posts that are this job's.
    QList<QJsonObject> postsOf(const QString &platform, const PublishJob &j)
    {
        const bool tiktok = platform == QLatin1String("tiktok");
        const QString key = tiktok ? QStringLiteral("publish_id") : QStringLiteral("id");
        const QString id = tiktok ? j.publishId : j.remotePostId;
        QList<QJsonObject> found;
        for (const QJsonValue &v : published(platform)) {
            if (!id.isEmpty() && v.toObject().value(key).toString() == id)
                found.append(v.toObject());
        }
        return found;
    }

    // The SHA-256 of the bytes the platform received for the job.
    QString uploadedSha(const QString &platform, const PublishJob &j)
    {
        const QJsonObject world = m_world.server().world().value(platform).toObject();
        const QString key = byPlatform(platform, "publish_id", "id", "id");
        const QString id = platform == QLatin1String("tiktok") ? j.publishId
            : platform == QLatin1String("instagram")           ? j.containerId
                                                               : j.remotePostId;
        for (const QJsonValue &v :
             world.value(byPlatform(platform, "uploads", "containers", "videos")).toArray()) {
            if (v.toObject().value(key).toString() == id)
                return v.toObject().value(QStringLiteral("sha256")).toString();
        }
        return {};
    }

    // When the platform said its quota resets, as the queue (on the simulator's clock) takes
    // it: a time already behind that clock means "in 24 hours".
    QDateTime quotaReset(const QString &platform)
    {
        const QDateTime real = QDateTime::currentDateTimeUtc();
        QDateTime named = real.addDays(1); // TikTok's daily post cap, Instagram's 24 h window
        if (platform == QLatin1String("youtube")) { // midnight Pacific time
            const QTimeZone pacific("America/Los_Angeles");
            named = QDateTime(real.toTimeZone(pacific).date().addDays(1), QTime(0, 0), pacific).toUTC();
        }
        return named > now() ? named : now().addDays(1);
    }

    // Leaves no job behind that a later test's queue would pick up.
    void cancelUnfinished()
    {
        PublishQueue queue(m_world.database(), *m_tokens, &m_nam, m_world.endpoints(),
                           PublishQueue::Options());
        for (const PublishJob &j : jobsIn(kActive + QList<State>{State::NeedsAttention, State::Failed}))
            QVERIFY(queue.cancel(j.id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        m_tokens
            = std::make_unique<AccountTokens>(m_world.database(), m_secrets, &m_nam, m_world.endpoints());
        m_tokens->setClock([this] { return now(); }); // refreshed when the simulator says they expire
        for (const QString &platform : kPlatforms)
            QVERIFY2(connectAccount(platform), qPrintable(platform));

        const QString clip = test::TestClips::h264Mp4(m_world.path());
        QVERIFY(!clip.isEmpty());
        m_clip = addVideo(clip);
        const QString big = m_world.filePath(QStringLiteral("big.mp4"));
        m_bigSha = writeFile(big, kBigFileBytes);
        QVERIFY(!m_bigSha.isEmpty());
        m_big = addVideo(big);
        QVERIFY(m_clip > 0 && m_big > 0);
    }

    void init()
    {
        m_world.server().recorder().clear();
        m_world.server().clock().advance(61s); // the simulators' per-minute request windows start afresh
        for (const QString &platform : kPlatforms) {
            const auto account
                = AccountRepository(m_world.database().connection()).get(m_accounts.value(platform));
            if (!account || !*account || (*account)->status != Account::Status::Connected)
                QVERIFY2(connectAccount(platform), qPrintable(platform)); // an earlier test ended its grant
        }
    }

    void cleanup()
    {
        m_world.server().faults().clear();
        cancelUnfinished();
    }

    void faultMatrix_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("outcome"); // published or needs_attention
        QTest::addColumn<QString>("code"); // last_error_code of needs_attention
        QTest::addColumn<QString>("words"); // what last_error_text must say
        QTest::addColumn<int>("sessions"); // uploads opened on the platform

        const auto row = [](const char *name, const char *platform, const char *fault, const char *outcome,
                            const char *code, const char *words, int sessions) {
            QTest::newRow(name) << QString::fromLatin1(platform) << QByteArray(fault)
                                << QString::fromLatin1(outcome) << QString::fromLatin1(code)
                                << QString::fromUtf8(words) << sessions;
        };
        const char *published = "published";
        const char *attention = "needs_attention";

        row("tiktok 5xx", "tiktok", R"({"action":"status","status":503,"endpoint":"tiktok.upload"})",
            published, "", "", 1);
        row("tiktok 429", "tiktok",
            R"({"action":"rate_limit","retry_after":1,"endpoint":"tiktok.api.video.init"})", published, "",
            "", 1);
        row("tiktok reset mid-chunk", "tiktok", R"({"action":"close_mid_body","endpoint":"tiktok.upload"})",
            published, "", "", 1);
        row("tiktok token expiry", "tiktok", R"({"action":"token_expired","endpoint":"tiktok.api.status"})",
            published, "", "", 1);
        row("tiktok quota", "tiktok", R"({"action":"quota_exhausted","endpoint":"tiktok.api.video.init"})",
            attention, "quota", "quota", 0);
        row("tiktok processing failure", "tiktok",
            R"({"action":"processing_failed","endpoint":"tiktok.upload","reason":"frame_rate_check_failed"})",
            attention, "media_rejected", "frame rate", 1);
        row("tiktok upload url expired", "tiktok",
            R"({"action":"upload_url_expired","endpoint":"tiktok.upload"})", published, "", "", 2);

        row("instagram 5xx", "instagram",
            R"({"action":"status","status":500,"endpoint":"instagram.rupload"})", published, "", "", 1);
        row("instagram 429", "instagram",
            R"({"action":"rate_limit","retry_after":1,"endpoint":"instagram.graph.media.create"})", published,
            "", "", 1);
        row("instagram reset mid-chunk", "instagram",
            R"({"action":"close_mid_body","endpoint":"instagram.rupload"})", published, "", "", 1);
        // Instagram cannot refresh a token that has expired: only a reconnect helps.
        row("instagram token expiry", "instagram",
            R"({"action":"token_expired","endpoint":"instagram.rupload"})", attention, "needs_reconnect",
            "reconnect", 1);
        row("instagram quota", "instagram",
            R"({"action":"quota_exhausted","endpoint":"instagram.graph.media.publish"})", attention, "quota",
            "quota", 1);
        row("instagram processing failure", "instagram",
            R"({"action":"processing_failed","endpoint":"instagram.rupload"})", attention, "media_rejected",
            "unsupported video format", 1);
        row("instagram upload url expired", "instagram",
            R"({"action":"upload_url_expired","endpoint":"instagram.rupload"})", published, "", "", 2);

        row("youtube 5xx", "youtube", R"({"action":"status","status":503,"endpoint":"youtube.upload.put"})",
            published, "", "", 1);
        row("youtube 429", "youtube",
            R"({"action":"rate_limit","retry_after":1,"endpoint":"youtube.upload.start"})", published, "", "",
            1);
        row("youtube reset mid-chunk", "youtube",
            R"({"action":"close_mid_body","endpoint":"youtube.upload.put"})", published, "", "", 1);
        row("youtube token expiry", "youtube",
            R"({"action":"token_expired","endpoint":"youtube.upload.put"})", published, "", "", 1);
        row("youtube quota", "youtube", R"({"action":"quota_exhausted","endpoint":"youtube.upload.start"})",
            attention, "quota", "quota", 0);
        row("youtube processing failure", "youtube",
            R"({"action":"processing_failed","endpoint":"youtube.upload.put","reason":"invalidFile"})",
            attention, "media_rejected", "not a valid video", 1);
        row("youtube upload url expired", "youtube",
            R"({"action":"upload_url_expired","endpoint":"youtube.upload.put"})", published, "", "", 2);
    }

    void faultMatrix()
    {
        QFETCH(QString, platform);
        QFETCH(QByteArray, fault);
        QFETCH(QString, outcome);
        QFETCH(QString, code);
        QFETCH(QString, words);
        QFETCH(int, sessions);
        const qsizetype before = published(platform).size();
        const QList<qint64> ids = enqueue(request({platform}, m_clip));
        QCOMPARE(ids.size(), 1);
        m_world.server().faults().add(rule(fault.constData()));
        auto queue = makeQueue();
        queue->start();

        QVERIFY(settled(ids.first()));
        const PublishJob j = job(ids.first());
        QVERIFY2(publishStateName(j.state) == outcome,
                 qPrintable(j.lastErrorCode + QLatin1Char(' ') + j.lastErrorText));
        QVERIFY2(waitUntil([&] { return queue->isIdle(); }), "the queue is still busy");
        QVERIFY(jobsIn(kActive).isEmpty()); // nothing left queued, uploading or processing
        QCOMPARE(answered(sessionEndpoint(platform)), sessions);
        const FaultRule injected = rule(fault.constData());
        if (injected.action == FaultRule::Action::TokenExpired && j.state == State::Published) {
            // Refused once, refreshed, and the same step asked again with the new token.
            const QList<RecordedRequest> calls = m_world.server().recorder().forEndpoint(injected.endpoint);
            QVERIFY(calls.size() >= 2);
            QCOMPARE(calls.first().status, 401);
            QVERIFY(accepted(injected.endpoint).size() == calls.size() - 1);
        }
        if (j.state == State::Published) {
            QCOMPARE(postsOf(platform, j).size(), 1);
            QCOMPARE(published(platform).size(), before + 1);
            QVERIFY(j.lastErrorCode.isEmpty() && j.lastErrorText.isEmpty());
            return;
        }
        QCOMPARE(j.lastErrorCode, code);
        QVERIFY2(j.lastErrorText.contains(PlatformError::displayName(platform)), qPrintable(j.lastErrorText));
        QVERIFY2(j.lastErrorText.contains(words, Qt::CaseInsensitive), qPrintable(j.lastErrorText));
        QCOMPARE(published(platform).size(), before);
        if (code != QLatin1String("quota"))
            return;
        QVERIFY2(qAbs(j.nextAttemptAt.secsTo(quotaReset(platform))) <= 5,
                 qPrintable(j.nextAttemptAt.toString()));
        QCOMPARE(queue->pacer().heldUntil(platform, now()), j.nextAttemptAt);
        queue.reset();
        cancelUnfinished();
        m_world.server().clock().advance(25h); // Instagram keeps its limit for a day
    }

    // A 429's Retry-After stops every job of the platform, not only the one that got it.
    void retryAfterHoldsTheWholePlatform()
    {
        const QList<qint64> first = enqueue(request({QStringLiteral("tiktok")}, m_clip));
        const QList<qint64> second = enqueue(request({QStringLiteral("tiktok")}, m_clip));
        QCOMPARE(first.size() + second.size(), 2);
        m_world.server().faults().add(
            rule(R"({"action":"rate_limit","retry_after":2,"endpoint":"tiktok.api.video.init"})"));
        auto queue = makeQueue();
        queue->start();
        QVERIFY(settled(first.first()) && settled(second.first()));
        QCOMPARE(job(first.first()).state, State::Published);
        QCOMPARE(job(second.first()).state, State::Published);

        QList<RecordedRequest> calls
            = m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api.v"));
        calls += m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api.creator_info"));
        calls += m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api.status"));
        std::sort(calls.begin(), calls.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
        const auto limited
            = std::find_if(calls.cbegin(), calls.cend(), [](const auto &r) { return r.status == 429; });
        QVERIFY(limited != calls.cend());
        QVERIFY(limited + 1 != calls.cend());
        const QDateTime holdEnd = limited->time.addSecs(2);
        QVERIFY2((limited + 1)->time >= holdEnd,
                 qPrintable((limited + 1)->endpoint)); // nobody called meanwhile
        QVERIFY(queue->pacer().heldUntil(QStringLiteral("tiktok"), limited->time) >= holdEnd);
        QCOMPARE(answered(QStringLiteral("tiktok.api.video.init")), 2);
    }

    void quotaWaitsForItsResetThenPublishes_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("tiktok") << QStringLiteral(
            "tiktok") << QByteArray(R"({"action":"quota_exhausted","endpoint":"tiktok.api.video.init"})");
        QTest::newRow("instagram limit")
            << QStringLiteral("instagram") << QByteArray(R"({"action":"quota_exhausted",
                                                           "endpoint":"instagram.graph.publishing_limit"})");
        QTest::newRow("youtube") << QStringLiteral(
            "youtube") << QByteArray(R"({"action":"quota_exhausted","endpoint":"youtube.upload.start"})");
    }

    void quotaWaitsForItsResetThenPublishes()
    {
        QFETCH(QString, platform);
        QFETCH(QByteArray, fault);
        const QList<qint64> ids = enqueue(request({platform}, m_clip));
        QCOMPARE(ids.size(), 1);
        m_world.server().faults().add(rule(fault.constData()));
        auto queue = makeQueue();
        queue->start();
        QVERIFY(settled(ids.first()));
        const PublishJob waiting = job(ids.first());
        QCOMPARE(waiting.state, State::NeedsAttention);
        QCOMPARE(waiting.lastErrorCode, QStringLiteral("quota"));
        QVERIFY2(waiting.lastErrorText.contains(QLatin1String("quota")), qPrintable(waiting.lastErrorText));
        QVERIFY(waiting.nextAttemptAt > now());
        QCOMPARE(queue->pacer().heldUntil(platform, now()), waiting.nextAttemptAt);
        QVERIFY(waitUntil([&] { return queue->isIdle(); }));

        // Just before the reset nothing happens; just after, the queue goes on by itself.
        m_world.server().clock().advance(
            std::chrono::seconds(qMax<qint64>(0, now().secsTo(waiting.nextAttemptAt) - 5)));
        QVERIFY(!waitUntil([&] { return job(ids.first()).state != State::NeedsAttention; }, 300));
        QCOMPARE(answered(sessionEndpoint(platform)), 0);
        m_world.server().clock().advance(6s);
        QVERIFY(reaches(ids.first(), State::Published));
        const PublishJob done = job(ids.first());
        QCOMPARE(postsOf(platform, done).size(), 1);
        QCOMPARE(answered(sessionEndpoint(platform)), 1);
        QVERIFY(done.lastErrorCode.isEmpty());
    }

    void persistentServerErrorGivesUpThenRetryPublishes()
    {
        const QList<qint64> ids = enqueue(request({QStringLiteral("youtube")}, m_clip));
        QCOMPARE(ids.size(), 1);
        m_world.server().faults().add(
            rule(R"({"action":"status","status":503,"endpoint":"youtube.upload.start","times":-1})"));
        auto queue = makeQueue();
        queue->start();
        QVERIFY(settled(ids.first()));
        PublishJob j = job(ids.first());
        QCOMPARE(j.state, State::NeedsAttention);
        QCOMPARE(j.lastErrorCode, QStringLiteral("gave_up"));
        QCOMPARE(j.attempts, 3);
        QCOMPARE(m_world.server().recorder().forEndpoint(QStringLiteral("youtube.upload.start")).size(), 3);
        QVERIFY2(j.lastErrorText.contains(QLatin1String("YouTube"))
                     && j.lastErrorText.contains(QLatin1String("503")),
                 qPrintable(j.lastErrorText));
        QVERIFY(waitUntil([&] { return queue->isIdle(); }));

        m_world.server().faults().clear();
        QVERIFY(queue->retry(ids.first()));
        QVERIFY(settled(ids.first()));
        j = job(ids.first());
        QCOMPARE(j.state, State::Published);
        QCOMPARE(j.attempts, 0);
        QCOMPARE(postsOf(QStringLiteral("youtube"), j).size(), 1);
    }

    void reconnectedAccountContinues()
    {
        const qint64 account = m_accounts.value(QStringLiteral("youtube"));
        QVERIFY(
            AccountRepository(m_world.database().connection())
                .setStatus(account, Account::Status::NeedsReconnect, QStringLiteral("Access was removed.")));
        const QList<qint64> ids = enqueue(request({QStringLiteral("youtube")}, m_clip));
        QCOMPARE(ids.size(), 1);
        auto queue = makeQueue();
        queue->start();
        QVERIFY(settled(ids.first()));
        const PublishJob waiting = job(ids.first());
        QCOMPARE(waiting.state, State::NeedsAttention);
        QCOMPARE(waiting.lastErrorCode, QStringLiteral("needs_reconnect"));
        const QString name = (*AccountRepository(m_world.database().connection()).get(account))->displayName;
        QVERIFY2(waiting.lastErrorText.contains(QLatin1String("YouTube"))
                     && waiting.lastErrorText.contains(name)
                     && waiting.lastErrorText.contains(QLatin1String("reconnect")),
                 qPrintable(waiting.lastErrorText));
        QVERIFY(waitUntil([&] { return queue->isIdle(); }));
        QCOMPARE(m_world.server().recorder().forEndpoint(QStringLiteral("youtube.upload")).size(), 0);

        QVERIFY(AccountRepository(m_world.database().connection())
                    .setStatus(account, Account::Status::Connected));
        QVERIFY(reaches(ids.first(), State::Published));
        QCOMPARE(postsOf(QStringLiteral("youtube"), job(ids.first())).size(), 1);
    }

    // A token refused even right after its refresh is the account's problem: the account
    // needs reconnecting, and the job waits for that instead of trying again and again.
    void tokenRefusedAfterRefreshWaitsForReconnect()
    {
        const QList<qint64> ids = enqueue(request({QStringLiteral("tiktok")}, m_clip));
        QCOMPARE(ids.size(), 1);
        m_world.server().faults().add(
            rule(R"({"action":"token_expired","endpoint":"tiktok.api.video.init","times":-1})"));
        auto queue = makeQueue();
        queue->start();
        QVERIFY(settled(ids.first()));
        const PublishJob j = job(ids.first());
        QCOMPARE(j.state, State::NeedsAttention);
        QCOMPARE(j.lastErrorCode, QStringLiteral("needs_reconnect"));
        QVERIFY2(j.lastErrorText.contains(QLatin1String("TikTok")), qPrintable(j.lastErrorText));
        const auto account = AccountRepository(m_world.database().connection())
                                 .get(m_accounts.value(QStringLiteral("tiktok")));
        QCOMPARE((*account)->status, Account::Status::NeedsReconnect);
        QVERIFY(waitUntil([&] { return queue->isIdle(); }));
        QVERIFY(!waitUntil([&] { return job(ids.first()).state != State::NeedsAttention; }, 300));
        QCOMPARE(m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api.video.init")).size(), 2);
    }

    void stoppedQueueResumesWithoutASecondSession_data()
    {
        QTest::addColumn<QString>("platform");
        for (const QString &platform : kPlatforms)
            QTest::newRow(qPrintable(platform)) << platform;
    }

    void stoppedQueueResumesWithoutASecondSession()
    {
        QFETCH(QString, platform);
        const QList<qint64> ids = enqueue(request({platform}, m_big));
        QCOMPARE(ids.size(), 1);
        const qint64 id = ids.first();
        const bool instagram = platform == QLatin1String("instagram"); // sends the file in one request
        auto first = makeQueue();
        bool stopped = false;
        // Stopped inside the checkpoint: the adapter is about to send the next bytes.
        connect(first.get(), &PublishQueue::jobChanged, this, [&](qint64, State) {
            const PublishJob j = job(id);
            const bool midUpload = j.stage == PublishJob::Stage::Uploading
                && (instagram ? !j.containerId.isEmpty() : j.uploadOffset > 0);
            if (!stopped && midUpload) {
                stopped = true;
                first->stop();
            }
        });
        first->start();
        QVERIFY(waitUntil([&] { return stopped; }));
        QCOMPARE(first->runningCount(), 0);
        waitUntil([] { return false; }, 100); // what the stopped run left in flight ends
        first.reset();
        QCOMPARE(job(id).state, State::Uploading);

        auto second = makeQueue();
        second->start();
        QVERIFY(settled(id));
        const PublishJob j = job(id);
        QCOMPARE(j.state, State::Published);
        QCOMPARE(answered(sessionEndpoint(platform)), 1);
        QCOMPARE(postsOf(platform, j).size(), 1);
        QCOMPARE(uploadedSha(platform, j), m_bigSha);
        QCOMPARE(uploadedBytes(platform), kBigFileBytes); // continued: no byte was sent twice
    }

    // Public at a future time: YouTube takes the video now as private with publishAt; TikTok
    // has no such thing, so its job waits in the queue until the time.
    void youtubeSchedulesNativelyWhileTikTokWaits()
    {
        PostRequest r = request({QStringLiteral("youtube"), QStringLiteral("tiktok")}, m_clip);
        r.at = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch() + 3600, QTimeZone::utc());
        const QList<qint64> ids = enqueue(r);
        QCOMPARE(ids.size(), 2);
        auto queue = makeQueue();
        QSignalSpy notices(queue.get(), &PublishQueue::notice);
        queue->start();
        QVERIFY(settled(ids.at(0)));
        const PublishJob youtube = job(ids.at(0));
        QCOMPARE(youtube.state, State::Published);
        const QList<QJsonObject> videos = postsOf(QStringLiteral("youtube"), youtube);
        QCOMPARE(videos.size(), 1);
        QCOMPARE(videos.first().value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("private"));
        QCOMPARE(
            QDateTime::fromString(videos.first().value(QStringLiteral("publishAt")).toString(), Qt::ISODate),
            r.at);

        QVERIFY(waitUntil([&] { return queue->isIdle(); }));
        const PublishJob tiktok = job(ids.at(1));
        QCOMPARE(tiktok.state, State::Queued);
        QCOMPARE(tiktok.nextAttemptAt, r.at);
        QCOMPARE(m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api.v")).size(), 0);

        m_world.server().clock().advance(std::chrono::seconds(now().secsTo(r.at) + 1));
        QVERIFY(reaches(ids.at(1), State::Published));
        QCOMPARE(postsOf(QStringLiteral("tiktok"), job(ids.at(1))).size(), 1);
        QCOMPARE(notices.size(), 0); // on time: nothing to apologise for
    }

    void cancelStopsARunningJob()
    {
        const QList<qint64> ids = enqueue(request({QStringLiteral("tiktok")}, m_clip));
        QCOMPARE(ids.size(), 1);
        const qint64 id = ids.first();
        m_world.server().faults().add(
            rule(R"({"action":"delay","delay_ms":1000,"endpoint":"tiktok.upload"})"));
        auto queue = makeQueue();
        queue->start();
        QVERIFY(reaches(id, State::Uploading));
        QVERIFY(queue->cancel(id));
        QVERIFY(settled(id));
        QCOMPARE(job(id).state, State::Cancelled);
        QCOMPARE(queue->runningCount(), 0);
        QVERIFY(waitUntil([&] { return queue->isIdle(); }));
        // Whatever the PUT in flight did at TikTok, nothing follows it.
        QVERIFY(!waitUntil([&] { return job(id).state != State::Cancelled; }, 1100));
        QCOMPARE(m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api.status")).size(), 0);

        // Retry continues from where TikTok is; a published job cannot be cancelled.
        QVERIFY(queue->retry(id));
        QVERIFY(settled(id));
        QCOMPARE(job(id).state, State::Published);
        QCOMPARE(answered(QStringLiteral("tiktok.api.video.init")), 1);
        QCOMPARE(postsOf(QStringLiteral("tiktok"), job(id)).size(), 1);
        const Status again = queue->cancel(id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("job_already_published"));
    }

    // A private YouTube post cannot use publishAt: it waits in the queue, through a cancel
    // and a retry, and goes out at its time.
    void cancelAndRetryKeepTheScheduledTime()
    {
        PostRequest r = request({QStringLiteral("youtube")}, m_clip);
        r.privacy = QStringLiteral("private");
        r.at = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch() + 600, QTimeZone::utc());
        const QList<qint64> ids = enqueue(r);
        QCOMPARE(ids.size(), 1);
        const qint64 id = ids.first();
        auto queue = makeQueue();
        queue->start();
        QVERIFY(waitUntil([&] { return queue->isIdle(); }));
        QVERIFY(queue->cancel(id));
        QCOMPARE(job(id).state, State::Cancelled); // at once: nothing was running
        QVERIFY(queue->retry(id));
        QCOMPARE(job(id).state, State::Queued);
        QCOMPARE(job(id).nextAttemptAt, r.at);
        QVERIFY(!waitUntil([&] { return job(id).state != State::Queued; }, 300));
        QCOMPARE(m_world.server().recorder().forEndpoint(QStringLiteral("youtube.upload")).size(), 0);

        m_world.server().clock().advance(std::chrono::seconds(now().secsTo(r.at) + 1));
        QVERIFY(reaches(id, State::Published));
        const QList<QJsonObject> videos = postsOf(QStringLiteral("youtube"), job(id));
        QCOMPARE(videos.size(), 1);
        QCOMPARE(videos.first().value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("private"));
        QVERIFY(videos.first().value(QStringLiteral("publishAt")).isNull());
    }
};

TRAVELFLOW_TEST_MAIN(TestPublishQueue, QCoreApplication)
#include "test_publish_queue.moc"
