#pragma once

#include "core/expected.h"

#include <QCoreApplication>
#include <QString>

namespace travelflow {

// A quick content fingerprint: the file size plus a SHA-256 of its first and last
// 64 KiB. Cheap for multi-gigabyte clips, and stable when the file is moved or renamed.
class Fingerprint
{
    Q_DECLARE_TR_FUNCTIONS(Fingerprint)

public:
    static constexpr qint64 kEdgeBytes = qint64{64} * 1024;

    static Expected<QString> ofFile(const QString &path);
};

} // namespace travelflow
