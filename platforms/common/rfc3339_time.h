#pragma once

#include <QDateTime>
#include <QString>

namespace travelflow {

// A time as the platforms' JSON sends it. The common UTC form "2024-05-01T10:00:00Z" (with
// or without milliseconds) is read directly: an inbox page holds hundreds of them. Anything
// else goes through Qt's ISO 8601 parser, so the result is always what that one gives.
QDateTime parseRfc3339(const QString &text);

} // namespace travelflow
