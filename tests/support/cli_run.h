#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace travelflow::test {

// What one travelflow-cli run printed and returned (code -1: it crashed or was killed).
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// This process's environment with a UTF-8 locale, for the CLI.
QProcessEnvironment cliEnvironment();

// travelflow-cli (`program`) on one profile and the simulator's endpoints: every run passes
// --data-dir and --endpoints before its own arguments.
struct CliProfile
{
    QString program;
    QString dataDir;
    QString endpointsFile;

    QStringList arguments(const QStringList &args) const;
    // Runs to the end, killed after `timeoutMs`.
    CliRun run(const QStringList &args, int timeoutMs = 60000,
               const QProcessEnvironment &env = cliEnvironment()) const;
};

} // namespace travelflow::test
