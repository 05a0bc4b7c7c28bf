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

} // namespace

LeadText::LeadText(QStringView text) : m_original(text)
{
    const int n = static_cast<int>(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
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
        while (i < n && isWordChar(text[i])) {
            QChar ch = text[i].toLower();
            if (ch == QChar(0x0451)) // ё
                ch = QChar(0x0435); // е
            if (ch.isDigit())
                m_digit = true;
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
