#pragma once

#include "common/oauth_loopback.h"
#include "common/platform_auth.h"

#include <optional>
#include <QByteArray>

namespace travelflow::test {

// What the "browser" saw: the simulator's redirect and what our listener made of it.
struct BrowserVisit
{
    QByteArray redirect; // the Location the consent page sent the browser to
    OAuthCallback callback;
};

// Plays the browser for one attempt: opens the authorize URL with plain HTTP (the
// simulator approves at once and redirects) and follows the redirect to `listener`.
// An empty callback (ok == false, no error) when the listener never answered.
BrowserVisit visitAuthorizeUrl(const AuthorizationAttempt &attempt, OAuthLoopbackListener &listener);

// The whole connect against the simulator: listener, visit, code exchange. nullopt
// (with a warning) when any step fails.
std::optional<OAuthTokens> connectThroughBrowser(PlatformAuth &auth);

// Whose the tokens are, as `auth` identifies them. nullopt (with a warning) when it failed
// or did not answer in 10 s.
std::optional<AccountIdentity> identifyAccount(PlatformAuth &auth, const OAuthTokens &tokens);

} // namespace travelflow::test
