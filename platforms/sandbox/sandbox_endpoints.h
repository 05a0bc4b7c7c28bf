#pragma once

#include <QJsonObject>
#include <QString>

namespace travelflow::sandbox {

// Where each named endpoint of ../shared/platform-apis.md lives on the simulator. One
// port serves all three platforms, so each base carries a path prefix; the adapters
// append the documented paths to it exactly as they do to the real hosts.
//
//   tiktok.auth        /tiktok/auth/v2/auth/authorize/        (query only)
//   tiktok.api         /tiktok/api                            + /v2/...
//   instagram.auth     /instagram/auth/v25.0/dialog/oauth     (query only)
//   instagram.graph    /instagram/graph/v25.0                 + /oauth/access_token, /me, /{id}/...
//   instagram.rupload  /instagram/rupload                     + /ig-api-upload/v25.0/{container}
//   youtube.auth       /youtube/auth/o/oauth2/v2/auth         (query only)
//   youtube.token      /youtube/token                         + /token, /revoke
//   youtube.api        /youtube/api/youtube/v3                + /videos, /channels, /commentThreads,
//   /comments youtube.upload     /youtube/upload/upload/youtube/v3      + /videos?uploadType=resumable...
namespace paths {
inline const QString kTikTokAuth = QStringLiteral("/tiktok/auth/v2/auth/authorize/");
inline const QString kTikTokApi = QStringLiteral("/tiktok/api");
inline const QString kInstagramAuth = QStringLiteral("/instagram/auth/v25.0/dialog/oauth");
inline const QString kInstagramGraph = QStringLiteral("/instagram/graph/v25.0");
inline const QString kInstagramRupload = QStringLiteral("/instagram/rupload");
inline const QString kYouTubeAuth = QStringLiteral("/youtube/auth/o/oauth2/v2/auth");
inline const QString kYouTubeToken = QStringLiteral("/youtube/token");
inline const QString kYouTubeApi = QStringLiteral("/youtube/api/youtube/v3");
inline const QString kYouTubeUpload = QStringLiteral("/youtube/upload/upload/youtube/v3");
} // namespace paths

// The endpoints file content ({name: base URL}) for a simulator at `baseUrl`.
QJsonObject sandboxEndpoints(const QString &baseUrl);

} // namespace travelflow::sandbox
