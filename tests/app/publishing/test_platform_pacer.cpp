// The pacer keeps the queue inside each platform's limits. Time is passed in, never read.

#include "publishing/platform_pacer.h"

#include <QTest>
#include <QTimeZone>

using namespace travelflow;

namespace {

const QString kTikTok = QStringLiteral("tiktok");
const QString kInstagram = QStringLiteral("instagram");
const QString kYouTube = QStringLiteral("youtube");
const QString kInit = QStringLiteral("tiktok.init");
const QString kStatus = QStringLiteral("tiktok.status");

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(1'714'564'800 + seconds, QTimeZone::utc());
}

} // namespace

class TestPlatformPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seventhTikTokInitInAMinuteIsRefused()
    {
        PlatformPacer pacer;
        const QStringList endpoints{kInit};
        for (int i = 0; i < 6; ++i) {
            QVERIFY(pacer.mayStart(kTikTok, endpoints, at(i * 5)));
            pacer.started(kTikTok, endpoints, at(i * 5));
            pacer.finished(kTikTok);
        }
        QVERIFY(!pacer.mayStart(kTikTok, endpoints, at(30)));
        // The first request, at 0, stops counting at exactly 60.
        QCOMPARE(pacer.nextChance(kTikTok, endpoints, at(30)), at(60));
        QVERIFY(!pacer.mayStart(kTikTok, endpoints, at(59)));
        QVERIFY(pacer.mayStart(kTikTok, endpoints, at(60)));
        QCOMPARE(pacer.nextChance(kTikTok, endpoints, at(60)), at(60));

        pacer.started(kTikTok, endpoints, at(60));
        pacer.finished(kTikTok);
        QCOMPARE(pacer.nextChance(kTikTok, endpoints, at(60)), at(65)); // now the one at 5
        // Another endpoint has its own window.
        QVERIFY(pacer.mayStart(kTikTok, {kStatus}, at(61)));
    }

    void youtubeUploadsStayInsideTheDailyBucket()
    {
        PlatformPacer pacer;
        const QString youtube = QStringLiteral("youtube");
        const QStringList insert{QStringLiteral("youtube.insert")};
        for (int i = 0; i < 100; ++i) {
            QVERIFY(pacer.mayStart(youtube, insert, at(i * 60)));
            pacer.started(youtube, insert, at(i * 60));
            pacer.finished(youtube);
        }
        QVERIFY(!pacer.mayStart(youtube, insert, at(100 * 60)));
        QCOMPARE(pacer.nextChance(youtube, insert, at(100 * 60)), at(24 * 3600)); // a day after the first
    }

    void setWindowOverridesTheDefault()
    {
        PlatformPacer pacer;
        pacer.setWindow(kInit, {.requests = 1, .perSeconds = 10});
        pacer.started(kTikTok, {kInit}, at(0));
        pacer.finished(kTikTok);
        QCOMPARE(pacer.nextChance(kTikTok, {kInit}, at(3)), at(10));
        pacer.setWindow(kInit, {}); // no requests given: no limit
        QVERIFY(pacer.mayStart(kTikTok, {kInit}, at(3)));
    }

    void concurrencyLimitsRunningJobs()
    {
        PlatformPacer pacer;
        QVERIFY(pacer.mayStart(kTikTok, {}, at(0)));
        pacer.started(kTikTok, {}, at(0));
        QCOMPARE(pacer.running(kTikTok), 1);
        QVERIFY(!pacer.mayStart(kTikTok, {}, at(0))); // TikTok: one at a time
        QCOMPARE(pacer.nextChance(kTikTok, {}, at(0)), at(0)); // concurrency has no time
        QVERIFY(pacer.mayStart(kYouTube, {}, at(0))); // other platforms are separate

        pacer.started(kInstagram, {}, at(0));
        QVERIFY(pacer.mayStart(kInstagram, {}, at(0)));
        pacer.started(kInstagram, {}, at(0));
        QVERIFY(!pacer.mayStart(kInstagram, {}, at(0))); // Instagram: two

        pacer.setConcurrency(kInstagram, 3);
        QVERIFY(pacer.mayStart(kInstagram, {}, at(0)));
    }

    void finishedFreesTheSlot()
    {
        PlatformPacer pacer;
        pacer.started(kTikTok, {}, at(0));
        QVERIFY(!pacer.mayStart(kTikTok, {}, at(1)));
        pacer.finished(kTikTok);
        QCOMPARE(pacer.running(kTikTok), 0);
        QVERIFY(pacer.mayStart(kTikTok, {}, at(1)));
        pacer.finished(kTikTok); // an extra finish does not go negative
        QCOMPARE(pacer.running(kTikTok), 0);
    }

    void platformHoldBlocksAllEndpointsUntilItEnds()
    {
        PlatformPacer pacer;
        pacer.hold(kTikTok, at(120));
        QCOMPARE(pacer.heldUntil(kTikTok, at(0)), at(120));
        QVERIFY(!pacer.mayStart(kTikTok, {}, at(0)));
        QVERIFY(!pacer.mayStart(kTikTok, {kStatus}, at(119)));
        QCOMPARE(pacer.nextChance(kTikTok, {kInit, kStatus}, at(0)), at(120));
        // It ends exactly at `until`.
        QVERIFY(!pacer.heldUntil(kTikTok, at(120)).isValid());
        QVERIFY(pacer.mayStart(kTikTok, {kInit}, at(120)));
        QVERIFY(pacer.mayStart(kYouTube, {}, at(0)));
    }

    void endpointHoldOnlyBlocksThatEndpoint()
    {
        PlatformPacer pacer;
        pacer.hold(kInit, at(300));
        QVERIFY(!pacer.mayStart(kTikTok, {kStatus, kInit}, at(0)));
        QCOMPARE(pacer.nextChance(kTikTok, {kInit}, at(0)), at(300));
        QVERIFY(pacer.mayStart(kTikTok, {kStatus}, at(0)));
        QVERIFY(pacer.mayStart(kYouTube, {QStringLiteral("youtube.videos.insert")}, at(0)));
        QVERIFY(!pacer.heldUntil(kTikTok, at(0)).isValid());
    }

    void laterHoldWins()
    {
        PlatformPacer pacer;
        pacer.hold(kYouTube, at(3600)); // quota
        pacer.hold(kYouTube, at(30)); // a shorter Retry-After must not shorten it
        QCOMPARE(pacer.heldUntil(kYouTube, at(0)), at(3600));
        pacer.hold(kYouTube, at(7200));
        QCOMPARE(pacer.heldUntil(kYouTube, at(0)), at(7200));
        QCOMPARE(pacer.nextChance(kYouTube, {}, at(0)), at(7200));
    }

    void unknownEndpointsHaveNoWindow()
    {
        PlatformPacer pacer;
        const QStringList endpoints{QStringLiteral("instagram.media_publish")};
        for (int i = 0; i < 100; ++i) {
            QVERIFY(pacer.mayStart(kInstagram, endpoints, at(0)));
            pacer.started(kInstagram, endpoints, at(0));
            pacer.finished(kInstagram);
        }
        QCOMPARE(pacer.nextChance(kInstagram, endpoints, at(0)), at(0));
    }

    void theLatestConstraintDecides()
    {
        PlatformPacer pacer;
        pacer.setWindow(kStatus, {.requests = 1, .perSeconds = 60});
        pacer.started(kTikTok, {kInit, kStatus}, at(0));
        pacer.finished(kTikTok);
        pacer.hold(kInit, at(40));
        QCOMPARE(pacer.nextChance(kTikTok, {kInit, kStatus}, at(10)), at(60));
        pacer.hold(kTikTok, at(90));
        QCOMPARE(pacer.nextChance(kTikTok, {kInit, kStatus}, at(10)), at(90));
    }
};

QTEST_GUILESS_MAIN(TestPlatformPacer)
#include "test_platform_pacer.moc"
