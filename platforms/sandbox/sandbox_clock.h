#pragma once

#include <QDateTime>

#include <atomic>
#include <chrono>

namespace travelflow::sandbox {

// The simulator's idea of "now": the real clock plus an offset that tests advance to
// expire tokens, upload URLs, containers, private-reply windows and daily quotas
// without waiting. Thread-safe.
class SandboxClock
{
public:
    QDateTime now() const
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load(std::memory_order_relaxed));
    }
    void advance(std::chrono::milliseconds by)
    {
        m_offsetMs.fetch_add(by.count(), std::memory_order_relaxed);
    }
    qint64 offsetMs() const { return m_offsetMs.load(std::memory_order_relaxed); }
    void setOffsetMs(qint64 ms) { m_offsetMs.store(ms, std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace travelflow::sandbox
