#include "platform_auth_factory.h"

#include "instagram/instagram_auth.h"
#include "tiktok/tiktok_auth.h"
#include "youtube/youtube_auth.h"

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

} // namespace travelflow
