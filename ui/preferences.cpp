#include "preferences.h"

#include <QSettings>

namespace travelflow {

namespace {
constexpr char kLanguage[] = "ui/language";
constexpr char kStartMinimised[] = "ui/startMinimised";
constexpr char kNotifyNewLeads[] = "notifications/newLeads";
constexpr char kNotifyPublishResults[] = "notifications/publishResults";

bool flag(const char *key, bool fallback)
{
    return QSettings().value(QLatin1String(key), fallback).toBool();
}

void setFlag(const char *key, bool on)
{
    QSettings().setValue(QLatin1String(key), on);
}
} // namespace

QString Preferences::language()
{
    return QSettings().value(QLatin1String(kLanguage)).toString();
}

void Preferences::setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(kLanguage));
    else
        settings.setValue(QLatin1String(kLanguage), language);
}

bool Preferences::startMinimised()
{
    return flag(kStartMinimised, false);
}

void Preferences::setStartMinimised(bool on)
{
    setFlag(kStartMinimised, on);
}

bool Preferences::notifyNewLeads()
{
    return flag(kNotifyNewLeads, true);
}

void Preferences::setNotifyNewLeads(bool on)
{
    setFlag(kNotifyNewLeads, on);
}

bool Preferences::notifyPublishResults()
{
    return flag(kNotifyPublishResults, true);
}

void Preferences::setNotifyPublishResults(bool on)
{
    setFlag(kNotifyPublishResults, on);
}

} // namespace travelflow
