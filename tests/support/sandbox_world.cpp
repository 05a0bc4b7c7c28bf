#include "sandbox_world.h"

#include "all_platforms.h"
#include "sandbox_accounts.h"
#include "storage/database.h"

namespace travelflow::test {

SandboxWorld::SandboxWorld(const QString &profileFolder) : m_profileFolder(profileFolder)
{
    sandbox::addAllPlatforms(m_server);
}

SandboxWorld::~SandboxWorld() = default;

bool SandboxWorld::start(QString *error)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *error = QStringLiteral("needs the Secret Service: run through scripts/test.sh");
        return false;
    }
    setSandboxClientEnvironment();
    if (!m_server.start(0, error))
        return false;
    m_endpoints = sandboxEndpointTable(m_server, m_dir.path(), error);
    if (!m_endpoints)
        return false;
    auto database = Database::open(m_dir.filePath(m_profileFolder));
    if (!database) {
        *error = database.error().message;
        return false;
    }
    m_database = std::move(*database);
    return true;
}

} // namespace travelflow::test
