#pragma once

#include "core/expected.h"
#include "lead_classifier.h"
#include "lead_trainer.h"

#include <QList>
#include <QString>

namespace travelflow::leads {

// Labelled comments in the repository's TSV form ("label<TAB>text", header line first,
// label "lead" or "not"), and the usual scores of a classifier on them.
class LeadDataset
{
    Q_DECLARE_TR_FUNCTIONS(LeadDataset)

public:
    struct Scores
    {
        int truePositives = 0;
        int falsePositives = 0;
        int trueNegatives = 0;
        int falseNegatives = 0;

        int total() const { return truePositives + falsePositives + trueNegatives + falseNegatives; }
        double precision() const;
        double recall() const;
        double f1() const;
        double falseLeadRate() const; // false positives among the true "not" items
    };

    static Expected<QList<LabeledText>> readTsv(const QString &path);
    static Scores evaluate(const LeadClassifier &classifier, const QList<LabeledText> &examples,
                           QList<LabeledText> *mistakes = nullptr,
                           double threshold = LeadClassifier::kThreshold);
};

} // namespace travelflow::leads
