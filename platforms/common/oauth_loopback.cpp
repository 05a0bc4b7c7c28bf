#include "oauth_loopback.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace travelflow {

namespace {

Q_LOGGING_CATEGORY(lcOAuthLoopback, "travelflow.oauth", QtInfoMsg)

// A browser opens a couple of speculative connections at most; anything beyond this is
// not a browser and is dropped.
constexpr qsizetype kMaxConnections = 16;

// The parameters of an encoded query, decoded the way browsers and servers write them
// ('+' is a space). Stored re-encoded so that QUrlQuery never misreads a decoded '%' or '&'.
QUrlQuery decodeQuery(const QByteArray &encoded)
{
    QUrlQuery out;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QUrl::fromPercentEncoding(part);
    };
    const auto encode
        = [](const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); };
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        out.addQueryItem(encode(key), encode(value));
    }
    return out;
}

QStringList values(const QUrlQuery &query, const QString &key)
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// Compares without an early exit, so the time taken says nothing about the expected state.
bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned>(static_cast<uchar>(x.at(i)) ^ static_cast<uchar>(y.at(i)));
    return diff == 0;
}

QString describe(const QString &error)
{
    if (error == OAuthError::StateMismatch)
        return OAuthLoopbackListener::tr("The answer from the sign-in page does not belong to the connection "
                                         "TravelFlow started, so it was ignored. Start connecting again from "
                                         "the app.");
    if (error == OAuthError::MissingCode)
        return OAuthLoopbackListener::tr("The platform did not send an authorization code. Try connecting "
                                         "again from the app.");
    if (error == OAuthError::InvalidRedirect)
        return OAuthLoopbackListener::tr(
            "This is not the address TravelFlow sent the browser to. Copy the "
            "whole address from the browser's address bar after allowing access.");
    if (error == OAuthError::Timeout)
        return OAuthLoopbackListener::tr("No answer came back from the browser in time. Start connecting "
                                         "again from the app.");
    if (error == QLatin1String("access_denied"))
        return OAuthLoopbackListener::tr("Access was not granted, so the account was not connected. You can "
                                         "try again from the app at any time.");
    return OAuthLoopbackListener::tr(
               "The platform reported an error (%1). Try connecting again from the app.")
        .arg(error);
}

OAuthCallback failure(QUrlQuery query, const QString &error, const QString &description = QString())
{
    OAuthCallback result;
    result.error = error;
    result.errorDescription = description.isEmpty() ? describe(error) : description;
    query.removeAllQueryItems(QStringLiteral("code")); // a failed attempt never hands out a code
    result.rawQuery = query;
    return result;
}

// The verdict on a callback's parameters; shared by the listener and the paste fallback.
OAuthCallback evaluate(const QUrlQuery &query, const QString &expectedState)
{
    const QStringList states = values(query, QStringLiteral("state"));
    if (expectedState.isEmpty() || states.size() != 1 || !constantTimeEquals(states.first(), expectedState))
        return failure(query, OAuthError::StateMismatch);

    QStringList scopes;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &key :
         {QStringLiteral("scopes"), QStringLiteral("scope"), QStringLiteral("granted_scopes")}) {
        for (const QString &list : values(query, key))
            scopes.append(list.split(separators, Qt::SkipEmptyParts));
    }
    scopes.removeDuplicates();

    OAuthCallback result;
    const QString error = value(query, QStringLiteral("error"));
    const QStringList codes = values(query, QStringLiteral("code"));
    if (!error.isEmpty()) {
        QString description = value(query, QStringLiteral("error_description"));
        if (description.isEmpty())
            description = value(query, QStringLiteral("error_message")); // older Facebook dialogs
        result = failure(query, error, description);
    } else if (codes.size() != 1 || codes.first().isEmpty()) {
        result = failure(query, OAuthError::MissingCode);
    } else {
        result.ok = true;
        result.code = codes.first();
        result.rawQuery = query;
    }
    result.state = states.first();
    result.scopes = scopes;
    return result;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

// A complete self-contained response: no scripts, no external resources (so the callback
// address cannot leak through a Referer), not cached.
QByteArray htmlResponse(int status, const QString &title, const QString &message)
{
    const QByteArray body = QString(QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                                   "<meta name=\"viewport\" content=\"width=device-width\">"
                                                   "<title>")
                                    + title.toHtmlEscaped()
                                    + QStringLiteral("</title><style>body{font-family:system-ui,sans-serif;"
                                                     "max-width:36em;margin:4em auto;padding:0 1em;"
                                                     "line-height:1.5;color:#222}h1{font-size:1.4em}"
                                                     "</style></head><body><h1>")
                                    + title.toHtmlEscaped() + QStringLiteral("</h1><p>")
                                    + message.toHtmlEscaped() + QStringLiteral("</p></body></html>\n"))
                                .toUtf8();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: text/html; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Referrer-Policy: no-referrer\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    if (status == 405)
        out += "Allow: GET\r\n";
    out += "Connection: close\r\n\r\n";
    return out + body;
}

QByteArray callbackPage(const OAuthCallback &result)
{
    if (result.ok)
        return htmlResponse(
            200, OAuthLoopbackListener::tr("TravelFlow: connected"),
            OAuthLoopbackListener::tr("TravelFlow: you can close this tab and return to the app."));
    QString message = describe(result.error);
    // The platform's own words help with "why", but only once the state proved the answer is ours.
    if (result.error != OAuthError::StateMismatch && result.errorDescription != message
        && !result.errorDescription.isEmpty())
        message = OAuthLoopbackListener::tr("%1 The platform said: %2").arg(message, result.errorDescription);
    return htmlResponse(400, OAuthLoopbackListener::tr("TravelFlow: connecting failed"),
                        QString(message + u' ' + OAuthLoopbackListener::tr("You can close this tab.")));
}

QString normalizedPath(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("/") : path;
}

// The socket answers and closes; it deletes itself once disconnected (or at its deadline).
void respond(QTcpSocket *socket, const QByteArray &response)
{
    socket->readAll(); // unread input would turn the close into a reset before the page arrives
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace

OAuthLoopbackListener::OAuthLoopbackListener(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCInfo(lcOAuthLoopback) << "no OAuth callback before the timeout";
        OAuthCallback result;
        result.error = OAuthError::Timeout;
        result.errorDescription = describe(result.error);
        finish(result);
    });
}

OAuthLoopbackListener::~OAuthLoopbackListener()
{
    // Connections that are still sending their request die with the attempt; answered ones
    // are left to finish sending their page and delete themselves.
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void OAuthLoopbackListener::setCallbackPath(const QString &path)
{
    m_path = path.startsWith(u'/') ? path : QString(u'/' + path);
}

void OAuthLoopbackListener::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (isListening())
        m_timer.start(m_timeout);
}

bool OAuthLoopbackListener::listen(quint16 port, QString *error)
{
    if (m_started) {
        if (error)
            *error = tr("This sign-in attempt has already started; a new attempt needs a new listener.");
        return false;
    }
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("Cannot wait for the sign-in answer on 127.0.0.1 port %1: %2")
                         .arg(QString::number(port), server->errorString());
        qCWarning(lcOAuthLoopback) << "cannot listen on 127.0.0.1 port" << port << server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    m_port = m_server->serverPort();
    m_started = true;
    connect(m_server, &QTcpServer::newConnection, this, &OAuthLoopbackListener::onNewConnection);
    m_timer.start(m_timeout);
    qCInfo(lcOAuthLoopback) << "waiting for the OAuth callback on 127.0.0.1 port" << m_port;
    return true;
}

void OAuthLoopbackListener::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    stopListening();
    qCInfo(lcOAuthLoopback) << "OAuth callback listener cancelled";
}

bool OAuthLoopbackListener::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress OAuthLoopbackListener::serverAddress() const
{
    return isListening() ? m_server->serverAddress() : QHostAddress();
}

QUrl OAuthLoopbackListener::redirectUri() const
{
    if (!m_started)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(m_path);
    return url;
}

void OAuthLoopbackListener::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Its own owner from here on, so that an answered socket can outlive the listener
        // long enough to deliver its page.
        socket->setParent(nullptr);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        m_sockets.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
        if (m_finished || m_sockets.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        QTimer::singleShot(m_socketTimeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->setReadBufferSize(kMaxRequestHeaderBytes + 1);
        m_sockets.append(socket);
        connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void OAuthLoopbackListener::onReadyRead(QTcpSocket *socket)
{
    if (!m_sockets.contains(socket))
        return; // already answered
    const QByteArray buffered = socket->peek(kMaxRequestHeaderBytes + 1);
    qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0)
        end = buffered.indexOf("\n\n");
    if (end < 0 || end > kMaxRequestHeaderBytes) {
        if (buffered.size() > kMaxRequestHeaderBytes) {
            m_sockets.removeAll(socket);
            qCInfo(lcOAuthLoopback) << "refused an oversized request on the OAuth listener";
            respond(socket, htmlResponse(431, tr("TravelFlow"), tr("The request was too large.")));
        }
        return;
    }
    m_sockets.removeAll(socket);
    handleRequest(socket, buffered.left(end));
}

void OAuthLoopbackListener::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    QByteArray requestLine = head.left(head.indexOf('\n'));
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        qCInfo(lcOAuthLoopback) << "malformed request on the OAuth listener";
        respond(socket,
                htmlResponse(400, tr("TravelFlow"), tr("This address only accepts sign-in answers.")));
        return;
    }
    if (parts.at(0) != "GET") {
        qCInfo(lcOAuthLoopback) << "refused a non-GET request on the OAuth listener";
        respond(socket,
                htmlResponse(405, tr("TravelFlow"), tr("This address only accepts sign-in answers.")));
        return;
    }
    QByteArray target = parts.at(1);
    if (target.startsWith("http://")) { // absolute form: keep only path and query
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        respond(socket,
                htmlResponse(400, tr("TravelFlow"), tr("This address only accepts sign-in answers.")));
        return;
    }
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);

    if (normalizedPath(QUrl::fromPercentEncoding(path)) != normalizedPath(m_path)) {
        qCDebug(lcOAuthLoopback) << "request for another path on the OAuth listener";
        respond(socket, htmlResponse(404, tr("TravelFlow"), tr("Not found.")));
        return;
    }
    if (m_finished) {
        qCInfo(lcOAuthLoopback) << "OAuth callback after the attempt ended; ignored";
        respond(socket,
                htmlResponse(409, tr("TravelFlow"),
                             tr("This sign-in attempt has already ended. You can close this tab and "
                                "return to the app.")));
        return;
    }

    const OAuthCallback result = evaluate(decodeQuery(query), m_expectedState);
    if (result.ok)
        qCInfo(lcOAuthLoopback) << "OAuth callback received";
    else if (result.error == OAuthError::StateMismatch)
        qCWarning(lcOAuthLoopback) << "OAuth callback received: state mismatch, ignored";
    else if (result.error == QLatin1String("access_denied"))
        qCInfo(lcOAuthLoopback) << "OAuth callback received: access denied";
    else if (result.error == OAuthError::MissingCode)
        qCInfo(lcOAuthLoopback) << "OAuth callback received: no code";
    else
        qCInfo(lcOAuthLoopback) << "OAuth callback received: the platform reported an error";
    respond(socket, callbackPage(result));
    finish(result);
}

void OAuthLoopbackListener::finish(const OAuthCallback &result)
{
    if (m_finished)
        return;
    m_finished = true;
    stopListening();
    Q_EMIT finished(result);
}

void OAuthLoopbackListener::stopListening()
{
    m_timer.stop();
    if (m_server)
        m_server->close();
}

OAuthCallback OAuthLoopbackListener::parseRedirect(const QString &pastedUrl, const QString &expectedState,
                                                   const QUrl &expectedRedirect)
{
    QString text = pastedUrl.trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    const QUrl url(text, QUrl::TolerantMode);
    const auto samePort = [](const QUrl &a, const QUrl &b) {
        const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
        return a.port(defaultPort) == b.port(defaultPort);
    };
    if (text.isEmpty() || !url.isValid() || !expectedRedirect.isValid() || url.host().isEmpty()
        || url.scheme() != expectedRedirect.scheme() || url.host() != expectedRedirect.host()
        || !samePort(url, expectedRedirect) || !url.userInfo().isEmpty()
        || normalizedPath(url.path()) != normalizedPath(expectedRedirect.path())) {
        qCInfo(lcOAuthLoopback) << "pasted address is not the OAuth redirect";
        return failure(QUrlQuery(), OAuthError::InvalidRedirect);
    }
    // The fragment (Facebook's "#_=_") is not part of the answer.
    OAuthCallback result = evaluate(decodeQuery(url.query(QUrl::FullyEncoded).toLatin1()), expectedState);
    if (!result.ok && result.error == OAuthError::StateMismatch)
        qCWarning(lcOAuthLoopback) << "pasted OAuth redirect: state mismatch";
    return result;
}

} // namespace travelflow
