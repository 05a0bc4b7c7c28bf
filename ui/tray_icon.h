#pragma once

#include <QObject>

class QSystemTrayIcon;
class QMenu;

namespace travelflow {

// The tray icon and its menu. Without a tray host (some Linux desktops, CI) it stays
// hidden and isAvailable() is false, so the window must not hide itself into it.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const;
    void showMessage(const QString &title, const QString &text);

Q_SIGNALS:
    void showWindowRequested();
    void inboxRequested();
    void syncInboxRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace travelflow
