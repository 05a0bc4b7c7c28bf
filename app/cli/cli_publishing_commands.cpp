// The publishing commands of travelflow-cli: post, queue list|run|retry|cancel.
#include "accounts/account_tokens.h"
#include "cli_application.h"
#include "cli_session.h"
#include "common/endpoint_table.h"
#include "core/logging.h"
#include "publishing/post_composer.h"
#include "publishing/publish_queue.h"
#include "publishing/schedule_time.h"
#include "secrets/secret_store.h"
#include "storage/database.h"
#include "storage/publish_job_repository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimeZone>

namespace travelflow {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject entryToJson(const PublishJobEntry &e)
{
    const PublishJob &j = e.job;
    return QJsonObject{
        {QStringLiteral("id"), j.id},
        {QStringLiteral("video"), e.videoId},
        {QStringLiteral("account"), e.accountId},
        {QStringLiteral("platform"), platformName(e.platform)},
        {QStringLiteral("state"), publishStateName(j.state)},
        {QStringLiteral("stage"), publishStageName(j.stage)},
        {QStringLiteral("upload_offset"), j.uploadOffset},
        {QStringLiteral("attempts"), j.attempts},
        {QStringLiteral("scheduled_at"), timeOrNull(e.scheduledAt)},
        {QStringLiteral("time_zone"), e.scheduleTimeZone},
        {QStringLiteral("next_attempt_at"), timeOrNull(j.nextAttemptAt)},
        {QStringLiteral("remote_post_id"), j.remotePostId},
        {QStringLiteral("error_code"), j.lastErrorCode},
        {QStringLiteral("error"), j.lastErrorText},
        {QStringLiteral("published_at"), timeOrNull(j.publishedAt)},
    };
}

// --at with an offset is an instant; without one, with --time-zone, it is a wall-clock
// time in that zone, which daylight saving may move (ScheduleTime says how).
Expected<ScheduleResolution> scheduledInstant(const QString &text, const QString &zone)
{
    auto instant = ScheduleTime::parseIsoWithOffset(text);
    if (instant) {
        ScheduleResolution r;
        r.utc = *instant;
        return r;
    }
    if (instant.error().code != QLatin1String("schedule.offset_required") || zone.isEmpty())
        return instant.error();
    const QDateTime local = QDateTime::fromString(text, Qt::ISODate);
    if (!local.isValid())
        return instant.error();
    return ScheduleTime::resolve(local.date(), local.time(), zone.toUtf8());
}

} // namespace

int CliApplication::runPost(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Queue a library video for publishing to one or more accounts. Every platform's rules are checked "
           "first; nothing is queued while any is broken. Prints the job ids."));
    parser.addPositionalArgument(QStringLiteral("VIDEO"), tr("The video id ('videos list' shows them)."));
    const QCommandLineOption to(QStringLiteral("to"), tr("Account ids, comma-separated ('accounts list')."),
                                tr("ACCOUNTS"));
    const QCommandLineOption caption(QStringLiteral("caption"), tr("The caption / description."), tr("TEXT"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The title (YouTube)."), tr("TEXT"));
    const QCommandLineOption tags(QStringLiteral("tags"), tr("Tags, comma-separated (YouTube)."), tr("LIST"));
    const QCommandLineOption privacy(QStringLiteral("privacy"), tr("public, unlisted, friends or private."),
                                     tr("PRIVACY"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        tr("Publish at this time: ISO 8601 with an offset (2026-12-24T18:00:00+01:00), or a local time with "
           "--time-zone (2026-12-24T18:00 --time-zone Europe/Berlin)."),
        tr("TIME"));
    const QCommandLineOption zone(
        QStringLiteral("time-zone"),
        tr("The time zone of --at (Europe/Berlin); daylight saving is taken into account."), tr("ZONE"));
    parser.addOptions({to, caption, title, tags, privacy, at, zone});
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("post")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("'post' needs one video id."));

    PostRequest request;
    bool ok = false;
    request.videoId = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || request.videoId <= 0)
        return usageError(tr("'%1' is not a video id.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(to))
        return usageError(tr("'post' needs --to with at least one account id."));
    for (const QString &part : parser.value(to).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("'%1' is not an account id.").arg(part));
        request.accountIds.append(id);
    }
    request.caption = parser.value(caption);
    request.title = parser.value(title);
    for (const QString &tag : parser.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.tags.append(tag.trimmed());
    request.privacy = parser.value(privacy).trimmed().toLower();
    request.timeZone = parser.value(zone);
    if (!request.timeZone.isEmpty() && !QTimeZone(request.timeZone.toUtf8()).isValid())
        return usageError(
            tr("Unknown time zone '%1': use an IANA name such as Europe/Berlin.").arg(request.timeZone));
    if (parser.isSet(at)) {
        auto when = scheduledInstant(parser.value(at), request.timeZone);
        if (!when)
            return reportError(when.error());
        if (!when->note.isEmpty())
            m_out->error(when->note); // daylight saving moved or disambiguated the time
        request.at = when->utc;
    }

    auto session = openSession();
    if (!session)
        return reportError(session.error());
    CliSession &s = **session;
    PostComposer composer(s.database(), s.tokens(), s.nam(), s.endpoints());
    std::optional<Expected<PostComposition>> outcome;
    composer.enqueue(request, [&](const Expected<PostComposition> &result) { outcome = result; });
    QEventLoop loop;
    while (!outcome)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    if (!*outcome)
        return reportError(outcome->error());
    const PostComposition &done = **outcome;
    if (!done.problems.isEmpty()) {
        QJsonArray problems;
        for (const PostProblem &p : done.problems) {
            m_out->error(tr("account %1 (%2), %3: %4 [%5]")
                             .arg(p.accountId)
                             .arg(p.platform, p.field, p.message, p.rule));
            problems.append(QJsonObject{{QStringLiteral("account"), p.accountId},
                                        {QStringLiteral("platform"), p.platform},
                                        {QStringLiteral("field"), p.field},
                                        {QStringLiteral("rule"), p.rule},
                                        {QStringLiteral("message"), p.message}});
        }
        if (m_out->json())
            m_out->document(QJsonObject{{QStringLiteral("problems"), problems}});
        return UsageError;
    }
    if (m_out->json()) {
        QJsonArray ids;
        for (const qint64 id : done.jobIds)
            ids.append(id);
        m_out->document(QJsonObject{{QStringLiteral("post"), done.postId}, {QStringLiteral("jobs"), ids}});
    } else {
        for (const qint64 id : done.jobIds)
            m_out->line(QString::number(id));
    }
    return Ok;
}

int CliApplication::runQueue(const QStringList &args)
{
    return dispatch(QStringLiteral("queue"), args,
                    {{QStringLiteral("list"), &CliApplication::runQueueList},
                     {QStringLiteral("run"), &CliApplication::runQueueRun},
                     {QStringLiteral("retry"), &CliApplication::runQueueRetry},
                     {QStringLiteral("cancel"), &CliApplication::runQueueCancel}});
}

int CliApplication::runQueueRetry(const QStringList &args)
{
    return runQueueRetryOrCancel(args, true);
}

int CliApplication::runQueueCancel(const QStringList &args)
{
    return runQueueRetryOrCancel(args, false);
}

int CliApplication::runQueueList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the publish jobs, newest first."));
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("queue list")))
        return *stop;
    auto db = openDatabase();
    if (!db)
        return reportError(db.error());
    const auto entries = PublishJobRepository((*db)->connection()).listEntries();
    if (!entries)
        return reportError(entries.error());
    if (m_out->json()) {
        QJsonArray array;
        for (const PublishJobEntry &e : *entries)
            array.append(entryToJson(e));
        m_out->document(array);
        return Ok;
    }
    if (entries->isEmpty())
        m_out->error(tr("The queue is empty. Queue a video with 'travelflow-cli post VIDEO --to ACCOUNT'."));
    for (const PublishJobEntry &e : *entries) {
        QString when;
        if (e.scheduledAt.isValid())
            when = ScheduleTime::describe(e.scheduledAt,
                                          e.scheduleTimeZone.isEmpty() ? QByteArrayLiteral("UTC")
                                                                       : e.scheduleTimeZone.toUtf8());
        m_out->line(
            QStringLiteral("%1\tvideo %2\taccount %3\t%4\t%5\t%6\t%7")
                .arg(e.job.id)
                .arg(e.videoId)
                .arg(e.accountId)
                .arg(platformName(e.platform), publishStateName(e.job.state), when, e.job.lastErrorText));
    }
    return Ok;
}

int CliApplication::runQueueRun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the publishing queue without a window. Jobs continue from where they stopped; nothing is "
           "published twice."));
    const QCommandLineOption untilIdle(
        QStringLiteral("until-idle"),
        tr("Exit once no job is due, uploading, processing or waiting for a retry."));
    const QCommandLineOption pollInterval(
        QStringLiteral("poll-interval"),
        tr("Milliseconds between checks of a processing video (default 5000)."), tr("MS"),
        QStringLiteral("5000"));
    parser.addOptions({untilIdle, pollInterval});
    if (auto stop = parseSubcommand(parser, args, QStringLiteral("queue run")))
        return *stop;
    bool ok = false;
    const int pollMs = parser.value(pollInterval).toInt(&ok);
    if (!ok || pollMs < 10)
        return usageError(tr("--poll-interval needs a number of milliseconds (10 or more)."));

    auto session = openSession();
    if (!session)
        return reportError(session.error());
    CliSession &s = **session;
    PublishQueue::Options options;
    options.tuning.pollIntervalMs = pollMs;
    PublishQueue queue(s.database(), s.tokens(), s.nam(), s.endpoints(), options);
    QObject::connect(&queue, &PublishQueue::jobChanged, &queue, [this](qint64 id, PublishJob::State state) {
        if (!m_out->json())
            m_out->line(tr("job %1: %2").arg(id).arg(publishStateName(state)));
    });
    QObject::connect(&queue, &PublishQueue::notice, &queue, [this](qint64 id, const QString &text) {
        m_out->error(tr("job %1: %2").arg(id).arg(text));
    });
    QEventLoop loop;
    if (parser.isSet(untilIdle))
        QObject::connect(&queue, &PublishQueue::idle, &loop, &QEventLoop::quit);
    queue.start();
    loop.exec();
    queue.stop();
    return Ok; // jobs that need attention are shown by 'queue list'
}

int CliApplication::runQueueRetryOrCancel(const QStringList &args, bool retry)
{
    const QString name = retry ? QStringLiteral("queue retry") : QStringLiteral("queue cancel");
    QCommandLineParser parser;
    parser.setApplicationDescription(retry ? tr("Put a job that needs attention back in the queue.")
                                           : tr("Cancel a job that is not published yet."));
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("The job id ('queue list')."));
    if (auto stop = parseSubcommand(parser, args, name))
        return *stop;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0)
        return usageError(tr("'%1' needs one job id.").arg(name));
    auto session = openSession();
    if (!session)
        return reportError(session.error());
    CliSession &s = **session;
    PublishQueue queue(s.database(), s.tokens(), s.nam(), s.endpoints(), PublishQueue::Options());
    const Status done = retry ? queue.retry(id) : queue.cancel(id);
    if (!done)
        return reportError(done.error());
    m_out->line(retry ? tr("Job %1 is queued again.").arg(id) : tr("Job %1 is cancelled.").arg(id));
    return Ok;
}

} // namespace travelflow
