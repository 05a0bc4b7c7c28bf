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
            = error.until.isValid() && error.until > now ? error.until : now.addSecs(24 * 3600);
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
    case Kind::MediaRejected:
        d.state = PublishJob::State::NeedsAttention;
        d.code = QStringLiteral("media_rejected");
        d.text = tr("%1 rejected the video: %2").arg(platform, error.message);
        return d;
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
