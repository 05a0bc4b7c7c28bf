#pragma once

#include "storage/metrics_repository.h"

#include <QAbstractTableModel>

namespace travelflow {

class Database;

// The published posts of the analytics page with their latest numbers, read from SQLite a
// page at a time and sorted there (a click on a column header re-reads the first page).
class PublishedPostsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PostColumn,
        ViewsColumn,
        LikesColumn,
        CommentsColumn,
        SharesColumn,
        PublishedColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        ValueRole // the number of a metric column as qint64, or null
    };

    explicit PublishedPostsModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void reload();
    int rowOf(qint64 jobId) const;
    const PublishedPostMetrics &post(int row) const { return m_rows.at(row); }

    // How the Published column writes a moment (a short local date).
    static QString publishedText(const QDateTime &at);

    static constexpr int kPageSize = 100;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QList<PublishedPostMetrics> page(int offset);

    Database &m_database;
    MetricsRepository::SortKey m_key = MetricsRepository::SortKey::Views;
    bool m_descending = true;
    QList<PublishedPostMetrics> m_rows;
    bool m_more = false;
};

} // namespace travelflow
