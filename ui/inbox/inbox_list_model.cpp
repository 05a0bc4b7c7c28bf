#include "inbox_list_model.h"

#include "widgets/platform_style.h"

namespace travelflow {

InboxListModel::InboxListModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractListModel(parent), m_items(db)
{ }

void InboxListModel::setFilter(const InteractionFilter &filter)
{
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.beforeCreatedAt = QDateTime();
    m_filter.beforeId = 0;
    load(kWindow);
}

void InboxListModel::reload()
{
    load(qMax(kWindow, static_cast<int>(m_rows.size())));
}

void InboxListModel::load(int rows)
{
    beginResetModel();
    m_lastError.clear();
    m_rows = readWindow(rows, false);
    m_atEnd = m_rows.size() < rows;
    const auto total = m_items.count(m_filter);
    m_total = total ? *total : m_rows.size();
    endResetModel();
    Q_EMIT loaded();
}

QList<Interaction> InboxListModel::readWindow(int limit, bool afterLoaded)
{
    InteractionFilter window = m_filter;
    window.limit = limit;
    if (afterLoaded && !m_rows.isEmpty()) {
        // Continue after the last loaded row, whatever arrived at the top meanwhile.
        window.beforeCreatedAt = m_rows.constLast().createdAt;
        window.beforeId = m_rows.constLast().id;
    }
    auto items = m_items.find(window);
    if (!items) {
        m_lastError = items.error().message;
        return {};
    }
    readTitles(*items);
    return *items;
}

void InboxListModel::readTitles(const QList<Interaction> &items)
{
    QStringList unknown;
    for (const Interaction &i : items) {
        if (!i.remotePostId.isEmpty() && !m_postTitles.contains(i.remotePostId))
            unknown.append(i.remotePostId);
    }
    if (unknown.isEmpty())
        return;
    auto titles = m_items.postTitles(unknown);
    if (!titles)
        return; // titles are a nicety; the list works without them
    for (const QString &id : std::as_const(unknown))
        m_postTitles.insert(id, titles->value(id)); // remembers the unknown ones too
}

void InboxListModel::refreshItem(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto fresh = m_items.get(id);
    if (!fresh || !*fresh)
        return;
    m_rows[row] = **fresh;
    Q_EMIT dataChanged(index(row), index(row));
}

const Interaction *InboxListModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int InboxListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int InboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant InboxListModel::data(const QModelIndex &index, int role) const
{
    const Interaction *i = item(index.row());
    if (!i || index.parent().isValid())
        return {};
    const bool lead = i->leadUserLabel.value_or(i->leadLabel) == Interaction::LeadLabel::Lead;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 on %2: %3%4")
            .arg(i->authorName.isEmpty() ? tr("Someone") : i->authorName, platformDisplayName(i->platform),
                 i->text, lead ? tr(" (lead)") : QString());
    case Qt::ToolTipRole:
        return lead && !i->leadReason.isEmpty() ? tr("Lead: %1").arg(i->leadReason) : QVariant();
    case Qt::DecorationRole: return platformIcon(i->platform);
    case IdRole: return i->id;
    case PlatformRole: return static_cast<int>(i->platform);
    case AuthorRole: return i->authorName;
    case TextRole: return i->text;
    case PostTitleRole: return m_postTitles.value(i->remotePostId);
    case CreatedAtRole: return i->createdAt;
    case LeadRole: return lead;
    case LeadScoreRole: return i->leadScore;
    case LeadReasonRole: return i->leadReason;
    case UnreadRole: return i->state == Interaction::State::New;
    case StateRole: return static_cast<int>(i->state);
    default: return {};
    }
}

bool InboxListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void InboxListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Interaction> more = readWindow(kWindow, true);
    m_atEnd = more.size() < kWindow;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QHash<int, QByteArray> InboxListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(AuthorRole, "author");
    names.insert(TextRole, "text");
    names.insert(LeadRole, "lead");
    return names;
}

} // namespace travelflow
