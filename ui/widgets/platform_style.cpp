#include "platform_style.h"

namespace travelflow {

QIcon platformIcon(Platform platform)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(platformName(platform)));
}

QString platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::TikTok: return QStringLiteral("TikTok");
    case Platform::Instagram: return QStringLiteral("Instagram");
    case Platform::YouTube: return QStringLiteral("YouTube");
    }
    return {};
}

} // namespace travelflow
