#include "transaction.h"

#include "core/logging.h"

#include <QSqlError>

namespace travelflow {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStorage) << "cannot begin transaction:" << m_db.lastError().text();
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
        qCWarning(lcStorage) << "commit failed:" << m_db.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace travelflow
