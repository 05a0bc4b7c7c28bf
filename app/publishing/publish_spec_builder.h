#pragma once

#include "common/platform_publisher.h"
#include "core/post.h"
#include "core/video.h"

#include <QDateTime>

namespace travelflow {

// What an adapter is asked to publish for one target of a post.
namespace PublishSpecBuilder {

// YouTube publishes natively at the scheduled time (uploaded now as private with
// publishAt) as long as that time is still ahead by kMinPublishAtLeadSeconds; a time that
// passed while the app was closed goes out at once with the chosen privacy.
constexpr qint64 kMinPublishAtLeadSeconds = 120;

// YouTube's publishAt makes a private video public at that time, so only a scheduled
// public YouTube post uses it; every other scheduled target waits in the queue.
bool usesNativeSchedule(const PostTarget &target);
// Whether the target waits in the queue until its scheduled time: every target scheduled
// for later, except a YouTube one that can still be uploaded now with publishAt.
bool waitsInQueue(const PostTarget &target, const QDateTime &now);
PublishSpec build(const Video &video, const PostTarget &target, const QDateTime &now);
QString mimeTypeFor(const Video &video);

} // namespace PublishSpecBuilder

} // namespace travelflow
