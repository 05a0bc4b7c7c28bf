#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace travelflow {

// The persisted state of publishing one post target. Every field the platform tells us
// (session URI, publish id, container id, remote post id) is saved before the next
// network step, so a restart resumes and never publishes twice.
struct PublishJob
{
    enum class State {
        Queued,
        Uploading,
        Processing,
        Published,
        Failed,
        NeedsAttention,
        Cancelled
    };

    // How far the platform has got, independent of `state`: a job that needs attention
    // or was cancelled mid-upload still knows it was uploading, so a retry continues.
    enum class Stage {
        NotStarted,
        Uploading,
        Processing,
        Published,
        Failed
    };

    qint64 id = 0;
    qint64 postTargetId = 0;
    State state = State::Queued;
    Stage stage = Stage::NotStarted;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString uploadSessionUri;
    QDateTime uploadUrlExpiresAt;
    qint64 uploadOffset = 0;
    QString publishId;
    QString containerId;
    QString remotePostId;
    QString lastErrorCode;
    QString lastErrorText;
    QDateTime publishedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString publishStateName(PublishJob::State state);
std::optional<PublishJob::State> publishStateFromName(const QString &name);
QString publishStageName(PublishJob::Stage stage);
std::optional<PublishJob::Stage> publishStageFromName(const QString &name);

} // namespace travelflow
