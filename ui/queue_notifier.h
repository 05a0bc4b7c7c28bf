#pragma once

#include "core/publish_job.h"

#include <QHash>
#include <QObject>

namespace travelflow {

class Database;
class PublishQueue;

// Tells the user what the publishing queue did while the window may be closed: a post went
// out, a post needs attention (with the reason), a late start. It says which video and
// where, and it honours the notification preference. main() shows the messages in the tray.
class QueueNotifier : public QObject
{
    Q_OBJECT

public:
    QueueNotifier(Database &database, PublishQueue &queue, QObject *parent = nullptr);

Q_SIGNALS:
    void message(const QString &title, const QString &text);

private:
    void onJobChanged(qint64 jobId, PublishJob::State state);

    Database &m_database;
    QHash<qint64, PublishJob::State> m_lastState;
};

} // namespace travelflow
