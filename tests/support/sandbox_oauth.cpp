#include "sandbox_oauth.h"

#include "common/oauth_loopback.h"
#include "http_client.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace travelflow::test {

std::optional<OAuthTokens> connectThroughBrowser(PlatformAuth &auth)
{
    OAuthLoopbackListener listener;
    if (!listener.listen())
        return std::nullopt;
    const AuthorizationAttempt attempt = auth.begin(listener.redirectUri());
    listener.expectState(attempt.state);
    std::optional<OAuthCallback> callback;
    QObject::connect(&listener, &OAuthLoopbackListener::finished,
                     [&](const OAuthCallback &c) { callback = c; });
    HttpClient http;
    const auto consent = http.get(attempt.authorizationUrl);
    http.get(QUrl(QString::fromUtf8(consent.header("Location"))));
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    while (!callback && loop.processEvents(QEventLoop::WaitForMoreEvents)) { }
    if (!callback || !callback->ok) {
        qWarning("browser flow failed: %s", callback ? qPrintable(callback->error) : "no callback");
        return std::nullopt;
    }
    std::optional<PlatformOutcome<OAuthTokens>> tokens;
    QObject context;
    auth.exchange(attempt, *callback, &context, [&](const PlatformOutcome<OAuthTokens> &t) { tokens = t; });
    while (!tokens && loop.processEvents(QEventLoop::WaitForMoreEvents)) { }
    if (!tokens || !tokens->ok()) {
        qWarning("code exchange failed: %s",
                 tokens && tokens->error ? qPrintable(tokens->error->message) : "timeout");
        return std::nullopt;
    }
    return tokens->value;
}

} // namespace travelflow::test
