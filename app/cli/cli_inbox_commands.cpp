// The inbox commands of travelflow-cli: inbox sync|list|reply|mark, leads export,
// metrics sync|show.
#include "accounts/account_tokens.h"
#include "cli_application.h"
#include "cli_session.h"
#include "common/endpoint_table.h"
#include "inbox/inbox_actions.h"
#include "inbox/inbox_sync.h"
#include "inbox/lead_exporter.h"
#include "inbox/metrics_sync.h"
#include "inbox/reply_sender.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "storage/metrics_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/reply_outbox_repository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace travelflow {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemToJson(const Interaction &i)
{
    const auto label = i.leadUserLabel.value_or(i.leadLabel);
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("account"), i.accountId},
        {QStringLiteral("platform"), platformName(i.platform)},
        {QStringLiteral("kind"), interactionKindName(i.kind)},
        {QStringLiteral("parent"), i.parentId > 0 ? QJsonValue(i.parentId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("post"), i.remotePostId},
        {QStringLiteral("author"), i.authorName},
        {QStringLiteral("text"), i.text},
        {QStringLiteral("time"), i.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("link"), i.permalink},
        {QStringLiteral("lead"), label == Interaction::LeadLabel::Lead},
        {QStringLiteral("score"), qRound(i.leadScore * 1000) / 1000.0},
        {QStringLiteral("reason"), i.leadReason},
        {QStringLiteral("state"), interactionStateName(i.state)},
        {QStringLiteral("lead_state"),
         i.leadState ? QJsonValue(leadStateName(*i.leadState)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("notes"), i.notes},
    };
}

// Waits in a local event loop until `done` has been called.
template<typename Start>
void runUntilDone(Start start)
{
    bool finished = false;
    QEventLoop loop;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

} // namespace

int CliApplication::runInbox(const QStringList &args)
{
    return dispatch(QStringLiteral("inbox"), args,
                    {{QStringLiteral("sync"), &CliApplication::runInboxSync},
                     {QStringLiteral("list"), &CliApplication::runInboxList},
                     {QStringLiteral("reply"), &CliApplication::runInboxReply},
                     {QStringLiteral("mark"), &CliApplication::runInboxMark}});
}

int CliApplication::runInboxSync(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fetch new comments, replies and messages (and send queued replies)."));
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account id."), tr("ACCOUNT"));
    parser.addOption(account);
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("inbox sync")))
        return *stop;
    auto session = openSession();
    if (!session)
        return reportError(session.error());
    CliSession &s = **session;
    QList<qint64> ids;
    if (parser.isSet(account)) {
        bool ok = false;
        ids.append(parser.value(account).toLongLong(&ok));
        if (!ok)
            return usageError(tr("'%1' is not an account id.").arg(parser.value(account)));
    } else if (auto accounts = AccountRepository(s.database().connection()).list()) {
        for (const Account &a : *accounts)
            ids.append(a.id);
    }
    ReplySender replies(s.database(), s.tokens(), s.nam(), s.endpoints());
    runUntilDone([&](auto done) { replies.sendDue([done](int) { done(); }); });

    InboxSync sync(s.database(), s.tokens(), s.nam(), s.endpoints());
    QJsonArray reports;
    int code = Ok;
    for (const qint64 id : std::as_const(ids)) {
        InboxSyncReport report;
        runUntilDone([&](auto done) {
            sync.syncAccount(id, [&report, done](const InboxSyncReport &r) {
                report = r;
                done();
            });
        });
        QJsonObject o{{QStringLiteral("account"), report.accountId},
                      {QStringLiteral("platform"), report.platform},
                      {QStringLiteral("fetched"), report.fetched},
                      {QStringLiteral("added"), report.added},
                      {QStringLiteral("leads"), report.leads},
                      {QStringLiteral("quota_units"), report.quotaUnits},
                      {QStringLiteral("text_available"), report.textAvailable},
                      {QStringLiteral("note"), report.note},
                      {QStringLiteral("error"), report.error ? report.error->message : QString()}};
        reports.append(o);
        if (report.error) {
            code = Failure;
            m_out->error(
                tr("account %1 (%2): %3 What was fetched is kept; the next sync continues from there.")
                    .arg(report.accountId)
                    .arg(report.platform, report.error->message));
        }
        if (!m_out->json()) {
            m_out->line(tr("account %1 (%2): %3 new, %4 leads")
                            .arg(report.accountId)
                            .arg(report.platform)
                            .arg(report.added)
                            .arg(report.leads)
                        + (report.note.isEmpty() ? QString() : QStringLiteral(" - ") + report.note));
        }
    }
    if (m_out->json())
        m_out->document(reports);
    return code;
}

int CliApplication::runInboxList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List comments, replies and messages, newest first."));
    const QCommandLineOption leadsOnly(QStringLiteral("leads"), tr("Only potential customers."));
    const QCommandLineOption unread(QStringLiteral("unread"), tr("Only items not read yet."));
    const QCommandLineOption search(QStringLiteral("search"), tr("Only items with all these words."),
                                    tr("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N items."), tr("N"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account id."), tr("ACCOUNT"));
    parser.addOptions({leadsOnly, unread, search, limit, account});
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("inbox list")))
        return *stop;
    InteractionFilter filter;
    filter.leadsOnly = parser.isSet(leadsOnly);
    filter.unreadOnly = parser.isSet(unread);
    filter.search = parser.value(search);
    bool ok = true;
    if (parser.isSet(limit))
        filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || (parser.isSet(limit) && filter.limit < 0))
        return usageError(tr("--limit needs a number of items."));
    if (parser.isSet(account))
        filter.accountId = parser.value(account).toLongLong(&ok);
    if (!ok)
        return usageError(tr("'%1' is not an account id.").arg(parser.value(account)));
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    auto items = InteractionRepository((*db)->connection()).find(filter);
    if (!items)
        return reportError(items.error());
    if (m_out->json()) {
        QJsonArray array;
        for (const Interaction &i : *items)
            array.append(itemToJson(i));
        m_out->document(array);
        return Ok;
    }
    for (const Interaction &i : *items) {
        const bool lead = i.leadUserLabel.value_or(i.leadLabel) == Interaction::LeadLabel::Lead;
        QString text = i.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_out->line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                        .arg(i.id)
                        .arg(platformName(i.platform), interactionKindName(i.kind), i.authorName,
                             lead ? QStringLiteral("lead") : QStringLiteral("-"), text));
    }
    return Ok;
}

int CliApplication::runInboxReply(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Answer a comment (publicly, or privately on Instagram). The reply is kept "
           "and retried until the platform confirms it, and never sent twice."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item id ('inbox list')."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The reply."));
    const QCommandLineOption privately(QStringLiteral("private"), tr("Reply privately (Instagram)."));
    parser.addOption(privately);
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("inbox reply")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 item = positional.value(0).toLongLong(&ok);
    if (positional.size() != 2 || !ok)
        return usageError(tr("'inbox reply' needs an item id and the text."));
    auto session = openSession();
    if (!session)
        return reportError(session.error());
    CliSession &s = **session;
    ReplySender sender(s.database(), s.tokens(), s.nam(), s.endpoints());
    auto queued = sender.enqueue(
        item, parser.isSet(privately) ? OutgoingReply::Kind::Private : OutgoingReply::Kind::Public,
        positional.at(1));
    if (!queued)
        return reportError(queued.error());
    runUntilDone([&](auto done) { sender.sendDue([done](int) { done(); }); });
    auto reply = ReplyOutboxRepository(s.database().connection()).get(*queued);
    if (!reply || !*reply)
        return reportError(
            reply ? Error::make(Error::Kind::Internal, QStringLiteral("reply_vanished"), QString())
                  : reply.error());
    if ((*reply)->state == OutgoingReply::State::Sent) {
        m_out->line(tr("Sent."));
        return Ok;
    }
    m_out->error((*reply)->state == OutgoingReply::State::Failed
                     ? tr("Not sent: %1").arg((*reply)->lastErrorText)
                     : tr("Not sent yet (%1); it is kept and the next 'inbox sync' tries again.")
                           .arg((*reply)->lastErrorText));
    return Failure;
}

int CliApplication::runInboxMark(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mark an item: read, new, replied, archived; for a lead: contacted, won, lost; or teach the lead "
           "finder with lead / not."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item id ('inbox list')."));
    parser.addPositionalArgument(QStringLiteral("STATE"), tr("The new state."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("inbox mark")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (positional.size() != 2 || !ok)
        return usageError(tr("'inbox mark' needs an item id and a state."));
    const QString &state = positional.at(1);
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    auto item = InteractionRepository((*db)->connection()).get(id);
    if (!item)
        return reportError(item.error());
    if (!*item)
        return reportError(
            Error::make(Error::Kind::NotFound, QStringLiteral("interaction_not_found"),
                        tr("There is no inbox item %1. \"inbox list\" shows the ids.").arg(id)));
    // The same actions as the window's inbox, so both change an item the same way.
    InboxActions actions(**db);
    Status done;
    if (const auto s = interactionStateFromName(state)) {
        done = actions.setState(id, *s);
    } else if (const auto l = leadStateFromName(state)) {
        done = actions.setLeadState(id, *l);
    } else if (state == QLatin1String("lead") || state == QLatin1String("not")) {
        done = actions.markLead(id, state == QLatin1String("lead")); // also teaches the lead finder
    } else {
        return usageError(
            tr("Unknown state '%1': use read, new, replied, archived, contacted, won, lost, lead or "
               "not.")
                .arg(state));
    }
    if (!done)
        return reportError(done.error());
    m_out->line(tr("Item %1: %2.").arg(id).arg(state));
    return Ok;
}

int CliApplication::runLeadsExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write every lead to a CSV file (UTF-8, RFC 4180)."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption bom(QStringLiteral("bom"), tr("Start with a byte-order mark (for Excel)."));
    parser.addOptions({csv, bom});
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("leads export")))
        return *stop;
    if (!parser.isSet(csv))
        return usageError(tr("'leads export' needs --csv FILE."));
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    auto rows = LeadExporter::exportCsv((*db)->connection(), parser.value(csv), parser.isSet(bom));
    if (!rows)
        return reportError(rows.error());
    m_out->line(tr("%n lead(s) written to %1.", nullptr, static_cast<int>(*rows)).arg(parser.value(csv)));
    return Ok;
}

int CliApplication::runMetrics(const QStringList &args)
{
    return dispatch(QStringLiteral("metrics"), args,
                    {{QStringLiteral("sync"), &CliApplication::runMetricsSync},
                     {QStringLiteral("show"), &CliApplication::runMetricsShow}});
}

int CliApplication::runMetricsSync(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Take a snapshot of the views, likes, comments and shares of every published "
           "post (at most one per post per hour)."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("metrics sync")))
        return *stop;
    auto session = openSession();
    if (!session)
        return reportError(session.error());
    CliSession &s = **session;
    MetricsSync sync(s.database(), s.tokens(), s.nam(), s.endpoints());
    MetricsSync::Report report;
    runUntilDone([&](auto done) {
        sync.syncAll([&report, done](const MetricsSync::Report &r) {
            report = r;
            done();
        });
    });
    if (m_out->json()) {
        m_out->document(QJsonObject{{QStringLiteral("posts"), report.posts},
                                    {QStringLiteral("snapshots"), report.snapshots},
                                    {QStringLiteral("skipped"), report.skipped},
                                    {QStringLiteral("failed"), report.failed},
                                    {QStringLiteral("error"), report.lastError}});
    } else {
        m_out->line(tr("%1 snapshots taken, %2 skipped (taken within the hour), %3 failed.")
                        .arg(report.snapshots)
                        .arg(report.skipped)
                        .arg(report.failed));
    }
    if (report.failed > 0)
        m_out->error(report.lastError);
    return report.failed > 0 ? Failure : Ok;
}

int CliApplication::runMetricsShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the latest metrics of each published post, or the history of one "
           "post (its job id from 'queue list')."));
    parser.addPositionalArgument(QStringLiteral("POST"), tr("A job id (optional)."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("metrics show")))
        return *stop;
    qint64 only = 0;
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        only = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok)
            return usageError(tr("'%1' is not a job id.").arg(parser.positionalArguments().first()));
    }
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    auto entries = PublishJobRepository((*db)->connection()).listEntries();
    if (!entries)
        return reportError(entries.error());
    QJsonArray array;
    for (const PublishJobEntry &e : *entries) {
        if (e.job.state != PublishJob::State::Published || (only != 0 && e.job.id != only))
            continue;
        auto snapshots = MetricsRepository((*db)->connection()).listForJob(e.job.id);
        if (!snapshots)
            return reportError(snapshots.error());
        const QList<MetricsSnapshot> shown
            = only != 0 || snapshots->isEmpty() ? *snapshots : QList<MetricsSnapshot>{snapshots->constLast()};
        for (const MetricsSnapshot &s : shown) {
            const QJsonObject o{{QStringLiteral("post"), e.job.id},
                                {QStringLiteral("platform"), platformName(e.platform)},
                                {QStringLiteral("remote_post_id"), e.job.remotePostId},
                                {QStringLiteral("taken_at"), s.takenAt.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("views"), optionalNumber(s.views)},
                                {QStringLiteral("likes"), optionalNumber(s.likes)},
                                {QStringLiteral("comments"), optionalNumber(s.comments)},
                                {QStringLiteral("shares"), optionalNumber(s.shares)}};
            array.append(o);
            if (!m_out->json()) {
                const auto n = [](const std::optional<qint64> &v) {
                    return v ? QString::number(*v) : QStringLiteral("-");
                };
                m_out->line(tr("post %1 (%2) at %3: %4 views, %5 likes, %6 comments, %7 shares")
                                .arg(e.job.id)
                                .arg(platformName(e.platform), s.takenAt.toUTC().toString(Qt::ISODate),
                                     n(s.views), n(s.likes), n(s.comments), n(s.shares)));
            }
        }
    }
    if (m_out->json())
        m_out->document(array);
    return Ok;
}

} // namespace travelflow
