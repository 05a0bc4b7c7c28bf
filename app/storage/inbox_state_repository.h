#pragma once

#include "core/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace travelflow {

// What the inbox sync keeps between runs: where unfinished listings resume (a stack of page
// tokens per listing, newest interruption last), the quota units spent per day, and the
// account's posts the inbox looks under.
class InboxStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(InboxStateRepository)

public:
    explicit InboxStateRepository(const QSqlDatabase &db);

    // scope: "comments", "replies", "conversations"; remoteId: the post or comment ("" = all).
    Expected<QStringList> resumeTokens(qint64 accountId, const QString &scope, const QString &remoteId);
    Status setResumeTokens(qint64 accountId, const QString &scope, const QString &remoteId,
                           const QStringList &tokens);

    Status addQuotaUnits(qint64 accountId, const QDate &day, int units);
    Expected<int> quotaUnits(qint64 accountId, const QDate &day);

    struct Post
    {
        QString remoteId;
        QString caption;
        QString permalink;
        QDateTime publishedAt;
        qint64 commentCount = -1;
    };
    Status upsertPost(qint64 accountId, const Post &post);
    Expected<QList<Post>> posts(qint64 accountId, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace travelflow
