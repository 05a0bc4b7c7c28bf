#pragma once

#include "app_credential_store.h"
#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "common/platform_auth.h"
#include "core/account.h"
#include "core/expected.h"
#include "storage/account_repository.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace travelflow {

class Database;
class OAuthLoopbackListener;
class SecretStore;

// Connects, lists and disconnects platform accounts over the same objects for the GUI and
// the CLI. Tokens go to the SecretStore and nowhere else; the database keeps who the
// account is, its state and when its token expires. Disconnecting revokes the grant at
// the platform, deletes the keychain entries, then the account and everything stored
// for it.
class AccountService : public QObject
{
    Q_OBJECT

public:
    AccountService(Database &database, SecretStore &secrets, QNetworkAccessManager *nam,
                   EndpointTable endpoints, QObject *parent = nullptr);
    ~AccountService() override;

    AppCredentialStore &credentials() { return m_credentials; }

    // Starts connecting: resolves the app credentials, listens on 127.0.0.1 and hands back
    // the address to open in a browser. The outcome arrives as connected() or
    // connectFailed(). One at a time.
    void beginConnect(Platform platform, const std::function<void(Expected<QUrl>)> &done);
    // The "paste the address you were sent to" fallback for the running attempt.
    void completeWithPastedAddress(const QString &address);
    void cancelConnect();

    Expected<QList<Account>> accounts() const;
    void disconnectAccount(qint64 accountId, const std::function<void(Status, QString warning)> &done);
    // What disconnectAccount() would delete: the stored rows and the keychain entries
    // that exist. Calls back later (the keychain answers asynchronously) while `context` lives.
    void deletionSummary(qint64 accountId, QObject *context,
                         const std::function<void(Expected<AccountDeletionSummary>)> &done);

    // Keychain keys of an account's secrets.
    QString secretKey(qint64 accountId, const QString &kind) const;

Q_SIGNALS:
    void connected(const travelflow::Account &account);
    void connectFailed(const travelflow::Error &error);

private:
    void onCallback(const OAuthCallback &callback);
    void storeConnection(const OAuthTokens &tokens, const AccountIdentity &identity);
    void revokeThenForget(const Account &a, const std::shared_ptr<PlatformAuth> &auth,
                          const std::function<void(const QString &)> &forget);
    void writeSecrets(QList<std::pair<QString, QString>> pending, const std::function<void(Status)> &done);
    void fail(const Error &error);
    static Error fromPlatform(const PlatformError &error);

    Database &m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    AppCredentialStore m_credentials;

    // The running connect attempt.
    std::unique_ptr<PlatformAuth> m_auth;
    std::optional<Platform> m_platform;
    AuthorizationAttempt m_attempt;
    QPointer<OAuthLoopbackListener> m_listener;
    quint64 m_attemptSerial = 0;
};

} // namespace travelflow

Q_DECLARE_METATYPE(travelflow::Account)
Q_DECLARE_METATYPE(travelflow::Error)
