#include "lead_text.h"

namespace travelflow::leads {

namespace {

inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

inline bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyаеиоуыэюя");
    return vowels.contains(c);
}

inline bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff;
}

// Latin letters that look like Cyrillic ones, for words typed with both ("цeнa" with a
// Latin "e" and "a", common with switched keyboards and copied text).
inline QChar cyrillicLookalike(QChar c)
{
    static const QString latin = QStringLiteral("aeopcxykmthb");
    static const QString cyrillic = QStringLiteral("аеорсхукмтнв");
    const qsizetype at = latin.indexOf(c);
    return at < 0 ? c : cyrillic[at];
}

} // namespace

LeadText::LeadText(QStringView text) : m_original(text)
{
    const int n = static_cast<int>(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('+') && (i == 0 || !isWordChar(text[i - 1]))) {
            // A "+" standing alone ("+", "+++", "мне +") is the usual "I'm in, send me
            // the details"; one glued to a word or number ("+7 999", "18+", "2+2") is not.
            int j = i;
            while (j < n && text[j] == QLatin1Char('+'))
                ++j;
            if (j == n || !isWordChar(text[j])) {
                Token t;
                t.begin = static_cast<int>(m_normalized.size());
                t.origBegin = i;
                m_normalized.append(c);
                t.end = t.begin + 1;
                t.origEnd = j;
                m_tokens.append(t);
            }
            i = j;
            continue;
        }
        if (!isWordChar(c)) {
            if (c == QLatin1Char('?'))
                m_question = true;
            if (c == QLatin1Char('@') && i + 1 < n && text[i + 1].isLetterOrNumber())
                m_mention = true;
            ++i;
            continue;
        }
        Token t;
        t.begin = static_cast<int>(m_normalized.size());
        t.origBegin = i;
        QChar last;
        int run = 0;
        bool cyrillic = false;
        bool latin = false;
        while (i < n && isWordChar(text[i])) {
            QChar ch = text[i].toLower();
            if (ch == QChar(0x0451)) // ё
                ch = QChar(0x0435); // е
            if (ch.isDigit())
                m_digit = true;
            cyrillic = cyrillic || isCyrillic(ch);
            latin = latin || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z'));
            run = (ch == last) ? run + 1 : 1;
            last = ch;
            if (run <= 2)
                m_normalized.append(ch);
            // A stretched vowel stands for one ("muuuch", "оооочень"); a stretched
            // consonant usually for two ("класссс").
            if (run == 3 && isVowel(ch))
                m_normalized.removeLast();
            ++i;
        }
        t.end = static_cast<int>(m_normalized.size());
        t.origEnd = i;
        if (cyrillic && latin) {
            for (int k = t.begin; k < t.end; ++k)
                m_normalized[k] = cyrillicLookalike(m_normalized[k]);
        }
        const QStringView word(m_normalized.constData() + t.begin, t.end - t.begin);
        if (word == u"http" || word == u"https" || word == u"www")
            m_link = true;
        m_tokens.append(t);
    }
}

QStringView LeadText::original(int first, int last) const
{
    const int b = m_tokens[first].origBegin;
    const int e = m_tokens[last].origEnd;
    return m_original.mid(b, e - b);
}

} // namespace travelflow::leads
