#include "metrics_sync.h"

#include "accounts/account_tokens.h"
#include "core/logging.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/metrics_repository.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"

namespace travelflow {

struct MetricsSync::Run
{
    QList<PublishJobEntry> due;
    Report report;
    std::function<void(const Report &)> done;
};

MetricsSync::MetricsSync(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                         EndpointTable endpoints, QObject *parent)
    : QObject(parent), m_database(database), m_tokens(tokens), m_nam(nam), m_endpoints(std::move(endpoints))
{ }

void MetricsSync::syncAll(const std::function<void(const Report &)> &done)
{
    auto run = std::make_shared<Run>();
    run->done = done;
    const QSqlDatabase db = m_database.connection();
    auto entries = PublishJobRepository(db).listEntries();
    if (entries) {
        const QDateTime now = m_clock();
        for (const PublishJobEntry &e : *entries) {
            if (e.job.state != PublishJob::State::Published || e.job.remotePostId.isEmpty())
                continue;
            ++run->report.posts;
            auto snapshots = MetricsRepository(db).listForJob(e.job.id);
            if (snapshots && !snapshots->isEmpty()
                && snapshots->constLast().takenAt.secsTo(now) < m_minIntervalSeconds) {
                ++run->report.skipped;
                continue;
            }
            run->due.append(e);
        }
    }
    next(run);
}

void MetricsSync::next(const std::shared_ptr<Run> &run)
{
    if (run->due.isEmpty()) {
        if (run->done)
            run->done(run->report);
        return;
    }
    const PublishJobEntry entry = run->due.takeFirst();
    auto account = AccountRepository(m_database.connection()).get(entry.accountId);
    if (!account || !*account)
        return next(run);
    const Account owner = **account;
    m_tokens.get(owner.id, this, [this, run, entry, owner](const Expected<OAuthTokens> &tokens) {
        if (!tokens) {
            ++run->report.failed;
            run->report.lastError = tokens.error().message;
            return next(run);
        }
        std::shared_ptr<PlatformPublisher> publisher(createPlatformPublisher(owner, m_nam, m_endpoints));
        publisher->metrics(entry.job.remotePostId, *tokens, this,
                           [this, run, entry, publisher](const PlatformOutcome<PostMetrics> &m) {
                               if (!m.ok()) {
                                   ++run->report.failed;
                                   run->report.lastError = m.error->message;
                                   qCInfo(lcInbox)
                                       << "metrics of job" << entry.job.id << "failed:" << m.error->code;
                                   return next(run);
                               }
                               MetricsSnapshot s;
                               s.publishJobId = entry.job.id;
                               s.takenAt = m_clock();
                               s.views = m.value->views;
                               s.likes = m.value->likes;
                               s.comments = m.value->comments;
                               s.shares = m.value->shares;
                               if (MetricsRepository(m_database.connection()).add(s))
                                   ++run->report.snapshots;
                               next(run);
                           });
    });
}

} // namespace travelflow
