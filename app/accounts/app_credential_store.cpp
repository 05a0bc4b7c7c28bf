#include "app_credential_store.h"

#include "common/platform_error.h"
#include "secrets/secret_store.h"
#include "storage/database.h"

#include <QPointer>

namespace travelflow {

AppCredentialStore::AppCredentialStore(Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_database(database), m_secrets(secrets)
{ }

QString AppCredentialStore::key(Platform platform, const char *kind) const
{
    return SecretStore::appCredentialKey(m_database.profileId(), platformName(platform), QLatin1String(kind));
}

Error AppCredentialStore::notConfigured(Platform platform)
{
    const QString name = platformName(platform);
    return Error::make(
        Error::Kind::Validation, QStringLiteral("platform_not_configured"),
        tr("%1 is not configured: TravelFlow needs your own %1 developer app's client id and secret. "
           "Set %2 and %3, or store them with 'travelflow-cli credentials set %4' (or in Settings), "
           "or try the app with --sandbox.")
            .arg(PlatformError::displayName(name), AppCredentials::idVariable(name),
                 AppCredentials::secretVariable(name), name));
}

void AppCredentialStore::resolve(Platform platform, QObject *context,
                                 const std::function<void(Expected<AppCredentials>)> &done)
{
    QPointer<QObject> guard(context);
    const auto deliver = [guard, done](const Expected<AppCredentials> &result) {
        if (guard)
            done(result);
    };
    const AppCredentials fromEnvironment = AppCredentials::fromEnvironment(platformName(platform));
    if (fromEnvironment.isConfigured()) {
        QMetaObject::invokeMethod(
            this, [deliver, fromEnvironment] { deliver(fromEnvironment); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.read(key(platform, "client_id"), this, [=, this](const Expected<QString> &id) {
        m_secrets.read(key(platform, "client_secret"), this, [=](const Expected<QString> &secret) {
            if (id && secret && !id->isEmpty() && !secret->isEmpty())
                return deliver(AppCredentials{*id, *secret, AppCredentials::Source::Settings});
            // A keychain that cannot be read is worth saying; a missing entry is not.
            for (const auto *r : {&id, &secret}) {
                if (!*r && r->error().kind == Error::Kind::Keychain)
                    return deliver(r->error());
            }
            const AppCredentials baked = AppCredentials::buildDefault(platformName(platform));
            if (baked.isConfigured())
                return deliver(baked);
            deliver(notConfigured(platform));
        });
    });
}

void AppCredentialStore::readSaved(Platform platform, QObject *context,
                                   const std::function<void(Expected<AppCredentials>)> &done)
{
    QPointer<QObject> guard(context);
    m_secrets.read(key(platform, "client_id"), this, [=, this](const Expected<QString> &id) {
        m_secrets.read(key(platform, "client_secret"), this, [=](const Expected<QString> &secret) {
            if (!guard)
                return;
            for (const auto *r : {&id, &secret}) {
                if (!*r && r->error().kind != Error::Kind::NotFound)
                    return done(r->error());
            }
            if (id && secret && !id->isEmpty() && !secret->isEmpty())
                return done(AppCredentials{*id, *secret, AppCredentials::Source::Settings});
            done(AppCredentials{});
        });
    });
}

bool AppCredentialStore::isSetByEnvironment(Platform platform)
{
    return AppCredentials::fromEnvironment(platformName(platform)).isConfigured();
}

void AppCredentialStore::save(Platform platform, const QString &clientId, const QString &clientSecret,
                              QObject *context, const std::function<void(Status)> &done)
{
    QPointer<QObject> guard(context);
    m_secrets.write(key(platform, "client_id"), clientId, this, [=, this](const Status &st) {
        if (!st) {
            if (guard)
                done(st);
            return;
        }
        m_secrets.write(key(platform, "client_secret"), clientSecret, this, [=](const Status &saved) {
            if (guard)
                done(saved);
        });
    });
}

void AppCredentialStore::remove(Platform platform, QObject *context, const std::function<void(Status)> &done)
{
    QPointer<QObject> guard(context);
    m_secrets.remove(key(platform, "client_id"), this, [=, this](const Status &st) {
        m_secrets.remove(key(platform, "client_secret"), this, [=](const Status &st2) {
            if (guard)
                done(!st ? st : st2);
        });
    });
}

} // namespace travelflow
