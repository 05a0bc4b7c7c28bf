#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace travelflow {

// Where each named endpoint of the three platforms lives (the table at the top of
// platform-apis.md). Defaults are the real hosts; an endpoints file (`--endpoints FILE`
// or TRAVELFLOW_ENDPOINTS=FILE, a JSON object name -> base URL) overrides some or all of
// them, e.g. to point TravelFlow at the simulator. A base may carry a path prefix: paths
// are appended to it, never replace it.
class EndpointTable
{
    Q_DECLARE_TR_FUNCTIONS(EndpointTable)

public:
    static constexpr char kEnvironmentVariable[] = "TRAVELFLOW_ENDPOINTS";

    static EndpointTable defaults();
    static QStringList names();

    // The defaults with the file's overrides. Unknown names, non-http(s) URLs, a URL with
    // a query, or unreadable JSON are errors that name the problem.
    static std::optional<EndpointTable> fromFile(const QString &path, QString *error);
    // `cliFile` (from --endpoints) wins over the environment variable; neither = defaults.
    static std::optional<EndpointTable> resolve(const QString &cliFile, QString *error);

    QUrl base(const QString &name) const;
    // base + path (+ query). `path` starts with '/' or is empty.
    QUrl url(const QString &name, const QString &path = QString(),
             const QUrlQuery &query = QUrlQuery()) const;
    bool isOverridden(const QString &name) const;

private:
    QMap<QString, QUrl> m_bases;
    QStringList m_overridden;
};

} // namespace travelflow
