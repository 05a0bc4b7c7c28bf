// The Instagram simulator over real HTTP: Facebook Login and tokens, Reel containers and
// the rupload host, publishing and its limit, comments, replies, private replies,
// conversations, the Graph error shape and usage headers, faults, persistence.

#include "instagram_simulator.h"
#include "sandbox_endpoints.h"
#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <chrono>
#include <memory>

using namespace travelflow;
using namespace travelflow::sandbox;
using test::HttpClient;
using test::HttpReply;

namespace {

const QString kRedirect = QStringLiteral("http://127.0.0.1:8765/callback");

const QStringList kAllScopes{
    QStringLiteral("instagram_basic"),           QStringLiteral("instagram_content_publish"),
    QStringLiteral("instagram_manage_comments"), QStringLiteral("instagram_manage_messages"),
    QStringLiteral("pages_show_list"),           QStringLiteral("pages_read_engagement"),
};

using Params = QList<QPair<QString, QString>>;

// Percent-encodes every value, so '#', '@', '&' and '+' in captions arrive intact.
QByteArray encode(const Params &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QJsonObject errorOf(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error")).toObject();
}

// Whether `reply` is a Graph error with this status, code and subcode (0 = none).
bool isGraphError(const HttpReply &reply, int status, int code, int subcode = 0)
{
    const QJsonObject e = errorOf(reply);
    return reply.status == status && e.value(QStringLiteral("code")).toInt() == code
        && e.value(QStringLiteral("error_subcode")).toInt() == subcode
        && e.contains(QStringLiteral("message")) && e.contains(QStringLiteral("type"))
        && e.contains(QStringLiteral("fbtrace_id")) && e.contains(QStringLiteral("error_user_title"))
        && e.contains(QStringLiteral("error_user_msg"));
}

// Whether `reply` is the rupload host's error shape with this status.
bool isRuploadError(const HttpReply &reply, int status, const QString &type = {})
{
    const QJsonObject info = reply.json().value(QStringLiteral("debug_info")).toObject();
    return reply.status == status && info.value(QStringLiteral("retriable")).isBool()
        && !info.value(QStringLiteral("message")).toString().isEmpty()
        && (type.isEmpty() || info.value(QStringLiteral("type")).toString() == type);
}

QByteArray videoBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = static_cast<char>(x & 0xff);
    }
    return data;
}

bool hasCyrillic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    return re.match(text).hasMatch();
}

} // namespace

class TestInstagramSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    InstagramSimulator *m_sim = nullptr;
    HttpClient m_http;

    QString igId() const { return InstagramSimulator::igUserId(); }

    QUrl url(const QString &path, const Params &query = {}) const
    {
        QUrl u(QString(m_server->baseUrl() + path));
        if (!query.isEmpty())
            u.setQuery(QString::fromLatin1(encode(query)));
        return u;
    }

    QUrl graph(const QString &path, const Params &query = {}) const
    {
        return url(QString(paths::kInstagramGraph + path), query);
    }

    void advance(qint64 seconds) { m_server->clock().advance(std::chrono::seconds(seconds)); }

    HttpReply get(const QString &path, const QString &token, const Params &query = {})
    {
        return m_http.get(graph(path, query), HttpClient::bearer(token));
    }

    HttpReply post(const QString &path, const QString &token, const Params &form)
    {
        return m_http.send(
            "POST", graph(path), encode(form),
            HttpClient::bearer(token, {{"Content-Type", "application/x-www-form-urlencoded"}}));
    }

    Params authorizeQuery(const QStringList &scopes, const QString &state = QStringLiteral("st-1"),
                          const QString &redirect = kRedirect) const
    {
        return {
            {QStringLiteral("client_id"), SandboxServer::defaultClient(QStringLiteral("instagram")).clientId},
            {QStringLiteral("redirect_uri"), redirect},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("scope"), scopes.join(QLatin1Char(','))},
            {QStringLiteral("state"), state}};
    }

    QString obtainCode(const QStringList &scopes, const QString &redirect = kRedirect)
    {
        const HttpReply r
            = m_http.get(url(paths::kInstagramAuth, authorizeQuery(scopes, QStringLiteral("s"), redirect)));
        if (r.status != 302)
            return {};
        return QUrlQuery(QUrl::fromEncoded(r.header("location"))).queryItemValue(QStringLiteral("code"));
    }

    HttpReply exchange(const QString &code, const QString &redirect = kRedirect,
                       const QString &secret
                       = SandboxServer::defaultClient(QStringLiteral("instagram")).clientSecret)
    {
        return m_http.get(graph(QStringLiteral("/oauth/access_token"),
                                {{QStringLiteral("client_id"),
                                  SandboxServer::defaultClient(QStringLiteral("instagram")).clientId},
                                 {QStringLiteral("redirect_uri"), redirect},
                                 {QStringLiteral("client_secret"), secret},
                                 {QStringLiteral("code"), code}}));
    }

    QString login(const QStringList &scopes = kAllScopes)
    {
        return exchange(obtainCode(scopes)).json().value(QStringLiteral("access_token")).toString();
    }

    HttpReply exchangeLongLived(const QString &token)
    {
        const ClientCredentials client = SandboxServer::defaultClient(QStringLiteral("instagram"));
        return m_http.get(graph(QStringLiteral("/oauth/access_token"),
                                {{QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token")},
                                 {QStringLiteral("client_id"), client.clientId},
                                 {QStringLiteral("client_secret"), client.clientSecret},
                                 {QStringLiteral("fb_exchange_token"), token}}));
    }

    QString longLivedLogin()
    {
        return exchangeLongLived(login()).json().value(QStringLiteral("access_token")).toString();
    }

    QString pageToken(const QString &userToken)
    {
        const HttpReply r
            = get(QStringLiteral("/me/accounts"), userToken,
                  {{QStringLiteral("fields"),
                    QStringLiteral("id,name,access_token,instagram_business_account{id,username}")}});
        return r.json()
            .value(QStringLiteral("data"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("access_token"))
            .toString();
    }

    HttpReply createContainer(const QString &token,
                              const QString &caption = QStringLiteral("Lake at dawn #travel"))
    {
        return post(QStringLiteral("/%1/media").arg(igId()), token,
                    {{QStringLiteral("media_type"), QStringLiteral("REELS")},
                     {QStringLiteral("upload_type"), QStringLiteral("resumable")},
                     {QStringLiteral("caption"), caption}});
    }

    HttpReply rupload(const QString &uri, const QString &token, const QByteArray &chunk, qint64 offset,
                      qint64 fileSize, const QByteArray &scheme = "OAuth")
    {
        return m_http.send("POST", QUrl(uri), chunk,
                           {{"Authorization", QByteArray(scheme + ' ' + token.toUtf8())},
                            {"offset", QByteArray::number(offset)},
                            {"file_size", QByteArray::number(fileSize)},
                            {"Content-Type", "application/octet-stream"}});
    }

    // A container with all bytes uploaded; returns its id (empty on failure).
    QString uploadedContainer(const QString &token, const QByteArray &data = QByteArrayLiteral("tiny-video"))
    {
        const QJsonObject created = createContainer(token).json();
        const HttpReply r
            = rupload(created.value(QStringLiteral("uri")).toString(), token, data, 0, data.size());
        return r.status == 200 ? created.value(QStringLiteral("id")).toString() : QString();
    }

    HttpReply publish(const QString &token, const QString &containerId)
    {
        return post(QStringLiteral("/%1/media_publish").arg(igId()), token,
                    {{QStringLiteral("creation_id"), containerId}});
    }

    QString publishedMedia(const QString &token)
    {
        const QString container = uploadedContainer(token);
        advance(11);
        return publish(token, container).json().value(QStringLiteral("id")).toString();
    }

    QString containerStatus(const QString &token, const QString &container)
    {
        return get(QStringLiteral("/") + container, token,
                   {{QStringLiteral("fields"), QStringLiteral("status_code,status")}})
            .json()
            .value(QStringLiteral("status_code"))
            .toString();
    }

    QJsonObject worldContainer(const QString &id) const
    {
        for (const QJsonValue &v : m_sim->worldView().value(QStringLiteral("containers")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

    FaultRule fault(FaultRule::Action action, const QString &endpoint) const
    {
        FaultRule rule;
        rule.action = action;
        rule.platform = QStringLiteral("instagram");
        rule.endpoint = endpoint;
        return rule;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        m_sim = &m_server->add<InstagramSimulator>();
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_sim = nullptr;
    }

    void authorizeRedirectsToLoopbackWithCodeAndState()
    {
        const QString state = QStringLiteral("a b&c=d/é");
        const HttpReply r = m_http.get(url(paths::kInstagramAuth, authorizeQuery(kAllScopes, state)));
        QCOMPARE(r.status, 302);
        const QUrl location = QUrl::fromEncoded(r.header("location"));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(), kRedirect);
        QCOMPARE(location.fragment(), QStringLiteral("_=_"));
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
        QVERIFY(query.queryItemValue(QStringLiteral("code")).size() >= 16);
        QVERIFY(!query.hasQueryItem(QStringLiteral("error")));

        // localhost with a port is a loopback redirect too
        QCOMPARE(m_http
                     .get(url(paths::kInstagramAuth,
                              authorizeQuery(kAllScopes, state, QStringLiteral("http://localhost:9000/cb"))))
                     .status,
                 302);
    }

    void authorizeRejectsBadRequests()
    {
        const auto status
            = [&](const Params &query) { return m_http.get(url(paths::kInstagramAuth, query)).status; };
        Params q = authorizeQuery(kAllScopes);
        q[0].second = QStringLiteral("someone-else");
        QCOMPARE(status(q), 400);
        for (const QString &redirect :
             {QStringLiteral("https://example.com/callback"), QStringLiteral("http://127.0.0.1/callback"),
              QStringLiteral("http://192.168.1.5:8000/cb")}) {
            q = authorizeQuery(kAllScopes, QStringLiteral("s"), redirect);
            QCOMPARE(status(q), 400);
        }
        q = authorizeQuery({QStringLiteral("instagram_basic"), QStringLiteral("read_everything")});
        QCOMPARE(status(q), 400);
        q = authorizeQuery(kAllScopes);
        q[2].second = QStringLiteral("token");
        QCOMPARE(status(q), 400);
    }

    void denyAuthorizeFaultRedirectsWithAccessDenied()
    {
        m_server->faults().add(fault(FaultRule::Action::DenyAuthorize, QStringLiteral("instagram.auth")));
        const HttpReply r
            = m_http.get(url(paths::kInstagramAuth, authorizeQuery(kAllScopes, QStringLiteral("xyz"))));
        QCOMPARE(r.status, 302);
        const QUrlQuery query(QUrl::fromEncoded(r.header("location")));
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
        // the fault fired once: the next attempt is approved
        QVERIFY(!obtainCode(kAllScopes).isEmpty());
    }

    void codeExchangeIsStrictAndSingleUse()
    {
        const QString code = obtainCode(kAllScopes);
        QVERIFY(!code.isEmpty());
        const HttpReply ok = exchange(code);
        QCOMPARE(ok.status, 200);
        const QJsonObject token = ok.json();
        QVERIFY(token.value(QStringLiteral("access_token")).toString().size() >= 20);
        QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 5183);
        QVERIFY(!token.contains(QStringLiteral("refresh_token")));

        const HttpReply reused = exchange(code);
        QVERIFY2(isGraphError(reused, 400, 100, 36009), reused.body.constData());

        const QString other = obtainCode(kAllScopes);
        const HttpReply mismatch = exchange(other, QStringLiteral("http://127.0.0.1:8765/other"));
        QVERIFY2(isGraphError(mismatch, 400, 100, 36008), mismatch.body.constData());
        // a failed redemption burns the code
        QVERIFY2(isGraphError(exchange(other), 400, 100, 36009), "burnt code accepted");

        QVERIFY2(isGraphError(exchange(QStringLiteral("made-up-code")), 400, 100, 36007),
                 "unknown code accepted");
        QVERIFY2(isGraphError(exchange(obtainCode(kAllScopes), kRedirect, QStringLiteral("wrong")), 400, 1),
                 "wrong secret accepted");
        QVERIFY2(isGraphError(exchange(obtainCode(kAllScopes), QString()), 400, 191),
                 "missing redirect_uri accepted");

        // codes expire after ten minutes
        const QString late = obtainCode(kAllScopes);
        advance(601);
        QVERIFY2(isGraphError(exchange(late), 400, 100, 36007), "expired code accepted");
    }

    void longLivedExchangeReplacesTheToken()
    {
        const QString shortLived = login();
        const HttpReply r = exchangeLongLived(shortLived);
        QCOMPARE(r.status, 200);
        const QString longLived = r.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(r.json().value(QStringLiteral("expires_in")).toInt(), 5184000);
        QCOMPARE(r.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QVERIFY(longLived != shortLived);

        advance(2 * 3600); // past the short-lived token's life
        const HttpReply me = get(QStringLiteral("/me"), longLived);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("id")).toString(), InstagramSimulator::userId());
        QVERIFY2(isGraphError(exchangeLongLived(QStringLiteral("nonsense")), 400, 190),
                 "bad token exchanged");
    }

    void accessTokensExpire()
    {
        const QString token = login();
        QCOMPARE(get(QStringLiteral("/me"), token).status, 200);
        advance(5184);
        const HttpReply r = get(QStringLiteral("/me"), token);
        QVERIFY2(isGraphError(r, 400, 190, 463), r.body.constData());
        QCOMPARE(errorOf(r).value(QStringLiteral("type")).toString(), QStringLiteral("OAuthException"));
    }

    void meAndAccountsNameTheUserPageAndInstagramAccount()
    {
        const QString token = login();
        // the token is accepted as a parameter too
        const HttpReply me = m_http.get(graph(QStringLiteral("/me"),
                                              {{QStringLiteral("fields"), QStringLiteral("id,name")},
                                               {QStringLiteral("access_token"), token}}));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("name")).toString(), QStringLiteral("Sandbox Traveller"));
        QCOMPARE(me.json().value(QStringLiteral("id")).toString(), QStringLiteral("10000001"));

        const HttpReply accounts
            = get(QStringLiteral("/me/accounts"), token,
                  {{QStringLiteral("fields"),
                    QStringLiteral("id,name,access_token,instagram_business_account{id,username}")}});
        QCOMPARE(accounts.status, 200);
        const QJsonObject page = accounts.json().value(QStringLiteral("data")).toArray().at(0).toObject();
        QCOMPARE(page.value(QStringLiteral("id")).toString(), QStringLiteral("20000001"));
        QCOMPARE(page.value(QStringLiteral("name")).toString(), QStringLiteral("Sandbox Travel Co."));
        const QJsonObject ig = page.value(QStringLiteral("instagram_business_account")).toObject();
        QCOMPARE(ig.value(QStringLiteral("id")).toString(), QStringLiteral("17841400000000001"));
        QCOMPARE(ig.value(QStringLiteral("username")).toString(), QStringLiteral("sandbox.travel"));
        const QString pageToken = page.value(QStringLiteral("access_token")).toString();
        QVERIFY(pageToken.size() >= 20 && pageToken != token);

        const HttpReply asPage = get(QStringLiteral("/me"), pageToken);
        QCOMPARE(asPage.json().value(QStringLiteral("id")).toString(), QStringLiteral("20000001"));

        QVERIFY2(isGraphError(get(QStringLiteral("/me"), token,
                                  {{QStringLiteral("fields"), QStringLiteral("id,email2")}}),
                              400, 100),
                 "unknown field accepted");
        QVERIFY2(isGraphError(m_http.get(graph(QStringLiteral("/me"))), 400, 104), "missing token accepted");
        QVERIFY2(isGraphError(get(QStringLiteral("/me"), QStringLiteral("garbage")), 400, 190),
                 "bad token accepted");

        const QString noPages = login({QStringLiteral("instagram_basic")});
        QVERIFY2(isGraphError(get(QStringLiteral("/me/accounts"), noPages), 400, 200),
                 "pages_show_list not checked");
    }

    void revokeEndsUserAndPageTokens()
    {
        const QString token = login();
        const QString page = pageToken(token);
        QCOMPARE(get(QStringLiteral("/me/conversations"), page,
                     {{QStringLiteral("platform"), QStringLiteral("instagram")}})
                     .status,
                 200);
        const HttpReply r
            = m_http.send("DELETE", graph(QStringLiteral("/me/permissions")), {}, HttpClient::bearer(token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), true);

        QVERIFY2(isGraphError(get(QStringLiteral("/me"), token), 400, 190, 458),
                 "user token works after revoke");
        QVERIFY2(isGraphError(get(QStringLiteral("/me/conversations"), page,
                                  {{QStringLiteral("platform"), QStringLiteral("instagram")}}),
                              400, 190, 458),
                 "page token works after revoke");
        // a new login gets a fresh, different token that works
        const QString again = login();
        QVERIFY(again != token);
        QCOMPARE(get(QStringLiteral("/me"), again).status, 200);
    }

    void containerCreationValidatesEverything()
    {
        const QString token = login();
        const HttpReply ok
            = createContainer(token, QString(QString(2200 - 5, QLatin1Char('a')) + QStringLiteral(" #tag")));
        QCOMPARE(ok.status, 200);
        const QString id = ok.json().value(QStringLiteral("id")).toString();
        QCOMPARE(
            ok.json().value(QStringLiteral("uri")).toString(),
            QString(m_server->baseUrl() + QStringLiteral("/instagram/rupload/ig-api-upload/v25.0/") + id));

        QStringList tags;
        for (int i = 0; i < 31; ++i)
            tags.append(QStringLiteral("#tag%1").arg(i));
        QStringList mentions;
        for (int i = 0; i < 21; ++i)
            mentions.append(QStringLiteral("@friend.%1").arg(i));
        for (const QString &caption : {tags.join(QLatin1Char(' ')), mentions.join(QLatin1Char(' ')),
                                       QString(2201, QLatin1Char('x'))}) {
            const HttpReply r = createContainer(token, caption);
            QVERIFY2(isGraphError(r, 400, 36004, 2207010), r.body.constData());
        }
        tags.removeLast();
        QCOMPARE(createContainer(token, tags.join(QLatin1Char(' '))).status, 200);

        const auto create
            = [&](const Params &form) { return post(QStringLiteral("/%1/media").arg(igId()), token, form); };
        QVERIFY2(isGraphError(create({{QStringLiteral("media_type"), QStringLiteral("REELS")}}), 400, 100),
                 "missing upload_type accepted");
        QVERIFY2(
            isGraphError(create({{QStringLiteral("upload_type"), QStringLiteral("resumable")}}), 400, 100),
            "missing media_type accepted");
        QVERIFY2(isGraphError(create({{QStringLiteral("media_type"), QStringLiteral("REELS")},
                                      {QStringLiteral("upload_type"), QStringLiteral("resumable")},
                                      {QStringLiteral("share_to_feed"), QStringLiteral("maybe")}}),
                              400, 100),
                 "bad share_to_feed accepted");
        QCOMPARE(create({{QStringLiteral("media_type"), QStringLiteral("REELS")},
                         {QStringLiteral("upload_type"), QStringLiteral("resumable")},
                         {QStringLiteral("share_to_feed"), QStringLiteral("false")},
                         {QStringLiteral("thumb_offset"), QStringLiteral("1500")},
                         {QStringLiteral("collaborators"), QStringLiteral("anna.k,tom.hikes")}})
                     .status,
                 200);
        const HttpReply wrongUser = post(QStringLiteral("/12345/media"), token,
                                         {{QStringLiteral("media_type"), QStringLiteral("REELS")},
                                          {QStringLiteral("upload_type"), QStringLiteral("resumable")}});
        QVERIFY2(isGraphError(wrongUser, 400, 100, 33), wrongUser.body.constData());
        QCOMPARE(errorOf(wrongUser).value(QStringLiteral("type")).toString(),
                 QStringLiteral("GraphMethodException"));

        const QString readOnly = login({QStringLiteral("instagram_basic")});
        QVERIFY2(isGraphError(createContainer(readOnly), 400, 10), "instagram_content_publish not checked");
    }

    void containersAreLimitedPerDay()
    {
        const QString token = longLivedLogin();
        for (int i = 0; i < 400; ++i) {
            const HttpReply r = createContainer(token);
            QVERIFY2(r.status == 200, r.body.constData());
        }
        const HttpReply refused = createContainer(token);
        QVERIFY2(isGraphError(refused, 400, 9), refused.body.constData());
        advance(86400);
        QCOMPARE(createContainer(token).status, 200);
    }

    void resumableUploadInTwoPartsFinishesAfterProcessing()
    {
        const QString token = login();
        const QByteArray file = videoBytes(300 * 1024);
        const qint64 size = file.size();
        const QJsonObject created = createContainer(token).json();
        const QString id = created.value(QStringLiteral("id")).toString();
        const QString uri = created.value(QStringLiteral("uri")).toString();
        QCOMPARE(containerStatus(token, id), QStringLiteral("IN_PROGRESS"));

        const qint64 half = 120000;
        HttpReply r = rupload(uri, token, file.left(half), 0, size);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), true);

        const HttpReply offset
            = m_http.send("GET", QUrl(uri), {}, {{"Authorization", QByteArray("OAuth " + token.toUtf8())}});
        QCOMPARE(offset.status, 200);
        QCOMPARE(offset.json().value(QStringLiteral("offset")).toInteger(), half);

        QVERIFY2(isRuploadError(rupload(uri, token, file.mid(half), 0, size), 400), "wrong offset accepted");
        QVERIFY2(isRuploadError(rupload(uri, token, file.mid(half), half, size + 1), 400),
                 "changed file_size accepted");
        QVERIFY2(isRuploadError(rupload(uri, token, file.mid(half), half, size, "Bearer"), 400,
                                QStringLiteral("ProcessingFailedError")),
                 "Bearer accepted by rupload");
        QCOMPARE(worldContainer(id).value(QStringLiteral("received")).toInteger(), half);

        r = rupload(uri, token, file.mid(half), half, size);
        QCOMPARE(r.status, 200);
        QVERIFY2(isRuploadError(rupload(uri, token, QByteArrayLiteral("x"), size, size), 400),
                 "upload past the end");
        QCOMPARE(containerStatus(token, id), QStringLiteral("IN_PROGRESS"));
        advance(11);
        QCOMPARE(containerStatus(token, id), QStringLiteral("FINISHED"));

        const QJsonObject world = worldContainer(id);
        QCOMPARE(world.value(QStringLiteral("received")).toInteger(), size);
        QCOMPARE(world.value(QStringLiteral("file_size")).toInteger(), size);
        QCOMPARE(world.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(world.value(QStringLiteral("status_code")).toString(), QStringLiteral("FINISHED"));
    }

    void publishRefusesUnfinishedFailedExpiredAndRepeated()
    {
        const QString token = longLivedLogin();
        // not uploaded yet
        const QString waiting = createContainer(token).json().value(QStringLiteral("id")).toString();
        HttpReply r = publish(token, waiting);
        QVERIFY2(isGraphError(r, 400, 9007, 2207027), r.body.constData());

        // finished: published once, never twice
        const QString ready = uploadedContainer(token);
        advance(11);
        r = publish(token, ready);
        QCOMPARE(r.status, 200);
        const QString media = r.json().value(QStringLiteral("id")).toString();
        QVERIFY(!media.isEmpty());
        QCOMPARE(containerStatus(token, ready), QStringLiteral("PUBLISHED"));
        r = publish(token, ready);
        QVERIFY2(isGraphError(r, 400, 100), r.body.constData());
        QVERIFY(errorOf(r)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("published already")));
        QCOMPARE(m_sim->worldView().value(QStringLiteral("media")).toArray().size(), 1);

        // processing failure
        m_server->faults().add(
            fault(FaultRule::Action::ProcessingFailed, QStringLiteral("instagram.rupload")));
        const QString failed = uploadedContainer(token);
        advance(11);
        const HttpReply status = get(QStringLiteral("/") + failed, token,
                                     {{QStringLiteral("fields"), QStringLiteral("status_code,status")}});
        QCOMPARE(status.json().value(QStringLiteral("status_code")).toString(), QStringLiteral("ERROR"));
        QVERIFY(status.json().value(QStringLiteral("status")).toString().startsWith(QLatin1String("Error")));
        QVERIFY(status.json().value(QStringLiteral("status")).toString().contains(QLatin1String("2207026")));
        QVERIFY2(isGraphError(publish(token, failed), 400, -1, 2207053), "ERROR container published");

        // not published within 24 hours
        const QString stale = uploadedContainer(token);
        advance(25 * 3600);
        QCOMPARE(containerStatus(token, stale), QStringLiteral("EXPIRED"));
        QVERIFY2(isGraphError(publish(token, stale), 400, -2, 2207020), "EXPIRED container published");
        QVERIFY2(isGraphError(publish(token, QStringLiteral("17900000000009999")), 400, 100, 33),
                 "unknown container");
        QCOMPARE(m_sim->worldView().value(QStringLiteral("media")).toArray().size(), 1);
    }

    void uploadUrlExpiryFaultExpiresTheContainer()
    {
        const QString token = login();
        const QJsonObject created = createContainer(token).json();
        const QString id = created.value(QStringLiteral("id")).toString();
        m_server->faults().add(
            fault(FaultRule::Action::UploadUrlExpired, QStringLiteral("instagram.rupload")));
        const HttpReply r = rupload(created.value(QStringLiteral("uri")).toString(), token, "data", 0, 4);
        QVERIFY2(isRuploadError(r, 400, QStringLiteral("ProcessingFailedError")), r.body.constData());
        QCOMPARE(containerStatus(token, id), QStringLiteral("EXPIRED"));
        QCOMPARE(worldContainer(id).value(QStringLiteral("received")).toInteger(), 0);
    }

    void publishingLimitCountsAndStopsAtFifty()
    {
        const QString token = login();
        QStringList containers;
        for (int i = 0; i < 51; ++i)
            containers.append(uploadedContainer(token));
        QVERIFY(!containers.contains(QString()));
        advance(11);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(publish(token, containers.at(i)).status, 200);
        const HttpReply refused = publish(token, containers.at(50));
        QVERIFY2(isGraphError(refused, 400, 9, 2207042), refused.body.constData());
        QVERIFY(errorOf(refused)
                    .value(QStringLiteral("error_user_msg"))
                    .toString()
                    .contains(QLatin1String("maximum number of posts")));

        const HttpReply limit = get(QStringLiteral("/%1/content_publishing_limit").arg(igId()), token,
                                    {{QStringLiteral("fields"), QStringLiteral("quota_usage,config")}});
        QCOMPARE(limit.status, 200);
        const QJsonObject data = limit.json().value(QStringLiteral("data")).toArray().at(0).toObject();
        QCOMPARE(data.value(QStringLiteral("quota_usage")).toInt(), 50);
        QCOMPARE(data.value(QStringLiteral("config")).toObject().value(QStringLiteral("quota_total")).toInt(),
                 50);
        QCOMPARE(
            data.value(QStringLiteral("config")).toObject().value(QStringLiteral("quota_duration")).toInt(),
            86400);
        QCOMPARE(m_sim->worldView()
                     .value(QStringLiteral("publishing"))
                     .toObject()
                     .value(QStringLiteral("quota_usage"))
                     .toInt(),
                 50);
    }

    void quotaExhaustedFaultRefusesPublishing()
    {
        const QString token = login();
        QVERIFY(!publishedMedia(token).isEmpty());
        const auto usage = [&] {
            return get(QStringLiteral("/%1/content_publishing_limit").arg(igId()), token,
                       {{QStringLiteral("fields"), QStringLiteral("quota_usage,config")}})
                .json()
                .value(QStringLiteral("data"))
                .toArray()
                .at(0)
                .toObject();
        };
        QCOMPARE(usage().value(QStringLiteral("quota_usage")).toInt(), 1);

        m_server->faults().add(
            fault(FaultRule::Action::QuotaExhausted, QStringLiteral("instagram.graph.media.publish")));
        const QString container = uploadedContainer(token);
        advance(11);
        const HttpReply r = publish(token, container);
        QVERIFY2(isGraphError(r, 400, 9, 2207042), r.body.constData());
        const QJsonObject limit = usage();
        QCOMPARE(
            limit.value(QStringLiteral("quota_usage")).toInt(),
            limit.value(QStringLiteral("config")).toObject().value(QStringLiteral("quota_total")).toInt());
        QCOMPARE(containerStatus(token, container), QStringLiteral("FINISHED"));
    }

    void commentsPageThroughCursors()
    {
        const QString token = login();
        const QString media = publishedMedia(token);
        QVERIFY(!media.isEmpty());
        m_sim->addComments(media, 120);

        QSet<QString> seen;
        QList<int> sizes;
        QUrl next = graph(
            QStringLiteral("/%1/comments").arg(media),
            {{QStringLiteral("fields"),
              QStringLiteral("id,text,timestamp,username,like_count,hidden,from{id,username},parent_id,"
                             "replies{id,text}")},
             {QStringLiteral("limit"), QStringLiteral("50")}});
        QJsonObject last;
        for (int page = 0; page < 10 && next.isValid(); ++page) {
            const HttpReply r = m_http.get(next, HttpClient::bearer(token));
            QCOMPARE(r.status, 200);
            last = r.json();
            const QJsonArray data = last.value(QStringLiteral("data")).toArray();
            sizes.append(static_cast<int>(data.size()));
            for (const QJsonValue &v : data) {
                const QJsonObject c = v.toObject();
                QVERIFY(!c.value(QStringLiteral("text")).toString().isEmpty());
                QCOMPARE(c.value(QStringLiteral("from")).toObject().value(QStringLiteral("username")),
                         c.value(QStringLiteral("username")));
                seen.insert(c.value(QStringLiteral("id")).toString());
            }
            const QJsonObject paging = last.value(QStringLiteral("paging")).toObject();
            QVERIFY(!paging.value(QStringLiteral("cursors"))
                         .toObject()
                         .value(QStringLiteral("after"))
                         .toString()
                         .isEmpty());
            next = paging.contains(QStringLiteral("next"))
                ? QUrl(paging.value(QStringLiteral("next")).toString())
                : QUrl();
        }
        QCOMPARE(sizes, (QList<int>{50, 50, 20}));
        QCOMPARE(seen.size(), 120);
        QVERIFY(!last.value(QStringLiteral("paging")).toObject().contains(QStringLiteral("next")));

        // default page size, explicit cursors, bad input
        const HttpReply first = get(QStringLiteral("/%1/comments").arg(media), token);
        QCOMPARE(first.json().value(QStringLiteral("data")).toArray().size(), 25);
        const QString after = first.json()
                                  .value(QStringLiteral("paging"))
                                  .toObject()
                                  .value(QStringLiteral("cursors"))
                                  .toObject()
                                  .value(QStringLiteral("after"))
                                  .toString();
        const HttpReply second
            = get(QStringLiteral("/%1/comments").arg(media), token, {{QStringLiteral("after"), after}});
        const HttpReply wide = get(QStringLiteral("/%1/comments").arg(media), token,
                                   {{QStringLiteral("limit"), QStringLiteral("50")}});
        QCOMPARE(second.json().value(QStringLiteral("data")).toArray().at(0),
                 wide.json().value(QStringLiteral("data")).toArray().at(25));
        const HttpReply huge = get(QStringLiteral("/%1/comments").arg(media), token,
                                   {{QStringLiteral("limit"), QStringLiteral("500")}});
        QCOMPARE(huge.json().value(QStringLiteral("data")).toArray().size(), 50); // clamped to the maximum
        QVERIFY2(isGraphError(get(QStringLiteral("/%1/comments").arg(media), token,
                                  {{QStringLiteral("after"), QStringLiteral("bm9wZQ")}}),
                              400, 100),
                 "bad cursor accepted");
        QVERIFY2(isGraphError(get(QStringLiteral("/%1/comments").arg(media), token,
                                  {{QStringLiteral("limit"), QStringLiteral("0")}}),
                              400, 100),
                 "limit 0 accepted");
        const HttpReply badField = get(QStringLiteral("/%1/comments").arg(media), token,
                                       {{QStringLiteral("fields"), QStringLiteral("id,secret")}});
        QVERIFY2(isGraphError(badField, 400, 100), badField.body.constData());
        QVERIFY(errorOf(badField)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("nonexisting field (secret)")));
        QVERIFY2(isGraphError(get(QStringLiteral("/17919999999999999/comments"), token), 400, 100, 33),
                 "unknown media");
        QVERIFY2(isGraphError(get(QStringLiteral("/%1/comments").arg(media),
                                  login({QStringLiteral("instagram_basic")})),
                              400, 10),
                 "instagram_manage_comments not checked");
    }

    void replyAppearsUnderItsComment()
    {
        const QString token = login();
        const QString media = publishedMedia(token);
        m_sim->addComments(media, 3);
        const QString comment = get(QStringLiteral("/%1/comments").arg(media), token)
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QVERIFY(!comment.isEmpty());
        const QString text = QStringLiteral("Thanks! Prices are in your DM 🙂 / Спасибо!");
        const HttpReply r
            = post(QStringLiteral("/%1/replies").arg(comment), token, {{QStringLiteral("message"), text}});
        QCOMPARE(r.status, 200);
        const QString reply = r.json().value(QStringLiteral("id")).toString();
        QVERIFY(!reply.isEmpty());

        const HttpReply listed
            = get(QStringLiteral("/%1/comments").arg(media), token,
                  {{QStringLiteral("fields"), QStringLiteral("id,replies{id,text,username,parent_id}")}});
        QJsonObject found;
        for (const QJsonValue &v : listed.json().value(QStringLiteral("data")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == comment)
                found = v.toObject();
        }
        const QJsonObject shown = found.value(QStringLiteral("replies"))
                                      .toObject()
                                      .value(QStringLiteral("data"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(shown.value(QStringLiteral("id")).toString(), reply);
        QCOMPARE(shown.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(shown.value(QStringLiteral("username")).toString(), InstagramSimulator::igUsername());
        QCOMPARE(shown.value(QStringLiteral("parent_id")).toString(), comment);
        QCOMPARE(listed.json().value(QStringLiteral("data")).toArray().size(),
                 3); // replies are not top-level

        const HttpReply replies = get(QStringLiteral("/%1/replies").arg(comment), token,
                                      {{QStringLiteral("fields"), QStringLiteral("id,text")}});
        QCOMPARE(replies.json().value(QStringLiteral("data")).toArray().size(), 1);
        QVERIFY2(isGraphError(post(QStringLiteral("/%1/replies").arg(reply), token,
                                   {{QStringLiteral("message"), QStringLiteral("x")}}),
                              400, 100),
                 "reply to a reply accepted");
        QVERIFY2(isGraphError(post(QStringLiteral("/%1/replies").arg(comment), token, {}), 400, 100),
                 "empty reply accepted");

        bool recorded = false;
        for (const QJsonValue &v : m_sim->worldView().value(QStringLiteral("comments")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("id")).toString() == reply)
                recorded = c.value(QStringLiteral("by_owner")).toBool()
                    && c.value(QStringLiteral("parent_id")).toString() == comment
                    && c.value(QStringLiteral("text")).toString() == text;
        }
        QVERIFY(recorded);
    }

    void privateReplyOncePerCommentWithinSevenDays()
    {
        const QString token = longLivedLogin();
        const QString page = pageToken(token);
        QVERIFY(!page.isEmpty());
        const QString media = publishedMedia(token);
        m_sim->addComments(media, 2);
        const QJsonArray comments = get(QStringLiteral("/%1/comments").arg(media), page,
                                        {{QStringLiteral("fields"), QStringLiteral("id,username")}})
                                        .json()
                                        .value(QStringLiteral("data"))
                                        .toArray();
        QCOMPARE(comments.size(), 2);
        const QString first = comments.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString second = comments.at(1).toObject().value(QStringLiteral("id")).toString();
        const auto privateReply = [&](const QString &tokenUsed, const QString &commentId) {
            return m_http.postJson(
                graph(QStringLiteral("/%1/messages").arg(igId())),
                QJsonObject{
                    {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("comment_id"), commentId}}},
                    {QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi! Here are our prices.")}}}},
                HttpClient::bearer(tokenUsed));
        };

        QVERIFY2(isGraphError(privateReply(token, first), 400, 210), "user token accepted for messaging");
        HttpReply r = privateReply(page, first);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(QStringLiteral("recipient_id")).toString().isEmpty());
        QVERIFY(!r.json().value(QStringLiteral("message_id")).toString().isEmpty());
        r = privateReply(page, first);
        QVERIFY2(isGraphError(r, 400, 10900), r.body.constData());

        const HttpReply form = m_http.send(
            "POST", graph(QStringLiteral("/%1/messages").arg(igId())),
            encode({{QStringLiteral("recipient"), QStringLiteral("{\"comment_id\":\"%1\"}").arg(second)}}),
            HttpClient::bearer(page, {{"Content-Type", "application/x-www-form-urlencoded"}}));
        QVERIFY2(isGraphError(form, 400, 100), "form body accepted for a private reply");

        advance(8 * 86400);
        r = privateReply(page, second);
        QVERIFY2(isGraphError(r, 400, 10, 2534022), r.body.constData());

        const QJsonArray replies = m_sim->worldView().value(QStringLiteral("private_replies")).toArray();
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0).toObject().value(QStringLiteral("comment_id")).toString(), first);
        QCOMPARE(replies.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi! Here are our prices."));
    }

    void audienceCommentsMessagesAndMetricsGrowOverTime()
    {
        const QString token = longLivedLogin();
        const QString page = pageToken(token);
        const QString media = publishedMedia(token);
        const auto metrics = [&] {
            return get(QStringLiteral("/") + media, token,
                       {{QStringLiteral("fields"),
                         QStringLiteral("id,caption,media_type,like_count,comments_count,timestamp")}})
                .json();
        };
        const QJsonObject before = metrics();
        QCOMPARE(before.value(QStringLiteral("media_type")).toString(), QStringLiteral("VIDEO"));
        QCOMPARE(before.value(QStringLiteral("comments_count")).toInt(), 0);
        const Params instagram{{QStringLiteral("platform"), QStringLiteral("instagram")}};
        QCOMPARE(get(QStringLiteral("/me/conversations"), page, instagram)
                     .json()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 0);

        advance(2 * 3600 + 60);
        const QJsonObject after = metrics();
        QVERIFY(after.value(QStringLiteral("comments_count")).toInt() >= 12);
        QVERIFY(after.value(QStringLiteral("like_count")).toInt()
                > before.value(QStringLiteral("like_count")).toInt());

        const HttpReply conversations = get(QStringLiteral("/me/conversations"), page, instagram);
        QCOMPARE(conversations.status, 200);
        const QJsonArray list = conversations.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(list.size(), 4); // one message every 30 minutes, four different people
        QStringList texts;
        for (const QJsonValue &c : list) {
            QVERIFY(!c.toObject().value(QStringLiteral("updated_time")).toString().isEmpty());
            const HttpReply thread
                = get(QStringLiteral("/") + c.toObject().value(QStringLiteral("id")).toString(), page,
                      {{QStringLiteral("fields"), QStringLiteral("messages")}});
            QCOMPARE(thread.status, 200);
            const QJsonArray messages = thread.json()
                                            .value(QStringLiteral("messages"))
                                            .toObject()
                                            .value(QStringLiteral("data"))
                                            .toArray();
            QVERIFY(!messages.isEmpty());
            for (const QJsonValue &m : messages) {
                QVERIFY(!m.toObject().value(QStringLiteral("created_time")).toString().isEmpty());
                const HttpReply message
                    = get(QStringLiteral("/") + m.toObject().value(QStringLiteral("id")).toString(), page,
                          {{QStringLiteral("fields"), QStringLiteral("from,to,message,created_time")}});
                QCOMPARE(message.status, 200);
                QVERIFY(!message.json()
                             .value(QStringLiteral("from"))
                             .toObject()
                             .value(QStringLiteral("username"))
                             .toString()
                             .isEmpty());
                QCOMPARE(message.json()
                             .value(QStringLiteral("to"))
                             .toObject()
                             .value(QStringLiteral("data"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString(),
                         igId());
                texts.append(message.json().value(QStringLiteral("message")).toString());
            }
        }
        QCOMPARE(texts.size(), 4);

        // answering a person who wrote within the last 24 hours
        const QString igsid
            = get(QStringLiteral("/") + list.at(0).toObject().value(QStringLiteral("id")).toString(), page,
                  {{QStringLiteral("fields"), QStringLiteral("participants")}})
                  .json()
                  .value(QStringLiteral("participants"))
                  .toObject()
                  .value(QStringLiteral("data"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toString();
        const auto direct = [&](const QString &recipient) {
            return m_http.postJson(
                graph(QStringLiteral("/%1/messages").arg(igId())),
                QJsonObject{{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), recipient}}},
                            {QStringLiteral("message"),
                             QJsonObject{{QStringLiteral("text"), QStringLiteral("Hello!")}}}},
                HttpClient::bearer(page));
        };
        const HttpReply sent = direct(igsid);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json().value(QStringLiteral("recipient_id")).toString(), igsid);
        QVERIFY2(isGraphError(direct(QStringLiteral("123")), 400, 100, 2018001),
                 "unknown recipient accepted");
        QCOMPARE(m_sim->worldView().value(QStringLiteral("messages")).toArray().size(), 5);
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), hasCyrillic));
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return !hasCyrillic(t); }));

        // without platform=instagram the Page's (empty) Messenger inbox is listed
        QCOMPARE(get(QStringLiteral("/me/conversations"), page)
                     .json()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 0);
        QVERIFY2(isGraphError(get(QStringLiteral("/me/conversations"), token,
                                  {{QStringLiteral("platform"), QStringLiteral("instagram")}}),
                              400, 210),
                 "user token accepted for conversations");
        const QString noMessages
            = pageToken(login({QStringLiteral("pages_show_list"), QStringLiteral("instagram_basic")}));
        QVERIFY2(isGraphError(get(QStringLiteral("/me/conversations"), noMessages,
                                  {{QStringLiteral("platform"), QStringLiteral("instagram")}}),
                              400, 10),
                 "instagram_manage_messages not checked");
    }

    void usageHeadersOnSuccessAndError()
    {
        const QString token = login();
        const auto usage
            = [](const HttpReply &r) { return QJsonDocument::fromJson(r.header("x-app-usage")).object(); };
        const HttpReply ok = get(QStringLiteral("/me"), token);
        QCOMPARE(ok.status, 200);
        const QJsonObject app = usage(ok);
        QVERIFY(app.value(QStringLiteral("call_count")).isDouble());
        QVERIFY(app.value(QStringLiteral("total_cputime")).isDouble());
        QVERIFY(app.value(QStringLiteral("total_time")).isDouble());
        const QJsonArray business = QJsonDocument::fromJson(ok.header("x-business-use-case-usage"))
                                        .object()
                                        .value(igId())
                                        .toArray();
        QCOMPARE(business.size(), 1);
        QCOMPARE(business.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("instagram"));
        QVERIFY(business.at(0).toObject().contains(QStringLiteral("estimated_time_to_regain_access")));

        const HttpReply bad = get(QStringLiteral("/me"), QStringLiteral("garbage"));
        QCOMPARE(bad.status, 400);
        QVERIFY(usage(bad).contains(QStringLiteral("call_count")));
        QVERIFY(!bad.header("x-business-use-case-usage").isEmpty());

        for (int i = 0; i < 6; ++i)
            get(QStringLiteral("/me"), token);
        QVERIFY(usage(get(QStringLiteral("/me"), token)).value(QStringLiteral("call_count")).toInt()
                > app.value(QStringLiteral("call_count")).toInt());
    }

    void tokenExpiredFaultMidUpload()
    {
        const QString token = login();
        const QByteArray file = videoBytes(2000);
        const QJsonObject created = createContainer(token).json();
        const QString uri = created.value(QStringLiteral("uri")).toString();
        FaultRule rule = fault(FaultRule::Action::TokenExpired, QStringLiteral("instagram.rupload"));
        rule.skip = 1;
        m_server->faults().add(rule);
        QCOMPARE(rupload(uri, token, file.left(1000), 0, file.size()).status, 200);
        const HttpReply r = rupload(uri, token, file.mid(1000), 1000, file.size());
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.json().value(QStringLiteral("debug_info")).toObject().value(QStringLiteral("code")).toInt(),
            190);
        QVERIFY2(isGraphError(get(QStringLiteral("/me"), token), 400, 190, 463), "expired token still works");
        QCOMPARE(worldContainer(created.value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("received"))
                     .toInteger(),
                 1000);
    }

    void genericFaultsUseTheGraphErrorShape()
    {
        const QString token = login();
        FaultRule unavailable;
        unavailable.action = FaultRule::Action::Status;
        unavailable.status = 503;
        unavailable.endpoint = QStringLiteral("instagram.graph.me");
        m_server->faults().add(unavailable);
        const HttpReply r = get(QStringLiteral("/me"), token);
        QVERIFY2(isGraphError(r, 503, 2), r.body.constData());
        QCOMPARE(errorOf(r).value(QStringLiteral("type")).toString(), QStringLiteral("OAuthException"));
        QCOMPARE(errorOf(r).value(QStringLiteral("is_transient")).toBool(), true);
        QVERIFY(!r.header("x-app-usage").isEmpty());

        FaultRule limited;
        limited.action = FaultRule::Action::RateLimit;
        limited.retryAfterSeconds = 42;
        limited.endpoint = QStringLiteral("instagram.graph.me");
        m_server->faults().add(limited);
        const HttpReply throttled = get(QStringLiteral("/me"), token);
        QVERIFY2(isGraphError(throttled, 429, 4), throttled.body.constData());
        QCOMPARE(throttled.header("retry-after"), QByteArray("42"));
        QCOMPARE(get(QStringLiteral("/me"), token).status, 200);

        const HttpReply unknown = get(QStringLiteral("/99999"), token);
        QVERIFY2(isGraphError(unknown, 400, 100, 33), unknown.body.constData());
        const HttpReply noPath = get(QStringLiteral("/me/no-such-edge"), token);
        QCOMPARE(errorOf(noPath).value(QStringLiteral("code")).toInt(), 2500);
        QCOMPARE(errorOf(noPath).value(QStringLiteral("message")).toString(),
                 QStringLiteral("(#2500) Unknown path components: /me/no-such-edge"));
    }

    void stateSurvivesSaveAndLoad()
    {
        const QString token = longLivedLogin();
        const QString media = publishedMedia(token);
        m_sim->addComments(media, 5);
        const QJsonObject partial = createContainer(token).json();
        QCOMPARE(rupload(partial.value(QStringLiteral("uri")).toString(), token, "abc", 0, 10).status, 200);
        const QJsonObject before = m_sim->worldView();
        const QJsonObject saved = m_sim->saveState();

        SandboxServer other;
        auto &restored = other.add<InstagramSimulator>();
        restored.loadState(QJsonDocument::fromJson(QJsonDocument(saved).toJson()).object());
        QString error;
        QVERIFY2(other.start(0, &error), qPrintable(error));
        other.clock().setOffsetMs(m_server->clock().offsetMs());
        const QJsonObject after = restored.worldView();
        QCOMPARE(after.value(QStringLiteral("media")), before.value(QStringLiteral("media")));
        QCOMPARE(after.value(QStringLiteral("comments")), before.value(QStringLiteral("comments")));
        QCOMPARE(after.value(QStringLiteral("publishing")), before.value(QStringLiteral("publishing")));
        QCOMPARE(after.value(QStringLiteral("containers")).toArray().size(), 2);

        // the token still works; a half-done upload restarts from 0 after the restart
        const QUrl me(QString(other.baseUrl() + paths::kInstagramGraph + QStringLiteral("/") + media));
        QCOMPARE(m_http.get(me, HttpClient::bearer(token)).status, 200);
        const QString uri
            = partial.value(QStringLiteral("uri")).toString().replace(m_server->baseUrl(), other.baseUrl());
        const HttpReply offset
            = m_http.send("GET", QUrl(uri), {}, {{"Authorization", QByteArray("OAuth " + token.toUtf8())}});
        QCOMPARE(offset.json().value(QStringLiteral("offset")).toInteger(), 0);
        // the published container stays published: no second post after a restart
        QString publishedContainer;
        for (const QJsonValue &v : before.value(QStringLiteral("containers")).toArray()) {
            if (v.toObject().value(QStringLiteral("media_id")).toString() == media)
                publishedContainer = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!publishedContainer.isEmpty());
        const HttpReply again
            = m_http.send("POST",
                          QUrl(QString(other.baseUrl() + paths::kInstagramGraph
                                       + QStringLiteral("/%1/media_publish").arg(igId()))),
                          encode({{QStringLiteral("creation_id"), publishedContainer}}),
                          HttpClient::bearer(token, {{"Content-Type", "application/x-www-form-urlencoded"}}));
        QVERIFY2(isGraphError(again, 400, 100), again.body.constData());
        QVERIFY(errorOf(again)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("published already")));
    }

    void recorderAndWorldKeepNoSecrets()
    {
        const QString code = obtainCode(kAllScopes);
        const QString token = exchange(code).json().value(QStringLiteral("access_token")).toString();
        QVERIFY(!token.isEmpty());
        const QString longLived
            = exchangeLongLived(token).json().value(QStringLiteral("access_token")).toString();
        const QString page = pageToken(longLived);
        QVERIFY(!page.isEmpty());
        m_http.get(graph(QStringLiteral("/me"), {{QStringLiteral("access_token"), longLived}}));
        QVERIFY(!uploadedContainer(longLived).isEmpty());
        get(QStringLiteral("/me/conversations"), page,
            {{QStringLiteral("platform"), QStringLiteral("instagram")}});

        const QByteArray recorded = QJsonDocument(m_server->recorder().toJson()).toJson();
        const QByteArray world = QJsonDocument(m_server->world()).toJson();
        QVERIFY(recorded.contains("instagram.rupload"));
        const QString secret = SandboxServer::defaultClient(QStringLiteral("instagram")).clientSecret;
        for (const QString &s : {code, token, longLived, page, secret}) {
            QVERIFY2(!recorded.contains(s.toUtf8()),
                     qPrintable(QStringLiteral("recorder leaks %1").arg(s.left(4))));
            QVERIFY2(!world.contains(s.toUtf8()),
                     qPrintable(QStringLiteral("world leaks %1").arg(s.left(4))));
        }
    }
};

TRAVELFLOW_TEST_MAIN(TestInstagramSimulator, QCoreApplication)

#include "test_instagram_simulator.moc"
