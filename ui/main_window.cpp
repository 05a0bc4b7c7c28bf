#include "main_window.h"

#include "placeholder_page.h"
#include "storage/database.h"
#include "tray_icon.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace travelflow {

namespace {
constexpr char kCloseNoticeShown[] = "ui/closeToTrayNoticeShown";
constexpr int kAreaRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(const Database &database, TrayIcon *tray, QWidget *parent)
    : QMainWindow(parent), m_tray(tray)
{
    setWindowTitle(tr("TravelFlow"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { padding-top: 12px; }"
                                               "QListWidget#navigation::item { padding-left: 10px; }"
                                               "QListWidget#navigation::item:selected { background: #e3f2fd;"
                                               " color: #0d47a1; border-left: 3px solid #1e88e5; }"));
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addArea(Area::Library, QStringLiteral("library"), tr("Library"),
            new PlaceholderPage(tr("Library"),
                                tr("Your videos appear here. Import them with 'travelflow-cli import "
                                   "PATH'; dragging files onto this window comes with the library view."),
                                m_pages));
    addArea(Area::Compose, QStringLiteral("compose"), tr("Compose"),
            new PlaceholderPage(tr("Compose"),
                                tr("Write one caption per platform, checked against each platform's rules "
                                   "while you type, and schedule the post."),
                                m_pages));
    addArea(Area::Queue, QStringLiteral("queue"), tr("Queue"),
            new PlaceholderPage(tr("Queue"),
                                tr("Scheduled and running uploads, with progress, and what to do when "
                                   "something needs your attention."),
                                m_pages));
    addArea(Area::Inbox, QStringLiteral("inbox"), tr("Inbox"),
            new PlaceholderPage(tr("Inbox"),
                                tr("Comments and messages from all your accounts in one place, with "
                                   "potential customers marked as leads."),
                                m_pages));
    addArea(Area::Accounts, QStringLiteral("accounts"), tr("Accounts"),
            new PlaceholderPage(tr("Accounts"),
                                tr("Connect TikTok, Instagram and YouTube. Tokens are kept only in the "
                                   "system keychain."),
                                m_pages));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *profileLabel
        = new QLabel(tr("Profile: %1").arg(QDir::toNativeSeparators(database.dataDir())), this);
    profileLabel->setObjectName(QStringLiteral("profileLabel"));
    statusBar()->addPermanentWidget(profileLabel);
}

void MainWindow::addArea(Area area, const QString &icon, const QString &title, QWidget *page)
{
    page->setObjectName(QStringLiteral("page%1").arg(static_cast<int>(area)));
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), title, m_navigation);
    item->setData(kAreaRole, static_cast<int>(area));
    item->setSizeHint(QSize(0, 40));
    m_pages->addWidget(page);
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(static_cast<int>(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_navigation->currentItem()->data(kAreaRole).toInt());
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::setSandboxUrl(const QString &baseUrl)
{
    auto *label
        = new QLabel(tr("Sandbox mode: simulated TikTok, Instagram and YouTube at %1").arg(baseUrl), this);
    label->setObjectName(QStringLiteral("sandboxLabel"));
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #e65100; padding: 2px 8px; }"));
    statusBar()->addWidget(label);
    setWindowTitle(tr("TravelFlow (sandbox)"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray, closing hides the window and the app (and later its publishing
    // queue) keeps running; without one, closing quits.
    if (!m_tray || !m_tray->isAvailable()) {
        event->accept();
        return;
    }
    hide();
    event->ignore();
    QSettings settings;
    if (!settings.value(QLatin1String(kCloseNoticeShown), false).toBool()) {
        settings.setValue(QLatin1String(kCloseNoticeShown), true);
        m_tray->showMessage(tr("TravelFlow is still running"),
                            tr("TravelFlow keeps running in the tray so scheduled posts go out. Use Quit "
                               "in the tray menu to close it."));
    }
}

} // namespace travelflow
