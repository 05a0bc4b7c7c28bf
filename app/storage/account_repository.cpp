#include "account_repository.h"

#include "sql_helpers.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace travelflow {

namespace {

const QString kColumns = QStringLiteral(
    "id, platform, remote_id, display_name, status, status_reason, scopes, token_expires_at, "
    "created_at, updated_at");

Account readAccount(const QSqlQuery &q)
{
    const auto col = [&q](const char *name) { return q.value(QLatin1String(name)); };
    Account a;
    a.id = col("id").toLongLong();
    a.platform = platformFromName(col("platform").toString()).value_or(Platform::TikTok);
    a.remoteId = col("remote_id").toString();
    a.displayName = col("display_name").toString();
    a.status = accountStatusFromName(col("status").toString()).value_or(Account::Status::Disconnected);
    a.statusReason = col("status_reason").toString();
    a.scopes = col("scopes").toString();
    a.tokenExpiresAt = sql::toDateTime(col("token_expires_at"));
    a.createdAt = sql::toDateTime(col("created_at"));
    a.updatedAt = sql::toDateTime(col("updated_at"));
    return a;
}

} // namespace

AccountRepository::AccountRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<qint64> AccountRepository::upsert(const Account &account)
{
    const QString operation = tr("save the account");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error(operation);

    qint64 id = 0;
    {
        QSqlQuery find(m_db);
        find.setForwardOnly(true);
        find.prepare(QStringLiteral("SELECT id FROM accounts WHERE platform = ? AND remote_id = ?"));
        find.addBindValue(platformName(account.platform));
        find.addBindValue(sql::notNull(account.remoteId));
        if (auto err = sql::exec(find, operation))
            return *err;
        if (find.next())
            id = find.value(0).toLongLong();
    }

    const QString now = sql::nowText();
    QSqlQuery q(m_db);
    if (id != 0) {
        q.prepare(
            QStringLiteral("UPDATE accounts SET display_name = ?, status = ?, status_reason = ?, scopes = ?, "
                           "token_expires_at = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(sql::notNull(account.displayName));
        q.addBindValue(accountStatusName(account.status));
        q.addBindValue(sql::notNull(account.statusReason));
        q.addBindValue(sql::notNull(account.scopes));
        q.addBindValue(sql::fromDateTime(account.tokenExpiresAt));
        q.addBindValue(now);
        q.addBindValue(id);
        if (auto err = sql::exec(q, operation))
            return *err;
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO accounts (platform, remote_id, display_name, status, status_reason, scopes, "
            "token_expires_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(platformName(account.platform));
        q.addBindValue(sql::notNull(account.remoteId));
        q.addBindValue(sql::notNull(account.displayName));
        q.addBindValue(accountStatusName(account.status));
        q.addBindValue(sql::notNull(account.statusReason));
        q.addBindValue(sql::notNull(account.scopes));
        q.addBindValue(sql::fromDateTime(account.tokenExpiresAt));
        q.addBindValue(now);
        q.addBindValue(now);
        if (auto err = sql::exec(q, operation))
            return *err;
        id = q.lastInsertId().toLongLong();
    }
    if (!tx.commit())
        return tx.error(operation);
    return id;
}

Expected<std::optional<Account>> AccountRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("read the account")))
        return *err;
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(q));
}

Expected<QList<Account>> AccountRepository::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM accounts ORDER BY platform, display_name, id"));
    if (auto err = sql::exec(q, tr("list the accounts")))
        return *err;
    QList<Account> accounts;
    while (q.next())
        accounts.append(readAccount(q));
    return accounts;
}

Status AccountRepository::setStatus(qint64 id, Account::Status status, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE accounts SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(accountStatusName(status));
    q.addBindValue(sql::notNull(reason));
    q.addBindValue(sql::nowText());
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("save the account status")))
        return *err;
    return checkUpdated(q, id);
}

Status AccountRepository::setTokenExpiry(qint64 id, const QDateTime &expiresAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET token_expires_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sql::fromDateTime(expiresAt));
    q.addBindValue(sql::nowText());
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("save the sign-in expiry")))
        return *err;
    return checkUpdated(q, id);
}

Expected<AccountDeletionSummary> AccountRepository::deletionSummary(qint64 id)
{
    // One row of sub-selects: each count follows the cascade from accounts(id).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT "
        "(SELECT COUNT(*) FROM post_targets WHERE account_id = ?), "
        "(SELECT COUNT(*) FROM publish_jobs j JOIN post_targets t ON t.id = j.post_target_id "
        "  WHERE t.account_id = ?), "
        "(SELECT COUNT(*) FROM publish_jobs j JOIN post_targets t ON t.id = j.post_target_id "
        "  WHERE t.account_id = ? AND j.state IN ('queued', 'uploading', 'processing', 'needs_attention')), "
        "(SELECT COUNT(*) FROM interactions WHERE account_id = ? AND kind IN ('comment', 'reply')), "
        "(SELECT COUNT(*) FROM interactions WHERE account_id = ? AND kind = 'message'), "
        "(SELECT COUNT(*) FROM reply_outbox o JOIN interactions i ON i.id = o.interaction_id "
        "  WHERE i.account_id = ? AND o.state IN ('queued', 'sending', 'failed')), "
        "(SELECT COUNT(*) FROM metrics_snapshots m JOIN publish_jobs j ON j.id = m.publish_job_id "
        "  JOIN post_targets t ON t.id = j.post_target_id WHERE t.account_id = ?), "
        "(SELECT COUNT(*) FROM remote_posts WHERE account_id = ?)"));
    for (int i = 0; i < 8; ++i)
        q.addBindValue(id);
    if (auto err = sql::exec(q, tr("count what the account has stored")))
        return *err;
    AccountDeletionSummary s;
    if (!q.next())
        return s;
    s.postTargets = q.value(0).toLongLong();
    s.publishJobs = q.value(1).toLongLong();
    s.unfinishedJobs = q.value(2).toLongLong();
    s.comments = q.value(3).toLongLong();
    s.messages = q.value(4).toLongLong();
    s.pendingReplies = q.value(5).toLongLong();
    s.metricsSnapshots = q.value(6).toLongLong();
    s.remotePosts = q.value(7).toLongLong();
    return s;
}

Status AccountRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("remove the account")))
        return *err;
    return checkUpdated(q, id);
}

Status AccountRepository::checkUpdated(const QSqlQuery &q, qint64 id) const
{
    if (q.numRowsAffected() != 0)
        return {};
    return Error::make(Error::Kind::NotFound, QStringLiteral("account_not_found"),
                       tr("Account %1 is not connected to TravelFlow. It may have been removed; "
                          "refresh the account list and try again.")
                           .arg(id));
}

} // namespace travelflow
