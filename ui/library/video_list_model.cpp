#include "video_list_model.h"

#include "core/logging.h"
#include "library/thumbnail_cache.h"
#include "library_format.h"

#include <QFileInfo>
#include <QPixmap>
#include <QPixmapCache>
#include <QSqlError>
#include <QSqlQuery>

namespace travelflow {

VideoListModel::VideoListModel(const QSqlDatabase &db, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_repository(db), m_thumbnails(thumbnails)
{
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this,
                [this](qint64 videoId, const QString &) { onThumbnailReady(videoId); });
    }
}

void VideoListModel::setFilter(const VideoFilter &filter)
{
    m_filter = filter;
    reload();
}

void VideoListModel::setThumbnailSize(const QSize &size)
{
    if (size == m_thumbnailSize)
        return;
    m_thumbnailSize = size;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DecorationRole});
}

void VideoListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_publishStates.clear();
    m_lastError.clear();
    m_atEnd = false;
    // The thumbnails still waiting are for rows that may no longer be listed.
    if (m_thumbnails)
        m_thumbnails->clearQueue();
    const auto total = m_repository.count(m_filter);
    if (total) {
        m_total = *total;
    } else {
        m_total = 0;
        m_atEnd = true;
        m_lastError = total.error().message;
    }
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
    Q_EMIT reloaded();
}

std::optional<Video> VideoListModel::videoAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int VideoListModel::rowOf(qint64 videoId) const
{
    return m_rowOfId.value(videoId, -1);
}

Status VideoListModel::updateTags(qint64 videoId, const QStringList &tags)
{
    const int row = rowOf(videoId);
    const QString notes = row >= 0 ? m_rows.at(row).notes : QString();
    Status status = m_repository.updateTagsAndNotes(videoId, tags, notes);
    if (status && row >= 0) {
        m_rows[row].tags = tags;
        Q_EMIT dataChanged(index(row), index(row), {Qt::ToolTipRole});
    }
    return status;
}

Status VideoListModel::remove(qint64 videoId)
{
    Status status = m_repository.remove(videoId);
    if (status)
        reload();
    return status;
}

int VideoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VideoListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Video &video = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return QFileInfo(video.path).fileName();
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, %2").arg(QFileInfo(video.path).fileName(), formatDuration(video.durationMs));
        switch (m_publishStates.value(video.id, PublishState::None)) {
        case PublishState::Posted: text = tr("%1, posted").arg(text); break;
        case PublishState::Failed: text = tr("%1, a post failed").arg(text); break;
        case PublishState::Queued: text = tr("%1, queued").arg(text); break;
        case PublishState::None: break;
        }
        return text;
    }
    case DetailsRole: {
        QStringList parts;
        if (video.durationMs > 0)
            parts << formatDuration(video.durationMs);
        if (video.width > 0 && video.height > 0) {
            const bool turned = video.rotation == 90 || video.rotation == 270;
            parts << tr("%1 × %2")
                         .arg(turned ? video.height : video.width)
                         .arg(turned ? video.width : video.height);
        }
        return parts.join(QStringLiteral(" · "));
    }
    case PublishStateRole: return int(m_publishStates.value(video.id, PublishState::None));
    case Qt::ToolTipRole: {
        QString tip = video.path + QLatin1Char('\n') + formatDuration(video.durationMs);
        if (!video.tags.isEmpty())
            tip += QLatin1Char('\n') + video.tags.join(QStringLiteral(", "));
        return tip;
    }
    case Qt::DecorationRole: {
        if (!m_thumbnails)
            return {};
        // Keyed by content, like the disk cache: ids repeat across profiles.
        const QString key = QStringLiteral("travelflow-thumb-%1-%2x%3")
                                .arg(video.fingerprint)
                                .arg(m_thumbnailSize.width())
                                .arg(m_thumbnailSize.height());
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        // Asked only for rows the view paints: this is what makes thumbnails lazy.
        const QImage image = m_thumbnails->thumbnail(video, m_thumbnailSize);
        if (image.isNull())
            return {};
        pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(qreal(image.width()) / m_thumbnailSize.width());
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }
    case VideoIdRole: return video.id;
    case PathRole: return video.path;
    default: return {};
    }
}

bool VideoListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void VideoListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const auto page = m_repository.list(m_filter, kPageSize, int(m_rows.size()));
    if (!page) {
        m_atEnd = true;
        setError(page.error().message);
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    readPublishStates(*page);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    for (const Video &video : *page) {
        m_rowOfId.insert(video.id, int(m_rows.size()));
        m_rows.append(video);
    }
    endInsertRows();
}

void VideoListModel::onThumbnailReady(qint64 videoId)
{
    const int row = rowOf(videoId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

void VideoListModel::readPublishStates(const QList<Video> &videos)
{
    // One query per page; a badge is a nicety, so a failure here only leaves it out.
    QStringList ids;
    for (const Video &video : videos)
        ids << QString::number(video.id);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT p.video_id,"
                                       " SUM(j.state IN ('failed', 'needs_attention')),"
                                       " SUM(j.state = 'published'),"
                                       " SUM(j.state IN ('queued', 'uploading', 'processing'))"
                                       " FROM posts p JOIN post_targets t ON t.post_id = p.id"
                                       " JOIN publish_jobs j ON j.post_target_id = t.id"
                                       " WHERE p.video_id IN (%1) GROUP BY p.video_id")
                            .arg(ids.join(QLatin1Char(',')));
    if (!q.exec(sql)) {
        qCWarning(lcLibrary) << "could not read the publish states:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        PublishState state = PublishState::None;
        if (q.value(1).toInt() > 0)
            state = PublishState::Failed;
        else if (q.value(2).toInt() > 0)
            state = PublishState::Posted;
        else if (q.value(3).toInt() > 0)
            state = PublishState::Queued;
        if (state != PublishState::None)
            m_publishStates.insert(q.value(0).toLongLong(), state);
    }
}

void VideoListModel::setError(const QString &message)
{
    m_lastError = message;
    Q_EMIT reloaded();
}

} // namespace travelflow
