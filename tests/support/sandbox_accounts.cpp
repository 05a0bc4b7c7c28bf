#include "sandbox_accounts.h"

#include "accounts/account_service.h"
#include "accounts/account_tokens.h"
#include "http_client.h"
#include "sandbox_server.h"
#include "secrets/secret_store.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace travelflow::test {

void setSandboxClientEnvironment()
{
    const struct
    {
        const char *platform;
        const char *idVariable;
        const char *secretVariable;
    } variables[] = {
        {"youtube", "TRAVELFLOW_YOUTUBE_CLIENT_ID", "TRAVELFLOW_YOUTUBE_CLIENT_SECRET"},
        {"tiktok", "TRAVELFLOW_TIKTOK_CLIENT_KEY", "TRAVELFLOW_TIKTOK_CLIENT_SECRET"},
        {"instagram", "TRAVELFLOW_INSTAGRAM_CLIENT_ID", "TRAVELFLOW_INSTAGRAM_CLIENT_SECRET"},
    };
    for (const auto &v : variables) {
        const auto client = sandbox::SandboxServer::defaultClient(QLatin1String(v.platform));
        qputenv(v.idVariable, client.clientId.toUtf8());
        qputenv(v.secretVariable, client.clientSecret.toUtf8());
    }
}

AppCredentials sandboxCredentials(const QString &platform)
{
    const auto client = sandbox::SandboxServer::defaultClient(platform);
    return {client.clientId, client.clientSecret, AppCredentials::Source::Environment};
}

QString writeEndpointsFile(const sandbox::SandboxServer &server, const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("endpoints.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(server.endpoints()).toJson()) < 0) {
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return {};
    }
    return path;
}

std::optional<EndpointTable> sandboxEndpointTable(const sandbox::SandboxServer &server, const QString &dir,
                                                  QString *error)
{
    const QString path = writeEndpointsFile(server, dir);
    if (path.isEmpty()) {
        *error = QStringLiteral("cannot write the endpoints file in %1").arg(dir);
        return std::nullopt;
    }
    return EndpointTable::fromFile(path, error);
}

std::optional<Account> connectSandboxAccount(Database &db, SecretStore &secrets, QNetworkAccessManager *nam,
                                             const EndpointTable &endpoints, Platform platform)
{
    AccountService service(db, secrets, nam, endpoints);
    std::optional<Expected<QUrl>> url;
    service.beginConnect(platform, [&](const Expected<QUrl> &u) { url = u; });
    if (!QTest::qWaitFor([&] { return url.has_value(); }, 15000) || !*url) {
        qWarning("connect did not start: %s", url ? qPrintable(url->error().message) : "timeout");
        return std::nullopt;
    }
    QSignalSpy connected(&service, &AccountService::connected);
    HttpClient browser;
    const auto consent = browser.get(**url);
    browser.get(QUrl(QString::fromUtf8(consent.header("Location"))));
    if (connected.isEmpty() && !connected.wait(15000)) {
        qWarning("%s did not connect", qPrintable(platformName(platform)));
        return std::nullopt;
    }
    return connected.first().first().value<Account>();
}

QHash<QString, qint64> connectAllSandboxAccounts(const QString &dataDir, const QString &endpointsFile)
{
    QHash<QString, qint64> accounts;
    QString error;
    const auto endpoints = EndpointTable::fromFile(endpointsFile, &error);
    if (!endpoints) {
        qWarning("bad endpoints file: %s", qPrintable(error));
        return accounts;
    }
    auto db = Database::open(dataDir);
    if (!db) {
        qWarning("cannot open the profile: %s", qPrintable(db.error().message));
        return accounts;
    }
    SecretStore secrets;
    QNetworkAccessManager nam;
    for (const Platform platform : {Platform::TikTok, Platform::Instagram, Platform::YouTube}) {
        if (const auto account = connectSandboxAccount(**db, secrets, &nam, *endpoints, platform))
            accounts.insert(platformName(platform), account->id);
    }
    return accounts;
}

std::optional<OAuthTokens> accountTokens(AccountTokens &tokens, qint64 accountId)
{
    std::optional<Expected<OAuthTokens>> got;
    QObject context;
    tokens.get(accountId, &context, [&](const Expected<OAuthTokens> &t) { got = t; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 15000) || !*got)
        return std::nullopt;
    return **got;
}

} // namespace travelflow::test
