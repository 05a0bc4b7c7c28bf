#pragma once

#include "common/app_credentials.h"
#include "core/expected.h"
#include "core/platform.h"

#include <QObject>

#include <functional>

namespace travelflow {

class Database;
class SecretStore;

// Where a platform's app credentials come from, in this order: the environment
// (automation), Settings (stored in the keychain, secret and id alike), the defaults a
// distributor baked into the build. None: an Error that says how to set them up.
class AppCredentialStore : public QObject
{
    Q_OBJECT

public:
    AppCredentialStore(Database &database, SecretStore &secrets, QObject *parent = nullptr);

    void resolve(Platform platform, QObject *context,
                 const std::function<void(Expected<AppCredentials>)> &done);
    void save(Platform platform, const QString &clientId, const QString &clientSecret, QObject *context,
              const std::function<void(Status)> &done);
    void remove(Platform platform, QObject *context, const std::function<void(Status)> &done);
    // Only what Settings saved in the keychain, whatever the environment says: Source::Settings
    // with both fields, or Source::None (empty fields) when nothing complete is saved.
    void readSaved(Platform platform, QObject *context,
                   const std::function<void(Expected<AppCredentials>)> &done);
    // True when the environment sets the platform's credentials; they then win over Settings.
    static bool isSetByEnvironment(Platform platform);

    static Error notConfigured(Platform platform);

private:
    QString key(Platform platform, const char *kind) const;

    Database &m_database;
    SecretStore &m_secrets;
};

} // namespace travelflow
