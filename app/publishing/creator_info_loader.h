#pragma once

#include "common/endpoint_table.h"
#include "core/expected.h"
#include "tiktok/tiktok_publisher.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace travelflow {

class AccountTokens;

// TikTok's creator_info for the compose screen: who the post goes to (nickname), which
// privacy levels the creator may choose, what they disabled (comments, duets, stitches)
// and the longest video they may post. TikTok's Direct Post rules want it fresh each time
// the posting screen opens, so nothing is cached here.
class CreatorInfoLoader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Expected<TikTokCreatorInfo> &)>;

    CreatorInfoLoader(AccountTokens &tokens, QNetworkAccessManager *nam, EndpointTable endpoints,
                      QObject *parent = nullptr);

    // Gets fresh tokens for the TikTok account `accountId` and asks TikTok. `done` runs once,
    // later, on `context`'s thread, unless `context` is gone by then. Errors say what went
    // wrong and what to do (code "tiktok.creator_info" or the token error's code).
    void load(qint64 accountId, QObject *context, const Done &done);

private:
    AccountTokens &m_tokens;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
};

} // namespace travelflow
