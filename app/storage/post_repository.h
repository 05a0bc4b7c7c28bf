#pragma once

#include "core/expected.h"
#include "core/post.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace travelflow {

// Reads and writes the `posts` and `post_targets` tables: a video and its caption variants.
class PostRepository
{
    Q_DECLARE_TR_FUNCTIONS(PostRepository)

public:
    explicit PostRepository(const QSqlDatabase &db);

    // Stores the post and all its targets in one transaction (all or nothing); the ids
    // in `post` are ignored. Returns the post id; get() returns the target ids.
    Expected<qint64> create(const Post &post);

    // The post with its targets ordered by id.
    Expected<std::optional<Post>> get(qint64 id);

    // Saves the caption fields of an existing target (title, caption, tags, privacy,
    // options, schedule). Its post and account stay as they are.
    Status updateTarget(const PostTarget &target);

    // Deletes the post and, through the foreign keys, its targets and their jobs.
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace travelflow
