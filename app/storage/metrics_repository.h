#pragma once

#include "core/expected.h"
#include "core/interaction.h"
#include "core/platform.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace travelflow {

// A published post with its latest engagement numbers (the analytics list).
struct PublishedPostMetrics
{
    qint64 publishJobId = 0;
    Platform platform = Platform::TikTok;
    QString accountName;
    QString videoPath;
    QString title;
    QString captionExcerpt; // the caption's first 200 characters
    QString remotePostId;
    QString permalink; // where the inbox saw the post, when it did
    QDateTime publishedAt;
    std::optional<MetricsSnapshot> latest; // none taken yet
    int snapshotCount = 0;
};

// Reads and writes the `metrics_snapshots` table: engagement counters of published posts.
class MetricsRepository
{
    Q_DECLARE_TR_FUNCTIONS(MetricsRepository)

public:
    explicit MetricsRepository(const QSqlDatabase &db);

    // Stores the snapshot (an invalid takenAt becomes now) and returns its id. A second
    // snapshot of the same job at the same moment is refused.
    Expected<qint64> add(const MetricsSnapshot &snapshot);

    // Oldest first.
    Expected<QList<MetricsSnapshot>> listForJob(qint64 publishJobId);

    // How listPublished() orders the posts (by the latest numbers, or when published).
    enum class SortKey {
        PublishedAt,
        Views,
        Likes,
        Comments,
        Shares
    };

    // One window of the published jobs with their latest snapshot. Posts without a number
    // for the key sort as if it were below zero; ties go by job id.
    Expected<QList<PublishedPostMetrics>> listPublished(SortKey key, bool descending, int limit, int offset);

private:
    QSqlDatabase m_db;
};

} // namespace travelflow
