#include "inbox_scheduler.h"

#include "core/logging.h"
#include "inbox_sync.h"
#include "metrics_sync.h"
#include "reply_sender.h"
#include "storage/account_repository.h"
#include "storage/database.h"

namespace travelflow {

InboxScheduler::InboxScheduler(Database &database, InboxSync &sync, ReplySender &replies,
                               MetricsSync &metrics, QObject *parent)
    : QObject(parent), m_database(database), m_sync(sync), m_replies(replies), m_metrics(metrics)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { round(false); });
}

void InboxScheduler::start()
{
    m_timer.start(0);
}

void InboxScheduler::syncNow()
{
    if (m_roundRunning) {
        m_pending = true; // one more round right after this one
        return;
    }
    round(true);
}

void InboxScheduler::round(bool forced)
{
    m_roundRunning = true;
    m_timer.stop();
    QList<qint64> ids;
    if (auto accounts = AccountRepository(m_database.connection()).list()) {
        for (const Account &a : *accounts) {
            if (a.status == Account::Status::Connected)
                ids.append(a.id);
        }
    }
    m_replies.sendDue([this, ids, forced](int) { syncAccounts(ids, forced, 0, 0); });
}

void InboxScheduler::syncAccounts(QList<qint64> ids, bool forced, int added, int leads)
{
    const QDateTime now = m_clock();
    while (!ids.isEmpty() && !forced && m_notBefore.value(ids.constFirst()).isValid()
           && m_notBefore.value(ids.constFirst()) > now)
        ids.removeFirst(); // backing off
    if (ids.isEmpty()) {
        m_metrics.syncAll([this, added, leads](const MetricsSync::Report &) {
            m_roundRunning = false;
            Q_EMIT roundFinished(added, leads);
            if (m_pending) {
                m_pending = false;
                return round(true);
            }
            m_timer.start(static_cast<int>(m_intervalSeconds * 1000));
        });
        return;
    }
    const qint64 id = ids.takeFirst();
    m_sync.syncAccount(id, [this, ids, forced, added, leads](const InboxSyncReport &report) {
        onReport(report);
        syncAccounts(ids, forced, added + report.added, leads + report.leads);
    });
}

void InboxScheduler::onReport(const InboxSyncReport &report)
{
    Q_EMIT accountSynced(report);
    if (!report.error) {
        m_failures.remove(report.accountId);
        m_notBefore.remove(report.accountId);
        return;
    }
    const int failures = m_failures.value(report.accountId) + 1;
    m_failures.insert(report.accountId, failures);
    const qint64 backoff = qMin(m_maxBackoffSeconds, m_intervalSeconds << qMin(failures, 16));
    QDateTime next = m_clock().addSecs(backoff);
    if (report.error->until.isValid())
        next = qMax(next, report.error->until); // a quota resets at its own time
    m_notBefore.insert(report.accountId, next);
    qCInfo(lcInbox) << "account" << report.accountId << "backs off until" << next.toString(Qt::ISODate);
}

} // namespace travelflow
