#pragma once

#include "common/endpoint_table.h"
#include "common/network_job.h"
#include "common/platform_inbox.h"
#include "youtube_auth.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace travelflow {

// A page of comment threads with what RemotePage cannot carry: the threads whose replies
// did not all come with the page (YouTube includes only the first few).
struct YouTubeThreadPage
{
    RemotePage page;
    // Top-level comment ids whose totalReplyCount exceeds the replies on this page: the
    // rest come from list({Replies, id}).
    QStringList threadsWithMoreReplies;
};

// Comments and replies of a connected YouTube channel (Data API v3). Owned by whoever
// syncs the inbox; one object may serve several accounts (the tokens of each call say
// which). Every answer is delivered once, asynchronously, on the caller's `context` and
// not at all once it is gone.
//
// - Comments of a video (`remoteId` = video id), or of the whole channel (empty
//   `remoteId`: commentThreads?allThreadsRelatedToChannelId): threads newest first, 100 a
//   page, each top-level Comment followed by the Reply items YouTube included with it.
//   listThreads() also names the threads with more replies than included.
// - Replies (`remoteId` = top-level comment id): comments.list?parentId, 100 a page, in
//   the order YouTube sends them (not guaranteed newest first).
// - Conversations: YouTube has no private messages; an empty page, no request.
// - Posts (listPosts): the videos that have comment threads, from one page of
//   allThreadsRelatedToChannelId, then videos.list for title and comment count (50 ids a
//   call). Videos without comments are absent (nothing to read under them); a video may
//   come again on a later page, so callers merge by remoteId. The uploads playlist
//   (playlistItems) is not used: it would list videos with nothing for the inbox, and the
//   sandbox simulator does not serve it.
// - Texts are textOriginal (the exact text, with textFormat=plainText as the fallback
//   textDisplay), so emoji and right-to-left scripts round-trip.
// - The connected channel's id (for fromAccountOwner and the channel-wide listing) is
//   looked up once per grant with GET /channels?mine=true and kept in memory.
//
// quotaUnits of each answer is what the call cost, lookups included: 1 per
// channels/commentThreads/comments/videos list call, 50 per comments.insert. Failed calls
// report no units (PlatformOutcome carries none), although Google may charge for them.
class YouTubeInbox : public PlatformInbox
{
    Q_DECLARE_TR_FUNCTIONS(YouTubeInbox)

public:
    using ThreadsCallback = std::function<void(const PlatformOutcome<YouTubeThreadPage> &)>;

    static constexpr int kListCost = 1; // channels, commentThreads, comments, videos .list
    static constexpr int kInsertCost = 50; // comments.insert
    static constexpr int kPageSize = 100; // maxResults: the most the API serves a page
    static constexpr int kVideosPerCall = 50; // ids per videos.list
    // Longer replies get commentTextTooLong; counted in Unicode code points.
    static constexpr int kMaxReplyLength = 10000;

    YouTubeInbox(QNetworkAccessManager *nam, EndpointTable endpoints);

    bool providesText() const override { return true; }
    void listPosts(const QString &pageToken, const OAuthTokens &tokens, QObject *context,
                   PostsCallback done) override;
    void list(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
              PageCallback done) override;
    // comments.insert under the top-level comment: YouTube threads are flat, so a reply
    // to a Reply goes under its remoteParentId. The answer is the new comment's id.
    void reply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens, QObject *context,
               ReplyCallback done) override;
    // Always InvalidInput, rule "youtube.private_reply.unsupported".
    void privateReply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                      QObject *context, ReplyCallback done) override;

    // list() for Scope::Comments, with the threads that have more replies than included.
    void listThreads(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
                     const ThreadsCallback &done);

    // What reply() checks before sending (also for checking while the user types):
    // InvalidInput, field "text", rule "youtube.reply.empty" or "youtube.reply.too_long".
    static std::optional<PlatformError> validateReply(const QString &text);

    // The Data API's comment errors (commentTextTooLong -> InvalidInput with rule
    // "youtube.reply.too_long", a deleted comment/video -> Permanent, ...), then
    // YouTubeAuth::mapError for the rest (quotaExceeded, authError, ...).
    static std::optional<PlatformError> mapError(const NetworkResult &result);

private:
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    YouTubeAuth m_identity; // identify() finds the connected channel
    // Fingerprint of the grant -> channel id. Shared with calls still running.
    std::shared_ptr<QHash<QByteArray, QString>> m_channels;
};

} // namespace travelflow
