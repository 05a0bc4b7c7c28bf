#include "app_credentials.h"

// Build-time defaults (see the README): empty unless the distributor's build sets them.
#ifndef TRAVELFLOW_TIKTOK_CLIENT_KEY
#define TRAVELFLOW_TIKTOK_CLIENT_KEY ""
#endif
#ifndef TRAVELFLOW_TIKTOK_CLIENT_SECRET
#define TRAVELFLOW_TIKTOK_CLIENT_SECRET ""
#endif
#ifndef TRAVELFLOW_INSTAGRAM_CLIENT_ID
#define TRAVELFLOW_INSTAGRAM_CLIENT_ID ""
#endif
#ifndef TRAVELFLOW_INSTAGRAM_CLIENT_SECRET
#define TRAVELFLOW_INSTAGRAM_CLIENT_SECRET ""
#endif
#ifndef TRAVELFLOW_YOUTUBE_CLIENT_ID
#define TRAVELFLOW_YOUTUBE_CLIENT_ID ""
#endif
#ifndef TRAVELFLOW_YOUTUBE_CLIENT_SECRET
#define TRAVELFLOW_YOUTUBE_CLIENT_SECRET ""
#endif

namespace travelflow {

QString AppCredentials::idVariable(const QString &platform)
{
    const QString upper = platform.toUpper();
    return QStringLiteral("TRAVELFLOW_%1_%2")
        .arg(upper,
             platform == QLatin1String("tiktok") ? QStringLiteral("CLIENT_KEY")
                                                 : QStringLiteral("CLIENT_ID"));
}

QString AppCredentials::secretVariable(const QString &platform)
{
    return QStringLiteral("TRAVELFLOW_%1_CLIENT_SECRET").arg(platform.toUpper());
}

AppCredentials AppCredentials::fromEnvironment(const QString &platform)
{
    AppCredentials c;
    c.clientId = qEnvironmentVariable(idVariable(platform).toLatin1().constData()).trimmed();
    c.clientSecret = qEnvironmentVariable(secretVariable(platform).toLatin1().constData()).trimmed();
    c.source = c.isConfigured() ? Source::Environment : Source::None;
    return c;
}

AppCredentials AppCredentials::buildDefault(const QString &platform)
{
    struct Baked
    {
        const char *platform;
        const char *id;
        const char *secret;
    };
    static constexpr Baked kBaked[] = {
        {"tiktok", TRAVELFLOW_TIKTOK_CLIENT_KEY, TRAVELFLOW_TIKTOK_CLIENT_SECRET},
        {"instagram", TRAVELFLOW_INSTAGRAM_CLIENT_ID, TRAVELFLOW_INSTAGRAM_CLIENT_SECRET},
        {"youtube", TRAVELFLOW_YOUTUBE_CLIENT_ID, TRAVELFLOW_YOUTUBE_CLIENT_SECRET},
    };
    AppCredentials c;
    for (const Baked &b : kBaked) {
        if (platform == QLatin1String(b.platform)) {
            c.clientId = QString::fromUtf8(b.id);
            c.clientSecret = QString::fromUtf8(b.secret);
        }
    }
    c.source = c.isConfigured() ? Source::BuildDefault : Source::None;
    return c;
}

} // namespace travelflow
