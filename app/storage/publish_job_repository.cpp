#include "publish_job_repository.h"

#include "sql_helpers.h"

#include <QSqlQuery>
#include <QStringList>

namespace travelflow {

namespace {

const QString kColumns = QStringLiteral(
    "id, post_target_id, state, attempts, next_attempt_at, upload_session_uri, upload_offset, "
    "publish_id, container_id, remote_post_id, last_error_code, last_error_text, created_at, "
    "updated_at");

PublishJob readJob(const QSqlQuery &q)
{
    const auto col = [&q](const char *name) { return q.value(QLatin1String(name)); };
    PublishJob j;
    j.id = col("id").toLongLong();
    j.postTargetId = col("post_target_id").toLongLong();
    // An unknown name cannot pass the CHECK constraint; if it ever does, a human looks.
    j.state = publishStateFromName(col("state").toString()).value_or(PublishJob::State::NeedsAttention);
    j.attempts = col("attempts").toInt();
    j.nextAttemptAt = sql::toDateTime(col("next_attempt_at"));
    j.uploadSessionUri = col("upload_session_uri").toString();
    j.uploadOffset = col("upload_offset").toLongLong();
    j.publishId = col("publish_id").toString();
    j.containerId = col("container_id").toString();
    j.remotePostId = col("remote_post_id").toString();
    j.lastErrorCode = col("last_error_code").toString();
    j.lastErrorText = col("last_error_text").toString();
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
        "last_error_text = ?, updated_at = ? WHERE id = ?"));
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
