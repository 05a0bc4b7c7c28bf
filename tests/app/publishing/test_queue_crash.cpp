// The publishing queue survives being killed at any moment. `travelflow-cli queue run`
// publishes 3 real clips (22 MB each: TikTok takes them in 2 chunks, YouTube in 3, Instagram
// in 1 request) to TikTok, Instagram and YouTube (the simulator, in this process) and is
// killed with SIGKILL again and again: in its start-up, while it opens an upload, with a
// chunk in flight, while a platform processes a video and right after a platform
// published, then restarted each time. Every upload request waits a moment in the
// simulator, so kills land both while a chunk's body is on the way (the simulator never
// gets it) and after the simulator got it but before the answer (the next run has to ask
// the platform how far it is). At the end every target is published exactly once, with the
// bytes of its file, no job is lost, and the SQLite file passes PRAGMA integrity_check.
//
// The kill moments come from a seeded generator, printed at the start; rerun a failure with
// TRAVELFLOW_CRASH_SEED=<seed> (the moments also depend on timing). TRAVELFLOW_CRASH_KILLS
// raises the number of kills (30); TRAVELFLOW_CRASH_VERBOSE=1 prints every run's output.

#include "all_platforms.h"
#include "sandbox_server.h"
#include "storage/database.h"
#include "support/cli_run.h"
#include "support/sandbox_accounts.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <array>
#include <functional>
#include <tuple>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

// Every upload request waits this long in the simulator before it is answered, so that a
// kill can land while a chunk is in flight. The request is still carried out afterwards,
// as a real server finishes a request whose client has gone.
constexpr int kUploadDelayMs = 150;
// Opening an upload (TikTok init, YouTube session, Instagram container) waits this long,
// so that an "init" kill lands while it is open on a fast simulator too.
constexpr int kInitDelayMs = 250;
// How long after the start a "startup" kill may come, and after an upload was opened an
// "init" kill.
constexpr int kStartupWindowMs = 60;
constexpr int kInitWindowMs = 80;
// A kill this soon after a chunk went out lands while its body is on the way (and this
// soon after a processing video was asked about, before the answer).
constexpr int kEarlyInChunkMs = 15;
// Uploads left (at least) for the run that is not killed.
constexpr int kUploadsForTheLastRun = 3;
// What the simulator does with a killed run's last request takes about this long.
constexpr int kDrainMs = kUploadDelayMs + 150;
// The longest wait of an "anywhere" kill.
constexpr int kAnywhereMs = 700;
// How long a targeted kill waits for its moment before it kills anyway (a kill that holds
// the queue where it is waits less).
constexpr int kAimTimeoutMs = 2000;
constexpr int kHoldTimeoutMs = 500;
// Simulated seconds that pass between two runs: TikTok (5 s) and Instagram (10 s) process a
// video over a few runs, and TikTok's per-minute windows drain (30 status requests a minute).
constexpr int kSecondsBetweenRuns = 4;
constexpr int kPollIntervalMs = 500;
constexpr int kDefaultKills = 30;
constexpr int kClips = 3;
// TikTok cuts a file of 20 MB or more into at least two chunks (10 MB preferred), YouTube
// into 8 MiB chunks; Instagram takes it in one request.
constexpr qint64 kMinClipBytes = 20'000'000;

// Where a run was when it was killed; one kill can be at several of these at once.
enum class Moment {
    Startup, // before its first request
    Init, // opening an upload (TikTok init, YouTube session, Instagram container)
    MidChunk, // an upload request in flight
    Processing, // a platform processing a video
    AfterPublish, // a platform published moments ago
    Anywhere, // aimed at nothing in particular
};
constexpr int kMoments = 6;

const char *momentName(Moment m)
{
    switch (m) {
    case Moment::Startup: return "startup";
    case Moment::Init: return "init";
    case Moment::MidChunk: return "mid-chunk";
    case Moment::Processing: return "processing";
    case Moment::AfterPublish: return "after-publish";
    case Moment::Anywhere: return "anywhere";
    }
    return "?";
}

// The requests that open an upload and send its bytes, as the CLI's network log names
// them: "<platform> <endpoint> <verb>".
struct UploadRequests
{
    QByteArray open;
    QByteArray send;
};
const std::array<UploadRequests, 3> kUploadRequests{{
    {"tiktok tiktok.api.video.init POST", "tiktok tiktok.upload PUT"},
    {"youtube youtube.upload.start POST", "youtube youtube.upload.put PUT"},
    {"instagram instagram.graph.media.create POST", "instagram instagram.rupload POST"},
}};

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestQueueCrash : public QObject
{
    Q_OBJECT

    struct Clip
    {
        QString path;
        QString sha256;
        qint64 videoId = 0;
        QString title;
        QString caption;
    };

    using Run = test::CliRun;

    // One `queue run`, with what it printed so far.
    struct Attempt
    {
        std::unique_ptr<QProcess> process;
        QByteArray out;
        QByteArray err;

        void pump()
        {
            out += process->readAllStandardOutput();
            err += process->readAllStandardError();
        }
        bool running() const { return process->state() != QProcess::NotRunning; }
    };

    SandboxServer m_server;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_endpoints;
    QString m_data;
    QHash<QString, qint64> m_accounts; // platform name -> account id
    QList<Clip> m_clips;
    QHash<qint64, QString> m_jobPlatform; // job id -> platform name
    QHash<qint64, QString> m_jobState; // job id -> the last state a run printed
    std::function<bool()> m_enough; // ends the waiting for a kill early

    // Jobs whose upload is not done, as far as the runs said.
    int uploadsPending() const
    {
        return static_cast<int>(
            std::count_if(m_jobState.cbegin(), m_jobState.cend(), [](const QString &state) {
                return state == QLatin1String("queued") || state == QLatin1String("uploading");
            }));
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = test::cliEnvironment();
        // The queue's decisions and every request's start and end: where a kill landed.
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("travelflow.publishing=true;travelflow.platforms.network=true"));
        return env;
    }

    test::CliProfile profile() const { return {m_cli, m_data, m_endpoints}; }

    Run cli(const QStringList &args, int timeoutMs = 60000)
    {
        return profile().run(args, timeoutMs, environment());
    }

    std::unique_ptr<Attempt> startQueue()
    {
        auto a = std::make_unique<Attempt>();
        a->process = std::make_unique<QProcess>();
        a->process->setProcessEnvironment(environment());
        a->process->start(m_cli,
                          profile().arguments(
                              {QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--until-idle"),
                               QStringLiteral("--poll-interval"), QString::number(kPollIntervalMs)}));
        a->process->closeWriteChannel();
        return a;
    }

    // Pumps the run's output until `reached` holds (true), or the run ends, `ms` pass or
    // m_enough holds.
    bool waitFor(Attempt &a, int ms, const std::function<bool()> &reached)
    {
        const QDeadlineTimer deadline(ms);
        for (;;) {
            a.pump();
            if (reached && reached())
                return true;
            if (!a.running() || deadline.hasExpired() || (m_enough && m_enough()))
                return false;
            a.process->waitForReadyRead(std::clamp(static_cast<int>(deadline.remainingTime()), 0, 2));
        }
    }

    // An upload request the run started has no answer yet.
    static bool uploadInFlight(const QByteArray &log)
    {
        return std::any_of(kUploadRequests.cbegin(), kUploadRequests.cend(), [&log](const UploadRequests &r) {
            return log.count(QByteArray(r.send + " started")) > log.count(QByteArray(r.send + " ->"));
        });
    }

    // The run opened an upload and has not sent a byte of it yet.
    static bool openingUpload(const QByteArray &log)
    {
        return std::any_of(kUploadRequests.cbegin(), kUploadRequests.cend(), [&log](const UploadRequests &r) {
            const qsizetype open = log.lastIndexOf(QByteArray(r.open + " started"));
            return open >= 0 && open > log.lastIndexOf(QByteArray(r.send + " started"));
        });
    }

    static int requestsStarted(const QByteArray &log) { return static_cast<int>(log.count(" started\n")); }

    // "job 4: processing" lines update what is known about each job.
    void noteStates(const QByteArray &out)
    {
        static const QRegularExpression line(QStringLiteral("^job (\\d+): (\\w+)$"),
                                             QRegularExpression::MultilineOption);
        auto it = line.globalMatch(QString::fromUtf8(out));
        while (it.hasNext()) {
            const auto m = it.next();
            m_jobState.insert(m.captured(1).toLongLong(), m.captured(2));
        }
    }

    bool anyJobIn(const QStringList &states, const QStringList &platforms = {}) const
    {
        for (auto it = m_jobState.cbegin(); it != m_jobState.cend(); ++it) {
            if (states.contains(it.value())
                && (platforms.isEmpty() || platforms.contains(m_jobPlatform.value(it.key()))))
                return true;
        }
        return false;
    }

    QJsonObject world(const char *platform) const
    {
        return m_server.platform(QLatin1String(platform))->worldView();
    }

    // Posts the simulator has published, on all three platforms.
    int publishedOnPlatforms() const
    {
        return static_cast<int>(world("tiktok").value(QStringLiteral("posts")).toArray().size()
                                + world("instagram").value(QStringLiteral("media")).toArray().size()
                                + world("youtube").value(QStringLiteral("videos")).toArray().size());
    }

    // The profile's lock files with their sizes and owners, for a failure message.
    QString lockFiles() const
    {
        QString text = QStringLiteral("lock files:");
        const QDir dir(m_data);
        for (const QString &name : dir.entryList({QStringLiteral("*.lock*")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            const QByteArray owner = f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray();
            text += QStringLiteral(" %1 (%2 bytes, pid \"%3\")")
                        .arg(name)
                        .arg(QFileInfo(f).size())
                        .arg(QString::fromLatin1(owner));
        }
        return text;
    }

    // A clip of noise encoded losslessly: big enough for several chunks, made in a moment.
    QString makeClip(int index)
    {
        const QString path = m_dir.filePath(QStringLiteral("crash-%1.mp4").arg(index));
        QByteArray err;
        const int code = test::runProcess(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
             QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=640x360:rate=30:duration=2,noise=alls=60:allf=t+u:all_seed=%1")
                 .arg(index + 1),
             QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
             QStringLiteral("ultrafast"), QStringLiteral("-qp"), QStringLiteral("0"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-y"), path},
            nullptr, &err);
        if (code != 0) {
            qWarning("ffmpeg failed: %s", err.constData());
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "needs the Secret Service: run through scripts/test.sh");
        m_cli = qEnvironmentVariable("TRAVELFLOW_CLI");
        QVERIFY2(QFile::exists(m_cli), "TRAVELFLOW_CLI must name travelflow-cli");
        QVERIFY(m_dir.isValid());
        test::setSandboxClientEnvironment();
        addAllPlatforms(m_server);
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        m_endpoints = test::writeEndpointsFile(m_server, m_dir.path());
        QVERIFY(!m_endpoints.isEmpty());
        m_data = m_dir.filePath(QStringLiteral("profile"));
        // Opened and closed again: the CLI takes the profile lock from here on.
        m_accounts = test::connectAllSandboxAccounts(m_data, m_endpoints);
        QCOMPARE(m_accounts.size(), 3);

        QStringList paths;
        for (int i = 0; i < kClips; ++i) {
            Clip clip;
            clip.path = makeClip(i);
            QVERIFY(!clip.path.isEmpty());
            QVERIFY2(
                QFileInfo(clip.path).size() >= kMinClipBytes,
                qPrintable(
                    QStringLiteral("%1 has only %2 bytes").arg(clip.path).arg(QFileInfo(clip.path).size())));
            clip.sha256 = sha256Of(clip.path);
            clip.title = QStringLiteral("Crash clip %1").arg(i + 1);
            clip.caption = QStringLiteral("Crash clip %1 of the night train #travel").arg(i + 1);
            m_clips.append(clip);
            paths.append(clip.path);
        }
        const Run imported = cli(QStringList{QStringLiteral("--json"), QStringLiteral("import")} + paths);
        QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
        for (const auto &value : imported.json().array()) {
            const QJsonObject o = value.toObject();
            for (Clip &clip : m_clips) {
                if (QFileInfo(o.value(QStringLiteral("path")).toString()) == QFileInfo(clip.path))
                    clip.videoId = o.value(QStringLiteral("id")).toInteger();
            }
        }
        const QString to = QStringLiteral("%1,%2,%3")
                               .arg(m_accounts.value(QStringLiteral("tiktok")))
                               .arg(m_accounts.value(QStringLiteral("instagram")))
                               .arg(m_accounts.value(QStringLiteral("youtube")));
        for (const Clip &clip : std::as_const(m_clips)) {
            QVERIFY2(clip.videoId > 0, qPrintable(imported.out));
            // "public" is the one privacy all three platforms offer.
            const Run posted
                = cli({QStringLiteral("--json"), QStringLiteral("post"), QString::number(clip.videoId),
                       QStringLiteral("--to"), to, QStringLiteral("--privacy"), QStringLiteral("public"),
                       QStringLiteral("--title"), clip.title, QStringLiteral("--caption"), clip.caption});
            QVERIFY2(posted.code == 0, qPrintable(posted.err + posted.out));
            QCOMPARE(posted.json().object().value(QStringLiteral("jobs")).toArray().size(), 3);
        }
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        for (const auto &value : list.json().array()) {
            const QJsonObject job = value.toObject();
            m_jobPlatform.insert(job.value(QStringLiteral("id")).toInteger(),
                                 job.value(QStringLiteral("platform")).toString());
            m_jobState.insert(job.value(QStringLiteral("id")).toInteger(),
                              job.value(QStringLiteral("state")).toString());
        }
        QCOMPARE(m_jobPlatform.size(), kClips * 3);
    }

    void killedAgainAndAgainPublishesEverythingOnce()
    {
        const quint32 seed = static_cast<quint32>(envInt("TRAVELFLOW_CRASH_SEED", 20240611));
        const int targetKills = envInt("TRAVELFLOW_CRASH_KILLS", kDefaultKills);
        qInfo("crash test: seed %u, %d kills (TRAVELFLOW_CRASH_SEED / TRAVELFLOW_CRASH_KILLS)", seed,
              targetKills);
        const bool verbose = qEnvironmentVariableIsSet("TRAVELFLOW_CRASH_VERBOSE"); // every run's output
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();

        // Uploads take a while, so that kills land with a chunk in flight.
        for (const auto &[platform, endpoint, method, delayMs] :
             {std::tuple{"tiktok", "tiktok.upload", "PUT", kUploadDelayMs},
              std::tuple{"youtube", "youtube.upload.put", "PUT", kUploadDelayMs},
              std::tuple{"instagram", "instagram.rupload", "POST", kUploadDelayMs},
              std::tuple{"tiktok", "tiktok.api.video.init", "POST", kInitDelayMs},
              std::tuple{"youtube", "youtube.upload.start", "POST", kInitDelayMs},
              std::tuple{"instagram", "instagram.graph.media.create", "POST", kInitDelayMs}}) {
            FaultRule delay;
            delay.action = FaultRule::Action::Delay;
            delay.platform = QLatin1String(platform);
            delay.endpoint = QLatin1String(endpoint);
            delay.method = method;
            delay.delayMs = delayMs;
            delay.times = -1;
            m_server.faults().add(delay);
        }

        std::array<int, kMoments> landed{}; // kills at each moment
        QHash<QString, int> resumedUploads; // platform -> runs that continued an upload
        int kills = 0;
        int finishedAlone = 0;
        int runs = 0;
        int aimedAnywhere = 0;
        static const QRegularExpression resumed(
            QStringLiteral("starts on \"?(\\w+)\"? at stage \"?uploading"));
        const auto killsAt = [&landed](Moment m) { return landed.at(static_cast<size_t>(m)); };
        // Among the moments that can still happen, one with the fewest kills so far.
        const auto pick = [&random](QList<Moment> feasible, const std::function<int(Moment)> &count) {
            const int fewest = count(*std::min_element(
                feasible.cbegin(), feasible.cend(), [&](Moment x, Moment y) { return count(x) < count(y); }));
            feasible.removeIf([&](Moment m) { return count(m) != fewest; });
            return feasible.at(random.bounded(static_cast<int>(feasible.size())));
        };

        while (kills < targetKills && runs < targetKills * 3) {
            QVERIFY2(anyJobIn({QStringLiteral("queued"), QStringLiteral("uploading"),
                               QStringLiteral("processing")}),
                     qPrintable(QStringLiteral("the work ran out after %1 kills").arg(kills)));
            const bool uploadsLeft = anyJobIn({QStringLiteral("queued"), QStringLiteral("uploading")});
            const bool processingLeft = anyJobIn({QStringLiteral("processing")},
                                                 {QStringLiteral("tiktok"), QStringLiteral("instagram")});
            // Uploads are most of the work: the jobs not past them are what is left.
            const double workDone = static_cast<double>(m_jobState.size() - uploadsPending())
                / static_cast<double>(m_jobState.size() - kUploadsForTheLastRun);

            // Kills that let the queue get on are mixed with kills that hold it where it is,
            // so that the work lasts for all the kills and its share done keeps pace with the
            // share of the kills; the last jobs are left to the final run.
            Moment aim = Moment::Startup;
            bool early = false; // a kill that holds the queue where it is
            if (uploadsPending() <= kUploadsForTheLastRun) {
                // Before its first request, or a few milliseconds into a chunk (which the
                // simulator then never gets): no upload moves.
                aim = pick({Moment::Startup, Moment::MidChunk}, killsAt);
                early = true;
            } else if (workDone > static_cast<double>(kills) / targetKills) {
                // In its start-up, a few milliseconds into a chunk (which the simulator then
                // never gets) or into a status request, or the publish of a processed video.
                QList<Moment> holds{Moment::Startup};
                if (uploadsLeft)
                    holds.append(Moment::MidChunk);
                if (processingLeft)
                    holds.append({Moment::Processing, Moment::AfterPublish});
                aim = pick(holds, killsAt);
                early = true;
            } else if (runs == 0) {
                aim = Moment::Init; // every job opens its upload now
            } else {
                QList<Moment> feasible{Moment::AfterPublish, Moment::Anywhere};
                if (anyJobIn({QStringLiteral("queued")}))
                    feasible.append(Moment::Init);
                if (uploadsLeft)
                    feasible.append(Moment::MidChunk);
                if (processingLeft || uploadsLeft)
                    feasible.append(Moment::Processing);
                // "anywhere" lands at the other moments; it takes its turn after them.
                aim = pick(feasible,
                           [&](Moment m) { return m == Moment::Anywhere ? aimedAnywhere + 1 : killsAt(m); });
                if (aim == Moment::Anywhere)
                    ++aimedAnywhere;
            }
            ++runs;

            const int publishedBefore = publishedOnPlatforms();
            auto attempt = startQueue();
            Attempt &a = *attempt;
            bool publishedNow = false;
            const int aimTimeoutMs = early ? kHoldTimeoutMs : kAimTimeoutMs;
            // A run that lets the queue get on is killed at the latest when only the uploads
            // for the last run are left.
            m_enough = [&] {
                if (early)
                    return false;
                noteStates(a.out);
                return uploadsPending() <= kUploadsForTheLastRun;
            };
            switch (aim) {
            case Moment::Startup:
                // At the latest when the first job starts: it is fetching its token then.
                waitFor(a, random.bounded(kStartupWindowMs), [&] { return a.err.contains("starts on"); });
                break;
            case Moment::Init:
                if (waitFor(a, aimTimeoutMs, [&] { return openingUpload(a.err); }))
                    waitFor(a, random.bounded(kInitWindowMs), {});
                break;
            case Moment::MidChunk:
                if (waitFor(a, aimTimeoutMs, [&] { return uploadInFlight(a.err); }))
                    waitFor(a, random.bounded(early ? kEarlyInChunkMs : 2 * kUploadDelayMs), {});
                break;
            case Moment::Processing:
                if (waitFor(a, aimTimeoutMs, [&] {
                        noteStates(a.out);
                        return requestsStarted(a.err) > 0 && anyJobIn({QStringLiteral("processing")});
                    }))
                    waitFor(a, random.bounded(early ? kEarlyInChunkMs : kPollIntervalMs), {});
                break;
            case Moment::AfterPublish:
                publishedNow
                    = waitFor(a, aimTimeoutMs, [&] { return publishedOnPlatforms() > publishedBefore; });
                break;
            case Moment::Anywhere: waitFor(a, random.bounded(kAnywhereMs), {}); break;
            }

            m_enough = nullptr;

            // Where the kill lands.
            a.pump();
            noteStates(a.out);
            QList<Moment> at;
            if (requestsStarted(a.err) == 0)
                at.append(Moment::Startup);
            if (openingUpload(a.err))
                at.append(Moment::Init);
            if (uploadInFlight(a.err))
                at.append(Moment::MidChunk);
            if (requestsStarted(a.err) > 0 && anyJobIn({QStringLiteral("processing")}))
                at.append(Moment::Processing);
            // The platforms published more than the run has recorded.
            QSet<QString> recorded;
            auto published = QRegularExpression(QStringLiteral("^job (\\d+): published$"),
                                                QRegularExpression::MultilineOption)
                                 .globalMatch(QString::fromUtf8(a.out));
            while (published.hasNext())
                recorded.insert(published.next().captured(1));
            if (publishedNow || publishedOnPlatforms() - publishedBefore > recorded.size())
                at.append(Moment::AfterPublish);
            if (at.isEmpty())
                at.append(Moment::Anywhere);

            const bool killed = a.running();
            if (killed) {
                a.process->kill(); // SIGKILL
                QVERIFY(a.process->waitForFinished(10000));
                ++kills;
                for (const Moment m : std::as_const(at))
                    ++landed.at(static_cast<size_t>(m));
            } else {
                ++finishedAlone;
                // A run that cannot start again after a kill fails here (e.g. the profile
                // lock the killed run left behind; the lock files are listed).
                QVERIFY2(a.process->exitStatus() == QProcess::NormalExit && a.process->exitCode() == 0,
                         qPrintable(QString::fromUtf8(a.err) + lockFiles()));
            }
            a.pump();
            noteStates(a.out);
            if (verbose) {
                QStringList names;
                for (const Moment m : std::as_const(at))
                    names.append(QLatin1String(momentName(m)));
                qInfo("run %d aimed at %s, %s at %s:\n%s%s", runs, momentName(aim),
                      killed ? "killed" : "ended", qPrintable(names.join(QLatin1Char('+'))),
                      a.out.constData(), a.err.constData());
            }
            auto m = resumed.globalMatch(QString::fromUtf8(a.err));
            while (m.hasNext())
                resumedUploads[m.next().captured(1)] += 1;

            // The simulator still carries out the request a killed run left behind, as a
            // real server does; a restart comes a moment later.
            QThread::msleep(kDrainMs);
            m_server.clock().advance(std::chrono::seconds(kSecondsBetweenRuns));
        }

        // Then one run that is left alone, until the queue is idle.
        m_enough = nullptr;
        m_server.clock().advance(std::chrono::seconds(61)); // TikTok's windows are per minute
        auto last = startQueue();
        QElapsedTimer sinceAdvance;
        sinceAdvance.start();
        const bool finished = waitFor(*last, 120000, [&] {
            if (sinceAdvance.elapsed() >= 100) { // processing goes 10 times faster
                m_server.clock().advance(std::chrono::seconds(1));
                sinceAdvance.restart();
            }
            return !last->running();
        });
        last->pump();
        QVERIFY2(finished, last->err.constData());
        QVERIFY2(last->process->exitStatus() == QProcess::NormalExit && last->process->exitCode() == 0,
                 last->err.constData());

        QString summary;
        for (int i = 0; i < kMoments; ++i)
            summary += QStringLiteral(" %1=%2")
                           .arg(QLatin1String(momentName(static_cast<Moment>(i))))
                           .arg(landed.at(i));
        const auto requests = m_server.recorder().all();
        const int youtubeProbes
            = static_cast<int>(std::count_if(requests.cbegin(), requests.cend(), [](const auto &r) {
                  return r.endpoint == QLatin1String("youtube.upload.put")
                      && r.headers.value("content-range").startsWith("bytes */");
              }));
        const int instagramOffsetQueries
            = static_cast<int>(std::count_if(requests.cbegin(), requests.cend(), [](const auto &r) {
                  return r.endpoint == QLatin1String("instagram.rupload") && r.method == "GET";
              }));
        qInfo("crash test: %d runs, %d kills (%s), %d finished by themselves, %lld ms", runs, kills,
              qPrintable(summary.trimmed()), finishedAlone, static_cast<long long>(clock.elapsed()));
        qInfo(
            "crash test: runs that continued an upload: tiktok %d, instagram %d, youtube %d; YouTube status "
            "queries %d, Instagram offset queries %d; sessions: tiktok %d, instagram %d, youtube %d",
            resumedUploads.value(QStringLiteral("tiktok")), resumedUploads.value(QStringLiteral("instagram")),
            resumedUploads.value(QStringLiteral("youtube")), youtubeProbes, instagramOffsetQueries,
            static_cast<int>(world("tiktok").value(QStringLiteral("uploads")).toArray().size()),
            static_cast<int>(world("instagram").value(QStringLiteral("containers")).toArray().size()),
            static_cast<int>(world("youtube").value(QStringLiteral("uploads")).toArray().size()));

        QVERIFY2(kills >= targetKills,
                 qPrintable(QStringLiteral("only %1 kills in %2 runs").arg(kills).arg(runs)));
        // The kills are spread over the life of a job.
        for (const Moment m :
             {Moment::Startup, Moment::Init, Moment::MidChunk, Moment::Processing, Moment::AfterPublish})
            QVERIFY2(landed.at(static_cast<size_t>(m)) > 0, momentName(m));
        // Uploads continued from where they stopped, not only from scratch.
        QVERIFY2(!resumedUploads.isEmpty(), "no run continued an upload");
        QVERIFY2(youtubeProbes > 0, "YouTube was never asked how much it has");

        // No job lost: all nine are published.
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray jobs = list.json().array();
        QCOMPARE(jobs.size(), kClips * 3);
        QHash<QString, QStringList> remoteIds; // platform -> the jobs' post ids
        for (const auto &value : jobs) {
            const QJsonObject job = value.toObject();
            QVERIFY2(job.value(QStringLiteral("state")).toString() == QLatin1String("published"),
                     QJsonDocument(job).toJson().constData());
            remoteIds[job.value(QStringLiteral("platform")).toString()].append(
                job.value(QStringLiteral("remote_post_id")).toString());
        }

        // Published exactly once per target, with the file's bytes.
        const auto clipFor = [this](const QString &text) -> const Clip * {
            for (const Clip &clip : m_clips) {
                if (clip.title == text || clip.caption == text)
                    return &clip;
            }
            return nullptr;
        };
        const auto checkOnce = [&](const QString &platform, const QList<std::pair<QString, QString>> &posts) {
            // (text, sha256) of each published post
            QCOMPARE(posts.size(), kClips);
            QSet<QString> seen;
            for (const auto &[text, sha] : posts) {
                const Clip *clip = clipFor(text);
                QVERIFY2(clip, qPrintable(platform + QStringLiteral(": unknown post ") + text));
                QVERIFY2(!seen.contains(clip->title),
                         qPrintable(platform + QStringLiteral(" twice: ") + text));
                seen.insert(clip->title);
                QVERIFY2(sha == clip->sha256,
                         qPrintable(platform + QStringLiteral(": wrong bytes for ") + text));
            }
        };

        const QJsonObject tiktok = world("tiktok");
        QHash<QString, QJsonObject> tiktokUploads;
        for (const auto &u : tiktok.value(QStringLiteral("uploads")).toArray())
            tiktokUploads.insert(u.toObject().value(QStringLiteral("publish_id")).toString(), u.toObject());
        QList<std::pair<QString, QString>> tiktokPosts;
        QStringList tiktokIds;
        for (const auto &p : tiktok.value(QStringLiteral("posts")).toArray()) {
            const QJsonObject upload
                = tiktokUploads.value(p.toObject().value(QStringLiteral("publish_id")).toString());
            tiktokPosts.append({upload.value(QStringLiteral("title")).toString(),
                                upload.value(QStringLiteral("sha256")).toString()});
            tiktokIds.append(p.toObject().value(QStringLiteral("post_id")).toString());
        }
        checkOnce(QStringLiteral("tiktok"), tiktokPosts);
        if (QTest::currentTestFailed())
            return;

        QList<std::pair<QString, QString>> youtubePosts;
        QStringList youtubeIds;
        for (const auto &v : world("youtube").value(QStringLiteral("videos")).toArray()) {
            youtubePosts.append({v.toObject().value(QStringLiteral("title")).toString(),
                                 v.toObject().value(QStringLiteral("sha256")).toString()});
            youtubeIds.append(v.toObject().value(QStringLiteral("id")).toString());
        }
        checkOnce(QStringLiteral("youtube"), youtubePosts);
        if (QTest::currentTestFailed())
            return;

        const QJsonObject instagram = world("instagram");
        QHash<QString, QString> containerSha; // media id -> the container's sha256
        for (const auto &c : instagram.value(QStringLiteral("containers")).toArray()) {
            if (!c.toObject().value(QStringLiteral("media_id")).toString().isEmpty())
                containerSha.insert(c.toObject().value(QStringLiteral("media_id")).toString(),
                                    c.toObject().value(QStringLiteral("sha256")).toString());
        }
        QList<std::pair<QString, QString>> instagramPosts;
        QStringList instagramIds;
        for (const auto &m : instagram.value(QStringLiteral("media")).toArray()) {
            const QString id = m.toObject().value(QStringLiteral("id")).toString();
            instagramPosts.append(
                {m.toObject().value(QStringLiteral("caption")).toString(), containerSha.value(id)});
            instagramIds.append(id);
        }
        checkOnce(QStringLiteral("instagram"), instagramPosts);
        if (QTest::currentTestFailed())
            return;

        // Each job names the post the platform made for it (Instagram included: a run that
        // finds its container already published looks the media up by caption).
        for (const auto &[platform, ids] : {std::pair{QStringLiteral("tiktok"), tiktokIds},
                                            std::pair{QStringLiteral("youtube"), youtubeIds},
                                            std::pair{QStringLiteral("instagram"), instagramIds}}) {
            QStringList expected = ids;
            QStringList got = remoteIds.value(platform);
            expected.sort();
            got.sort();
            QVERIFY2(
                got == expected,
                qPrintable(QStringLiteral("%1: jobs name %2, the platform has %3")
                               .arg(platform, got.join(QLatin1Char(',')), expected.join(QLatin1Char(',')))));
        }

        // The database file came through every kill intact.
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
            db.setDatabaseName(QDir(m_data).filePath(QLatin1String(Database::kFileName)));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(!q.next());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
    }
};

TRAVELFLOW_TEST_MAIN(TestQueueCrash, QCoreApplication)
#include "test_queue_crash.moc"
