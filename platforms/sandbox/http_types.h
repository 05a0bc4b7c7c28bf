#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace travelflow::sandbox {

// One HTTP request as the simulator's handlers see it: Qt types, header names lowercased,
// the raw body. Built by SandboxServer from the HTTP library's request.
struct HttpRequest
{
    QByteArray method;
    QString path; // decoded path without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // lowercased names
    QByteArray body;
    QStringList pathParams; // the route pattern's capture groups, in order
    QString endpoint; // the route's name, e.g. "youtube.upload.put"

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    // The body parsed as application/x-www-form-urlencoded.
    QUrlQuery form() const;
    // The body parsed as a JSON object; nullopt when it is not one.
    std::optional<QJsonObject> json() const;
    // The token of "Authorization: Bearer <token>" (or "OAuth <token>" when scheme is "OAuth").
    QString authorizationToken(const QByteArray &scheme = "Bearer") const;
    // A form value or, if absent, a query value (Graph API accepts both).
    QString param(const QString &name) const;
};

// What a handler answers. Fault injection may still replace or cut it.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse empty(int status);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse redirect(const QUrl &location);
};

using Handler = std::function<HttpResponse(const HttpRequest &)>;

// Registers handlers. `pattern` is a regular expression matched against the whole
// path (anchored); its capture groups become HttpRequest::pathParams.
class Router
{
public:
    virtual ~Router() = default;
    virtual void route(const QByteArray &method, const QString &pattern, const QString &endpoint,
                       Handler handler)
        = 0;
};

} // namespace travelflow::sandbox
