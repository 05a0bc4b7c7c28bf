#include "http_client.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace travelflow::test {

HttpReply HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const Headers &headers, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();

    HttpReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
        out.errorString = QStringLiteral("timed out");
        reply->deleteLater();
        return out;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    out.error = reply->error();
    out.errorString = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpReply HttpClient::postForm(const QUrl &url, const QUrlQuery &form, const Headers &headers)
{
    Headers all = headers;
    all.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
    return send("POST", url, form.toString(QUrl::FullyEncoded).toUtf8(), all);
}

HttpReply HttpClient::postJson(const QUrl &url, const QJsonObject &json, const Headers &headers)
{
    Headers all = headers;
    all.emplaceBack("Content-Type", "application/json; charset=UTF-8");
    return send("POST", url, QJsonDocument(json).toJson(QJsonDocument::Compact), all);
}

HttpClient::Headers HttpClient::bearer(const QString &token, Headers more)
{
    more.prepend(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + token.toUtf8())));
    return more;
}

} // namespace travelflow::test
