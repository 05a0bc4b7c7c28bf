#include "account_tokens.h"

#include "core/logging.h"
#include "platform_auth_factory.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"
#include "storage/database.h"

#include <QPointer>

#include <memory>

namespace travelflow {

namespace {
const QString kAccessToken = QStringLiteral("access_token");
const QString kRefreshToken = QStringLiteral("refresh_token");
} // namespace

AccountTokens::AccountTokens(Database &database, SecretStore &secrets, QNetworkAccessManager *nam,
                             EndpointTable endpoints, QObject *parent)
    : QObject(parent), m_database(database), m_secrets(secrets), m_nam(nam),
      m_endpoints(std::move(endpoints)), m_credentials(database, secrets)
{ }

void AccountTokens::get(qint64 accountId, QObject *context, const Callback &done)
{
    load(accountId, false, context, done);
}

void AccountTokens::refresh(qint64 accountId, QObject *context, const Callback &done)
{
    load(accountId, true, context, done);
}

void AccountTokens::load(qint64 accountId, bool forceRefresh, QObject *context, const Callback &done)
{
    QPointer<QObject> guard(context);
    const auto deliver = [guard, done](const Expected<OAuthTokens> &result) {
        if (guard)
            done(result);
    };
    const auto account = AccountRepository(m_database.connection()).get(accountId);
    if (!account)
        return deliver(account.error());
    if (!account->has_value()) {
        return deliver(Error::make(Error::Kind::NotFound, QStringLiteral("account_not_found"),
                                   tr("Account %1 is not connected.").arg(accountId)));
    }
    const Account a = **account;
    const QString profile = m_database.profileId();
    m_secrets.read(
        SecretStore::accountKey(profile, a.id, kAccessToken), this,
        [=, this](const Expected<QString> &access) {
            if (!access)
                return deliver(access.error());
            m_secrets.read(
                SecretStore::accountKey(profile, a.id, kRefreshToken), this,
                [=, this](const Expected<QString> &refreshToken) {
                    OAuthTokens tokens;
                    tokens.accessToken = *access;
                    tokens.refreshToken = refreshToken ? *refreshToken : QString();
                    tokens.accessExpiresAt = a.tokenExpiresAt;
                    tokens.scopes = a.scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    const bool expiring = !a.tokenExpiresAt.isValid()
                        || a.tokenExpiresAt <= m_clock().addSecs(kRefreshAheadSeconds);
                    if (!forceRefresh && !expiring)
                        return deliver(tokens);

                    m_credentials.resolve(
                        a.platform, this, [=, this](const Expected<AppCredentials> &credentials) {
                            if (!credentials)
                                return deliver(credentials.error());
                            std::shared_ptr<PlatformAuth> auth(
                                createPlatformAuth(a.platform, m_nam, m_endpoints, *credentials));
                            auth->refresh(tokens, this, [=, this](const PlatformOutcome<OAuthTokens> &fresh) {
                                if (!fresh.ok()) {
                                    const PlatformError &e = *fresh.error;
                                    if (e.kind == PlatformError::Kind::AuthExpired
                                        || e.kind == PlatformError::Kind::PermissionMissing) {
                                        // The grant is gone: only the user can fix it; work for this account
                                        // waits.
                                        AccountRepository(m_database.connection())
                                            .setStatus(a.id, Account::Status::NeedsReconnect, e.message);
                                        qCInfo(lcCore) << "account" << a.id << "needs reconnect:" << e.code;
                                        return deliver(Error::make(Error::Kind::Validation,
                                                                   QStringLiteral("needs_reconnect"),
                                                                   e.message));
                                    }
                                    return deliver(Error::make(
                                        Error::Kind::Internal,
                                        e.code.isEmpty() ? PlatformError::kindName(e.kind) : e.code,
                                        e.message));
                                }
                                save(a.id, *fresh.value, [=](const Status &st) {
                                    if (!st)
                                        return deliver(st.error());
                                    qCInfo(lcCore) << "account" << a.id << "tokens refreshed";
                                    deliver(*fresh.value);
                                });
                                Q_UNUSED(auth);
                            });
                        });
                });
        });
}

void AccountTokens::save(qint64 accountId, const OAuthTokens &tokens, const std::function<void(Status)> &done)
{
    const QString profile = m_database.profileId();
    m_secrets.write(SecretStore::accountKey(profile, accountId, kAccessToken), tokens.accessToken, this,
                    [=, this](const Status &st) {
                        if (!st)
                            return done(st);
                        const auto finish = [=, this](const Status &refreshSaved) {
                            if (!refreshSaved)
                                return done(refreshSaved);
                            AccountRepository accounts(m_database.connection());
                            if (auto expiry = accounts.setTokenExpiry(accountId, tokens.accessExpiresAt);
                                !expiry)
                                return done(expiry);
                            done(accounts.setStatus(accountId, Account::Status::Connected));
                        };
                        if (tokens.refreshToken.isEmpty())
                            return finish(Status());
                        // A rotated refresh token replaces the old one, which no longer works.
                        m_secrets.write(SecretStore::accountKey(profile, accountId, kRefreshToken),
                                        tokens.refreshToken, this, finish);
                    });
}

} // namespace travelflow
