#include "transaction.h"

#include "core/logging.h"
#include "sql_helpers.h"

#include <QSqlQuery>

namespace travelflow {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    // SQLite: a deferred transaction that reads and then writes fails outright
    // (SQLITE_BUSY_SNAPSHOT, no waiting) when another connection committed in between;
    // an immediate one waits its turn (busy timeout).
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = begin.lastError();
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError();
    }
    if (!m_active)
        qCWarning(lcStorage) << "cannot begin transaction:" << m_error.text();
}

Transaction::~Transaction()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_error = m_db.lastError();
        qCWarning(lcStorage) << "commit failed:" << m_error.text();
        return false;
    }
    m_active = false;
    return true;
}

Error Transaction::error(const QString &operation) const
{
    return sql::transactionError(operation, m_error.isValid() ? m_error : m_db.lastError());
}

} // namespace travelflow
