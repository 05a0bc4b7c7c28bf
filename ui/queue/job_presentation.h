#pragma once

#include "storage/publish_job_repository.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace travelflow {

// How a publish job reads in the queue: its state in words (with when it is scheduled or
// retried), the state's accent colour, what the user can do about an error, and the upload
// progress line. Pure functions of the job, kept apart from the widgets so they read the
// same everywhere.
class JobPresentation
{
    Q_DECLARE_TR_FUNCTIONS(JobPresentation)

public:
    static QString stateText(const PublishJobEntry &entry, const QDateTime &nowUtc);
    static QColor stateColor(const PublishJob &job);
    // One sentence on what to do next; empty when nothing is wrong.
    static QString advice(const PublishJob &job);
    // "12.3 MB of 40 MB · 2.1 MB/s · 13 s left" (speed and time left only when known).
    static QString progressText(qint64 sentBytes, qint64 totalBytes, double bytesPerSecond);
    static QString duration(qint64 seconds);
    // A UTC time in the zone it was chosen in (or the local zone), with the zone's name.
    static QString when(const QDateTime &utc, const QString &timeZone = QString());

    static bool canRetry(PublishJob::State state);
    static bool canCancel(PublishJob::State state);
};

} // namespace travelflow
