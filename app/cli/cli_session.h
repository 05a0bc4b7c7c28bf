#pragma once

#include "accounts/account_tokens.h"
#include "common/endpoint_table.h"
#include "core/expected.h"
#include "secrets/secret_store.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>

namespace travelflow {

// What a CLI command that talks to the platforms needs, set up once: the profile
// database, the endpoints (--endpoints / TRAVELFLOW_ENDPOINTS), the keychain, the network
// and the accounts' tokens. Members are destroyed in reverse order (tokens before the
// database they use).
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    // Errors: a bad endpoints file (Usage, exit 2) or a profile that cannot be opened.
    static Expected<std::unique_ptr<CliSession>> open(std::unique_ptr<Database> database,
                                                      const QString &endpointsFile);

    Database &database() { return *m_database; }
    const EndpointTable &endpoints() const { return m_endpoints; }
    QNetworkAccessManager *nam() { return &m_nam; }
    AccountTokens &tokens() { return *m_tokens; }
    SecretStore &secrets() { return m_secrets; }

private:
    CliSession(std::unique_ptr<Database> database, EndpointTable endpoints);

    std::unique_ptr<Database> m_database;
    EndpointTable m_endpoints;
    SecretStore m_secrets;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AccountTokens> m_tokens;
};

} // namespace travelflow
