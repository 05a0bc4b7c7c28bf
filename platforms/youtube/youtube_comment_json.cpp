#include "youtube_comment_json.h"

#include "common/rfc3339_time.h"
#include "youtube_inbox.h"

#include <QUrl>

#include <simdjson.h>

#include <string_view>

namespace travelflow::YouTubeCommentJson {

namespace {

using simdjson::dom::element;
// An element or the error that stands in for it: members of a missing member are missing
// too, so lookups chain without checks on the way.
using Node = simdjson::simdjson_result<element>;

Node nodeOf(const element &e)
{
    return Node(element(e)); // the result takes a temporary
}

// One parser per thread, reused: it keeps its buffers between pages.
simdjson::dom::parser &parser()
{
    thread_local simdjson::dom::parser p;
    return p;
}

std::optional<QString> stringOf(const Node &value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return std::nullopt;
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A string member, or `fallback` when it is missing or not a string (as QJsonValue::toString).
QString text(const Node &object, std::string_view key, const QString &fallback = {})
{
    return stringOf(object[key]).value_or(fallback);
}

std::optional<qint64> integerOf(const Node &object, std::string_view key)
{
    int64_t value = 0;
    if (object[key].get_int64().get(value) != simdjson::SUCCESS)
        return std::nullopt;
    return value;
}

bool boolean(const Node &object, std::string_view key, bool fallback)
{
    bool value = fallback;
    return object[key].get_bool().get(value) == simdjson::SUCCESS ? value : fallback;
}

// A comment resource as an item. textOriginal is the text as written; it is only
// guaranteed to the comment's author, so textDisplay (plain text, as requested) stands in.
RemoteItem commentItem(const Node &comment, RemoteItem::Kind kind, const QString &videoId,
                       const QString &channelId)
{
    const Node s = comment["snippet"];
    RemoteItem item;
    item.kind = kind;
    item.remoteId = text(comment, "id");
    if (kind == RemoteItem::Kind::Reply)
        item.remoteParentId = text(s, "parentId");
    item.remotePostId = text(s, "videoId", videoId);
    item.authorId = stringOf(s["authorChannelId"]["value"]).value_or(QString());
    item.authorName = text(s, "authorDisplayName");
    item.text = stringOf(s["textOriginal"]).value_or(text(s, "textDisplay"));
    item.createdAt = parseRfc3339(text(s, "publishedAt"));
    item.updatedAt = parseRfc3339(text(s, "updatedAt"));
    item.permalink = watchUrl(item.remotePostId, item.remoteId);
    item.fromAccountOwner = !channelId.isEmpty() && item.authorId == channelId;
    return item;
}

// Hands each element of the list's "items" to `each`; the list's nextPageToken, or nullopt
// when the body is not such a list (e.g. cut short). An empty body is an empty list.
template<typename Each>
std::optional<QString> readList(const QByteArray &body, Each each)
{
    if (body.isEmpty())
        return QString();
    element root;
    if (parser().parse(body.constData(), static_cast<size_t>(body.size())).get(root) != simdjson::SUCCESS
        || !root.is_object())
        return std::nullopt;
    simdjson::dom::array items;
    if (root["items"].get_array().get(items) == simdjson::SUCCESS) {
        for (const element item : items)
            each(nodeOf(item));
    }
    return text(nodeOf(root), "nextPageToken");
}

} // namespace

std::optional<YouTubeThreadPage> threads(const QByteArray &body, const QString &channelId)
{
    YouTubeThreadPage out;
    const auto next = readList(body, [&](const Node &thread) {
        const Node s = thread["snippet"];
        const QString videoId = text(s, "videoId");
        const bool canReply = boolean(s, "canReply", true);
        RemoteItem top = commentItem(s["topLevelComment"], RemoteItem::Kind::Comment, videoId, channelId);
        if (top.remoteId.isEmpty()) // the thread's id is its top-level comment's
            top.remoteId = text(thread, "id");
        top.canReply = canReply;
        const std::optional<qint64> total = integerOf(s, "totalReplyCount");
        top.replyCount = total.value_or(-1);
        out.page.items.append(top);
        qint64 included = 0;
        simdjson::dom::array replies;
        if (thread["replies"]["comments"].get_array().get(replies) == simdjson::SUCCESS) {
            for (const element reply : replies) {
                RemoteItem item = commentItem(nodeOf(reply), RemoteItem::Kind::Reply, videoId, channelId);
                if (item.remoteParentId.isEmpty())
                    item.remoteParentId = top.remoteId;
                item.canReply = canReply; // answered in the same thread
                out.page.items.append(item);
                ++included;
            }
        }
        if (total.value_or(0) > included)
            out.threadsWithMoreReplies.append(top.remoteId);
    });
    if (!next)
        return std::nullopt;
    out.page.nextPageToken = *next;
    return out;
}

std::optional<RemotePage> replies(const QByteArray &body, const QString &parentId, const QString &channelId)
{
    RemotePage page;
    const auto next = readList(body, [&](const Node &comment) {
        RemoteItem item = commentItem(comment, RemoteItem::Kind::Reply, QString(), channelId);
        if (item.remoteParentId.isEmpty())
            item.remoteParentId = parentId;
        page.items.append(item);
    });
    if (!next)
        return std::nullopt;
    page.nextPageToken = *next;
    return page;
}

QString watchUrl(const QString &videoId, const QString &commentId)
{
    if (videoId.isEmpty())
        return {};
    // Built as text: one per comment of a page, and QUrl/QUrlQuery cost more than the rest
    // of reading the comment.
    QString out = QStringLiteral("https://www.youtube.com/watch?v=")
        + QString::fromLatin1(QUrl::toPercentEncoding(videoId));
    if (!commentId.isEmpty())
        out += QStringLiteral("&lc=") + QString::fromLatin1(QUrl::toPercentEncoding(commentId));
    return out;
}

} // namespace travelflow::YouTubeCommentJson
