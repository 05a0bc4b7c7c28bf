#pragma once

#include "core/expected.h"
#include "core/video.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace travelflow {

// Which videos a library listing shows, by what happened to their publish jobs
// (videos -> posts -> post_targets -> publish_jobs).
enum class PublishFilter {
    All,
    NotPosted, // no job of the video has been published yet (queued or failed ones count as not posted)
    Posted, // at least one job was published
    Failed // at least one job failed or needs attention (even if another was published)
};

// A library listing: plain-text search over path, tags and notes, plus a publish filter.
struct VideoFilter
{
    QString search;
    PublishFilter publish = PublishFilter::All;
};

// Reads and writes the `videos` table: the library's probed files, their tags and notes.
class VideoRepository
{
    Q_DECLARE_TR_FUNCTIONS(VideoRepository)

public:
    explicit VideoRepository(const QSqlDatabase &db);

    // Stores a new video (its id is ignored) and returns the new id. An invalid
    // importedAt becomes now.
    Expected<qint64> insert(const Video &video);

    Expected<std::optional<Video>> get(qint64 id);
    Expected<std::optional<Video>> findByFingerprint(const QString &fingerprint);
    Expected<std::optional<Video>> findByPath(const QString &path);

    // Videos ordered by id. `limit` < 0 means all. `search` matches path, tags and notes
    // as plain text (no wildcards), ignoring case (ASCII letters only on SQLite).
    Expected<QList<Video>> list(int limit = -1, int offset = 0, const QString &search = {});
    Expected<qint64> count(const QString &search = {});

    // The same listing with a publish filter too (ordered by id, `limit` < 0 means all).
    Expected<QList<Video>> list(const VideoFilter &filter, int limit, int offset);
    Expected<qint64> count(const VideoFilter &filter);

    Status updateTagsAndNotes(qint64 id, const QStringList &tags, const QString &notes);
    // Deletes the row (and, through the foreign keys, its posts and jobs); never the file.
    Status remove(qint64 id);

private:
    Expected<std::optional<Video>> findOne(const QString &column, const QVariant &value,
                                           const QString &operation);
    Error notFound(qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace travelflow
