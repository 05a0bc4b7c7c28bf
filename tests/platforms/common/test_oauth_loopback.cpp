// The loopback OAuth listener over real sockets, the paste fallback, and PKCE/state values.

#include "common/oauth_loopback.h"
#include "common/pkce.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace travelflow;
using namespace std::chrono_literals;
using travelflow::test::HttpClient;
using travelflow::test::HttpReply;

namespace {

const QString kState = QStringLiteral("st4te-Value_0123456789abcdef");

QUrl withQuery(const QUrl &base, const QString &encodedQuery)
{
    QUrl url = base;
    url.setQuery(encodedQuery, QUrl::StrictMode);
    return url;
}

OAuthCallback resultOf(const QSignalSpy &spy)
{
    return spy.at(0).at(0).value<OAuthCallback>();
}

// Sends raw bytes and collects everything until the listener closes the connection.
// `connected` tells whether the TCP connection was ever established.
QByteArray exchange(const QHostAddress &host, quint16 port, const QByteArray &request,
                    bool *connected = nullptr, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray response;
    bool wasConnected = false;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        wasConnected = true;
        if (!request.isEmpty())
            socket.write(request);
    });
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { response += socket.readAll(); });
    socket.connectToHost(host, port);
    // A connection still open at the deadline simply yields what arrived so far.
    const bool closed
        = QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    Q_UNUSED(closed)
    response += socket.readAll();
    if (connected)
        *connected = wasConnected;
    return response;
}

int statusOf(const QByteArray &response)
{
    const QList<QByteArray> parts = response.left(response.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

bool canBind(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, port);
}

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

class TestOAuthLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- PKCE and state ----

    void verifierLengthAndCharset()
    {
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
        for (const int length : {43, 64, 100, 128}) {
            const PkcePair pair = Pkce::generate(PkceEncoding::Base64Url, length);
            QCOMPARE(pair.verifier.size(), length);
            QVERIFY2(unreserved.match(pair.verifier).hasMatch(), qPrintable(pair.verifier));
            QVERIFY(Pkce::isValidVerifier(pair.verifier));
        }
        QCOMPARE(Pkce::generate(PkceEncoding::Hex).verifier.size(), 64);
    }

    void verifierLengthIsClamped()
    {
        QCOMPARE(Pkce::generate(PkceEncoding::Hex, 10).verifier.size(), 43);
        QCOMPARE(Pkce::generate(PkceEncoding::Hex, 500).verifier.size(), 128);
    }

    void verifierUsesTheWholeAlphabet()
    {
        // 20,000 characters from a uniform 66-letter alphabet: every letter shows up.
        QSet<QChar> seen;
        for (int i = 0; i < 200; ++i) {
            const QString verifier = Pkce::generate(PkceEncoding::Base64Url, 100).verifier;
            for (const QChar c : verifier)
                seen.insert(c);
        }
        QCOMPARE(seen.size(), 66);
        QVERIFY(seen.contains(u'~'));
        QVERIFY(seen.contains(u'.'));
    }

    void verifiersAreUnique()
    {
        QSet<QString> verifiers;
        for (int i = 0; i < 500; ++i)
            verifiers.insert(Pkce::generate(PkceEncoding::Base64Url).verifier);
        QCOMPARE(verifiers.size(), 500);
    }

    void isValidVerifier()
    {
        QVERIFY(Pkce::isValidVerifier(QString(43, u'a')));
        QVERIFY(Pkce::isValidVerifier(QString(128, u'~')));
        QVERIFY(!Pkce::isValidVerifier(QString(42, u'a')));
        QVERIFY(!Pkce::isValidVerifier(QString(129, u'a')));
        QVERIFY(!Pkce::isValidVerifier(QString(QString(50, u'a') + u'+')));
        QVERIFY(!Pkce::isValidVerifier(QString(QString(50, u'a') + QChar(0xe9))));
    }

    void base64UrlChallengeMatchesRfc7636()
    {
        // RFC 7636 Appendix B (also what `openssl dgst -sha256 -binary | base64` gives, made URL-safe).
        QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                                    PkceEncoding::Base64Url),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void hexChallengeIsLowercaseSha256()
    {
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const QString hex = Pkce::challengeFor(verifier, PkceEncoding::Hex);
        QCOMPARE(hex,
                 QString::fromLatin1(
                     QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256).toHex()));
        // The same digest as the RFC's base64url value, written as hex.
        QCOMPARE(hex,
                 QString::fromLatin1(QByteArray::fromBase64("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                                                            QByteArray::Base64UrlEncoding)
                                         .toHex()));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hex).hasMatch());
    }

    void generatedPairIsConsistent_data()
    {
        QTest::addColumn<PkceEncoding>("encoding");
        QTest::addColumn<QString>("shape");
        QTest::newRow("base64url") << PkceEncoding::Base64Url << QStringLiteral("^[A-Za-z0-9_-]{43}$");
        QTest::newRow("hex") << PkceEncoding::Hex << QStringLiteral("^[0-9a-f]{64}$");
    }

    void generatedPairIsConsistent()
    {
        QFETCH(PkceEncoding, encoding);
        QFETCH(QString, shape);
        const PkcePair pair = Pkce::generate(encoding);
        QCOMPARE(pair.challenge, Pkce::challengeFor(pair.verifier, encoding));
        QVERIFY2(QRegularExpression(shape).match(pair.challenge).hasMatch(), qPrintable(pair.challenge));
    }

    void statesAreUniqueAndUrlSafe()
    {
        static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QString> states;
        for (int i = 0; i < 1000; ++i) {
            const QString state = Pkce::randomState();
            QVERIFY(state.size() >= 22);
            QVERIFY2(urlSafe.match(state).hasMatch(), qPrintable(state));
            states.insert(state);
        }
        QCOMPARE(states.size(), 1000);
        const PkcePair pair = Pkce::generate(PkceEncoding::Base64Url);
        const QString state = Pkce::randomState();
        QVERIFY(state != pair.verifier);
        QVERIFY(state != pair.challenge);
    }

    // ---- the listener ----

    void listensOnLoopbackOnly()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listener.redirectUri().isEmpty());
        QVERIFY(listener.listen());
        QVERIFY(listener.isListening());
        QCOMPARE(listener.serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(listener.serverPort() > 0);
        QCOMPARE(listener.redirectUri().toString(),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(listener.serverPort()));
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);

        QList<QHostAddress> others;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.isLinkLocal() || address.isNull())
                continue;
            others.append(address);
        }
        if (others.isEmpty())
            qInfo("no non-loopback address on this machine; only the bound address is checked");
        for (const QHostAddress &address : std::as_const(others)) {
            bool connected = true;
            const QByteArray request
                = "GET /callback?code=x&state=" + kState.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n";
            exchange(address, listener.serverPort(), request, &connected, 3000);
            QVERIFY2(!connected, qPrintable(address.toString()));
        }
        QCOMPARE(spy.count(), 0);
        QVERIFY(listener.isListening());
    }

    void successWithTikTokScopes()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const HttpReply reply = HttpClient().get(withQuery(
            listener.redirectUri(),
            QStringLiteral("code=c0de-ABC&scopes=user.info.basic%2Cvideo.publish,video.upload&state=")
                + kState));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        QVERIFY(reply.header("content-type").contains("utf-8"));
        QCOMPARE(reply.header("connection").toLower(), QByteArray("close"));
        QVERIFY(reply.body.contains("close this tab and return to the app"));
        QVERIFY(!reply.body.contains("c0de-ABC"));
        QTRY_COMPARE(spy.count(), 1);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(result.ok);
        QCOMPARE(result.code, QStringLiteral("c0de-ABC"));
        QCOMPARE(result.state, kState);
        QCOMPARE(result.scopes,
                 (QStringList{QStringLiteral("user.info.basic"), QStringLiteral("video.publish"),
                              QStringLiteral("video.upload")}));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.rawQuery.queryItemValue(QStringLiteral("code")), QStringLiteral("c0de-ABC"));
        QVERIFY(listener.isFinished());
        QVERIFY(!listener.isListening());
    }

    void googleScopesAndEncodedValues()
    {
        OAuthLoopbackListener listener;
        const QString state = QStringLiteral("a+b/c=d&e");
        listener.expectState(state);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const HttpReply reply = HttpClient().get(withQuery(
            listener.redirectUri(),
            QStringLiteral(
                "state=a%2Bb%2Fc%3Dd%26e&code=4%2F0AX-y%25z&scope=https://www.googleapis.com/auth/"
                "youtube.upload+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fyoutube.readonly%20openid")));
        QCOMPARE(reply.status, 200);
        QTRY_COMPARE(spy.count(), 1);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(result.ok);
        QCOMPARE(result.code, QStringLiteral("4/0AX-y%z"));
        QCOMPARE(result.state, state);
        QCOMPARE(result.scopes,
                 (QStringList{QStringLiteral("https://www.googleapis.com/auth/youtube.upload"),
                              QStringLiteral("https://www.googleapis.com/auth/youtube.readonly"),
                              QStringLiteral("openid")}));
        QCOMPARE(result.rawQuery.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("4/0AX-y%z"));
    }

    void stateMismatchYieldsNoCode()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const HttpReply reply = HttpClient().get(
            withQuery(listener.redirectUri(), QStringLiteral("code=stolen-code&state=someone-elses-state")));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("connecting failed"));
        QVERIFY(reply.body.contains("does not belong"));
        QVERIFY(!reply.body.contains("stolen-code"));
        QVERIFY(!reply.body.contains("someone-elses-state"));
        QTRY_COMPARE(spy.count(), 1);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QString(OAuthError::StateMismatch));
        QVERIFY(result.code.isEmpty());
        QVERIFY(result.state.isEmpty());
        QVERIFY(!result.rawQuery.hasQueryItem(QStringLiteral("code")));
        QVERIFY(!result.errorDescription.isEmpty());
        QVERIFY(!listener.isListening());
    }

    void stateMismatch_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("query");
        QTest::newRow("nothing expected") << QString() << QStringLiteral("code=c&state=");
        QTest::newRow("nothing expected, any state") << QString() << QStringLiteral("code=c&state=x");
        QTest::newRow("no state sent") << kState << QStringLiteral("code=c");
        QTest::newRow("empty state sent") << kState << QStringLiteral("code=c&state=");
        QTest::newRow("prefix") << kState << QString(QStringLiteral("code=c&state=") + kState.left(10));
        QTest::newRow("longer") << kState << QString(QStringLiteral("code=c&state=") + kState + u'x');
        QTest::newRow("twice") << kState
                               << QString(QStringLiteral("code=c&state=") + kState
                                          + QStringLiteral("&state=x"));
        QTest::newRow("error with a wrong state")
            << kState << QStringLiteral("error=access_denied&state=x&code=c");
    }

    void stateMismatch()
    {
        QFETCH(QString, expected);
        QFETCH(QString, query);
        OAuthLoopbackListener listener;
        if (!expected.isEmpty())
            listener.expectState(expected);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        QCOMPARE(HttpClient().get(withQuery(listener.redirectUri(), query)).status, 400);
        QTRY_COMPARE(spy.count(), 1);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QString(OAuthError::StateMismatch));
        QVERIFY(result.code.isEmpty());
    }

    void accessDenied()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const HttpReply reply = HttpClient().get(withQuery(
            listener.redirectUri(),
            QStringLiteral("error=access_denied&error_description=The+user+denied+the+request.&state=")
                + kState));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("Access was not granted"));
        QVERIFY(reply.body.contains("The user denied the request."));
        QTRY_COMPARE(spy.count(), 1);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("access_denied"));
        QCOMPARE(result.errorDescription, QStringLiteral("The user denied the request."));
        QCOMPARE(result.state, kState);
        QVERIFY(result.code.isEmpty());
    }

    void errorWithCodeYieldsNoCode()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        HttpClient().get(
            withQuery(listener.redirectUri(), QStringLiteral("error=server_error&code=c&state=") + kState));
        QTRY_COMPARE(spy.count(), 1);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("server_error"));
        QVERIFY(result.code.isEmpty());
        QVERIFY(!result.rawQuery.hasQueryItem(QStringLiteral("code")));
        QVERIFY(result.errorDescription.contains(QStringLiteral("server_error")));
    }

    void platformTextIsEscapedInThePage()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        const HttpReply reply = HttpClient().get(withQuery(
            listener.redirectUri(),
            QStringLiteral("error=access_denied&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=")
                + kState));
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.body.contains("<script>"));
        QVERIFY(reply.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    void otherPathsGet404()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const QUrl base = listener.redirectUri();
        QUrl favicon = base;
        favicon.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(HttpClient().get(favicon).status, 404);
        QUrl sub = base;
        sub.setPath(QStringLiteral("/callback/x"));
        QCOMPARE(HttpClient().get(withQuery(sub, QStringLiteral("code=c&state=") + kState)).status, 404);
        QCOMPARE(spy.count(), 0);
        QVERIFY(listener.isListening());

        QCOMPARE(HttpClient().get(withQuery(base, QStringLiteral("code=c&state=") + kState)).status, 200);
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(resultOf(spy).ok);
    }

    void missingCode()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const HttpReply reply = HttpClient().get(withQuery(
            listener.redirectUri(), QStringLiteral("code=&scopes=user.info.basic&state=") + kState));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("did not send an authorization code"));
        QTRY_COMPARE(spy.count(), 1);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QString(OAuthError::MissingCode));
        QVERIFY(result.code.isEmpty());
    }

    void onlyTheFirstCallbackCounts()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const QUrl first = withQuery(listener.redirectUri(), QStringLiteral("code=first&state=") + kState);
        const QUrl second = withQuery(listener.redirectUri(), QStringLiteral("code=second&state=") + kState);
        QCOMPARE(HttpClient().get(first).status, 200);
        const HttpReply again = HttpClient().get(second);
        QCOMPARE(again.status, 0); // nobody listens any more
        QVERIFY(again.error != QNetworkReply::NoError);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(resultOf(spy).code, QStringLiteral("first"));
    }

    void connectionOpenedBeforeTheEndIsTurnedAway()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);

        // A second connection that the browser opened early and uses after the first answer.
        QTcpSocket early;
        QByteArray earlyResponse;
        connect(&early, &QIODevice::readyRead, this, [&] { earlyResponse += early.readAll(); });
        early.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QTRY_COMPARE(early.state(), QAbstractSocket::ConnectedState);

        QCOMPARE(HttpClient()
                     .get(withQuery(listener.redirectUri(), QStringLiteral("code=first&state=") + kState))
                     .status,
                 200);
        QTRY_COMPARE(spy.count(), 1);
        early.write("GET /callback?code=second&state=" + kState.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(early.state(), QAbstractSocket::UnconnectedState);
        earlyResponse += early.readAll();
        QCOMPARE(statusOf(earlyResponse), 409);
        QVERIFY(earlyResponse.contains("already ended"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(resultOf(spy).code, QStringLiteral("first"));
    }

    void portFreedAfterFinishing()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        const quint16 port = listener.serverPort();
        QVERIFY(!canBind(port));
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        HttpClient().get(withQuery(listener.redirectUri(), QStringLiteral("code=c&state=") + kState));
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(!listener.isListening());
        QVERIFY(canBind(port));
    }

    void timeoutFinishesTheAttempt()
    {
        OAuthLoopbackListener listener;
        QCOMPARE(listener.timeout(), std::chrono::milliseconds(5min));
        listener.expectState(kState);
        listener.setTimeout(200ms);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(listener.listen());
        const quint16 port = listener.serverPort();
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QVERIFY(clock.elapsed() >= 150);
        const OAuthCallback result = resultOf(spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QString(OAuthError::Timeout));
        QVERIFY(!result.errorDescription.isEmpty());
        QVERIFY(!listener.isListening());
        QVERIFY(canBind(port));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1);
    }

    void idleConnectionIsClosed()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        listener.setSocketTimeout(200ms);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        QElapsedTimer clock;
        clock.start();
        bool connected = false;
        const QByteArray response = exchange(QHostAddress::LocalHost, listener.serverPort(),
                                             "GET /callback?code=c", &connected, 5000);
        QVERIFY(connected);
        QVERIFY(response.isEmpty());
        QVERIFY2(clock.elapsed() < 4000,
                 "the listener should drop a connection that never finishes its request");
        QCOMPARE(spy.count(), 0);
        QVERIFY(listener.isListening());
        QCOMPARE(HttpClient()
                     .get(withQuery(listener.redirectUri(), QStringLiteral("code=c&state=") + kState))
                     .status,
                 200);
        QTRY_COMPARE(spy.count(), 1);
    }

    void oversizedRequestIsRefused()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const QByteArray request = "GET /callback?code=c&state=" + kState.toLatin1()
            + " HTTP/1.1\r\nX-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n";
        const QByteArray response = exchange(QHostAddress::LocalHost, listener.serverPort(), request);
        QCOMPARE(statusOf(response), 431);
        QCOMPARE(spy.count(), 0);
        QVERIFY(listener.isListening());
    }

    void malformedAndNonGetRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray callback = "/callback?code=c&state=" + kState.toLatin1();
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET " + callback + "\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 line") << QByteArray("GET " + callback + " HTTP/2\r\n\r\n") << 400;
        QTest::newRow("POST") << QByteArray("POST " + callback + " HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                              << 405;
        QTest::newRow("asterisk") << QByteArray("GET * HTTP/1.1\r\n\r\n") << 400;
    }

    void malformedAndNonGetRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const QByteArray response = exchange(QHostAddress::LocalHost, listener.serverPort(), request);
        QCOMPARE(statusOf(response), status);
        QVERIFY(response.contains("Connection: close\r\n"));
        QCOMPARE(spy.count(), 0);
        QVERIFY(listener.isListening());
    }

    void bareNewlinesAndAbsoluteFormAreAccepted()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        const QByteArray request = "GET http://127.0.0.1:" + QByteArray::number(listener.serverPort())
            + "/callback?code=abs&state=" + kState.toLatin1() + " HTTP/1.0\nHost: x\n\n";
        const QByteArray response = exchange(QHostAddress::LocalHost, listener.serverPort(), request);
        QCOMPARE(statusOf(response), 200);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(resultOf(spy).code, QStringLiteral("abs"));
    }

    void fixedPortAndBusyPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        OAuthLoopbackListener listener;
        QString error;
        QVERIFY2(listener.listen(port, &error), qPrintable(error));
        QCOMPARE(listener.serverPort(), port);
        QCOMPARE(listener.redirectUri().port(), int(port));

        OAuthLoopbackListener second;
        QVERIFY(!second.listen(port, &error));
        QVERIFY(error.contains(QString::number(port)));
        QVERIFY(!second.isListening());
        QVERIFY(second.redirectUri().isEmpty());
        QVERIFY(second.listen(0, &error)); // a failed listen() can be retried
        QVERIFY(second.serverPort() != port);
    }

    void listenTwiceFails()
    {
        OAuthLoopbackListener listener;
        QVERIFY(listener.listen());
        QString error;
        QVERIFY(!listener.listen(0, &error));
        QVERIFY(!error.isEmpty());
        listener.cancel();
        QVERIFY(!listener.listen(0, &error));
    }

    void cancelFreesThePortSilently()
    {
        OAuthLoopbackListener listener;
        listener.expectState(kState);
        QVERIFY(listener.listen());
        const quint16 port = listener.serverPort();
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        listener.cancel();
        QVERIFY(!listener.isListening());
        QVERIFY(listener.isFinished());
        QVERIFY(canBind(port));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 0);
    }

    void customCallbackPath()
    {
        OAuthLoopbackListener listener;
        listener.setCallbackPath(QStringLiteral("oauth2/done"));
        QCOMPARE(listener.callbackPath(), QStringLiteral("/oauth2/done"));
        listener.expectState(kState);
        QVERIFY(listener.listen());
        QCOMPARE(listener.redirectUri().path(), QStringLiteral("/oauth2/done"));
        QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
        QUrl defaultPath = listener.redirectUri();
        defaultPath.setPath(QStringLiteral("/callback"));
        QCOMPARE(HttpClient().get(withQuery(defaultPath, QStringLiteral("code=c&state=") + kState)).status,
                 404);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(HttpClient()
                     .get(withQuery(listener.redirectUri(), QStringLiteral("code=c&state=") + kState))
                     .status,
                 200);
        QTRY_COMPARE(spy.count(), 1);
    }

    void deletingTheListenerWithOpenConnections()
    {
        auto *listener = new OAuthLoopbackListener;
        QVERIFY(listener->listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener->serverPort());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("GET /callb");
        QTest::qWait(50);
        delete listener;
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void nothingSecretIsLogged()
    {
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("travelflow.oauth.debug=true"));
        {
            OAuthLoopbackListener listener;
            listener.expectState(kState);
            QVERIFY(listener.listen());
            QSignalSpy spy(&listener, &OAuthLoopbackListener::finished);
            QUrl favicon = listener.redirectUri();
            favicon.setPath(QStringLiteral("/favicon.ico"));
            favicon.setQuery(QStringLiteral("code=secret-code-1"));
            HttpClient().get(favicon);
            HttpClient().get(
                withQuery(listener.redirectUri(), QStringLiteral("code=secret-code-2&state=wrong-state-9")));
            QTRY_COMPARE(spy.count(), 1);
            OAuthLoopbackListener::parseRedirect(QString(listener.redirectUri().toString()
                                                         + QStringLiteral("?code=secret-code-3&state=")
                                                         + kState),
                                                 kState, listener.redirectUri());
        }
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        QVERIFY(!g_log.isEmpty());
        QVERIFY(g_log.join(u'\n').contains(QStringLiteral("state mismatch")));
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QStringLiteral("secret-code")), qPrintable(line));
            QVERIFY2(!line.contains(kState), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("wrong-state")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("?")), qPrintable(line));
        }
    }

    // ---- the paste fallback ----

    void parseRedirect_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("code");

        const QString base = QStringLiteral("http://127.0.0.1:53682/callback");
        const QString good = QString(base + QStringLiteral("?code=pasted-code&state=") + kState);
        QTest::newRow("full address") << good << true << QString() << QStringLiteral("pasted-code");
        QTest::newRow("facebook fragment")
            << QString(good + QStringLiteral("#_=_")) << true << QString() << QStringLiteral("pasted-code");
        QTest::newRow("spaces around") << QString(QStringLiteral("  ") + good + QStringLiteral("\n")) << true
                                       << QString() << QStringLiteral("pasted-code");
        QTest::newRow("no scheme") << good.mid(7) << true << QString() << QStringLiteral("pasted-code");
        QTest::newRow("wrong state") << QString(base + QStringLiteral("?code=pasted-code&state=other"))
                                     << false << QString(OAuthError::StateMismatch) << QString();
        QTest::newRow("no state") << QString(base + QStringLiteral("?code=pasted-code")) << false
                                  << QString(OAuthError::StateMismatch) << QString();
        QTest::newRow("denied") << QString(base + QStringLiteral("?error=access_denied&state=") + kState
                                           + QStringLiteral("#_=_"))
                                << false << QStringLiteral("access_denied") << QString();
        QTest::newRow("no code") << QString(base + QStringLiteral("?state=") + kState) << false
                                 << QString(OAuthError::MissingCode) << QString();
        const QString query = QString(QStringLiteral("?code=pasted-code&state=") + kState);
        QTest::newRow("wrong path") << QString(QStringLiteral("http://127.0.0.1:53682/other") + query)
                                    << false << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("wrong port") << QString(QStringLiteral("http://127.0.0.1:53683/callback") + query)
                                    << false << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("wrong host") << QString(QStringLiteral("http://evil.example:53682/callback") + query)
                                    << false << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("localhost is another host")
            << QString(QStringLiteral("http://localhost:53682/callback") + query) << false
            << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("https") << QString(QStringLiteral("https://127.0.0.1:53682/callback") + query) << false
                               << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("user info") << QString(QStringLiteral("http://a@127.0.0.1:53682/callback") + query)
                                   << false << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("empty") << QString() << false << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("garbage") << QStringLiteral("not a url at all") << false
                                 << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("only the code")
            << QStringLiteral("pasted-code") << false << QString(OAuthError::InvalidRedirect) << QString();
        QTest::newRow("scheme only") << QStringLiteral("http://") << false
                                     << QString(OAuthError::InvalidRedirect) << QString();
    }

    void parseRedirect()
    {
        QFETCH(QString, pasted);
        QFETCH(bool, ok);
        QFETCH(QString, error);
        QFETCH(QString, code);
        const OAuthCallback result = OAuthLoopbackListener::parseRedirect(
            pasted, kState, QUrl(QStringLiteral("http://127.0.0.1:53682/callback")));
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.error, error);
        QCOMPARE(result.code, code);
        QCOMPARE(result.errorDescription.isEmpty(), ok);
        if (!ok)
            QVERIFY(!result.rawQuery.hasQueryItem(QStringLiteral("code")));
    }

    void parseRedirectReadsScopesAndRootPath()
    {
        // Google's loopback redirect may have no path at all: the browser shows "/".
        const OAuthCallback google = OAuthLoopbackListener::parseRedirect(
            QString(QStringLiteral("http://127.0.0.1:4000/?state=") + kState
                    + QStringLiteral("&code=4/0A&scope=email+profile")),
            kState, QUrl(QStringLiteral("http://127.0.0.1:4000")));
        QVERIFY(google.ok);
        QCOMPARE(google.code, QStringLiteral("4/0A"));
        QCOMPARE(google.scopes, (QStringList{QStringLiteral("email"), QStringLiteral("profile")}));

        const OAuthCallback tiktok = OAuthLoopbackListener::parseRedirect(
            QString(QStringLiteral(
                        "http://127.0.0.1:4000/callback?code=t&scopes=user.info.basic,video.list&state=")
                    + kState),
            kState, QUrl(QStringLiteral("http://127.0.0.1:4000/callback")));
        QVERIFY(tiktok.ok);
        QCOMPARE(tiktok.scopes,
                 (QStringList{QStringLiteral("user.info.basic"), QStringLiteral("video.list")}));
        QCOMPARE(tiktok.state, kState);
    }
};

TRAVELFLOW_TEST_MAIN(TestOAuthLoopback, QCoreApplication)
#include "test_oauth_loopback.moc"
