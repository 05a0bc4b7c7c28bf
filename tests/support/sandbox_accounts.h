#pragma once

#include "common/app_credentials.h"
#include "common/endpoint_table.h"
#include "common/platform_auth.h"
#include "core/account.h"
#include "core/platform.h"

#include <optional>
#include <QHash>
#include <QString>

class QNetworkAccessManager;

namespace travelflow {
class AccountTokens;
class Database;
class SecretStore;
namespace sandbox {
class SandboxServer;
}
} // namespace travelflow

namespace travelflow::test {

// Puts the simulator's default client of every platform (SandboxServer::defaultClient) in
// this process's environment, where the app looks for its credentials.
void setSandboxClientEnvironment();

// The simulator's default client of `platform` as credentials from the environment.
AppCredentials sandboxCredentials(const QString &platform);

// Writes the simulator's endpoints to `dir`/endpoints.json. Returns the file's path, or an
// empty string (with a warning) when it could not be written.
QString writeEndpointsFile(const sandbox::SandboxServer &server, const QString &dir);

// writeEndpointsFile() read back as the app reads it; nullopt with `error` set.
std::optional<EndpointTable> sandboxEndpointTable(const sandbox::SandboxServer &server, const QString &dir,
                                                  QString *error);

// Connects an account in-process: AccountService starts the connect and a test::HttpClient
// plays the browser. nullopt (with a warning) when the connect did not start or finish.
std::optional<Account> connectSandboxAccount(Database &db, SecretStore &secrets, QNetworkAccessManager *nam,
                                             const EndpointTable &endpoints, Platform platform);

// Connects a TikTok, an Instagram and a YouTube account to the profile in `dataDir` (opened
// and closed again, so a CLI can take its lock). Platform name -> account id; a platform
// that failed (with a warning) is missing.
QHash<QString, qint64> connectAllSandboxAccounts(const QString &dataDir, const QString &endpointsFile);

// The account's tokens as AccountTokens hands them out (refreshed when due); nullopt when it
// failed or did not answer in 15 s.
std::optional<OAuthTokens> accountTokens(AccountTokens &tokens, qint64 accountId);

} // namespace travelflow::test
