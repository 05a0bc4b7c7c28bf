#include "post_repository.h"

#include "sql_helpers.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace travelflow {

namespace {

PostTarget readTarget(const QSqlQuery &q)
{
    const auto col = [&q](const char *name) { return q.value(QLatin1String(name)); };
    PostTarget t;
    t.id = col("id").toLongLong();
    t.postId = col("post_id").toLongLong();
    t.accountId = col("account_id").toLongLong();
    t.platform = platformFromName(col("platform").toString()).value_or(Platform::TikTok);
    t.title = col("title").toString();
    t.caption = col("caption").toString();
    t.tags = sql::toTags(col("tags"));
    t.privacy = col("privacy").toString();
    t.optionsJson = col("options_json").toString();
    t.scheduledAt = sql::toDateTime(col("scheduled_at"));
    t.scheduleTimeZone = col("schedule_time_zone").toString();
    return t;
}

} // namespace

PostRepository::PostRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<qint64> PostRepository::create(const Post &post, const AlongWith &alongWith)
{
    const QString operation = tr("save the post");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error(operation);

    const QString now = sql::nowText();
    qint64 postId = 0;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO posts (video_id, created_at, updated_at) VALUES (?, ?, ?)"));
        q.addBindValue(post.videoId);
        q.addBindValue(post.createdAt.isValid() ? sql::fromDateTime(post.createdAt) : QVariant(now));
        q.addBindValue(now);
        if (auto err = sql::exec(q, operation))
            return *err;
        postId = q.lastInsertId().toLongLong();
    }

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO post_targets (post_id, account_id, platform, title, caption, tags, privacy, "
        "options_json, scheduled_at, schedule_time_zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> targetIds;
    for (const PostTarget &target : post.targets) {
        q.addBindValue(postId);
        q.addBindValue(target.accountId);
        q.addBindValue(platformName(target.platform));
        q.addBindValue(sql::notNull(target.title));
        q.addBindValue(sql::notNull(target.caption));
        q.addBindValue(sql::fromTags(target.tags));
        q.addBindValue(sql::notNull(target.privacy));
        q.addBindValue(target.optionsJson.isEmpty() ? QStringLiteral("{}") : target.optionsJson);
        q.addBindValue(sql::fromDateTime(target.scheduledAt));
        q.addBindValue(sql::nullIfEmpty(target.scheduleTimeZone));
        if (auto err = sql::exec(q, operation))
            return *err; // the transaction rolls back: no post without all its targets
        targetIds.append(q.lastInsertId().toLongLong());
    }
    if (alongWith) {
        if (Status extra = alongWith(postId, targetIds); !extra)
            return extra.error();
    }
    if (!tx.commit())
        return tx.error(operation);
    return postId;
}

Expected<std::optional<Post>> PostRepository::get(qint64 id)
{
    const QString operation = tr("read the post");
    Post post;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, video_id, created_at, updated_at FROM posts WHERE id = ?"));
        q.addBindValue(id);
        if (auto err = sql::exec(q, operation))
            return *err;
        if (!q.next())
            return std::optional<Post>();
        post.id = q.value(0).toLongLong();
        post.videoId = q.value(1).toLongLong();
        post.createdAt = sql::toDateTime(q.value(2));
        post.updatedAt = sql::toDateTime(q.value(3));
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, post_id, account_id, platform, title, caption, tags, privacy, options_json, "
        "scheduled_at, schedule_time_zone FROM post_targets WHERE post_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (auto err = sql::exec(q, operation))
        return *err;
    while (q.next())
        post.targets.append(readTarget(q));
    return std::optional<Post>(std::move(post));
}

Expected<std::optional<PostTarget>> PostRepository::getTarget(qint64 targetId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, post_id, account_id, platform, title, caption, tags, privacy, options_json, "
        "scheduled_at, schedule_time_zone FROM post_targets WHERE id = ?"));
    q.addBindValue(targetId);
    if (auto err = sql::exec(q, tr("read the post target")))
        return *err;
    if (!q.next())
        return std::optional<PostTarget>();
    return std::optional<PostTarget>(readTarget(q));
}

Status PostRepository::updateTarget(const PostTarget &target)
{
    const QString operation = tr("save the caption");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error(operation);

    qint64 postId = 0;
    {
        QSqlQuery find(m_db);
        find.setForwardOnly(true);
        find.prepare(QStringLiteral("SELECT post_id FROM post_targets WHERE id = ?"));
        find.addBindValue(target.id);
        if (auto err = sql::exec(find, operation))
            return *err;
        if (!find.next()) {
            return Error::make(Error::Kind::NotFound, QStringLiteral("post_target_not_found"),
                               tr("This caption (target %1) no longer exists. Its post may have been "
                                  "deleted; reopen the post and try again.")
                                   .arg(target.id));
        }
        postId = find.value(0).toLongLong();
    }

    const QString now = sql::nowText();
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "UPDATE post_targets SET title = ?, caption = ?, tags = ?, privacy = ?, options_json = ?, "
            "scheduled_at = ?, schedule_time_zone = ? WHERE id = ?"));
        q.addBindValue(sql::notNull(target.title));
        q.addBindValue(sql::notNull(target.caption));
        q.addBindValue(sql::fromTags(target.tags));
        q.addBindValue(sql::notNull(target.privacy));
        q.addBindValue(target.optionsJson.isEmpty() ? QStringLiteral("{}") : target.optionsJson);
        q.addBindValue(sql::fromDateTime(target.scheduledAt));
        q.addBindValue(sql::nullIfEmpty(target.scheduleTimeZone));
        q.addBindValue(target.id);
        if (auto err = sql::exec(q, operation))
            return *err;
    }
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE posts SET updated_at = ? WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(postId);
        if (auto err = sql::exec(q, operation))
            return *err;
    }
    if (!tx.commit())
        return tx.error(operation);
    return {};
}

Status PostRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM posts WHERE id = ?"));
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("remove the post")))
        return *err;
    if (q.numRowsAffected() == 0) {
        return Error::make(Error::Kind::NotFound, QStringLiteral("post_not_found"),
                           tr("Post %1 no longer exists. Refresh the list and try again.").arg(id));
    }
    return {};
}

} // namespace travelflow
