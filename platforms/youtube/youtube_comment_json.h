#pragma once

#include "common/platform_inbox.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace travelflow {

struct YouTubeThreadPage;

// Reads the Data API's comment lists (commentThreads.list, comments.list) straight from the
// response body with simdjson. An inbox page of 100 threads took Qt's JSON parser longer
// than SQLite took to store it, on the thread that also runs the window.
namespace YouTubeCommentJson {

// nullopt when the body is not the JSON object such a list is (e.g. cut short); an empty
// body is an empty page. `channelId` marks the channel's own comments.
std::optional<YouTubeThreadPage> threads(const QByteArray &body, const QString &channelId);
// Replies of the comment `parentId` (the parent is filled in where a reply does not name it).
std::optional<RemotePage> replies(const QByteArray &body, const QString &parentId, const QString &channelId);

// Where a video, or a comment under it, is seen on YouTube.
QString watchUrl(const QString &videoId, const QString &commentId = {});

} // namespace YouTubeCommentJson

} // namespace travelflow
