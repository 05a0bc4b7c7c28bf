#include "published_posts_model.h"

#include "queue/job_presentation.h"
#include "storage/database.h"
#include "widgets/platform_style.h"

#include <QFileInfo>
#include <QLocale>

namespace travelflow {

namespace {

std::optional<qint64> metric(const PublishedPostMetrics &p, int column)
{
    if (!p.latest)
        return std::nullopt;
    switch (column) {
    case PublishedPostsModel::ViewsColumn: return p.latest->views;
    case PublishedPostsModel::LikesColumn: return p.latest->likes;
    case PublishedPostsModel::CommentsColumn: return p.latest->comments;
    case PublishedPostsModel::SharesColumn: return p.latest->shares;
    default: return std::nullopt;
    }
}

} // namespace

PublishedPostsModel::PublishedPostsModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    reload();
}

int PublishedPostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PublishedPostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublishedPostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PostColumn: return tr("Post");
    case ViewsColumn: return tr("Views");
    case LikesColumn: return tr("Likes");
    case CommentsColumn: return tr("Comments");
    case SharesColumn: return tr("Shares");
    case PublishedColumn: return tr("Published");
    default: return {};
    }
}

QVariant PublishedPostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PublishedPostMetrics &p = m_rows.at(index.row());
    if (role == JobIdRole)
        return p.publishJobId;
    const int column = index.column();
    if (column >= ViewsColumn && column <= SharesColumn) {
        const std::optional<qint64> value = metric(p, column);
        switch (role) {
        case ValueRole: return value ? QVariant(*value) : QVariant();
        case Qt::DisplayRole: return value ? QLocale().toString(*value) : QStringLiteral("—");
        case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return p.latest ? tr("As of %1").arg(JobPresentation::when(p.latest->takenAt))
                            : tr("No numbers yet: use Refresh metrics.");
        default: return {};
        }
    }
    if (column == PostColumn) {
        const QString file = QFileInfo(p.videoPath).fileName();
        const QString words = (p.title.isEmpty() ? p.captionExcerpt : p.title).simplified();
        switch (role) {
        case Qt::DisplayRole: return words.isEmpty() ? file : words;
        case Qt::DecorationRole: return platformIcon(p.platform);
        case Qt::ToolTipRole:
            return tr("%1 on %2 (%3)").arg(file, platformDisplayName(p.platform), p.accountName);
        default: return {};
        }
    }
    if (column == PublishedColumn) {
        switch (role) {
        case Qt::DisplayRole: return publishedText(p.publishedAt);
        case Qt::ToolTipRole: return QLocale().toString(p.publishedAt.toLocalTime(), QLocale::LongFormat);
        default: return {};
        }
    }
    return {};
}

QString PublishedPostsModel::publishedText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

bool PublishedPostsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void PublishedPostsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QList<PublishedPostMetrics> more = page(static_cast<int>(m_rows.size()));
    more.removeIf([this](const PublishedPostMetrics &p) { return rowOf(p.publishJobId) >= 0; });
    if (more.isEmpty())
        return;
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void PublishedPostsModel::sort(int column, Qt::SortOrder order)
{
    using Key = MetricsRepository::SortKey;
    switch (column) {
    case ViewsColumn: m_key = Key::Views; break;
    case LikesColumn: m_key = Key::Likes; break;
    case CommentsColumn: m_key = Key::Comments; break;
    case SharesColumn: m_key = Key::Shares; break;
    default: m_key = Key::PublishedAt; break;
    }
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void PublishedPostsModel::reload()
{
    beginResetModel();
    m_rows = page(0);
    endResetModel();
}

int PublishedPostsModel::rowOf(qint64 jobId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).publishJobId == jobId)
            return i;
    }
    return -1;
}

QList<PublishedPostMetrics> PublishedPostsModel::page(int offset)
{
    auto posts
        = MetricsRepository(m_database.connection()).listPublished(m_key, m_descending, kPageSize, offset);
    if (!posts) {
        m_more = false;
        Q_EMIT loadFailed(posts.error().message);
        return {};
    }
    m_more = posts->size() == kPageSize;
    return *posts;
}

} // namespace travelflow
