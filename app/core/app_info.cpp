#include "app_info.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace travelflow {

QString applicationVersion()
{
    return QStringLiteral(TRAVELFLOW_VERSION);
}

void initApplicationInfo()
{
    QCoreApplication::setOrganizationName(QLatin1String(kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(kApplicationName));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString resolveDataDir(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir::cleanPath(QDir(overrideDir).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace travelflow
