#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace travelflow {

class Database;
class InboxSync;
class MetricsSync;
class ReplySender;
struct InboxSyncReport;

// Keeps the inbox fresh while the app runs: sends queued replies, syncs every connected
// account in turn every `interval`, backs off an account that failed (doubling up to
// `maxBackoff`, or until the quota reset the platform named), and takes metrics snapshots.
// syncNow() runs a round at once.
class InboxScheduler : public QObject
{
    Q_OBJECT

public:
    InboxScheduler(Database &database, InboxSync &sync, ReplySender &replies, MetricsSync &metrics,
                   QObject *parent = nullptr);

    void setInterval(qint64 seconds) { m_intervalSeconds = seconds; }
    void setMaxBackoff(qint64 seconds) { m_maxBackoffSeconds = seconds; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start();
    void syncNow();
    bool isRunning() const { return m_roundRunning; }
    // When `accountId` may be synced next (invalid = now).
    QDateTime nextSyncOf(qint64 accountId) const { return m_notBefore.value(accountId); }

Q_SIGNALS:
    void roundFinished(int added, int leads);
    void accountSynced(const travelflow::InboxSyncReport &report);

private:
    void round(bool forced);
    void syncAccounts(QList<qint64> ids, bool forced, int added, int leads);
    void onReport(const InboxSyncReport &report);

    Database &m_database;
    InboxSync &m_sync;
    ReplySender &m_replies;
    MetricsSync &m_metrics;
    QTimer m_timer;
    qint64 m_intervalSeconds = qint64{15} * 60;
    qint64 m_maxBackoffSeconds = qint64{4} * 3600;
    bool m_roundRunning = false;
    bool m_pending = false;
    QHash<qint64, int> m_failures;
    QHash<qint64, QDateTime> m_notBefore;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace travelflow
