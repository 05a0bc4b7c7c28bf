#pragma once

#include "lead_lexicon.h"
#include "lead_text.h"

#include <QStringList>
#include <QVarLengthArray>

namespace travelflow::leads {

// Turns a LeadText into the model's features: words ("u:"), word stems ("s:", the first
// five letters: enough to join Russian word forms), word pairs ("b:"), the concepts of
// the lexicon ("c:") and a few shape signals ("q:"). A feature's key is fnvHash of its
// name, so the model file can be read by people and the hot path never builds strings.
class LeadFeatures
{
public:
    static constexpr int kStemLength = 5;
    static constexpr int kPairWordLength = 6;

    using Keys = QVarLengthArray<quint64, 96>;
    using Hits = QVarLengthArray<ConceptHit, 16>;

    // Unique keys of `text`'s features (the bias is not included), and the concepts hit.
    static void extract(const LeadText &text, Keys &keys, Hits &hits);
    // The same features by name, for training and for tests.
    static QStringList names(const LeadText &text);

    static quint64 key(QStringView name) { return fnvHash(name); }
};

} // namespace travelflow::leads
