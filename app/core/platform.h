#pragma once

#include <QString>

#include <optional>

namespace travelflow {

// The three platforms TravelFlow publishes to. Their names are always lowercase on
// the wire, in SQLite and in CLI output.
enum class Platform {
    TikTok,
    Instagram,
    YouTube
};

QString platformName(Platform platform);
std::optional<Platform> platformFromName(const QString &name);

} // namespace travelflow
