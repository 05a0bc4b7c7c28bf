#include "credential_labels.h"

#include <QCoreApplication>

namespace travelflow {

QString appIdLabel(Platform platform)
{
    switch (platform) {
    case Platform::TikTok: return QCoreApplication::translate("CredentialLabels", "client key");
    case Platform::Instagram: return QCoreApplication::translate("CredentialLabels", "app ID");
    case Platform::YouTube: break;
    }
    return QCoreApplication::translate("CredentialLabels", "client ID");
}

QString appSecretLabel(Platform platform)
{
    if (platform == Platform::Instagram)
        return QCoreApplication::translate("CredentialLabels", "app secret");
    return QCoreApplication::translate("CredentialLabels", "client secret");
}

QString developerConsoleUrl(Platform platform)
{
    switch (platform) {
    case Platform::TikTok: return QStringLiteral("https://developers.tiktok.com/apps/");
    case Platform::Instagram: return QStringLiteral("https://developers.facebook.com/apps/");
    case Platform::YouTube: break;
    }
    return QStringLiteral("https://console.cloud.google.com/apis/credentials");
}

} // namespace travelflow
