#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace travelflow {

class Database;
class TrayIcon;

// The main window: a navigation list on the left (Library, Compose, Queue, Inbox, and
// Accounts at the bottom) and the selected area on the right. Owned by main().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area {
        Library,
        Compose,
        Queue,
        Inbox,
        Accounts
    };

    MainWindow(const Database &database, TrayIcon *tray, QWidget *parent = nullptr);

    void showArea(Area area);
    Area currentArea() const;
    void bringToFront();
    // Shows that the app talks to the built-in simulator at `baseUrl`, not the real services.
    void setSandboxUrl(const QString &baseUrl);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addArea(Area area, const QString &icon, const QString &title, QWidget *page);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    TrayIcon *m_tray = nullptr;
};

} // namespace travelflow
