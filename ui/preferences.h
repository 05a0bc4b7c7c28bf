#pragma once

#include <QString>

namespace travelflow {

// The user's choices about the desktop app itself (not about platforms), kept in QSettings:
// interface language, starting minimised to the tray, and which notifications to show.
// Secrets never go here; platform app credentials live in the keychain.
class Preferences
{
public:
    // "" = the system language; otherwise "en" or "ru". Takes effect at the next start.
    static QString language();
    static void setLanguage(const QString &language);

    static bool startMinimised();
    static void setStartMinimised(bool on);

    static bool notifyNewLeads();
    static void setNotifyNewLeads(bool on);

    static bool notifyPublishResults();
    static void setNotifyPublishResults(bool on);
};

} // namespace travelflow
