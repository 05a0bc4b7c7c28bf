#include "platform_post_url.h"

#include <QUrlQuery>

namespace travelflow {

QUrl platformPostUrl(Platform platform, const QString &remotePostId, const QString &permalink,
                     const QString &accountName)
{
    QUrl stored(permalink, QUrl::StrictMode);
    if (!permalink.isEmpty() && stored.isValid() && stored.scheme() == QLatin1String("https"))
        return stored;
    switch (platform) {
    case Platform::YouTube: {
        if (remotePostId.isEmpty())
            return QUrl(QStringLiteral("https://studio.youtube.com/"));
        QUrl url(QStringLiteral("https://www.youtube.com/watch"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("v"), remotePostId);
        url.setQuery(query);
        return url;
    }
    case Platform::Instagram: {
        // The account's display name is its username there (see InstagramAuth).
        const bool username = !accountName.isEmpty() && !accountName.contains(QLatin1Char(' '))
            && !accountName.contains(QLatin1Char('/'));
        return QUrl(username ? QStringLiteral("https://www.instagram.com/%1/").arg(accountName)
                             : QStringLiteral("https://www.instagram.com/"));
    }
    case Platform::TikTok: return QUrl(QStringLiteral("https://www.tiktok.com/profile"));
    }
    return {};
}

} // namespace travelflow
