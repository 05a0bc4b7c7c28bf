#include "publish_spec_builder.h"

#include <QJsonDocument>

namespace travelflow::PublishSpecBuilder {

QString mimeTypeFor(const Video &video)
{
    if (video.container == QLatin1String("mov"))
        return QStringLiteral("video/quicktime");
    if (video.container == QLatin1String("webm") || video.container == QLatin1String("matroska"))
        return QStringLiteral("video/webm");
    return QStringLiteral("video/mp4");
}

bool usesNativeSchedule(const PostTarget &target)
{
    return target.platform == Platform::YouTube && target.scheduledAt.isValid()
        && target.privacy == QLatin1String("public");
}

bool waitsInQueue(const PostTarget &target, const QDateTime &now)
{
    if (!target.scheduledAt.isValid() || target.scheduledAt <= now)
        return false;
    return !usesNativeSchedule(target) || now.secsTo(target.scheduledAt) < kMinPublishAtLeadSeconds;
}

PublishSpec build(const Video &video, const PostTarget &target, const QDateTime &now)
{
    PublishSpec spec;
    spec.filePath = video.path;
    spec.fileSize = video.sizeBytes;
    spec.mimeType = mimeTypeFor(video);
    spec.caption.title = target.title;
    spec.caption.caption = target.caption;
    spec.caption.tags = target.tags;
    spec.caption.privacy = target.privacy;
    spec.options = QJsonDocument::fromJson(target.optionsJson.toUtf8()).object();
    if (usesNativeSchedule(target) && now.secsTo(target.scheduledAt) >= kMinPublishAtLeadSeconds) {
        // The API takes publishAt only with privacyStatus "private"; YouTube flips it public then.
        spec.caption.publishAt = target.scheduledAt.toUTC();
        spec.caption.privacy = QStringLiteral("private");
    }
    return spec;
}

} // namespace travelflow::PublishSpecBuilder
