#include "queue_notifier.h"

#include "preferences.h"
#include "publishing/publish_queue.h"
#include "tray_icon.h"

namespace travelflow {

QueueNotifier::QueueNotifier(PublishQueue &queue, TrayIcon &tray, QObject *parent)
    : QObject(parent), m_tray(tray)
{
    connect(&queue, &PublishQueue::jobChanged, this, &QueueNotifier::onJobChanged);
    connect(&queue, &PublishQueue::notice, this, [this](qint64, const QString &text) {
        if (Preferences::notifyPublishResults())
            m_tray.showMessage(tr("Publishing"), text);
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
    if (state == PublishJob::State::Published)
        m_tray.showMessage(tr("Published"), tr("Post %1 is published.").arg(jobId));
    else if (state == PublishJob::State::NeedsAttention)
        m_tray.showMessage(tr("A post needs your attention"),
                           tr("Post %1 could not be published. Open the queue to see why.").arg(jobId));
}

} // namespace travelflow
