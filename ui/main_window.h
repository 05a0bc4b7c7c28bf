#pragma once

#include <QMainWindow>

#include <optional>

class QListWidget;
class QStackedWidget;

namespace travelflow {

class AppServices;
class ComposePage;
class InboxPage;
class TrayIcon;

// The main window: a navigation list on the left (Library, Compose, Queue, Inbox,
// Analytics, Accounts, Settings; Ctrl+1..7) and the selected area on the right. Each area
// is a page over the shared app objects. Its size, position and last area are kept
// between runs. Owned by main().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area {
        Library,
        Compose,
        Queue,
        Inbox,
        Analytics,
        Accounts,
        Settings
    };

    MainWindow(AppServices &services, TrayIcon *tray, QWidget *parent = nullptr);
    // Areas by their stable English names ("library", "inbox", ...), as `--area` takes them.
    static std::optional<Area> areaFromName(const QString &name);
    static QStringList areaNames();
    ~MainWindow() override;

    void showArea(Area area);
    Area currentArea() const;
    void bringToFront();
    // Shows that the app talks to the built-in simulator at `baseUrl`, not the real services.
    void setSandboxUrl(const QString &baseUrl);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addArea(Area area, const QString &icon, const QString &title, QWidget *page);
    void showNewLeadCount(int count);
    void saveWindowState() const;
    void restoreWindowState();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    TrayIcon *m_tray = nullptr;
    ComposePage *m_compose = nullptr;
    InboxPage *m_inbox = nullptr;
};

} // namespace travelflow
