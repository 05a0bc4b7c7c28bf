#include "platform_auth_factory.h"

#include "instagram/instagram_auth.h"
#include "instagram/instagram_publisher.h"
#include "tiktok/tiktok_auth.h"
#include "tiktok/tiktok_publisher.h"
#include "youtube/youtube_auth.h"
#include "youtube/youtube_publisher.h"

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
