#include "cli_run.h"

#include <QProcess>

namespace travelflow::test {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QStringList CliProfile::arguments(const QStringList &args) const
{
    return QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--endpoints"), endpointsFile}
    + args;
}

CliRun CliProfile::run(const QStringList &args, int timeoutMs, const QProcessEnvironment &env) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments(args));
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace travelflow::test
