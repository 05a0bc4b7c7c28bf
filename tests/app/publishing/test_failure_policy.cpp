// FailurePolicy and the job/checkpoint mapping: which state each platform error leads
// to, when the next try is, and that a job keeps its place at the platform throughout.

#include "publishing/failure_policy.h"
#include "publishing/job_checkpoint.h"
#include "publishing/publish_spec_builder.h"

#include <QTest>

using namespace travelflow;

namespace {

const QDateTime kNow(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

PlatformError errorOf(PlatformError::Kind kind, const QString &platform = QStringLiteral("tiktok"))
{
    PlatformError e;
    e.kind = kind;
    e.platform = platform;
    e.message = QStringLiteral("Something specific happened.");
    return e;
}

PublishJob uploadingJob()
{
    PublishJob job;
    job.id = 7;
    job.state = PublishJob::State::Uploading;
    job.stage = PublishJob::Stage::Uploading;
    job.uploadOffset = 5'000'000;
    job.publishId = QStringLiteral("v_pub_1");
    job.uploadSessionUri = QStringLiteral("http://127.0.0.1/upload/1");
    return job;
}

RetryPolicy fastRetry()
{
    return RetryPolicy(RetryPolicy::Config{3, 10, 100});
}

} // namespace

class TestFailurePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transientErrorsBackOffThenGiveUp()
    {
        const FailurePolicy policy(fastRetry());
        PublishJob job = uploadingJob();
        FailureDecision d = policy.decide(job, errorOf(PlatformError::Kind::Transient), kNow, false, 0.0);
        QCOMPARE(d.state, PublishJob::State::Uploading); // keeps its place: resumes, not restarts
        QCOMPARE(d.attempts, 1);
        QCOMPARE(d.nextAttemptAt, kNow.addSecs(5)); // half of the 10 s cap at random 0
        QVERIFY(d.text.contains(QLatin1String("TikTok")));
        QVERIFY(!d.holdPlatformUntil.isValid());

        job.attempts = 2;
        d = policy.decide(job, errorOf(PlatformError::Kind::Transient), kNow, false, 0.0);
        QCOMPARE(d.state, PublishJob::State::NeedsAttention);
        QCOMPARE(d.code, QStringLiteral("gave_up"));
        QCOMPARE(d.attempts, 3);
        QVERIFY(!d.nextAttemptAt.isValid()); // waits for the user's Retry
        QVERIFY(d.text.contains(QLatin1String("Something specific happened.")));
    }

    void rateLimitHoldsThePlatformWithoutUsingAnAttempt()
    {
        const FailurePolicy policy(fastRetry());
        PlatformError e = errorOf(PlatformError::Kind::RateLimited);
        e.retryAfterSeconds = 60;
        const FailureDecision d = policy.decide(uploadingJob(), e, kNow, false, 0.5);
        QCOMPARE(d.state, PublishJob::State::Uploading);
        QCOMPARE(d.attempts, 0);
        QCOMPARE(d.nextAttemptAt, kNow.addSecs(60)); // Retry-After is the floor
        QCOMPARE(d.holdPlatformUntil, d.nextAttemptAt);
        QCOMPARE(d.code, QStringLiteral("rate_limited"));
    }

    void quotaNeedsAttentionAndRetriesAtTheReset()
    {
        const FailurePolicy policy(fastRetry());
        PlatformError e = errorOf(PlatformError::Kind::QuotaExhausted, QStringLiteral("youtube"));
        e.until = kNow.addSecs(3 * 3600);
        const FailureDecision d = policy.decide(uploadingJob(), e, kNow, false, 0.5);
        QCOMPARE(d.state, PublishJob::State::NeedsAttention);
        QCOMPARE(d.code, QStringLiteral("quota"));
        QVERIFY(d.text.contains(QLatin1String("quota")));
        QVERIFY(d.text.contains(QLatin1String("YouTube")));
        QCOMPARE(d.nextAttemptAt, e.until);
        QCOMPARE(d.holdPlatformUntil, e.until);

        e.until = QDateTime(); // the platform did not say: a day
        QCOMPARE(policy.decide(uploadingJob(), e, kNow, false, 0.5).nextAttemptAt, kNow.addSecs(24 * 3600));
    }

    void unauthorizedRefreshesOnceThenAsksToReconnect()
    {
        const FailurePolicy policy(fastRetry());
        FailureDecision d
            = policy.decide(uploadingJob(), errorOf(PlatformError::Kind::AuthExpired), kNow, false, 0);
        QVERIFY(d.refreshTokenFirst);
        QCOMPARE(d.state, PublishJob::State::Uploading);

        d = policy.decide(uploadingJob(), errorOf(PlatformError::Kind::AuthExpired), kNow, true, 0);
        QVERIFY(!d.refreshTokenFirst);
        QCOMPARE(d.state, PublishJob::State::NeedsAttention);
        QCOMPARE(d.code, QStringLiteral("needs_reconnect"));
        QVERIFY(d.text.contains(QLatin1String("Reconnect")));
    }

    void rejectedMediaNamesThePlatformsReason()
    {
        const FailurePolicy policy(fastRetry());
        PlatformError e = errorOf(PlatformError::Kind::MediaRejected, QStringLiteral("instagram"));
        e.message = QStringLiteral("The video is too short (minimum 3 seconds).");
        const FailureDecision d = policy.decide(uploadingJob(), e, kNow, false, 0);
        QCOMPARE(d.state, PublishJob::State::NeedsAttention);
        QCOMPARE(d.code, QStringLiteral("media_rejected"));
        QVERIFY(d.text.contains(QLatin1String("Instagram")));
        QVERIFY(d.text.contains(e.message));
    }

    void needsReconnectNamesTheAccount()
    {
        const FailureDecision d = FailurePolicy::needsReconnect(
            uploadingJob(), QStringLiteral("Anna Travels"), QStringLiteral("TikTok"));
        QCOMPARE(d.state, PublishJob::State::NeedsAttention);
        QCOMPARE(d.code, QStringLiteral("needs_reconnect"));
        QVERIFY(d.text.contains(QLatin1String("Anna Travels")));
    }

    void checkpointRoundTripKeepsEveryRemoteId()
    {
        PublishCheckpoint cp;
        cp.stage = PublishCheckpoint::Stage::Processing;
        cp.uploadUrl = QStringLiteral("http://127.0.0.1/u");
        cp.uploadOffset = 123;
        cp.publishId = QStringLiteral("p");
        cp.containerId = QStringLiteral("c");
        cp.remotePostId = QStringLiteral("r");
        cp.uploadUrlExpiresAt = kNow;
        PublishJob job;
        jobcheckpoint::apply(job, cp);
        QCOMPARE(job.state, PublishJob::State::Processing);
        QCOMPARE(job.stage, PublishJob::Stage::Processing);
        const PublishCheckpoint back = jobcheckpoint::toCheckpoint(job);
        QCOMPARE(back.stage, cp.stage);
        QCOMPARE(back.uploadUrl, cp.uploadUrl);
        QCOMPARE(back.uploadOffset, cp.uploadOffset);
        QCOMPARE(back.publishId, cp.publishId);
        QCOMPARE(back.containerId, cp.containerId);
        QCOMPARE(back.remotePostId, cp.remotePostId);
        QCOMPARE(back.uploadUrlExpiresAt, cp.uploadUrlExpiresAt);

        // A failed checkpoint keeps the job's state for the policy to decide.
        job.state = PublishJob::State::Processing;
        cp.stage = PublishCheckpoint::Stage::Failed;
        jobcheckpoint::apply(job, cp);
        QCOMPARE(job.stage, PublishJob::Stage::Failed);
        QCOMPARE(job.state, PublishJob::State::Processing);
    }

    void youtubeSchedulesNativelyOnlyWhenPublic()
    {
        Video video;
        video.path = QStringLiteral("/clips/a.mov");
        video.sizeBytes = 10;
        video.container = QStringLiteral("mov");
        PostTarget target;
        target.platform = Platform::YouTube;
        target.privacy = QStringLiteral("public");
        target.scheduledAt = kNow.addSecs(3600);
        PublishSpec spec = PublishSpecBuilder::build(video, target, kNow);
        QCOMPARE(spec.caption.publishAt, target.scheduledAt);
        QCOMPARE(spec.caption.privacy, QStringLiteral("private")); // the API wants private with publishAt
        QCOMPARE(spec.mimeType, QStringLiteral("video/quicktime"));

        // The time passed while the app was closed: it goes out now, as the user chose.
        spec = PublishSpecBuilder::build(video, target, kNow.addSecs(7200));
        QVERIFY(!spec.caption.publishAt.isValid());
        QCOMPARE(spec.caption.privacy, QStringLiteral("public"));

        target.privacy = QStringLiteral("unlisted"); // publishAt would make it public
        QVERIFY(!PublishSpecBuilder::usesNativeSchedule(target));
        target.privacy = QStringLiteral("public");
        target.platform = Platform::TikTok;
        QVERIFY(!PublishSpecBuilder::usesNativeSchedule(target));
    }
};

QTEST_GUILESS_MAIN(TestFailurePolicy)
#include "test_failure_policy.moc"
