#pragma once

#include "core/expected.h"
#include "lead_classifier.h"
#include "lead_model.h"

#include <QSqlDatabase>

namespace travelflow::leads {

// The lead model of one profile: the built-in model plus what this user taught it by
// marking items "lead" / "not a lead". Corrections are stored with the profile at once.
class ProfileLeadModel
{
public:
    static Expected<ProfileLeadModel> load(const QSqlDatabase &db);

    const LeadModel &model() const { return m_model; }
    LeadClassifier classifier() const { return LeadClassifier(m_model); }

    // Learns from one correction and saves it. On a storage error the model in memory is
    // left as it was.
    Status teach(const QString &text, bool lead);

private:
    explicit ProfileLeadModel(const QSqlDatabase &db) : m_db(db) { }

    QSqlDatabase m_db;
    LeadModel m_model;
};

} // namespace travelflow::leads
