#pragma once

#include "app_credential_store.h"
#include "common/endpoint_table.h"
#include "common/platform_auth.h"
#include "core/expected.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace travelflow {

class Database;
class SecretStore;

// Hands out an account's tokens, refreshed ahead of expiry. A refreshed access token
// (and a rotated refresh token) is saved to the keychain before it is handed out. A
// refresh the platform refuses marks the account "needs reconnect" with the reason;
// callers (the queue) then wait instead of failing the work.
class AccountTokens : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Callback = std::function<void(const Expected<OAuthTokens> &)>;

    static constexpr int kRefreshAheadSeconds = 300;

    AccountTokens(Database &database, SecretStore &secrets, QNetworkAccessManager *nam,
                  EndpointTable endpoints, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Valid tokens for `accountId` (refreshing first when they expire within 5 minutes).
    void get(qint64 accountId, QObject *context, const Callback &done);
    // Refreshes now (after a 401), whatever the expiry says.
    void refresh(qint64 accountId, QObject *context, const Callback &done);

private:
    void load(qint64 accountId, bool forceRefresh, QObject *context, const Callback &done);
    void save(qint64 accountId, const OAuthTokens &tokens, const std::function<void(Status)> &done);

    Database &m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    AppCredentialStore m_credentials;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace travelflow
