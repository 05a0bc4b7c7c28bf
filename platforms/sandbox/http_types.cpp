#include "http_types.h"

namespace travelflow::sandbox {

QUrlQuery HttpRequest::form() const
{
    // '+' means space in form bodies; QUrlQuery keeps it literal.
    QByteArray body_ = body;
    body_.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body_));
}

std::optional<QJsonObject> HttpRequest::json() const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString HttpRequest::authorizationToken(const QByteArray &scheme) const
{
    const QByteArray value = header("authorization").trimmed();
    const QByteArray prefix = scheme + ' ';
    if (!value.startsWith(prefix))
        return {};
    return QString::fromUtf8(value.mid(prefix.size()).trimmed());
}

QString HttpRequest::param(const QString &name) const
{
    const QUrlQuery f = form();
    if (f.hasQueryItem(name))
        return f.queryItemValue(name, QUrl::FullyDecoded);
    return queryValue(name);
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    HttpResponse r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &text)
{
    HttpResponse r;
    r.status = status;
    r.body = text;
    r.contentType = "text/plain; charset=UTF-8";
    return r;
}

HttpResponse HttpResponse::redirect(const QUrl &location)
{
    HttpResponse r = empty(302);
    r.headers.append({"Location", location.toEncoded()});
    return r;
}

} // namespace travelflow::sandbox
