#include "lead_features.h"

#include <algorithm>

namespace travelflow::leads {

namespace {

constexpr int kShortTokens = 3;

quint64 seed(const char16_t *prefix)
{
    return fnvHash(QStringView(prefix));
}

QStringView head(QStringView token, int n)
{
    return token.size() > n ? token.left(n) : token;
}

// Walks the features once; `emit` receives the key and a way to build the name.
template<typename Emit>
void walk(const LeadText &text, const LeadFeatures::Hits &hits, Emit &&emit)
{
    static const quint64 unigram = seed(u"u:");
    static const quint64 stem = seed(u"s:");
    static const quint64 pair = seed(u"b:");
    static const quint64 conceptSeed = seed(u"c:");
    static const quint64 shape = seed(u"q:");
    static const quint64 pairSeed = seed(u"cc:");

    for (int i = 0; i < text.size(); ++i) {
        const QStringView t = text.token(i);
        emit(fnvAdd(unigram, t), [&]() -> QString { return QStringLiteral("u:") + t.toString(); });
        if (t.size() > LeadFeatures::kStemLength) {
            const QStringView s = t.left(LeadFeatures::kStemLength);
            emit(fnvAdd(stem, s), [&]() -> QString { return QStringLiteral("s:") + s.toString(); });
        }
        if (i + 1 < text.size()) {
            const QStringView a = head(t, LeadFeatures::kPairWordLength);
            const QStringView b = head(text.token(i + 1), LeadFeatures::kPairWordLength);
            emit(fnvAdd(fnvAdd(fnvAdd(pair, a), u'_'), b), [&]() -> QString {
                return QStringLiteral("b:") + a.toString() + QLatin1Char('_') + b.toString();
            });
        }
    }
    // Concepts alone, and in pairs: "asks the price" means something else next to "your
    // tour" than next to "taxi".
    QVarLengthArray<Concept, 16> kinds;
    for (const ConceptHit &hit : hits)
        kinds.append(hit.kind);
    std::sort(kinds.begin(), kinds.end());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString a = LeadLexicon::conceptName(kinds[i]);
        emit(fnvAdd(conceptSeed, a), [&]() -> QString { return QStringLiteral("c:") + a; });
        for (qsizetype j = i + 1; j < kinds.size(); ++j) {
            const QString b = LeadLexicon::conceptName(kinds[j]);
            emit(fnvAdd(fnvAdd(fnvAdd(pairSeed, a), u'+'), b),
                 [&]() -> QString { return QStringLiteral("cc:") + a + QLatin1Char('+') + b; });
        }
    }
    // A positive concept with nothing against it ("сколько стоит?" alone) is the classic lead.
    const bool anyNegative = std::any_of(kinds.cbegin(), kinds.cend(), LeadLexicon::isNegative);
    if (!anyNegative) {
        for (const Concept k : kinds) {
            const QString a = LeadLexicon::conceptName(k);
            emit(fnvAdd(fnvAdd(shape, QStringView(u"clean_")), a),
                 [&]() -> QString { return QStringLiteral("q:clean_") + a; });
        }
    }
    // "на август?", "june?": a month or season asked about and nothing else is a question
    // about dates.
    if (!anyNegative && text.hasQuestionMark() && text.size() <= kShortTokens + 1
        && std::find(kinds.cbegin(), kinds.cend(), Concept::Date) != kinds.cend())
        emit(fnvAdd(shape, QStringView(u"date_question")),
             []() -> QString { return QStringLiteral("q:date_question"); });
    if (kinds.isEmpty())
        emit(fnvAdd(shape, QStringView(u"none")), []() -> QString { return QStringLiteral("q:none"); });
    const auto flag = [&](bool on, const char16_t *name) {
        if (on)
            emit(fnvAdd(shape, QStringView(name)),
                 [&]() -> QString { return QStringLiteral("q:") + QString::fromUtf16(name); });
    };
    flag(text.hasQuestionMark(), u"question");
    flag(text.hasLink(), u"link");
    flag(text.hasMention(), u"mention");
    flag(text.hasDigit(), u"digit");
    flag(text.size() <= kShortTokens, u"short");
}

} // namespace

void LeadFeatures::extract(const LeadText &text, Keys &keys, Hits &hits)
{
    LeadLexicon::instance().match(text, hits);
    walk(text, hits, [&](quint64 k, auto &&) { keys.append(k); });
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

QStringList LeadFeatures::names(const LeadText &text)
{
    Hits hits;
    LeadLexicon::instance().match(text, hits);
    QStringList out;
    walk(text, hits, [&](quint64, auto &&name) {
        const QString n = name();
        if (!out.contains(n))
            out.append(n);
    });
    return out;
}

} // namespace travelflow::leads
