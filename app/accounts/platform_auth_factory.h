#pragma once

#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "common/platform_auth.h"
#include "common/platform_inbox.h"
#include "common/platform_publisher.h"
#include "core/account.h"
#include "core/platform.h"

#include <memory>

class QNetworkAccessManager;

namespace travelflow {

// The registry keyed by platform: each platform's auth and publisher.
std::unique_ptr<PlatformAuth> createPlatformAuth(Platform platform, QNetworkAccessManager *nam,
                                                 const EndpointTable &endpoints,
                                                 const AppCredentials &credentials);

// The account's comments and messages (TikTok: an inbox that says its API gives no text).
std::unique_ptr<PlatformInbox> createPlatformInbox(const Account &account, QNetworkAccessManager *nam,
                                                   const EndpointTable &endpoints);

// How often a publisher asks the platform whether a processing video is done.
struct PublisherTuning
{
    int pollIntervalMs = 5000;
};

// Instagram publishes as the business account that `account` identifies.
std::unique_ptr<PlatformPublisher> createPlatformPublisher(const Account &account, QNetworkAccessManager *nam,
                                                           const EndpointTable &endpoints,
                                                           const PublisherTuning &tuning = PublisherTuning());

} // namespace travelflow
