#pragma once

#include "platform_error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>
#include <optional>

class QIODevice;
class QNetworkAccessManager;

namespace travelflow {

// What came back from one request. `error` is set for anything but a usable 2xx.
struct NetworkResult
{
    int httpStatus = 0; // 0 = no HTTP answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    qint64 bytesSent = 0; // the whole body on a 2xx, else the last progress Qt reported
    qint64 elapsedMs = 0;
    std::optional<PlatformError> error;

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray &name) const;
    // The body as a JSON object; nullopt when it is not one (e.g. cut short). Parsed on the
    // first call and kept: the error check and the adapter both read it, and a page of 100
    // comment threads takes longer to parse than SQLite takes to store it.
    std::optional<QJsonObject> json() const;

    // json()'s parse of `body` (the outer optional: not parsed yet). Set `body` before the
    // first json().
    mutable std::optional<std::optional<QJsonObject>> parsedJson;
};

// One HTTP request to a platform: timeout, a redirect policy that never downgrades
// https to http, progress, and the mapping of failures to PlatformError. The generic
// mapping (network errors, 5xx, 429 + Retry-After, 401/403/400) is refined by a
// platform's ErrorMapper, which reads the platform's own error body. Logs the method,
// the endpoint name and the outcome, never the query string, headers or body: they may
// carry tokens. Deletes itself after finished().
class NetworkJob : public QObject
{
    Q_OBJECT

public:
    // Returns a platform-specific error for a result, or nullopt to keep the generic one.
    using ErrorMapper = std::function<std::optional<PlatformError>(const NetworkResult &)>;

    NetworkJob(QNetworkAccessManager *nam, const QString &platform, const QString &endpoint,
               const QByteArray &verb, const QNetworkRequest &request, QObject *parent = nullptr);

    void setBody(const QByteArray &body);
    // Streams the body from `device` (not owned; must stay open until finished()).
    void setBodyDevice(QIODevice *device);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setErrorMapper(ErrorMapper mapper) { m_mapper = std::move(mapper); }
    // A 2xx whose body is not JSON counts as a transient failure (an answer cut short).
    void setExpectJson(bool expect) { m_expectJson = expect; }
    // Non-2xx statuses that are a normal answer for this call (YouTube's 308 "resume
    // incomplete"): no error, no JSON expected.
    void setAcceptedStatuses(const QList<int> &statuses) { m_accepted = statuses; }

    void start();
    void abort();

    // The generic classification; exposed for tests and for mappers to start from.
    // A 2xx whose JSON body is cut short or not JSON: transient, the request is repeated.
    static PlatformError incompleteAnswer(const QString &platform, int httpStatus);
    static std::optional<PlatformError> genericError(const QString &platform, const NetworkResult &result,
                                                     bool expectJson);
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // A request to `url` that carries the access token as "Authorization: Bearer ...".
    static QNetworkRequest bearerRequest(const QUrl &url, const QString &accessToken);

Q_SIGNALS:
    // Best effort: for display only, Qt may skip some or all of them on a fast link.
    void uploadProgress(qint64 sent, qint64 total);
    void finished(const travelflow::NetworkResult &result);

private:
    void onFinished();

    QNetworkAccessManager *m_nam;
    QString m_platform;
    QString m_endpoint;
    QByteArray m_verb;
    QNetworkRequest m_request;
    QByteArray m_body;
    QIODevice *m_bodyDevice = nullptr;
    int m_timeoutMs = 60000;
    bool m_expectJson = true;
    bool m_aborted = false;
    ErrorMapper m_mapper;
    QList<int> m_accepted;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
};

} // namespace travelflow

Q_DECLARE_METATYPE(travelflow::NetworkResult)
