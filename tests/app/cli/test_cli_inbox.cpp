// travelflow-cli inbox sync|list|reply|mark, leads export and metrics sync|show against
// the simulator: a published YouTube video with comments comes into the inbox, the list
// filters (leads, unread, search, limit) as JSON objects, a reply in any script goes out
// once and comes back unchanged, marking an item "lead" teaches the profile's lead finder,
// the CSV export has every lead, and metrics are taken of the published post.

#include "all_platforms.h"
#include "leads/lead_classifier.h"
#include "leads/profile_lead_model.h"
#include "sandbox_server.h"
#include "storage/database.h"
#include "support/cli_run.h"
#include "support/sandbox_accounts.h"
#include "support/test_clips.h"
#include "youtube_simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

const QString kMixedText = QStringLiteral("Привет 👋 مرحبا שלום");
const QStringList kItemKeys{QStringLiteral("id"),     QStringLiteral("platform"), QStringLiteral("kind"),
                            QStringLiteral("author"), QStringLiteral("text"),     QStringLiteral("time"),
                            QStringLiteral("lead"),   QStringLiteral("score"),    QStringLiteral("reason"),
                            QStringLiteral("state")};

} // namespace

class TestCliInbox : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_endpoints;
    QString m_data;
    QHash<QString, qint64> m_accounts; // platform name -> account id
    QString m_videoId; // the published YouTube video
    qint64 m_job = 0; // its publish job

    using Run = test::CliRun;

    Run cli(const QStringList &args, int timeoutMs = 60000)
    {
        return test::CliProfile{m_cli, m_data, m_endpoints}.run(args, timeoutMs);
    }

    QJsonArray list(const QStringList &options = {})
    {
        const Run r = cli(
            QStringList{QStringLiteral("--json"), QStringLiteral("inbox"), QStringLiteral("list")} + options);
        if (r.code != 0)
            qWarning() << "inbox list failed:" << r.err;
        return r.json().array();
    }

    QJsonObject find(const QJsonArray &items, qint64 id)
    {
        for (const auto &v : items) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject();
        }
        return {};
    }

    QJsonArray worldComments() const
    {
        return m_server.world()
            .value(QStringLiteral("youtube"))
            .toObject()
            .value(QStringLiteral("comments"))
            .toArray();
    }

    int worldCount(const QString &text) const
    {
        int n = 0;
        for (const auto &v : worldComments())
            n += v.toObject().value(QStringLiteral("text")).toString() == text ? 1 : 0;
        return n;
    }

    // An audience comment that nobody answered and nothing marked yet.
    qint64 untouchedComment(const QJsonArray &items, bool lead)
    {
        for (const auto &v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("comment")
                && o.value(QStringLiteral("state")).toString() == QLatin1String("new")
                && o.value(QStringLiteral("lead")).toBool() == lead)
                return o.value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "needs the Secret Service: run through scripts/test.sh");
        m_cli = qEnvironmentVariable("TRAVELFLOW_CLI");
        QVERIFY(QFile::exists(m_cli));
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

        // One YouTube post published through the queue, so metrics have something to show.
        const QString clip = test::TestClips::h264Mp4(m_dir.path());
        QVERIFY(!clip.isEmpty());
        QCOMPARE(cli({QStringLiteral("import"), clip}).code, 0);
        const Run videos = cli({QStringLiteral("--json"), QStringLiteral("videos"), QStringLiteral("list")});
        const qint64 video = videos.json().array().first().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(video > 0);
        const Run post = cli({QStringLiteral("post"), QString::number(video), QStringLiteral("--to"),
                              QString::number(m_accounts.value(QStringLiteral("youtube"))),
                              QStringLiteral("--title"), QStringLiteral("Lisbon trams")});
        QVERIFY2(post.code == 0, qPrintable(post.err));
        m_job = post.out.trimmed().toLongLong();
        const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--until-idle"),
                             QStringLiteral("--poll-interval"), QStringLiteral("1000")},
                            60000);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray jobs
            = cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")}).json().array();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("published"));
        m_videoId = jobs.first().toObject().value(QStringLiteral("remote_post_id")).toString();
        QVERIFY(!m_videoId.isEmpty());
        auto *youtube = static_cast<YouTubeSimulator *>(m_server.platform(QStringLiteral("youtube")));
        youtube->addComments(m_videoId, 30);
    }

    void syncThenListFiltersAsJson()
    {
        const int inWorld = static_cast<int>(worldComments().size());
        const Run sync = cli({QStringLiteral("--json"), QStringLiteral("inbox"), QStringLiteral("sync")});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        const QJsonArray reports = sync.json().array();
        QCOMPARE(reports.size(), 3);
        QHash<QString, QJsonObject> byPlatform;
        for (const auto &v : reports)
            byPlatform.insert(v.toObject().value(QStringLiteral("platform")).toString(), v.toObject());
        QVERIFY(byPlatform.value(QStringLiteral("youtube")).value(QStringLiteral("added")).toInt() >= 30);
        QVERIFY(byPlatform.value(QStringLiteral("youtube")).value(QStringLiteral("text_available")).toBool());
        QVERIFY(
            byPlatform.value(QStringLiteral("youtube")).value(QStringLiteral("error")).toString().isEmpty());
        const QJsonObject tiktok = byPlatform.value(QStringLiteral("tiktok"));
        QVERIFY(!tiktok.value(QStringLiteral("text_available")).toBool(true));
        QVERIFY(!tiktok.value(QStringLiteral("note")).toString().isEmpty());
        QCOMPARE(tiktok.value(QStringLiteral("added")).toInt(-1), 0);

        const QJsonArray all = list();
        QVERIFY(all.size() >= inWorld);
        QDateTime previous;
        for (const auto &v : all) {
            const QJsonObject o = v.toObject();
            for (const QString &key : kItemKeys)
                QVERIFY2(o.contains(key), qPrintable(key));
            QCOMPARE(o.value(QStringLiteral("platform")).toString(), QStringLiteral("youtube"));
            QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(o.value(QStringLiteral("lead")).isBool());
            QVERIFY(o.value(QStringLiteral("score")).isDouble());
            const QDateTime time
                = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
            QVERIFY(time.isValid());
            if (previous.isValid())
                QVERIFY(previous >= time); // newest first
            previous = time;
        }

        const QJsonArray five = list({QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(five.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(five.at(i).toObject().value(QStringLiteral("id")),
                     all.at(i).toObject().value(QStringLiteral("id")));
        QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--limit"),
                      QStringLiteral("x")})
                     .code,
                 2);

        // Search: words in any case; the synthetic comments alternate Latin and Cyrillic.
        const QJsonArray russian = list({QStringLiteral("--search"), QStringLiteral("КОММЕНТАРИЙ")});
        QCOMPARE(russian.size(), 15);
        for (const auto &v : russian)
            QVERIFY(v.toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .startsWith(QStringLiteral("Комментарий")));

        const QJsonArray leads = list({QStringLiteral("--leads")});
        for (const auto &v : leads)
            QVERIFY(v.toObject().value(QStringLiteral("lead")).toBool());
        int leadCount = 0;
        for (const auto &v : all)
            leadCount += v.toObject().value(QStringLiteral("lead")).toBool() ? 1 : 0;
        QCOMPARE(leads.size(), leadCount);

        const QJsonArray unread = list({QStringLiteral("--unread")});
        QVERIFY(!unread.isEmpty());
        for (const auto &v : unread)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("new"));

        // Nothing new: a second sync adds nothing (the audience may have said one line since).
        const Run again = cli({QStringLiteral("--json"), QStringLiteral("inbox"), QStringLiteral("sync"),
                               QStringLiteral("--account"),
                               QString::number(m_accounts.value(QStringLiteral("youtube")))});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().array().size(), 1);
        QVERIFY(again.json().array().first().toObject().value(QStringLiteral("added")).toInt() <= 1);
    }

    void replyGoesOutOnceAndComesBackUnchanged()
    {
        const qint64 target = untouchedComment(list(), false);
        QVERIFY(target > 0);
        QCOMPARE(worldCount(kMixedText), 0);
        const Run reply
            = cli({QStringLiteral("inbox"), QStringLiteral("reply"), QString::number(target), kMixedText});
        QVERIFY2(reply.code == 0, qPrintable(reply.err));
        QVERIFY(reply.out.contains(QLatin1String("Sent.")));
        QCOMPARE(worldCount(kMixedText), 1);

        const Run sync = cli({QStringLiteral("inbox"), QStringLiteral("sync")});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        QCOMPARE(worldCount(kMixedText), 1); // the sync sent nothing again
        const QJsonArray found = list({QStringLiteral("--search"), QStringLiteral("привет")});
        QCOMPARE(found.size(), 1);
        const QJsonObject mine = found.first().toObject();
        QCOMPARE(mine.value(QStringLiteral("text")).toString().toUtf8(), kMixedText.toUtf8());
        QCOMPARE(mine.value(QStringLiteral("kind")).toString(), QStringLiteral("reply"));
        QCOMPARE(mine.value(QStringLiteral("parent")).toInteger(), target);
        QCOMPARE(find(list(), target).value(QStringLiteral("state")).toString(), QStringLiteral("replied"));

        // What cannot be sent is refused before anything goes out.
        Run r = cli({QStringLiteral("inbox"), QStringLiteral("reply"), QString::number(target),
                     QStringLiteral("  ")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("inbox"), QStringLiteral("reply"), QStringLiteral("99999"),
                 QStringLiteral("hi")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("inbox list")), qPrintable(r.err));
        r = cli({QStringLiteral("inbox"), QStringLiteral("reply"), QString::number(target)});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("inbox"), QStringLiteral("reply"), QStringLiteral("--private"),
                 QString::number(target), QStringLiteral("hi")});
        QCOMPARE(r.code, 2); // YouTube has no private replies
        QCOMPARE(worldCount(QStringLiteral("hi")), 0);
    }

    void markChangesStateAndTeachesTheModel()
    {
        const QJsonArray all = list();
        const qint64 item = untouchedComment(all, false);
        QVERIFY(item > 0);
        const QString text = find(all, item).value(QStringLiteral("text")).toString();

        Run r = cli(
            {QStringLiteral("inbox"), QStringLiteral("mark"), QString::number(item), QStringLiteral("read")});
        QCOMPARE(r.code, 0);
        QVERIFY(find(list({QStringLiteral("--unread")}), item).isEmpty());
        QCOMPARE(find(list(), item).value(QStringLiteral("state")).toString(), QStringLiteral("read"));

        double before = 0;
        {
            auto db = Database::open(m_data);
            QVERIFY(db);
            auto profile = leads::ProfileLeadModel::load((*db)->connection());
            QVERIFY(profile);
            before = profile->classifier().score(text);
        }
        r = cli(
            {QStringLiteral("inbox"), QStringLiteral("mark"), QString::number(item), QStringLiteral("lead")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(find(list(), item).value(QStringLiteral("lead")).toBool());
        QVERIFY(!find(list({QStringLiteral("--leads")}), item).isEmpty());
        {
            auto db = Database::open(m_data);
            QVERIFY(db);
            auto profile = leads::ProfileLeadModel::load((*db)->connection());
            QVERIFY(profile);
            const double after = profile->classifier().score(text);
            QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        }

        r = cli(
            {QStringLiteral("inbox"), QStringLiteral("mark"), QString::number(item), QStringLiteral("won")});
        QCOMPARE(r.code, 0);
        QCOMPARE(find(list(), item).value(QStringLiteral("lead_state")).toString(), QStringLiteral("won"));

        // "not" takes it out of the leads again.
        r = cli(
            {QStringLiteral("inbox"), QStringLiteral("mark"), QString::number(item), QStringLiteral("not")});
        QCOMPARE(r.code, 0);
        QVERIFY(!find(list(), item).value(QStringLiteral("lead")).toBool(true));
        QVERIFY(find(list({QStringLiteral("--leads")}), item).isEmpty());

        r = cli({QStringLiteral("inbox"), QStringLiteral("mark"), QString::number(item),
                 QStringLiteral("bogus")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("inbox"), QStringLiteral("mark"), QStringLiteral("99999"),
                 QStringLiteral("read")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("inbox list")), qPrintable(r.err));
    }

    void leadsExportWritesEveryLead()
    {
        // One more lead by the user's word, so there is something to export whatever the
        // classifier said.
        const qint64 item = untouchedComment(list(), false);
        QVERIFY(item > 0);
        QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("mark"), QString::number(item),
                      QStringLiteral("lead")})
                     .code,
                 0);
        const int leads = static_cast<int>(list({QStringLiteral("--leads")}).size());
        QVERIFY(leads >= 1);

        const QString path = m_dir.filePath(QStringLiteral("leads.csv"));
        Run r = cli({QStringLiteral("leads"), QStringLiteral("export"), QStringLiteral("--csv"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.startsWith("platform,account,author,text,link,time,score,reason,state,notes\r\n"));
        QCOMPARE(bytes.count("\r\n"), leads + 1); // no text here has a line break
        QVERIFY(bytes.contains(",youtube,") || bytes.contains("\r\nyoutube,"));

        const QString withBom = m_dir.filePath(QStringLiteral("leads-bom.csv"));
        r = cli({QStringLiteral("leads"), QStringLiteral("export"), QStringLiteral("--csv"), withBom,
                 QStringLiteral("--bom")});
        QCOMPARE(r.code, 0);
        QFile g(withBom);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("\xEF\xBB\xBF") + bytes);

        r = cli({QStringLiteral("leads"), QStringLiteral("export")});
        QCOMPARE(r.code, 2);
    }

    void metricsOfThePublishedPost()
    {
        Run r = cli({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value(QStringLiteral("posts")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("snapshots")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        // Within the hour: not taken again.
        r = cli({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("sync")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("snapshots")).toInt(), 0);

        r = cli({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().isArray());
        const QJsonArray shown = r.json().array();
        QCOMPARE(shown.size(), 1);
        const QJsonObject m = shown.first().toObject();
        QCOMPARE(m.value(QStringLiteral("platform")).toString(), QStringLiteral("youtube"));
        QCOMPARE(m.value(QStringLiteral("post")).toInteger(), m_job);
        QCOMPARE(m.value(QStringLiteral("remote_post_id")).toString(), m_videoId);
        QVERIFY(m.contains(QStringLiteral("views")));
        QVERIFY(m.value(QStringLiteral("comments")).toInteger() >= 30);
        r = cli({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("show"),
                 QString::number(m_job)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliInbox)
#include "test_cli_inbox.moc"
