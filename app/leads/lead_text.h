#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace travelflow::leads {

// FNV-1a over UTF-16 code units: the classifier's feature and lexicon keys. `state`
// lets callers hash "prefix" + text without building the string.
constexpr quint64 kFnvOffset = 14695981039346656037ull;
constexpr quint64 kFnvPrime = 1099511628211ull;

inline quint64 fnvAdd(quint64 state, char16_t c)
{
    state ^= static_cast<quint64>(c & 0xff);
    state *= kFnvPrime;
    state ^= static_cast<quint64>(c >> 8);
    state *= kFnvPrime;
    return state;
}

inline quint64 fnvAdd(quint64 state, QStringView text)
{
    for (const QChar c : text)
        state = fnvAdd(state, c.unicode());
    return state;
}

inline quint64 fnvHash(QStringView text)
{
    return fnvAdd(kFnvOffset, text);
}

// A comment reduced to what the classifier reads: lowercase letters and digits, "ё"
// folded to "е", letters repeated three or more times cut to one vowel or two
// consonants ("muuuch" -> "much", "класссс" -> "класс"), a "+" standing alone kept as
// the token "+", Latin look-alikes inside a Cyrillic word made Cyrillic ("цeнa" -> "цена"),
// everything else a word break. Each token remembers where it came from, so a verdict
// can quote the user's own words. Cheap: no allocation for ordinary comments.
class LeadText
{
public:
    struct Token
    {
        int begin = 0; // in normalized()
        int end = 0;
        int origBegin = 0; // in the original text
        int origEnd = 0;
    };

    explicit LeadText(QStringView text);

    int size() const { return static_cast<int>(m_tokens.size()); }
    QStringView token(int i) const
    {
        const Token &t = m_tokens[i];
        return QStringView(m_normalized.constData() + t.begin, t.end - t.begin);
    }
    QStringView original(int first, int last) const; // tokens first..last inclusive, as written
    bool hasQuestionMark() const { return m_question; }
    bool hasDigit() const { return m_digit; }
    bool hasLink() const { return m_link; }
    bool hasMention() const { return m_mention; } // "@friend": tagging someone, not buying

private:
    QStringView m_original;
    QVarLengthArray<QChar, 256> m_normalized;
    QVarLengthArray<Token, 48> m_tokens;
    bool m_question = false;
    bool m_digit = false;
    bool m_link = false;
    bool m_mention = false;
};

} // namespace travelflow::leads
