#include "platform_auth_factory.h"

#include "instagram/instagram_auth.h"
#include "instagram/instagram_inbox.h"
#include "instagram/instagram_publisher.h"
#include "tiktok/tiktok_auth.h"
#include "tiktok/tiktok_publisher.h"
#include "youtube/youtube_auth.h"
#include "youtube/youtube_inbox.h"
#include "youtube/youtube_publisher.h"

#include <QCoreApplication>

namespace travelflow {

std::unique_ptr<PlatformAuth> createPlatformAuth(Platform platform, QNetworkAccessManager *nam,
                                                 const EndpointTable &endpoints,
                                                 const AppCredentials &credentials)
{
    switch (platform) {
    case Platform::YouTube: return std::make_unique<YouTubeAuth>(nam, endpoints, credentials);
    case Platform::TikTok: return std::make_unique<TikTokAuth>(nam, endpoints, credentials);
    case Platform::Instagram: return std::make_unique<InstagramAuth>(nam, endpoints, credentials);
    }
    return nullptr;
}

namespace {

// TikTok's public APIs give no comment text or messages; the inbox shows its counts only.
class TikTokInbox : public PlatformInbox
{
public:
    bool providesText() const override { return false; }
    void listPosts(const QString &, const OAuthTokens &, QObject *, PostsCallback done) override
    {
        done(PlatformOutcome<RemotePostPage>::success({}));
    }
    void list(const InboxCursor &, const OAuthTokens &, QObject *, PageCallback done) override
    {
        done(PlatformOutcome<RemotePage>::success({}));
    }
    void reply(const RemoteItem &, const QString &, const OAuthTokens &, QObject *,
               ReplyCallback done) override
    {
        done(PlatformOutcome<RemoteReply>::failure(unsupported()));
    }
    void privateReply(const RemoteItem &, const QString &, const OAuthTokens &, QObject *,
                      ReplyCallback done) override
    {
        done(PlatformOutcome<RemoteReply>::failure(unsupported()));
    }

private:
    static PlatformError unsupported()
    {
        PlatformError e;
        e.kind = PlatformError::Kind::InvalidInput;
        e.platform = QStringLiteral("tiktok");
        e.rule = QStringLiteral("tiktok.comments.unsupported");
        e.message = QCoreApplication::translate("TikTokInbox",
                                                "TikTok's API does not let apps read or answer comments.");
        return e;
    }
};

} // namespace

std::unique_ptr<PlatformInbox> createPlatformInbox(const Account &account, QNetworkAccessManager *nam,
                                                   const EndpointTable &endpoints)
{
    switch (account.platform) {
    case Platform::YouTube: return std::make_unique<YouTubeInbox>(nam, endpoints);
    case Platform::TikTok: return std::make_unique<TikTokInbox>();
    case Platform::Instagram: return std::make_unique<InstagramInbox>(nam, endpoints, account.remoteId);
    }
    return nullptr;
}

std::unique_ptr<PlatformPublisher> createPlatformPublisher(const Account &account, QNetworkAccessManager *nam,
                                                           const EndpointTable &endpoints,
                                                           const PublisherTuning &tuning)
{
    switch (account.platform) {
    case Platform::YouTube: return std::make_unique<YouTubePublisher>(nam, endpoints);
    case Platform::TikTok: {
        TikTokPublisherOptions options;
        options.pollIntervalMs = tuning.pollIntervalMs;
        return std::make_unique<TikTokPublisher>(nam, endpoints, options);
    }
    case Platform::Instagram: {
        auto publisher = std::make_unique<InstagramPublisher>(nam, endpoints, account.remoteId);
        publisher->setPollInterval(tuning.pollIntervalMs);
        return publisher;
    }
    }
    return nullptr;
}

} // namespace travelflow
