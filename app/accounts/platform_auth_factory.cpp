#include "platform_auth_factory.h"

#include "youtube/youtube_auth.h"

namespace travelflow {

std::unique_ptr<PlatformAuth> createPlatformAuth(Platform platform, QNetworkAccessManager *nam,
                                                 const EndpointTable &endpoints,
                                                 const AppCredentials &credentials)
{
    switch (platform) {
    case Platform::YouTube: return std::make_unique<YouTubeAuth>(nam, endpoints, credentials);
    case Platform::TikTok:
    case Platform::Instagram: return nullptr; // their adapters land next
    }
    return nullptr;
}

} // namespace travelflow
