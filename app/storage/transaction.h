#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace travelflow {

// RAII write transaction: rolls back unless commit() succeeded. On SQLite it takes the
// write lock at once (BEGIN IMMEDIATE), so that two connections (the window's and a
// worker's) wait for each other instead of failing.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // Why BEGIN or COMMIT failed, for the user, naming what could not be done.
    Error error(const QString &operation) const;

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace travelflow
