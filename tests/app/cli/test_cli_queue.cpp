// travelflow-cli post / queue list|run|retry|cancel against the simulator: every rule
// broken is reported before anything is stored (exit 2), the generic privacy maps to each
// platform, `queue run --until-idle` publishes what is due and leaves what is scheduled.

#include "all_platforms.h"
#include "sandbox_server.h"
#include "support/cli_run.h"
#include "support/sandbox_accounts.h"
#include "support/test_clips.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;

class TestCliQueue : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_endpoints;
    QString m_data;
    QHash<QString, qint64> m_accounts; // platform name -> account id
    qint64 m_video = 0;

    using Run = test::CliRun;

    Run cli(const QStringList &args, int timeoutMs = 60000)
    {
        return test::CliProfile{m_cli, m_data, m_endpoints}.run(args, timeoutMs);
    }

    QString account(const char *platform) const
    {
        return QString::number(m_accounts.value(QLatin1String(platform)));
    }

    QJsonArray queue()
    {
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
        return list.json().array();
    }

    QJsonObject job(qint64 id)
    {
        for (const auto &value : queue()) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
                return value.toObject();
        }
        return {};
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

        const QString clip = test::TestClips::h264Mp4(m_dir.path());
        QVERIFY(!clip.isEmpty());
        const Run imported = cli({QStringLiteral("--json"), QStringLiteral("import"), clip});
        QCOMPARE(imported.code, 0);
        const Run videos = cli({QStringLiteral("--json"), QStringLiteral("videos"), QStringLiteral("list")});
        m_video = videos.json().array().first().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(m_video > 0);
    }

    void everyBrokenRuleIsReportedAndNothingIsStored()
    {
        const QString longTitle(120, QLatin1Char('t'));
        const Run r = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"),
                           account("tiktok") + QLatin1Char(',') + account("youtube") + QLatin1Char(',')
                               + account("instagram"),
                           QStringLiteral("--privacy"), QStringLiteral("unlisted"), QStringLiteral("--title"),
                           longTitle + QStringLiteral("<b>")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("tiktok.privacy.unsupported")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("instagram.privacy.unsupported")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("youtube.title")), qPrintable(r.err)); // too long and '<'
        QVERIFY(r.err.count(QLatin1String("youtube.title")) >= 2);
        QCOMPARE(queue().size(), 0);
    }

    void badTimesAndIdsAreUsageErrors()
    {
        Run r = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"),
                     account("youtube"), QStringLiteral("--at"), QStringLiteral("2030-12-01T09:00")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("+01:00")), qPrintable(r.err)); // says how to write it
        r = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"), account("youtube"),
                 QStringLiteral("--at"), QStringLiteral("2020-12-01T09:00:00Z")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("passed")), qPrintable(r.err));
        r = cli({QStringLiteral("post"), QStringLiteral("999"), QStringLiteral("--to"), account("youtube")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("videos list")), qPrintable(r.err));
        r = cli(
            {QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QCOMPARE(queue().size(), 0);
    }

    void postRunsToPublishedAndSchedulesWait()
    {
        const Run now
            = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"),
                   account("tiktok") + QLatin1Char(',') + account("youtube"), QStringLiteral("--privacy"),
                   QStringLiteral("public"), QStringLiteral("--title"), QStringLiteral("Lisbon trams"),
                   QStringLiteral("--caption"), QStringLiteral("Tram 28 at dawn #lisbon")});
        QCOMPARE(now.code, 0);
        const QStringList ids = now.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(ids.size(), 2);

        const QString later = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        const Run scheduled = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"),
                                   account("instagram"), QStringLiteral("--caption"), QStringLiteral("Later"),
                                   QStringLiteral("--at"), later, QStringLiteral("--time-zone"),
                                   QStringLiteral("Europe/Lisbon")});
        QCOMPARE(scheduled.code, 0);
        const qint64 scheduledId = scheduled.out.trimmed().toLongLong();

        QJsonObject first = job(ids.first().toLongLong());
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(first.value(QStringLiteral("platform")).toString(), QStringLiteral("tiktok"));
        QCOMPARE(first.value(QStringLiteral("video")).toInteger(), m_video);
        QCOMPARE(first.value(QStringLiteral("account")).toInteger(),
                 m_accounts.value(QStringLiteral("tiktok")));
        QVERIFY(first.contains(QStringLiteral("error")));

        // TikTok allows 30 status calls a minute (the simulator enforces it): poll each second.
        const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--until-idle"),
                             QStringLiteral("--poll-interval"), QStringLiteral("1000")},
                            120000);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QString &id : ids) {
            const QJsonObject j = job(id.toLongLong());
            QVERIFY2(j.value(QStringLiteral("state")).toString() == QLatin1String("published"),
                     qPrintable(QString::fromUtf8(QJsonDocument(j).toJson())));
        }
        // TikTok got the mapped privacy, not the generic word.
        const QJsonArray uploads = m_server.world()
                                       .value(QStringLiteral("tiktok"))
                                       .toObject()
                                       .value(QStringLiteral("uploads"))
                                       .toArray();
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().toObject().value(QStringLiteral("privacy_level")).toString(),
                 QStringLiteral("PUBLIC_TO_EVERYONE"));

        const QJsonObject waiting = job(scheduledId);
        QCOMPARE(waiting.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(waiting.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Lisbon"));
        QVERIFY(!waiting.value(QStringLiteral("next_attempt_at")).isNull());

        // Cancel and retry are the user's two levers on a job that is not published.
        Run r = cli({QStringLiteral("queue"), QStringLiteral("cancel"), QString::number(scheduledId)});
        QCOMPARE(r.code, 0);
        QCOMPARE(job(scheduledId).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        r = cli({QStringLiteral("queue"), QStringLiteral("retry"), QString::number(scheduledId)});
        QCOMPARE(r.code, 0);
        QCOMPARE(job(scheduledId).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QVERIFY(!job(scheduledId).value(QStringLiteral("next_attempt_at")).isNull()); // still scheduled
        r = cli({QStringLiteral("queue"), QStringLiteral("cancel"), ids.first()});
        QCOMPARE(r.code, 2); // published: cannot be cancelled here
        QVERIFY2(r.err.contains(QLatin1String("already published")), qPrintable(r.err));
    }

    void localTimesFollowDaylightSaving()
    {
        // 02:30 on 31 March 2030 does not exist in Berlin: the clocks jump from 02:00 to 03:00.
        Run r = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"),
                     account("instagram"), QStringLiteral("--at"), QStringLiteral("2030-03-31T02:30"),
                     QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("clocks go forward")), qPrintable(r.err)); // the user is told
        QJsonObject gap = job(r.out.trimmed().toLongLong());
        QCOMPARE(gap.value(QStringLiteral("scheduled_at")).toString(),
                 QStringLiteral("2030-03-31T01:30:00Z"));

        // 02:30 on 27 October 2030 happens twice: the first one, still on summer time (UTC+2).
        r = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"),
                 account("instagram"), QStringLiteral("--at"), QStringLiteral("2030-10-27T02:30"),
                 QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("UTC+02:00")), qPrintable(r.err));
        QCOMPARE(job(r.out.trimmed().toLongLong()).value(QStringLiteral("scheduled_at")).toString(),
                 QStringLiteral("2030-10-27T00:30:00Z"));

        // Without a zone a local time is ambiguous everywhere: the CLI asks for an offset.
        r = cli({QStringLiteral("post"), QString::number(m_video), QStringLiteral("--to"),
                 account("instagram"), QStringLiteral("--at"), QStringLiteral("2030-10-27T02:30")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliQueue)
#include "test_cli_queue.moc"
