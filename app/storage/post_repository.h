#pragma once

#include "core/expected.h"
#include "core/post.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace travelflow {

// Reads and writes the `posts` and `post_targets` tables: a video and its caption variants.
class PostRepository
{
    Q_DECLARE_TR_FUNCTIONS(PostRepository)

public:
    explicit PostRepository(const QSqlDatabase &db);

    // Runs inside create()'s transaction with the new ids (targets in the order given), so
    // rows that belong with the post (its publish jobs) are stored all or nothing with it.
    using AlongWith = std::function<Status(qint64 postId, const QList<qint64> &targetIds)>;

    // Stores the post and all its targets in one transaction (all or nothing); the ids
    // in `post` are ignored. Returns the post id; get() returns the target ids.
    Expected<qint64> create(const Post &post, const AlongWith &alongWith = {});

    // The post with its targets ordered by id.
    Expected<std::optional<Post>> get(qint64 id);

    // One target, without its siblings.
    Expected<std::optional<PostTarget>> getTarget(qint64 targetId);

    // Saves the caption fields of an existing target (title, caption, tags, privacy,
    // options, schedule). Its post and account stay as they are.
    Status updateTarget(const PostTarget &target);

    // Deletes the post and, through the foreign keys, its targets and their jobs.
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace travelflow
