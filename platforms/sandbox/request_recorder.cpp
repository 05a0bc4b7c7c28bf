#include "request_recorder.h"

#include "http_types.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrlQuery>

namespace travelflow::sandbox {

namespace {
const QString kRedacted = QStringLiteral("<redacted>");
}

bool RequestRecorder::isSecretField(const QString &name)
{
    static const QStringList secret{
        QStringLiteral("access_token"),      QStringLiteral("refresh_token"),
        QStringLiteral("client_secret"),     QStringLiteral("code"),
        QStringLiteral("code_verifier"),     QStringLiteral("token"),
        QStringLiteral("fb_exchange_token"), QStringLiteral("appsecret_proof"),
        QStringLiteral("upload_token"),
    };
    return secret.contains(name.toLower());
}

QJsonObject RecordedRequest::toJson() const
{
    QJsonObject h;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        h.insert(QString::fromLatin1(it.key()), QString::fromUtf8(it.value()));
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), path},
        {QStringLiteral("query"), query},
        {QStringLiteral("headers"), h},
        {QStringLiteral("body_size"), bodySize},
        {QStringLiteral("body_sha256"), QString::fromLatin1(bodySha256)},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("status"), status},
        {QStringLiteral("fault"), fault},
    };
}

void RequestRecorder::record(const HttpRequest &request, const QDateTime &time, int status,
                             const QString &fault)
{
    RecordedRequest r;
    r.time = time;
    r.method = request.method;
    r.path = request.path;
    QUrlQuery query;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        query.addQueryItem(key, isSecretField(key) ? kRedacted : value);
    r.query = query.toString(QUrl::FullyDecoded);
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        const bool secret = it.key() == "authorization" || it.key() == "cookie";
        r.headers.insert(it.key(), secret ? kRedacted.toLatin1() : it.value());
    }
    r.bodySize = request.body.size();
    r.bodySha256 = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    r.endpoint = request.endpoint;
    r.status = status;
    r.fault = fault;

    std::lock_guard lock(m_mutex);
    r.seq = m_nextSeq++;
    m_requests.append(r);
}

QList<RecordedRequest> RequestRecorder::all() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

QList<RecordedRequest> RequestRecorder::forEndpoint(const QString &endpointPrefix) const
{
    std::lock_guard lock(m_mutex);
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_requests) {
        if (r.endpoint.startsWith(endpointPrefix))
            out.append(r);
    }
    return out;
}

QJsonArray RequestRecorder::toJson() const
{
    QJsonArray out;
    for (const RecordedRequest &r : all())
        out.append(r.toJson());
    return out;
}

void RequestRecorder::clear()
{
    std::lock_guard lock(m_mutex);
    m_requests.clear();
}

} // namespace travelflow::sandbox
