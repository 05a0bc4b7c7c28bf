#include "queue_notifier.h"

#include "preferences.h"
#include "publishing/publish_queue.h"
#include "storage/database.h"
#include "storage/publish_job_repository.h"
#include "widgets/platform_style.h"

#include <QFileInfo>

namespace travelflow {

QueueNotifier::QueueNotifier(Database &database, PublishQueue &queue, QObject *parent)
    : QObject(parent), m_database(database)
{
    connect(&queue, &PublishQueue::jobChanged, this, &QueueNotifier::onJobChanged);
    connect(&queue, &PublishQueue::notice, this, [this](qint64, const QString &text) {
        if (Preferences::notifyPublishResults())
            Q_EMIT message(tr("Publishing"), text);
    });
}

void QueueNotifier::onJobChanged(qint64 jobId, PublishJob::State state)
{
    // Checkpoints repeat the same state; only a change is news.
    if (m_lastState.value(jobId, PublishJob::State::Queued) == state)
        return;
    m_lastState.insert(jobId, state);
    if (!Preferences::notifyPublishResults())
        return;
    if (state != PublishJob::State::Published && state != PublishJob::State::NeedsAttention
        && state != PublishJob::State::Failed)
        return;

    // Name the post the way the user knows it: its title, else the clip's file name.
    QString what = tr("Post %1").arg(jobId);
    QString where;
    QString reason;
    if (const auto entry = PublishJobRepository(m_database.connection()).getEntry(jobId); entry && *entry) {
        const PublishJobEntry &e = **entry;
        what = e.title.isEmpty() ? QFileInfo(e.videoPath).fileName() : e.title;
        where = platformDisplayName(e.platform);
        reason = e.job.lastErrorText;
    }
    if (state == PublishJob::State::Published) {
        Q_EMIT message(tr("Published"),
                       where.isEmpty() ? tr("\"%1\" is published.").arg(what)
                                       : tr("\"%1\" is published on %2.").arg(what, where));
        return;
    }
    const QString text = where.isEmpty() ? tr("\"%1\" could not be published.").arg(what)
                                         : tr("\"%1\" could not be published on %2.").arg(what, where);
    Q_EMIT message(tr("A post needs your attention"),
                   reason.isEmpty() ? tr("%1 Open the queue to see what to do.").arg(text)
                                    : tr("%1 %2 Open the queue to see what to do.").arg(text, reason));
}

} // namespace travelflow
