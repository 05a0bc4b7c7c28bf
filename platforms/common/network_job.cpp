#include "network_job.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcNetwork, "travelflow.platforms.network", QtInfoMsg)

namespace travelflow {

namespace {

bool isTransientNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError: return true;
    default: return false;
    }
}

PlatformError make(const QString &platform, PlatformError::Kind kind, int status, const QString &message)
{
    PlatformError e;
    e.platform = platform;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    return e;
}

} // namespace

QByteArray NetworkResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<QJsonObject> NetworkResult::json() const
{
    if (!parsedJson) {
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
        parsedJson = e.error == QJsonParseError::NoError && doc.isObject() ? std::optional(doc.object())
                                                                           : std::nullopt;
    }
    return *parsedJson;
}

NetworkJob::NetworkJob(QNetworkAccessManager *nam, const QString &platform, const QString &endpoint,
                       const QByteArray &verb, const QNetworkRequest &request, QObject *parent)
    : QObject(parent), m_nam(nam), m_platform(platform), m_endpoint(endpoint), m_verb(verb),
      m_request(request)
{ }

void NetworkJob::setBody(const QByteArray &body)
{
    m_body = body;
    m_bodyDevice = nullptr;
}

void NetworkJob::setBodyDevice(QIODevice *device)
{
    m_bodyDevice = device;
    m_body.clear();
}

void NetworkJob::start()
{
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::NoLessSafeRedirectPolicy);
    m_request.setTransferTimeout(m_timeoutMs);
    // Qt throttles upload progress and may report none for a fast transfer; the queue
    // needs the real byte counts (it throttles what it shows itself).
    m_request.setAttribute(QNetworkRequest::EmitAllUploadProgressSignalsAttribute, true);
    m_clock.start();
    m_reply = m_bodyDevice ? m_nam->sendCustomRequest(m_request, m_verb, m_bodyDevice)
                           : m_nam->sendCustomRequest(m_request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_sent = sent;
        Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &NetworkJob::onFinished);
    qCDebug(lcNetwork).noquote() << m_platform << m_endpoint << m_verb << "started";
}

void NetworkJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void NetworkJob::onFinished()
{
    NetworkResult r;
    r.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = m_reply->readAll();
    r.headers = m_reply->rawHeaderPairs();
    r.networkError = m_reply->error();
    // Progress signals are best effort (Qt drops those still queued when the reply
    // finishes), so a successful request is known to have sent its whole body.
    const qint64 bodySize = m_bodyDevice ? m_bodyDevice->size() : m_body.size();
    r.bytesSent = (r.httpStatus >= 200 && r.httpStatus < 300) ? bodySize : m_sent;
    r.elapsedMs = m_clock.elapsed();
    if (m_aborted) {
        r.error = make(m_platform, PlatformError::Kind::Cancelled, r.httpStatus,
                       tr("The request was cancelled."));
    } else if (m_accepted.contains(r.httpStatus)) {
        r.error.reset();
    } else {
        r.error = genericError(m_platform, r, m_expectJson);
        if (r.error && m_mapper) {
            if (auto specific = m_mapper(r))
                r.error = specific;
        }
    }
    qCInfo(lcNetwork).noquote() << m_platform << m_endpoint << m_verb << "->" << r.httpStatus
                                << (r.error ? PlatformError::kindName(r.error->kind) : QStringLiteral("ok"))
                                << r.elapsedMs << "ms";
    m_reply->deleteLater();
    Q_EMIT finished(r);
    deleteLater();
}

QNetworkRequest NetworkJob::bearerRequest(const QUrl &url, const QString &accessToken)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    return request;
}

std::optional<int> NetworkJob::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // HTTP-date form, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return static_cast<int>(qMax<qint64>(0, now.secsTo(utc)));
}

PlatformError NetworkJob::incompleteAnswer(const QString &platform, int httpStatus)
{
    return make(platform, PlatformError::Kind::Transient, httpStatus,
                tr("%1 sent an incomplete answer. TravelFlow will try again.")
                    .arg(PlatformError::displayName(platform)));
}

std::optional<PlatformError> NetworkJob::genericError(const QString &platform, const NetworkResult &r,
                                                      bool expectJson)
{
    using Kind = PlatformError::Kind;
    const QString name = PlatformError::displayName(platform);
    if (r.httpStatus == 0 || (r.networkError != QNetworkReply::NoError && r.httpStatus < 400)) {
        // No complete HTTP answer: the connection failed, timed out or was cut.
        const bool transient = r.httpStatus != 0 || isTransientNetworkError(r.networkError)
            || r.networkError == QNetworkReply::OperationCanceledError;
        return make(platform, transient ? Kind::Transient : Kind::Permanent, r.httpStatus,
                    tr("The connection to %1 failed. TravelFlow will try again.").arg(name));
    }
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (expectJson && !r.body.isEmpty() && !r.json())
            return incompleteAnswer(platform, r.httpStatus);
        return std::nullopt;
    }
    if (r.httpStatus == 429) {
        PlatformError e = make(platform, Kind::RateLimited, 429,
                               tr("%1 asks TravelFlow to slow down. It will continue shortly.").arg(name));
        e.retryAfterSeconds = parseRetryAfter(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
        return e;
    }
    if (r.httpStatus >= 500)
        return make(
            platform, Kind::Transient, r.httpStatus,
            tr("%1 had a server problem (HTTP %2). TravelFlow will try again.").arg(name).arg(r.httpStatus));
    if (r.httpStatus == 401)
        return make(platform, Kind::AuthExpired, 401,
                    tr("%1 no longer accepts the saved sign-in. TravelFlow will refresh it.").arg(name));
    if (r.httpStatus == 403)
        return make(
            platform, Kind::PermissionMissing, 403,
            tr("%1 refused the request (permission missing). Reconnect the account and allow all requested "
               "permissions.")
                .arg(name));
    if (r.httpStatus == 400 || r.httpStatus == 422)
        return make(platform, Kind::InvalidInput, r.httpStatus,
                    tr("%1 rejected the request as invalid.").arg(name));
    return make(platform, Kind::Permanent, r.httpStatus,
                tr("%1 answered HTTP %2.").arg(name).arg(r.httpStatus));
}

} // namespace travelflow
