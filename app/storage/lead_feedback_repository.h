#pragma once

#include "core/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace travelflow {

// The user's corrections to the lead classifier and the weight changes they caused,
// kept with the profile.
class LeadFeedbackRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadFeedbackRepository)

public:
    explicit LeadFeedbackRepository(const QSqlDatabase &db);

    // Stores one correction and adds `deltas` to the stored adjustments, atomically.
    Status record(const QString &text, bool lead, const QHash<QString, double> &deltas);
    Expected<QHash<QString, double>> deltas() const;
    Expected<qint64> feedbackCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace travelflow
