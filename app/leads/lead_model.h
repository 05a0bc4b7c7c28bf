#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace travelflow::leads {

// Weights of a logistic model over LeadFeatures, in an open-addressing table keyed by
// feature hash (lookups are the hot path: a few nanoseconds each). The text form is one
// "name<TAB>weight" per line, "bias" included; the built-in model is a resource made by
// scripts/train-leads.sh from tests/data/leads/train_*.tsv.
class LeadModel
{
    Q_DECLARE_TR_FUNCTIONS(LeadModel)

public:
    LeadModel();

    static Expected<LeadModel> fromText(const QByteArray &text);
    static const LeadModel &builtIn();

    QByteArray toText() const;

    double bias() const { return m_bias; }
    double weight(quint64 key) const;
    // Adds `delta` to a feature's weight (the feature is created if new).
    void add(const QString &name, double delta);
    void setWeight(const QString &name, double value);
    const QHash<QString, double> &weightsByName() const { return m_byName; }

private:
    void rebuildTable();
    void insert(quint64 key, double value);

    QHash<QString, double> m_byName;
    std::vector<quint64> m_keys;
    std::vector<float> m_values;
    quint64 m_mask = 0;
    double m_bias = 0;
};

} // namespace travelflow::leads
