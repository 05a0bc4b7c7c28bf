#pragma once

#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "common/platform_auth.h"
#include "core/platform.h"

#include <memory>

class QNetworkAccessManager;

namespace travelflow {

// The PlatformAuth of each platform (the registry keyed by platform).
std::unique_ptr<PlatformAuth> createPlatformAuth(Platform platform, QNetworkAccessManager *nam,
                                                 const EndpointTable &endpoints,
                                                 const AppCredentials &credentials);

} // namespace travelflow
