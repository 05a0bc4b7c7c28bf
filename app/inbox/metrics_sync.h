#pragma once

#include "accounts/platform_auth_factory.h"
#include "common/endpoint_table.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace travelflow {

class AccountTokens;
class Database;

// Takes engagement snapshots (views, likes, comments, shares) of every published post,
// at most once per `minInterval` per post so the platforms' quotas go to what is new
// (YouTube: one unit per video per snapshot).
class MetricsSync : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int posts = 0; // published posts looked at
        int snapshots = 0; // taken now
        int skipped = 0; // snapshot too recent
        int failed = 0;
        QString lastError;
    };

    MetricsSync(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                EndpointTable endpoints, QObject *parent = nullptr);

    void setMinInterval(qint64 seconds) { m_minIntervalSeconds = seconds; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void syncAll(const std::function<void(const Report &)> &done);

private:
    struct Run;
    void next(const std::shared_ptr<Run> &run);

    Database &m_database;
    AccountTokens &m_tokens;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    qint64 m_minIntervalSeconds = 3600;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace travelflow
