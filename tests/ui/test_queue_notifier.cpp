// What the tray says about the publishing queue: which post, where, and why it needs the
// user; nothing when the user turned publishing notifications off.

#include "preferences.h"
#include "queue_notifier.h"
#include "services/app_services.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"
#include "support/test_env.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

class TestQueueNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppServices> m_services;

    // A YouTube job for a clip, titled `title` (may be empty), in `state`.
    qint64 addJob(const QString &title, PublishJob::State state, const QString &error = {})
    {
        static int n = 0;
        ++n;
        Account account;
        account.platform = Platform::YouTube;
        account.remoteId = QStringLiteral("channel-%1").arg(n);
        account.displayName = QStringLiteral("Channel %1").arg(n);
        const auto accountId = AccountRepository(m_db->connection()).upsert(account);
        Video video;
        video.path = QStringLiteral("/videos/lisbon-%1.mp4").arg(n);
        video.fingerprint = QStringLiteral("fp-%1").arg(n);
        video.sizeBytes = 1000;
        const auto videoId = VideoRepository(m_db->connection()).insert(video);
        if (!accountId || !videoId)
            return 0;
        Post post;
        post.videoId = *videoId;
        PostTarget target;
        target.accountId = *accountId;
        target.platform = Platform::YouTube;
        target.title = title;
        target.caption = QStringLiteral("Tram 28");
        target.privacy = QStringLiteral("public");
        post.targets = {target};
        const auto postId = PostRepository(m_db->connection()).create(post);
        if (!postId)
            return 0;
        const auto stored = PostRepository(m_db->connection()).get(*postId);
        PublishJobRepository jobs(m_db->connection());
        const auto jobId = jobs.create((*stored)->targets.at(0).id);
        if (!jobId)
            return 0;
        auto job = jobs.get(*jobId);
        PublishJob j = **job;
        j.state = state;
        j.lastErrorText = error;
        return jobs.save(j) ? *jobId : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_services = std::make_unique<AppServices>(*m_db, EndpointTable::defaults());
    }

    void init() { QSettings().clear(); }

    void publishedNamesThePostAndThePlatform()
    {
        QueueNotifier notifier(*m_db, m_services->queue());
        QSignalSpy spy(&notifier, &QueueNotifier::message);
        const qint64 job = addJob(QStringLiteral("Lisbon by tram"), PublishJob::State::Published);
        QVERIFY(job);
        Q_EMIT m_services->queue().jobChanged(job, PublishJob::State::Uploading);
        QCOMPARE(spy.size(), 0); // progress is not news
        Q_EMIT m_services->queue().jobChanged(job, PublishJob::State::Published);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Published"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("\"Lisbon by tram\" is published on YouTube."));
        Q_EMIT m_services->queue().jobChanged(job, PublishJob::State::Published);
        QCOMPARE(spy.size(), 1); // a repeated state is not news either
    }

    void needsAttentionSaysWhyAndFallsBackToTheFileName()
    {
        QueueNotifier notifier(*m_db, m_services->queue());
        QSignalSpy spy(&notifier, &QueueNotifier::message);
        const QString why = QStringLiteral("YouTube's daily upload quota is used up; it resets at 09:00.");
        const qint64 job = addJob({}, PublishJob::State::NeedsAttention, why);
        QVERIFY(job);
        Q_EMIT m_services->queue().jobChanged(job, PublishJob::State::NeedsAttention);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("A post needs your attention"));
        const QString text = spy.at(0).at(1).toString();
        QVERIFY2(text.startsWith(QStringLiteral("\"lisbon-"))
                     && text.contains(QStringLiteral(".mp4\" could not")),
                 qPrintable(text));
        QVERIFY2(text.contains(why), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Open the queue")), qPrintable(text));
    }

    void silentWhenTurnedOff()
    {
        Preferences::setNotifyPublishResults(false);
        QueueNotifier notifier(*m_db, m_services->queue());
        QSignalSpy spy(&notifier, &QueueNotifier::message);
        const qint64 job = addJob(QStringLiteral("Quiet"), PublishJob::State::Published);
        Q_EMIT m_services->queue().jobChanged(job, PublishJob::State::Published);
        Q_EMIT m_services->queue().notice(job, QStringLiteral("started late"));
        QCOMPARE(spy.size(), 0);
        Preferences::setNotifyPublishResults(true);
        Q_EMIT m_services->queue().notice(job, QStringLiteral("started late"));
        QCOMPARE(spy.size(), 1);
    }
};

TRAVELFLOW_TEST_MAIN(TestQueueNotifier, QApplication)
#include "test_queue_notifier.moc"
