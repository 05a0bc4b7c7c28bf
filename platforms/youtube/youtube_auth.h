#pragma once

#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "common/network_job.h"
#include "common/platform_auth.h"

#include <QCoreApplication>

class QNetworkAccessManager;

namespace travelflow {

// YouTube (Google) OAuth for installed apps: loopback redirect, PKCE with a base64url
// challenge, offline access for a refresh token. Google does not rotate refresh tokens:
// a refresh returns a new access token only, and the old refresh token stays valid.
class YouTubeAuth : public PlatformAuth
{
    Q_DECLARE_TR_FUNCTIONS(YouTubeAuth)

public:
    static const QStringList &scopes();

    YouTubeAuth(QNetworkAccessManager *nam, EndpointTable endpoints, AppCredentials credentials);

    QString platform() const override { return QStringLiteral("youtube"); }
    AuthorizationAttempt begin(const QUrl &redirectUri) const override;
    void exchange(const AuthorizationAttempt &attempt, const OAuthCallback &callback, QObject *context,
                  TokensCallback done) override;
    void refresh(const OAuthTokens &tokens, QObject *context, TokensCallback done) override;
    void revoke(const OAuthTokens &tokens, QObject *context, DoneCallback done) override;
    void identify(const OAuthTokens &tokens, QObject *context, IdentityCallback done) override;

    // Google's error bodies ({"error": "invalid_grant"} from the token endpoint,
    // {"error": {"errors": [{"reason": ...}]}} from the Data API) as typed errors.
    static std::optional<PlatformError> mapError(const NetworkResult &result);

private:
    void postToken(const QUrlQuery &form, const OAuthTokens *previous, QObject *context,
                   const TokensCallback &done);

    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    AppCredentials m_credentials;
};

} // namespace travelflow
