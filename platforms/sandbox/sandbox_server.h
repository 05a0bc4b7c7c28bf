#pragma once

#include "platform_simulator.h"
#include "request_recorder.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace travelflow::sandbox {

// The local simulator of the TikTok, Instagram and YouTube APIs: an HTTP server on
// 127.0.0.1 (port 0 = any free port) on its own threads. Tests, `travelflow --sandbox`
// and the standalone `travelflow-sandbox` use it.
//
// Besides the platforms' endpoints it serves a control API for tests and curl:
//   GET  /_sandbox/endpoints   the endpoints file for this server
//   GET  /_sandbox/requests    every recorded request (no secrets)
//   GET  /_sandbox/world       each platform's view of the world
//   GET  /_sandbox/faults      POST (one rule or an array), DELETE (all)
//   POST /_sandbox/clock       {"advance_seconds": N}
//   GET  /_sandbox/clients     the client credentials each platform accepts
class SandboxServer
{
public:
    SandboxServer();
    // Platforms are added before setStateFile() and start(); the server owns them.
    PlatformSimulator &addPlatform(std::unique_ptr<PlatformSimulator> platform);
    template<typename P>
    P &add()
    {
        return static_cast<P &>(addPlatform(std::make_unique<P>(context())));
    }
    ~SandboxServer();
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Loads a scenario (JSON: {"faults": [...], "clients": {platform: {client_id, client_secret}},
    // "clock_offset_seconds": N}) before start(). Returns false with `error` set.
    bool loadScenario(const QJsonObject &scenario, QString *error);
    bool loadScenarioFile(const QString &path, QString *error);

    // Persists every platform's state to `path` after each change and loads it now if it
    // exists. Returns false with `error` set when the file exists but cannot be read.
    bool setStateFile(const QString &path, QString *error);

    // Binds 127.0.0.1:port and serves on a background thread. False with `error` set
    // when the port is taken.
    bool start(quint16 port, QString *error);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QString baseUrl() const;
    QJsonObject endpoints() const;

    SandboxContext &context();
    FaultInjector &faults();
    SandboxClock &clock();
    RequestRecorder &recorder();
    QJsonObject world() const;
    PlatformSimulator *platform(const QString &name) const;

    void saveState() const;
    static ClientCredentials defaultClient(const QString &platform);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace travelflow::sandbox
