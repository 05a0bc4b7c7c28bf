#pragma once

#include "lead_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace travelflow::leads {

// The ideas the definition of a lead is made of, each recognised by English and Russian
// phrases. Their weights are learned (LeadTrainer); the phrases make verdicts explainable.
enum class Concept {
    PriceAsk,
    Availability,
    Booking,
    Contact,
    Group,
    Offer,
    Intent,
    CreatorExpense,
    PriceComplaint,
    BookedElsewhere,
    Spam,
    Gear,
    Music,
    Visa,
    Safety,
    Season,
    Food,
    Where,
    Compliment,
    Goods,
    SelfTravel,
    Past,
    Content,
    Request,
    Event,
    Distance,
    Date,
    Count
};

struct ConceptHit
{
    Concept kind = Concept::PriceAsk;
    int first = 0; // token range in the LeadText
    int last = 0;
};

// Phrases are written as space-separated words; a trailing '*' matches any word that
// starts so ("брон*" = бронь, бронирую, бронировать). Matching is case-insensitive on
// LeadText's normalized tokens.
class LeadLexicon
{
    Q_DECLARE_TR_FUNCTIONS(LeadLexicon)

public:
    static const LeadLexicon &instance();

    static QString conceptName(Concept kind); // stable id, e.g. "price_ask"
    static QString conceptDescription(Concept kind); // for the user, translated
    // Concepts that speak against a lead (used for the "positive and nothing against" features).
    static bool isNegative(Concept kind);

    // Every concept found, at its first place.
    void match(const LeadText &text, QVarLengthArray<ConceptHit, 16> &hits) const;

private:
    struct Word
    {
        QString text;
        bool prefix = false;
    };
    struct Phrase
    {
        Concept kind;
        QList<Word> words;
    };

    LeadLexicon();
    void add(Concept kind, const char *phrases);
    static bool wordMatches(const Word &word, QStringView token);

    QList<Phrase> m_phrases;
    // First word -> phrases, keyed by fnvHash (prefix words: of the prefix only). Phrases
    // that start with two whole words are keyed by both ("в лс", "how much"), so common
    // first words like "в" or "how" do not try dozens of phrases each.
    QHash<quint64, QList<int>> m_byExactFirst;
    QHash<quint64, QList<int>> m_byExactPair;
    QHash<quint64, QList<int>> m_byPrefixFirst;
    QList<int> m_prefixLengths; // lengths of prefix first words
};

} // namespace travelflow::leads
