#include "lead_classifier.h"

#include "lead_features.h"
#include "lead_text.h"

#include <algorithm>
#include <cmath>

namespace travelflow::leads {

namespace {

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

double logit(const LeadModel &model, const LeadFeatures::Keys &keys)
{
    double z = model.bias();
    for (const quint64 k : keys)
        z += model.weight(k);
    return z;
}

// Keys of "c:<concept>" and "q:clean_<concept>", built once.
struct ConceptKeys
{
    quint64 alone[static_cast<int>(Concept::Count)];
    quint64 clean[static_cast<int>(Concept::Count)];
};

const ConceptKeys &conceptKeys()
{
    static const ConceptKeys keys = [] {
        ConceptKeys k{};
        for (int i = 0; i < static_cast<int>(Concept::Count); ++i) {
            const QString name = LeadLexicon::conceptName(static_cast<Concept>(i));
            k.alone[i] = LeadFeatures::key(QString(QStringLiteral("c:") + name));
            k.clean[i] = LeadFeatures::key(QString(QStringLiteral("q:clean_") + name));
        }
        return k;
    }();
    return keys;
}

QString quoted(QStringView text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text.toString());
}

} // namespace

LeadClassifier::LeadClassifier(const LeadModel &model) : m_model(model) { }

double LeadClassifier::score(QStringView text) const
{
    const LeadText lt(text);
    LeadFeatures::Keys keys;
    LeadFeatures::Hits hits;
    LeadFeatures::extract(lt, keys, hits);
    return sigmoid(logit(m_model, keys));
}

LeadVerdict LeadClassifier::classify(QStringView text) const
{
    const LeadText lt(text);
    LeadFeatures::Keys keys;
    LeadFeatures::Hits hits;
    LeadFeatures::extract(lt, keys, hits);

    LeadVerdict v;
    v.score = sigmoid(logit(m_model, keys));
    v.lead = v.score >= kThreshold;

    // The concepts that pushed the way the verdict went, strongest first.
    struct Part
    {
        double weight;
        QString text;
        QString phrase;
    };
    QList<Part> parts;
    // A concept's share is its own weight plus, when nothing speaks against a lead, the
    // weight of it standing alone ("q:clean_...").
    const bool anyNegative = std::any_of(hits.cbegin(), hits.cend(),
                                         [](const ConceptHit &h) { return LeadLexicon::isNegative(h.kind); });
    const ConceptKeys &conceptKey = conceptKeys();
    for (const ConceptHit &hit : hits) {
        const int kind = static_cast<int>(hit.kind);
        double w = m_model.weight(conceptKey.alone[kind]);
        if (!anyNegative)
            w += m_model.weight(conceptKey.clean[kind]);
        if ((v.lead && w > 0.3) || (!v.lead && w < -0.3))
            parts.append(
                {w, LeadLexicon::conceptDescription(hit.kind), lt.original(hit.first, hit.last).toString()});
    }
    std::sort(parts.begin(), parts.end(),
              [](const Part &a, const Part &b) { return std::abs(a.weight) > std::abs(b.weight); });
    QStringList reasons;
    for (const Part &p : parts.mid(0, 3)) {
        reasons << QStringLiteral("%1 %2").arg(p.text, quoted(p.phrase));
        v.evidence << p.phrase;
    }

    if (reasons.isEmpty() && v.lead) {
        // No concept decided it: name the words that weighed most.
        QList<std::pair<double, int>> words;
        for (int i = 0; i < lt.size(); ++i)
            words.append(
                {m_model.weight(LeadFeatures::key(QString(QStringLiteral("u:") + lt.token(i).toString()))),
                 i});
        std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList quotedWords;
        for (const auto &[w, i] : words.mid(0, 3)) {
            if (w <= 0)
                break;
            quotedWords << quoted(lt.original(i, i));
            v.evidence << lt.original(i, i).toString();
        }
        reasons << tr("wording like %1").arg(quotedWords.join(QStringLiteral(", ")));
    }
    if (reasons.isEmpty())
        reasons << tr("no sign of wanting to book or buy");
    v.reason = reasons.join(QStringLiteral("; "));
    return v;
}

} // namespace travelflow::leads
