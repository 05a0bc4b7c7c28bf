#include "platform.h"

namespace travelflow {

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::TikTok: return QStringLiteral("tiktok");
    case Platform::Instagram: return QStringLiteral("instagram");
    case Platform::YouTube: return QStringLiteral("youtube");
    }
    return {};
}

std::optional<Platform> platformFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const Platform p : {Platform::TikTok, Platform::Instagram, Platform::YouTube}) {
        if (platformName(p) == lower)
            return p;
    }
    return std::nullopt;
}

} // namespace travelflow
