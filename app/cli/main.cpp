// travelflow-cli: headless entry point.

#include "cli_application.h"
#include "core/app_info.h"
#include "core/translations.h"

#include <QGuiApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    // Qt Multimedia (used to probe videos) needs a QGuiApplication; without a display,
    // the offscreen platform lets the CLI run on servers and in CI.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif

    // Progress chatter stays out of scripts' way; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("travelflow.*.info=false"));

    QGuiApplication app(argc, argv);
    travelflow::initApplicationInfo();
    travelflow::installTranslations();
    return travelflow::CliApplication().run(QCoreApplication::arguments());
}
