#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <mutex>
#include <optional>

namespace travelflow::sandbox {

// A scripted misbehaviour. Generic actions are carried out by the server for any route;
// platform actions are asked for by the platform simulators at the point where the real
// service would fail that way.
struct FaultRule
{
    enum class Action {
        // generic (SandboxServer)
        Status, // answer `status` in the platform's error shape (500, 503, 400, ...)
        RateLimit, // 429 with Retry-After: retryAfterSeconds, platform's error shape
        CloseMidBody, // send the real response's headers and half its body, then drop the connection
        Drop, // drop the connection without answering
        Delay, // answer normally after delayMs
        // platform (PlatformSimulator::takeFault)
        TokenExpired, // the access token used by this request stops working (mid-upload expiry)
        QuotaExhausted, // YouTube quotaExceeded, Instagram publishing limit, TikTok posting cap
        ProcessingFailed, // TikTok FAILED + fail_reason, Instagram container ERROR, YouTube processingFailure
        UploadUrlExpired, // TikTok 403, YouTube session 404, Instagram container EXPIRED
        DenyAuthorize, // the authorize endpoint redirects with error=access_denied
    };

    int id = 0;
    Action action = Action::Status;
    QString platform; // "tiktok", "instagram", "youtube" or empty = any
    QString endpoint; // route name prefix, e.g. "youtube.upload" or empty = any
    QByteArray method; // empty = any
    QRegularExpression path; // invalid/empty pattern = any
    int status = 503;
    int retryAfterSeconds = 30;
    int delayMs = 0;
    QString reason; // platform fault detail, e.g. a TikTok fail_reason
    int skip = 0; // let this many matching requests through first
    int times = 1; // how often it fires; -1 = every time
    int fired = 0;

    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    static QString actionName(Action action);
    static bool isGeneric(Action action);
};

// Holds the rules; thread-safe. A rule that fires is counted, and removed once it has
// fired `times` times.
class FaultInjector
{
public:
    int add(FaultRule rule);
    // Loads rules from a JSON array (a scenario's "faults"); returns false with `error` set.
    bool addAll(const QJsonArray &rules, QString *error);
    void clear();
    QJsonArray toJson() const;

    // The generic fault to apply to this request, if any (counts as fired).
    std::optional<FaultRule> takeGeneric(const QString &platform, const QString &endpoint,
                                         const QByteArray &method, const QString &path);
    // Whether a platform fault of `action` should fire now for this request.
    std::optional<FaultRule> take(FaultRule::Action action, const QString &platform, const QString &endpoint,
                                  const QByteArray &method = {}, const QString &path = {});

private:
    std::optional<FaultRule> takeMatching(const std::function<bool(const FaultRule &)> &pred);

    mutable std::mutex m_mutex;
    QList<FaultRule> m_rules;
    int m_nextId = 1;
};

} // namespace travelflow::sandbox
