#pragma once

#include "core/expected.h"
#include "core/platform.h"
#include "core/publish_job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace travelflow {

// A job with what the queue list shows beside it: which video, which account, when.
struct PublishJobEntry
{
    PublishJob job;
    qint64 videoId = 0;
    qint64 accountId = 0;
    Platform platform = Platform::TikTok;
    QDateTime scheduledAt; // invalid = as soon as possible
    QString scheduleTimeZone;
    // What the queue view shows beside the job (filled by every entry query).
    QString videoPath;
    qint64 videoSizeBytes = 0;
    QString accountName;
    QString title;
    QString captionExcerpt; // the caption's first 200 characters
    QString permalink; // where the inbox saw the post, when it did
};

// Reads and writes the `publish_jobs` table: the persisted state machine of each publish.
class PublishJobRepository
{
    Q_DECLARE_TR_FUNCTIONS(PublishJobRepository)

public:
    explicit PublishJobRepository(const QSqlDatabase &db);

    // A new queued job for the target. A target has at most one job.
    Expected<qint64> create(qint64 postTargetId);

    Expected<std::optional<PublishJob>> get(qint64 id);

    // Writes every mutable field (state, attempts, next attempt, remote ids, upload
    // offset, last error) and stamps updated_at. The target and created_at never change.
    Status save(const PublishJob &job);

    // Jobs in any of `states`, ordered by id.
    Expected<QList<PublishJob>> listByState(const QList<PublishJob::State> &states);

    // Unfinished jobs (queued, uploading, processing) whose next attempt is not in the
    // future, oldest first.
    Expected<QList<PublishJob>> listDue(const QDateTime &now);

    // Every job with its video, account and schedule, newest first.
    Expected<QList<PublishJobEntry>> listEntries();

    // Which jobs a view of the queue lists.
    enum class EntryFilter {
        All,
        Active, // queued, uploading, processing
        NeedsAttention, // needs attention or failed
        Published
    };
    static bool matches(EntryFilter filter, PublishJob::State state);

    // One window of listEntries() restricted to `filter`, newest first.
    Expected<QList<PublishJobEntry>> listEntriesPage(EntryFilter filter, int limit, int offset);

    // The entry of one job; nullopt when it no longer exists.
    Expected<std::optional<PublishJobEntry>> getEntry(qint64 jobId);

private:
    Expected<QList<PublishJobEntry>> queryEntries(const QString &where, const QVariantList &values,
                                                  const QString &suffix, const QString &operation);
    Expected<QList<PublishJob>> query(const QString &where, const QVariantList &values,
                                      const QString &orderBy, const QString &operation);

    QSqlDatabase m_db;
};

} // namespace travelflow
