// The main window as a user meets it: its areas, navigation, and closing.

#include "main_window.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "support/test_env.h"
#include "tray_icon.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppServices> m_services;

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_services = std::make_unique<AppServices>(*m_db, EndpointTable::defaults());
    }

    void init() { QSettings().clear(); }

    void showsEveryArea()
    {
        MainWindow window(*m_services, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QStringList names;
        for (int i = 0; i < nav->count(); ++i)
            names << nav->item(i)->text();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Library"), QStringLiteral("Compose"), QStringLiteral("Queue"),
                              QStringLiteral("Inbox"), QStringLiteral("Analytics"),
                              QStringLiteral("Accounts"), QStringLiteral("Settings")}));
        QCOMPARE(window.currentArea(), MainWindow::Area::Library);
        QCOMPARE(window.windowTitle(), QStringLiteral("TravelFlow"));
        auto *profile = window.findChild<QLabel *>(QStringLiteral("profileLabel"));
        QVERIFY(profile);
        QVERIFY(profile->text().contains(m_dir.path()));
    }

    void navigationSwitchesPages()
    {
        MainWindow window(*m_services, nullptr);
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(nav && pages);
        // Click the "Inbox" entry as a user would.
        const QRect inboxRect = nav->visualItemRect(nav->item(3));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, inboxRect.center());
        QCOMPARE(window.currentArea(), MainWindow::Area::Inbox);
        QCOMPARE(pages->currentIndex(), 3);
        QCOMPARE(pages->currentWidget()->accessibleName(), QStringLiteral("Inbox"));

        window.showArea(MainWindow::Area::Accounts);
        QCOMPARE(pages->currentIndex(), 5);
    }

    void shortcutsSwitchAreas()
    {
        MainWindow window(*m_services, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::Area::Settings);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::Area::Queue);
        QVERIFY(window.findChild<QListWidget *>(QStringLiteral("navigation"))
                    ->item(2)
                    ->toolTip()
                    .contains(QStringLiteral("3")));
    }

    void windowStateIsRemembered()
    {
        {
            MainWindow window(*m_services, nullptr);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1040, 720);
            window.showArea(MainWindow::Area::Analytics);
            QVERIFY(window.close());
        }
        MainWindow again(*m_services, nullptr);
        QCOMPARE(again.currentArea(), MainWindow::Area::Analytics);
        QCOMPARE(again.size(), QSize(1040, 720));
    }

    void closingWithoutTrayClosesTheWindow()
    {
        TrayIcon tray;
        QVERIFY(!tray.isAvailable()); // offscreen has no tray host
        MainWindow window(*m_services, &tray);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }

    void sandboxModeIsVisible()
    {
        MainWindow window(*m_services, nullptr);
        window.setSandboxUrl(QStringLiteral("http://127.0.0.1:4242"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("sandboxLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("http://127.0.0.1:4242")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("sandbox")));
    }

    void everyAreaFollowsADarkPalette()
    {
        // A dark system theme: no area may paint large light surfaces of its own (hard-coded
        // light backgrounds would show up as bright blocks in the grab).
        const auto lightShare = [](const QImage &shot) {
            qint64 bright = 0;
            for (int y = 0; y < shot.height(); y += 4) {
                const auto *line = reinterpret_cast<const QRgb *>(shot.constScanLine(y));
                for (int x = 0; x < shot.width(); x += 4)
                    bright += qGray(line[x]) > 200 ? 1 : 0;
            }
            return double(bright) / double((shot.height() / 4) * (shot.width() / 4));
        };
        const QPalette before = QApplication::palette();
        {
            // The measure sees the default light theme as light (the grab really paints).
            MainWindow window(*m_services, nullptr);
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(lightShare(window.grab().toImage().convertToFormat(QImage::Format_RGB32)) > 0.5);
        }
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
        dark.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb5));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(dark);
        {
            MainWindow window(*m_services, nullptr);
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int area = 0; area < MainWindow::areaNames().size(); ++area) {
                window.showArea(static_cast<MainWindow::Area>(area));
                QCoreApplication::processEvents();
                const double share
                    = lightShare(window.grab().toImage().convertToFormat(QImage::Format_RGB32));
                QVERIFY2(share < 0.05,
                         qPrintable(QStringLiteral("%1: %2% of the window is light")
                                        .arg(MainWindow::areaNames().at(area))
                                        .arg(share * 100, 0, 'f', 1)));
            }
        }
        QApplication::setPalette(before);
    }

    void bringToFrontRestoresAMinimisedWindow()
    {
        MainWindow window(*m_services, nullptr);
        window.showMinimized();
        window.bringToFront();
        QVERIFY(window.isVisible());
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
    }
};

TRAVELFLOW_TEST_MAIN(TestMainWindow, QApplication)
#include "test_main_window.moc"
