#pragma once

#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "common/network_job.h"
#include "common/platform_auth.h"

#include <QCoreApplication>

class QNetworkAccessManager;

namespace travelflow {

// TikTok Login Kit for Desktop: loopback redirect, PKCE whose S256 challenge is written as
// lower-case hex (not base64url), comma-separated scopes. TikTok rotates refresh tokens:
// every refresh returns a new one and the old one stops working, so the new tokens must
// always replace the stored ones.
class TikTokAuth : public PlatformAuth
{
    Q_DECLARE_TR_FUNCTIONS(TikTokAuth)

public:
    static const QStringList &scopes();

    TikTokAuth(QNetworkAccessManager *nam, EndpointTable endpoints, AppCredentials credentials);

    QString platform() const override { return QStringLiteral("tiktok"); }
    AuthorizationAttempt begin(const QUrl &redirectUri) const override;
    void exchange(const AuthorizationAttempt &attempt, const OAuthCallback &callback, QObject *context,
                  TokensCallback done) override;
    void refresh(const OAuthTokens &tokens, QObject *context, TokensCallback done) override;
    void revoke(const OAuthTokens &tokens, QObject *context, DoneCallback done) override;
    void identify(const OAuthTokens &tokens, QObject *context, IdentityCallback done) override;

    // TikTok's error bodies as typed errors: the flat OAuth form ({"error": "invalid_grant",
    // "error_description": ...}) of the token and revoke endpoints, and the v2 envelope
    // ({"data": {...}, "error": {"code", "message", "log_id"}}) of the API. The envelope
    // code "ok" is success; any other code is an error even in an HTTP 200, so this is
    // also applied to successful answers.
    static std::optional<PlatformError> mapError(const NetworkResult &result);

private:
    void postToken(const QUrlQuery &form, const OAuthTokens *previous, QObject *context,
                   const TokensCallback &done);

    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    AppCredentials m_credentials;
};

} // namespace travelflow
