#pragma once

#include <QList>
#include <QWidget>

namespace travelflow {

class AppServices;
class PlatformCredentialsBox;

// Settings: each platform's developer-app credentials (kept in the system keychain, never
// in QSettings), the interface language, starting minimised to the tray and which
// notifications to show (Preferences). Choices apply as they are made.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppServices &services, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildGeneral();
    QWidget *buildNotifications();

    QList<PlatformCredentialsBox *> m_credentials;
};

} // namespace travelflow
