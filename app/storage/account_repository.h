#pragma once

#include "core/account.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

namespace travelflow {

// What removing an account deletes with it (the foreign keys cascade): shown before the
// user confirms a disconnect. keychainEntries is filled by AccountService, which can ask
// the keychain; the repository only counts rows.
struct AccountDeletionSummary
{
    qint64 postTargets = 0; // the account's entries in posts (planned or published)
    qint64 publishJobs = 0;
    qint64 unfinishedJobs = 0; // queued, uploading, processing or needing attention
    qint64 comments = 0; // comments and replies in the inbox
    qint64 messages = 0;
    qint64 pendingReplies = 0; // replies not sent yet
    qint64 metricsSnapshots = 0;
    qint64 remotePosts = 0; // the account's posts as the inbox found them
    int keychainEntries = 0;
};

// Reads and writes the `accounts` table: connected platform accounts, never their secrets.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(const QSqlDatabase &db);

    // Inserts the account, or updates the row with the same (platform, remote id) so a
    // reconnect keeps its id. Returns the id. Runs its own transaction.
    Expected<qint64> upsert(const Account &account);

    Expected<std::optional<Account>> get(qint64 id);
    // Ordered by platform name, then display name.
    Expected<QList<Account>> list();

    Status setStatus(qint64 id, Account::Status status, const QString &reason = {});
    Status setTokenExpiry(qint64 id, const QDateTime &expiresAt);
    // Counts the rows remove() would delete with the account (keychainEntries stays 0).
    Expected<AccountDeletionSummary> deletionSummary(qint64 id);
    // Deletes the account and, through the foreign keys, its targets and interactions.
    Status remove(qint64 id);

private:
    Status checkUpdated(const QSqlQuery &q, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace travelflow
