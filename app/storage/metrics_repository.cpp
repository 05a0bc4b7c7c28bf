#include "metrics_repository.h"

#include "sql_helpers.h"

#include <QSqlQuery>

namespace travelflow {

namespace {

MetricsSnapshot readSnapshot(const QSqlQuery &q, int first)
{
    MetricsSnapshot s;
    s.id = q.value(first).toLongLong();
    s.publishJobId = q.value(first + 1).toLongLong();
    s.takenAt = sql::toDateTime(q.value(first + 2));
    s.views = sql::toOptionalInt(q.value(first + 3));
    s.likes = sql::toOptionalInt(q.value(first + 4));
    s.comments = sql::toOptionalInt(q.value(first + 5));
    s.shares = sql::toOptionalInt(q.value(first + 6));
    return s;
}

QString orderColumn(MetricsRepository::SortKey key)
{
    switch (key) {
    case MetricsRepository::SortKey::PublishedAt:
        return QStringLiteral("COALESCE(j.published_at, j.updated_at)");
    case MetricsRepository::SortKey::Views: return QStringLiteral("COALESCE(s.views, -1)");
    case MetricsRepository::SortKey::Likes: return QStringLiteral("COALESCE(s.likes, -1)");
    case MetricsRepository::SortKey::Comments: return QStringLiteral("COALESCE(s.comments, -1)");
    case MetricsRepository::SortKey::Shares: return QStringLiteral("COALESCE(s.shares, -1)");
    }
    return QStringLiteral("j.id");
}

} // namespace

MetricsRepository::MetricsRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<qint64> MetricsRepository::add(const MetricsSnapshot &snapshot)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO metrics_snapshots (publish_job_id, taken_at, views, likes, comments, shares) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(snapshot.publishJobId);
    q.addBindValue(snapshot.takenAt.isValid() ? sql::fromDateTime(snapshot.takenAt)
                                              : QVariant(sql::nowText()));
    q.addBindValue(sql::fromOptional(snapshot.views));
    q.addBindValue(sql::fromOptional(snapshot.likes));
    q.addBindValue(sql::fromOptional(snapshot.comments));
    q.addBindValue(sql::fromOptional(snapshot.shares));
    if (auto err = sql::exec(q, tr("save the engagement numbers")))
        return *err;
    return q.lastInsertId().toLongLong();
}

Expected<QList<MetricsSnapshot>> MetricsRepository::listForJob(qint64 publishJobId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, publish_job_id, taken_at, views, likes, comments, shares FROM metrics_snapshots "
        "WHERE publish_job_id = ? ORDER BY taken_at, id"));
    q.addBindValue(publishJobId);
    if (auto err = sql::exec(q, tr("read the engagement numbers")))
        return *err;
    QList<MetricsSnapshot> snapshots;
    while (q.next())
        snapshots.append(readSnapshot(q, 0));
    return snapshots;
}

Expected<QList<PublishedPostMetrics>> MetricsRepository::listPublished(SortKey key, bool descending,
                                                                       int limit, int offset)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The ORDER BY text comes from orderColumn(), never from the caller.
    q.prepare(
        QStringLiteral("SELECT s.id, s.publish_job_id, s.taken_at, s.views, s.likes, s.comments, s.shares, "
                       "j.id, t.platform, a.display_name, v.path, t.title, SUBSTR(t.caption, 1, 200), "
                       "j.remote_post_id, rp.permalink, j.published_at, j.updated_at, "
                       "(SELECT COUNT(*) FROM metrics_snapshots c WHERE c.publish_job_id = j.id) "
                       "FROM publish_jobs j JOIN post_targets t ON t.id = j.post_target_id "
                       "JOIN posts p ON p.id = t.post_id JOIN videos v ON v.id = p.video_id "
                       "JOIN accounts a ON a.id = t.account_id "
                       "LEFT JOIN remote_posts rp ON rp.account_id = t.account_id AND rp.remote_id = "
                       "j.remote_post_id "
                       "LEFT JOIN metrics_snapshots s ON s.id = (SELECT l.id FROM metrics_snapshots l WHERE "
                       "l.publish_job_id = j.id ORDER BY l.taken_at DESC, l.id DESC LIMIT 1) "
                       "WHERE j.state = ? ORDER BY ")
        + orderColumn(key) + direction + QStringLiteral(", j.id") + direction
        + QStringLiteral(" LIMIT ? OFFSET ?"));
    q.addBindValue(QStringLiteral("published"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (auto err = sql::exec(q, tr("list the published posts")))
        return *err;
    QList<PublishedPostMetrics> posts;
    while (q.next()) {
        PublishedPostMetrics m;
        if (!q.value(0).isNull())
            m.latest = readSnapshot(q, 0);
        m.publishJobId = q.value(7).toLongLong();
        m.platform = platformFromName(q.value(8).toString()).value_or(Platform::TikTok);
        m.accountName = q.value(9).toString();
        m.videoPath = q.value(10).toString();
        m.title = q.value(11).toString();
        m.captionExcerpt = q.value(12).toString();
        m.remotePostId = q.value(13).toString();
        m.permalink = q.value(14).toString();
        m.publishedAt = sql::toDateTime(q.value(15));
        if (!m.publishedAt.isValid())
            m.publishedAt = sql::toDateTime(q.value(16));
        m.snapshotCount = q.value(17).toInt();
        posts.append(m);
    }
    return posts;
}

} // namespace travelflow
