// travelflow: the desktop application's entry point (the composition root).

#include "all_platforms.h"
#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "core/app_info.h"
#include "core/translations.h"
#include "main_window.h"
#include "preferences.h"
#include "queue_notifier.h"
#include "sandbox_server.h"
#include "services/app_services.h"
#include "single_instance.h"
#include "storage/database.h"
#include "tray_icon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    travelflow::initApplicationInfo();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/travelflow.svg")));
    QApplication::setDesktopFileName(QStringLiteral("app.travelflow.TravelFlow"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "TravelFlow desktop application."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QApplication::translate("main", "Use the profile in DIR."),
                                           QApplication::translate("main", "DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language (en, ru)."),
                                        QApplication::translate("main", "LANG"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main",
                                "Use the built-in simulator of TikTok, Instagram and YouTube instead of "
                                "the real services (for trying TravelFlow without developer credentials)."));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        QApplication::translate(
            "main", "Show AREA: library, compose, queue, inbox, analytics, accounts or settings."),
        QApplication::translate("main", "AREA"));
    parser.addOptions({dataDirOption, langOption, sandboxOption, areaOption});
    parser.process(app);

    const QString area = parser.value(areaOption);
    if (!area.isEmpty() && !travelflow::MainWindow::areaFromName(area)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "Unknown area '%1'. Use one of: %2.")
                           .arg(area, travelflow::MainWindow::areaNames().join(QLatin1String(", ")))));
        return 2;
    }
    const QString dataDir = travelflow::resolveDataDir(parser.value(dataDirOption));
    // The profile's settings (language, start minimised, notifications) live beside it.
    travelflow::installTranslations(parser.isSet(langOption) ? parser.value(langOption)
                                                             : travelflow::Preferences::language());

    travelflow::SingleInstance instance(dataDir, area);
    if (!instance.claim())
        return 0; // the running instance shows its window

    auto database = travelflow::Database::open(dataDir);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "TravelFlow cannot start"),
                              database.error().message);
        return 1;
    }

    // The simulator lives in this process, its world kept in the profile so it survives
    // restarts; every adapter talks to it through an endpoints file in the profile.
    std::unique_ptr<travelflow::sandbox::SandboxServer> sandbox;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<travelflow::sandbox::SandboxServer>();
        travelflow::sandbox::addAllPlatforms(*sandbox);
        QString error;
        if (!sandbox->setStateFile(QDir(dataDir).filePath(QStringLiteral("sandbox-state.json")), &error)
            || !sandbox->start(0, &error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "TravelFlow cannot start"),
                QApplication::translate("main", "The built-in simulator cannot start: %1").arg(error));
            return 1;
        }
    }

    QString endpointsFile;
    if (sandbox) {
        // The simulator's own app credentials (the only ones it accepts), unless the
        // environment names others: connecting an account then works without a developer app.
        for (const char *name : {"tiktok", "instagram", "youtube"}) {
            const QString platform = QLatin1String(name);
            if (travelflow::AppCredentials::fromEnvironment(platform).isConfigured())
                continue;
            const auto client = travelflow::sandbox::SandboxServer::defaultClient(platform);
            qputenv(travelflow::AppCredentials::idVariable(platform).toLatin1().constData(),
                    client.clientId.toUtf8());
            qputenv(travelflow::AppCredentials::secretVariable(platform).toLatin1().constData(),
                    client.clientSecret.toUtf8());
        }
        endpointsFile = QDir(dataDir).filePath(QStringLiteral("sandbox-endpoints.json"));
        QFile f(endpointsFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(QJsonDocument(sandbox->endpoints()).toJson()) < 0) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "TravelFlow cannot start"),
                QApplication::translate("main", "Cannot write %1: %2").arg(endpointsFile, f.errorString()));
            return 1;
        }
    }
    QString endpointsError;
    const auto endpoints = travelflow::EndpointTable::resolve(endpointsFile, &endpointsError);
    if (!endpoints) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "TravelFlow cannot start"),
                              endpointsError);
        return 1;
    }

    // The publishing queue runs as long as the app does, in the tray when the window is
    // closed; the inbox syncs in the background on a schedule; new leads show up in the tray.
    travelflow::AppServices services(**database, *endpoints);

    travelflow::TrayIcon tray;
    travelflow::QueueNotifier notifier(**database, services.queue());
    QObject::connect(&notifier, &travelflow::QueueNotifier::message, &tray,
                     &travelflow::TrayIcon::showMessage);
    QObject::connect(&services.inboxSync(), &travelflow::InboxSync::newLead, &tray, [&tray](qint64) {
        if (!travelflow::Preferences::notifyNewLeads())
            return;
        tray.showMessage(
            QApplication::translate("main", "New potential customer"),
            QApplication::translate("main", "Someone asked about booking or prices. Open the inbox."));
    });
    travelflow::MainWindow window(services, &tray);
    if (sandbox)
        window.setSandboxUrl(sandbox->baseUrl());
    QApplication::setQuitOnLastWindowClosed(!tray.isAvailable());
    QObject::connect(&instance, &travelflow::SingleInstance::activationRequested, &window,
                     &travelflow::MainWindow::bringToFront);
    QObject::connect(&instance, &travelflow::SingleInstance::areaRequested, &window,
                     [&window](const QString &name) {
                         if (const auto requested = travelflow::MainWindow::areaFromName(name)) {
                             qInfo("show area %s", qPrintable(name));
                             window.showArea(*requested);
                         }
                     });
    if (const auto requested = travelflow::MainWindow::areaFromName(area))
        window.showArea(*requested);
    QObject::connect(&tray, &travelflow::TrayIcon::showWindowRequested, &window,
                     &travelflow::MainWindow::bringToFront);
    QObject::connect(&tray, &travelflow::TrayIcon::inboxRequested, &window, [&window] {
        window.showArea(travelflow::MainWindow::Area::Inbox);
        window.bringToFront();
    });
    QObject::connect(&tray, &travelflow::TrayIcon::syncInboxRequested, &services.inbox(),
                     &travelflow::InboxScheduler::syncNow);
    QObject::connect(&tray, &travelflow::TrayIcon::quitRequested, &app, &QApplication::quit);
    // Minimised to the tray only where there is a tray to come back from.
    if (!travelflow::Preferences::startMinimised() || !tray.isAvailable() || !area.isEmpty())
        window.show();
    services.start();
    return QApplication::exec();
}
