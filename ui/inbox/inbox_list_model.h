#pragma once

#include "core/interaction.h"
#include "storage/interaction_repository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace travelflow {

// The inbox's items for one filter, newest first, read from SQL a window at a time: the
// first window on setFilter(), the next ones when the view scrolls near the end
// (fetchMore). Rows never loaded cost nothing, so 100,000 comments scroll like 100.
class InboxListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PlatformRole, // Platform as int
        AuthorRole,
        TextRole,
        PostTitleRole, // the post's title or caption when TravelFlow published it
        CreatedAtRole,
        LeadRole, // bool: the user's label, else the classifier's
        LeadScoreRole,
        LeadReasonRole,
        UnreadRole,
        StateRole, // Interaction::State as int
    };

    static constexpr int kWindow = 200;

    explicit InboxListModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // Starts over with the first window of `filter` (its limit, offset and cursor are the
    // model's own business and ignored).
    void setFilter(const InteractionFilter &filter);
    const InteractionFilter &filter() const { return m_filter; }
    // Reads the rows again (after a sync or a change that moves items in or out of the
    // filter), as many as were loaded.
    void reload();
    // Reads one item again, after a change that keeps it where it is.
    void refreshItem(qint64 id);

    // How many items match the filter, loaded or not (counted on setFilter/reload).
    qint64 totalCount() const { return m_total; }
    const Interaction *item(int row) const;
    int rowOf(qint64 id) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded(); // after setFilter / reload: totalCount() and the first rows are new

private:
    QList<Interaction> readWindow(int limit, bool afterLoaded);
    void readTitles(const QList<Interaction> &items);
    void load(int rows);

    InteractionRepository m_items;
    InteractionFilter m_filter;
    QList<Interaction> m_rows;
    QHash<QString, QString> m_postTitles; // remote post id -> title
    qint64 m_total = 0;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace travelflow
