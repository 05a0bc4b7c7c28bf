#pragma once

#include <QString>
#include <QtGlobal>

namespace travelflow {

// How the library writes durations and file sizes ("1:05", "1:02:03", "12.4 MB").
QString formatDuration(qint64 ms);
QString formatFileSize(qint64 bytes);

} // namespace travelflow
