#include "inbox_page_writer.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/inbox_state_repository.h"
#include "storage/interaction_batch_writer.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace travelflow {

// Lives in the writer's thread; opens its connection there on the first page and closes
// it when the thread ends.
class InboxPageWriter::Worker : public QObject
{
public:
    explicit Worker(QString databaseFile) : m_file(std::move(databaseFile))
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("travelflow-inbox-writer-%1").arg(counter.fetchAndAddRelaxed(1));
    }

    ~Worker() override
    {
        m_checkpoint.waitForFinished();
        m_writer.reset(); // its prepared statements go before the connection
        if (!m_db)
            return;
        m_db->close();
        m_db.reset(); // no handle may outlive the connection's removal
        QSqlDatabase::removeDatabase(m_name);
    }

    // The page and the quota it cost in one transaction; if the page cannot be stored,
    // the quota is counted on its own (the platform counted it all the same).
    Stored write(const InteractionBatchWriter::Batch &rows, const QuotaSpent &quota, bool skip)
    {
        if (!m_db) {
            auto db = Database::openConnection(m_file, m_name);
            if (!db) {
                QSqlDatabase::removeDatabase(m_name);
                return db.error(); // the next page tries again
            }
            m_db = *db;
            m_writer.emplace(*m_db);
            // The WAL is copied back into the database by checkpoint() on a pool thread, not
            // by the commit that fills it: a checkpoint waits for the disk (fsync) for tens
            // of milliseconds, and the writer is the slowest stage of a big sync.
            QSqlQuery(*m_db).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        }
        if (skip) {
            bill(quota);
            return Error::make(
                Error::Kind::Storage, QString(kSkippedCode),
                InboxPageWriter::tr("An earlier page could not be stored; this one waits for the "
                                    "next sync."));
        }
        const QString operation = InboxPageWriter::tr("save the comments and messages");
        Stored stored = [&]() -> Stored {
            Transaction tx(*m_db);
            if (!tx.isActive())
                return tx.error(operation);
            bill(quota);
            auto written = m_writer->write(rows, operation);
            if (!written)
                return written.error(); // rolled back, the quota with it
            if (!tx.commit())
                return tx.error(operation);
            return written;
        }();
        if (!stored)
            bill(quota);
        else if (++m_pagesSinceCheckpoint >= kPagesPerCheckpoint)
            checkpoint();
        return stored;
    }

private:
    // A big sync commits a page at a time, and its comments' ids are random: each commit
    // dirties leaf pages all over the indexes. Copying the WAL back every ~50 pages (some
    // 30 MB) copies such a page once instead of once per page.
    static constexpr int kPagesPerCheckpoint = 50;

    // A passive checkpoint through a connection of its own on a pool thread: it copies what
    // is committed while the writer goes on (never blocking it); one at a time.
    void checkpoint()
    {
        if (!m_checkpoint.isFinished())
            return;
        m_pagesSinceCheckpoint = 0;
        m_checkpoint = QtConcurrent::run([file = m_file] {
            static QAtomicInteger<int> counter;
            const QString name
                = QStringLiteral("travelflow-checkpoint-%1").arg(counter.fetchAndAddRelaxed(1));
            {
                auto db = Database::openConnection(file, name);
                if (db) {
                    QSqlQuery q(*db);
                    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                        qCWarning(lcInbox) << "checkpoint failed:" << q.lastError().text();
                    q.finish();
                    db->close();
                }
            }
            QSqlDatabase::removeDatabase(name);
        });
    }

    void bill(const QuotaSpent &quota)
    {
        if (quota.units <= 0)
            return;
        const Status billed
            = InboxStateRepository(*m_db).addQuotaUnits(quota.accountId, quota.day, quota.units);
        if (!billed)
            qCWarning(lcInbox) << "quota units not counted:" << billed.error().code;
    }

    QString m_file;
    QString m_name;
    std::optional<QSqlDatabase> m_db;
    std::optional<InteractionBatchWriter> m_writer; // keeps its statements prepared
    QFuture<void> m_checkpoint;
    int m_pagesSinceCheckpoint = 0;
};

InboxPageWriter::InboxPageWriter(QString databaseFile, QObject *parent)
    : QObject(parent), m_worker(new Worker(std::move(databaseFile)))
{
    m_thread.setObjectName(QStringLiteral("inbox writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

InboxPageWriter::~InboxPageWriter()
{
    m_thread.requestInterruption(); // pages still queued are skipped
    m_thread.quit();
    m_thread.wait();
}

void InboxPageWriter::write(InteractionBatchWriter::Batch rows, const QuotaSpent &quota, const Chain &chain,
                            QObject *context, Done done)
{
    // The answer goes through this object, which lives in the caller's thread and outlives
    // the worker thread (the destructor waits for it): `context` may be gone by then.
    QMetaObject::invokeMethod(
        m_worker,
        [self = this, worker = m_worker.data(), rows = std::move(rows), quota, chain,
         receiver = QPointer<QObject>(context), done = std::move(done)]() mutable {
            if (QThread::currentThread()->isInterruptionRequested())
                return;
            const bool skip = *chain;
            Stored stored = worker->write(rows, quota, skip);
            if (!stored && !skip) {
                *chain = true; // the chain's later pages are skipped
                qCWarning(lcInbox) << "storing an inbox page failed:" << stored.error().code;
            }
            // The page goes back with the answer and is freed there: thousands of values,
            // which the writer has better things to do than to free.
            QMetaObject::invokeMethod(
                self,
                [receiver, done = std::move(done), stored = std::move(stored), rows = std::move(rows)] {
                    if (receiver)
                        done(stored);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace travelflow
