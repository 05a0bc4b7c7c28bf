#pragma once

#include "core/platform.h"

#include <QString>
#include <QUrl>

namespace travelflow {

// Where "Open on the platform" goes for a published post: the permalink the platform gave
// when known, YouTube's watch page for its video id, otherwise the account's profile (an
// Instagram username) or the platform's own profile page (TikTok's /profile opens the
// signed-in account). Never empty.
QUrl platformPostUrl(Platform platform, const QString &remotePostId, const QString &permalink,
                     const QString &accountName);

} // namespace travelflow
