#include "sandbox_endpoints.h"

namespace travelflow::sandbox {

QJsonObject sandboxEndpoints(const QString &baseUrl)
{
    return QJsonObject{
        {QStringLiteral("tiktok.auth"), QString(baseUrl + paths::kTikTokAuth)},
        {QStringLiteral("tiktok.api"), QString(baseUrl + paths::kTikTokApi)},
        {QStringLiteral("instagram.auth"), QString(baseUrl + paths::kInstagramAuth)},
        {QStringLiteral("instagram.graph"), QString(baseUrl + paths::kInstagramGraph)},
        {QStringLiteral("instagram.rupload"), QString(baseUrl + paths::kInstagramRupload)},
        {QStringLiteral("youtube.auth"), QString(baseUrl + paths::kYouTubeAuth)},
        {QStringLiteral("youtube.token"), QString(baseUrl + paths::kYouTubeToken)},
        {QStringLiteral("youtube.api"), QString(baseUrl + paths::kYouTubeApi)},
        {QStringLiteral("youtube.upload"), QString(baseUrl + paths::kYouTubeUpload)},
    };
}

} // namespace travelflow::sandbox
