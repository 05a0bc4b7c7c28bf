#include "rfc3339_time.h"

namespace travelflow {

QDateTime parseRfc3339(const QString &text)
{
    const qsizetype n = text.size();
    const auto at = [&](qsizetype i) { return text.at(i).unicode(); };
    const bool shape = (n == 20 || (n == 24 && at(19) == u'.')) && at(4) == u'-' && at(7) == u'-'
        && at(10) == u'T' && at(13) == u':' && at(16) == u':' && at(n - 1) == u'Z';
    if (shape) {
        bool digits = true;
        const auto number = [&](qsizetype from, qsizetype count) {
            int value = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                const char16_t c = at(i);
                digits = digits && c >= u'0' && c <= u'9';
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), n == 24 ? number(20, 3) : 0);
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace travelflow
