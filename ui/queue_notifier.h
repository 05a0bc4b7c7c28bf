#pragma once

#include "core/publish_job.h"

#include <QObject>

namespace travelflow {

class PublishQueue;
class TrayIcon;

// Tells the user, through the tray, what the publishing queue did while the window may be
// closed: a post went out, a post needs attention (with the reason), a late start.
class QueueNotifier : public QObject
{
    Q_OBJECT

public:
    QueueNotifier(PublishQueue &queue, TrayIcon &tray, QObject *parent = nullptr);

private:
    void onJobChanged(qint64 jobId, PublishJob::State state);

    TrayIcon &m_tray;
    QHash<qint64, PublishJob::State> m_lastState;
};

} // namespace travelflow
