#pragma once

#include "core/platform.h"

#include <QIcon>
#include <QString>

namespace travelflow {

// How a platform looks in the window: its icon and the name people know it by.
QIcon platformIcon(Platform platform);
QString platformDisplayName(Platform platform);

} // namespace travelflow
