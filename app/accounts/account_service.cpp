#include "account_service.h"

#include "common/oauth_loopback.h"
#include "core/logging.h"
#include "platform_auth_factory.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"
#include "storage/database.h"

#include <QNetworkAccessManager>

namespace travelflow {

namespace {

const QString kAccessToken = QStringLiteral("access_token");
const QString kRefreshToken = QStringLiteral("refresh_token");
const QString kPageToken = QStringLiteral("page_access_token");

} // namespace

AccountService::AccountService(Database &database, SecretStore &secrets, QNetworkAccessManager *nam,
                               EndpointTable endpoints, QObject *parent)
    : QObject(parent), m_database(database), m_secrets(secrets), m_nam(nam),
      m_endpoints(std::move(endpoints)), m_credentials(database, secrets)
{ }

AccountService::~AccountService()
{
    cancelConnect();
}

QString AccountService::secretKey(qint64 accountId, const QString &kind) const
{
    return SecretStore::accountKey(m_database.profileId(), accountId, kind);
}

void AccountService::beginConnect(Platform platform, const std::function<void(Expected<QUrl>)> &done)
{
    if (m_listener || m_platform) {
        return done(Error::make(Error::Kind::Usage, QStringLiteral("connect_in_progress"),
                                tr("Another account is being connected. Finish or cancel that first.")));
    }
    m_platform = platform;
    const quint64 attempt = ++m_attemptSerial;
    m_credentials.resolve(
        platform, this, [this, platform, done, attempt](const Expected<AppCredentials> &credentials) {
            if (attempt != m_attemptSerial) {
                return done(Error::make(Error::Kind::Usage, QStringLiteral("connect_cancelled"),
                                        tr("Connecting was cancelled.")));
            }
            if (!credentials) {
                m_platform.reset();
                return done(credentials.error());
            }
            m_auth = createPlatformAuth(platform, m_nam, m_endpoints, *credentials);
            auto *listener = new OAuthLoopbackListener(this);
            QString error;
            if (!listener->listen(0, &error)) {
                delete listener;
                m_auth.reset();
                m_platform.reset();
                return done(Error::make(Error::Kind::Io, QStringLiteral("loopback_failed"), error));
            }
            m_listener = listener;
            m_attempt = m_auth->begin(listener->redirectUri());
            listener->expectState(m_attempt.state);
            connect(listener, &OAuthLoopbackListener::finished, this, &AccountService::onCallback);
            qCInfo(lcCore) << "connect started for" << platformName(platform);
            done(m_attempt.authorizationUrl);
        });
}

void AccountService::completeWithPastedAddress(const QString &address)
{
    if (!m_listener)
        return;
    const OAuthCallback callback
        = OAuthLoopbackListener::parseRedirect(address, m_attempt.state, m_attempt.redirectUri);
    m_listener->cancel();
    m_listener->deleteLater();
    onCallback(callback);
}

void AccountService::cancelConnect()
{
    ++m_attemptSerial; // an attempt still resolving its credentials must not go on
    if (m_listener) {
        m_listener->cancel();
        m_listener->deleteLater();
        m_listener.clear(); // a new attempt may start before the old listener is gone
    }
    m_auth.reset();
    m_platform.reset();
}

void AccountService::onCallback(const OAuthCallback &callback)
{
    if (m_listener)
        m_listener->deleteLater();
    if (!m_auth)
        return;
    m_auth->exchange(m_attempt, callback, this, [this](const PlatformOutcome<OAuthTokens> &tokens) {
        if (!tokens.ok())
            return fail(fromPlatform(*tokens.error));
        m_auth->identify(*tokens.value, this,
                         [this, t = *tokens.value](const PlatformOutcome<AccountIdentity> &who) {
                             if (!who.ok())
                                 return fail(fromPlatform(*who.error));
                             storeConnection(t, *who.value);
                         });
    });
}

void AccountService::storeConnection(const OAuthTokens &tokens, const AccountIdentity &identity)
{
    AccountRepository accounts(m_database.connection());
    Account account;
    account.platform = *m_platform;
    account.remoteId = identity.remoteId;
    account.displayName = identity.displayName;
    account.status = Account::Status::Connected;
    account.scopes = tokens.scopes.join(QLatin1Char(' '));
    account.tokenExpiresAt = tokens.accessExpiresAt;
    const auto existing = accounts.list();
    bool isNew = true;
    if (existing) {
        for (const Account &a : *existing)
            isNew = isNew && !(a.platform == account.platform && a.remoteId == account.remoteId);
    }
    const auto id = accounts.upsert(account);
    if (!id)
        return fail(id.error());
    account.id = *id;

    QList<std::pair<QString, QString>> secrets{{secretKey(*id, kAccessToken), tokens.accessToken}};
    if (!tokens.refreshToken.isEmpty())
        secrets.append({secretKey(*id, kRefreshToken), tokens.refreshToken});
    const QString pageToken = identity.details.value(kPageToken).toString();
    if (!pageToken.isEmpty())
        secrets.append({secretKey(*id, kPageToken), pageToken});

    writeSecrets(secrets, [this, account, isNew](const Status &st) {
        AccountRepository repo(m_database.connection());
        if (!st) {
            // No tokens, no connection: never leave an account that looks connected.
            if (isNew)
                repo.remove(account.id);
            else
                repo.setStatus(account.id, Account::Status::NeedsReconnect, st.error().message);
            return fail(st.error());
        }
        qCInfo(lcCore) << "account" << account.id << "connected on" << platformName(account.platform);
        m_auth.reset();
        m_platform.reset();
        const auto saved = repo.get(account.id);
        Q_EMIT connected(saved && saved->has_value() ? **saved : account);
    });
}

void AccountService::writeSecrets(QList<std::pair<QString, QString>> pending,
                                  const std::function<void(Status)> &done)
{
    if (pending.isEmpty())
        return done(Status());
    const auto [key, value] = pending.takeFirst();
    m_secrets.write(key, value, this, [this, pending, done](const Status &st) {
        if (!st)
            return done(st);
        writeSecrets(pending, done);
    });
}

Expected<QList<Account>> AccountService::accounts() const
{
    return AccountRepository(m_database.connection()).list();
}

void AccountService::disconnectAccount(qint64 accountId, const std::function<void(Status, QString)> &done)
{
    const auto account = AccountRepository(m_database.connection()).get(accountId);
    if (!account)
        return done(account.error(), {});
    if (!account->has_value()) {
        return done(Error::make(Error::Kind::NotFound, QStringLiteral("account_not_found"),
                                tr("There is no account %1. See 'accounts list'.").arg(accountId)),
                    {});
    }
    const Account a = **account;
    const auto forget = [this, a, done](const QString &warning) {
        // Keychain entries first, then the rows (the cascade removes its posts and inbox).
        const QList<QString> kinds{kAccessToken, kRefreshToken, kPageToken};
        auto remaining = std::make_shared<int>(static_cast<int>(kinds.size()));
        auto firstError = std::make_shared<std::optional<Error>>();
        for (const QString &kind : kinds) {
            m_secrets.remove(
                secretKey(a.id, kind), this,
                [this, a, done, warning, remaining, firstError](const Status &st) {
                    if (!st && !*firstError)
                        *firstError = st.error();
                    if (--*remaining > 0)
                        return;
                    if (*firstError)
                        return done(**firstError, warning); // keep the row: the user can try again
                    const Status removed = AccountRepository(m_database.connection()).remove(a.id);
                    qCInfo(lcCore) << "account" << a.id << "disconnected";
                    done(removed, warning);
                });
        }
    };

    m_credentials.resolve(a.platform, this, [this, a, forget](const Expected<AppCredentials> &credentials) {
        std::shared_ptr<PlatformAuth> auth = credentials
            ? std::shared_ptr<PlatformAuth>(createPlatformAuth(a.platform, m_nam, m_endpoints, *credentials))
            : nullptr;
        if (!auth) {
            return forget(
                tr("TravelFlow could not revoke its access at %1 (not configured); remove it in your %1 "
                   "account's security settings.")
                    .arg(PlatformError::displayName(platformName(a.platform))));
        }
        revokeThenForget(a, auth, forget);
    });
}

void AccountService::deletionSummary(qint64 accountId, QObject *context,
                                     const std::function<void(Expected<AccountDeletionSummary>)> &done)
{
    QPointer<QObject> guard(context);
    const auto deliver = [guard, done](const Expected<AccountDeletionSummary> &result) {
        if (guard)
            done(result);
    };
    const auto rows = AccountRepository(m_database.connection()).deletionSummary(accountId);
    if (!rows) {
        const Error &error = rows.error();
        QMetaObject::invokeMethod(
            this, [deliver, error] { deliver(error); }, Qt::QueuedConnection);
        return;
    }
    const QList<QString> kinds{kAccessToken, kRefreshToken, kPageToken};
    auto summary = std::make_shared<AccountDeletionSummary>(*rows);
    auto remaining = std::make_shared<int>(static_cast<int>(kinds.size()));
    auto failure = std::make_shared<std::optional<Error>>();
    for (const QString &kind : kinds) {
        m_secrets.read(secretKey(accountId, kind), this,
                       [deliver, summary, remaining, failure](const Expected<QString> &secret) {
                           if (secret)
                               ++summary->keychainEntries;
                           else if (secret.error().kind != Error::Kind::NotFound && !*failure)
                               *failure = secret.error();
                           if (--*remaining > 0)
                               return;
                           if (*failure)
                               return deliver(**failure);
                           deliver(*summary);
                       });
    }
}

void AccountService::revokeThenForget(const Account &a, const std::shared_ptr<PlatformAuth> &auth,
                                      const std::function<void(const QString &)> &forget)
{
    // Read the tokens to revoke them; a missing token means there is nothing to revoke.
    m_secrets.read(
        secretKey(a.id, kRefreshToken), this, [this, a, auth, forget](const Expected<QString> &refresh) {
            m_secrets.read(
                secretKey(a.id, kAccessToken), this,
                [this, a, auth, forget, refresh](const Expected<QString> &access) {
                    OAuthTokens tokens;
                    tokens.refreshToken = refresh ? *refresh : QString();
                    tokens.accessToken = access ? *access : QString();
                    if (tokens.refreshToken.isEmpty() && tokens.accessToken.isEmpty())
                        return forget(QString());
                    auth->revoke(tokens, this, [auth, forget, a](const std::optional<PlatformError> &e) {
                        forget(e ? tr("%1 did not confirm that TravelFlow's access was revoked (%2); "
                                      "remove it in your %1 account's security settings.")
                                       .arg(PlatformError::displayName(platformName(a.platform)), e->message)
                                 : QString());
                    });
                });
        });
}

void AccountService::fail(const Error &error)
{
    qCInfo(lcCore) << "connect failed:" << error.code;
    m_auth.reset();
    m_platform.reset();
    Q_EMIT connectFailed(error);
}

Error AccountService::fromPlatform(const PlatformError &error)
{
    return Error::make(Error::Kind::Internal,
                       error.code.isEmpty() ? PlatformError::kindName(error.kind) : error.code,
                       error.message);
}

} // namespace travelflow
