// The YouTube simulator over real HTTP: Google OAuth with PKCE, resumable uploads, comments,
// statistics, quota, platform faults, the simulated audience and persistence, each with
// correct and incorrect requests.

#include "audience_script.h"
#include "sandbox_endpoints.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/test_env.h"
#include "youtube_simulator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <memory>

using namespace travelflow::sandbox;
using travelflow::test::HttpClient;
using travelflow::test::HttpReply;

namespace {

const QString kUploadScope = QStringLiteral("https://www.googleapis.com/auth/youtube.upload");
const QString kForceSslScope = QStringLiteral("https://www.googleapis.com/auth/youtube.force-ssl");
const QString kReadonlyScope = QStringLiteral("https://www.googleapis.com/auth/youtube.readonly");
const QStringList kAllScopes{kUploadScope, kForceSslScope, kReadonlyScope};
const QString kRedirect = QStringLiteral("http://127.0.0.1:8765/callback");
constexpr qint64 kChunk = 262144;

using Query = QList<QPair<QString, QString>>;

QString makeVerifier()
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    QString out;
    for (int i = 0; i < 64; ++i)
        out.append(QLatin1Char(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())))));
    return out;
}

// Computed here rather than with OAuthGrants, so the test does not trust the code it tests.
QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(QRandomGenerator::global()->bounded(256));
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QJsonObject errorItem(const HttpReply &reply)
{
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject();
}

QString reasonOf(const HttpReply &reply)
{
    return errorItem(reply).value(QStringLiteral("reason")).toString();
}

QString oauthErrorOf(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error")).toString();
}

QJsonObject videoResource(const QString &title, const QJsonObject &snippetExtra = {},
                          const QJsonObject &status
                          = {{QStringLiteral("privacyStatus"), QStringLiteral("private")}})
{
    QJsonObject snippet = snippetExtra;
    snippet.insert(QStringLiteral("title"), title);
    return QJsonObject{{QStringLiteral("snippet"), snippet}, {QStringLiteral("status"), status}};
}

QJsonArray itemsOf(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("items")).toArray();
}

QString pacificDayOf(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles"))).date().toString(Qt::ISODate);
}

struct Tokens
{
    QString access;
    QString refresh;
    QString code;
    QString verifier;
    QString error;
};

} // namespace

class TestYouTubeSimulator : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    YouTubeSimulator *m_youtube = nullptr;
    HttpClient m_http;

    // An absolute URL on `base` (default: this test's server) with every query value
    // percent-encoded, so '+' and '&' arrive as themselves.
    QUrl url(const QString &path, const Query &query = {}, const QString &base = {}) const
    {
        QByteArray encoded = QString((base.isEmpty() ? m_server->baseUrl() : base) + path).toUtf8();
        for (qsizetype i = 0; i < query.size(); ++i) {
            encoded += (i == 0 ? '?' : '&') + QUrl::toPercentEncoding(query.at(i).first) + '='
                + QUrl::toPercentEncoding(query.at(i).second);
        }
        return QUrl::fromEncoded(encoded, QUrl::StrictMode);
    }

    QUrl api(const QString &resource, const Query &query) const
    {
        return url(QString(paths::kYouTubeApi + resource), query);
    }

    Query authorizeQuery(const QString &challenge, const QString &state, bool offline,
                         const QStringList &scopes = kAllScopes) const
    {
        return {
            {QStringLiteral("client_id"), SandboxServer::defaultClient(QStringLiteral("youtube")).clientId},
            {QStringLiteral("redirect_uri"), kRedirect},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
            {QStringLiteral("code_challenge"), challenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("state"), state},
            {QStringLiteral("access_type"), offline ? QStringLiteral("offline") : QStringLiteral("online")}};
    }

    // The code of a fresh approval (empty when the authorize step failed).
    QString authorizeCode(const QString &verifier, bool offline = true,
                          const QStringList &scopes = kAllScopes)
    {
        const HttpReply reply
            = m_http.get(url(paths::kYouTubeAuth,
                             authorizeQuery(challengeOf(verifier), QStringLiteral("st"), offline, scopes)));
        if (reply.status != 302)
            return {};
        return QUrlQuery(QUrl::fromEncoded(reply.header("location"))).queryItemValue(QStringLiteral("code"));
    }

    QUrlQuery codeForm(const QString &code, const QString &verifier,
                       const QString &redirect = kRedirect) const
    {
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("youtube"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("client_id"), client.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("code_verifier"), verifier);
        form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        return form;
    }

    HttpReply postToken(const QUrlQuery &form, const QString &base = {})
    {
        return m_http.postForm(url(QString(paths::kYouTubeToken + QStringLiteral("/token")), {}, base), form);
    }

    // The whole consent flow: authorize (302), then the code exchange.
    Tokens connectAccount(const QStringList &scopes = kAllScopes, bool offline = true)
    {
        Tokens t;
        t.verifier = makeVerifier();
        t.code = authorizeCode(t.verifier, offline, scopes);
        if (t.code.isEmpty()) {
            t.error = QStringLiteral("authorize did not redirect with a code");
            return t;
        }
        const HttpReply reply = postToken(codeForm(t.code, t.verifier));
        if (reply.status != 200) {
            t.error = QStringLiteral("token exchange: %1 %2")
                          .arg(reply.status)
                          .arg(QString::fromUtf8(reply.body));
            return t;
        }
        t.access = reply.json().value(QStringLiteral("access_token")).toString();
        t.refresh = reply.json().value(QStringLiteral("refresh_token")).toString();
        return t;
    }

    QString refreshed(const QString &refreshToken)
    {
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("youtube"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), client.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
        form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
        return postToken(form).json().value(QStringLiteral("access_token")).toString();
    }

    HttpReply channels(const QString &token)
    {
        return m_http.get(api(QStringLiteral("/channels"),
                              {{QStringLiteral("part"), QStringLiteral("snippet")},
                               {QStringLiteral("mine"), QStringLiteral("true")}}),
                          HttpClient::bearer(token));
    }

    HttpReply startSession(const QString &token, const QJsonObject &resource, qint64 total)
    {
        return m_http.send("POST",
                           url(QString(paths::kYouTubeUpload + QStringLiteral("/videos")),
                               {{QStringLiteral("uploadType"), QStringLiteral("resumable")},
                                {QStringLiteral("part"), QStringLiteral("snippet,status")}}),
                           QJsonDocument(resource).toJson(QJsonDocument::Compact),
                           HttpClient::bearer(token,
                                              {{"Content-Type", "application/json; charset=UTF-8"},
                                               {"X-Upload-Content-Length", QByteArray::number(total)},
                                               {"X-Upload-Content-Type", "video/mp4"}}));
    }

    // The session URI of a new upload (invalid when the start failed).
    QUrl session(const QString &token, qint64 total,
                 const QString &title = QStringLiteral("Sunset in Tbilisi"))
    {
        const HttpReply reply = startSession(token, videoResource(title), total);
        return reply.status == 200 ? QUrl::fromEncoded(reply.header("location")) : QUrl();
    }

    HttpReply put(const QUrl &sessionUrl, const QString &token, const QByteArray &body,
                  const QByteArray &contentRange = {})
    {
        HttpClient::Headers headers = HttpClient::bearer(token, {{"Content-Type", "video/mp4"}});
        if (!contentRange.isEmpty())
            headers.append({"Content-Range", contentRange});
        return m_http.send("PUT", sessionUrl, body, headers);
    }

    HttpReply putChunk(const QUrl &sessionUrl, const QString &token, const QByteArray &data, qint64 first,
                       qint64 length)
    {
        return put(sessionUrl, token, data.mid(first, length),
                   "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1) + '/'
                       + QByteArray::number(data.size()));
    }

    HttpReply statusQuery(const QUrl &sessionUrl, const QString &token, qint64 total)
    {
        return put(sessionUrl, token, {}, "bytes */" + QByteArray::number(total));
    }

    // Uploads `data` in one PUT; returns the new video's id (empty on failure).
    QString uploadVideo(const QString &token, const QByteArray &data, HttpReply *finalReply = nullptr)
    {
        const QUrl sessionUrl = session(token, data.size());
        if (!sessionUrl.isValid())
            return {};
        const HttpReply reply = put(sessionUrl, token, data);
        if (finalReply)
            *finalReply = reply;
        return reply.status == 200 ? reply.json().value(QStringLiteral("id")).toString() : QString();
    }

    HttpReply threads(const QString &token, const Query &extra)
    {
        Query query{{QStringLiteral("part"), QStringLiteral("snippet,replies")}};
        query.append(extra);
        return m_http.get(api(QStringLiteral("/commentThreads"), query), HttpClient::bearer(token));
    }

    HttpReply replies(const QString &token, const Query &extra)
    {
        Query query{{QStringLiteral("part"), QStringLiteral("snippet")}};
        query.append(extra);
        return m_http.get(api(QStringLiteral("/comments"), query), HttpClient::bearer(token));
    }

    HttpReply insertReply(const QString &token, const QString &parentId, const QString &text)
    {
        return m_http.postJson(
            api(QStringLiteral("/comments"), {{QStringLiteral("part"), QStringLiteral("snippet")}}),
            QJsonObject{{QStringLiteral("snippet"),
                         QJsonObject{{QStringLiteral("parentId"), parentId},
                                     {QStringLiteral("textOriginal"), text}}}},
            HttpClient::bearer(token));
    }

    HttpReply videosList(const QString &token, const QString &ids, const QString &part)
    {
        return m_http.get(
            api(QStringLiteral("/videos"), {{QStringLiteral("part"), part}, {QStringLiteral("id"), ids}}),
            HttpClient::bearer(token));
    }

    QJsonObject world() const { return m_youtube->worldView(); }

    void advance(qint64 seconds) { m_server->clock().advance(std::chrono::seconds(seconds)); }

    void addFault(FaultRule::Action action, const QString &endpoint = {}, const QString &reason = {})
    {
        FaultRule rule;
        rule.action = action;
        rule.platform = QStringLiteral("youtube");
        rule.endpoint = endpoint;
        rule.reason = reason;
        m_server->faults().add(rule);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        m_youtube = &m_server->add<YouTubeSimulator>();
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_youtube = nullptr;
    }

    // ---- OAuth -----------------------------------------------------------------------------------

    void authorizeRedirectsToLoopbackWithCodeAndState()
    {
        const QString state = QStringLiteral("s+t/a=te&x y");
        const HttpReply reply
            = m_http.get(url(paths::kYouTubeAuth, authorizeQuery(challengeOf(makeVerifier()), state, true)));
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("location"), QUrl::StrictMode);
        QCOMPARE(location.scheme(), QStringLiteral("http"));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(location.port(), 8765);
        QCOMPARE(location.path(), QStringLiteral("/callback"));
        const QUrlQuery back(location);
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(code.size() >= 20);
        QCOMPARE(back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
        QCOMPARE(back.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' ')),
                 kAllScopes);
        QVERIFY(!back.hasQueryItem(QStringLiteral("error")));

        // Every approval gets its own random code.
        const HttpReply again
            = m_http.get(url(paths::kYouTubeAuth, authorizeQuery(challengeOf(makeVerifier()), state, true)));
        QCOMPARE(again.status, 302);
        QVERIFY(QUrlQuery(QUrl::fromEncoded(again.header("location"))).queryItemValue(QStringLiteral("code"))
                != code);
    }

    void authorizeRejectsInvalidRequests_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value"); // null: the parameter is left out
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");

        QTest::newRow("https redirect")
            << QStringLiteral("redirect_uri") << QStringLiteral("https://example.com/cb") << 400
            << QStringLiteral("redirect_uri_mismatch");
        QTest::newRow("loopback without port")
            << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1/callback") << 400
            << QStringLiteral("redirect_uri_mismatch");
        QTest::newRow("remote http host")
            << QStringLiteral("redirect_uri") << QStringLiteral("http://192.168.1.5:8765/callback") << 400
            << QStringLiteral("redirect_uri_mismatch");
        QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("someone-else")
                                        << 401 << QStringLiteral("invalid_client");
        QTest::newRow("implicit flow") << QStringLiteral("response_type") << QStringLiteral("token") << 400
                                       << QStringLiteral("unsupported_response_type");
        QTest::newRow("unknown scope")
            << QStringLiteral("scope") << QStringLiteral("https://www.googleapis.com/auth/drive") << 400
            << QStringLiteral("invalid_scope");
        QTest::newRow("no scope") << QStringLiteral("scope") << QString() << 400
                                  << QStringLiteral("invalid_request");
        QTest::newRow("plain PKCE") << QStringLiteral("code_challenge_method") << QStringLiteral("plain")
                                    << 400 << QStringLiteral("invalid_request");
        QTest::newRow("no challenge")
            << QStringLiteral("code_challenge") << QString() << 400 << QStringLiteral("invalid_request");
        QTest::newRow("hex challenge")
            << QStringLiteral("code_challenge") << QString(QStringLiteral("ab").repeated(32)) << 400
            << QStringLiteral("invalid_request");
    }

    void authorizeRejectsInvalidRequests()
    {
        QFETCH(QString, param);
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(QString, error);

        Query query;
        for (const auto &item : authorizeQuery(challengeOf(makeVerifier()), QStringLiteral("st"), true)) {
            if (item.first != param)
                query.append(item);
            else if (!value.isNull())
                query.append({param, value});
        }
        const HttpReply reply = m_http.get(url(paths::kYouTubeAuth, query));
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.headers.contains("location"));
        QVERIFY2(reply.body.contains(QString(QStringLiteral("Error %1: ").arg(status) + error).toUtf8()),
                 reply.body.constData());
    }

    void denyAuthorizeFaultRedirectsWithAccessDenied()
    {
        addFault(FaultRule::Action::DenyAuthorize, QStringLiteral("youtube.auth"));
        const HttpReply denied = m_http.get(url(
            paths::kYouTubeAuth, authorizeQuery(challengeOf(makeVerifier()), QStringLiteral("st1"), true)));
        QCOMPARE(denied.status, 302);
        const QUrlQuery back(QUrl::fromEncoded(denied.header("location")));
        QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("st1"));
        QVERIFY(!back.hasQueryItem(QStringLiteral("code")));

        // The fault fired once; the next attempt is approved.
        QVERIFY(!authorizeCode(makeVerifier()).isEmpty());
    }

    void tokenExchangeChecksPkceRedirectAndSingleUse()
    {
        // PKCE mismatch.
        const QString verifier = makeVerifier();
        const QString code = authorizeCode(verifier);
        QVERIFY(!code.isEmpty());
        HttpReply reply = postToken(codeForm(code, makeVerifier()));
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_grant"));
        // The failed attempt used the code up.
        reply = postToken(codeForm(code, verifier));
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_grant"));

        // redirect_uri must match exactly.
        const QString verifier2 = makeVerifier();
        reply = postToken(
            codeForm(authorizeCode(verifier2), verifier2, QStringLiteral("http://127.0.0.1:8765/other")));
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("redirect_uri_mismatch"));

        // A wrong client secret is refused before the code is looked at.
        const QString verifier3 = makeVerifier();
        const QString code3 = authorizeCode(verifier3);
        QUrlQuery wrongSecret = codeForm(code3, verifier3);
        wrongSecret.removeQueryItem(QStringLiteral("client_secret"));
        wrongSecret.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("guess"));
        reply = postToken(wrongSecret);
        QCOMPARE(reply.status, 401);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_client"));

        reply = postToken(codeForm(code3, verifier3));
        QCOMPARE(reply.status, 200);
        const QJsonObject token = reply.json();
        QVERIFY(token.value(QStringLiteral("access_token")).toString().size() >= 20);
        QVERIFY(token.value(QStringLiteral("refresh_token")).toString().size() >= 20);
        QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 3599);
        QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(token.value(QStringLiteral("scope")).toString().split(QLatin1Char(' ')), kAllScopes);
        QCOMPARE(channels(token.value(QStringLiteral("access_token")).toString()).status, 200);

        // Codes are single-use.
        reply = postToken(codeForm(code3, verifier3));
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_grant"));

        // Form encoding is required, and only the two grant types exist.
        const QString verifier4 = makeVerifier();
        QJsonObject asJson;
        const QUrlQuery form4 = codeForm(authorizeCode(verifier4), verifier4);
        for (const auto &[key, value] : form4.queryItems(QUrl::FullyDecoded))
            asJson.insert(key, value);
        reply = m_http.postJson(url(QString(paths::kYouTubeToken + QStringLiteral("/token"))), asJson);
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_request"));
        QUrlQuery password = form4;
        password.removeQueryItem(QStringLiteral("grant_type"));
        password.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        reply = postToken(password);
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("unsupported_grant_type"));

        // Without access_type=offline there is no refresh token.
        const Tokens online = connectAccount(kAllScopes, false);
        QVERIFY2(!online.access.isEmpty(), qPrintable(online.error));
        QVERIFY(online.refresh.isEmpty());
    }

    void refreshKeepsTheRefreshTokenAndRevokeEndsTheGrant()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));

        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("youtube"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), client.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
        form.addQueryItem(QStringLiteral("refresh_token"), t.refresh);
        HttpReply reply = postToken(form);
        QCOMPARE(reply.status, 200);
        const QString access2 = reply.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(!access2.isEmpty() && access2 != t.access);
        QVERIFY(!reply.json().contains(QStringLiteral("refresh_token"))); // Google does not rotate
        QCOMPARE(reply.json().value(QStringLiteral("expires_in")).toInt(), 3599);
        QCOMPARE(channels(access2).status, 200);

        // The same refresh token keeps working.
        reply = postToken(form);
        QCOMPARE(reply.status, 200);
        const QString access3 = reply.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(channels(access3).status, 200);

        // Revoke (form body) ends the whole grant.
        QUrlQuery revoke;
        revoke.addQueryItem(QStringLiteral("token"), access3);
        const QUrl revokeUrl = url(QString(paths::kYouTubeToken + QStringLiteral("/revoke")));
        reply = m_http.postForm(revokeUrl, revoke);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonObject());
        reply = channels(access3);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reasonOf(reply), QStringLiteral("authError"));
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
        reply = postToken(form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_grant"));

        reply = m_http.postForm(revokeUrl, revoke);
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_token"));
        reply = m_http.postForm(revokeUrl, QUrlQuery());
        QCOMPARE(reply.status, 400);
        QCOMPARE(oauthErrorOf(reply), QStringLiteral("invalid_request"));

        // Revoke with ?token= (the documented form) and a refresh token.
        const Tokens other = connectAccount();
        QVERIFY2(!other.access.isEmpty(), qPrintable(other.error));
        reply = m_http.send("POST",
                            url(QString(paths::kYouTubeToken + QStringLiteral("/revoke")),
                                {{QStringLiteral("token"), other.refresh}}),
                            {}, {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(channels(other.access).status, 401);
    }

    void accessTokensExpire()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        QCOMPARE(channels(t.access).status, 200);
        advance(3600);
        const HttpReply reply = channels(t.access);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reasonOf(reply), QStringLiteral("authError"));
        QCOMPARE(channels(refreshed(t.refresh)).status, 200);
    }

    // ---- channels ----------------------------------------------------------------------------

    void channelsMineNamesTheConnectedChannel()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        HttpReply reply = channels(t.access);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("youtube#channelListResponse"));
        const QJsonObject channel = itemsOf(reply).at(0).toObject();
        QVERIFY(channel.value(QStringLiteral("id")).toString().startsWith(QLatin1String("UCsandbox")));
        QCOMPARE(
            channel.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Sandbox Traveller"));

        reply = m_http.get(api(QStringLiteral("/channels"),
                               {{QStringLiteral("part"), QStringLiteral("snippet")},
                                {QStringLiteral("mine"), QStringLiteral("true")}}));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reasonOf(reply), QStringLiteral("authError"));
        QCOMPARE(errorItem(reply).value(QStringLiteral("domain")).toString(), QStringLiteral("global"));
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
        reply = m_http.get(api(QStringLiteral("/channels"),
                               {{QStringLiteral("part"), QStringLiteral("snippet")},
                                {QStringLiteral("mine"), QStringLiteral("true")}}),
                           {{"Authorization", "Basic dXNlcjpwYXNz"}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(channels(QStringLiteral("not-a-token")).status, 401);

        const Tokens uploadOnly = connectAccount({kUploadScope});
        QVERIFY2(!uploadOnly.access.isEmpty(), qPrintable(uploadOnly.error));
        reply = channels(uploadOnly.access);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reasonOf(reply), QStringLiteral("insufficientPermissions"));

        reply
            = m_http.get(api(QStringLiteral("/channels"), {{QStringLiteral("mine"), QStringLiteral("true")}}),
                         HttpClient::bearer(t.access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("required"));
        reply = m_http.get(api(QStringLiteral("/channels"),
                               {{QStringLiteral("part"), QStringLiteral("bogus")},
                                {QStringLiteral("mine"), QStringLiteral("true")}}),
                           HttpClient::bearer(t.access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("unknownPart"));
        reply = m_http.get(
            api(QStringLiteral("/channels"), {{QStringLiteral("part"), QStringLiteral("snippet")}}),
            HttpClient::bearer(t.access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("missingRequiredParameter"));

        // Only the successful call cost a unit.
        QCOMPARE(
            world().value(QStringLiteral("quota")).toObject().value(QStringLiteral("used_units")).toInt(), 1);
    }

    // ---- resumable uploads -------------------------------------------------------------------

    void sessionStartValidatesHeadersAndResource_data()
    {
        QTest::addColumn<QJsonObject>("resource");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("uploadLength"); // empty: header left out
        QTest::addColumn<QByteArray>("mediaType");
        QTest::addColumn<QString>("uploadType"); // null: parameter left out
        QTest::addColumn<QString>("part");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");

        const QByteArray json = "application/json; charset=UTF-8";
        const QString resumable = QStringLiteral("resumable");
        const QString part = QStringLiteral("snippet,status");
        const auto row = [&](const char *name, const QJsonObject &resource, int status, const char *reason) {
            QTest::newRow(name) << resource << json << QByteArray("1000") << QByteArray("video/mp4")
                                << resumable << part << status << QString::fromLatin1(reason);
        };
        const QJsonObject privateStatus{{QStringLiteral("privacyStatus"), QStringLiteral("private")}};
        const QString future = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        const QString cyrillic2500 = QString(2500, QChar(0x044F)); // 'я', 2 bytes each in UTF-8
        const auto tags = [](const QStringList &list) {
            return QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(list)}};
        };

        row("valid", videoResource(QStringLiteral("Sunset in Tbilisi")), 200, "");
        row("title of 100 characters", videoResource(QString(100, QLatin1Char('a'))), 200, "");
        row("title of 101 characters", videoResource(QString(101, QLatin1Char('a'))), 400, "invalidTitle");
        row("title of 100 emoji", videoResource(QStringLiteral("🌄").repeated(100)), 200, "");
        row("title with <", videoResource(QStringLiteral("Best <b>tour</b>")), 400, "invalidTitle");
        row("empty title", videoResource(QString()), 400, "invalidTitle");
        row("no snippet", QJsonObject{{QStringLiteral("status"), privateStatus}}, 400, "invalidTitle");
        row("description of 5000 bytes",
            videoResource(QStringLiteral("t"), {{QStringLiteral("description"), cyrillic2500}}), 200, "");
        row("description of 5001 bytes",
            videoResource(QStringLiteral("t"),
                          {{QStringLiteral("description"), QString(cyrillic2500 + QLatin1Char('a'))}}),
            400, "invalidDescription");
        row("description with >",
            videoResource(QStringLiteral("t"), {{QStringLiteral("description"), QStringLiteral("a > b")}}),
            400, "invalidDescription");
        // "a b" tags count their quotes: 498 + 2 = 500.
        row("tags of 500 with quotes",
            videoResource(QStringLiteral("t"),
                          tags({QString(QStringLiteral("a ") + QString(496, QLatin1Char('x')))})),
            200, "");
        row("tags of 501 with quotes",
            videoResource(QStringLiteral("t"),
                          tags({QString(QStringLiteral("a ") + QString(497, QLatin1Char('x')))})),
            400, "invalidTags");
        // Commas count: 250 + 1 + 249 = 500, 250 + 1 + 250 = 501.
        row("tags of 500 with comma",
            videoResource(QStringLiteral("t"),
                          tags({QString(250, QLatin1Char('x')), QString(249, QLatin1Char('y'))})),
            200, "");
        row("tags of 501 with comma",
            videoResource(QStringLiteral("t"),
                          tags({QString(250, QLatin1Char('x')), QString(250, QLatin1Char('y'))})),
            400, "invalidTags");
        row("unknown category",
            videoResource(QStringLiteral("t"), {{QStringLiteral("categoryId"), QStringLiteral("999")}}), 400,
            "invalidCategoryId");
        row("travel category",
            videoResource(QStringLiteral("t"), {{QStringLiteral("categoryId"), QStringLiteral("19")}}), 200,
            "");
        row("privacy secret",
            videoResource(QStringLiteral("t"), {},
                          {{QStringLiteral("privacyStatus"), QStringLiteral("secret")}}),
            400, "invalidVideoMetadata");
        row("publishAt with public",
            videoResource(QStringLiteral("t"), {},
                          {{QStringLiteral("privacyStatus"), QStringLiteral("public")},
                           {QStringLiteral("publishAt"), future}}),
            400, "invalidPublishAt");
        row("publishAt in the past",
            videoResource(QStringLiteral("t"), {},
                          {{QStringLiteral("privacyStatus"), QStringLiteral("private")},
                           {QStringLiteral("publishAt"), past}}),
            400, "invalidPublishAt");
        row("publishAt not ISO 8601",
            videoResource(QStringLiteral("t"), {},
                          {{QStringLiteral("privacyStatus"), QStringLiteral("private")},
                           {QStringLiteral("publishAt"), QStringLiteral("tomorrow at noon")}}),
            400, "invalidPublishAt");
        row("scheduled private",
            videoResource(QStringLiteral("t"), {},
                          {{QStringLiteral("privacyStatus"), QStringLiteral("private")},
                           {QStringLiteral("publishAt"), future}}),
            200, "");

        const QJsonObject valid = videoResource(QStringLiteral("Sunset"));
        QTest::newRow("no X-Upload-Content-Length")
            << valid << json << QByteArray() << QByteArray("video/mp4") << resumable << part << 400
            << QStringLiteral("required");
        QTest::newRow("zero X-Upload-Content-Length")
            << valid << json << QByteArray("0") << QByteArray("video/mp4") << resumable << part << 400
            << QStringLiteral("badRequest");
        QTest::newRow("over 256 GB") << valid << json << QByteArray("274877906945") << QByteArray("video/mp4")
                                     << resumable << part << 400 << QStringLiteral("badRequest");
        QTest::newRow("text/plain body")
            << valid << QByteArray("text/plain") << QByteArray("1000") << QByteArray("video/mp4") << resumable
            << part << 400 << QStringLiteral("badContent");
        QTest::newRow("image media type") << valid << json << QByteArray("1000") << QByteArray("image/png")
                                          << resumable << part << 400 << QStringLiteral("badContent");
        QTest::newRow("no media type") << valid << json << QByteArray("1000") << QByteArray() << resumable
                                       << part << 400 << QStringLiteral("required");
        QTest::newRow("multipart upload")
            << valid << json << QByteArray("1000") << QByteArray("video/mp4") << QStringLiteral("multipart")
            << part << 400 << QStringLiteral("badRequest");
        QTest::newRow("no uploadType") << valid << json << QByteArray("1000") << QByteArray("video/mp4")
                                       << QString() << part << 400 << QStringLiteral("required");
        QTest::newRow("no part") << valid << json << QByteArray("1000") << QByteArray("video/mp4")
                                 << resumable << QString() << 400 << QStringLiteral("required");
    }

    void sessionStartValidatesHeadersAndResource()
    {
        QFETCH(QJsonObject, resource);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, uploadLength);
        QFETCH(QByteArray, mediaType);
        QFETCH(QString, uploadType);
        QFETCH(QString, part);
        QFETCH(int, status);
        QFETCH(QString, reason);

        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        Query query;
        if (!uploadType.isNull())
            query.append({QStringLiteral("uploadType"), uploadType});
        if (!part.isEmpty())
            query.append({QStringLiteral("part"), part});
        HttpClient::Headers headers = HttpClient::bearer(t.access, {{"Content-Type", contentType}});
        if (!uploadLength.isEmpty())
            headers.append({"X-Upload-Content-Length", uploadLength});
        if (!mediaType.isEmpty())
            headers.append({"X-Upload-Content-Type", mediaType});
        const HttpReply reply
            = m_http.send("POST", url(QString(paths::kYouTubeUpload + QStringLiteral("/videos")), query),
                          QJsonDocument(resource).toJson(QJsonDocument::Compact), headers);
        QVERIFY2(reply.status == status, reply.body.constData());
        const QJsonArray uploads = world().value(QStringLiteral("uploads")).toArray();
        if (status == 200) {
            const QByteArray location = reply.header("location");
            QVERIFY(location.startsWith(QString(m_server->baseUrl() + paths::kYouTubeUpload
                                                + QStringLiteral("/videos?uploadType=resumable"))
                                            .toUtf8()));
            QVERIFY(location.contains("upload_id="));
            QVERIFY(reply.body.isEmpty());
            QCOMPARE(uploads.size(), 1);
        } else {
            QCOMPARE(reasonOf(reply), reason);
            QCOMPARE(
                reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                status);
            QVERIFY(!reply.headers.contains("location"));
            QCOMPARE(uploads.size(), 0);
        }
    }

    void sessionStartNeedsTheUploadScope()
    {
        const Tokens readonly = connectAccount({kReadonlyScope});
        QVERIFY2(!readonly.access.isEmpty(), qPrintable(readonly.error));
        HttpReply reply = startSession(readonly.access, videoResource(QStringLiteral("t")), 1000);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reasonOf(reply), QStringLiteral("insufficientPermissions"));
        reply = startSession(QStringLiteral("forged"), videoResource(QStringLiteral("t")), 1000);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reasonOf(reply), QStringLiteral("authError"));
    }

    void resumableUploadResumesAfterAnInterruption()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QByteArray data = randomBytes(4 * kChunk + 1000);
        const QUrl sessionUrl = session(t.access, data.size());
        QVERIFY(sessionUrl.isValid());

        HttpReply reply = putChunk(sessionUrl, t.access, data, 0, kChunk);
        QCOMPARE(reply.status, 308);
        QCOMPARE(reply.header("range"), QByteArray("bytes=0-262143"));
        reply = putChunk(sessionUrl, t.access, data, kChunk, kChunk);
        QCOMPARE(reply.status, 308);
        QCOMPARE(reply.header("range"), QByteArray("bytes=0-524287"));

        // The connection broke: ask how far the upload got.
        reply = statusQuery(sessionUrl, t.access, data.size());
        QCOMPARE(reply.status, 308);
        QCOMPARE(reply.header("range"), QByteArray("bytes=0-524287"));

        // Wrong restart point, and a non-final chunk that is not a multiple of 256 KiB.
        reply = putChunk(sessionUrl, t.access, data, 0, kChunk);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("badRequest"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("524288")));
        reply = putChunk(sessionUrl, t.access, data, 2 * kChunk, 100000);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("badRequest"));
        QVERIFY(reply.body.contains("256 KiB"));
        // A Content-Range that disagrees with the body size.
        reply = put(sessionUrl, t.access, data.mid(2 * kChunk, 1000),
                    "bytes 524288-786431/" + QByteArray::number(data.size()));
        QCOMPARE(reply.status, 400);
        // A total that differs from X-Upload-Content-Length.
        reply = put(sessionUrl, t.access, data.mid(2 * kChunk, kChunk), "bytes 524288-786431/99999999");
        QCOMPARE(reply.status, 400);
        // None of the rejected requests moved the upload on.
        reply = statusQuery(sessionUrl, t.access, data.size());
        QCOMPARE(reply.status, 308);
        const QByteArray range = reply.header("range");
        QCOMPARE(range, QByteArray("bytes=0-524287"));

        // Resume from N+1 of the Range header.
        const qint64 next = range.mid(range.indexOf('-') + 1).toLongLong() + 1;
        reply = putChunk(sessionUrl, t.access, data, next, kChunk);
        QCOMPARE(reply.status, 308);
        QCOMPARE(reply.header("range"), QByteArray("bytes=0-786431"));
        reply = putChunk(sessionUrl, t.access, data, next + kChunk, data.size() - next - kChunk);
        QCOMPARE(reply.status, 200);
        const QJsonObject video = reply.json();
        QCOMPARE(video.value(QStringLiteral("kind")).toString(), QStringLiteral("youtube#video"));
        const QString videoId = video.value(QStringLiteral("id")).toString();
        QCOMPARE(videoId.size(), 11);
        QCOMPARE(video.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Sunset in Tbilisi"));
        const QJsonObject status = video.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("uploadStatus")).toString(), QStringLiteral("uploaded"));
        QCOMPARE(status.value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("private"));

        // Asking again after completion gives the resource, not 308.
        reply = statusQuery(sessionUrl, t.access, data.size());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), videoId);

        const QJsonObject w = world();
        const QJsonObject upload = w.value(QStringLiteral("uploads")).toArray().at(0).toObject();
        QCOMPARE(upload.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(data));
        QCOMPARE(upload.value(QStringLiteral("received")).toInteger(), data.size());
        QCOMPARE(upload.value(QStringLiteral("total")).toInteger(), data.size());
        QVERIFY(upload.value(QStringLiteral("complete")).toBool());
        QCOMPARE(upload.value(QStringLiteral("video_id")).toString(), videoId);
        const QJsonObject published = w.value(QStringLiteral("videos")).toArray().at(0).toObject();
        QCOMPARE(published.value(QStringLiteral("id")).toString(), videoId);
        QCOMPARE(published.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(data));
        QCOMPARE(published.value(QStringLiteral("uploadStatus")).toString(), QStringLiteral("processed"));
    }

    void emptySessionAnswersWithoutRangeAndTakesOneWholePut()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QByteArray data = randomBytes(5000);
        const QUrl sessionUrl = session(t.access, data.size());
        QVERIFY(sessionUrl.isValid());

        HttpReply reply = statusQuery(sessionUrl, t.access, data.size());
        QCOMPARE(reply.status, 308);
        QVERIFY(!reply.headers.contains("range"));
        // A body without Content-Range must be the whole video.
        reply = put(sessionUrl, t.access, data.left(4000));
        QCOMPARE(reply.status, 400);
        reply = put(sessionUrl, t.access, data);
        QCOMPARE(reply.status, 200);
        QCOMPARE(world()
                     .value(QStringLiteral("uploads"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString()
                     .toLatin1(),
                 sha256Hex(data));

        // Unknown session, and a session URI without upload_id.
        QUrl unknown = sessionUrl;
        QUrlQuery query(unknown);
        query.removeQueryItem(QStringLiteral("upload_id"));
        query.addQueryItem(QStringLiteral("upload_id"), QStringLiteral("nope"));
        unknown.setQuery(query);
        QCOMPARE(statusQuery(unknown, t.access, data.size()).status, 404);
        query.removeQueryItem(QStringLiteral("upload_id"));
        unknown.setQuery(query);
        reply = statusQuery(unknown, t.access, data.size());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("required"));
    }

    void sessionsExpireAfterSevenDays()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QByteArray data = randomBytes(2 * kChunk);
        const QUrl sessionUrl = session(t.access, data.size());
        QCOMPARE(putChunk(sessionUrl, t.access, data, 0, kChunk).status, 308);

        advance(6 * 24 * 3600);
        QString access = refreshed(t.refresh);
        HttpReply reply = statusQuery(sessionUrl, access, data.size());
        QCOMPARE(reply.status, 308);
        QCOMPARE(reply.header("range"), QByteArray("bytes=0-262143"));

        advance(24 * 3600 + 1);
        access = refreshed(t.refresh);
        reply = statusQuery(sessionUrl, access, data.size());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reasonOf(reply), QStringLiteral("notFound"));
        QCOMPARE(putChunk(sessionUrl, access, data, kChunk, kChunk).status, 404);
    }

    void uploadUrlExpiredFaultEndsTheSession()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QByteArray data = randomBytes(2 * kChunk);
        const QUrl sessionUrl = session(t.access, data.size());
        QCOMPARE(putChunk(sessionUrl, t.access, data, 0, kChunk).status, 308);
        addFault(FaultRule::Action::UploadUrlExpired, QStringLiteral("youtube.upload.put"));
        QCOMPARE(putChunk(sessionUrl, t.access, data, kChunk, kChunk).status, 404);
        // The session stays dead; a new one works.
        QCOMPARE(statusQuery(sessionUrl, t.access, data.size()).status, 404);
        const QUrl fresh = session(t.access, data.size());
        QCOMPARE(putChunk(fresh, t.access, data, 0, kChunk).status, 308);
    }

    void tokenExpiringMidUploadGets401AndResumes()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QByteArray data = randomBytes(3 * kChunk + 10);
        const QUrl sessionUrl = session(t.access, data.size());
        QCOMPARE(putChunk(sessionUrl, t.access, data, 0, kChunk).status, 308);

        addFault(FaultRule::Action::TokenExpired, QStringLiteral("youtube.upload.put"));
        HttpReply reply = putChunk(sessionUrl, t.access, data, kChunk, kChunk);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reasonOf(reply), QStringLiteral("authError"));
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
        // The token stays expired.
        QCOMPARE(putChunk(sessionUrl, t.access, data, kChunk, kChunk).status, 401);

        const QString access = refreshed(t.refresh);
        reply = statusQuery(sessionUrl, access, data.size());
        QCOMPARE(reply.status, 308);
        QCOMPARE(reply.header("range"), QByteArray("bytes=0-262143"));
        QCOMPARE(putChunk(sessionUrl, access, data, kChunk, kChunk).status, 308);
        QCOMPARE(putChunk(sessionUrl, access, data, 2 * kChunk, kChunk + 10).status, 200);
        QCOMPARE(world()
                     .value(QStringLiteral("videos"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString()
                     .toLatin1(),
                 sha256Hex(data));
    }

    void processingFailureShowsOnTheVideo()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        addFault(FaultRule::Action::ProcessingFailed, QStringLiteral("youtube.upload"));
        HttpReply finalReply;
        const QString failed = uploadVideo(t.access, randomBytes(1000), &finalReply);
        QVERIFY(!failed.isEmpty());
        QCOMPARE(finalReply.json()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("uploadStatus"))
                     .toString(),
                 QStringLiteral("uploaded"));
        addFault(FaultRule::Action::ProcessingFailed, QStringLiteral("youtube.upload"),
                 QStringLiteral("conversion"));
        const QString conversion = uploadVideo(t.access, randomBytes(1000));
        const QString fine = uploadVideo(t.access, randomBytes(1000));

        const HttpReply reply
            = videosList(t.access, QStringList{failed, conversion, fine}.join(QLatin1Char(',')),
                         QStringLiteral("status,processingDetails"));
        QCOMPARE(reply.status, 200);
        const QJsonArray items = itemsOf(reply);
        QCOMPARE(items.size(), 3);
        const auto status
            = [&](int i) { return items.at(i).toObject().value(QStringLiteral("status")).toObject(); };
        const auto processing = [&](int i) {
            return items.at(i).toObject().value(QStringLiteral("processingDetails")).toObject();
        };
        QCOMPARE(status(0).value(QStringLiteral("uploadStatus")).toString(), QStringLiteral("failed"));
        QCOMPARE(status(0).value(QStringLiteral("failureReason")).toString(), QStringLiteral("codec"));
        QCOMPARE(processing(0).value(QStringLiteral("processingStatus")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(status(1).value(QStringLiteral("failureReason")).toString(), QStringLiteral("conversion"));
        QCOMPARE(status(2).value(QStringLiteral("uploadStatus")).toString(), QStringLiteral("processed"));
        QVERIFY(!status(2).contains(QStringLiteral("failureReason")));
        QCOMPARE(processing(2).value(QStringLiteral("processingStatus")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(world()
                     .value(QStringLiteral("videos"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("uploadStatus"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    // ---- quota -------------------------------------------------------------------------------

    void unitsRunOutAndComeBackAtPacificMidnight()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString videoId = uploadVideo(t.access, randomBytes(100));
        QVERIFY(!videoId.isEmpty());
        m_youtube->addComments(videoId, 1);
        HttpReply reply = threads(t.access, {{QStringLiteral("videoId"), videoId}}); // 1 unit
        const QString parentId = itemsOf(reply).at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!parentId.isEmpty());

        // 9,999 units left: 199 replies at 50, then 49 lists at 1.
        int inserts = 0;
        for (; inserts < 250; ++inserts) {
            reply = insertReply(t.access, parentId, QStringLiteral("Thanks!"));
            if (reply.status != 200)
                break;
        }
        QCOMPARE(inserts, 199);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reasonOf(reply), QStringLiteral("quotaExceeded"));
        QCOMPARE(errorItem(reply).value(QStringLiteral("domain")).toString(),
                 QStringLiteral("youtube.quota"));
        int lists = 0;
        for (; lists < 100; ++lists) {
            reply = threads(t.access, {{QStringLiteral("videoId"), videoId}});
            if (reply.status != 200)
                break;
        }
        QCOMPARE(lists, 49);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reasonOf(reply), QStringLiteral("quotaExceeded"));
        QCOMPARE(
            world().value(QStringLiteral("quota")).toObject().value(QStringLiteral("used_units")).toInt(),
            10000);

        const QTimeZone pacific(QByteArrayLiteral("America/Los_Angeles"));
        const QDateTime nowPacific = m_server->clock().now().toTimeZone(pacific);
        const qint64 toMidnight
            = nowPacific.secsTo(QDateTime(nowPacific.date().addDays(1), QTime(0, 0), pacific));
        if (toMidnight > 60) {
            advance(toMidnight - 30);
            reply = threads(refreshed(t.refresh), {{QStringLiteral("videoId"), videoId}});
            QCOMPARE(reply.status, 403);
            advance(60);
        } else {
            advance(toMidnight + 30);
        }
        const QString access = refreshed(t.refresh);
        QVERIFY(pacificDayOf(m_server->clock().now()) != pacificDayOf(nowPacific));
        reply = threads(access, {{QStringLiteral("videoId"), videoId}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            world().value(QStringLiteral("quota")).toObject().value(QStringLiteral("used_units")).toInt(), 1);

        // The QuotaExhausted fault answers quotaExceeded on demand.
        addFault(FaultRule::Action::QuotaExhausted, QStringLiteral("youtube.api.commentThreads"));
        reply = threads(access, {{QStringLiteral("videoId"), videoId}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reasonOf(reply), QStringLiteral("quotaExceeded"));
        QCOMPARE(threads(access, {{QStringLiteral("videoId"), videoId}}).status, 200);
    }

    void uploadsHaveTheirOwnDailyBucket()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(startSession(t.access, videoResource(QStringLiteral("Video %1").arg(i)), 1000).status,
                     200);
        HttpReply reply = startSession(t.access, videoResource(QStringLiteral("One too many")), 1000);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("uploadLimitExceeded"));
        QCOMPARE(errorItem(reply).value(QStringLiteral("domain")).toString(),
                 QStringLiteral("youtube.video"));
        const QJsonObject quota = world().value(QStringLiteral("quota")).toObject();
        QCOMPARE(quota.value(QStringLiteral("uploads_used")).toInt(), 100);
        QCOMPARE(quota.value(QStringLiteral("used_units")).toInt(), 0);

        advance(25 * 3600);
        reply = startSession(refreshed(t.refresh), videoResource(QStringLiteral("Next day")), 1000);
        QCOMPARE(reply.status, 200);
    }

    // ---- comments ----------------------------------------------------------------------------

    void commentThreadsPageWithoutDuplicates()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString videoId = uploadVideo(t.access, randomBytes(100));
        QVERIFY(!videoId.isEmpty());
        m_youtube->addComments(videoId, 250);

        QSet<QString> seen;
        QList<int> sizes;
        QString token;
        QDateTime previous;
        for (int page = 0; page < 10; ++page) {
            Query query{{QStringLiteral("videoId"), videoId},
                        {QStringLiteral("maxResults"), QStringLiteral("100")},
                        {QStringLiteral("order"), QStringLiteral("time")},
                        {QStringLiteral("textFormat"), QStringLiteral("plainText")}};
            if (!token.isEmpty())
                query.append({QStringLiteral("pageToken"), token});
            const HttpReply reply = threads(t.access, query);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            QCOMPARE(body.value(QStringLiteral("kind")).toString(),
                     QStringLiteral("youtube#commentThreadListResponse"));
            QCOMPARE(body.value(QStringLiteral("pageInfo"))
                         .toObject()
                         .value(QStringLiteral("resultsPerPage"))
                         .toInt(),
                     100);
            const QJsonArray items = body.value(QStringLiteral("items")).toArray();
            sizes.append(int(items.size()));
            for (const QJsonValue &value : items) {
                const QJsonObject thread = value.toObject();
                QCOMPARE(thread.value(QStringLiteral("kind")).toString(),
                         QStringLiteral("youtube#commentThread"));
                const QJsonObject snippet = thread.value(QStringLiteral("snippet")).toObject();
                QCOMPARE(snippet.value(QStringLiteral("videoId")).toString(), videoId);
                QVERIFY(snippet.value(QStringLiteral("canReply")).toBool());
                QVERIFY(snippet.value(QStringLiteral("isPublic")).toBool());
                const QJsonObject top = snippet.value(QStringLiteral("topLevelComment")).toObject();
                QCOMPARE(top.value(QStringLiteral("id")).toString(),
                         thread.value(QStringLiteral("id")).toString());
                const QJsonObject comment = top.value(QStringLiteral("snippet")).toObject();
                QVERIFY(!comment.value(QStringLiteral("textOriginal")).toString().isEmpty());
                QVERIFY(!comment.value(QStringLiteral("authorChannelId"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toString()
                             .isEmpty());
                const QDateTime published = QDateTime::fromString(
                    comment.value(QStringLiteral("publishedAt")).toString(), Qt::ISODate);
                QVERIFY(published.isValid());
                QVERIFY(!previous.isValid() || published <= previous); // newest first
                previous = published;
                QVERIFY2(!seen.contains(thread.value(QStringLiteral("id")).toString()), "duplicate thread");
                seen.insert(thread.value(QStringLiteral("id")).toString());
            }
            token = body.value(QStringLiteral("nextPageToken")).toString();
            if (page == 0)
                m_youtube->addComments(videoId, 1); // a newer comment arrives between pages
            if (token.isEmpty())
                break;
        }
        QCOMPARE(sizes, (QList<int>{100, 100, 50}));
        QCOMPARE(seen.size(), 250);

        // Default page size, and the whole channel.
        HttpReply reply = threads(t.access, {{QStringLiteral("videoId"), videoId}});
        QCOMPARE(itemsOf(reply).size(), 20);
        QVERIFY(reply.json().contains(QStringLiteral("nextPageToken")));
        const QString channelId
            = itemsOf(channels(t.access)).at(0).toObject().value(QStringLiteral("id")).toString();
        reply = threads(t.access,
                        {{QStringLiteral("allThreadsRelatedToChannelId"), channelId},
                         {QStringLiteral("maxResults"), QStringLiteral("5")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(itemsOf(reply).size(), 5);

        // Invalid requests.
        reply = threads(
            t.access,
            {{QStringLiteral("videoId"), videoId}, {QStringLiteral("pageToken"), QStringLiteral("garbage")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("invalidPageToken"));
        for (const char *bad : {"0", "101", "ten"}) {
            reply = threads(
                t.access,
                {{QStringLiteral("videoId"), videoId}, {QStringLiteral("maxResults"), QLatin1String(bad)}});
            QCOMPARE(reply.status, 400);
            QCOMPARE(reasonOf(reply), QStringLiteral("invalidParameter"));
        }
        reply = threads(t.access, {{QStringLiteral("videoId"), QStringLiteral("nosuchvideo")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reasonOf(reply), QStringLiteral("videoNotFound"));
        reply = threads(t.access,
                        {{QStringLiteral("allThreadsRelatedToChannelId"), QStringLiteral("UCsomeoneelse")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reasonOf(reply), QStringLiteral("channelNotFound"));
        reply = threads(t.access, {});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("missingRequiredParameter"));
        reply = threads(
            t.access,
            {{QStringLiteral("videoId"), videoId}, {QStringLiteral("order"), QStringLiteral("random")}});
        QCOMPARE(reply.status, 400);
        reply = threads(t.access,
                        {{QStringLiteral("videoId"), videoId},
                         {QStringLiteral("textFormat"), QStringLiteral("markdown")}});
        QCOMPARE(reply.status, 400);
        const Tokens uploadOnly = connectAccount({kUploadScope});
        reply = threads(uploadOnly.access, {{QStringLiteral("videoId"), videoId}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reasonOf(reply), QStringLiteral("insufficientPermissions"));
    }

    void repliesAreListedAndPosted()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString videoId = uploadVideo(t.access, randomBytes(100));
        QVERIFY(!videoId.isEmpty());
        // 40 minutes: four audience comments; the third got a reply after five minutes.
        advance(40 * 60);
        const QString access = refreshed(t.refresh);
        HttpReply reply = threads(
            access,
            {{QStringLiteral("videoId"), videoId}, {QStringLiteral("maxResults"), QStringLiteral("100")}});
        QCOMPARE(reply.status, 200);
        QJsonObject answered;
        for (const QJsonValue &value : itemsOf(reply)) {
            if (value.toObject()
                    .value(QStringLiteral("snippet"))
                    .toObject()
                    .value(QStringLiteral("totalReplyCount"))
                    .toInt()
                > 0)
                answered = value.toObject();
        }
        QCOMPARE(itemsOf(reply).size(), 4);
        QVERIFY(!answered.isEmpty());
        const QString threadId = answered.value(QStringLiteral("id")).toString();
        const QJsonObject audienceReply = answered.value(QStringLiteral("replies"))
                                              .toObject()
                                              .value(QStringLiteral("comments"))
                                              .toArray()
                                              .at(0)
                                              .toObject();
        QCOMPARE(audienceReply.value(QStringLiteral("snippet"))
                     .toObject()
                     .value(QStringLiteral("parentId"))
                     .toString(),
                 threadId);
        QVERIFY(audienceReply.value(QStringLiteral("snippet"))
                    .toObject()
                    .value(QStringLiteral("authorDisplayName"))
                    .toString()
                != answered.value(QStringLiteral("snippet"))
                       .toObject()
                       .value(QStringLiteral("topLevelComment"))
                       .toObject()
                       .value(QStringLiteral("snippet"))
                       .toObject()
                       .value(QStringLiteral("authorDisplayName"))
                       .toString());

        reply = replies(access, {{QStringLiteral("parentId"), threadId}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("youtube#commentListResponse"));
        QCOMPARE(itemsOf(reply).size(), 1);
        QCOMPARE(itemsOf(reply).at(0).toObject().value(QStringLiteral("id")).toString(),
                 audienceReply.value(QStringLiteral("id")).toString());

        // Post a reply as the channel owner.
        const QString text = QStringLiteral("Спасибо! Prices are in your DMs 🙂");
        reply = insertReply(access, threadId, text);
        QCOMPARE(reply.status, 200);
        const QJsonObject posted = reply.json();
        QCOMPARE(posted.value(QStringLiteral("kind")).toString(), QStringLiteral("youtube#comment"));
        const QJsonObject postedSnippet = posted.value(QStringLiteral("snippet")).toObject();
        QCOMPARE(postedSnippet.value(QStringLiteral("parentId")).toString(), threadId);
        QCOMPARE(postedSnippet.value(QStringLiteral("textOriginal")).toString(), text);
        QCOMPARE(postedSnippet.value(QStringLiteral("authorDisplayName")).toString(),
                 QStringLiteral("Sandbox Traveller"));

        reply = replies(access, {{QStringLiteral("parentId"), threadId}});
        QCOMPARE(itemsOf(reply).size(), 2);
        QCOMPARE(itemsOf(reply).at(1).toObject().value(QStringLiteral("id")).toString(),
                 posted.value(QStringLiteral("id")).toString()); // oldest first
        reply = threads(access, {{QStringLiteral("id"), threadId}});
        QCOMPARE(reply.status, 200);
        const QJsonObject thread = itemsOf(reply).at(0).toObject();
        QCOMPARE(thread.value(QStringLiteral("snippet"))
                     .toObject()
                     .value(QStringLiteral("totalReplyCount"))
                     .toInt(),
                 2);
        QCOMPARE(thread.value(QStringLiteral("replies"))
                     .toObject()
                     .value(QStringLiteral("comments"))
                     .toArray()
                     .size(),
                 2);

        bool recorded = false;
        for (const QJsonValue &value : world().value(QStringLiteral("comments")).toArray()) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("id")).toString() == posted.value(QStringLiteral("id")).toString()) {
                recorded = c.value(QStringLiteral("by_owner")).toBool()
                    && c.value(QStringLiteral("parent_id")).toString() == threadId
                    && c.value(QStringLiteral("text")).toString() == text
                    && c.value(QStringLiteral("video_id")).toString() == videoId;
            }
        }
        QVERIFY(recorded);

        // Paging through replies, oldest first.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(insertReply(access, threadId, QStringLiteral("Reply %1").arg(i)).status, 200);
        QStringList pagedIds;
        QString token;
        int pages = 0;
        do {
            Query query{{QStringLiteral("parentId"), threadId},
                        {QStringLiteral("maxResults"), QStringLiteral("2")}};
            if (!token.isEmpty())
                query.append({QStringLiteral("pageToken"), token});
            reply = replies(access, query);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &value : itemsOf(reply))
                pagedIds.append(value.toObject().value(QStringLiteral("id")).toString());
            token = reply.json().value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(pagedIds.size(), 5);
        QCOMPARE(QSet<QString>(pagedIds.cbegin(), pagedIds.cend()).size(), 5);
        QCOMPARE(pagedIds.at(1), posted.value(QStringLiteral("id")).toString());

        // Invalid inserts.
        reply = insertReply(access, threadId, QString(10001, QLatin1Char('a')));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("commentTextTooLong"));
        reply = insertReply(access, threadId, QString());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("required"));
        reply = insertReply(access, QStringLiteral("UgzNoSuchComment"), QStringLiteral("hi"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reasonOf(reply), QStringLiteral("commentNotFound"));
        reply = insertReply(access, posted.value(QStringLiteral("id")).toString(), QStringLiteral("hi"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("processingFailure"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("parentId"), threadId);
        reply = m_http.postForm(
            api(QStringLiteral("/comments"), {{QStringLiteral("part"), QStringLiteral("snippet")}}), form,
            HttpClient::bearer(access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("parseError"));
        reply = m_http.postJson(
            api(QStringLiteral("/comments"), {}),
            QJsonObject{{QStringLiteral("snippet"),
                         QJsonObject{{QStringLiteral("parentId"), threadId},
                                     {QStringLiteral("textOriginal"), QStringLiteral("hi")}}}},
            HttpClient::bearer(access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("required"));
        const Tokens readonly = connectAccount({kReadonlyScope});
        QCOMPARE(threads(readonly.access, {{QStringLiteral("videoId"), videoId}}).status, 200);
        reply = insertReply(readonly.access, threadId, QStringLiteral("hi"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reasonOf(reply), QStringLiteral("insufficientPermissions"));
        reply = replies(access, {{QStringLiteral("parentId"), QStringLiteral("UgzNoSuchComment")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reasonOf(reply), QStringLiteral("commentNotFound"));
        reply = replies(access, {});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("missingRequiredParameter"));
    }

    void htmlTextFormatEscapesTheDisplayText()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString videoId = uploadVideo(t.access, randomBytes(100));
        m_youtube->addComments(videoId, 1);
        const QString threadId = itemsOf(threads(t.access, {{QStringLiteral("videoId"), videoId}}))
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
        QCOMPARE(insertReply(t.access, threadId, QStringLiteral("a < b & c")).status, 200);
        const auto display = [&](const char *format) {
            const HttpReply reply = replies(t.access,
                                            {{QStringLiteral("parentId"), threadId},
                                             {QStringLiteral("textFormat"), QLatin1String(format)}});
            return itemsOf(reply)
                .at(0)
                .toObject()
                .value(QStringLiteral("snippet"))
                .toObject()
                .value(QStringLiteral("textDisplay"))
                .toString();
        };
        QCOMPARE(display("html"), QStringLiteral("a &lt; b &amp; c"));
        QCOMPARE(display("plainText"), QStringLiteral("a < b & c"));
    }

    // ---- statistics and audience -------------------------------------------------------------

    void statisticsGrowWithSimulatedTime()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString videoId = uploadVideo(t.access, randomBytes(100));
        QVERIFY(!videoId.isEmpty());
        HttpReply reply = videosList(t.access, QString(videoId + QStringLiteral(",unknownVide")),
                                     QStringLiteral("statistics,snippet,status"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(itemsOf(reply).size(), 1); // unknown ids are simply absent
        QJsonObject stats = itemsOf(reply).at(0).toObject().value(QStringLiteral("statistics")).toObject();
        QVERIFY(stats.value(QStringLiteral("viewCount")).isString());
        const qint64 viewsBefore = stats.value(QStringLiteral("viewCount")).toString().toLongLong();
        QVERIFY(viewsBefore < 53);
        QCOMPARE(itemsOf(reply)
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("uploadStatus"))
                     .toString(),
                 QStringLiteral("processed"));

        advance(600);
        const QString access = refreshed(t.refresh);
        reply = videosList(access, videoId, QStringLiteral("statistics"));
        stats = itemsOf(reply).at(0).toObject().value(QStringLiteral("statistics")).toObject();
        for (const char *field : {"viewCount", "likeCount", "commentCount"})
            QVERIFY2(stats.value(QLatin1String(field)).isString(), field);
        const qint64 viewsAfter = stats.value(QStringLiteral("viewCount")).toString().toLongLong();
        QVERIFY2(viewsAfter >= 530 && viewsAfter < 700, qPrintable(QString::number(viewsAfter)));
        QVERIFY(stats.value(QStringLiteral("likeCount")).toString().toLongLong() > 0);
        int comments = 0;
        for (const QJsonValue &value : world().value(QStringLiteral("comments")).toArray())
            comments += value.toObject().value(QStringLiteral("video_id")).toString() == videoId ? 1 : 0;
        QVERIFY(comments > 0);
        QCOMPARE(stats.value(QStringLiteral("commentCount")).toString(), QString::number(comments));

        reply = m_http.get(api(QStringLiteral("/videos"), {{QStringLiteral("id"), videoId}}),
                           HttpClient::bearer(access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("required"));
        reply = m_http.get(
            api(QStringLiteral("/videos"), {{QStringLiteral("part"), QStringLiteral("statistics")}}),
            HttpClient::bearer(access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reasonOf(reply), QStringLiteral("missingRequiredParameter"));
    }

    void scheduledVideosGoPublicAtPublishAt()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QDateTime when = m_server->clock().now().addSecs(3600);
        const HttpReply start
            = startSession(t.access,
                           videoResource(QStringLiteral("Scheduled"), {},
                                         {{QStringLiteral("privacyStatus"), QStringLiteral("private")},
                                          {QStringLiteral("publishAt"), when.toString(Qt::ISODate)}}),
                           100);
        QCOMPARE(start.status, 200);
        HttpReply reply = put(QUrl::fromEncoded(start.header("location")), t.access, randomBytes(100));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("publishAt"))
                     .toString(),
                 when.toString(Qt::ISODate));
        QCOMPARE(world()
                     .value(QStringLiteral("videos"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("privacyStatus"))
                     .toString(),
                 QStringLiteral("private"));
        advance(3601);
        m_youtube->tick();
        const QJsonObject video = world().value(QStringLiteral("videos")).toArray().at(0).toObject();
        QCOMPARE(video.value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("public"));
        QVERIFY(video.value(QStringLiteral("publishAt")).isNull());
    }

    void audienceCommentsArriveInBothLanguages()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString videoId = uploadVideo(t.access, randomBytes(100));
        QVERIFY(!videoId.isEmpty());
        QCOMPARE(itemsOf(threads(t.access, {{QStringLiteral("videoId"), videoId}})).size(), 0);

        advance(3 * 3600);
        const QString access = refreshed(t.refresh);
        const HttpReply reply = threads(access,
                                        {{QStringLiteral("videoId"), videoId},
                                         {QStringLiteral("maxResults"), QStringLiteral("100")},
                                         {QStringLiteral("textFormat"), QStringLiteral("plainText")}});
        QCOMPARE(reply.status, 200);
        const QJsonArray items = itemsOf(reply);
        const int expected = AudienceScript::commentsDue(3 * 3600);
        QCOMPARE(items.size(), expected);

        static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
        QStringList texts;
        int russian = 0;
        int english = 0;
        int answered = 0;
        QDateTime oldest;
        for (const QJsonValue &value : items) {
            const QJsonObject snippet = value.toObject().value(QStringLiteral("snippet")).toObject();
            const QJsonObject comment = snippet.value(QStringLiteral("topLevelComment"))
                                            .toObject()
                                            .value(QStringLiteral("snippet"))
                                            .toObject();
            const QString text = comment.value(QStringLiteral("textOriginal")).toString();
            texts.append(text);
            (cyrillic.match(text).hasMatch() ? russian : english)++;
            QVERIFY(!comment.value(QStringLiteral("authorDisplayName")).toString().isEmpty());
            answered += snippet.value(QStringLiteral("totalReplyCount")).toInt() > 0 ? 1 : 0;
            oldest
                = QDateTime::fromString(comment.value(QStringLiteral("publishedAt")).toString(), Qt::ISODate);
        }
        QVERIFY(russian > 0);
        QVERIFY(english > 0);
        QCOMPARE(answered, expected / 3);
        QStringList script;
        for (int i = 0; i < expected; ++i)
            script.append(AudienceScript::comment(quint64(i)).text);
        texts.sort();
        script.sort();
        QCOMPARE(texts, script);

        const HttpReply video = videosList(access, videoId, QStringLiteral("snippet"));
        const QDateTime uploaded = QDateTime::fromString(itemsOf(video)
                                                             .at(0)
                                                             .toObject()
                                                             .value(QStringLiteral("snippet"))
                                                             .toObject()
                                                             .value(QStringLiteral("publishedAt"))
                                                             .toString(),
                                                         Qt::ISODate);
        QCOMPARE(oldest, uploaded.addSecs(60)); // the last item of a newest-first list
    }

    // ---- generic faults, persistence, recording ----------------------------------------------

    void genericFaultsUseTheApiErrorShape()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        FaultRule unavailable;
        unavailable.action = FaultRule::Action::Status;
        unavailable.status = 503;
        unavailable.endpoint = QStringLiteral("youtube.api");
        m_server->faults().add(unavailable);
        HttpReply reply = channels(t.access);
        QCOMPARE(reply.status, 503);
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 503);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(reasonOf(reply), QStringLiteral("backendError"));
        QCOMPARE(channels(t.access).status, 200);

        FaultRule limited;
        limited.action = FaultRule::Action::RateLimit;
        limited.retryAfterSeconds = 7;
        limited.endpoint = QStringLiteral("youtube.api.channels");
        m_server->faults().add(limited);
        reply = channels(t.access);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reasonOf(reply), QStringLiteral("rateLimitExceeded"));
        QCOMPARE(reply.header("retry-after"), QByteArray("7"));

        reply = m_http.get(
            api(QStringLiteral("/playlists"), {{QStringLiteral("part"), QStringLiteral("snippet")}}),
            HttpClient::bearer(t.access));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reasonOf(reply), QStringLiteral("notFound"));
    }

    void stateSurvivesSaveAndLoad()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString videoId = uploadVideo(t.access, randomBytes(300));
        QVERIFY(!videoId.isEmpty());
        m_youtube->addComments(videoId, 3);
        const QByteArray data = randomBytes(2 * kChunk);
        const QUrl sessionUrl = session(t.access, data.size(), QStringLiteral("Half done"));
        QCOMPARE(putChunk(sessionUrl, t.access, data, 0, kChunk).status, 308);
        QCOMPARE(channels(t.access).status, 200);

        // Through text, as the state file does.
        const QJsonObject state
            = QJsonDocument::fromJson(QJsonDocument(m_youtube->saveState()).toJson()).object();
        const QJsonObject before = world();

        SandboxServer second;
        YouTubeSimulator &restored = second.add<YouTubeSimulator>();
        restored.loadState(state);
        QString error;
        QVERIFY2(second.start(0, &error), qPrintable(error));
        QCOMPARE(restored.worldView(), before);

        // The token, the comments and the half-done session all carry over.
        const QString base = second.baseUrl();
        HttpReply reply = m_http.get(
            url(QString(paths::kYouTubeApi + QStringLiteral("/commentThreads")),
                {{QStringLiteral("part"), QStringLiteral("snippet")}, {QStringLiteral("videoId"), videoId}},
                base),
            HttpClient::bearer(t.access));
        QCOMPARE(reply.status, 200);
        QCOMPARE(itemsOf(reply).size(), 3);
        QUrl moved = QUrl(base).resolved(QUrl(sessionUrl.path()));
        moved.setQuery(sessionUrl.query());
        reply = statusQuery(moved, t.access, data.size());
        QCOMPARE(reply.status, 308);
        QCOMPARE(reply.header("range"), QByteArray("bytes=0-262143"));
        QCOMPARE(restored.worldView()
                     .value(QStringLiteral("quota"))
                     .toObject()
                     .value(QStringLiteral("used_units"))
                     .toInt(),
                 before.value(QStringLiteral("quota")).toObject().value(QStringLiteral("used_units")).toInt()
                     + 1);
    }

    void recordsKeepNoSecrets()
    {
        const Tokens t = connectAccount();
        QVERIFY2(!t.access.isEmpty(), qPrintable(t.error));
        const QString access2 = refreshed(t.refresh);
        QCOMPARE(channels(access2).status, 200);
        QVERIFY(!uploadVideo(access2, randomBytes(500)).isEmpty());
        QUrlQuery revoke;
        revoke.addQueryItem(QStringLiteral("token"), access2);
        QCOMPARE(
            m_http.postForm(url(QString(paths::kYouTubeToken + QStringLiteral("/revoke"))), revoke).status,
            200);

        const QByteArray requests = m_http.get(url(QStringLiteral("/_sandbox/requests"))).body;
        const QByteArray worldJson = m_http.get(url(QStringLiteral("/_sandbox/world"))).body;
        QVERIFY(requests.contains("youtube.token.token"));
        QVERIFY(requests.contains("youtube.upload.put"));
        QVERIFY(worldJson.contains("uploads"));
        const QStringList secrets{
            t.access, access2,    t.refresh,
            t.code,   t.verifier, SandboxServer::defaultClient(QStringLiteral("youtube")).clientSecret};
        for (const QString &secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!requests.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!worldJson.contains(secret.toUtf8()), qPrintable(secret));
        }
    }
};

TRAVELFLOW_TEST_MAIN(TestYouTubeSimulator, QCoreApplication)
#include "test_youtube_simulator.moc"
