#pragma once

#include "lead_model.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace travelflow::leads {

// What the classifier says about one comment or message.
struct LeadVerdict
{
    bool lead = false;
    double score = 0; // probability of being a lead, 0..1
    QString reason; // why, in the user's language, quoting their words
    QStringList evidence; // the phrases that decided it
};

// Finds potential customers in comments and messages, in English and Russian: offline,
// explainable, a few microseconds per comment. Holds a reference to its model (the
// built-in one, or a profile's copy that learned from the user's corrections).
class LeadClassifier
{
    Q_DECLARE_TR_FUNCTIONS(LeadClassifier)

public:
    static constexpr double kThreshold = 0.5;

    explicit LeadClassifier(const LeadModel &model = LeadModel::builtIn());

    LeadVerdict classify(QStringView text) const;
    // The score alone (no explanation): the fast path for bulk work.
    double score(QStringView text) const;

private:
    const LeadModel &m_model;
};

} // namespace travelflow::leads
