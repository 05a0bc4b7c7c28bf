#pragma once

#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "common/network_job.h"
#include "common/platform_auth.h"

#include <QCoreApplication>

class QNetworkAccessManager;

namespace travelflow {

// Instagram through Facebook Login for Business and the Graph API: the user signs in to
// Facebook, and TravelFlow acts for the Instagram professional account linked to one of
// their Pages.
//
// - No PKCE (the attempt's `verifier` stays empty); the state is fresh and random.
// - exchange() trades the code for a short-lived user token and at once for a long-lived
//   one (about 60 days), which it returns. Facebook has no refresh tokens, so
//   `refreshToken` stays empty.
// - refresh() extends the still valid long-lived token by exchanging it again; once it has
//   lapsed or was revoked, it fails with AuthExpired and the account needs a reconnect.
// - identify() answers the linked Instagram business account (remoteId = the ig-user-id,
//   displayName = its username). `details` carries user_id, user_name, page_id,
//   page_name and page_access_token. The Page token is a SECRET (messaging needs it, and
//   it outlives the user token): the caller must move it to the keychain at once and
//   remove it from `details` before the identity is stored, shown or logged anywhere.
// - revoke() removes the app from the Facebook account (DELETE /me/permissions), which
//   ends every token of it, Page tokens included. A token Facebook no longer accepts
//   counts as revoked already.
class InstagramAuth : public PlatformAuth
{
    Q_DECLARE_TR_FUNCTIONS(InstagramAuth)

public:
    static const QStringList &scopes();

    InstagramAuth(QNetworkAccessManager *nam, EndpointTable endpoints, AppCredentials credentials);

    QString platform() const override { return QStringLiteral("instagram"); }
    AuthorizationAttempt begin(const QUrl &redirectUri) const override;
    void exchange(const AuthorizationAttempt &attempt, const OAuthCallback &callback, QObject *context,
                  TokensCallback done) override;
    void refresh(const OAuthTokens &tokens, QObject *context, TokensCallback done) override;
    void revoke(const OAuthTokens &tokens, QObject *context, DoneCallback done) override;
    void identify(const OAuthTokens &tokens, QObject *context, IdentityCallback done) override;

    // Graph error bodies ({"error": {"message", "type", "code", "error_subcode", ...}}) as
    // typed errors. `code` is "<code>" or "<code>/<subcode>", e.g. "190/463". Throttling
    // takes its wait from the usage headers (X-App-Usage, X-Business-Use-Case-Usage:
    // estimated_time_to_regain_access, in minutes), else from Retry-After.
    static std::optional<PlatformError> mapError(const NetworkResult &result);

private:
    // The fb_exchange_token step, shared by exchange() and refresh(); `kept` supplies the
    // scopes and subject the answer does not carry.
    static void extend(QNetworkAccessManager *nam, const EndpointTable &endpoints,
                       const AppCredentials &credentials, const QString &token, const OAuthTokens &kept,
                       QObject *context, const TokensCallback &done);
    static void listPages(QNetworkAccessManager *nam, const EndpointTable &endpoints, const QString &token,
                          const QJsonObject &user, QObject *context, const IdentityCallback &done);

    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    AppCredentials m_credentials;
};

} // namespace travelflow
