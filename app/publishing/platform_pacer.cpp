#include "platform_pacer.h"

#include "core/platform.h"

#include <algorithm>

namespace travelflow {

namespace {

// A job lists the endpoints it calls; naming one twice must not count it twice.
QStringList distinct(const QStringList &endpoints)
{
    QStringList result = endpoints;
    result.removeDuplicates();
    return result;
}

} // namespace

PlatformPacer::PlatformPacer()
{
    // TikTok's Content Posting API documents 6 init, 20 creator_info and 30 status requests
    // a minute per user token, and answers bursts of posts with spam_risk errors: one job at
    // a time. Instagram and YouTube limit by quota rather than rate, which arrives as holds.
    m_concurrency.insert(platformName(Platform::TikTok), 1);
    m_concurrency.insert(platformName(Platform::Instagram), 2);
    m_concurrency.insert(platformName(Platform::YouTube), 2);
    m_windows.insert(QStringLiteral("tiktok.init"), Window{6, 60});
    m_windows.insert(QStringLiteral("tiktok.creator_info"), Window{20, 60});
    m_windows.insert(QStringLiteral("tiktok.status"), Window{30, 60});
    // YouTube's videos.insert has its own bucket of about 100 uploads a day per project;
    // staying inside it beats meeting uploadLimitExceeded half way through a file.
    m_windows.insert(QStringLiteral("youtube.insert"), Window{100, qint64{24} * 3600});
}

void PlatformPacer::setConcurrency(const QString &platform, int maxRunning)
{
    // Stopping a platform is what hold() is for; a limit of 0 would never wake up.
    m_concurrency.insert(platform, std::max(maxRunning, 1));
}

void PlatformPacer::setWindow(const QString &endpoint, Window window)
{
    if (window.requests <= 0 || window.perSeconds <= 0)
        m_windows.remove(endpoint);
    else
        m_windows.insert(endpoint, window);
}

int PlatformPacer::concurrency(const QString &platform) const
{
    // An unknown platform gets the cautious default: one job at a time.
    return m_concurrency.value(platform, 1);
}

int PlatformPacer::running(const QString &platform) const
{
    return m_running.value(platform, 0);
}

QList<QDateTime> PlatformPacer::liveRequests(const QString &endpoint, const QDateTime &now) const
{
    const qint64 perSeconds = m_windows.value(endpoint).perSeconds;
    QList<QDateTime> live;
    for (const QDateTime &at : m_requests.value(endpoint)) {
        if (at.addSecs(perSeconds) > now)
            live.append(at);
    }
    return live;
}

bool PlatformPacer::mayStart(const QString &platform, const QStringList &endpoints,
                             const QDateTime &now) const
{
    return running(platform) < concurrency(platform) && nextChance(platform, endpoints, now) <= now;
}

void PlatformPacer::started(const QString &platform, const QStringList &endpoints, const QDateTime &now)
{
    ++m_running[platform];
    for (const QString &endpoint : distinct(endpoints)) {
        if (!m_windows.contains(endpoint))
            continue;
        // Forget requests that no longer count, so the lists stay as short as the windows.
        QList<QDateTime> live = liveRequests(endpoint, now);
        live.append(now);
        std::sort(live.begin(), live.end());
        m_requests.insert(endpoint, live);
    }
}

void PlatformPacer::finished(const QString &platform)
{
    if (m_running.value(platform) > 0)
        --m_running[platform];
}

void PlatformPacer::hold(const QString &platformOrEndpoint, const QDateTime &until)
{
    if (!until.isValid())
        return;
    QDateTime &current = m_holds[platformOrEndpoint];
    if (!current.isValid() || until > current)
        current = until;
}

QDateTime PlatformPacer::heldUntil(const QString &platformOrEndpoint, const QDateTime &now) const
{
    const QDateTime until = m_holds.value(platformOrEndpoint);
    return until.isValid() && until > now ? until : QDateTime();
}

QDateTime PlatformPacer::nextChance(const QString &platform, const QStringList &endpoints,
                                    const QDateTime &now) const
{
    // Every constraint only loosens as time passes (holds end, windows drain), so the
    // earliest instant all are met is the latest of their individual earliest instants.
    QDateTime chance = now;
    const auto notBefore = [&chance](const QDateTime &at) {
        if (at.isValid() && at > chance)
            chance = at;
    };
    notBefore(heldUntil(platform, now));
    for (const QString &endpoint : distinct(endpoints)) {
        notBefore(heldUntil(endpoint, now));
        const auto window = m_windows.constFind(endpoint);
        if (window == m_windows.cend())
            continue;
        const QList<QDateTime> live = liveRequests(endpoint, now);
        const qsizetype excess = live.size() - window->requests;
        // One slot is free once the oldest excess + 1 requests have expired.
        if (excess >= 0)
            notBefore(live.at(excess).addSecs(window->perSeconds));
    }
    return chance;
}

} // namespace travelflow
