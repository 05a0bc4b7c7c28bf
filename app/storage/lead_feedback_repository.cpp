#include "lead_feedback_repository.h"

#include "sql_helpers.h"
#include "transaction.h"

#include <QSqlQuery>

namespace travelflow {

LeadFeedbackRepository::LeadFeedbackRepository(const QSqlDatabase &db) : m_db(db) { }

Status LeadFeedbackRepository::record(const QString &text, bool lead, const QHash<QString, double> &deltas)
{
    const QString operation = tr("save what you taught the lead finder");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error(operation);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO lead_feedback (text, label, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(sql::notNull(text));
    insert.addBindValue(lead ? QStringLiteral("lead") : QStringLiteral("not"));
    insert.addBindValue(sql::nowText());
    if (auto err = sql::exec(insert, operation))
        return *err;

    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE lead_model_deltas SET delta = delta + ? WHERE feature = ?"));
        update.addBindValue(it.value());
        update.addBindValue(it.key());
        if (auto err = sql::exec(update, operation))
            return *err;
        if (update.numRowsAffected() > 0)
            continue;
        QSqlQuery add(m_db);
        add.prepare(QStringLiteral("INSERT INTO lead_model_deltas (feature, delta) VALUES (?, ?)"));
        add.addBindValue(it.key());
        add.addBindValue(it.value());
        if (auto err = sql::exec(add, operation))
            return *err;
    }
    if (!tx.commit())
        return tx.error(operation);
    return {};
}

Expected<QHash<QString, double>> LeadFeedbackRepository::deltas() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT feature, delta FROM lead_model_deltas"));
    if (auto err = sql::exec(q, tr("read what you taught the lead finder")))
        return *err;
    QHash<QString, double> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toDouble());
    return out;
}

Expected<qint64> LeadFeedbackRepository::feedbackCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM lead_feedback"));
    if (auto err = sql::exec(q, tr("read what you taught the lead finder")))
        return *err;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace travelflow
