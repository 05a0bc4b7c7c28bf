#pragma once

#include <QtGlobal>

#include <optional>

namespace travelflow {

// How long the publishing queue waits before retrying a failed step: exponential backoff
// with "equal jitter", so many jobs that failed together do not retry together, yet none
// retries sooner than half of its backoff. Pure arithmetic: the caller supplies the
// random draw, which keeps the queue's timing testable.
class RetryPolicy
{
public:
    struct Config
    {
        int maxAttempts = 6;
        qint64 baseSeconds = 30;
        qint64 maxSeconds = 3600;
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Config config);

    // The delay after `attempt` failed attempts (attempt >= 1): uniformly spread over
    // [cap/2, cap] by `random` in [0, 1), with cap = min(maxSeconds, baseSeconds * 2^(attempt-1)).
    // A server's Retry-After is a floor: the server knows better than our guess.
    qint64 delaySeconds(int attempt, double random,
                        std::optional<int> retryAfterSeconds = std::nullopt) const;
    // True when `attempts` failed attempts have used the budget up.
    bool exhausted(int attempts) const;
    const Config &config() const;

private:
    qint64 capSeconds(int attempt) const;

    Config m_config;
};

} // namespace travelflow
