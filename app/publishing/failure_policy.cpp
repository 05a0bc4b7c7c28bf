#include "failure_policy.h"

#include "job_checkpoint.h"

#include <QLocale>

namespace travelflow {

namespace {

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

FailureDecision FailurePolicy::decide(const PublishJob &job, const PlatformError &error, const QDateTime &now,
                                      bool refreshedAlready, double random) const
{
    using Kind = PlatformError::Kind;
    const QString platform = PlatformError::displayName(error.platform);
    FailureDecision d;
    d.attempts = job.attempts;
    d.code = PlatformError::kindName(error.kind);
    // The state that continues from where the platform is (uploading, processing, ...).
    const PublishJob::State resume = jobcheckpoint::runningState(job.stage);

    if (uploadSessionExpired(error)) {
        d.attempts = job.attempts + 1;
        d.code = QStringLiteral("upload_expired");
        d.startOver = true; // also for a manual Retry after giving up
        if (m_retry.exhausted(d.attempts)) {
            d.state = PublishJob::State::NeedsAttention;
            d.text
                = tr("%1 let the upload expire %n time(s) before the video was complete; TravelFlow stopped "
                     "trying. Use Retry to upload it again.",
                     nullptr, d.attempts)
                      .arg(platform);
            return d;
        }
        d.state = PublishJob::State::Queued;
        d.nextAttemptAt = now.addSecs(m_retry.delaySeconds(d.attempts, random));
        d.text
            = tr("%1 let the upload expire before the video was complete. TravelFlow uploads it again at %2.")
                  .arg(platform, when(d.nextAttemptAt));
        return d;
    }

    switch (error.kind) {
    case Kind::AuthExpired:
        if (!refreshedAlready) {
            d.state = resume;
            d.refreshTokenFirst = true;
            d.nextAttemptAt = now;
            d.text = tr("%1 no longer accepted the sign-in; TravelFlow is refreshing it.").arg(platform);
            return d;
        }
        d.state = PublishJob::State::NeedsAttention;
        d.code = QStringLiteral("needs_reconnect");
        d.text = tr("%1 refused the sign-in even after it was refreshed: %2 Reconnect the account in "
                    "Accounts; the post continues from where it stopped.")
                     .arg(platform, error.message);
        return d;
    case Kind::RateLimited: {
        // Not the job's fault: it does not use up an attempt, and the wait applies to the
        // whole platform so the other jobs do not hit the same limit.
        const qint64 wait = m_retry.delaySeconds(qMax(1, job.attempts), random, error.retryAfterSeconds);
        d.state = resume;
        d.nextAttemptAt = now.addSecs(wait);
        d.holdPlatformUntil = d.nextAttemptAt;
        d.text = tr("%1 asked TravelFlow to slow down. The next try is at %2.")
                     .arg(platform, when(d.nextAttemptAt));
        return d;
    }
    case Kind::QuotaExhausted: {
        const QDateTime reset
            = error.until.isValid() && error.until > now ? error.until : now.addSecs(qint64{24} * 3600);
        d.state = PublishJob::State::NeedsAttention;
        d.code = QStringLiteral("quota");
        d.nextAttemptAt = reset; // retried automatically once the quota resets
        d.holdPlatformUntil = reset;
        d.text = tr("The %1 quota is used up (%2). It resets at %3; TravelFlow tries again then by "
                    "itself.")
                     .arg(platform, error.message, when(reset));
        return d;
    }
    case Kind::Transient: {
        d.attempts = job.attempts + 1;
        if (m_retry.exhausted(d.attempts)) {
            d.state = PublishJob::State::NeedsAttention;
            d.code = QStringLiteral("gave_up");
            d.text = tr("%1 failed %n time(s) in a row; TravelFlow stopped trying. Last error: %2 Use "
                        "Retry when the problem is gone.",
                        nullptr, d.attempts)
                         .arg(platform, error.message);
            return d;
        }
        d.state = resume;
        d.nextAttemptAt = now.addSecs(m_retry.delaySeconds(d.attempts, random, error.retryAfterSeconds));
        d.text = tr("%1: %2 The next try is at %3.").arg(platform, error.message, when(d.nextAttemptAt));
        return d;
    }
    case Kind::MediaRejected: {
        d.state = PublishJob::State::NeedsAttention;
        d.code = QStringLiteral("media_rejected");
        const QString words = reasonInWords(error.platform, error.code);
        d.text = words.isEmpty() ? tr("%1 rejected the video: %2").arg(platform, error.message)
                                 : tr("%1 rejected the video: %2 (%3)").arg(platform, words, error.code);
        return d;
    }
    case Kind::PermissionMissing:
        d.state = PublishJob::State::NeedsAttention;
        d.code = QStringLiteral("permission_missing");
        d.text = error.message;
        return d;
    case Kind::InvalidInput:
        d.state = PublishJob::State::NeedsAttention;
        d.code = error.rule.isEmpty() ? QStringLiteral("invalid_input") : error.rule;
        d.text = tr("%1 refused the post: %2 Edit the post, then use Retry.").arg(platform, error.message);
        return d;
    case Kind::Cancelled:
        d.state = PublishJob::State::Cancelled;
        d.text = tr("Cancelled.");
        return d;
    case Kind::Permanent: break;
    }
    d.state = PublishJob::State::NeedsAttention;
    d.text = tr("%1 failed: %2").arg(platform, error.message);
    return d;
}

bool FailurePolicy::uploadSessionExpired(const PlatformError &error)
{
    if (error.kind != PlatformError::Kind::Permanent)
        return false;
    if (error.platform == QLatin1String("tiktok"))
        return error.code == QLatin1String("upload_url_expired");
    if (error.platform == QLatin1String("instagram")) // the container's status, or media_publish's -2/2207020
        return error.code == QLatin1String("EXPIRED") || error.code == QLatin1String("-2/2207020");
    if (error.platform == QLatin1String("youtube")) // only the session URI answers 404 in a publish
        return error.httpStatus == 404;
    return false;
}

QString FailurePolicy::reasonInWords(const QString &platform, const QString &reason)
{
    if (platform == QLatin1String("tiktok")) { // status/fetch fail_reason
        if (reason == QLatin1String("file_format_check_failed"))
            return tr("TikTok does not accept the file format; export it as MP4 (H.264) and try again.");
        if (reason == QLatin1String("duration_check_failed"))
            return tr("the video is longer (or shorter) than this account may post.");
        if (reason == QLatin1String("frame_rate_check_failed"))
            return tr(
                "TikTok does not accept the video's frame rate; export it at 23 to 60 frames per second.");
        if (reason == QLatin1String("picture_size_check_failed"))
            return tr("TikTok does not accept the video's resolution; use at least 360 pixels on each side.");
        if (reason == QLatin1String("internal"))
            return tr("TikTok had an internal problem with the video; Retry may work.");
        if (reason == QLatin1String("video_pull_failed"))
            return tr("TikTok could not fetch the video.");
        if (reason == QLatin1String("publish_cancelled"))
            return tr("the post was cancelled on TikTok.");
        if (reason == QLatin1String("auth_removed"))
            return tr("TravelFlow's access was removed from the TikTok account; reconnect it.");
        if (reason == QLatin1String("spam_risk_too_many_posts"))
            return tr("the account reached TikTok's daily post limit.");
        if (reason == QLatin1String("spam_risk_user_banned_from_posting"))
            return tr("TikTok has blocked this account from posting.");
        if (reason.startsWith(QLatin1String("spam_risk")))
            return tr("TikTok took the post for spam.");
    } else if (platform == QLatin1String("youtube")) { // status.failureReason / rejectionReason
        if (reason == QLatin1String("codec"))
            return tr("YouTube cannot decode the video's codec; export it as H.264.");
        if (reason == QLatin1String("conversion"))
            return tr("YouTube could not convert the video.");
        if (reason == QLatin1String("emptyFile"))
            return tr("the uploaded file is empty.");
        if (reason == QLatin1String("invalidFile") || reason == QLatin1String("tooSmall"))
            return tr("the uploaded file is not a valid video.");
        if (reason == QLatin1String("uploadAborted"))
            return tr("the upload was aborted.");
        if (reason == QLatin1String("duplicate"))
            return tr("the channel already has this video.");
        if (reason == QLatin1String("copyright") || reason == QLatin1String("claim"))
            return tr("a copyright claim.");
        if (reason == QLatin1String("length"))
            return tr("the video is longer than this channel may upload.");
        if (reason == QLatin1String("termsOfUse") || reason == QLatin1String("inappropriate"))
            return tr("the video breaks YouTube's terms of use.");
    }
    return {};
}

FailureDecision FailurePolicy::needsReconnect(const PublishJob &job, const QString &accountName,
                                              const QString &platformName)
{
    FailureDecision d;
    d.state = PublishJob::State::NeedsAttention;
    d.attempts = job.attempts;
    d.code = QStringLiteral("needs_reconnect");
    d.text = tr("The %1 account \"%2\" needs to be reconnected. The post waits and continues by itself "
                "after you reconnect it in Accounts.")
                 .arg(platformName, accountName);
    return d;
}

} // namespace travelflow
