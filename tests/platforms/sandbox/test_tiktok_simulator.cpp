// The TikTok simulator over real HTTP: Login Kit OAuth with hex PKCE, the Content Posting
// API's chunk rules and uploads, faults, rate limits, metrics, persistence and recording.

#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/test_env.h"
#include "tiktok_simulator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

#include <chrono>
#include <memory>

using namespace travelflow::sandbox;
using travelflow::test::HttpClient;
using travelflow::test::HttpReply;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMiB = qint64{1024} * 1024;
const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/callback");
const QString kVerifier = QStringLiteral("sandbox-verifier_0123456789.abcdefghijklmnopqrstuvwxyz~ABC");
const QString kAllScopes = QStringLiteral("user.info.basic,video.publish,video.upload,video.list");
const QString kStatusPath = QStringLiteral("/v2/post/publish/status/fetch/");
const QString kInitPath = QStringLiteral("/v2/post/publish/video/init/");
const QString kInboxPath = QStringLiteral("/v2/post/publish/inbox/video/init/");
const QString kCreatorPath = QStringLiteral("/v2/post/publish/creator_info/query/");
const QString kVideoFields
    = QStringLiteral("id,title,view_count,like_count,comment_count,share_count,create_time");

QString hexChallenge(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString errorCode(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QJsonObject data(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("data")).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray videoBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 31 + i / 4099) & 0xff);
    return bytes;
}

QJsonObject sourceInfo(qint64 size, qint64 chunk, qint64 count)
{
    return QJsonObject{{QStringLiteral("source"), QStringLiteral("FILE_UPLOAD")},
                       {QStringLiteral("video_size"), size},
                       {QStringLiteral("chunk_size"), chunk},
                       {QStringLiteral("total_chunk_count"), count}};
}

QJsonObject directBody(qint64 size, qint64 chunk, qint64 count, const QString &title = QStringLiteral("Lake"))
{
    return QJsonObject{{QStringLiteral("post_info"),
                        QJsonObject{{QStringLiteral("privacy_level"), QStringLiteral("SELF_ONLY")},
                                    {QStringLiteral("title"), title},
                                    {QStringLiteral("disable_stitch"), true}}},
                       {QStringLiteral("source_info"), sourceInfo(size, chunk, count)}};
}

FaultRule fault(FaultRule::Action action, const QString &endpoint = {}, const QString &reason = {})
{
    FaultRule rule;
    rule.action = action;
    rule.platform = QStringLiteral("tiktok");
    rule.endpoint = endpoint;
    rule.reason = reason;
    return rule;
}

struct Tokens
{
    QString access;
    QString refresh;
};

// A running simulator with only TikTok, and the calls a TikTok client makes to it.
class TikTok
{
public:
    TikTok()
    {
        server.add<TikTokSimulator>();
        QString error;
        started = server.start(0, &error);
    }

    SandboxServer server;
    HttpClient http;
    bool started = false;

    QUrl api(const QString &path) const
    {
        return QUrl(QString(server.baseUrl() + QStringLiteral("/tiktok/api") + path));
    }

    QUrlQuery authorizeQuery(const QString &scopes = kAllScopes) const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_key"),
                       SandboxServer::defaultClient(QStringLiteral("tiktok")).clientId);
        q.addQueryItem(QStringLiteral("scope"), scopes);
        q.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("state-123"));
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("code_challenge"), hexChallenge(kVerifier));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        return q;
    }

    HttpReply authorize(const QUrlQuery &query)
    {
        QUrl url(QString(server.baseUrl() + QStringLiteral("/tiktok/auth/v2/auth/authorize/")));
        url.setQuery(query);
        return http.get(url);
    }

    static QUrlQuery location(const HttpReply &reply)
    {
        return QUrlQuery(QUrl::fromEncoded(reply.header("location")));
    }

    QString code(const QString &scopes = kAllScopes)
    {
        return location(authorize(authorizeQuery(scopes))).queryItemValue(QStringLiteral("code"));
    }

    static QUrlQuery tokenForm(const QString &code)
    {
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("tiktok"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_key"), client.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
        form.addQueryItem(QStringLiteral("code_verifier"), kVerifier);
        return form;
    }

    static QUrlQuery refreshForm(const QString &refreshToken)
    {
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("tiktok"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_key"), client.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
        return form;
    }

    HttpReply token(const QUrlQuery &form)
    {
        return http.postForm(api(QStringLiteral("/v2/oauth/token/")), form);
    }

    Tokens connect(const QString &scopes = kAllScopes)
    {
        const QJsonObject json = token(tokenForm(code(scopes))).json();
        return {str(json, "access_token"), str(json, "refresh_token")};
    }

    HttpReply post(const QString &path, const QString &accessToken, const QJsonObject &body = {})
    {
        return http.postJson(api(path), body, HttpClient::bearer(accessToken));
    }

    HttpReply init(const QString &accessToken, qint64 size, qint64 chunk, qint64 count)
    {
        return post(kInitPath, accessToken, directBody(size, chunk, count));
    }

    HttpReply status(const QString &accessToken, const QString &publishId)
    {
        return post(kStatusPath, accessToken, QJsonObject{{QStringLiteral("publish_id"), publishId}});
    }

    HttpReply put(const QString &uploadUrl, const QByteArray &bytes, qint64 first, qint64 total,
                  const QByteArray &contentType = "video/mp4")
    {
        const QByteArray range = "bytes " + QByteArray::number(first) + '-'
            + QByteArray::number(first + bytes.size() - 1) + '/' + QByteArray::number(total);
        return http.send("PUT", QUrl(uploadUrl), bytes,
                         {{"Content-Type", contentType}, {"Content-Range", range}});
    }

    // Uploads `bytes` in `chunk`-sized pieces (the last absorbs the remainder); the statuses.
    QList<int> upload(const QString &uploadUrl, const QByteArray &bytes, qint64 chunk)
    {
        const qint64 count = qMax<qint64>(1, bytes.size() / chunk);
        QList<int> statuses;
        for (qint64 i = 0; i < count; ++i) {
            const qint64 first = i * chunk;
            const qint64 size = i == count - 1 ? bytes.size() - first : chunk;
            statuses.append(put(uploadUrl, bytes.mid(first, size), first, bytes.size()).status);
        }
        return statuses;
    }

    // Inits and uploads a small single-chunk direct post; its publish_id.
    QString publishSmall(const QString &accessToken, const QString &title = QStringLiteral("Lake"))
    {
        const QByteArray bytes = videoBytes(1000);
        const HttpReply init = post(kInitPath, accessToken, directBody(bytes.size(), bytes.size(), 1, title));
        if (init.status != 200
            || upload(str(data(init), "upload_url"), bytes, bytes.size()) != QList<int>{201})
            return {};
        return str(data(init), "publish_id");
    }

    QJsonObject world() const { return server.world().value(QStringLiteral("tiktok")).toObject(); }
};

} // namespace

class TestTikTokSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizeRedirectsWithCodeScopesAndState()
    {
        TikTok tt;
        QVERIFY(tt.started);
        QUrlQuery request = tt.authorizeQuery(QStringLiteral("user.info.basic,video.publish"));
        const QString state = QStringLiteral("a/b=c&d e");
        request.removeAllQueryItems(QStringLiteral("state"));
        request.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
        const HttpReply reply = tt.authorize(request);
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("location"));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), kRedirect);
        const QUrlQuery query(location);
        QVERIFY(!query.queryItemValue(QStringLiteral("code")).isEmpty());
        QCOMPARE(query.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded),
                 QStringLiteral("user.info.basic,video.publish"));
        QVERIFY(reply.header("location").contains("scopes=user.info.basic,video.publish"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
        QVERIFY(!query.hasQueryItem(QStringLiteral("error")));
        // Every code is fresh.
        QVERIFY(tt.code() != query.queryItemValue(QStringLiteral("code")));
    }

    void authorizeDeniedByScenario()
    {
        TikTok tt;
        QVERIFY(tt.started);
        tt.server.faults().add(fault(FaultRule::Action::DenyAuthorize));
        const HttpReply reply = tt.authorize(tt.authorizeQuery());
        QCOMPARE(reply.status, 302);
        const QUrlQuery query = TikTok::location(reply);
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(!query.queryItemValue(QStringLiteral("error_description")).isEmpty());
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("state-123"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
        // The fault fired once; the next attempt is approved.
        QVERIFY(!tt.code().isEmpty());
    }

    void authorizeRejectsBadRequests_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // empty = leave the parameter out
        QTest::newRow("unknown client_key") << QStringLiteral("client_key") << QStringLiteral("someone-else");
        QTest::newRow("no client_key") << QStringLiteral("client_key") << QString();
        QTest::newRow("response_type token") << QStringLiteral("response_type") << QStringLiteral("token");
        QTest::newRow("redirect without port")
            << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1/cb");
        QTest::newRow("redirect https")
            << QStringLiteral("redirect_uri") << QStringLiteral("https://127.0.0.1:8080/cb");
        QTest::newRow("redirect remote host")
            << QStringLiteral("redirect_uri") << QStringLiteral("http://example.com:8080/cb");
        QTest::newRow("no redirect") << QStringLiteral("redirect_uri") << QString();
        QTest::newRow("no state") << QStringLiteral("state") << QString();
        QTest::newRow("no scope") << QStringLiteral("scope") << QString();
        QTest::newRow("unknown scope")
            << QStringLiteral("scope") << QStringLiteral("video.publish,user.info.stats");
        QTest::newRow("plain method") << QStringLiteral("code_challenge_method") << QStringLiteral("plain");
        QTest::newRow("no challenge") << QStringLiteral("code_challenge") << QString();
        QTest::newRow("base64url challenge") << QStringLiteral("code_challenge")
                                             << QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QTest::newRow("upper-case hex challenge")
            << QStringLiteral("code_challenge") << hexChallenge(kVerifier).toUpper();
    }

    void authorizeRejectsBadRequests()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        TikTok tt;
        QVERIFY(tt.started);
        QUrlQuery query = tt.authorizeQuery();
        query.removeAllQueryItems(key);
        if (!value.isEmpty())
            query.addQueryItem(key, value);
        const HttpReply reply = tt.authorize(query);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.headers.contains("location"));
        QVERIFY2(reply.header("content-type").startsWith("text/"), reply.header("content-type").constData());
        QVERIFY(!reply.body.isEmpty());
    }

    void tokenExchangeEnforcesPkceRedirectAndSingleUse()
    {
        TikTok tt;
        QVERIFY(tt.started);

        QUrlQuery wrongVerifier = TikTok::tokenForm(tt.code());
        wrongVerifier.removeAllQueryItems(QStringLiteral("code_verifier"));
        wrongVerifier.addQueryItem(QStringLiteral("code_verifier"), QString(kVerifier + QStringLiteral("x")));
        HttpReply reply = tt.token(wrongVerifier);
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_grant"));
        QVERIFY(!str(reply.json(), "error_description").isEmpty());
        QVERIFY(!str(reply.json(), "log_id").isEmpty());

        QUrlQuery otherRedirect = TikTok::tokenForm(tt.code());
        otherRedirect.removeAllQueryItems(QStringLiteral("redirect_uri"));
        otherRedirect.addQueryItem(QStringLiteral("redirect_uri"),
                                   QStringLiteral("http://127.0.0.1:53682/other"));
        reply = tt.token(otherRedirect);
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_grant"));

        QUrlQuery wrongSecret = TikTok::tokenForm(tt.code());
        wrongSecret.removeAllQueryItems(QStringLiteral("client_secret"));
        wrongSecret.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("guess"));
        reply = tt.token(wrongSecret);
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_client"));

        const QUrlQuery good = TikTok::tokenForm(tt.code());
        reply = tt.http.send("POST", tt.api(QStringLiteral("/v2/oauth/token/")),
                             good.toString(QUrl::FullyEncoded).toUtf8(),
                             {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_request"));

        QUrlQuery badGrant = good;
        badGrant.removeAllQueryItems(QStringLiteral("grant_type"));
        badGrant.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        reply = tt.token(badGrant);
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("unsupported_grant_type"));

        reply = tt.token(good);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QVERIFY(!json.contains(QStringLiteral("data"))); // flat, not the v2 envelope
        QCOMPARE(str(json, "open_id"), QStringLiteral("sandbox-tiktok-user"));
        QCOMPARE(str(json, "scope"), kAllScopes);
        QCOMPARE(str(json, "token_type"), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 7200);
        QCOMPARE(json.value(QStringLiteral("refresh_expires_in")).toInt(), 15552000);
        QVERIFY(str(json, "access_token").size() >= 20);
        QVERIFY(str(json, "refresh_token").size() >= 20);
        QVERIFY(str(json, "access_token") != str(json, "refresh_token"));

        reply = tt.token(good); // the same code again
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_grant"));

        const QUrlQuery late = TikTok::tokenForm(tt.code());
        tt.server.clock().advance(11min);
        reply = tt.token(late);
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_grant"));
    }

    void refreshRotatesTokens()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens first = tt.connect();
        QVERIFY(!first.refresh.isEmpty());

        HttpReply reply = tt.token(TikTok::refreshForm(first.refresh));
        QCOMPARE(reply.status, 200);
        const Tokens second{str(reply.json(), "access_token"), str(reply.json(), "refresh_token")};
        QVERIFY(second.access != first.access);
        QVERIFY(second.refresh != first.refresh);
        QCOMPARE(reply.json().value(QStringLiteral("expires_in")).toInt(), 7200);
        QCOMPARE(str(reply.json(), "open_id"), QStringLiteral("sandbox-tiktok-user"));

        reply = tt.token(TikTok::refreshForm(first.refresh)); // rotated away
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_grant"));

        QCOMPARE(tt.post(kCreatorPath, second.access).status, 200);
        QCOMPARE(tt.post(kCreatorPath, first.access).status, 401);

        QUrlQuery wrongSecret = TikTok::refreshForm(second.refresh);
        wrongSecret.removeAllQueryItems(QStringLiteral("client_secret"));
        wrongSecret.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("guess"));
        QCOMPARE(str(tt.token(wrongSecret).json(), "error"), QStringLiteral("invalid_client"));
    }

    void revokeInvalidatesTokens()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        QCOMPARE(tt.post(kCreatorPath, tokens.access).status, 200);
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("tiktok"));

        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("client_key"), client.clientId);
        bad.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("guess"));
        bad.addQueryItem(QStringLiteral("token"), tokens.access);
        HttpReply reply = tt.http.postForm(tt.api(QStringLiteral("/v2/oauth/revoke/")), bad);
        QCOMPARE(reply.status, 400);
        QCOMPARE(str(reply.json(), "error"), QStringLiteral("invalid_client"));
        QCOMPARE(tt.post(kCreatorPath, tokens.access).status, 200);

        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_key"), client.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
        form.addQueryItem(QStringLiteral("token"), tokens.access);
        reply = tt.http.postForm(tt.api(QStringLiteral("/v2/oauth/revoke/")), form);
        QCOMPARE(reply.status, 200);

        reply = tt.post(kCreatorPath, tokens.access);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("access_token_invalid"));
        QCOMPARE(str(tt.token(TikTok::refreshForm(tokens.refresh)).json(), "error"),
                 QStringLiteral("invalid_grant"));
    }

    void apiRejectsMissingInvalidAndExpiredTokens()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();

        HttpReply reply = tt.http.postJson(tt.api(kCreatorPath), {});
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("access_token_invalid"));
        QVERIFY(!reply.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("log_id"))
                     .toString()
                     .isEmpty());
        QVERIFY(reply.json().value(QStringLiteral("data")).isObject());

        reply = tt.post(kCreatorPath, QStringLiteral("not-a-token"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("access_token_invalid"));

        reply = tt.http.postJson(tt.api(kCreatorPath), {},
                                 {{"Authorization", QByteArray("Basic " + tokens.access.toUtf8())}});
        QCOMPARE(reply.status, 401);

        QCOMPARE(tt.post(kCreatorPath, tokens.access).status, 200);
        tt.server.clock().advance(7201s);
        reply = tt.post(kCreatorPath, tokens.access);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("access_token_invalid"));

        // The refresh token outlives the access token.
        const QString renewed = str(tt.token(TikTok::refreshForm(tokens.refresh)).json(), "access_token");
        QCOMPARE(tt.post(kCreatorPath, renewed).status, 200);
    }

    void userInfo()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        const QUrl base = tt.api(QStringLiteral("/v2/user/info/"));
        QUrl url = base;
        url.setQuery(QStringLiteral("fields=open_id,union_id,avatar_url,display_name"));
        HttpReply reply = tt.http.get(url, HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 200);
        QCOMPARE(errorCode(reply), QStringLiteral("ok"));
        const QJsonObject user = data(reply).value(QStringLiteral("user")).toObject();
        QCOMPARE(str(user, "open_id"), QStringLiteral("sandbox-tiktok-user"));
        QCOMPARE(str(user, "display_name"), QStringLiteral("Sandbox Traveller"));
        QVERIFY(!str(user, "avatar_url").isEmpty());
        QCOMPARE(user.size(), 4);

        reply = tt.http.get(base, HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));

        url.setQuery(QStringLiteral("fields=open_id,follower_count"));
        reply = tt.http.get(url, HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 400);
        QVERIFY(errorMessage(reply).contains(QStringLiteral("follower_count")));

        const Tokens publishOnly = tt.connect(QStringLiteral("video.publish"));
        url.setQuery(QStringLiteral("fields=open_id"));
        reply = tt.http.get(url, HttpClient::bearer(publishOnly.access));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("scope_not_authorized"));
    }

    void creatorInfo()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        HttpReply reply = tt.post(kCreatorPath, tokens.access);
        QCOMPARE(reply.status, 200);
        QCOMPARE(errorCode(reply), QStringLiteral("ok"));
        QCOMPARE(errorMessage(reply), QString());
        const QJsonObject info = data(reply);
        QCOMPARE(str(info, "creator_username"), QStringLiteral("sandbox.traveller"));
        QCOMPARE(str(info, "creator_nickname"), QStringLiteral("Sandbox Traveller"));
        QVERIFY(!str(info, "creator_avatar_url").isEmpty());
        QCOMPARE(info.value(QStringLiteral("privacy_level_options")).toArray(),
                 QJsonArray({QStringLiteral("PUBLIC_TO_EVERYONE"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
                             QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("SELF_ONLY")}));
        QCOMPARE(info.value(QStringLiteral("comment_disabled")), QJsonValue(false));
        QCOMPARE(info.value(QStringLiteral("duet_disabled")), QJsonValue(false));
        QCOMPARE(info.value(QStringLiteral("stitch_disabled")), QJsonValue(true));
        QCOMPARE(info.value(QStringLiteral("max_video_post_duration_sec")).toInt(), 600);

        // Content types: JSON with or without charset, nothing else.
        const auto withType = [&](const QByteArray &type) {
            return tt.http.send("POST", tt.api(kCreatorPath), "{}",
                                HttpClient::bearer(tokens.access, {{"Content-Type", type}}));
        };
        QCOMPARE(withType("application/json").status, 200);
        reply = withType("application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
        QCOMPARE(withType("application/json; charset=ISO-8859-1").status, 400);

        reply = tt.post(kCreatorPath, tt.connect(QStringLiteral("video.upload")).access);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("scope_not_authorized"));
    }

    void initChunkRules_data()
    {
        QTest::addColumn<qint64>("videoSize");
        QTest::addColumn<qint64>("chunkSize");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("field"); // named in the error; empty = accepted

        QTest::newRow("spec example: 5 chunks, last absorbs the rest")
            << qint64{50000123} << qint64{10000000} << qint64{5} << QString();
        QTest::newRow("small file, one chunk") << qint64{1000} << qint64{1000} << qint64{1} << QString();
        QTest::newRow("just under 5 MB, one chunk") << 5 * kMiB - 1 << 5 * kMiB - 1 << qint64{1} << QString();
        QTest::newRow("64 MB in one chunk") << 64 * kMiB << 64 * kMiB << qint64{1} << QString();
        QTest::newRow("5 MB chunks, remainder under a chunk")
            << 15 * kMiB + 7 << 5 * kMiB << qint64{3} << QString();
        QTest::newRow("100 MB as one 64 MB chunk plus rest")
            << 100 * kMiB << 64 * kMiB << qint64{1} << QString();
        QTest::newRow("4 GB in 64 chunks") << 4096 * kMiB << 64 * kMiB << qint64{64} << QString();

        QTest::newRow("small file in two chunks")
            << qint64{1000} << qint64{500} << qint64{2} << QStringLiteral("chunk_size");
        QTest::newRow("small file, two chunks announced")
            << qint64{1000} << qint64{1000} << qint64{2} << QStringLiteral("total_chunk_count");
        QTest::newRow("small file, chunk_size != video_size")
            << qint64{1000} << qint64{999} << qint64{1} << QStringLiteral("chunk_size");
        QTest::newRow("chunk under 5 MB")
            << 20 * kMiB << 4 * kMiB << qint64{5} << QStringLiteral("chunk_size");
        QTest::newRow("10,000,000-byte file in 4 MB chunks")
            << qint64{10000000} << qint64{4000000} << qint64{2} << QStringLiteral("chunk_size");
        QTest::newRow("65 MB single chunk")
            << 65 * kMiB << 65 * kMiB << qint64{1} << QStringLiteral("chunk_size");
        QTest::newRow("chunk larger than the file")
            << 6 * kMiB << 10 * kMiB << qint64{1} << QStringLiteral("chunk_size");
        QTest::newRow("wrong total_chunk_count (ceil instead of floor)")
            << qint64{50000123} << qint64{10000000} << qint64{6} << QStringLiteral("total_chunk_count");
        QTest::newRow("1001 chunks") << 4096 * kMiB << 5 * kMiB << qint64{1001}
                                     << QStringLiteral("total_chunk_count");
        QTest::newRow("zero chunks") << 20 * kMiB << 5 * kMiB << qint64{0}
                                     << QStringLiteral("total_chunk_count");
        QTest::newRow("empty file") << qint64{0} << qint64{0} << qint64{1} << QStringLiteral("video_size");
        QTest::newRow("over 4 GB") << 4096 * kMiB + 1 << 64 * kMiB << qint64{64}
                                   << QStringLiteral("video_size");
    }

    void initChunkRules()
    {
        QFETCH(qint64, videoSize);
        QFETCH(qint64, chunkSize);
        QFETCH(qint64, count);
        QFETCH(QString, field);
        TikTok tt;
        QVERIFY(tt.started);
        const HttpReply reply = tt.init(tt.connect().access, videoSize, chunkSize, count);
        if (field.isEmpty()) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(errorCode(reply), QStringLiteral("ok"));
            QVERIFY(str(data(reply), "publish_id").startsWith(QStringLiteral("v_pub_file~v2-1.")));
            const QUrl url(str(data(reply), "upload_url"));
            QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(),
                     QString(tt.server.baseUrl() + QStringLiteral("/tiktok/upload/")));
            QVERIFY(!QUrlQuery(url).queryItemValue(QStringLiteral("upload_id")).isEmpty());
            QVERIFY(!QUrlQuery(url).queryItemValue(QStringLiteral("upload_token")).isEmpty());
        } else {
            QCOMPARE(reply.status, 400);
            QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
            QVERIFY2(errorMessage(reply).contains(field), qPrintable(errorMessage(reply)));
            QCOMPARE(tt.world().value(QStringLiteral("uploads")).toArray().size(), 0);
        }
    }

    void initValidatesPostInfo_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QJsonObject good = directBody(1000, 1000, 1);
        const auto withInfo = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject body = good;
            QJsonObject info = body.value(QStringLiteral("post_info")).toObject();
            if (value.isUndefined())
                info.remove(key);
            else
                info.insert(key, value);
            body.insert(QStringLiteral("post_info"), info);
            return body;
        };
        const QString invalid = QStringLiteral("invalid_param");
        QTest::newRow("valid") << good << 200 << QStringLiteral("ok") << QString();
        QTest::newRow("title of 2200 UTF-16 units")
            << withInfo(QStringLiteral("title"), QString(QString::fromUtf8("🏔").repeated(1100))) << 200
            << QStringLiteral("ok") << QString();
        QTest::newRow("title of 2201 UTF-16 units") << withInfo(
            QStringLiteral("title"), QString(QString::fromUtf8("🏔").repeated(1100) + QLatin1Char('!')))
                                                    << 400 << invalid << QStringLiteral("title");
        QTest::newRow("no privacy_level")
            << withInfo(QStringLiteral("privacy_level"), QJsonValue(QJsonValue::Undefined)) << 400 << invalid
            << QStringLiteral("privacy_level");
        QTest::newRow("privacy_level not offered")
            << withInfo(QStringLiteral("privacy_level"), QStringLiteral("EVERYONE")) << 403
            << QStringLiteral("privacy_level_option_mismatch") << QString();
        QTest::newRow("flag not a boolean")
            << withInfo(QStringLiteral("disable_comment"), QStringLiteral("yes")) << 400 << invalid
            << QStringLiteral("disable_comment");
        QJsonObject noPostInfo = good;
        noPostInfo.remove(QStringLiteral("post_info"));
        QTest::newRow("no post_info") << noPostInfo << 400 << invalid << QStringLiteral("post_info");
        QJsonObject pull = good;
        QJsonObject source = sourceInfo(1000, 1000, 1);
        source.insert(QStringLiteral("source"), QStringLiteral("PULL_FROM_URL"));
        pull.insert(QStringLiteral("source_info"), source);
        QTest::newRow("PULL_FROM_URL") << pull << 400 << invalid << QStringLiteral("source");
        QJsonObject noSource = good;
        noSource.remove(QStringLiteral("source_info"));
        QTest::newRow("no source_info") << noSource << 400 << invalid << QStringLiteral("source_info");
        QJsonObject stringSize = good;
        QJsonObject stringSource = sourceInfo(1000, 1000, 1);
        stringSource.insert(QStringLiteral("video_size"), QStringLiteral("1000"));
        stringSize.insert(QStringLiteral("source_info"), stringSource);
        QTest::newRow("video_size as a string")
            << stringSize << 400 << invalid << QStringLiteral("video_size");
    }

    void initValidatesPostInfo()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        TikTok tt;
        QVERIFY(tt.started);
        const HttpReply reply = tt.post(kInitPath, tt.connect().access, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), code);
        QVERIFY2(errorMessage(reply).contains(field), qPrintable(errorMessage(reply)));
    }

    void initNeedsJson()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        HttpReply reply
            = tt.http.send("POST", tt.api(kInitPath), "not json",
                           HttpClient::bearer(tokens.access, {{"Content-Type", "application/json"}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
        reply = tt.http.send("POST", tt.api(kInitPath),
                             QJsonDocument(directBody(1000, 1000, 1)).toJson(QJsonDocument::Compact),
                             HttpClient::bearer(tokens.access, {{"Content-Type", "text/plain"}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
        QVERIFY(errorMessage(reply).contains(QStringLiteral("Content-Type")));
    }

    void chunkedUploadPublishes()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        const qint64 chunk = 5 * kMiB;
        const QByteArray file = videoBytes(3 * chunk + 123457);
        const HttpReply init = tt.post(kInitPath, tokens.access,
                                       directBody(file.size(), chunk, 3, QStringLiteral("Lake Baikal")));
        QCOMPARE(init.status, 200);
        const QString publishId = str(data(init), "publish_id");
        const QString url = str(data(init), "upload_url");

        HttpReply reply = tt.status(tokens.access, publishId);
        QCOMPARE(reply.status, 200);
        QCOMPARE(str(data(reply), "status"), QStringLiteral("PROCESSING_UPLOAD"));
        QCOMPARE(data(reply).value(QStringLiteral("uploaded_bytes")).toInteger(), 0);

        const QByteArray c0 = file.left(chunk);
        const QByteArray c1 = file.mid(chunk, chunk);
        const QByteArray c2 = file.mid(2 * chunk); // absorbs the remainder
        QCOMPARE(tt.put(url, c0, 0, file.size()).status, 206);

        reply = tt.put(url, c2, 2 * chunk, file.size()); // skips chunk 1
        QCOMPARE(reply.status, 416);
        QCOMPARE(reply.header("content-range"), QByteArray("bytes */" + QByteArray::number(file.size())));
        QCOMPARE(tt.put(url, c0, 0, file.size()).status, 416); // chunk 0 again
        QCOMPARE(tt.put(url, c1.left(chunk - 1), chunk, file.size()).status, 416); // short chunk
        QCOMPARE(tt.put(url, c1, chunk, file.size() + 1).status, 400); // TOTAL != video_size
        QCOMPARE(tt.put(url, c1, chunk, file.size(), "text/plain").status, 400);
        reply = tt.http.send("PUT", QUrl(url), c1, {{"Content-Type", "video/mp4"}});
        QCOMPARE(reply.status, 400); // no Content-Range
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
        reply = tt.http.send("PUT", QUrl(url), c1,
                             {{"Content-Type", "video/mp4"}, {"Content-Range", "bytes 5242880-10485759/*"}});
        QCOMPARE(reply.status, 400);

        QCOMPARE(tt.put(url, c1, chunk, file.size()).status, 206);
        reply = tt.status(tokens.access, publishId);
        QCOMPARE(str(data(reply), "status"), QStringLiteral("PROCESSING_UPLOAD"));
        QCOMPARE(data(reply).value(QStringLiteral("uploaded_bytes")).toInteger(), 2 * chunk);
        QCOMPARE(tt.put(url, c2, 2 * chunk, file.size(), "video/quicktime").status, 201);
        QCOMPARE(tt.put(url, c2, 2 * chunk, file.size()).status, 416); // nothing more to send

        reply = tt.status(tokens.access, publishId);
        QCOMPARE(str(data(reply), "status"), QStringLiteral("PROCESSING_UPLOAD"));
        QCOMPARE(data(reply).value(QStringLiteral("uploaded_bytes")).toInteger(), file.size());
        QVERIFY(tt.world().value(QStringLiteral("posts")).toArray().isEmpty());

        tt.server.clock().advance(6s);
        reply = tt.status(tokens.access, publishId);
        QCOMPARE(reply.status, 200);
        QCOMPARE(str(data(reply), "status"), QStringLiteral("PUBLISH_COMPLETE"));
        const QJsonArray postIds = data(reply).value(QStringLiteral("publicaly_available_post_id")).toArray();
        QCOMPARE(postIds.size(), 1);
        bool numeric = false;
        postIds.at(0).toString().toULongLong(&numeric);
        QVERIFY(numeric);

        const QJsonObject world = tt.world();
        const QJsonObject upload = world.value(QStringLiteral("uploads")).toArray().at(0).toObject();
        QCOMPARE(str(upload, "publish_id"), publishId);
        QCOMPARE(str(upload, "sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(upload.value(QStringLiteral("received_bytes")).toInteger(), file.size());
        QCOMPARE(upload.value(QStringLiteral("video_size")).toInteger(), file.size());
        QCOMPARE(upload.value(QStringLiteral("complete")), QJsonValue(true));
        QCOMPARE(str(upload, "kind"), QStringLiteral("direct"));
        QCOMPARE(str(upload, "status"), QStringLiteral("PUBLISH_COMPLETE"));
        QCOMPARE(str(upload, "title"), QStringLiteral("Lake Baikal"));
        QCOMPARE(str(upload, "privacy_level"), QStringLiteral("SELF_ONLY"));
        const QJsonObject post = world.value(QStringLiteral("posts")).toArray().at(0).toObject();
        QCOMPARE(str(post, "post_id"), postIds.at(0).toString());
        QCOMPARE(str(post, "publish_id"), publishId);
        QCOMPARE(str(post, "title"), QStringLiteral("Lake Baikal"));

        reply = tt.status(tokens.access, QStringLiteral("v_pub_file~v2-1.123"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
    }

    void uploadUrlErrors()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        const QByteArray bytes = videoBytes(2000);
        const QString url = str(data(tt.init(tokens.access, bytes.size(), bytes.size(), 1)), "upload_url");
        QVERIFY(!url.isEmpty());

        QUrl unknown(url);
        QUrlQuery query(unknown);
        query.removeAllQueryItems(QStringLiteral("upload_id"));
        query.addQueryItem(QStringLiteral("upload_id"), QStringLiteral("nope"));
        unknown.setQuery(query);
        QCOMPARE(tt.put(unknown.toString(), bytes, 0, bytes.size()).status, 404);

        QUrl wrongToken(url);
        query = QUrlQuery(wrongToken);
        query.removeAllQueryItems(QStringLiteral("upload_token"));
        query.addQueryItem(QStringLiteral("upload_token"), QStringLiteral("guess"));
        wrongToken.setQuery(query);
        QCOMPARE(tt.put(wrongToken.toString(), bytes, 0, bytes.size()).status, 404);

        tt.server.faults().add(fault(FaultRule::Action::UploadUrlExpired, QStringLiteral("tiktok.upload")));
        QCOMPARE(tt.put(url, bytes, 0, bytes.size()).status, 403);
        QCOMPARE(tt.put(url, bytes, 0, bytes.size()).status, 201); // the fault fired once

        const QString late = str(data(tt.init(tokens.access, bytes.size(), bytes.size(), 1)), "upload_url");
        tt.server.clock().advance(3601s);
        const HttpReply reply = tt.put(late, bytes, 0, bytes.size());
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
    }

    void processingFailure()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        tt.server.faults().add(fault(FaultRule::Action::ProcessingFailed, QStringLiteral("tiktok.upload"),
                                     QStringLiteral("duration_check_failed")));
        tt.server.faults().add(fault(FaultRule::Action::ProcessingFailed, QStringLiteral("tiktok.upload")));
        const QString withReason = tt.publishSmall(tokens.access);
        const QString withDefault = tt.publishSmall(tokens.access);
        QVERIFY(!withReason.isEmpty() && !withDefault.isEmpty());
        tt.server.clock().advance(10s);

        HttpReply reply = tt.status(tokens.access, withReason);
        QCOMPARE(str(data(reply), "status"), QStringLiteral("FAILED"));
        QCOMPARE(str(data(reply), "fail_reason"), QStringLiteral("duration_check_failed"));
        QVERIFY(data(reply).value(QStringLiteral("publicaly_available_post_id")).toArray().isEmpty());
        reply = tt.status(tokens.access, withDefault);
        QCOMPARE(str(data(reply), "status"), QStringLiteral("FAILED"));
        QCOMPARE(str(data(reply), "fail_reason"), QStringLiteral("file_format_check_failed"));
        QVERIFY(tt.world().value(QStringLiteral("posts")).toArray().isEmpty());

        // Faults used up: the next one publishes.
        const QString ok = tt.publishSmall(tokens.access);
        tt.server.clock().advance(6s);
        QCOMPARE(str(data(tt.status(tokens.access, ok)), "status"), QStringLiteral("PUBLISH_COMPLETE"));
    }

    void inboxUpload()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const QJsonObject body{{QStringLiteral("source_info"), sourceInfo(4 * kMiB, 4 * kMiB, 1)}};
        HttpReply reply = tt.post(kInboxPath, tt.connect(QStringLiteral("video.publish")).access, body);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("scope_not_authorized"));

        const Tokens uploadOnly = tt.connect(QStringLiteral("video.upload"));
        reply = tt.init(uploadOnly.access, 1000, 1000, 1); // direct post needs video.publish
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("scope_not_authorized"));

        reply = tt.post(kInboxPath, uploadOnly.access, body);
        QCOMPARE(reply.status, 200);
        const QString publishId = str(data(reply), "publish_id");
        const QByteArray file = videoBytes(4 * kMiB);
        QCOMPARE(tt.upload(str(data(reply), "upload_url"), file, file.size()), QList<int>{201});
        tt.server.clock().advance(6s);
        reply = tt.status(uploadOnly.access, publishId);
        QCOMPARE(reply.status, 200);
        QCOMPARE(str(data(reply), "status"), QStringLiteral("SEND_TO_USER_INBOX"));
        const QJsonObject world = tt.world();
        QCOMPARE(str(world.value(QStringLiteral("uploads")).toArray().at(0).toObject(), "kind"),
                 QStringLiteral("inbox"));
        QVERIFY(world.value(QStringLiteral("posts")).toArray().isEmpty());
    }

    void postingCapAndQuotaFault()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        tt.server.faults().add(
            fault(FaultRule::Action::QuotaExhausted, QStringLiteral("tiktok.api.video.init")));
        HttpReply reply = tt.init(tokens.access, 1000, 1000, 1);
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCode(reply), QStringLiteral("spam_risk_too_many_posts"));

        for (int i = 0; i < 15; ++i) {
            if (i % 6 == 5)
                tt.server.clock().advance(61s); // stay under the per-minute limit
            QCOMPARE(tt.init(tokens.access, 1000, 1000, 1).status, 200);
        }
        tt.server.clock().advance(61s);
        reply = tt.init(tokens.access, 1000, 1000, 1);
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCode(reply), QStringLiteral("spam_risk_too_many_posts"));
        tt.server.clock().advance(24h);
        const QString fresh = str(tt.token(TikTok::refreshForm(tokens.refresh)).json(), "access_token");
        QCOMPARE(tt.init(fresh, 1000, 1000, 1).status, 200);
    }

    void tokenExpiresMidUpload()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        const qint64 chunk = 5 * kMiB;
        const QByteArray file = videoBytes(2 * chunk + 5);
        const HttpReply init = tt.init(tokens.access, file.size(), chunk, 2);
        QCOMPARE(init.status, 200);
        const QString url = str(data(init), "upload_url");
        const QString publishId = str(data(init), "publish_id");
        QCOMPARE(tt.put(url, file.left(chunk), 0, file.size()).status, 206);

        tt.server.faults().add(fault(FaultRule::Action::TokenExpired, QStringLiteral("tiktok.api")));
        HttpReply reply = tt.status(tokens.access, publishId);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("access_token_invalid"));
        QCOMPARE(tt.status(tokens.access, publishId).status, 401); // stays expired

        // The upload URL carries its own credential; the refreshed token sees the result.
        QCOMPARE(tt.put(url, file.mid(chunk), chunk, file.size()).status, 201);
        const QString fresh = str(tt.token(TikTok::refreshForm(tokens.refresh)).json(), "access_token");
        reply = tt.status(fresh, publishId);
        QCOMPARE(reply.status, 200);
        QCOMPARE(data(reply).value(QStringLiteral("uploaded_bytes")).toInteger(), file.size());
    }

    void rateLimits()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        for (int i = 0; i < 6; ++i)
            QCOMPARE(tt.init(tokens.access, 1000, 1000, 1).status, 200);
        HttpReply reply = tt.init(tokens.access, 1000, 1000, 1);
        QCOMPARE(reply.status, 429);
        QCOMPARE(errorCode(reply), QStringLiteral("rate_limit_exceeded"));
        QVERIFY(reply.header("retry-after").toInt() > 0);
        tt.server.clock().advance(60s);
        QCOMPARE(tt.init(tokens.access, 1000, 1000, 1).status, 200);

        for (int i = 0; i < 20; ++i)
            QCOMPARE(tt.post(kCreatorPath, tokens.access).status, 200);
        reply = tt.post(kCreatorPath, tokens.access);
        QCOMPARE(reply.status, 429);
        QCOMPARE(errorCode(reply), QStringLiteral("rate_limit_exceeded"));

        const QString publishId = tt.publishSmall(tokens.access);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(tt.status(tokens.access, publishId).status, 200);
        QCOMPARE(errorCode(tt.status(tokens.access, publishId)), QStringLiteral("rate_limit_exceeded"));
        tt.server.clock().advance(61s);
        QCOMPARE(tt.status(tokens.access, publishId).status, 200);
    }

    void metricsGrowWithTime()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        const QString publishId = tt.publishSmall(tokens.access, QStringLiteral("Altai sunrise"));
        QVERIFY(!publishId.isEmpty());
        QUrl listUrl = tt.api(QStringLiteral("/v2/video/list/"));
        listUrl.setQuery(QString(QStringLiteral("fields=") + kVideoFields));
        QUrl queryUrl = tt.api(QStringLiteral("/v2/video/query/"));
        queryUrl.setQuery(QString(QStringLiteral("fields=") + kVideoFields));
        const QJsonObject listBody{{QStringLiteral("max_count"), 20}};

        HttpReply reply = tt.http.postJson(listUrl, listBody, HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 200);
        QVERIFY(data(reply).value(QStringLiteral("videos")).toArray().isEmpty()); // still processing

        tt.server.clock().advance(6s);
        reply = tt.http.postJson(listUrl, listBody, HttpClient::bearer(tokens.access));
        QJsonArray videos = data(reply).value(QStringLiteral("videos")).toArray();
        QCOMPARE(videos.size(), 1);
        QJsonObject video = videos.at(0).toObject();
        const QString id = str(video, "id");
        QCOMPARE(str(video, "title"), QStringLiteral("Altai sunrise"));
        QCOMPARE(video.value(QStringLiteral("view_count")).toInt(), 0);
        QVERIFY(video.value(QStringLiteral("create_time")).toInteger() > 0);
        QCOMPARE(data(reply).value(QStringLiteral("has_more")), QJsonValue(false));

        tt.server.clock().advance(30min);
        reply = tt.http.postJson(listUrl, listBody, HttpClient::bearer(tokens.access));
        video = data(reply).value(QStringLiteral("videos")).toArray().at(0).toObject();
        QCOMPARE(video.value(QStringLiteral("view_count")).toInt(), 37 * 30);
        QCOMPARE(video.value(QStringLiteral("like_count")).toInt(), 111);
        QCOMPARE(video.value(QStringLiteral("share_count")).toInt(), 22);
        QCOMPARE(video.value(QStringLiteral("comment_count")).toInt(), 3);

        const QJsonObject query{{QStringLiteral("filters"),
                                 QJsonObject{{QStringLiteral("video_ids"),
                                              QJsonArray{id, QStringLiteral("7000000000000000000")}}}}};
        reply = tt.http.postJson(queryUrl, query, HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 200);
        videos = data(reply).value(QStringLiteral("videos")).toArray();
        QCOMPARE(videos.size(), 1);
        QCOMPARE(videos.at(0).toObject(), video);

        tt.server.clock().advance(60min);
        reply = tt.http.postJson(queryUrl, query, HttpClient::bearer(tokens.access));
        QVERIFY(data(reply)
                    .value(QStringLiteral("videos"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("view_count"))
                    .toInt()
                > 37 * 30);

        // Validation and scope.
        reply = tt.http.postJson(tt.api(QStringLiteral("/v2/video/query/")), query,
                                 HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 400); // no fields
        QCOMPARE(errorCode(reply), QStringLiteral("invalid_param"));
        reply = tt.http.postJson(queryUrl, QJsonObject{{QStringLiteral("filters"), QJsonObject{}}},
                                 HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 400);
        QVERIFY(errorMessage(reply).contains(QStringLiteral("video_ids")));
        reply = tt.http.postJson(listUrl, QJsonObject{{QStringLiteral("max_count"), 21}},
                                 HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 400);
        QVERIFY(errorMessage(reply).contains(QStringLiteral("max_count")));
        const Tokens noList = tt.connect(QStringLiteral("video.publish"));
        reply = tt.http.postJson(listUrl, listBody, HttpClient::bearer(noList.access));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("scope_not_authorized"));
    }

    void videoListPages()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!tt.publishSmall(tokens.access, QStringLiteral("Post %1").arg(i)).isEmpty());
            tt.server.clock().advance(10s);
        }
        QUrl listUrl = tt.api(QStringLiteral("/v2/video/list/"));
        listUrl.setQuery(QStringLiteral("fields=id,title"));
        HttpReply reply = tt.http.postJson(listUrl, QJsonObject{{QStringLiteral("max_count"), 2}},
                                           HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 200);
        QJsonArray videos = data(reply).value(QStringLiteral("videos")).toArray();
        QCOMPARE(videos.size(), 2);
        QCOMPARE(str(videos.at(0).toObject(), "title"), QStringLiteral("Post 2")); // newest first
        QCOMPARE(str(videos.at(1).toObject(), "title"), QStringLiteral("Post 1"));
        QCOMPARE(data(reply).value(QStringLiteral("has_more")), QJsonValue(true));
        const qint64 cursor = data(reply).value(QStringLiteral("cursor")).toInteger();
        reply = tt.http.postJson(
            listUrl, QJsonObject{{QStringLiteral("max_count"), 2}, {QStringLiteral("cursor"), cursor}},
            HttpClient::bearer(tokens.access));
        videos = data(reply).value(QStringLiteral("videos")).toArray();
        QCOMPARE(videos.size(), 1);
        QCOMPARE(str(videos.at(0).toObject(), "title"), QStringLiteral("Post 0"));
        QCOMPARE(data(reply).value(QStringLiteral("has_more")), QJsonValue(false));
    }

    void genericFaultUsesTikTokEnvelope()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const Tokens tokens = tt.connect();
        FaultRule rule;
        rule.action = FaultRule::Action::Status;
        rule.status = 503;
        rule.endpoint = QStringLiteral("tiktok.api.status");
        tt.server.faults().add(rule);
        HttpReply reply = tt.status(tokens.access, QStringLiteral("v_pub_file~v2-1.1"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(errorCode(reply), QStringLiteral("internal_error"));
        QVERIFY(reply.json().value(QStringLiteral("data")).isObject());
        QVERIFY(!reply.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("log_id"))
                     .toString()
                     .isEmpty());
        reply = tt.status(tokens.access, QStringLiteral("v_pub_file~v2-1.1"));
        QCOMPARE(reply.status, 400); // fault used up; the real answer

        QCOMPARE(tt.server.context().faults.toJson().size(), 0);
        rule.status = 429;
        rule.action = FaultRule::Action::RateLimit;
        tt.server.faults().add(rule);
        QCOMPARE(errorCode(tt.status(tokens.access, QStringLiteral("x"))),
                 QStringLiteral("rate_limit_exceeded"));
    }

    void stateSurvivesSaveAndLoad()
    {
        QJsonObject saved;
        Tokens tokens;
        Tokens revoked;
        QString postId;
        {
            TikTok tt;
            QVERIFY(tt.started);
            tokens = tt.connect();
            revoked = tt.connect();
            const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("tiktok"));
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("client_key"), client.clientId);
            form.addQueryItem(QStringLiteral("client_secret"), client.clientSecret);
            form.addQueryItem(QStringLiteral("token"), revoked.access);
            QCOMPARE(tt.http.postForm(tt.api(QStringLiteral("/v2/oauth/revoke/")), form).status, 200);
            QVERIFY(!tt.publishSmall(tokens.access, QStringLiteral("Saved post")).isEmpty());
            tt.server.clock().advance(6s);
            postId = str(tt.world().value(QStringLiteral("posts")).toArray().at(0).toObject(), "post_id");
            QVERIFY(!postId.isEmpty());
            const QJsonObject state = tt.server.platform(QStringLiteral("tiktok"))->saveState();
            saved = QJsonDocument::fromJson(QJsonDocument(state).toJson()).object(); // as on disk
        }
        TikTok tt;
        QVERIFY(tt.started);
        tt.server.clock().advance(10s);
        QVERIFY(tt.world().value(QStringLiteral("posts")).toArray().isEmpty());
        tt.server.platform(QStringLiteral("tiktok"))->loadState(saved);

        QCOMPARE(tt.post(kCreatorPath, tokens.access).status, 200);
        QCOMPARE(tt.post(kCreatorPath, revoked.access).status, 401);
        QUrl listUrl = tt.api(QStringLiteral("/v2/video/list/"));
        listUrl.setQuery(QStringLiteral("fields=id,title"));
        const HttpReply reply = tt.http.postJson(listUrl, QJsonObject{}, HttpClient::bearer(tokens.access));
        QCOMPARE(reply.status, 200);
        const QJsonObject video = data(reply).value(QStringLiteral("videos")).toArray().at(0).toObject();
        QCOMPARE(str(video, "id"), postId);
        QCOMPARE(str(video, "title"), QStringLiteral("Saved post"));
        const QJsonObject upload = tt.world().value(QStringLiteral("uploads")).toArray().at(0).toObject();
        QCOMPARE(str(upload, "sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(videoBytes(1000), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(tt.token(TikTok::refreshForm(tokens.refresh)).status, 200);
    }

    void recorderKeepsNoSecrets()
    {
        TikTok tt;
        QVERIFY(tt.started);
        const QString code = tt.code();
        const QJsonObject first = tt.token(TikTok::tokenForm(code)).json();
        const QString access = str(first, "access_token");
        const QString refresh = str(first, "refresh_token");
        QVERIFY(!access.isEmpty());
        QCOMPARE(tt.post(kCreatorPath, access).status, 200);
        QVERIFY(!tt.publishSmall(access).isEmpty());
        const QJsonObject second = tt.token(TikTok::refreshForm(refresh)).json();
        QVERIFY(!str(second, "access_token").isEmpty());

        QVERIFY(tt.server.recorder().forEndpoint(QStringLiteral("tiktok.api.oauth.token")).size() == 2);
        QVERIFY(tt.server.recorder().forEndpoint(QStringLiteral("tiktok.upload")).size() == 1);
        const QByteArray dump = QJsonDocument(tt.server.recorder().toJson()).toJson();
        QVERIFY(dump.contains("tiktok.api.creator_info"));
        for (const QString &secret :
             {code, access, refresh, str(second, "access_token"), str(second, "refresh_token"),
              SandboxServer::defaultClient(QStringLiteral("tiktok")).clientSecret, kVerifier})
            QVERIFY2(!dump.contains(secret.toUtf8()), qPrintable(secret));
    }
};

TRAVELFLOW_TEST_MAIN(TestTikTokSimulator, QCoreApplication)

#include "test_tiktok_simulator.moc"
