#pragma once

#include "common/endpoint_table.h"
#include "common/platform_auth.h"

#include <QString>

class QNetworkAccessManager;

namespace travelflow::sandbox {
class SandboxServer;
}

namespace travelflow::test {

// Publishes `file` as a YouTube video titled `title` (so comments can be added to it).
// Returns the video id, or an empty string when it did not finish in 20 s.
QString uploadYouTubeVideo(QNetworkAccessManager *nam, const EndpointTable &endpoints,
                           const OAuthTokens &tokens, const QString &file, const QString &title);

// Publishes `file` as an Instagram Reel of `igUserId` with `caption`, moving the simulator's
// clock past its processing. Returns the media id, or an empty string when it failed or did
// not finish in `timeoutMs`.
QString publishInstagramMedia(sandbox::SandboxServer &server, QNetworkAccessManager *nam,
                              const EndpointTable &endpoints, const QString &igUserId,
                              const OAuthTokens &tokens, const QString &file, const QString &caption,
                              int timeoutMs = 15000);

} // namespace travelflow::test
