#include "job_presentation.h"

#include <QLocale>
#include <QTimeZone>

namespace travelflow {

namespace {

bool gaveUp(const PublishJob &job)
{
    return job.lastErrorCode == QLatin1String("gave_up");
}

} // namespace

QString JobPresentation::when(const QDateTime &utc, const QString &timeZone)
{
    // Local times as they are; a time chosen in another zone names that zone.
    const QTimeZone zone(timeZone.toUtf8());
    if (timeZone.isEmpty() || !zone.isValid())
        return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
    return tr("%1 (%2)").arg(QLocale().toString(utc.toTimeZone(zone), QLocale::ShortFormat),
                             QString::fromUtf8(zone.id()));
}

QString JobPresentation::stateText(const PublishJobEntry &entry, const QDateTime &nowUtc)
{
    using S = PublishJob::State;
    const PublishJob &job = entry.job;
    const bool waits = job.nextAttemptAt.isValid() && job.nextAttemptAt > nowUtc;
    switch (job.state) {
    case S::Queued:
        if (waits && entry.scheduledAt.isValid() && job.nextAttemptAt <= entry.scheduledAt.addSecs(1))
            return tr("Scheduled for %1").arg(when(entry.scheduledAt, entry.scheduleTimeZone));
        if (waits)
            return tr("Queued, next try at %1").arg(when(job.nextAttemptAt));
        return tr("Queued");
    case S::Uploading:
        return waits ? tr("Uploading, next try at %1").arg(when(job.nextAttemptAt)) : tr("Uploading");
    case S::Processing:
        return waits ? tr("Processing, next check at %1").arg(when(job.nextAttemptAt)) : tr("Processing");
    case S::Published:
        if (entry.scheduledAt.isValid() && entry.scheduledAt > nowUtc)
            return tr("Published, goes public %1").arg(when(entry.scheduledAt, entry.scheduleTimeZone));
        return tr("Published");
    case S::NeedsAttention: return gaveUp(job) ? tr("Gave up") : tr("Needs attention");
    case S::Failed: return tr("Failed");
    case S::Cancelled: return tr("Cancelled");
    }
    return {};
}

QColor JobPresentation::stateColor(const PublishJob &job)
{
    // Fixed accents that read on light and dark palettes alike.
    using S = PublishJob::State;
    switch (job.state) {
    case S::Queued: return QColor(0x3b, 0x82, 0xf6);
    case S::Uploading:
    case S::Processing: return QColor(0x0e, 0xa5, 0xe9);
    case S::Published: return QColor(0x16, 0xa3, 0x4a);
    case S::NeedsAttention: return gaveUp(job) ? QColor(0xdc, 0x26, 0x26) : QColor(0xd9, 0x77, 0x06);
    case S::Failed: return QColor(0xdc, 0x26, 0x26);
    case S::Cancelled: return QColor(0x6b, 0x72, 0x80);
    }
    return {};
}

QString JobPresentation::advice(const PublishJob &job)
{
    using S = PublishJob::State;
    if (job.state == S::Cancelled)
        return tr("Use Retry to put the post back in the queue.");
    if (job.state == S::Failed)
        return tr("Use Retry to upload the video again.");
    if (job.state != S::NeedsAttention)
        return {};
    const QString &code = job.lastErrorCode;
    if (code == QLatin1String("quota"))
        return tr("Nothing to do: TravelFlow tries again by itself when the quota resets.");
    if (code == QLatin1String("needs_reconnect"))
        return tr("Reconnect the account in Accounts; the post then continues by itself.");
    if (code == QLatin1String("permission_missing"))
        return tr("Reconnect the account in Accounts and allow publishing, then use Retry.");
    if (code == QLatin1String("media_rejected"))
        return tr("Export the video again in a format the platform accepts, then use Retry.");
    if (code == QLatin1String("gave_up"))
        return tr("Check your internet connection, then use Retry.");
    if (code == QLatin1String("upload_expired"))
        return tr("Use Retry to upload the video again.");
    return tr("Fix what the message says, then use Retry.");
}

QString JobPresentation::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, static_cast<int>((seconds + 30) / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString JobPresentation::progressText(qint64 sentBytes, qint64 totalBytes, double bytesPerSecond)
{
    const QLocale locale;
    QString text = tr("%1 of %2")
                       .arg(locale.formattedDataSize(sentBytes, 1, QLocale::DataSizeSIFormat),
                            locale.formattedDataSize(totalBytes, 1, QLocale::DataSizeSIFormat));
    if (bytesPerSecond >= 1.0) {
        text += tr(" · %1/s").arg(
            locale.formattedDataSize(static_cast<qint64>(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
        if (totalBytes > sentBytes) {
            const auto left
                = static_cast<qint64>(static_cast<double>(totalBytes - sentBytes) / bytesPerSecond);
            text += tr(" · %1 left").arg(duration(left + 1));
        }
    }
    return text;
}

bool JobPresentation::canRetry(PublishJob::State state)
{
    using S = PublishJob::State;
    return state == S::NeedsAttention || state == S::Failed || state == S::Cancelled;
}

bool JobPresentation::canCancel(PublishJob::State state)
{
    using S = PublishJob::State;
    return state != S::Published && state != S::Cancelled;
}

} // namespace travelflow
