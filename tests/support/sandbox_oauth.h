#pragma once

#include "common/platform_auth.h"

#include <optional>

namespace travelflow::test {

// Connects through the browser flow against the simulator: a loopback listener, the
// authorize URL opened with plain HTTP (the simulator approves at once and redirects),
// then the code exchange. nullopt (with a warning) when any step fails.
std::optional<OAuthTokens> connectThroughBrowser(PlatformAuth &auth);

} // namespace travelflow::test
