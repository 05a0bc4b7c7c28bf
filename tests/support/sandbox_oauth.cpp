#include "sandbox_oauth.h"

#include "http_client.h"

#include <QEventLoop>
#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace travelflow::test {

BrowserVisit visitAuthorizeUrl(const AuthorizationAttempt &attempt, OAuthLoopbackListener &listener)
{
    QSignalSpy finished(&listener, &OAuthLoopbackListener::finished);
    HttpClient http;
    const auto page = http.get(attempt.authorizationUrl);
    if (page.status != 302)
        qWarning("authorize answered %d: %s", page.status, page.body.constData());
    BrowserVisit visit;
    visit.redirect = page.header("Location");
    http.get(QUrl(QString::fromUtf8(visit.redirect)));
    if (finished.isEmpty() && !finished.wait(10000))
        return visit;
    visit.callback = finished.first().first().value<OAuthCallback>();
    return visit;
}

std::optional<OAuthTokens> connectThroughBrowser(PlatformAuth &auth)
{
    OAuthLoopbackListener listener;
    if (!listener.listen())
        return std::nullopt;
    const AuthorizationAttempt attempt = auth.begin(listener.redirectUri());
    listener.expectState(attempt.state);
    const OAuthCallback callback = visitAuthorizeUrl(attempt, listener).callback;
    if (!callback.ok) {
        qWarning("browser flow failed: %s", qPrintable(callback.error));
        return std::nullopt;
    }
    std::optional<PlatformOutcome<OAuthTokens>> tokens;
    QObject context;
    auth.exchange(attempt, callback, &context, [&](const PlatformOutcome<OAuthTokens> &t) { tokens = t; });
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    while (!tokens && loop.processEvents(QEventLoop::WaitForMoreEvents)) { }
    if (!tokens || !tokens->ok()) {
        qWarning("code exchange failed: %s",
                 tokens && tokens->error ? qPrintable(tokens->error->message) : "timeout");
        return std::nullopt;
    }
    return tokens->value;
}

std::optional<AccountIdentity> identifyAccount(PlatformAuth &auth, const OAuthTokens &tokens)
{
    std::optional<PlatformOutcome<AccountIdentity>> identity;
    QObject context;
    auth.identify(tokens, &context, [&](const PlatformOutcome<AccountIdentity> &r) { identity = r; });
    if (!QTest::qWaitFor([&] { return identity.has_value(); }, 10000) || !identity->ok()) {
        qWarning("identify failed: %s",
                 identity && identity->error ? qPrintable(identity->error->message) : "timeout");
        return std::nullopt;
    }
    return identity->value;
}

} // namespace travelflow::test
