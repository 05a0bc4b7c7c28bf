#pragma once

#include "common/endpoint_table.h"
#include "common/network_job.h"
#include "common/platform_inbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace travelflow {

struct InstagramInboxState; // what the calls share; outlives the inbox while answers are due

// Comments, replies and private messages of one Instagram business account through the
// Graph API (platform-apis.md, "Instagram"):
//
// - listPosts(): GET /{ig-user-id}/media?fields=id,caption,timestamp,permalink,comments_count.
// - Comments: GET /{media-id}/comments with id,text,timestamp,username,like_count,
//   from{id,username},parent_id and the replies Instagram nests under each comment, in the
//   API's order (newest first). Each comment is a Comment item followed by its nested
//   replies as Reply items; `replyCount` is the number of nested replies, or one more than
//   that when the nested list has a next page (the rest come from a Replies listing).
//   Comments carry the media's permalink (from listPosts() or one GET /{media-id}).
// - Replies: GET /{comment-id}/replies, in the API's order (a thread: oldest first).
// - Conversations: GET /me/conversations?platform=instagram with each conversation's
//   messages (Graph only shows a conversation's 20 newest); every message is a Message item
//   (threadId = the conversation, canReply = false: answering messages is not supported).
//   A message the answer carries without its details is read with
//   GET /{message-id}?fields=id,created_time,from,to,message.
// - reply(): POST /{comment-id}/replies with `message` (form-encoded); a Reply item is
//   answered under its top-level comment, as Instagram allows replies to those only.
// - privateReply(): POST /{ig-user-id}/messages {"recipient":{"comment_id"},
//   "message":{"text"}}; once per comment, within 7 days of it. A comment known to be older
//   is refused without a request; Instagram's refusals become InvalidInput errors with the
//   rule "instagram.private_reply.too_old" or "instagram.private_reply.already_sent".
//
// Page tokens: messaging calls need the Page token. `tokens` may be the user token (what
// the app keeps as the account's access token) or the Page token: before the first
// messaging call the inbox asks GET /me/accounts for the Page linked to the business
// account and uses its token, kept in memory only for this inbox's lifetime; when that
// question fails as it does for a Page token, the given token is used as it is.
//
// Each `nextPageToken` is Graph's `after` cursor. Every call delivers once, on
// `context`'s thread, unless `context` is gone by then. Errors are typed through
// InstagramAuth::mapError; no token ever appears in a log line or an error text.
class InstagramInbox : public PlatformInbox
{
    Q_DECLARE_TR_FUNCTIONS(InstagramInbox)

public:
    using Clock = std::function<QDateTime()>;

    static constexpr qint64 kPrivateReplyWindowSeconds = qint64{7} * 86400;

    InstagramInbox(QNetworkAccessManager *nam, EndpointTable endpoints, QString igUserId);
    ~InstagramInbox() override;

    // "Now" for the local 7-day check of private replies (default: the system clock, UTC).
    void setClock(Clock clock);

    bool providesText() const override { return true; }
    void listPosts(const QString &pageToken, const OAuthTokens &tokens, QObject *context,
                   PostsCallback done) override;
    void list(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
              PageCallback done) override;
    void reply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens, QObject *context,
               ReplyCallback done) override;
    void privateReply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                      QObject *context, ReplyCallback done) override;

    // Graph errors of a private reply: "already replied" (10900) and "outside of allowed
    // window" (10/2534022) as InvalidInput with the rules above; the rest as
    // InstagramAuth::mapError has them.
    static std::optional<PlatformError> mapPrivateReplyError(const NetworkResult &result);

    // A Graph time: "2026-11-20T10:00:00+0000", ISO 8601 with a "+00:00" offset, or Unix
    // seconds (a number or a string of digits). Invalid when it is none of these.
    static QDateTime parseGraphTime(const QJsonValue &value);

private:
    std::shared_ptr<InstagramInboxState> m_state;
};

} // namespace travelflow
