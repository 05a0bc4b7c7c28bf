#pragma once

#include "accounts/platform_auth_factory.h"
#include "common/endpoint_table.h"
#include "core/expected.h"
#include "core/publish_job.h"
#include "failure_policy.h"
#include "platform_pacer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace travelflow {

class AccountTokens;
class Database;
struct Account;
struct PostTarget;

// The publishing queue: runs every due job through its platform adapter, one persisted
// step at a time. Each checkpoint the adapter reports is committed before the adapter
// takes its next network step, so a crash, a kill or a lost connection resumes where the
// platform is (the adapters reconcile before publishing again: never twice). Errors go
// through FailurePolicy; Retry-After and quotas hold back the whole platform (PlatformPacer).
// The GUI and `travelflow-cli queue run` drive the same object.
class PublishQueue : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
        std::function<double()> random; // [0, 1) for backoff jitter; default: QRandomGenerator
        RetryPolicy::Config retry;
        PublisherTuning tuning;
        int tickMs = 1000; // how often due jobs are looked for
        qint64 lateNoticeSeconds = 120; // a scheduled post started later than this gets a notice
    };

    PublishQueue(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                 EndpointTable endpoints, Options options, QObject *parent = nullptr);
    ~PublishQueue() override;

    // Starts looking for due jobs (and at once). Jobs found mid-upload from an earlier run
    // continue from their checkpoint.
    void start();
    // Stops starting jobs and cancels the running ones; they stay at their last checkpoint.
    void stop();

    // Nothing runs and nothing is due, uploading, processing or waiting for a retry;
    // what is left is finished, needs attention, or is scheduled for later.
    bool isIdle();
    int runningCount() const { return static_cast<int>(m_runs.size()); }

    // Puts a job that needs attention (or was cancelled) back in the queue, continuing
    // from where the platform is; a job the platform failed starts over.
    Status retry(qint64 jobId);
    // Cancels a job that is not published yet (a running one stops at its checkpoint).
    Status cancel(qint64 jobId);

    PlatformPacer &pacer() { return m_pacer; }

Q_SIGNALS:
    // After every committed change of the job.
    void jobChanged(qint64 jobId, travelflow::PublishJob::State state);
    void jobProgress(qint64 jobId, qint64 sentBytes, qint64 totalBytes, double bytesPerSecond);
    // Something the user should read (a scheduled post that goes out late, ...).
    void notice(qint64 jobId, const QString &text);
    // isIdle() turned true.
    void idle();

private:
    struct Run;

    void tick();
    void resumeWaitingJobs(const QDateTime &now);
    void startJob(const PublishJob &job, const QDateTime &now);
    void withTokens(qint64 jobId, bool forceRefresh);
    void checkPublishingLimit(qint64 jobId);
    void launch(qint64 jobId);
    void onCheckpoint(qint64 jobId, const PublishCheckpoint &checkpoint);
    void onFinished(qint64 jobId, const PublishCheckpoint &checkpoint,
                    const std::optional<PlatformError> &error);
    void checkProcessing(qint64 jobId, const PublishCheckpoint &checkpoint);
    bool isCurrent(qint64 jobId, quint64 serial) const;
    void cancelOperation(qint64 jobId, PublishOperation *operation, bool dispose);
    void applyDecision(qint64 jobId, const FailureDecision &decision);
    void endRun(qint64 jobId);
    Expected<PublishJob> loadJob(qint64 jobId);
    Status saveJob(const PublishJob &job);
    QStringList endpointsFor(const PublishJob &job, const Account &account) const;
    void scheduleTick();

    Database &m_database;
    AccountTokens &m_tokens;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    Options m_options;
    FailurePolicy m_policy;
    PlatformPacer m_pacer;
    QTimer m_timer;
    bool m_running = false;
    bool m_wasIdle = false;
    quint64 m_nextSerial = 1; // tells a run from an earlier one of the same job
    qint64 m_inCheckpoint = 0; // the job whose adapter is inside checkpoint() right now
    std::map<qint64, std::unique_ptr<Run>> m_runs;
};

} // namespace travelflow
