#include "fault_injector.h"

#include <array>
#include <utility>

namespace travelflow::sandbox {

namespace {

constexpr std::array<std::pair<FaultRule::Action, const char *>, 10> kActions{{
    {FaultRule::Action::Status, "status"},
    {FaultRule::Action::RateLimit, "rate_limit"},
    {FaultRule::Action::CloseMidBody, "close_mid_body"},
    {FaultRule::Action::Drop, "drop"},
    {FaultRule::Action::Delay, "delay"},
    {FaultRule::Action::TokenExpired, "token_expired"},
    {FaultRule::Action::QuotaExhausted, "quota_exhausted"},
    {FaultRule::Action::ProcessingFailed, "processing_failed"},
    {FaultRule::Action::UploadUrlExpired, "upload_url_expired"},
    {FaultRule::Action::DenyAuthorize, "deny_authorize"},
}};

bool matches(const FaultRule &rule, const QString &platform, const QString &endpoint,
             const QByteArray &method, const QString &path)
{
    if (!rule.platform.isEmpty() && rule.platform != platform)
        return false;
    if (!rule.endpoint.isEmpty() && !endpoint.startsWith(rule.endpoint))
        return false;
    if (!rule.method.isEmpty() && rule.method != method)
        return false;
    if (!rule.path.pattern().isEmpty() && !rule.path.match(path).hasMatch())
        return false;
    return true;
}

} // namespace

QString FaultRule::actionName(Action action)
{
    for (const auto &[a, n] : kActions) {
        if (a == action)
            return QLatin1String(n);
    }
    return {};
}

bool FaultRule::isGeneric(Action action)
{
    switch (action) {
    case Action::Status:
    case Action::RateLimit:
    case Action::CloseMidBody:
    case Action::Drop:
    case Action::Delay: return true;
    default: return false;
    }
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &o, QString *error)
{
    FaultRule rule;
    const QString action = o.value(QStringLiteral("action")).toString();
    bool known = false;
    for (const auto &[a, n] : kActions) {
        if (action == QLatin1String(n)) {
            rule.action = a;
            known = true;
        }
    }
    if (!known) {
        if (error)
            *error = QStringLiteral("unknown fault action '%1'").arg(action);
        return std::nullopt;
    }
    rule.platform = o.value(QStringLiteral("platform")).toString();
    rule.endpoint = o.value(QStringLiteral("endpoint")).toString();
    rule.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    const QString path = o.value(QStringLiteral("path")).toString();
    if (!path.isEmpty()) {
        rule.path = QRegularExpression(path);
        if (!rule.path.isValid()) {
            if (error)
                *error = QStringLiteral("invalid path pattern '%1'").arg(path);
            return std::nullopt;
        }
    }
    rule.status = o.value(QStringLiteral("status")).toInt(rule.status);
    rule.retryAfterSeconds = o.value(QStringLiteral("retry_after")).toInt(rule.retryAfterSeconds);
    rule.delayMs = o.value(QStringLiteral("delay_ms")).toInt(rule.delayMs);
    rule.reason = o.value(QStringLiteral("reason")).toString();
    rule.skip = o.value(QStringLiteral("skip")).toInt(0);
    rule.times = o.value(QStringLiteral("times")).toInt(1);
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("action"), actionName(action)},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), path.pattern()},
        {QStringLiteral("status"), status},
        {QStringLiteral("retry_after"), retryAfterSeconds},
        {QStringLiteral("delay_ms"), delayMs},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("skip"), skip},
        {QStringLiteral("times"), times},
        {QStringLiteral("fired"), fired},
    };
}

int FaultInjector::add(FaultRule rule)
{
    std::lock_guard lock(m_mutex);
    rule.id = m_nextId++;
    rule.fired = 0;
    m_rules.append(rule);
    return rule.id;
}

bool FaultInjector::addAll(const QJsonArray &rules, QString *error)
{
    QList<FaultRule> parsed;
    for (const auto &v : rules) {
        auto rule = FaultRule::fromJson(v.toObject(), error);
        if (!rule)
            return false;
        parsed.append(*rule);
    }
    for (const FaultRule &r : parsed)
        add(r);
    return true;
}

void FaultInjector::clear()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

QJsonArray FaultInjector::toJson() const
{
    std::lock_guard lock(m_mutex);
    QJsonArray out;
    for (const FaultRule &r : m_rules)
        out.append(r.toJson());
    return out;
}

std::optional<FaultRule> FaultInjector::takeMatching(const std::function<bool(const FaultRule &)> &pred)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!pred(*it))
            continue;
        if (it->skip > 0) {
            --it->skip;
            continue;
        }
        ++it->fired;
        FaultRule fired = *it;
        if (it->times >= 0 && it->fired >= it->times)
            m_rules.erase(it);
        return fired;
    }
    return std::nullopt;
}

std::optional<FaultRule> FaultInjector::takeGeneric(const QString &platform, const QString &endpoint,
                                                    const QByteArray &method, const QString &path)
{
    return takeMatching([&](const FaultRule &r) {
        return FaultRule::isGeneric(r.action) && matches(r, platform, endpoint, method, path);
    });
}

std::optional<FaultRule> FaultInjector::take(FaultRule::Action action, const QString &platform,
                                             const QString &endpoint, const QByteArray &method,
                                             const QString &path)
{
    return takeMatching([&](const FaultRule &r) {
        return r.action == action && matches(r, platform, endpoint, method, path);
    });
}

} // namespace travelflow::sandbox
