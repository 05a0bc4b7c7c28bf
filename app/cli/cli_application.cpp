#include "cli_application.h"

#include "cli_session.h"

#include "accounts/account_service.h"
#include "accounts/app_credential_store.h"
#include "common/endpoint_table.h"
#include "core/app_info.h"
#include "core/logging.h"
#include "leads/profile_lead_model.h"
#include "library/video_importer.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/video_repository.h"

#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>
#include <QJsonArray>
#include <thread>

namespace travelflow {

namespace {

QString programName()
{
    return QStringLiteral("travelflow-cli");
}

QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString outcomeName(ImportResult::Outcome outcome)
{
    switch (outcome) {
    case ImportResult::Outcome::Imported: return QStringLiteral("imported");
    case ImportResult::Outcome::Duplicate: return QStringLiteral("duplicate");
    case ImportResult::Outcome::Rejected: return QStringLiteral("rejected");
    case ImportResult::Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

} // namespace

CliApplication::CliApplication() : m_out(std::make_unique<CliOutput>(false)) { }

CliApplication::~CliApplication() = default;

QString CliApplication::globalHelp(const QCommandLineParser &parser) const
{
    QString help = parser.helpText();
    help += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    help += QStringLiteral("  version                 ") + tr("Print the version.") + QLatin1Char('\n');
    help += QStringLiteral("  import PATH...          ")
        + tr("Import video files and folders into the library.") + QLatin1Char('\n');
    help += QStringLiteral("  videos list             ") + tr("List the videos in the library.")
        + QLatin1Char('\n');
    help += QStringLiteral("  accounts list|connect|disconnect ") + tr("Manage platform accounts.")
        + QLatin1Char('\n');
    help += QStringLiteral("  credentials set|remove  ")
        + tr("Store your own app credentials in the keychain.") + QLatin1Char('\n');
    help += QStringLiteral("  post VIDEO --to ACCOUNT ")
        + tr("Queue a video for publishing (now or --at a time).") + QLatin1Char('\n');
    help += QStringLiteral("  queue list|run|retry|cancel ") + tr("See and run the publishing queue.")
        + QLatin1Char('\n');
    help += QStringLiteral("  inbox sync|list|reply|mark ") + tr("Comments and messages from every account.")
        + QLatin1Char('\n');
    help += QStringLiteral("  leads export --csv FILE ") + tr("Write the leads to a CSV file.")
        + QLatin1Char('\n');
    help += QStringLiteral("  metrics sync|show       ")
        + tr("Views, likes, comments and shares of published posts.") + QLatin1Char('\n');
    help += QStringLiteral("  classify TEXT           ")
        + tr("Say whether a comment looks like a potential customer.") + QLatin1Char('\n');
    help += QStringLiteral("  leads teach             ")
        + tr("Teach the lead classifier from your own labels.") + QLatin1Char('\n');
    help += QLatin1Char('\n')
        + tr("Global options come before the command: %1 --data-dir DIR --json videos list")
              .arg(programName())
        + QLatin1Char('\n');
    help += tr("Run '%1 COMMAND --help' for a command's own options.").arg(programName()) + QLatin1Char('\n');
    help += tr("Exit codes: 0 success, 1 failure, 2 usage or validation error.") + QLatin1Char('\n');
    return help;
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("TravelFlow command line: the same library, queue and inbox as the "
                                        "desktop app, for scripts."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Print the version."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), tr("Use the profile in DIR instead of the default location."), tr("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print results as one JSON document."));
    const QCommandLineOption endpointsOption(QStringLiteral("endpoints"),
                                             tr("Use the platform addresses in FILE (JSON: endpoint name -> "
                                                "base URL) instead of the real services."),
                                             tr("FILE"));
    parser.addOptions({helpOption, versionOption, dataDirOption, jsonOption, endpointsOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    m_out = std::make_unique<CliOutput>(parser.isSet(jsonOption));
    m_dataDir = parser.value(dataDirOption);
    m_endpointsFile = parser.value(endpointsOption);
    if (parser.isSet(dataDirOption) && m_dataDir.trimmed().isEmpty())
        return usageError(tr("--data-dir needs a folder."));

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || (positional.isEmpty() && !parser.isSet(versionOption))) {
        if (positional.isEmpty() && !parser.isSet(helpOption)) {
            m_out->error(globalHelp(parser));
            return UsageError;
        }
        m_out->line(globalHelp(parser));
        return Ok;
    }
    if (parser.isSet(versionOption))
        return runVersion({});

    const QString &command = positional.first();
    const QStringList rest = positional.mid(1);
    if (command == QLatin1String("version"))
        return runVersion(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("videos"))
        return runVideos(rest);
    if (command == QLatin1String("accounts"))
        return runAccounts(rest);
    if (command == QLatin1String("credentials"))
        return runCredentials(rest);
    if (command == QLatin1String("classify"))
        return runClassify(rest);
    if (command == QLatin1String("leads"))
        return runLeads(rest);
    if (command == QLatin1String("post"))
        return runPost(rest);
    if (command == QLatin1String("queue"))
        return runQueue(rest);
    if (command == QLatin1String("inbox"))
        return runInbox(rest);
    if (command == QLatin1String("metrics"))
        return runMetrics(rest);
    if (command == QLatin1String("help")) {
        m_out->line(globalHelp(parser));
        return Ok;
    }
    return usageError(tr("Unknown command '%1'.").arg(command));
}

std::optional<int> CliApplication::parseSubcommand(QCommandLineParser &parser, const QStringList &args,
                                                   const QString &usage)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{programName() + QLatin1Char(' ') + usage} + args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out->line(parser.helpText().replace(
            programName() + QLatin1Char(' ') + usage + QLatin1String(" [options]"),
            programName() + QStringLiteral(" [global options] ") + usage + QStringLiteral(" [options]")));
        return Ok;
    }
    return std::nullopt;
}

int CliApplication::usageError(const QString &message) const
{
    m_out->error(tr("Error: %1").arg(message));
    m_out->error(tr("Run '%1 --help' for usage.").arg(programName()));
    return UsageError;
}

int CliApplication::reportError(const Error &error) const
{
    m_out->error(tr("Error: %1").arg(error.message));
    const bool usage = error.kind == Error::Kind::Usage || error.kind == Error::Kind::Validation;
    return usage ? UsageError : Failure;
}

Expected<std::unique_ptr<Database>> CliApplication::openDatabase() const
{
    return Database::open(resolveDataDir(m_dataDir));
}

Expected<std::unique_ptr<CliSession>> CliApplication::openSession() const
{
    auto db = openDatabase();
    if (!db)
        return db.error();
    return CliSession::open(std::move(*db), m_endpointsFile);
}

int CliApplication::dispatch(const QString &command, const QStringList &args,
                             const QList<std::pair<QString, Subcommand>> &subcommands)
{
    QStringList names;
    for (const auto &[name, handler] : subcommands) {
        if (!args.isEmpty() && args.first() == name)
            return (this->*handler)(args.mid(1));
        names.append(name);
    }
    if (args.isEmpty())
        return usageError(tr("'%1' needs a subcommand: %2.").arg(command, names.join(QStringLiteral(", "))));
    return usageError(tr("Unknown subcommand '%1 %2'.").arg(command, args.first()));
}

int CliApplication::runVersion(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("'version' takes no arguments."));
    if (m_out->json())
        m_out->document(QJsonObject{{QStringLiteral("name"), programName()},
                                    {QStringLiteral("version"), applicationVersion()},
                                    {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
    else
        m_out->line(QStringLiteral("%1 %2").arg(programName(), applicationVersion()));
    return Ok;
}

int CliApplication::runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import video files and folders (searched recursively). Files are "
                                        "never copied or changed. Prints one line per file: the new id, "
                                        "the id it duplicates, or why it was rejected."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Video files or folders."),
                                 QStringLiteral("PATH..."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("import")))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(tr("'import' needs at least one file or folder."));

    auto db = openDatabase();
    if (!db)
        return reportError(db.error());

    VideoImporter importer((*db)->connection());
    QJsonArray results;
    QEventLoop loop;
    ImportSummary summary;
    QObject::connect(&importer, &VideoImporter::fileFinished, &importer, [&](const ImportResult &r) {
        const QString path = QDir::toNativeSeparators(r.path);
        if (m_out->json()) {
            QJsonObject o{{QStringLiteral("path"), path}, {QStringLiteral("status"), outcomeName(r.outcome)}};
            if (r.outcome == ImportResult::Outcome::Imported)
                o.insert(QStringLiteral("id"), r.videoId);
            if (r.outcome == ImportResult::Outcome::Duplicate)
                o.insert(QStringLiteral("duplicate_of"), r.videoId);
            if (!r.reasonCode.isEmpty()) {
                o.insert(QStringLiteral("reason_code"), r.reasonCode);
                o.insert(QStringLiteral("reason"), r.reason);
            }
            results.append(o);
            return;
        }
        switch (r.outcome) {
        case ImportResult::Outcome::Imported:
            m_out->line(tr("%1: imported as %2").arg(path).arg(r.videoId));
            break;
        case ImportResult::Outcome::Duplicate:
            m_out->line(tr("%1: duplicate of %2").arg(path).arg(r.videoId));
            break;
        case ImportResult::Outcome::Rejected: m_out->line(tr("%1: rejected: %2").arg(path, r.reason)); break;
        case ImportResult::Outcome::Skipped: m_out->line(tr("%1: %2").arg(path, r.reason)); break;
        }
    });
    QObject::connect(&importer, &VideoImporter::finished, &loop, [&](const ImportSummary &s) {
        summary = s;
        loop.quit();
    });
    importer.start(paths);
    loop.exec();

    if (m_out->json())
        m_out->document(results);
    else
        m_out->error(tr("%n file(s) imported", nullptr, summary.imported) + QStringLiteral(", ")
                     + tr("%n duplicate(s)", nullptr, summary.duplicates) + QStringLiteral(", ")
                     + tr("%n rejected", nullptr, summary.rejected) + QStringLiteral(", ")
                     + tr("%n skipped", nullptr, summary.skipped));
    return summary.rejected > 0 ? Failure : Ok;
}

int CliApplication::runVideos(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("'videos' needs a subcommand: list."));
    if (args.first() == QLatin1String("list"))
        return runVideosList(args.mid(1));
    return usageError(tr("Unknown subcommand 'videos %1'.").arg(args.first()));
}

int CliApplication::runVideosList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the videos in the library, oldest first."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("Show at most N videos."), tr("N"));
    const QCommandLineOption offsetOption(QStringLiteral("offset"), tr("Skip the first N videos."), tr("N"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), tr("Only videos whose path, tags or notes contain TEXT."), tr("TEXT"));
    parser.addOptions({limitOption, offsetOption, searchOption});
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("videos list")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("'videos list' takes no arguments, only options."));

    const auto number = [&](const QCommandLineOption &option, int fallback) -> std::optional<int> {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
    };
    const auto limit = number(limitOption, -1);
    const auto offset = number(offsetOption, 0);
    if (!limit)
        return usageError(tr("--limit needs a whole number of 0 or more."));
    if (!offset)
        return usageError(tr("--offset needs a whole number of 0 or more."));

    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    const auto videos
        = VideoRepository((*db)->connection()).list(*limit, *offset, parser.value(searchOption));
    if (!videos)
        return reportError(videos.error());

    if (m_out->json()) {
        QJsonArray array;
        for (const Video &v : *videos)
            array.append(CliOutput::videoToJson(v));
        m_out->document(array);
        return Ok;
    }
    if (videos->isEmpty()) {
        m_out->error(tr("The library is empty. Add videos with '%1 import PATH'.").arg(programName()));
        return Ok;
    }
    for (const Video &v : *videos) {
        m_out->line(QStringLiteral("%1\t%2\t%3x%4\t%5\t%6")
                        .arg(v.id)
                        .arg(formatDuration(v.durationMs))
                        .arg(v.width)
                        .arg(v.height)
                        .arg(v.videoCodec.isEmpty() ? QStringLiteral("?") : v.videoCodec,
                             QDir::toNativeSeparators(v.path)));
    }
    return Ok;
}

int CliApplication::runClassify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read one comment or message per line from standard input and write one line per input line, in "
           "order: \"lead\" or \"not\", a tab, the score (0 to 1), a tab, the reason. With --json: an array "
           "of objects. Uses what this profile learned from your corrections when the profile exists."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("classify")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("'classify' reads standard input and takes no arguments."));

    // The profile's corrections count when the profile exists; a new user gets the
    // built-in model without a profile being created.
    std::unique_ptr<Database> database;
    std::optional<leads::ProfileLeadModel> profile;
    const QString dataDir = resolveDataDir(m_dataDir);
    if (QFileInfo::exists(QDir(dataDir).filePath(QLatin1String(Database::kFileName)))) {
        auto db = Database::open(dataDir);
        if (!db)
            return reportError(db.error());
        auto loaded = leads::ProfileLeadModel::load((*db)->connection());
        if (!loaded)
            return reportError(loaded.error());
        database = std::move(*db);
        profile = std::move(*loaded);
    }
    const leads::LeadClassifier classifier = profile ? profile->classifier() : leads::LeadClassifier();

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return reportError(
            Error::make(Error::Kind::Io, QStringLiteral("stdin"), tr("Cannot read standard input.")));
    QJsonArray results;
    while (true) {
        // Empty only at the end of input (a blank line reads as "\n"); atEnd() is not
        // reliable on a pipe before a read has hit the end.
        QByteArray raw = input.readLine();
        if (raw.isEmpty())
            break;
        if (raw.endsWith('\n'))
            raw.chop(1);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString text = QString::fromUtf8(raw);
        const leads::LeadVerdict v = classifier.classify(text);
        const QString label = v.lead ? QStringLiteral("lead") : QStringLiteral("not");
        if (m_out->json()) {
            results.append(QJsonObject{{QStringLiteral("text"), text},
                                       {QStringLiteral("label"), label},
                                       {QStringLiteral("lead"), v.lead},
                                       {QStringLiteral("score"), qRound(v.score * 1000) / 1000.0},
                                       {QStringLiteral("reason"), v.reason},
                                       {QStringLiteral("evidence"), QJsonArray::fromStringList(v.evidence)}});
        } else {
            m_out->line(QStringLiteral("%1\t%2\t%3").arg(label).arg(v.score, 0, 'f', 3).arg(v.reason));
        }
    }
    if (m_out->json())
        m_out->document(results);
    return Ok;
}

int CliApplication::runLeads(const QStringList &args)
{
    return dispatch(QStringLiteral("leads"), args,
                    {{QStringLiteral("teach"), &CliApplication::runLeadsTeach},
                     {QStringLiteral("export"), &CliApplication::runLeadsExport}});
}

int CliApplication::runLeadsTeach(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Teach this profile's lead finder that TEXT is a lead (\"lead\") or not "
           "(\"not\"). Similar comments are judged the same way from now on."));
    parser.addPositionalArgument(QStringLiteral("LABEL"), tr("\"lead\" or \"not\"."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The comment or message."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("leads teach")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2
        || (positional[0] != QLatin1String("lead") && positional[0] != QLatin1String("not")))
        return usageError(tr("'leads teach' needs \"lead\" or \"not\" and then the text."));
    if (positional[1].trimmed().isEmpty())
        return usageError(tr("The text to learn from is empty."));

    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    auto profile = leads::ProfileLeadModel::load((*db)->connection());
    if (!profile)
        return reportError(profile.error());
    const double before = profile->classifier().score(positional[1]);
    if (auto st = profile->teach(positional[1], positional[0] == QLatin1String("lead")); !st)
        return reportError(st.error());
    const double after = profile->classifier().score(positional[1]);
    if (m_out->json()) {
        m_out->document(QJsonObject{{QStringLiteral("label"), positional[0]},
                                    {QStringLiteral("score_before"), qRound(before * 1000) / 1000.0},
                                    {QStringLiteral("score_after"), qRound(after * 1000) / 1000.0}});
    } else {
        m_out->line(tr("Learned. Score for this text: %1 before, %2 now.")
                        .arg(before, 0, 'f', 3)
                        .arg(after, 0, 'f', 3));
    }
    return Ok;
}

namespace {

QJsonObject accountToJson(const Account &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("platform"), platformName(a.platform)},
        {QStringLiteral("name"), a.displayName},
        {QStringLiteral("remote_id"), a.remoteId},
        {QStringLiteral("status"), accountStatusName(a.status)},
        {QStringLiteral("status_reason"), a.statusReason},
        {QStringLiteral("token_expires_at"),
         a.tokenExpiresAt.isValid() ? QJsonValue(a.tokenExpiresAt.toUTC().toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

int CliApplication::runAccounts(const QStringList &args)
{
    return dispatch(QStringLiteral("accounts"), args,
                    {{QStringLiteral("list"), &CliApplication::runAccountsList},
                     {QStringLiteral("connect"), &CliApplication::runAccountsConnect},
                     {QStringLiteral("disconnect"), &CliApplication::runAccountsDisconnect}});
}

int CliApplication::runAccountsList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the connected accounts."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("accounts list")))
        return *stop;
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    const auto accounts = AccountRepository((*db)->connection()).list();
    if (!accounts)
        return reportError(accounts.error());
    if (m_out->json()) {
        QJsonArray array;
        for (const Account &a : *accounts)
            array.append(accountToJson(a));
        m_out->document(array);
        return Ok;
    }
    if (accounts->isEmpty())
        m_out->error(
            tr("No accounts yet. Connect one with '%1 accounts connect youtube'.").arg(programName()));
    for (const Account &a : *accounts) {
        m_out->line(QStringLiteral("%1\t%2\t%3\t%4")
                        .arg(a.id)
                        .arg(platformName(a.platform), a.displayName, accountStatusName(a.status)));
    }
    return Ok;
}

int CliApplication::runAccountsConnect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Connect an account. Prints the address to open, on its own line, and opens it in the browser; then "
        "waits for the browser to come back. If the browser runs on another machine, paste the address it "
        "ended "
        "at (starting with http://127.0.0.1) on standard input."));
    parser.addPositionalArgument(QStringLiteral("PLATFORM"), tr("tiktok, instagram or youtube."));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"),
                                       tr("Only print the address; do not open it."));
    parser.addOption(noBrowser);
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("accounts connect")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("'accounts connect' needs one platform: tiktok, instagram or youtube."));
    const auto platform = platformFromName(parser.positionalArguments().first());
    if (!platform)
        return usageError(tr("Unknown platform '%1': use tiktok, instagram or youtube.")
                              .arg(parser.positionalArguments().first()));

    QString endpointsError;
    const auto endpoints = EndpointTable::resolve(m_endpointsFile, &endpointsError);
    if (!endpoints)
        return usageError(endpointsError);
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    SecretStore secrets;
    QNetworkAccessManager nam;
    AccountService service(**db, secrets, &nam, *endpoints);
    std::optional<Expected<QUrl>> url;
    service.beginConnect(*platform, [&](const Expected<QUrl> &started) { url = started; });
    QEventLoop starting;
    while (!url)
        starting.processEvents(QEventLoop::WaitForMoreEvents);
    if (!*url)
        return reportError(url->error());
    m_out->line((*url)->toString(QUrl::FullyEncoded));
    if (!parser.isSet(noBrowser))
        QDesktopServices::openUrl(**url);

    int code = Failure;
    QEventLoop loop;
    QObject::connect(&service, &AccountService::connected, &loop, [&](const Account &a) {
        if (m_out->json())
            m_out->document(accountToJson(a));
        else
            m_out->line(tr("Connected %1 account \"%2\" as %3.")
                            .arg(platformName(a.platform), a.displayName)
                            .arg(a.id));
        code = Ok;
        loop.quit();
    });
    QObject::connect(&service, &AccountService::connectFailed, &loop, [&](const Error &e) {
        code = reportError(e);
        loop.quit();
    });
    // The paste fallback: a line on standard input. The reader thread may stay blocked
    // on stdin when the browser answers first; it ends with the process.
    QPointer<AccountService> guard(&service);
    std::thread([guard] {
        char line[8192];
        while (std::fgets(line, sizeof line, stdin)) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (text.isEmpty())
                continue;
            QMetaObject::invokeMethod(qApp, [guard, text] {
                if (guard)
                    guard->completeWithPastedAddress(text);
            });
            return;
        }
    }).detach();
    loop.exec();
    return code;
}

int CliApplication::runCredentials(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Store (set) or forget (remove) a platform's app credentials in the system keychain. 'set' reads the "
        "client secret from the first line of standard input, so it never appears in the command line or the "
        "shell history. Environment variables, when set, take precedence."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("set or remove."));
    parser.addPositionalArgument(QStringLiteral("PLATFORM"), tr("tiktok, instagram or youtube."));
    parser.addPositionalArgument(QStringLiteral("CLIENT_ID"),
                                 tr("With set: the app's client id (TikTok: client key)."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("credentials")))
        return *stop;
    const QStringList p = parser.positionalArguments();
    const bool set = p.value(0) == QLatin1String("set");
    const bool remove = p.value(0) == QLatin1String("remove");
    if ((!set && !remove) || (set && p.size() != 3) || (remove && p.size() != 2))
        return usageError(tr("Use 'credentials set PLATFORM CLIENT_ID' (secret on standard input) or "
                             "'credentials remove PLATFORM'."));
    const auto platform = platformFromName(p[1]);
    if (!platform)
        return usageError(tr("Unknown platform '%1': use tiktok, instagram or youtube.").arg(p[1]));
    QString secret;
    if (set) {
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            secret = QString::fromUtf8(input.readLine()).trimmed();
        if (secret.isEmpty())
            return usageError(tr("Give the client secret on standard input (one line)."));
        if (p[2].trimmed().isEmpty())
            return usageError(tr("The client id is empty."));
    }
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    SecretStore secrets;
    AppCredentialStore store(**db, secrets);
    std::optional<Status> result;
    QObject context;
    if (set)
        store.save(*platform, p[2].trimmed(), secret, &context, [&](const Status &st) { result = st; });
    else
        store.remove(*platform, &context, [&](const Status &st) { result = st; });
    QEventLoop loop;
    while (!result)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    if (!*result)
        return reportError(result->error());
    m_out->line(set ? tr("Stored the %1 app credentials in the system keychain.").arg(platformName(*platform))
                    : tr("Removed the %1 app credentials.").arg(platformName(*platform)));
    return Ok;
}

int CliApplication::runAccountsDisconnect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Revoke TravelFlow's access at the platform, delete the account's tokens "
           "from the keychain, and delete the account with its posts, comments and "
           "metrics from this profile. Does not ask for confirmation."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The account id from 'accounts list'."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("accounts disconnect")))
        return *stop;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0)
        return usageError(tr("'accounts disconnect' needs one account id (see 'accounts list')."));
    QString endpointsError;
    const auto endpoints = EndpointTable::resolve(m_endpointsFile, &endpointsError);
    if (!endpoints)
        return usageError(endpointsError);
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    SecretStore secrets;
    QNetworkAccessManager nam;
    AccountService service(**db, secrets, &nam, *endpoints);
    int code = Failure;
    bool finished = false;
    QEventLoop loop;
    service.disconnectAccount(id, [&](const Status &st, const QString &warning) {
        finished = true;
        if (!warning.isEmpty())
            m_out->error(tr("Warning: %1").arg(warning));
        if (!st)
            code = reportError(st.error());
        else {
            m_out->line(tr("Disconnected account %1: its tokens and data are deleted.").arg(id));
            code = Ok;
        }
        loop.quit();
    });
    if (!finished) // it may have finished synchronously (unknown account)
        loop.exec();
    return code;
}

} // namespace travelflow
