#pragma once

#include "core/publish_job.h"
#include "storage/publish_job_repository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace travelflow {

class Database;
class PublishQueue;

// The publish jobs of the queue page, newest first, read from SQLite a page at a time
// (canFetchMore/fetchMore). Follows the queue's signals row by row: a state change re-reads
// that one job, an upload progress tick changes only that row's progress cell.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PostColumn,
        AccountColumn,
        StateColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        StateRole, // PublishJob::State as int
        ProgressRole, // 0..100, or -1 when there is nothing to show
        ProgressTextRole,
        MessageRole, // the last error and what to do
        UrlRole, // where the published post opens (QUrl)
        CanRetryRole,
        CanCancelRole
    };
    using Filter = PublishJobRepository::EntryFilter;

    QueueModel(Database &database, PublishQueue &queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    // Reads the first page again (on show: jobs made meanwhile by Compose appear).
    void reload();

    int rowOf(qint64 jobId) const;
    const PublishJobEntry &entry(int row) const { return m_rows.at(row).entry; }
    // The last error text of a reload or a fetch; empty when it worked.
    QString lastError() const { return m_lastError; }

    static constexpr int kPageSize = 100;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Progress
    {
        qint64 sent = 0;
        qint64 total = 0;
        double speed = 0;
    };
    struct Row
    {
        PublishJobEntry entry;
        std::optional<Progress> live;
    };

    void onJobChanged(qint64 jobId);
    void onJobProgress(qint64 jobId, qint64 sent, qint64 total, double speed);
    QList<PublishJobEntry> page(int offset);
    int progressPercent(const Row &row) const;
    QString progressText(const Row &row) const;
    QString message(const PublishJob &job) const;

    Database &m_database;
    Filter m_filter = Filter::All;
    QList<Row> m_rows;
    bool m_more = false;
    QString m_lastError;
};

} // namespace travelflow
