#include "schedule_time.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace travelflow {

namespace {

constexpr qint64 kMsPerSecond = 1000;
constexpr qint64 kMsPerDay = qint64{24} * 60 * 60 * kMsPerSecond;

int offsetAt(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

// The wall clock in `zone` at an instant, done by hand (instant + offset, read as UTC) so no
// QDateTime zone conversion, and so no Qt-version-specific gap handling, is involved.
QTime wallTimeAt(const QTimeZone &zone, qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs + offsetAt(zone, utcMs) * kMsPerSecond, Qt::UTC).time();
}

} // namespace

QString ScheduleTime::offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Expected<ScheduleResolution> ScheduleTime::resolve(const QDate &date, const QTime &time,
                                                   const QByteArray &zoneId)
{
    const QTimeZone zone(zoneId);
    if (zoneId.isEmpty() || !zone.isValid()) {
        return Error::make(Error::Kind::Validation, QStringLiteral("schedule.unknown_time_zone"),
                           tr("\"%1\" is not a known time zone. Pick a zone like Europe/Berlin.")
                               .arg(QString::fromUtf8(zoneId)));
    }
    if (!date.isValid() || !time.isValid()) {
        return Error::make(Error::Kind::Validation, QStringLiteral("schedule.bad_time"),
                           tr("Pick a valid date and time for the post."));
    }

    // The wall-clock reading as if it were UTC; the real instant is this minus the zone's offset.
    const qint64 localMs = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    // Real offsets stay within a day of UTC, so a day either side lies before and after any
    // transition that could touch this wall-clock time.
    const int offsetBefore = offsetAt(zone, localMs - kMsPerDay);
    const int offsetAfter = offsetAt(zone, localMs + kMsPerDay);

    // An instant is a reading of this wall-clock time only if the zone really has that offset then.
    std::vector<qint64> candidates;
    for (const int offset : {offsetBefore, offsetAfter}) {
        const qint64 utcMs = localMs - offset * kMsPerSecond;
        if (offsetAt(zone, utcMs) == offset
            && std::find(candidates.begin(), candidates.end(), utcMs) == candidates.end())
            candidates.push_back(utcMs);
    }

    const QString asked = QLocale().toString(time, QLocale::ShortFormat);
    ScheduleResolution result;
    if (candidates.empty()) {
        // Spring-forward gap. Reading the time with the offset from before the gap lands as far
        // past the gap's end as the time was past its start: 02:30 CET becomes 03:30 CEST.
        const qint64 utcMs = localMs - offsetBefore * kMsPerSecond;
        result.utc = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
        result.adjustment = ScheduleResolution::Adjustment::SkippedGap;
        result.note = tr("%1 does not exist on that day because the clocks go forward, so the post will go "
                         "out at %2 instead.")
                          .arg(asked, QLocale().toString(wallTimeAt(zone, utcMs), QLocale::ShortFormat));
    } else if (candidates.size() > 1) {
        // Fall-back overlap: the first occurrence, so the post never goes out later than the user
        // could have meant.
        const qint64 utcMs = *std::min_element(candidates.begin(), candidates.end());
        result.utc = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
        result.adjustment = ScheduleResolution::Adjustment::Ambiguous;
        result.note = tr("%1 happens twice on that day because the clocks go back; the post will go out at "
                         "the first one (%2).")
                          .arg(asked, offsetText(offsetAt(zone, utcMs)));
    } else {
        result.utc = QDateTime::fromMSecsSinceEpoch(candidates.front(), Qt::UTC);
    }
    return result;
}

Expected<QDateTime> ScheduleTime::parseIsoWithOffset(const QString &text)
{
    // Strict on purpose: a script that passes something vaguer should fail loudly, not post at
    // a guessed time.
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):(\d{2}))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch m = re.match(trimmed);
    const auto number = [&m](int group) { return m.captured(group).toInt(); };

    const QDate date = m.hasMatch() ? QDate(number(1), number(2), number(3)) : QDate();
    const QTime time = m.hasMatch() ? QTime(number(4), number(5), number(6)) : QTime();
    const bool hasOffset = m.hasMatch() && (m.hasCaptured(7) || m.hasCaptured(8));
    const int offsetMinutes = hasOffset ? number(9) * 60 + number(10) : 0;
    // Real offsets stay within 14 hours of UTC; anything past that is a typo.
    if (!date.isValid() || !time.isValid() || number(9) > 14 || number(10) > 59) {
        return Error::make(Error::Kind::Validation, QStringLiteral("schedule.bad_time"),
                           tr("\"%1\" is not a date and time. Use ISO 8601, for example "
                              "2026-12-01T09:00:00+01:00.")
                               .arg(trimmed));
    }
    if (!hasOffset) {
        return Error::make(Error::Kind::Validation, QStringLiteral("schedule.offset_required"),
                           tr("The time \"%1\" needs a UTC offset such as +01:00 or Z, for example "
                              "2026-12-01T09:00:00+01:00.")
                               .arg(trimmed));
    }

    const int sign = m.captured(8) == QLatin1String("-") ? -1 : 1;
    return QDateTime(date, time, Qt::UTC).addSecs(-qint64{sign} * offsetMinutes * 60);
}

QString ScheduleTime::describe(const QDateTime &utc, const QByteArray &zoneId)
{
    if (!utc.isValid())
        return QString();
    QTimeZone zone(zoneId);
    if (zoneId.isEmpty() || !zone.isValid())
        zone = QTimeZone::utc();

    const QDateTime local = utc.toTimeZone(zone);
    const QString when = QLocale().toString(local, QLocale::ShortFormat);
    const QString offset = offsetText(zone.offsetFromUtc(utc));
    // Zones without a lettered abbreviation report "+03" and the like, which the offset already says.
    const QString abbreviation = zone.abbreviation(utc);
    if (abbreviation.isEmpty() || abbreviation.startsWith(QLatin1Char('+'))
        || abbreviation.startsWith(QLatin1Char('-')) || abbreviation == QLatin1String("UTC"))
        return QStringLiteral("%1 (%2)").arg(when, offset);
    return QStringLiteral("%1 %2 (%3)").arg(when, abbreviation, offset);
}

} // namespace travelflow
