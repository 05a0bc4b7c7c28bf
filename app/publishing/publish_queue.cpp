#include "publish_queue.h"

#include "accounts/account_tokens.h"
#include "core/account.h"
#include "core/logging.h"
#include "instagram/instagram_publisher.h"
#include "job_checkpoint.h"
#include "publish_spec_builder.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"

#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QScopeGuard>

namespace travelflow {

// One job the queue is working on right now.
struct PublishQueue::Run
{
    Account account;
    PostTarget target;
    Video video;
    OAuthTokens tokens;
    std::unique_ptr<PlatformPublisher> publisher;
    std::unique_ptr<PublishOperation> operation;
    quint64 serial = 0; // callbacks of an earlier run of the same job see a different one
    bool refreshed = false; // this run already refreshed the token after a 401
    bool cancelRequested = false;
    bool processingChecked = false;
};

namespace {

// YouTube answers the last chunk before it processes the video, so a video it rejects at
// once (processingFailure) would count as published: the queue asks once more.
bool checksProcessingAfterUpload(Platform platform)
{
    return platform == Platform::YouTube;
}

} // namespace

PublishQueue::PublishQueue(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                           EndpointTable endpoints, Options options, QObject *parent)
    : QObject(parent), m_database(database), m_tokens(tokens), m_nam(nam), m_endpoints(std::move(endpoints)),
      m_options(std::move(options)), m_policy(RetryPolicy(m_options.retry))
{
    if (!m_options.random)
        m_options.random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublishQueue::tick);
}

PublishQueue::~PublishQueue()
{
    // Operations hold network replies; stop them before the members they use go away.
    for (auto &[id, run] : m_runs) {
        if (PublishOperation *operation = run->operation.release()) {
            operation->disconnect(this);
            cancelOperation(id, operation, true); // deleted after their aborted replies
        }
    }
}

void PublishQueue::start()
{
    m_running = true;
    m_wasIdle = false;
    scheduleTick();
}

void PublishQueue::stop()
{
    m_running = false;
    m_timer.stop();
    for (auto &[id, run] : m_runs) {
        if (PublishOperation *operation = run->operation.release()) {
            operation->disconnect(this);
            cancelOperation(id, operation, true);
        }
        m_pacer.finished(platformName(run->account.platform));
    }
    m_runs.clear();
}

// Cancels a run's operation (and with `dispose`, deletes it afterwards). From inside the
// operation's checkpoint() the adapter still starts its next request once we return: the
// cancel waits for that, so it is that request which is aborted, and the operation (with
// the body device it reads from) outlives the request's reply, which is deleted later too.
void PublishQueue::cancelOperation(qint64 jobId, PublishOperation *operation, bool dispose)
{
    const auto cancel = [operation, dispose] {
        operation->cancel();
        if (dispose)
            operation->deleteLater();
    };
    if (m_inCheckpoint == jobId)
        QMetaObject::invokeMethod(operation, cancel, Qt::QueuedConnection);
    else
        cancel();
}

void PublishQueue::scheduleTick()
{
    if (!m_running)
        return;
    m_timer.start(0);
}

void PublishQueue::tick()
{
    if (!m_running)
        return;
    const QDateTime now = m_options.clock();
    resumeWaitingJobs(now);
    auto due = PublishJobRepository(m_database.connection()).listDue(now);
    if (!due) {
        qCWarning(lcPublishing) << "cannot list due jobs:" << due.error().code;
    } else {
        for (const PublishJob &job : *due) {
            if (m_runs.count(job.id) == 0)
                startJob(job, now);
        }
    }
    if (isIdle()) {
        if (!m_wasIdle) {
            m_wasIdle = true;
            Q_EMIT idle();
        }
    } else {
        m_wasIdle = false;
    }
    m_timer.start(m_options.tickMs);
}

// Jobs that wait for something outside the queue: a quota reset (automatic retry at the
// reset time) or a reconnect of their account.
void PublishQueue::resumeWaitingJobs(const QDateTime &now)
{
    PublishJobRepository jobs(m_database.connection());
    auto waiting = jobs.listByState({PublishJob::State::NeedsAttention});
    if (!waiting)
        return;
    for (PublishJob job : *waiting) {
        bool resume = false;
        if (job.lastErrorCode == QLatin1String("needs_reconnect")) {
            auto target = PostRepository(m_database.connection()).getTarget(job.postTargetId);
            if (target && *target) {
                auto account = AccountRepository(m_database.connection()).get((*target)->accountId);
                resume = account && *account && (*account)->status == Account::Status::Connected;
            }
        } else if (job.nextAttemptAt.isValid() && job.nextAttemptAt <= now) {
            resume = true; // the quota has reset
        }
        if (!resume)
            continue;
        qCInfo(lcPublishing) << "job" << job.id << "resumes after" << job.lastErrorCode;
        job.state = jobcheckpoint::runningState(job.stage);
        job.nextAttemptAt = QDateTime();
        job.lastErrorCode.clear();
        job.lastErrorText.clear();
        if (saveJob(job))
            Q_EMIT jobChanged(job.id, job.state);
    }
}

QStringList PublishQueue::endpointsFor(const PublishJob &job, const Account &account) const
{
    const bool fresh = job.stage == PublishJob::Stage::NotStarted || job.stage == PublishJob::Stage::Failed;
    switch (account.platform) {
    case Platform::TikTok:
        return fresh ? QStringList{QStringLiteral("tiktok.creator_info"), QStringLiteral("tiktok.init")}
                     : QStringList{QStringLiteral("tiktok.status")};
    case Platform::YouTube: return fresh ? QStringList{QStringLiteral("youtube.insert")} : QStringList();
    case Platform::Instagram:
        return fresh ? QStringList{QStringLiteral("instagram.container")} : QStringList();
    }
    return {};
}

void PublishQueue::startJob(const PublishJob &job, const QDateTime &now)
{
    const QSqlDatabase db = m_database.connection();
    auto target = PostRepository(db).getTarget(job.postTargetId);
    if (!target || !*target)
        return; // deleted with its post
    auto account = AccountRepository(db).get((*target)->accountId);
    if (!account || !*account)
        return;
    if ((*account)->status != Account::Status::Connected) {
        applyDecision(
            job.id,
            FailurePolicy::needsReconnect(job, (*account)->displayName,
                                          PlatformError::displayName(platformName((*account)->platform))));
        return;
    }
    auto post = PostRepository(db).get((*target)->postId);
    auto video = post && *post ? VideoRepository(db).get((*post)->videoId)
                               : Expected<std::optional<Video>>(std::nullopt);
    if (!video || !*video)
        return;

    if (job.stage == PublishJob::Stage::NotStarted && PublishSpecBuilder::waitsInQueue(**target, now)
        && (!job.nextAttemptAt.isValid() || job.nextAttemptAt < (*target)->scheduledAt)) {
        // Too close to its time for YouTube's publishAt (or never scheduled natively): the
        // post waits for its time here instead of going out early.
        PublishJob waiting = job;
        waiting.nextAttemptAt = (*target)->scheduledAt;
        if (saveJob(waiting))
            Q_EMIT jobChanged(job.id, waiting.state);
        return;
    }

    const QString platform = platformName((*account)->platform);
    const QStringList endpoints = endpointsFor(job, **account);
    if (!m_pacer.mayStart(platform, endpoints, now))
        return;
    m_pacer.started(platform, endpoints, now);

    auto run = std::make_unique<Run>();
    run->serial = m_nextSerial++;
    run->account = **account;
    run->target = **target;
    run->video = **video;
    m_runs[job.id] = std::move(run);
    qCInfo(lcPublishing) << "job" << job.id << "starts on" << platform << "at stage"
                         << publishStageName(job.stage);

    const QDateTime scheduled = (*target)->scheduledAt;
    if (scheduled.isValid() && job.stage == PublishJob::Stage::NotStarted
        && scheduled.secsTo(now) > m_options.lateNoticeSeconds) {
        Q_EMIT notice(job.id,
                      tr("The post to %1 was due at %2 while TravelFlow was not running; it is being "
                         "published now.")
                          .arg(PlatformError::displayName(platform),
                               QLocale().toString(scheduled.toLocalTime(), QLocale::ShortFormat)));
    }
    withTokens(job.id, false);
}

void PublishQueue::withTokens(qint64 jobId, bool forceRefresh)
{
    const qint64 accountId = m_runs.at(jobId)->account.id;
    const quint64 serial = m_runs.at(jobId)->serial;
    auto done = [this, jobId, serial](const Expected<OAuthTokens> &tokens) {
        if (!isCurrent(jobId, serial))
            return; // stopped, cancelled or ended meanwhile
        auto it = m_runs.find(jobId);
        if (tokens) {
            it->second->tokens = *tokens;
            if (it->second->account.platform == Platform::Instagram)
                return checkPublishingLimit(jobId);
            return launch(jobId);
        }
        auto job = loadJob(jobId);
        if (!job)
            return endRun(jobId);
        auto account = AccountRepository(m_database.connection()).get(it->second->account.id);
        if (account && *account && (*account)->status != Account::Status::Connected) {
            applyDecision(jobId,
                          FailurePolicy::needsReconnect(
                              *job, (*account)->displayName,
                              PlatformError::displayName(platformName((*account)->platform))));
            return;
        }
        PlatformError e;
        e.kind = PlatformError::Kind::Transient;
        e.platform = platformName(it->second->account.platform);
        e.code = tokens.error().code;
        e.message = tokens.error().message;
        applyDecision(jobId, m_policy.decide(*job, e, m_options.clock(), true, m_options.random()));
    };
    if (forceRefresh)
        m_tokens.refresh(accountId, this, done);
    else
        m_tokens.get(accountId, this, done);
}

// Instagram states its publishing limit; a fresh publish over it would only burn a
// container, so the job waits for the quota instead.
void PublishQueue::checkPublishingLimit(qint64 jobId)
{
    Run &run = *m_runs.at(jobId);
    auto job = loadJob(jobId);
    if (!job)
        return endRun(jobId);
    if (job->stage != PublishJob::Stage::NotStarted && job->stage != PublishJob::Stage::Failed)
        return launch(jobId);
    InstagramPublisher limits(m_nam, m_endpoints, run.account.remoteId);
    limits.publishingLimit(
        run.tokens, this,
        [this, jobId, serial = run.serial](const PlatformOutcome<InstagramPublishingLimit> &limit) {
            if (!isCurrent(jobId, serial))
                return;
            if (limit.ok() && limit.value->quotaTotal > 0
                && limit.value->quotaUsage >= limit.value->quotaTotal) {
                auto current = loadJob(jobId);
                if (!current)
                    return endRun(jobId);
                PlatformError e;
                e.kind = PlatformError::Kind::QuotaExhausted;
                e.platform = QStringLiteral("instagram");
                e.code = QStringLiteral("content_publishing_limit");
                e.until = m_options.clock().addSecs(limit.value->quotaDurationSeconds);
                e.message = tr("%1 of %2 posts in the last 24 hours")
                                .arg(limit.value->quotaUsage)
                                .arg(limit.value->quotaTotal);
                return applyDecision(
                    jobId, m_policy.decide(*current, e, m_options.clock(), false, m_options.random()));
            }
            // An unreadable limit is not a reason to hold the post: media_publish says it too.
            launch(jobId);
        });
}

void PublishQueue::launch(qint64 jobId)
{
    Run &run = *m_runs.at(jobId);
    auto job = loadJob(jobId);
    if (!job)
        return endRun(jobId);
    if (job->stage == PublishJob::Stage::Failed) // a retry after the platform's failure starts over
        jobcheckpoint::startOver(*job);
    run.publisher = createPlatformPublisher(run.account, m_nam, m_endpoints, m_options.tuning);
    const PublishSpec spec = PublishSpecBuilder::build(run.video, run.target, m_options.clock());
    run.operation = run.publisher->publish(spec, jobcheckpoint::toCheckpoint(*job), run.tokens);
    // Direct: the checkpoint is committed before the adapter's next network step.
    connect(
        run.operation.get(), &PublishOperation::checkpoint, this,
        [this, jobId](const PublishCheckpoint &cp) { onCheckpoint(jobId, cp); }, Qt::DirectConnection);
    connect(run.operation.get(), &PublishOperation::progress, this,
            [this, jobId](qint64 sent, qint64 total, double speed) {
                Q_EMIT jobProgress(jobId, sent, total, speed);
            });
    connect(run.operation.get(), &PublishOperation::finished, this,
            [this, jobId](const PublishCheckpoint &cp, const std::optional<PlatformError> &error) {
                onFinished(jobId, cp, error);
            });
    run.operation->start();
}

void PublishQueue::onCheckpoint(qint64 jobId, const PublishCheckpoint &checkpoint)
{
    m_inCheckpoint = jobId; // what jobChanged() handlers do (stop, cancel) must not pull the rug
    const auto leave = qScopeGuard([this] { m_inCheckpoint = 0; });
    auto job = loadJob(jobId);
    if (!job)
        return;
    jobcheckpoint::apply(*job, checkpoint);
    const auto it = m_runs.find(jobId);
    if (job->state == PublishJob::State::Published && it != m_runs.end()
        && checksProcessingAfterUpload(it->second->account.platform))
        job->state = PublishJob::State::Processing; // until checkProcessing() has asked
    if (job->state == PublishJob::State::Published && !job->publishedAt.isValid())
        job->publishedAt = m_options.clock();
    if (const Status saved = saveJob(*job); !saved) {
        // Without the checkpoint on disk the next step could not be resumed safely.
        qCCritical(lcPublishing) << "job" << jobId << "checkpoint not saved:" << saved.error().code;
        if (it != m_runs.end() && it->second->operation)
            cancelOperation(jobId, it->second->operation.get(), false);
        return;
    }
    Q_EMIT jobChanged(jobId, job->state);
}

void PublishQueue::onFinished(qint64 jobId, const PublishCheckpoint &checkpoint,
                              const std::optional<PlatformError> &error)
{
    auto it = m_runs.find(jobId);
    if (it == m_runs.end())
        return;
    Run &run = *it->second;
    auto job = loadJob(jobId);
    if (!job)
        return endRun(jobId);
    jobcheckpoint::apply(*job, checkpoint);

    if (checkpoint.stage == PublishCheckpoint::Stage::Published) {
        if (checksProcessingAfterUpload(run.account.platform) && !run.processingChecked)
            return checkProcessing(jobId, checkpoint);
        job->state = PublishJob::State::Published; // even when cancelled late: the platform has it
        if (!job->publishedAt.isValid())
            job->publishedAt = m_options.clock();
        job->nextAttemptAt = QDateTime();
        job->lastErrorCode.clear();
        job->lastErrorText.clear();
        qCInfo(lcPublishing) << "job" << jobId << "published";
        saveJob(*job);
        Q_EMIT jobChanged(jobId, job->state);
        return endRun(jobId);
    }
    if (run.cancelRequested) {
        job->state = PublishJob::State::Cancelled;
        saveJob(*job);
        Q_EMIT jobChanged(jobId, job->state);
        return endRun(jobId);
    }
    PlatformError e;
    if (error) {
        e = *error;
    } else { // finished without an error short of published: ask again later
        e.kind = PlatformError::Kind::Transient;
        e.message = tr("The platform has not confirmed the post yet.");
    }
    if (e.platform.isEmpty())
        e.platform = platformName(run.account.platform);
    const FailureDecision decision
        = m_policy.decide(*job, e, m_options.clock(), run.refreshed, m_options.random());
    qCInfo(lcPublishing) << "job" << jobId << "run ended:" << PlatformError::kindName(e.kind) << e.code
                         << "->" << publishStateName(decision.state);
    if (decision.refreshTokenFirst) {
        saveJob(*job); // the final checkpoint
        run.refreshed = true;
        run.operation.release()->deleteLater();
        run.publisher.reset();
        return withTokens(jobId, true);
    }
    if (decision.code == QLatin1String("needs_reconnect")) {
        // Refused even with a fresh token: only a reconnect helps. Marking the account makes
        // the job wait for it (and shows it in Accounts) instead of trying again at once.
        AccountRepository(m_database.connection())
            .setStatus(run.account.id, Account::Status::NeedsReconnect, e.message);
    }
    // applyDecision reloads the job: store the final checkpoint first.
    saveJob(*job);
    applyDecision(jobId, decision);
}

// The upload is complete; whether YouTube accepted the video for processing is asked
// once, before the job counts as published.
void PublishQueue::checkProcessing(qint64 jobId, const PublishCheckpoint &checkpoint)
{
    Run &run = *m_runs.at(jobId);
    run.processingChecked = true;
    run.publisher->status(
        checkpoint, run.tokens, this,
        [this, jobId, serial = run.serial, checkpoint](const PlatformOutcome<PublishCheckpoint> &now) {
            if (!isCurrent(jobId, serial))
                return;
            // An unanswered check, or a video not listed yet, is no failure: the upload did
            // finish, and YouTube named the video.
            if (!now.ok() || now.value->stage != PublishCheckpoint::Stage::Failed
                || now.value->failureReason == QLatin1String("deleted")) {
                qCInfo(lcPublishing) << "job" << jobId << "processing check:"
                                     << (now.ok() ? now.value->failureReason : now.error->code);
                return onFinished(jobId, checkpoint, std::nullopt);
            }
            PlatformError e;
            e.kind = PlatformError::Kind::MediaRejected;
            e.platform = platformName(m_runs.at(jobId)->account.platform);
            e.code = now.value->failureReason;
            e.message = tr("%1 could not process the video (%2).")
                            .arg(PlatformError::displayName(e.platform), e.code);
            onFinished(jobId, *now.value, e);
        });
}

bool PublishQueue::isCurrent(qint64 jobId, quint64 serial) const
{
    const auto it = m_runs.find(jobId);
    return it != m_runs.end() && it->second->serial == serial;
}

void PublishQueue::applyDecision(qint64 jobId, const FailureDecision &decision)
{
    auto job = loadJob(jobId);
    if (job) {
        if (decision.startOver)
            jobcheckpoint::startOver(*job);
        job->state = decision.state;
        job->attempts = decision.attempts;
        job->nextAttemptAt = decision.nextAttemptAt;
        job->lastErrorCode = decision.code;
        job->lastErrorText = decision.text;
        if (saveJob(*job))
            Q_EMIT jobChanged(jobId, job->state);
    }
    if (decision.holdPlatformUntil.isValid()) {
        auto it = m_runs.find(jobId);
        auto target = PostRepository(m_database.connection()).getTarget(job ? job->postTargetId : 0);
        if (it != m_runs.end())
            m_pacer.hold(platformName(it->second->account.platform), decision.holdPlatformUntil);
        else if (target && *target)
            m_pacer.hold(platformName((*target)->platform), decision.holdPlatformUntil);
    }
    endRun(jobId);
}

void PublishQueue::endRun(qint64 jobId)
{
    auto it = m_runs.find(jobId);
    if (it == m_runs.end())
        return;
    m_pacer.finished(platformName(it->second->account.platform));
    if (it->second->operation)
        it->second->operation.release()->deleteLater(); // may be inside its own signal
    m_runs.erase(it);
    scheduleTick();
}

bool PublishQueue::isIdle()
{
    if (!m_runs.empty())
        return false;
    auto active = PublishJobRepository(m_database.connection())
                      .listByState({PublishJob::State::Queued, PublishJob::State::Uploading,
                                    PublishJob::State::Processing});
    if (!active)
        return false;
    const QDateTime now = m_options.clock();
    for (const PublishJob &job : *active) {
        if (!job.nextAttemptAt.isValid() || job.nextAttemptAt <= now)
            return false; // due
        const bool waitingForRetry
            = job.state != PublishJob::State::Queued || job.attempts > 0 || !job.lastErrorCode.isEmpty();
        if (waitingForRetry)
            return false;
        // Otherwise it is scheduled for later.
    }
    return true;
}

Status PublishQueue::retry(qint64 jobId)
{
    auto job = loadJob(jobId);
    if (!job)
        return job.error();
    if (m_runs.count(jobId) != 0 || job->state == PublishJob::State::Published) {
        return Error::make(Error::Kind::Validation, QStringLiteral("job_not_retryable"),
                           tr("Job %1 is %2; only a job that needs attention, failed or was cancelled can be "
                              "retried.")
                               .arg(jobId)
                               .arg(publishStateName(job->state)));
    }
    job->state = jobcheckpoint::runningState(job->stage);
    job->attempts = 0;
    job->lastErrorCode.clear();
    job->lastErrorText.clear();
    job->nextAttemptAt = QDateTime();
    auto target = PostRepository(m_database.connection()).getTarget(job->postTargetId);
    if (target && *target && PublishSpecBuilder::waitsInQueue(**target, m_options.clock()))
        job->nextAttemptAt = (*target)->scheduledAt; // still scheduled for later
    if (Status saved = saveJob(*job); !saved)
        return saved;
    Q_EMIT jobChanged(jobId, job->state);
    scheduleTick();
    return {};
}

Status PublishQueue::cancel(qint64 jobId)
{
    auto job = loadJob(jobId);
    if (!job)
        return job.error();
    if (job->state == PublishJob::State::Published) {
        return Error::make(
            Error::Kind::Validation, QStringLiteral("job_already_published"),
            tr("Job %1 is already published; delete the post on the platform if it should go.").arg(jobId));
    }
    if (auto it = m_runs.find(jobId); it != m_runs.end()) {
        it->second->cancelRequested = true;
        if (it->second->operation) {
            cancelOperation(jobId, it->second->operation.get(), false);
            return {}; // onFinished records the outcome (published wins if it got there)
        }
        endRun(jobId);
    }
    job->state = PublishJob::State::Cancelled;
    job->nextAttemptAt = QDateTime();
    if (Status saved = saveJob(*job); !saved)
        return saved;
    Q_EMIT jobChanged(jobId, job->state);
    return {};
}

Expected<PublishJob> PublishQueue::loadJob(qint64 jobId)
{
    auto job = PublishJobRepository(m_database.connection()).get(jobId);
    if (!job)
        return job.error();
    if (!*job) {
        return Error::make(Error::Kind::NotFound, QStringLiteral("job_not_found"),
                           tr("There is no publish job %1. Run \"queue list\" to see the jobs.").arg(jobId));
    }
    return **job;
}

Status PublishQueue::saveJob(const PublishJob &job)
{
    Status saved = PublishJobRepository(m_database.connection()).save(job);
    if (!saved)
        qCWarning(lcPublishing) << "job" << job.id << "not saved:" << saved.error().code;
    return saved;
}

} // namespace travelflow
