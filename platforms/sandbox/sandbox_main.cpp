// travelflow-sandbox: the platform simulator on its own, to drive with curl or to point
// a development build at. Prints its base URL on the first line of standard output.

#include "all_platforms.h"
#include "sandbox_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <pthread.h>
#endif

using travelflow::sandbox::SandboxServer;

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Block SIGINT/SIGTERM in every thread; main waits for them below and shuts down
    // cleanly (the state file is saved).
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
#endif

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("travelflow-sandbox"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local simulator of the TikTok, Instagram and YouTube APIs for tests and demos. Serves on 127.0.0.1 "
        "and prints its base URL; GET /_sandbox/endpoints gives the endpoints file for TravelFlow."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 = any)."), QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("Keep the simulated world in FILE across restarts."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QStringLiteral("Load faults and settings from a JSON scenario FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption endpointsOption(
        QStringLiteral("endpoints-out"), QStringLiteral("Write the endpoints file for TravelFlow to FILE."),
        QStringLiteral("FILE"));
    parser.addOptions({portOption, stateOption, scenarioOption, endpointsOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "travelflow-sandbox: --port needs a number from 0 to 65535\n");
        return 2;
    }

    SandboxServer server;
    travelflow::sandbox::addAllPlatforms(server);
    QString error;
    if (parser.isSet(stateOption) && !server.setStateFile(parser.value(stateOption), &error)) {
        std::fprintf(stderr, "travelflow-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(scenarioOption) && !server.loadScenarioFile(parser.value(scenarioOption), &error)) {
        std::fprintf(stderr, "travelflow-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    if (!server.start(static_cast<quint16>(port), &error)) {
        std::fprintf(stderr, "travelflow-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(endpointsOption)) {
        QFile out(parser.value(endpointsOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(server.endpoints()).toJson()) < 0) {
            std::fprintf(stderr, "travelflow-sandbox: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    std::printf("%s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);

#ifdef Q_OS_UNIX
    int received = 0;
    sigwait(&signals, &received);
#else
    std::getchar(); // Enter stops it
#endif
    server.stop();
    server.saveState();
    return 0;
}
