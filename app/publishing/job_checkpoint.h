#pragma once

#include "common/platform_publisher.h"
#include "core/publish_job.h"

namespace travelflow {

// The two-way mapping between a persisted job and the adapters' checkpoint: what a
// restart hands back to the platform adapter, and what each checkpoint writes to SQLite.
namespace jobcheckpoint {

PublishCheckpoint toCheckpoint(const PublishJob &job);
// Copies the checkpoint's stage and remote ids into the job and sets the state that the
// stage stands for (uploading, processing, published; queued before anything started).
void apply(PublishJob &job, const PublishCheckpoint &checkpoint);
// The running state of a stage: NotStarted -> queued, Uploading -> uploading, ...
PublishJob::State runningState(PublishJob::Stage stage);
// Forgets the platform's session and ids: the next run publishes from the start.
void startOver(PublishJob &job);

} // namespace jobcheckpoint

} // namespace travelflow
