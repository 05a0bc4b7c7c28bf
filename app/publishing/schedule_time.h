#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace travelflow {

// Where a scheduled wall-clock time lands, and whether daylight saving moved it.
struct ScheduleResolution
{
    enum class Adjustment {
        None,
        SkippedGap, // the wall-clock time does not exist (clocks go forward); moved later by the gap
        Ambiguous, // the wall-clock time happens twice (clocks go back); the first one is used
    };

    QDateTime utc; // the instant it fires (Qt::UTC)
    Adjustment adjustment = Adjustment::None;
    QString note; // translated one-sentence explanation for the user; empty for None
};

// Turns what the user typed (a wall-clock time in an IANA zone, or an ISO 8601 instant)
// into the UTC instant the queue fires at. Never consults the machine's own time zone:
// a post scheduled for 09:00 in Berlin must go out at the same instant wherever the app runs.
class ScheduleTime
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTime)

public:
    // Wall-clock `date time` in the zone `zoneId` (IANA, e.g. "Europe/Berlin"). A time in a
    // spring-forward gap fires as far after the gap start as it was meant to be (02:30 -> 03:30);
    // a time that happens twice fires at the first occurrence (still on daylight time).
    // Errors: schedule.unknown_time_zone, schedule.bad_time (invalid date or time).
    static Expected<ScheduleResolution> resolve(const QDate &date, const QTime &time,
                                                const QByteArray &zoneId);

    // For the CLI's --at: ISO 8601 with an explicit offset or Z ("2026-12-01T09:00:00+01:00",
    // "2026-12-01T08:00Z"; seconds optional). Returns the instant in Qt::UTC.
    // Errors: schedule.offset_required, schedule.bad_time.
    static Expected<QDateTime> parseIsoWithOffset(const QString &text);

    // For lists: the instant as seen in the zone, e.g. "12/1/26 9:00 AM CET (UTC+01:00)".
    // An unknown zone shows the instant in UTC; an invalid instant gives an empty string.
    static QString describe(const QDateTime &utc, const QByteArray &zoneId);

    // "UTC+05:30", "UTC-04:00", "UTC+00:00".
    static QString offsetText(int offsetSeconds);
};

} // namespace travelflow
