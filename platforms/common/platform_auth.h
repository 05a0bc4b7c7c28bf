#pragma once

#include "oauth_loopback.h"
#include "platform_error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace travelflow {

// A value from a platform, or why there is none.
template<typename T>
struct PlatformOutcome
{
    std::optional<T> value;
    std::optional<PlatformError> error;

    bool ok() const { return value.has_value(); }
    static PlatformOutcome success(T v) { return {std::move(v), std::nullopt}; }
    static PlatformOutcome failure(PlatformError e) { return {std::nullopt, std::move(e)}; }
};

// The tokens of one connected account. They go to SecretStore and nowhere else.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt; // invalid = the platform did not say
    QStringList scopes;
    QString subject; // the platform's user id when the token answer carries it (TikTok open_id)
};

// One connect attempt: the address to open in the browser and what must come back.
struct AuthorizationAttempt
{
    QUrl authorizationUrl;
    QUrl redirectUri;
    QString state;
    QString verifier; // PKCE; empty for platforms without it
    QStringList scopes;
};

// Who connected.
struct AccountIdentity
{
    QString remoteId;
    QString displayName;
    QJsonObject details; // platform extras (e.g. Instagram Page and business account ids)
};

// The OAuth side of a platform: connect, refresh, revoke, identify. Asynchronous; each
// callback runs on the caller's thread once, unless `context` is gone by then.
class PlatformAuth
{
public:
    using TokensCallback = std::function<void(const PlatformOutcome<OAuthTokens> &)>;
    using IdentityCallback = std::function<void(const PlatformOutcome<AccountIdentity> &)>;
    using DoneCallback = std::function<void(const std::optional<PlatformError> &)>;

    virtual ~PlatformAuth() = default;

    virtual QString platform() const = 0;
    // A fresh state and PKCE verifier every time.
    virtual AuthorizationAttempt begin(const QUrl &redirectUri) const = 0;
    virtual void exchange(const AuthorizationAttempt &attempt, const OAuthCallback &callback,
                          QObject *context, TokensCallback done)
        = 0;
    // The new tokens; a platform that does not rotate keeps the old refresh token in them.
    virtual void refresh(const OAuthTokens &tokens, QObject *context, TokensCallback done) = 0;
    virtual void revoke(const OAuthTokens &tokens, QObject *context, DoneCallback done) = 0;
    virtual void identify(const OAuthTokens &tokens, QObject *context, IdentityCallback done) = 0;
};

} // namespace travelflow
