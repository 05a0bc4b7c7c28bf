#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace travelflow {

// What went wrong talking to a platform, typed so the queue knows what to do: wait and
// retry, refresh the token, stop until the quota resets, or ask the user.
struct PlatformError
{
    Q_DECLARE_TR_FUNCTIONS(PlatformError)

public:
    enum class Kind {
        AuthExpired, // the token is no longer accepted: refresh, then retry the same step
        PermissionMissing, // a scope/permission was not granted: reconnect with it
        RateLimited, // too many requests: wait retryAfterSeconds
        QuotaExhausted, // a daily/periodic quota is used up: wait until `until`
        InvalidInput, // the request breaks a rule: `field` and `rule` say which
        MediaRejected, // the platform refused the video: `message` says why
        Transient, // network trouble or a server error: retry with backoff
        Permanent, // anything else that retrying will not fix
        Cancelled, // stopped by us
    };

    Kind kind = Kind::Permanent;
    QString platform; // "tiktok", "instagram", "youtube"
    QString
        code; // the platform's own code or reason, e.g. "quotaExceeded", "190", "spam_risk_too_many_posts"
    QString message; // for the user (translated); never contains a token
    QString field; // InvalidInput
    QString rule; // InvalidInput
    int httpStatus = 0; // 0 = no HTTP answer
    std::optional<int> retryAfterSeconds;
    QDateTime until; // QuotaExhausted

    bool isRetryable() const;
    // "TikTok", "Instagram", "YouTube" for "tiktok", "instagram", "youtube" (for messages).
    static QString displayName(const QString &platform);
    static QString kindName(Kind kind); // stable: "auth_expired", "rate_limited", ...
};

} // namespace travelflow
