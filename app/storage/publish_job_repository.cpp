#include "publish_job_repository.h"

#include "sql_helpers.h"

#include <QSqlQuery>
#include <QStringList>

namespace travelflow {

namespace {

const QString kColumns = QStringLiteral(
    "id, post_target_id, state, attempts, next_attempt_at, upload_session_uri, upload_offset, "
    "publish_id, container_id, remote_post_id, last_error_code, last_error_text, created_at, "
    "updated_at, checkpoint_stage, upload_url_expires_at, published_at");

PublishJob readJob(const QSqlQuery &q)
{
    const auto col = [&q](const char *name) { return q.value(QLatin1String(name)); };
    PublishJob j;
    j.id = col("id").toLongLong();
    j.postTargetId = col("post_target_id").toLongLong();
    // An unknown name cannot pass the CHECK constraint; if it ever does, a human looks.
    j.state = publishStateFromName(col("state").toString()).value_or(PublishJob::State::NeedsAttention);
    j.stage
        = publishStageFromName(col("checkpoint_stage").toString()).value_or(PublishJob::Stage::NotStarted);
    j.attempts = col("attempts").toInt();
    j.nextAttemptAt = sql::toDateTime(col("next_attempt_at"));
    j.uploadSessionUri = col("upload_session_uri").toString();
    j.uploadUrlExpiresAt = sql::toDateTime(col("upload_url_expires_at"));
    j.uploadOffset = col("upload_offset").toLongLong();
    j.publishId = col("publish_id").toString();
    j.containerId = col("container_id").toString();
    j.remotePostId = col("remote_post_id").toString();
    j.lastErrorCode = col("last_error_code").toString();
    j.lastErrorText = col("last_error_text").toString();
    j.publishedAt = sql::toDateTime(col("published_at"));
    j.createdAt = sql::toDateTime(col("created_at"));
    j.updatedAt = sql::toDateTime(col("updated_at"));
    return j;
}

} // namespace

PublishJobRepository::PublishJobRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<qint64> PublishJobRepository::create(qint64 postTargetId)
{
    const QString now = sql::nowText();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO publish_jobs (post_target_id, state, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(postTargetId);
    q.addBindValue(publishStateName(PublishJob::State::Queued));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto err = sql::exec(q, tr("queue the publish job")))
        return *err;
    return q.lastInsertId().toLongLong();
}

Expected<std::optional<PublishJob>> PublishJobRepository::get(qint64 id)
{
    auto jobs = query(QStringLiteral("id = ?"), {id}, QStringLiteral("id"), tr("read the publish job"));
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return std::optional<PublishJob>();
    return std::optional<PublishJob>(jobs->constFirst());
}

Status PublishJobRepository::save(const PublishJob &job)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE publish_jobs SET state = ?, attempts = ?, next_attempt_at = ?, upload_session_uri = ?, "
        "upload_offset = ?, publish_id = ?, container_id = ?, remote_post_id = ?, last_error_code = ?, "
        "last_error_text = ?, checkpoint_stage = ?, upload_url_expires_at = ?, published_at = ?, updated_at "
        "= ? "
        "WHERE id = ?"));
    q.addBindValue(publishStateName(job.state));
    q.addBindValue(job.attempts);
    q.addBindValue(sql::fromDateTime(job.nextAttemptAt));
    q.addBindValue(sql::nullIfEmpty(job.uploadSessionUri));
    q.addBindValue(job.uploadOffset);
    q.addBindValue(sql::nullIfEmpty(job.publishId));
    q.addBindValue(sql::nullIfEmpty(job.containerId));
    q.addBindValue(sql::nullIfEmpty(job.remotePostId));
    q.addBindValue(sql::nullIfEmpty(job.lastErrorCode));
    q.addBindValue(sql::nullIfEmpty(job.lastErrorText));
    q.addBindValue(publishStageName(job.stage));
    q.addBindValue(sql::fromDateTime(job.uploadUrlExpiresAt));
    q.addBindValue(sql::fromDateTime(job.publishedAt));
    q.addBindValue(sql::nowText());
    q.addBindValue(job.id);
    if (auto err = sql::exec(q, tr("save the publish job")))
        return *err;
    if (q.numRowsAffected() == 0) {
        return Error::make(Error::Kind::NotFound, QStringLiteral("publish_job_not_found"),
                           tr("Publish job %1 no longer exists; its post may have been deleted. "
                              "Refresh the queue.")
                               .arg(job.id));
    }
    return {};
}

Expected<QList<PublishJob>> PublishJobRepository::listByState(const QList<PublishJob::State> &states)
{
    if (states.isEmpty())
        return QList<PublishJob>();
    QStringList placeholders;
    QVariantList values;
    for (const PublishJob::State state : states) {
        placeholders.append(QStringLiteral("?"));
        values.append(publishStateName(state));
    }
    return query(QStringLiteral("state IN (") + placeholders.join(QLatin1Char(',')) + QLatin1Char(')'),
                 values, QStringLiteral("id"), tr("list the publish jobs"));
}

Expected<QList<PublishJob>> PublishJobRepository::listDue(const QDateTime &now)
{
    const QVariantList values{publishStateName(PublishJob::State::Queued),
                              publishStateName(PublishJob::State::Uploading),
                              publishStateName(PublishJob::State::Processing), sql::fromDateTime(now)};
    return query(QStringLiteral("state IN (?, ?, ?) AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"),
                 values, QStringLiteral("created_at, id"), tr("list the due publish jobs"));
}

Expected<QList<PublishJobEntry>> PublishJobRepository::listEntries()
{
    return queryEntries(QString(), {}, QString(), tr("list the publish jobs"));
}

bool PublishJobRepository::matches(EntryFilter filter, PublishJob::State state)
{
    using S = PublishJob::State;
    switch (filter) {
    case EntryFilter::All: return true;
    case EntryFilter::Active: return state == S::Queued || state == S::Uploading || state == S::Processing;
    case EntryFilter::NeedsAttention: return state == S::NeedsAttention || state == S::Failed;
    case EntryFilter::Published: return state == S::Published;
    }
    return false;
}

Expected<QList<PublishJobEntry>> PublishJobRepository::listEntriesPage(EntryFilter filter, int limit,
                                                                       int offset)
{
    QStringList placeholders;
    QVariantList values;
    if (filter != EntryFilter::All) {
        for (const PublishJob::State state :
             {PublishJob::State::Queued, PublishJob::State::Uploading, PublishJob::State::Processing,
              PublishJob::State::Published, PublishJob::State::Failed, PublishJob::State::NeedsAttention,
              PublishJob::State::Cancelled}) {
            if (matches(filter, state)) {
                placeholders.append(QStringLiteral("?"));
                values.append(publishStateName(state));
            }
        }
    }
    const QString where = placeholders.isEmpty()
        ? QString()
        : QStringLiteral("j.state IN (") + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    values.append(limit);
    values.append(offset);
    return queryEntries(where, values, QStringLiteral(" LIMIT ? OFFSET ?"), tr("list the publish jobs"));
}

Expected<std::optional<PublishJobEntry>> PublishJobRepository::getEntry(qint64 jobId)
{
    auto entries = queryEntries(QStringLiteral("j.id = ?"), {jobId}, QString(), tr("read the publish job"));
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<PublishJobEntry>();
    return std::optional<PublishJobEntry>(entries->constFirst());
}

Expected<QList<PublishJobEntry>> PublishJobRepository::queryEntries(const QString &where,
                                                                    const QVariantList &values,
                                                                    const QString &suffix,
                                                                    const QString &operation)
{
    // `where` and `suffix` are fixed text from this file; values are always bound.
    QStringList columns = kColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("j."));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
              + QStringLiteral(
                  ", p.video_id AS entry_video, t.account_id AS entry_account, t.platform AS "
                  "entry_platform, t.scheduled_at AS entry_scheduled_at, t.schedule_time_zone AS "
                  "entry_zone, v.path AS entry_path, v.size_bytes AS entry_size, a.display_name AS "
                  "entry_account_name, t.title AS entry_title, SUBSTR(t.caption, 1, 200) AS entry_caption, "
                  "rp.permalink AS entry_permalink FROM publish_jobs j JOIN post_targets t ON t.id = "
                  "j.post_target_id JOIN posts p ON p.id = t.post_id JOIN videos v ON v.id = p.video_id "
                  "JOIN accounts a ON a.id = t.account_id LEFT JOIN remote_posts rp ON rp.account_id = "
                  "t.account_id AND rp.remote_id = j.remote_post_id")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
              + QStringLiteral(" ORDER BY j.id DESC") + suffix);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (auto err = sql::exec(q, operation))
        return *err;
    QList<PublishJobEntry> entries;
    while (q.next()) {
        PublishJobEntry e;
        e.job = readJob(q);
        e.videoId = q.value(QStringLiteral("entry_video")).toLongLong();
        e.accountId = q.value(QStringLiteral("entry_account")).toLongLong();
        e.platform = platformFromName(q.value(QStringLiteral("entry_platform")).toString())
                         .value_or(Platform::TikTok);
        e.scheduledAt = sql::toDateTime(q.value(QStringLiteral("entry_scheduled_at")));
        e.scheduleTimeZone = q.value(QStringLiteral("entry_zone")).toString();
        e.videoPath = q.value(QStringLiteral("entry_path")).toString();
        e.videoSizeBytes = q.value(QStringLiteral("entry_size")).toLongLong();
        e.accountName = q.value(QStringLiteral("entry_account_name")).toString();
        e.title = q.value(QStringLiteral("entry_title")).toString();
        e.captionExcerpt = q.value(QStringLiteral("entry_caption")).toString();
        e.permalink = q.value(QStringLiteral("entry_permalink")).toString();
        entries.append(e);
    }
    return entries;
}

Expected<QList<PublishJob>> PublishJobRepository::query(const QString &where, const QVariantList &values,
                                                        const QString &orderBy, const QString &operation)
{
    // `where` and `orderBy` are fixed text from this file; values are always bound.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM publish_jobs WHERE ") + where
              + QStringLiteral(" ORDER BY ") + orderBy);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (auto err = sql::exec(q, operation))
        return *err;
    QList<PublishJob> jobs;
    while (q.next())
        jobs.append(readJob(q));
    return jobs;
}

} // namespace travelflow
