#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace travelflow {

// Error codes of OAuthCallback::error that TravelFlow itself produces. Anything else
// (access_denied, invalid_scope, ...) is the platform's own `error` value, passed through.
namespace OAuthError {
inline constexpr QLatin1String StateMismatch{"state_mismatch"}; // state missing or not ours: no code
inline constexpr QLatin1String MissingCode{"missing_code"}; // neither code nor error
inline constexpr QLatin1String InvalidRedirect{"invalid_redirect"}; // pasted text is not our redirect
inline constexpr QLatin1String Timeout{"timeout"}; // the browser never came back
} // namespace OAuthError

// What came back from the authorization page. `ok` means the state matched and a code is
// present; when `ok` is false, `code` is always empty (and `rawQuery` holds no code).
// None of these fields may be logged: code and state are secrets for their lifetime.
struct OAuthCallback
{
    bool ok = false;
    QString code;
    QString state;
    QStringList scopes; // granted: TikTok `scopes` (commas), Google `scope` (spaces)
    QString error; // the platform's `error`, or one of OAuthError
    QString errorDescription; // the platform's `error_description`, or ours in plain words
    QUrlQuery rawQuery; // every parameter, decoded ('+' read as a space)
};

// The loopback end of an OAuth authorization-code flow in the system browser: listens on
// 127.0.0.1 only (port 0 unless the platform needs a registered one), answers the first
// request to the callback path with a small page, checks `state`, and emits finished()
// exactly once. One object per attempt; the adapter that starts the attempt owns it.
// Afterwards the port is closed. Other paths (favicon.ico) get 404 and change nothing.
class OAuthLoopbackListener : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::minutes(5);
    static constexpr std::chrono::milliseconds kDefaultSocketTimeout = std::chrono::seconds(10);
    static constexpr qsizetype kMaxRequestHeaderBytes = 16384; // 16 KiB

    explicit OAuthLoopbackListener(QObject *parent = nullptr);
    ~OAuthLoopbackListener() override;

    // The path the platform redirects to; "/callback" by default. Set before listen().
    void setCallbackPath(const QString &path);
    QString callbackPath() const { return m_path; }

    // How long the whole attempt may take (5 minutes by default); restarts the clock
    // when already listening.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // How long one connection may take to send its request (10 s by default).
    void setSocketTimeout(std::chrono::milliseconds timeout) { m_socketTimeout = timeout; }

    // The state sent with this attempt's authorize URL. A callback is only accepted when
    // it carries exactly this value; without it every callback is a state mismatch.
    void expectState(const QString &state) { m_expectedState = state; }

    // Starts listening on 127.0.0.1:`port` (0 = any free port). Fails when already used
    // for an attempt or when the port is taken; `error` then says why.
    bool listen(quint16 port = 0, QString *error = nullptr);

    // Stops listening without emitting finished(), e.g. after the user pasted the address
    // or gave up. The port is freed.
    void cancel();

    bool isListening() const;
    bool isFinished() const { return m_finished; }
    QHostAddress serverAddress() const;
    quint16 serverPort() const { return m_port; }

    // "http://127.0.0.1:PORT/callback"; empty before listen().
    QUrl redirectUri() const;

    // The fallback for when the browser cannot reach the listener: reads the address the
    // user copied from the browser (a trailing "#_=_" and surrounding spaces are fine, a
    // missing "http://" too). It must point at `expectedRedirect` (same host, port and
    // path) and carry `expectedState`.
    static OAuthCallback parseRedirect(const QString &pastedUrl, const QString &expectedState,
                                       const QUrl &expectedRedirect);

Q_SIGNALS:
    void finished(const travelflow::OAuthCallback &result);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void finish(const OAuthCallback &result);
    void stopListening();

    QTcpServer *m_server = nullptr;
    QTimer m_timer;
    QList<QPointer<QTcpSocket>> m_sockets; // connections still sending their request
    QString m_path = QStringLiteral("/callback");
    QString m_expectedState;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    std::chrono::milliseconds m_socketTimeout = kDefaultSocketTimeout;
    quint16 m_port = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace travelflow

Q_DECLARE_METATYPE(travelflow::OAuthCallback)
