#pragma once

#include <QList>
#include <QString>

namespace travelflow::sandbox {

// What the simulated audience says under published posts and in private messages, in
// English and Russian; some lines are potential customers (prices, dates, booking).
// Deterministic: the same index gives the same line, so tests and demos are repeatable.
struct AudienceLine
{
    QString author;
    QString text;
    QString language; // "en" or "ru"
    bool lead = false;
};

class AudienceScript
{
public:
    static const QList<AudienceLine> &comments();
    static const QList<AudienceLine> &messages();
    static AudienceLine comment(quint64 index);
    static AudienceLine message(quint64 index);

    // How many audience comments a post published at `publishedAt` has received by
    // `now`: one in the first minute, then one more every `everyMinutes` minutes, up
    // to `cap`.
    static int commentsDue(qint64 secondsSincePublish, int everyMinutes = 10, int cap = 200);
};

} // namespace travelflow::sandbox
