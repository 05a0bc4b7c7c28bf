#include "video_repository.h"

#include "sql_helpers.h"

#include <QSqlQuery>

#include <limits>

namespace travelflow {

namespace {

const QString kColumns = QStringLiteral(
    "id, path, fingerprint, size_bytes, duration_ms, width, height, fps, video_codec, audio_codec, "
    "container, rotation, created_at, latitude, longitude, altitude, thumbnail_path, tags, notes, "
    "imported_at");

// Matches `search` literally: the LIKE wildcards and the escape character itself are escaped.
QString likePattern(const QString &search)
{
    QString escaped;
    escaped.reserve(search.size() + 2);
    for (const QChar c : search.toLower()) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kSearchCondition
    = QStringLiteral("(LOWER(path) LIKE ? ESCAPE '\\' OR LOWER(tags) LIKE ? ESCAPE '\\'"
                     " OR LOWER(notes) LIKE ? ESCAPE '\\')");

// Whether any job of the video is in one of `states` (fixed SQL lists, never user input).
QString jobExists(const QString &states)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM posts p JOIN post_targets t ON t.post_id = p.id"
                          " JOIN publish_jobs j ON j.post_target_id = t.id"
                          " WHERE p.video_id = videos.id AND j.state IN (")
        + states + QStringLiteral("))");
}

QString whereClause(const VideoFilter &filter)
{
    QStringList conditions;
    if (!filter.search.isEmpty())
        conditions << kSearchCondition;
    switch (filter.publish) {
    case PublishFilter::All: break;
    case PublishFilter::NotPosted:
        conditions << QStringLiteral("NOT ") + jobExists(QStringLiteral("'published'"));
        break;
    case PublishFilter::Posted: conditions << jobExists(QStringLiteral("'published'")); break;
    case PublishFilter::Failed: conditions << jobExists(QStringLiteral("'failed', 'needs_attention'")); break;
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindSearch(QSqlQuery &q, const QString &search)
{
    if (search.isEmpty())
        return;
    const QString pattern = likePattern(search);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(pattern);
}

Video readVideo(const QSqlQuery &q)
{
    const auto col = [&q](const char *name) { return q.value(QLatin1String(name)); };
    Video v;
    v.id = col("id").toLongLong();
    v.path = col("path").toString();
    v.fingerprint = col("fingerprint").toString();
    v.sizeBytes = col("size_bytes").toLongLong();
    v.durationMs = col("duration_ms").toLongLong();
    v.width = col("width").toInt();
    v.height = col("height").toInt();
    v.fps = col("fps").toDouble();
    v.videoCodec = col("video_codec").toString();
    v.audioCodec = col("audio_codec").toString();
    v.container = col("container").toString();
    v.rotation = col("rotation").toInt();
    v.createdAt = sql::toDateTime(col("created_at"));
    const auto latitude = sql::toOptionalDouble(col("latitude"));
    const auto longitude = sql::toOptionalDouble(col("longitude"));
    if (latitude && longitude)
        v.location = GeoLocation{*latitude, *longitude, sql::toOptionalDouble(col("altitude"))};
    v.thumbnailPath = col("thumbnail_path").toString();
    v.tags = sql::toTags(col("tags"));
    v.notes = col("notes").toString();
    v.importedAt = sql::toDateTime(col("imported_at"));
    return v;
}

} // namespace

VideoRepository::VideoRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<qint64> VideoRepository::insert(const Video &video)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO videos (path, fingerprint, size_bytes, duration_ms, width, height, fps, "
        "video_codec, audio_codec, container, rotation, created_at, latitude, longitude, altitude, "
        "thumbnail_path, tags, notes, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::notNull(video.path));
    q.addBindValue(sql::notNull(video.fingerprint));
    q.addBindValue(video.sizeBytes);
    q.addBindValue(video.durationMs);
    q.addBindValue(video.width);
    q.addBindValue(video.height);
    q.addBindValue(video.fps);
    q.addBindValue(sql::notNull(video.videoCodec));
    q.addBindValue(sql::notNull(video.audioCodec));
    q.addBindValue(sql::notNull(video.container));
    q.addBindValue(video.rotation);
    q.addBindValue(sql::fromDateTime(video.createdAt));
    q.addBindValue(video.location ? QVariant(video.location->latitude) : QVariant());
    q.addBindValue(video.location ? QVariant(video.location->longitude) : QVariant());
    q.addBindValue(video.location ? sql::fromOptional(video.location->altitude) : QVariant());
    q.addBindValue(sql::nullIfEmpty(video.thumbnailPath));
    q.addBindValue(sql::fromTags(video.tags));
    q.addBindValue(sql::notNull(video.notes));
    q.addBindValue(video.importedAt.isValid() ? sql::fromDateTime(video.importedAt)
                                              : QVariant(sql::nowText()));
    if (auto err = sql::exec(q, tr("save the video")))
        return *err;
    return q.lastInsertId().toLongLong();
}

Expected<std::optional<Video>> VideoRepository::get(qint64 id)
{
    return findOne(QStringLiteral("id"), id, tr("read the video"));
}

Expected<std::optional<Video>> VideoRepository::findByFingerprint(const QString &fingerprint)
{
    return findOne(QStringLiteral("fingerprint"), fingerprint, tr("look up the video by content"));
}

Expected<std::optional<Video>> VideoRepository::findByPath(const QString &path)
{
    return findOne(QStringLiteral("path"), path, tr("look up the video by path"));
}

Expected<std::optional<Video>> VideoRepository::findOne(const QString &column, const QVariant &value,
                                                        const QString &operation)
{
    // `column` is one of the fixed names above, never user input.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM videos WHERE ") + column
              + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (auto err = sql::exec(q, operation))
        return *err;
    if (!q.next())
        return std::optional<Video>();
    return std::optional<Video>(readVideo(q));
}

Expected<QList<Video>> VideoRepository::list(int limit, int offset, const QString &search)
{
    return list(VideoFilter{search, PublishFilter::All}, limit, offset);
}

Expected<qint64> VideoRepository::count(const QString &search)
{
    return count(VideoFilter{search, PublishFilter::All});
}

Expected<QList<Video>> VideoRepository::list(const VideoFilter &filter, int limit, int offset)
{
    QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM videos")
        + whereClause(filter) + QStringLiteral(" ORDER BY id");
    const bool paged = limit >= 0 || offset > 0;
    if (paged)
        statement += QStringLiteral(" LIMIT ? OFFSET ?");

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(statement);
    bindSearch(q, filter.search);
    if (paged) {
        q.addBindValue(limit >= 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
        q.addBindValue(qMax(offset, 0));
    }
    if (auto err = sql::exec(q, tr("list the videos")))
        return *err;
    QList<Video> videos;
    while (q.next())
        videos.append(readVideo(q));
    return videos;
}

Expected<qint64> VideoRepository::count(const VideoFilter &filter)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM videos") + whereClause(filter));
    bindSearch(q, filter.search);
    if (auto err = sql::exec(q, tr("count the videos")))
        return *err;
    if (!q.next())
        return sql::storageError(tr("count the videos"), q);
    return q.value(0).toLongLong();
}

Status VideoRepository::updateTagsAndNotes(qint64 id, const QStringList &tags, const QString &notes)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE videos SET tags = ?, notes = ? WHERE id = ?"));
    q.addBindValue(sql::fromTags(tags));
    q.addBindValue(sql::notNull(notes));
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("save the tags and notes")))
        return *err;
    if (q.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Status VideoRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM videos WHERE id = ?"));
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("remove the video")))
        return *err;
    if (q.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Error VideoRepository::notFound(qint64 id) const
{
    return Error::make(Error::Kind::NotFound, QStringLiteral("video_not_found"),
                       tr("Video %1 is not in the library. It may have been removed; refresh the "
                          "list and try again.")
                           .arg(id));
}

} // namespace travelflow
