#include "metrics_repository.h"

#include "sql_helpers.h"

#include <QSqlQuery>

namespace travelflow {

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
    while (q.next()) {
        MetricsSnapshot s;
        s.id = q.value(0).toLongLong();
        s.publishJobId = q.value(1).toLongLong();
        s.takenAt = sql::toDateTime(q.value(2));
        s.views = sql::toOptionalInt(q.value(3));
        s.likes = sql::toOptionalInt(q.value(4));
        s.comments = sql::toOptionalInt(q.value(5));
        s.shares = sql::toOptionalInt(q.value(6));
        snapshots.append(s);
    }
    return snapshots;
}

} // namespace travelflow
