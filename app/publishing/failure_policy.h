#pragma once

#include "common/platform_error.h"
#include "core/publish_job.h"
#include "retry_policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace travelflow {

// What the queue does with a job after its run ended in an error.
struct FailureDecision
{
    PublishJob::State state = PublishJob::State::NeedsAttention;
    QDateTime nextAttemptAt; // invalid = wait for the user (needs attention without auto retry)
    int attempts = 0; // the job's attempt count afterwards
    QDateTime holdPlatformUntil; // Retry-After or a quota: no job of the platform starts before
    bool refreshTokenFirst = false; // 401: refresh the token, then retry the same step at once
    bool startOver = false; // the upload session is gone: forget it, the next run opens a new one
    QString code; // stable, for scripts: "rate_limited", "quota", "needs_reconnect", ...
    QString text; // for the user: what happened and what happens next
};

// The one place that turns a platform error into the job's next state: transient trouble
// is retried with backoff until the attempts run out, rate limits and quotas wait for the
// time the platform named, a 401 refreshes the token once and retries the same step, and
// everything a retry cannot fix needs the user's attention with the platform's reason.
class FailurePolicy
{
    Q_DECLARE_TR_FUNCTIONS(FailurePolicy)

public:
    explicit FailurePolicy(RetryPolicy retry = RetryPolicy()) : m_retry(retry) { }

    // `refreshedAlready`: this run already refreshed the token after a 401.
    // `random` in [0, 1) feeds the backoff's jitter.
    FailureDecision decide(const PublishJob &job, const PlatformError &error, const QDateTime &now,
                           bool refreshedAlready, double random) const;

    // A job whose account needs reconnecting: it waits, visibly, until it is reconnected.
    static FailureDecision needsReconnect(const PublishJob &job, const QString &accountName,
                                          const QString &platformName);

    // The platform dropped the upload session before the video was complete (TikTok's
    // upload_url answers 403/404, an Instagram container EXPIRED, a YouTube session 404).
    // Nothing can have been published through it, so a new session is safe, and the only
    // way forward.
    static bool uploadSessionExpired(const PlatformError &error);
    // What a platform's processing or rejection reason code means, in words; empty for a
    // code not known here.
    static QString reasonInWords(const QString &platform, const QString &reason);

    const RetryPolicy &retryPolicy() const { return m_retry; }

private:
    RetryPolicy m_retry;
};

} // namespace travelflow
