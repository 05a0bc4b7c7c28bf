// Scheduled posts must fire at the instant the user meant, across DST changes and whatever
// time zone the machine itself is set to.

#include "publishing/schedule_time.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace travelflow;
using Adjustment = ScheduleResolution::Adjustment;

namespace {

QDateTime utcAt(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

struct ResolveCase
{
    const char *name;
    QByteArray zone;
    QDate date;
    QTime time;
    QDateTime expectedUtc;
    Adjustment adjustment;
    QString noteMustContain; // empty: the note must be empty
};

QString shortTime(int h, int m)
{
    return QLocale().toString(QTime(h, m), QLocale::ShortFormat);
}

std::vector<ResolveCase> resolveCases()
{
    return {
        {"moscow ordinary (+03:00, no DST)", "Europe/Moscow", QDate(2026, 7, 15), QTime(12, 0),
         utcAt(2026, 7, 15, 9, 0), Adjustment::None, QString()},
        {"kolkata ordinary (+05:30)", "Asia/Kolkata", QDate(2026, 1, 10), QTime(9, 0),
         utcAt(2026, 1, 10, 3, 30), Adjustment::None, QString()},
        // 02:00-03:00 does not exist; 02:30 is read as CET and so lands at 03:30 CEST.
        {"berlin spring gap", "Europe/Berlin", QDate(2026, 3, 29), QTime(2, 30), utcAt(2026, 3, 29, 1, 30),
         Adjustment::SkippedGap, shortTime(3, 30)},
        {"berlin day before gap", "Europe/Berlin", QDate(2026, 3, 28), QTime(2, 30),
         utcAt(2026, 3, 28, 1, 30), Adjustment::None, QString()},
        {"berlin after gap", "Europe/Berlin", QDate(2026, 3, 29), QTime(3, 30), utcAt(2026, 3, 29, 1, 30),
         Adjustment::None, QString()},
        // First occurrence is still on daylight time: EDT 01:30 = 05:30Z (EST would be 06:30Z).
        {"new york fall back", "America/New_York", QDate(2026, 11, 1), QTime(1, 30),
         utcAt(2026, 11, 1, 5, 30), Adjustment::Ambiguous, QStringLiteral("UTC-04:00")},
        {"berlin fall back", "Europe/Berlin", QDate(2026, 10, 25), QTime(2, 30), utcAt(2026, 10, 25, 0, 30),
         Adjustment::Ambiguous, QStringLiteral("UTC+02:00")},
        // Lord Howe springs forward by 30 minutes (02:00 LHST -> 02:30 LHDT): 02:15 fires at 02:45.
        {"lord howe half-hour gap", "Australia/Lord_Howe", QDate(2026, 10, 4), QTime(2, 15),
         utcAt(2026, 10, 3, 15, 45), Adjustment::SkippedGap, shortTime(2, 45)},
        // Southern hemisphere falls back in April: 03:00 AEDT -> 02:00 AEST, so 02:30 happens twice.
        {"sydney fall back", "Australia/Sydney", QDate(2026, 4, 5), QTime(2, 30), utcAt(2026, 4, 4, 15, 30),
         Adjustment::Ambiguous, QStringLiteral("UTC+11:00")},
    };
}

} // namespace

class TestScheduleTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<int>("row");
        const auto cases = resolveCases();
        for (int i = 0; i < static_cast<int>(cases.size()); ++i)
            QTest::newRow(cases[static_cast<size_t>(i)].name) << i;
    }

    void resolve()
    {
        QFETCH(int, row);
        const ResolveCase c = resolveCases()[static_cast<size_t>(row)];
        const auto r = ScheduleTime::resolve(c.date, c.time, c.zone);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->utc, c.expectedUtc);
        QCOMPARE(r->utc.timeSpec(), Qt::UTC);
        QCOMPARE(r->adjustment, c.adjustment);
        if (c.noteMustContain.isEmpty())
            QVERIFY2(r->note.isEmpty(), qPrintable(r->note));
        else
            QVERIFY2(r->note.contains(c.noteMustContain), qPrintable(r->note));
    }

    // The Lord Howe case above hard-codes the date; make sure the zone data agrees with it.
    void lordHoweSpringsForwardOnTheTestedDay()
    {
        const QTimeZone zone("Australia/Lord_Howe");
        QVERIFY(zone.isValid());
        const auto transitions = zone.transitions(utcAt(2026, 9, 1, 0, 0), utcAt(2026, 11, 1, 0, 0));
        const bool found = std::any_of(transitions.begin(), transitions.end(), [](const auto &t) {
            return t.atUtc == utcAt(2026, 10, 3, 15, 30) && t.offsetFromUtc == 11 * 3600;
        });
        QVERIFY(found);
    }

    void resolveIgnoresTheMachineZone()
    {
        const QByteArray oldTz = qgetenv("TZ");
        const bool hadTz = qEnvironmentVariableIsSet("TZ");
        const auto restore = qScopeGuard([&] {
            if (hadTz)
                qputenv("TZ", oldTz);
            else
                qunsetenv("TZ");
            tzset();
        });
        qputenv("TZ", "Asia/Tokyo");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 1, 1), QTime(9, 0)).offsetFromUtc(), 9 * 3600); // the switch took

        for (const ResolveCase &c : resolveCases()) {
            const auto r = ScheduleTime::resolve(c.date, c.time, c.zone);
            QVERIFY2(r, c.name);
            QVERIFY2(r->utc == c.expectedUtc, c.name);
            QVERIFY2(r->adjustment == c.adjustment, c.name);
        }
    }

    void unknownZoneIsAValidationError()
    {
        const auto r = ScheduleTime::resolve(QDate(2026, 5, 1), QTime(9, 0), "Europe/Atlantis");
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QCOMPARE(r.error().code, QStringLiteral("schedule.unknown_time_zone"));
        QVERIFY(r.error().message.contains(QStringLiteral("Europe/Atlantis")));
        QVERIFY(r.error().message.contains(QStringLiteral("Europe/Berlin")));

        QCOMPARE(ScheduleTime::resolve(QDate(2026, 5, 1), QTime(9, 0), QByteArray()).error().code,
                 QStringLiteral("schedule.unknown_time_zone"));
        QCOMPARE(ScheduleTime::resolve(QDate(), QTime(9, 0), "Europe/Berlin").error().code,
                 QStringLiteral("schedule.bad_time"));
    }

    void parseIsoWithOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("+01:00") << QStringLiteral("2026-12-01T09:00:00+01:00") << utcAt(2026, 12, 1, 8, 0);
        QTest::newRow("Z, no seconds") << QStringLiteral("2026-12-01T08:00Z") << utcAt(2026, 12, 1, 8, 0);
        QTest::newRow("-05:30") << QStringLiteral("2026-12-01T09:15-05:30") << utcAt(2026, 12, 1, 14, 45);
        QTest::newRow("crosses midnight") << QStringLiteral("2026-12-01T01:00:30+05:00")
                                          << QDateTime(QDate(2026, 11, 30), QTime(20, 0, 30), Qt::UTC);
    }

    void parseIsoWithOffset()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto r = ScheduleTime::parseIsoWithOffset(text);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, expected);
        QCOMPARE(r->timeSpec(), Qt::UTC);
    }

    void parseIsoWithOffsetErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("no offset") << QStringLiteral("2026-12-01T09:00:00")
                                   << QStringLiteral("schedule.offset_required");
        QTest::newRow("no offset, no seconds")
            << QStringLiteral("2026-12-01T09:00") << QStringLiteral("schedule.offset_required");
        QTest::newRow("garbage") << QStringLiteral("next tuesday") << QStringLiteral("schedule.bad_time");
        QTest::newRow("empty") << QString() << QStringLiteral("schedule.bad_time");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30T09:00:00+01:00")
                                     << QStringLiteral("schedule.bad_time");
        QTest::newRow("hour 25") << QStringLiteral("2026-12-01T25:00Z")
                                 << QStringLiteral("schedule.bad_time");
        QTest::newRow("offset +25:00")
            << QStringLiteral("2026-12-01T09:00+25:00") << QStringLiteral("schedule.bad_time");
    }

    void parseIsoWithOffsetErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto r = ScheduleTime::parseIsoWithOffset(text);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(text), qPrintable(r.error().message));
        if (code == QStringLiteral("schedule.offset_required"))
            QVERIFY2(r.error().message.contains(QStringLiteral("+01:00")), qPrintable(r.error().message));
    }

    void describeShowsTheZone()
    {
        const QString berlin = ScheduleTime::describe(utcAt(2026, 12, 1, 8, 0), "Europe/Berlin");
        QVERIFY2(berlin.contains(QStringLiteral("(UTC+01:00)")), qPrintable(berlin));
        QVERIFY2(berlin.contains(QStringLiteral("CET")), qPrintable(berlin));
        QVERIFY2(berlin.contains(shortTime(9, 0)), qPrintable(berlin));
        const QString kolkata = ScheduleTime::describe(utcAt(2026, 1, 10, 3, 30), "Asia/Kolkata");
        QVERIFY2(kolkata.contains(QStringLiteral("(UTC+05:30)")), qPrintable(kolkata));
        const QString unknown = ScheduleTime::describe(utcAt(2026, 1, 10, 3, 30), "Nowhere/Else");
        QVERIFY2(unknown.contains(QStringLiteral("(UTC+00:00)")), qPrintable(unknown));
        QVERIFY(ScheduleTime::describe(QDateTime(), "Europe/Berlin").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleTime)
#include "test_schedule_time.moc"
