#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace travelflow {

// Keeps the publishing queue inside each platform's limits: how many jobs of a platform
// run at once, how many calls an endpoint takes per sliding window, and Retry-After or
// quota holds. Pure bookkeeping on times the caller passes in, so the runner owns the
// clock and the timer, and tests own time.
//
// Platforms are keyed by their wire names ("tiktok", "instagram", "youtube"), endpoints by
// free-form names ("tiktok.init"); both share one namespace for holds.
class PlatformPacer
{
public:
    // At most `requests` calls per `perSeconds`; requests <= 0 means no limit.
    struct Window
    {
        int requests = 0;
        qint64 perSeconds = 60;
    };

    // Defaults from the APIs' documentation (see the .cpp).
    PlatformPacer();

    void setConcurrency(const QString &platform, int maxRunning);
    void setWindow(const QString &endpoint, Window window);

    // Can a job of `platform` that calls each of `endpoints` once start now? False when the
    // platform is at its concurrency, is held, or any endpoint's window is full or held.
    bool mayStart(const QString &platform, const QStringList &endpoints, const QDateTime &now) const;
    // Takes a running slot and records one request on each endpoint at `now`.
    void started(const QString &platform, const QStringList &endpoints, const QDateTime &now);
    // Frees the running slot.
    void finished(const QString &platform);

    // Nobody of that platform (or using that endpoint) starts before `until`. The later of
    // two holds wins, so a short Retry-After cannot shorten a quota hold.
    void hold(const QString &platformOrEndpoint, const QDateTime &until);
    // Invalid when not held at `now`; a hold ends exactly at its `until`.
    QDateTime heldUntil(const QString &platformOrEndpoint, const QDateTime &now) const;

    // The earliest instant at which mayStart() could turn true, ignoring concurrency (a
    // finished job is an event, not a time): `now` when it already may start.
    QDateTime nextChance(const QString &platform, const QStringList &endpoints, const QDateTime &now) const;
    int running(const QString &platform) const;

private:
    int concurrency(const QString &platform) const;
    // Request times on `endpoint` still counting at `now`, oldest first.
    QList<QDateTime> liveRequests(const QString &endpoint, const QDateTime &now) const;

    QHash<QString, int> m_concurrency;
    QHash<QString, Window> m_windows;
    QHash<QString, int> m_running;
    QHash<QString, QList<QDateTime>> m_requests;
    QHash<QString, QDateTime> m_holds;
};

} // namespace travelflow
