#include "platform_error.h"

namespace travelflow {

bool PlatformError::isRetryable() const
{
    switch (kind) {
    case Kind::AuthExpired:
    case Kind::RateLimited:
    case Kind::QuotaExhausted:
    case Kind::Transient: return true;
    case Kind::PermissionMissing:
    case Kind::InvalidInput:
    case Kind::MediaRejected:
    case Kind::Permanent:
    case Kind::Cancelled: return false;
    }
    return false;
}

QString PlatformError::displayName(const QString &platform)
{
    if (platform == QLatin1String("tiktok"))
        return QStringLiteral("TikTok");
    if (platform == QLatin1String("instagram"))
        return QStringLiteral("Instagram");
    if (platform == QLatin1String("youtube"))
        return QStringLiteral("YouTube");
    return platform;
}

QString PlatformError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AuthExpired: return QStringLiteral("auth_expired");
    case Kind::PermissionMissing: return QStringLiteral("permission_missing");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::QuotaExhausted: return QStringLiteral("quota_exhausted");
    case Kind::InvalidInput: return QStringLiteral("invalid_input");
    case Kind::MediaRejected: return QStringLiteral("media_rejected");
    case Kind::Transient: return QStringLiteral("transient");
    case Kind::Permanent: return QStringLiteral("permanent");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace travelflow
