#include "sandbox_server.h"

#include "sandbox_endpoints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <httplib.h>
#ifndef _WIN32
#include <netinet/in.h>
#include <netinet/tcp.h> // TCP_NODELAY (httplib.h brings the Windows one)
#ifdef __linux__
#include <pthread.h>
#endif
#endif

#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcSandbox, "travelflow.sandbox", QtInfoMsg)

namespace travelflow::sandbox {

namespace {

struct Route
{
    QByteArray method;
    QRegularExpression pattern;
    QString endpoint;
    Handler handler;
};

QString platformOfPath(const QString &path)
{
    for (const char *p : {"tiktok", "instagram", "youtube"}) {
        if (path.startsWith(QLatin1Char('/') + QLatin1String(p) + QLatin1Char('/')))
            return QLatin1String(p);
    }
    return {};
}

HttpRequest toRequest(const httplib::Request &req)
{
    HttpRequest r;
    r.method = QByteArray::fromStdString(req.method);
    r.path = QString::fromStdString(req.path);
    // The library has already decoded the values; QUrlQuery would decode "%25" a second
    // time, so hand it the values encoded again.
    for (const auto &[key, value] : req.params) {
        r.query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(key))),
                             QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(value))));
    }
    for (const auto &[key, value] : req.headers) {
        const QByteArray name = QByteArray::fromStdString(key).toLower();
        // The HTTP library adds the socket's addresses as pseudo-headers.
        if (name == "local_addr" || name == "local_port" || name == "remote_addr" || name == "remote_port")
            continue;
        r.headers.insert(name, QByteArray::fromStdString(value));
    }
    r.body = QByteArray::fromStdString(req.body);
    return r;
}

// Sends `response`; with `cutBody`, only the first half of the body goes out before the
// connection is dropped (the client sees a network error after a partial answer).
void writeResponse(const HttpResponse &response, httplib::Response &res, bool cutBody)
{
    res.status = response.status;
    for (const auto &[name, value] : response.headers)
        res.set_header(name.toStdString(), value.toStdString());
    if (!cutBody) {
        if (!response.body.isEmpty() || !response.contentType.isEmpty())
            res.set_content(response.body.toStdString(), response.contentType.toStdString());
        return;
    }
    const auto body = std::make_shared<std::string>(response.body.toStdString());
    const size_t declared = std::max<size_t>(body->size(), 2);
    res.set_content_provider(declared,
                             response.contentType.isEmpty() ? "application/octet-stream"
                                                            : response.contentType.toStdString(),
                             [body](size_t offset, size_t, httplib::DataSink &sink) {
                                 if (offset == 0 && body->size() > 1)
                                     sink.write(body->data(), body->size() / 2);
                                 return false; // abort: the connection closes mid-body
                             });
}

} // namespace

ClientCredentials SandboxServer::defaultClient(const QString &platform)
{
    return {QStringLiteral("sandbox-%1-client").arg(platform),
            QStringLiteral("sandbox-%1-secret").arg(platform)};
}

class SandboxServer::Impl : public Router
{
public:
    SandboxContext context;
    RequestRecorder recorder;
    std::vector<std::unique_ptr<PlatformSimulator>> platforms;
    std::vector<Route> routes;
    httplib::Server server;
    std::thread thread;
    int port = 0;
    QString stateFile;
    mutable std::mutex stateMutex;

    void route(const QByteArray &method, const QString &pattern, const QString &endpoint,
               Handler handler) override
    {
        routes.push_back({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)), endpoint,
                          std::move(handler)});
    }

    PlatformSimulator *platform(const QString &name) const
    {
        for (const auto &p : platforms) {
            if (p->name() == name)
                return p.get();
        }
        return nullptr;
    }

    QJsonObject world() const
    {
        QJsonObject out;
        for (const auto &p : platforms)
            out.insert(p->name(), p->worldView());
        return out;
    }

    void saveState() const
    {
        if (stateFile.isEmpty())
            return;
        std::lock_guard lock(stateMutex);
        QJsonObject state{{QStringLiteral("clock_offset_ms"), context.clock.offsetMs()}};
        QJsonObject platformsState;
        for (const auto &p : platforms)
            platformsState.insert(p->name(), p->saveState());
        state.insert(QStringLiteral("platforms"), platformsState);
        QSaveFile file(stateFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0
            || !file.commit())
            qCWarning(lcSandbox) << "cannot save the simulator state to" << stateFile << file.errorString();
    }

    void dispatch(const httplib::Request &req, httplib::Response &res)
    {
#ifdef __linux__
        // httplib's worker threads, named so that profiles and the benchmarks' per-thread
        // CPU tell the simulator's work from the app's.
        thread_local const bool named = pthread_setname_np(pthread_self(), "sandbox http") == 0;
        Q_UNUSED(named)
#endif
        HttpRequest request = toRequest(req);
        const QString platformName = platformOfPath(request.path);
        PlatformSimulator *owner = platform(platformName);

        const Route *match = nullptr;
        for (const Route &r : routes) {
            if (r.method != request.method)
                continue;
            const auto m = r.pattern.match(request.path);
            if (!m.hasMatch())
                continue;
            match = &r;
            request.pathParams = m.capturedTexts().mid(1);
            request.endpoint = r.endpoint;
            break;
        }

        if (!match) {
            const HttpResponse notFound = owner
                ? owner->errorResponse(404, QStringLiteral("not_found"),
                                       QStringLiteral("Unknown path components: %1").arg(request.path))
                : HttpResponse::json(
                    404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such endpoint")}});
            writeResponse(notFound, res, false);
            recorder.record(request, context.clock.now(), notFound.status, {});
            return;
        }

        if (owner)
            owner->tick();

        QString faultName;
        const auto fault = request.endpoint.startsWith(QLatin1String("sandbox."))
            ? std::nullopt
            : context.faults.takeGeneric(platformName, request.endpoint, request.method, request.path);
        bool cut = false;
        if (fault) {
            faultName = FaultRule::actionName(fault->action);
            switch (fault->action) {
            case FaultRule::Action::Status: {
                const QString kind
                    = fault->status >= 500 ? QStringLiteral("server_error") : QStringLiteral("bad_request");
                const HttpResponse r = owner
                    ? owner->errorResponse(fault->status, kind, QStringLiteral("Injected fault"))
                    : HttpResponse::empty(fault->status);
                writeResponse(r, res, false);
                recorder.record(request, context.clock.now(), r.status, faultName);
                return;
            }
            case FaultRule::Action::RateLimit: {
                HttpResponse r = owner ? owner->errorResponse(429, QStringLiteral("rate_limited"),
                                                              QStringLiteral("Too many requests"))
                                       : HttpResponse::empty(429);
                r.withHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
                writeResponse(r, res, false);
                recorder.record(request, context.clock.now(), r.status, faultName);
                return;
            }
            case FaultRule::Action::Drop:
                writeResponse(HttpResponse::text(200, QByteArray(64, ' ')), res, true);
                recorder.record(request, context.clock.now(), 0, faultName);
                return;
            case FaultRule::Action::Delay:
                std::this_thread::sleep_for(std::chrono::milliseconds(fault->delayMs));
                break;
            case FaultRule::Action::CloseMidBody: cut = true; break;
            default: break;
            }
        }

        const HttpResponse response = match->handler(request);
        writeResponse(response, res, cut);
        recorder.record(request, context.clock.now(), cut ? 0 : response.status, faultName);
        if (request.method != "GET" && !request.endpoint.startsWith(QLatin1String("sandbox.")))
            saveState();
    }

    void registerControlRoutes()
    {
        const auto ok = [] { return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}}); };
        route("GET", QStringLiteral("/_sandbox/endpoints"), QStringLiteral("sandbox.endpoints"),
              [this](const HttpRequest &) {
                  return HttpResponse::json(200, sandboxEndpoints(context.baseUrl));
              });
        route("GET", QStringLiteral("/_sandbox/requests"), QStringLiteral("sandbox.requests"),
              [this](const HttpRequest &) {
                  return HttpResponse::json(200, QJsonDocument(recorder.toJson()));
              });
        route("GET", QStringLiteral("/_sandbox/world"), QStringLiteral("sandbox.world"),
              [this](const HttpRequest &) { return HttpResponse::json(200, world()); });
        route("GET", QStringLiteral("/_sandbox/faults"), QStringLiteral("sandbox.faults"),
              [this](const HttpRequest &) {
                  return HttpResponse::json(200, QJsonDocument(context.faults.toJson()));
              });
        route("POST", QStringLiteral("/_sandbox/faults"), QStringLiteral("sandbox.faults"),
              [this, ok](const HttpRequest &request) {
                  const QJsonDocument doc = QJsonDocument::fromJson(request.body);
                  const QJsonArray rules = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
                  QString error;
                  if (!context.faults.addAll(rules, &error))
                      return HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), error}});
                  return ok();
              });
        route("DELETE", QStringLiteral("/_sandbox/faults"), QStringLiteral("sandbox.faults"),
              [this, ok](const HttpRequest &) {
                  context.faults.clear();
                  return ok();
              });
        route("POST", QStringLiteral("/_sandbox/clock"), QStringLiteral("sandbox.clock"),
              [this](const HttpRequest &request) {
                  const auto body = request.json();
                  if (!body || !body->value(QStringLiteral("advance_seconds")).isDouble())
                      return HttpResponse::json(
                          400,
                          QJsonObject{{QStringLiteral("error"),
                                       QStringLiteral("expected {\"advance_seconds\": N}")}});
                  context.clock.advance(
                      std::chrono::seconds(body->value(QStringLiteral("advance_seconds")).toInteger()));
                  return HttpResponse::json(
                      200,
                      QJsonObject{{QStringLiteral("now"), context.clock.now().toString(Qt::ISODateWithMs)}});
              });
        route("GET", QStringLiteral("/_sandbox/clients"), QStringLiteral("sandbox.clients"),
              [this](const HttpRequest &) {
                  QJsonObject out;
                  for (auto it = context.clients.cbegin(); it != context.clients.cend(); ++it)
                      out.insert(it.key(),
                                 QJsonObject{{QStringLiteral("client_id"), it->clientId},
                                             {QStringLiteral("client_secret"), it->clientSecret}});
                  return HttpResponse::json(200, out);
              });
    }
};

SandboxServer::SandboxServer() : d(std::make_unique<Impl>())
{
    for (const char *p : {"tiktok", "instagram", "youtube"})
        d->context.clients.insert(QLatin1String(p), defaultClient(QLatin1String(p)));
    d->registerControlRoutes();
    const auto handler
        = [this](const httplib::Request &req, httplib::Response &res) { d->dispatch(req, res); };
    d->server.Get(".*", handler);
    d->server.Post(".*", handler);
    d->server.Put(".*", handler);
    d->server.Delete(".*", handler);
    d->server.Patch(".*", handler);
    // The library's default adds SO_REUSEPORT, which lets a second simulator share a busy
    // port and steal half its connections; a busy port must be an error instead.
    d->server.set_socket_options([](socket_t sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const char *>(&yes), sizeof(yes));
        // Small answers go out at once instead of waiting ~40 ms for a delayed ACK (Nagle);
        // accepted connections inherit it from the listening socket on Linux.
        ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&yes), sizeof(yes));
    });
    d->server.set_tcp_nodelay(true);
    d->server.set_keep_alive_max_count(1000);
    d->server.set_read_timeout(30, 0);
    d->server.set_write_timeout(30, 0);
}

SandboxServer::~SandboxServer()
{
    stop();
}

PlatformSimulator &SandboxServer::addPlatform(std::unique_ptr<PlatformSimulator> platform)
{
    platform->registerRoutes(*d);
    d->platforms.push_back(std::move(platform));
    return *d->platforms.back();
}

bool SandboxServer::loadScenario(const QJsonObject &scenario, QString *error)
{
    if (!d->context.faults.addAll(scenario.value(QStringLiteral("faults")).toArray(), error))
        return false;
    const QJsonObject clients = scenario.value(QStringLiteral("clients")).toObject();
    for (auto it = clients.begin(); it != clients.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        d->context.clients.insert(it.key(),
                                  {c.value(QStringLiteral("client_id")).toString(),
                                   c.value(QStringLiteral("client_secret")).toString()});
    }
    if (scenario.contains(QStringLiteral("clock_offset_seconds")))
        d->context.clock.setOffsetMs(scenario.value(QStringLiteral("clock_offset_seconds")).toInteger()
                                     * 1000);
    return true;
}

bool SandboxServer::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read scenario %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error
                = QStringLiteral("scenario %1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    return loadScenario(doc.object(), error);
}

bool SandboxServer::setStateFile(const QString &path, QString *error)
{
    d->stateFile = path;
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read state %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        if (error)
            *error
                = QStringLiteral("state file %1 is not valid JSON; move it aside to start fresh").arg(path);
        return false;
    }
    const QJsonObject state = doc.object();
    d->context.clock.setOffsetMs(state.value(QStringLiteral("clock_offset_ms")).toInteger());
    const QJsonObject platforms = state.value(QStringLiteral("platforms")).toObject();
    for (const auto &p : d->platforms)
        p->loadState(platforms.value(p->name()).toObject());
    return true;
}

bool SandboxServer::start(quint16 port, QString *error)
{
    if (isRunning())
        return true;
    if (port == 0) {
        d->port = d->server.bind_to_any_port("127.0.0.1");
    } else {
        d->port = d->server.bind_to_port("127.0.0.1", port) ? port : -1;
    }
    if (d->port <= 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port);
        return false;
    }
    d->context.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(d->port);
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    for (int i = 0; i < 5000 && !d->server.is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    qCInfo(lcSandbox) << "simulator listening on" << d->context.baseUrl;
    d->saveState(); // a state file exists from the first start on
    return true;
}

void SandboxServer::stop()
{
    if (d->thread.joinable()) {
        d->server.stop();
        d->thread.join();
    }
}

bool SandboxServer::isRunning() const
{
    return d->server.is_running();
}

quint16 SandboxServer::port() const
{
    return static_cast<quint16>(d->port);
}

QString SandboxServer::baseUrl() const
{
    return d->context.baseUrl;
}

QJsonObject SandboxServer::endpoints() const
{
    return sandboxEndpoints(d->context.baseUrl);
}

SandboxContext &SandboxServer::context()
{
    return d->context;
}

FaultInjector &SandboxServer::faults()
{
    return d->context.faults;
}

SandboxClock &SandboxServer::clock()
{
    return d->context.clock;
}

RequestRecorder &SandboxServer::recorder()
{
    return d->recorder;
}

QJsonObject SandboxServer::world() const
{
    return d->world();
}

PlatformSimulator *SandboxServer::platform(const QString &name) const
{
    return d->platform(name);
}

void SandboxServer::saveState() const
{
    d->saveState();
}

} // namespace travelflow::sandbox
