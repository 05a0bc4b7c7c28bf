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
    // Deletes the account and, through the foreign keys, its targets and interactions.
    Status remove(qint64 id);

private:
    Status checkUpdated(const QSqlQuery &q, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace travelflow
