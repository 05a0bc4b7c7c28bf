#pragma once

#include "core/platform.h"

#include <QString>

namespace travelflow {

// What each platform calls the two halves of a developer app's credentials (TikTok: client
// key, Instagram: app ID, YouTube: client ID; and their secrets), and where to create one.
// Shared by Settings and the Accounts page's "add your app" hints.
QString appIdLabel(Platform platform);
QString appSecretLabel(Platform platform);
QString developerConsoleUrl(Platform platform);

} // namespace travelflow
