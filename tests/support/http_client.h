#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace travelflow::test {

struct HttpReply
{
    int status = 0; // 0 = no HTTP answer (connection refused, dropped, ...)
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lowercased names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Real HTTP for tests, one blocking call at a time (a local event loop runs meanwhile).
// Redirects are not followed, so a test sees the 302 of an authorize endpoint.
class HttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const Headers &headers = {}, int timeoutMs = 20000);

    HttpReply get(const QUrl &url, const Headers &headers = {}) { return send("GET", url, {}, headers); }
    HttpReply postForm(const QUrl &url, const QUrlQuery &form, const Headers &headers = {});
    HttpReply postJson(const QUrl &url, const QJsonObject &json, const Headers &headers = {});

    static Headers bearer(const QString &token, Headers more = {});
};

} // namespace travelflow::test
