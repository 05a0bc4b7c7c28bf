#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

#include <mutex>

namespace travelflow::sandbox {

struct HttpRequest;

// Every request the simulator received, without secrets: Authorization values and
// secret-bearing query/form fields are replaced by "<redacted>"; bodies are kept only as
// a size and a SHA-256. Tests read it to check what went over the wire.
struct RecordedRequest
{
    qint64 seq = 0;
    QDateTime time;
    QByteArray method;
    QString path;
    QString query; // redacted
    QMap<QByteArray, QByteArray> headers; // redacted
    qint64 bodySize = 0;
    QByteArray bodySha256; // hex
    QString endpoint;
    int status = 0; // what was answered (0 = connection dropped)
    QString fault; // the generic fault applied, if any

    QJsonObject toJson() const;
};

class RequestRecorder
{
public:
    void record(const HttpRequest &request, const QDateTime &time, int status, const QString &fault);
    QList<RecordedRequest> all() const;
    QList<RecordedRequest> forEndpoint(const QString &endpointPrefix) const;
    QJsonArray toJson() const;
    void clear();

    // Names of query/form fields whose values never reach the record.
    static bool isSecretField(const QString &name);

private:
    mutable std::mutex m_mutex;
    QList<RecordedRequest> m_requests;
    qint64 m_nextSeq = 1;
};

} // namespace travelflow::sandbox
