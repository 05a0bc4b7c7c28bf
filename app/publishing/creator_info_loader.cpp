#include "creator_info_loader.h"

#include "accounts/account_tokens.h"
#include "common/platform_error.h"

#include <QPointer>

#include <memory>

namespace travelflow {

CreatorInfoLoader::CreatorInfoLoader(AccountTokens &tokens, QNetworkAccessManager *nam,
                                     EndpointTable endpoints, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_nam(nam), m_endpoints(std::move(endpoints))
{ }

void CreatorInfoLoader::load(qint64 accountId, QObject *context, const Done &done)
{
    const QPointer<QObject> guard(context);
    m_tokens.get(accountId, context, [this, guard, done](const Expected<OAuthTokens> &tokens) {
        if (!guard)
            return;
        if (!tokens)
            return done(tokens.error());
        // The publisher must live until its answer arrives; the callback keeps it.
        auto publisher = std::make_shared<TikTokPublisher>(m_nam, m_endpoints);
        publisher->creatorInfo(
            *tokens, guard.data(), [publisher, done](const PlatformOutcome<TikTokCreatorInfo> &info) {
                if (info.ok())
                    return done(*info.value);
                done(Error::make(Error::Kind::Internal, QStringLiteral("tiktok.creator_info"),
                                 QCoreApplication::translate("CreatorInfoLoader",
                                                             "TikTok did not send this account's "
                                                             "posting options: %1 Check the connection "
                                                             "and try again.")
                                     .arg(info.error->message)));
            });
    });
}

} // namespace travelflow
