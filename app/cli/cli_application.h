#pragma once

#include "cli_output.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace travelflow {

class CliSession;
class Database;

// travelflow-cli: parses the global options and the subcommand, runs it over the same
// app/ objects the GUI uses, and maps the outcome to exit codes.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode {
        Ok = 0,
        Failure = 1,
        UsageError = 2
    };

    CliApplication();
    ~CliApplication();

    // `arguments` includes the program name, as QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    int runVersion(const QStringList &args);
    int runImport(const QStringList &args);
    int runVideos(const QStringList &args);
    int runVideosList(const QStringList &args);
    int runClassify(const QStringList &args);
    int runLeads(const QStringList &args);
    int runLeadsTeach(const QStringList &args);
    int runAccounts(const QStringList &args);
    int runAccountsList(const QStringList &args);
    int runAccountsConnect(const QStringList &args);
    int runAccountsDisconnect(const QStringList &args);
    int runCredentials(const QStringList &args);
    // cli_publishing_commands.cpp
    int runPost(const QStringList &args);
    int runQueue(const QStringList &args);
    int runQueueList(const QStringList &args);
    int runQueueRun(const QStringList &args);
    int runQueueRetry(const QStringList &args);
    int runQueueCancel(const QStringList &args);
    int runQueueRetryOrCancel(const QStringList &args, bool retry);
    // cli_inbox_commands.cpp
    int runInbox(const QStringList &args);
    int runInboxSync(const QStringList &args);
    int runInboxList(const QStringList &args);
    int runInboxReply(const QStringList &args);
    int runInboxMark(const QStringList &args);
    int runLeadsExport(const QStringList &args);
    int runMetrics(const QStringList &args);
    int runMetricsSync(const QStringList &args);
    int runMetricsShow(const QStringList &args);

    // Parses a subcommand's own options; returns an exit code when it should stop
    // (help shown or a usage error), nullopt to go on.
    std::optional<int> parseSubcommand(QCommandLineParser &parser, const QStringList &args,
                                       const QString &usage);
    int usageError(const QString &message) const;
    int reportError(const Error &error) const;
    Expected<std::unique_ptr<Database>> openDatabase() const;
    // The database plus endpoints, keychain, network and tokens (cli_session.h).
    Expected<std::unique_ptr<CliSession>> openSession() const;
    using Subcommand = int (CliApplication::*)(const QStringList &);
    // Runs the subcommand named by args[0]; a usage error naming `names` otherwise.
    int dispatch(const QString &command, const QStringList &args,
                 const QList<std::pair<QString, Subcommand>> &subcommands);
    QString globalHelp(const QCommandLineParser &parser) const;

    QString m_dataDir;
    QString m_endpointsFile;
    std::unique_ptr<CliOutput> m_out;
};

} // namespace travelflow
