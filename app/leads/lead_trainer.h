#pragma once

#include "lead_model.h"

#include <QHash>
#include <QList>
#include <QString>

namespace travelflow::leads {

struct LabeledText
{
    QString text;
    bool lead = false;
};

// Fits the lead model: logistic regression with L2, AdaGrad steps, fixed seed (the same
// data always gives the same model). Also nudges a model toward one user correction.
class LeadTrainer
{
public:
    struct Options
    {
        int epochs = 40;
        double learningRate = 0.3;
        double l2 = 2e-4;
        double wordRegularisation = 8;
        unsigned seed = 20261129;
    };

    static LeadModel train(const QList<LabeledText> &examples, const Options &options);
    static LeadModel train(const QList<LabeledText> &examples) { return train(examples, Options()); }

    // Moves `model` until it agrees with the user about `text` with some margin; returns
    // the weight changes made (name -> delta), to be stored with the profile.
    static QHash<QString, double> learnFrom(LeadModel &model, const QString &text, bool lead);
};

} // namespace travelflow::leads
