#include "queue_model.h"

#include "job_presentation.h"
#include "platform_post_url.h"
#include "publishing/publish_queue.h"
#include "storage/database.h"
#include "widgets/platform_style.h"

#include <QFileInfo>
#include <QPainter>
#include <QPixmap>

namespace travelflow {

namespace {

QIcon stateIcon(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QString postText(const PublishJobEntry &e)
{
    const QString file = QFileInfo(e.videoPath).fileName();
    QString words = e.title.isEmpty() ? e.captionExcerpt : e.title;
    words = words.simplified();
    if (words.size() > 60)
        words = words.left(59) + QChar(0x2026);
    return words.isEmpty() ? file : words; // the clip's file is in the tooltip
}

} // namespace

QueueModel::QueueModel(Database &database, PublishQueue &queue, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    connect(&queue, &PublishQueue::jobChanged, this,
            [this](qint64 jobId, PublishJob::State) { onJobChanged(jobId); });
    connect(&queue, &PublishQueue::jobProgress, this, &QueueModel::onJobProgress);
    reload();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PostColumn: return tr("Post");
    case AccountColumn: return tr("Account");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    default: return {};
    }
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const PublishJobEntry &e = row.entry;
    switch (role) {
    case JobIdRole: return e.job.id;
    case StateRole: return static_cast<int>(e.job.state);
    case ProgressRole: return progressPercent(row);
    case ProgressTextRole: return progressText(row);
    case MessageRole: return message(e.job);
    case UrlRole:
        return e.job.state == PublishJob::State::Published
            ? QVariant(platformPostUrl(e.platform, e.job.remotePostId, e.permalink, e.accountName))
            : QVariant();
    case CanRetryRole: return JobPresentation::canRetry(e.job.state);
    case CanCancelRole: return JobPresentation::canCancel(e.job.state);
    default: break;
    }
    switch (index.column()) {
    case PostColumn:
        if (role == Qt::DisplayRole)
            return postText(e);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n%2").arg(e.videoPath, e.captionExcerpt);
        break;
    case AccountColumn:
        if (role == Qt::DisplayRole)
            return e.accountName.isEmpty() ? platformDisplayName(e.platform) : e.accountName;
        if (role == Qt::DecorationRole)
            return platformIcon(e.platform);
        if (role == Qt::ToolTipRole)
            return platformDisplayName(e.platform);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return JobPresentation::stateText(e, QDateTime::currentDateTimeUtc());
        if (role == Qt::DecorationRole)
            return stateIcon(JobPresentation::stateColor(e.job));
        if (role == Qt::ToolTipRole)
            return message(e.job);
        break;
    case ProgressColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return progressText(row);
        break;
    default: break;
    }
    return {};
}

int QueueModel::progressPercent(const Row &row) const
{
    using S = PublishJob::State;
    const PublishJob &job = row.entry.job;
    if (job.state == S::Processing || job.state == S::Published)
        return 100;
    if (job.state != S::Uploading)
        return -1;
    if (row.live && row.live->total > 0)
        return static_cast<int>(row.live->sent * 100 / row.live->total);
    if (row.entry.videoSizeBytes > 0)
        return static_cast<int>(
            qBound(qint64{0}, job.uploadOffset * 100 / row.entry.videoSizeBytes, qint64{100}));
    return 0;
}

QString QueueModel::progressText(const Row &row) const
{
    using S = PublishJob::State;
    const PublishJob &job = row.entry.job;
    switch (job.state) {
    case S::Uploading:
        if (row.live)
            return JobPresentation::progressText(row.live->sent, row.live->total, row.live->speed);
        return JobPresentation::progressText(job.uploadOffset, row.entry.videoSizeBytes, 0);
    case S::Processing: return tr("Uploaded; the platform is processing the video");
    case S::Published:
        return job.publishedAt.isValid() ? tr("Done %1").arg(JobPresentation::when(job.publishedAt))
                                         : tr("Done");
    default: return {};
    }
}

QString QueueModel::message(const PublishJob &job) const
{
    QString advice = JobPresentation::advice(job);
    if (job.lastErrorText.isEmpty())
        return advice;
    return advice.isEmpty() ? job.lastErrorText : job.lastErrorText + QLatin1Char('\n') + advice;
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QList<PublishJobEntry> more = page(static_cast<int>(m_rows.size()));
    // Jobs inserted at the top meanwhile shift the window: skip what is already listed.
    more.removeIf([this](const PublishJobEntry &e) { return rowOf(e.job.id) >= 0; });
    if (more.isEmpty())
        return;
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(more.size()) - 1);
    for (const PublishJobEntry &e : std::as_const(more))
        m_rows.append(Row{e, std::nullopt});
    endInsertRows();
}

void QueueModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void QueueModel::reload()
{
    QHash<qint64, Progress> live;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.live)
            live.insert(row.entry.job.id, *row.live);
    }
    beginResetModel();
    m_rows.clear();
    m_more = false;
    for (const PublishJobEntry &e : page(0)) {
        Row row{e, std::nullopt};
        if (live.contains(e.job.id) && e.job.state == PublishJob::State::Uploading)
            row.live = live.value(e.job.id);
        m_rows.append(row);
    }
    endResetModel();
}

QList<PublishJobEntry> QueueModel::page(int offset)
{
    auto entries = PublishJobRepository(m_database.connection()).listEntriesPage(m_filter, kPageSize, offset);
    if (!entries) {
        m_lastError = entries.error().message;
        m_more = false;
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    m_lastError.clear();
    m_more = entries->size() == kPageSize;
    return *entries;
}

int QueueModel::rowOf(qint64 jobId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.job.id == jobId)
            return i;
    }
    return -1;
}

void QueueModel::onJobChanged(qint64 jobId)
{
    auto found = PublishJobRepository(m_database.connection()).getEntry(jobId);
    if (!found)
        return;
    const int row = rowOf(jobId);
    const bool wanted = *found && PublishJobRepository::matches(m_filter, (*found)->job.state);
    if (row >= 0 && !wanted) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (!wanted)
        return;
    if (row >= 0) {
        Row &r = m_rows[row];
        r.entry = **found;
        if (r.entry.job.state != PublishJob::State::Uploading)
            r.live.reset();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Newest first: a job below the loaded window comes with fetchMore.
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).entry.job.id > jobId)
        ++at;
    if (at == m_rows.size() && m_more)
        return;
    beginInsertRows(QModelIndex(), at, at);
    m_rows.insert(at, Row{**found, std::nullopt});
    endInsertRows();
}

void QueueModel::onJobProgress(qint64 jobId, qint64 sent, qint64 total, double speed)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.live = Progress{sent, total, speed};
    // The state may still read "queued" in the row: progress means the upload runs.
    if (r.entry.job.state == PublishJob::State::Queued) {
        r.entry.job.state = PublishJob::State::Uploading;
        Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
    }
    Q_EMIT dataChanged(index(row, ProgressColumn), index(row, ProgressColumn),
                       {ProgressRole, ProgressTextRole, Qt::DisplayRole});
}

} // namespace travelflow
