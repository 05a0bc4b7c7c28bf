#pragma once

#include "common/endpoint_table.h"
#include "sandbox_server.h"

#include <memory>
#include <optional>
#include <QString>
#include <QTemporaryDir>

namespace travelflow {
class Database;
}

namespace travelflow::test {

// The simulator set-up most keychain tests share: a temporary folder, a SandboxServer with
// every platform (added on construction, so a test can reach a simulator before start()),
// the simulator's endpoints written to the folder, and a profile opened in `profileFolder`
// inside it. Declare it before whatever uses the database, so it outlives them.
class SandboxWorld
{
public:
    explicit SandboxWorld(const QString &profileFolder = QStringLiteral("profile"));
    ~SandboxWorld();
    SandboxWorld(const SandboxWorld &) = delete;
    SandboxWorld &operator=(const SandboxWorld &) = delete;

    // Needs the Secret Service, puts the simulator's clients in the environment, starts the
    // server on a free port, writes and reads back its endpoints and opens the profile.
    // False with `error` set at the first step that failed; call from initTestCase().
    bool start(QString *error);

    sandbox::SandboxServer &server() { return m_server; }
    const sandbox::SandboxServer &server() const { return m_server; }
    // These two exist only after start() succeeded.
    const EndpointTable &endpoints() const { return *m_endpoints; }
    Database &database() const { return *m_database; }

    const QTemporaryDir &dir() const { return m_dir; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    QString m_profileFolder;
    std::optional<EndpointTable> m_endpoints;
    std::unique_ptr<Database> m_database;
};

} // namespace travelflow::test
