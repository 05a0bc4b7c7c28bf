#pragma once

#include "platform_auth.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace travelflow {

// One comment, reply or private message as a platform returned it.
struct RemoteItem
{
    enum class Kind {
        Comment, // top level, under a post
        Reply, // under a comment (remoteParentId)
        Message // in a private conversation (threadId)
    };

    Kind kind = Kind::Comment;
    QString remoteId;
    QString remoteParentId; // Reply: the comment it answers
    QString remotePostId; // Comment/Reply: the video or media
    QString threadId; // Message: the conversation
    QString authorId;
    QString authorName;
    QString text; // exactly as the platform sent it (emoji, RTL and all)
    QDateTime createdAt;
    QDateTime updatedAt;
    QString permalink; // a link the user can open, when the platform gives one
    bool fromAccountOwner = false; // written by the connected account itself
    bool canReply = true;
    qint64 replyCount = -1; // Comment: replies the platform says it has (-1 = not reported)
};

// One page of a listing, newest first. `nextPageToken` empty = the last page.
struct RemotePage
{
    QList<RemoteItem> items;
    QString nextPageToken;
    int quotaUnits = 0; // what this call cost (YouTube units), for the quota shown to the user
};

// A post of the account that the inbox looks under.
struct RemotePost
{
    QString remoteId;
    QString caption;
    QDateTime publishedAt;
    QString permalink;
    qint64 commentCount = -1; // -1 = not reported
};

// Where a listing continues: the scope (a post, a comment's replies, the conversations)
// and the page. Empty pageToken = the first (newest) page.
struct InboxCursor
{
    enum class Scope {
        Posts, // the account's posts (RemotePostPage)
        Comments, // top-level comments of `remoteId` (a post); YouTube: with their first replies
        Replies, // replies to `remoteId` (a comment)
        Conversations, // private conversations with their newest messages
    };

    Scope scope = Scope::Comments;
    QString remoteId;
    QString pageToken;
};

struct RemotePostPage
{
    QList<RemotePost> posts;
    QString nextPageToken;
    int quotaUnits = 0;
};

// What the reply endpoints answer: the id the platform gave the new comment/message.
struct RemoteReply
{
    QString remoteId;
    QDateTime createdAt;
    int quotaUnits = 0;
};

// Comments, replies and messages of one connected account on one platform. Every call is
// asynchronous and delivers once on `context`; errors are typed (PlatformError) so the
// inbox can back off, wait for a quota, or ask the user to reconnect.
class PlatformInbox
{
public:
    using PostsCallback = std::function<void(const PlatformOutcome<RemotePostPage> &)>;
    using PageCallback = std::function<void(const PlatformOutcome<RemotePage> &)>;
    using ReplyCallback = std::function<void(const PlatformOutcome<RemoteReply> &)>;

    virtual ~PlatformInbox() = default;

    // Whether this platform's API gives comment text at all (TikTok's does not).
    virtual bool providesText() const = 0;

    virtual void listPosts(const QString &pageToken, const OAuthTokens &tokens, QObject *context,
                           PostsCallback done)
        = 0;
    virtual void list(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
                      PageCallback done)
        = 0;
    // A public reply under the comment `item` (which must be a Comment or Reply).
    virtual void reply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                       QObject *context, ReplyCallback done)
        = 0;
    // A private reply to the author of `item` (Instagram: once per comment, within 7 days);
    // platforms without one answer with an InvalidInput error naming the rule.
    virtual void privateReply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                              QObject *context, ReplyCallback done)
        = 0;
};

} // namespace travelflow
