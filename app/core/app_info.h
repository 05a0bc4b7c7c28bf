#pragma once

#include <QString>

namespace travelflow {

// Names shared by the GUI, the CLI and the keychain service.
inline constexpr char kOrganizationName[] = "TravelFlow";
inline constexpr char kApplicationName[] = "TravelFlow";
inline constexpr char kKeychainService[] = "TravelFlow";

QString applicationVersion();

// Sets the QCoreApplication names and version; call right after constructing the app.
void initApplicationInfo();

// Where the profile lives: `overrideDir` when given, else the platform's AppDataLocation.
QString resolveDataDir(const QString &overrideDir);

} // namespace travelflow
