#pragma once

#include "fault_injector.h"
#include "http_types.h"
#include "sandbox_clock.h"

#include <QJsonObject>
#include <QString>

namespace travelflow::sandbox {

// The app credentials the simulator accepts for one platform (a user's own developer
// app in real life).
struct ClientCredentials
{
    QString clientId; // TikTok: client_key
    QString clientSecret;
};

// What every platform simulator shares: the clock, the faults, the accepted clients, and
// the server's base URL (to build upload URLs and redirects). Owned by SandboxServer.
struct SandboxContext
{
    SandboxClock clock;
    FaultInjector faults;
    QMap<QString, ClientCredentials> clients; // by platform name
    QString baseUrl; // e.g. "http://127.0.0.1:41234", set once listening
};

// One platform's part of the simulator: its routes, its state, its error shape. Handlers
// run on the HTTP server's worker threads: implementations guard their state with their
// own mutex.
class PlatformSimulator
{
public:
    explicit PlatformSimulator(SandboxContext &context) : m_context(context) { }
    virtual ~PlatformSimulator() = default;
    PlatformSimulator(const PlatformSimulator &) = delete;
    PlatformSimulator &operator=(const PlatformSimulator &) = delete;

    virtual QString name() const = 0; // "tiktok", "instagram", "youtube"
    virtual void registerRoutes(Router &router) = 0;

    // The platform's own error shape for a generic fault (`kind` is "server_error" for
    // 5xx, "rate_limited" for 429, "bad_request" for 4xx).
    virtual HttpResponse errorResponse(int status, const QString &kind, const QString &message) const = 0;

    // Persistence (travelflow --sandbox survives restarts) and the test-visible view of
    // the world: uploaded files' hashes, published posts, comments, replies, messages.
    virtual QJsonObject saveState() const = 0;
    virtual void loadState(const QJsonObject &state) = 0;
    virtual QJsonObject worldView() const = 0;

    // Moves time-driven state along (processing finishes, audience comments arrive).
    // Called before each request and by the audience timer.
    virtual void tick() { }

protected:
    SandboxContext &context() const { return m_context; }
    QDateTime now() const { return m_context.clock.now(); }
    // Shorthand for FaultInjector::take with this platform's name.
    std::optional<FaultRule> takeFault(FaultRule::Action action, const HttpRequest &request) const
    {
        return m_context.faults.take(action, name(), request.endpoint, request.method, request.path);
    }

private:
    SandboxContext &m_context;
};

} // namespace travelflow::sandbox
