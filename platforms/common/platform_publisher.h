#pragma once

#include "caption_rules.h"
#include "platform_auth.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace travelflow {

// What to publish: one video file and one caption variant, plus platform switches.
struct PublishSpec
{
    QString filePath;
    qint64 fileSize = 0;
    QString mimeType = QStringLiteral("video/mp4"); // video/mp4, video/quicktime, video/webm
    CaptionDraft caption;
    // Platform switches, e.g. TikTok {"mode": "direct"|"inbox", "disable_comment", "disable_duet",
    // "disable_stitch", "brand_content_toggle", "brand_organic_toggle", "is_aigc"}, Instagram
    // {"share_to_feed", "thumb_offset"}, YouTube {"categoryId", "selfDeclaredMadeForKids"}.
    QJsonObject options;
};

// Everything a publish learned from the platform that a restart needs to continue without
// publishing twice or uploading afresh. It maps to the publish_jobs columns.
struct PublishCheckpoint
{
    enum class Stage {
        NotStarted,
        Uploading,
        Processing,
        Published,
        Failed
    };

    Stage stage = Stage::NotStarted;
    QString uploadUrl; // YouTube session URI / TikTok upload_url / Instagram rupload uri
    qint64 uploadOffset = 0; // bytes the platform has acknowledged
    QString publishId; // TikTok publish_id
    QString containerId; // Instagram container id
    QString remotePostId; // the published post / video id
    QDateTime uploadUrlExpiresAt;
    QString failureReason; // the platform's reason, when Failed
};

// Engagement counters of one published post; absent = the platform did not report it.
struct PostMetrics
{
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
};

// One run of publishing one video, started fresh or from a checkpoint. checkpoint() is
// emitted BEFORE each next network step and must be handled synchronously (a direct
// connection that commits it): that is what makes a crash at any point resumable.
// finished() comes once, with the final checkpoint or the error; after an error the
// last checkpoint emitted is where a later run resumes.
class PublishOperation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void checkpoint(const travelflow::PublishCheckpoint &checkpoint);
    // Bytes the platform has (or is receiving) and the average speed of this run so far.
    void progress(qint64 sentBytes, qint64 totalBytes, double bytesPerSecond);
    void finished(const travelflow::PublishCheckpoint &checkpoint,
                  const std::optional<travelflow::PlatformError> &error);

protected:
    // Emits progress() with the speed of the bytes sent since this run's first report.
    void reportProgress(qint64 sentBytes, qint64 totalBytes);

private:
    QElapsedTimer m_clock;
    qint64 m_firstReported = -1;
};

// Publishing, status and metrics for one platform.
class PlatformPublisher
{
public:
    using StatusCallback = std::function<void(const PlatformOutcome<PublishCheckpoint> &)>;
    using MetricsCallback = std::function<void(const PlatformOutcome<PostMetrics> &)>;

    virtual ~PlatformPublisher() = default;

    // `resumeFrom` is the last checkpoint a previous run emitted (NotStarted for a new
    // publish). Before publishing again after a restart, implementations ask the platform
    // what it has (and never publish twice).
    virtual std::unique_ptr<PublishOperation>
    publish(const PublishSpec &spec, const PublishCheckpoint &resumeFrom, const OAuthTokens &tokens) = 0;
    // What the platform says about a publish now (processing, published, failed).
    virtual void status(const PublishCheckpoint &checkpoint, const OAuthTokens &tokens, QObject *context,
                        StatusCallback done)
        = 0;
    virtual void metrics(const QString &remotePostId, const OAuthTokens &tokens, QObject *context,
                         MetricsCallback done)
        = 0;
};

} // namespace travelflow

Q_DECLARE_METATYPE(travelflow::PublishCheckpoint)
