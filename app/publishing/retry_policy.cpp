#include "retry_policy.h"

#include <algorithm>
#include <cmath>

namespace travelflow {

RetryPolicy::RetryPolicy(Config config) : m_config(config) { }

qint64 RetryPolicy::capSeconds(int attempt) const
{
    const qint64 maxSeconds = std::max<qint64>(m_config.maxSeconds, 0);
    qint64 cap = std::clamp<qint64>(m_config.baseSeconds, 0, maxSeconds);
    // Double step by step and stop at the ceiling, so a large attempt number cannot overflow.
    for (int i = 1; i < attempt && cap < maxSeconds; ++i)
        cap = cap > maxSeconds / 2 ? maxSeconds : cap * 2;
    return cap;
}

qint64 RetryPolicy::delaySeconds(int attempt, double random, std::optional<int> retryAfterSeconds) const
{
    const qint64 cap = capSeconds(std::max(attempt, 1));
    const qint64 half = cap / 2;
    // cap - half + 1 whole seconds are possible, each equally likely; clamping `random`
    // keeps a caller's 1.0 from landing one second past the cap.
    const double r = std::clamp(random, 0.0, std::nextafter(1.0, 0.0));
    const auto span = static_cast<double>(cap - half + 1);
    const qint64 jittered = std::min(cap, half + static_cast<qint64>(std::floor(r * span)));
    return std::max(jittered, static_cast<qint64>(retryAfterSeconds.value_or(0)));
}

bool RetryPolicy::exhausted(int attempts) const
{
    return attempts >= m_config.maxAttempts;
}

const RetryPolicy::Config &RetryPolicy::config() const
{
    return m_config;
}

} // namespace travelflow
