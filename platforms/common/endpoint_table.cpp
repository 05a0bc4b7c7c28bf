#include "endpoint_table.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace travelflow {

namespace {

const QList<std::pair<const char *, const char *>> &defaultBases()
{
    static const QList<std::pair<const char *, const char *>> bases{
        {"tiktok.auth", "https://www.tiktok.com/v2/auth/authorize/"},
        {"tiktok.api", "https://open.tiktokapis.com"},
        {"instagram.auth", "https://www.facebook.com/v25.0/dialog/oauth"},
        {"instagram.graph", "https://graph.facebook.com/v25.0"},
        {"instagram.rupload", "https://rupload.facebook.com"},
        {"youtube.auth", "https://accounts.google.com/o/oauth2/v2/auth"},
        {"youtube.token", "https://oauth2.googleapis.com"},
        {"youtube.api", "https://www.googleapis.com/youtube/v3"},
        {"youtube.upload", "https://www.googleapis.com/upload/youtube/v3"},
    };
    return bases;
}

} // namespace

EndpointTable EndpointTable::defaults()
{
    EndpointTable table;
    for (const auto &[name, url] : defaultBases())
        table.m_bases.insert(QLatin1String(name), QUrl(QLatin1String(url)));
    return table;
}

QStringList EndpointTable::names()
{
    QStringList out;
    for (const auto &entry : defaultBases())
        out.append(QLatin1String(entry.first));
    return out;
}

std::optional<EndpointTable> EndpointTable::fromFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<EndpointTable> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the endpoints file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return fail(tr("The endpoints file %1 must be a JSON object of endpoint name to base URL (%2).")
                        .arg(path, parseError.errorString()));
    }
    EndpointTable table = defaults();
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!table.m_bases.contains(it.key())) {
            return fail(tr("The endpoints file %1 names an unknown endpoint \"%2\". Known names: %3.")
                            .arg(path, it.key(), names().join(QStringLiteral(", "))));
        }
        const QUrl url(it.value().toString(), QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
            return fail(
                tr("The endpoints file %1 gives \"%2\" a base that is not an http(s) URL without a query: %3")
                    .arg(path, it.key(), it.value().toString()));
        }
        table.m_bases.insert(it.key(), url);
        table.m_overridden.append(it.key());
    }
    return table;
}

std::optional<EndpointTable> EndpointTable::resolve(const QString &cliFile, QString *error)
{
    if (!cliFile.isEmpty())
        return fromFile(cliFile, error);
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromFile(fromEnvironment, error);
    return defaults();
}

QUrl EndpointTable::base(const QString &name) const
{
    return m_bases.value(name);
}

QUrl EndpointTable::url(const QString &name, const QString &path, const QUrlQuery &query) const
{
    QUrl url = base(name);
    if (!path.isEmpty()) {
        QString basePath = url.path(QUrl::FullyEncoded);
        if (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
        url.setPath(basePath + path, QUrl::TolerantMode);
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool EndpointTable::isOverridden(const QString &name) const
{
    return m_overridden.contains(name);
}

} // namespace travelflow
