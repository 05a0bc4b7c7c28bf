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

    qint64 id = 0;
    qint64 postTargetId = 0;
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString uploadSessionUri;
    qint64 uploadOffset = 0;
    QString publishId;
    QString containerId;
    QString remotePostId;
    QString lastErrorCode;
    QString lastErrorText;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString publishStateName(PublishJob::State state);
std::optional<PublishJob::State> publishStateFromName(const QString &name);

} // namespace travelflow
