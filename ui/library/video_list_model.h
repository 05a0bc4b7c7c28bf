#pragma once

#include "core/expected.h"
#include "core/video.h"
#include "storage/video_repository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSize>
#include <QSqlDatabase>

#include <optional>

namespace travelflow {

class ThumbnailCache;

// The library's videos for the grid, read from the database a page at a time
// (canFetchMore/fetchMore with LIMIT/OFFSET), so a large library opens at once.
// Thumbnails are asked for only when the view paints a row (data() with DecorationRole).
class VideoListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        VideoIdRole = Qt::UserRole + 1,
        PathRole,
        // "0:06 · 1280 × 720" (the resolution as the clip is shown, after its rotation).
        DetailsRole,
        // A PublishState, as an int.
        PublishStateRole,
    };

    // What happened to the video's publish jobs, for the tile's badge. Failed wins over
    // posted (like the "Failed" filter), posted over queued.
    enum class PublishState {
        None,
        Queued,
        Posted,
        Failed
    };

    static constexpr int kPageSize = 60;

    VideoListModel(const QSqlDatabase &db, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    // Changes what is listed and reloads from the first page.
    void setFilter(const VideoFilter &filter);
    VideoFilter filter() const { return m_filter; }
    // The size at which the grid shows thumbnails (display pixels).
    void setThumbnailSize(const QSize &size);
    QSize thumbnailSize() const { return m_thumbnailSize; }

    // Reads the first page again (after an import, a removal, ...).
    void reload();

    // How many videos match the filter, counted at the last reload.
    qint64 totalCount() const { return m_total; }
    // The error of the last read, empty when it worked.
    QString lastError() const { return m_lastError; }

    std::optional<Video> videoAt(int row) const;
    int rowOf(qint64 videoId) const;

    Status updateTags(qint64 videoId, const QStringList &tags);
    Status remove(qint64 videoId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // After every reload (totalCount() and lastError() are current).
    void reloaded();

private:
    void onThumbnailReady(qint64 videoId);
    void setError(const QString &message);
    void readPublishStates(const QList<Video> &videos);

    QSqlDatabase m_db;
    VideoRepository m_repository;
    ThumbnailCache *m_thumbnails = nullptr;
    VideoFilter m_filter;
    QSize m_thumbnailSize{160, 90};
    QList<Video> m_rows;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, PublishState> m_publishStates;
    qint64 m_total = 0;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace travelflow
