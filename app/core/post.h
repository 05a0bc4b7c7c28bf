#pragma once

#include "platform.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace travelflow {

// One caption variant of a post for one account on one platform.
struct PostTarget
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 accountId = 0;
    Platform platform = Platform::TikTok;
    QString title;
    QString caption;
    QStringList tags;
    QString privacy;
    QString optionsJson = QStringLiteral("{}"); // platform-specific switches (TikTok duet, ...)
    QDateTime scheduledAt; // invalid = publish now
    QString scheduleTimeZone; // IANA id the user picked, e.g. "Europe/Moscow"
};

// A video plus its caption variants.
struct Post
{
    qint64 id = 0;
    qint64 videoId = 0;
    QList<PostTarget> targets;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace travelflow
