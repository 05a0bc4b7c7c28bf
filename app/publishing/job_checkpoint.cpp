#include "job_checkpoint.h"

namespace travelflow::jobcheckpoint {

namespace {

PublishCheckpoint::Stage toCheckpointStage(PublishJob::Stage stage)
{
    switch (stage) {
    case PublishJob::Stage::NotStarted: return PublishCheckpoint::Stage::NotStarted;
    case PublishJob::Stage::Uploading: return PublishCheckpoint::Stage::Uploading;
    case PublishJob::Stage::Processing: return PublishCheckpoint::Stage::Processing;
    case PublishJob::Stage::Published: return PublishCheckpoint::Stage::Published;
    case PublishJob::Stage::Failed: return PublishCheckpoint::Stage::Failed;
    }
    return PublishCheckpoint::Stage::NotStarted;
}

PublishJob::Stage toJobStage(PublishCheckpoint::Stage stage)
{
    switch (stage) {
    case PublishCheckpoint::Stage::NotStarted: return PublishJob::Stage::NotStarted;
    case PublishCheckpoint::Stage::Uploading: return PublishJob::Stage::Uploading;
    case PublishCheckpoint::Stage::Processing: return PublishJob::Stage::Processing;
    case PublishCheckpoint::Stage::Published: return PublishJob::Stage::Published;
    case PublishCheckpoint::Stage::Failed: return PublishJob::Stage::Failed;
    }
    return PublishJob::Stage::NotStarted;
}

} // namespace

PublishCheckpoint toCheckpoint(const PublishJob &job)
{
    PublishCheckpoint cp;
    cp.stage = toCheckpointStage(job.stage);
    cp.uploadUrl = job.uploadSessionUri;
    cp.uploadOffset = job.uploadOffset;
    cp.publishId = job.publishId;
    cp.containerId = job.containerId;
    cp.remotePostId = job.remotePostId;
    cp.uploadUrlExpiresAt = job.uploadUrlExpiresAt;
    return cp;
}

void apply(PublishJob &job, const PublishCheckpoint &checkpoint)
{
    job.stage = toJobStage(checkpoint.stage);
    job.uploadSessionUri = checkpoint.uploadUrl;
    job.uploadOffset = checkpoint.uploadOffset;
    job.publishId = checkpoint.publishId;
    job.containerId = checkpoint.containerId;
    job.remotePostId = checkpoint.remotePostId;
    job.uploadUrlExpiresAt = checkpoint.uploadUrlExpiresAt;
    if (job.stage != PublishJob::Stage::Failed)
        job.state = runningState(job.stage);
}

PublishJob::State runningState(PublishJob::Stage stage)
{
    switch (stage) {
    case PublishJob::Stage::NotStarted:
    case PublishJob::Stage::Failed: // a retry after a platform failure starts over
        return PublishJob::State::Queued;
    case PublishJob::Stage::Uploading: return PublishJob::State::Uploading;
    case PublishJob::Stage::Processing: return PublishJob::State::Processing;
    case PublishJob::Stage::Published: return PublishJob::State::Published;
    }
    return PublishJob::State::Queued;
}

void startOver(PublishJob &job)
{
    job.stage = PublishJob::Stage::NotStarted;
    job.uploadSessionUri.clear();
    job.uploadOffset = 0;
    job.publishId.clear();
    job.containerId.clear();
    job.remotePostId.clear();
    job.uploadUrlExpiresAt = QDateTime();
}

} // namespace travelflow::jobcheckpoint
