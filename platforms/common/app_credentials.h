#pragma once

#include <QString>

namespace travelflow {

// A platform app's client id (TikTok: client key) and secret: each user's own developer
// app, or defaults a distributor baked into the build (CMake cache variables of the same
// names as the environment variables). The environment wins over build defaults; the
// keychain-stored Settings (app/) sit between them and are resolved there.
struct AppCredentials
{
    enum class Source {
        None,
        Environment,
        BuildDefault,
        Settings
    };

    QString clientId;
    QString clientSecret;
    Source source = Source::None;

    bool isConfigured() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }

    // platform: "tiktok", "instagram", "youtube"
    static AppCredentials fromEnvironment(const QString &platform);
    static AppCredentials buildDefault(const QString &platform);
    static QString idVariable(const QString &platform); // e.g. TRAVELFLOW_TIKTOK_CLIENT_KEY
    static QString secretVariable(const QString &platform); // e.g. TRAVELFLOW_TIKTOK_CLIENT_SECRET
};

} // namespace travelflow
