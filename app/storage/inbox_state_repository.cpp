#include "inbox_state_repository.h"

#include "sql_helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace travelflow {

InboxStateRepository::InboxStateRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<QStringList> InboxStateRepository::resumeTokens(qint64 accountId, const QString &scope,
                                                         const QString &remoteId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT resume_pages FROM inbox_cursors WHERE account_id = ? AND scope = ? AND remote_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(scope);
    q.addBindValue(sql::notNull(remoteId)); // "" = the whole account (a null QString binds as NULL)
    if (auto err = sql::exec(q, tr("read where the inbox sync stopped")))
        return *err;
    QStringList tokens;
    if (q.next()) {
        const QJsonArray array = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        for (const auto &v : array)
            tokens.append(v.toString());
    }
    return tokens;
}

Status InboxStateRepository::setResumeTokens(qint64 accountId, const QString &scope, const QString &remoteId,
                                             const QStringList &tokens)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO inbox_cursors (account_id, scope, remote_id, resume_pages, synced_at) VALUES (?, ?, ?, "
        "?, ?) "
        "ON CONFLICT (account_id, scope, remote_id) DO UPDATE SET resume_pages = excluded.resume_pages, "
        "synced_at = excluded.synced_at"));
    q.addBindValue(accountId);
    q.addBindValue(scope);
    q.addBindValue(sql::notNull(remoteId)); // "" = the whole account (a null QString binds as NULL)
    q.addBindValue(
        tokens.isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(tokens)).toJson(QJsonDocument::Compact))));
    q.addBindValue(sql::nowText());
    if (auto err = sql::exec(q, tr("remember where the inbox sync stopped")))
        return *err;
    return {};
}

Status InboxStateRepository::addQuotaUnits(qint64 accountId, const QDate &day, int units)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO quota_usage (account_id, day, units) VALUES (?, ?, ?) "
                             "ON CONFLICT (account_id, day) DO UPDATE SET units = units + excluded.units"));
    q.addBindValue(accountId);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(units);
    if (auto err = sql::exec(q, tr("count the quota used")))
        return *err;
    return {};
}

Expected<int> InboxStateRepository::quotaUnits(qint64 accountId, const QDate &day)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT units FROM quota_usage WHERE account_id = ? AND day = ?"));
    q.addBindValue(accountId);
    q.addBindValue(day.toString(Qt::ISODate));
    if (auto err = sql::exec(q, tr("read the quota used")))
        return *err;
    return q.next() ? q.value(0).toInt() : 0;
}

Status InboxStateRepository::upsertPost(qint64 accountId, const Post &post)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO remote_posts (account_id, remote_id, caption, permalink, published_at, comment_count) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, remote_id) DO UPDATE SET caption = "
        "excluded.caption, "
        "permalink = excluded.permalink, published_at = excluded.published_at, "
        "comment_count = excluded.comment_count"));
    q.addBindValue(accountId);
    q.addBindValue(post.remoteId);
    q.addBindValue(sql::notNull(post.caption));
    q.addBindValue(sql::notNull(post.permalink));
    q.addBindValue(sql::fromDateTime(post.publishedAt));
    q.addBindValue(post.commentCount >= 0 ? QVariant(post.commentCount) : QVariant());
    if (auto err = sql::exec(q, tr("save the post")))
        return *err;
    return {};
}

Expected<QList<InboxStateRepository::Post>> InboxStateRepository::posts(qint64 accountId, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT remote_id, caption, permalink, published_at, comment_count FROM remote_posts "
                       "WHERE account_id = ? ORDER BY published_at DESC, id DESC LIMIT ?"));
    q.addBindValue(accountId);
    q.addBindValue(limit);
    if (auto err = sql::exec(q, tr("list the posts")))
        return *err;
    QList<Post> result;
    while (q.next()) {
        Post p;
        p.remoteId = q.value(0).toString();
        p.caption = q.value(1).toString();
        p.permalink = q.value(2).toString();
        p.publishedAt = sql::toDateTime(q.value(3));
        p.commentCount = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        result.append(p);
    }
    return result;
}

} // namespace travelflow
