#include "main_window.h"

#include "accounts/accounts_page.h"
#include "analytics/analytics_page.h"
#include "compose/compose_page.h"
#include "inbox/inbox_page.h"
#include "library/library_page.h"
#include "queue/queue_page.h"
#include "services/app_services.h"
#include "settings/settings_page.h"
#include "storage/database.h"
#include "tray_icon.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace travelflow {

namespace {
constexpr char kCloseNoticeShown[] = "ui/closeToTrayNoticeShown";
constexpr char kGeometryKey[] = "ui/mainWindow/geometry";
constexpr char kStateKey[] = "ui/mainWindow/state";
constexpr char kAreaKey[] = "ui/mainWindow/area";
constexpr int kAreaRole = Qt::UserRole + 1;
constexpr int kTitleRole = Qt::UserRole + 2;
} // namespace

MainWindow::MainWindow(AppServices &services, TrayIcon *tray, QWidget *parent)
    : QMainWindow(parent), m_tray(tray)
{
    setWindowTitle(tr("TravelFlow"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1200, 760);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // Palette roles only, so the light and the dark system themes both read well.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { padding-top: 12px;"
                                               " background: palette(window); show-decoration-selected: 1; }"
                                               "QListWidget#navigation::item { padding-left: 10px; }"
                                               "QListWidget#navigation::item:selected {"
                                               " background: palette(midlight); color: palette(text);"
                                               " border-left: 3px solid palette(highlight); }"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *library = new LibraryPage(services, m_pages);
    m_compose = new ComposePage(services, m_pages);
    m_inbox = new InboxPage(services, m_pages);
    addArea(Area::Library, QStringLiteral("library"), tr("Library"), library);
    addArea(Area::Compose, QStringLiteral("compose"), tr("Compose"), m_compose);
    addArea(Area::Queue, QStringLiteral("queue"), tr("Queue"), new QueuePage(services, m_pages));
    addArea(Area::Inbox, QStringLiteral("inbox"), tr("Inbox"), m_inbox);
    addArea(Area::Analytics, QStringLiteral("analytics"), tr("Analytics"),
            new AnalyticsPage(services, m_pages));
    auto *accounts = new AccountsPage(services, m_pages);
    addArea(Area::Accounts, QStringLiteral("accounts"), tr("Accounts"), accounts);
    addArea(Area::Settings, QStringLiteral("settings"), tr("Settings"), new SettingsPage(services, m_pages));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(library, &LibraryPage::composeRequested, this, [this](qint64 videoId) {
        m_compose->setVideo(videoId);
        showArea(Area::Compose);
    });
    connect(m_compose, &ComposePage::posted, this, [this] { showArea(Area::Queue); });
    connect(accounts, &AccountsPage::settingsRequested, this, [this] { showArea(Area::Settings); });
    connect(m_inbox, &InboxPage::newLeadCountChanged, this, &MainWindow::showNewLeadCount);
    showNewLeadCount(m_inbox->newLeadCount());
    m_navigation->setCurrentRow(0);

    auto *profileLabel
        = new QLabel(tr("Profile: %1").arg(QDir::toNativeSeparators(services.database().dataDir())), this);
    profileLabel->setObjectName(QStringLiteral("profileLabel"));
    statusBar()->addPermanentWidget(profileLabel);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::areaNames()
{
    // In the order of the Area enum.
    return {QStringLiteral("library"), QStringLiteral("compose"),   QStringLiteral("queue"),
            QStringLiteral("inbox"),   QStringLiteral("analytics"), QStringLiteral("accounts"),
            QStringLiteral("settings")};
}

std::optional<MainWindow::Area> MainWindow::areaFromName(const QString &name)
{
    const qsizetype index = areaNames().indexOf(name.toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Area>(index);
}

void MainWindow::addArea(Area area, const QString &icon, const QString &title, QWidget *page)
{
    const int index = static_cast<int>(area);
    page->setObjectName(QStringLiteral("page%1").arg(index));
    page->setAccessibleName(title);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), title, m_navigation);
    item->setData(kAreaRole, index);
    item->setData(kTitleRole, title);
    item->setSizeHint(QSize(0, 40));
    m_pages->addWidget(page);
    if (index < 9) {
        auto *shortcut
            = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, area] { showArea(area); });
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut->key().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::showNewLeadCount(int count)
{
    QListWidgetItem *item = m_navigation->item(static_cast<int>(Area::Inbox));
    const QString title = item->data(kTitleRole).toString();
    item->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
    item->setData(Qt::AccessibleTextRole,
                  count > 0 ? tr("%1, %n new lead(s)", nullptr, count).arg(title) : title);
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

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kAreaKey), m_navigation->currentRow());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const int area = settings.value(QLatin1String(kAreaKey), 0).toInt();
    if (area >= 0 && area < m_navigation->count())
        m_navigation->setCurrentRow(area);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // With a tray, closing hides the window and the app and its publishing queue keep
    // running; without one, closing quits.
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
