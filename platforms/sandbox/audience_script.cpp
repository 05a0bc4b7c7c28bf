#include "audience_script.h"

namespace travelflow::sandbox {

namespace {

AudienceLine line(const char *author, const char *text, const char *language, bool lead)
{
    return {QString::fromUtf8(author), QString::fromUtf8(text), QLatin1String(language), lead};
}

} // namespace

const QList<AudienceLine> &AudienceScript::comments()
{
    static const QList<AudienceLine> lines{
        line("wanderlust_kate", "This view is unreal 😍", "en", false),
        line("маша_в_пути", "Как красиво! Где это снято?", "ru", false),
        line("tom.hikes", "How much does this tour cost for two people?", "en", true),
        line("dmitry_travel", "Сколько стоит такой тур на двоих в июле?", "ru", true),
        line("sunny_days", "What camera do you use?", "en", false),
        line("olga.k", "Есть свободные места на август? Хотим поехать семьёй", "ru", true),
        line("backpacker_joe", "Best season to go there?", "en", false),
        line("promo_bot_77", "Follow me for free followers!!! 🔥🔥", "en", false),
        line("anna_and_max", "Do you still have spots for the September trip? How do we book?", "en", true),
        line("сергей", "Шикарно 👍👍👍", "ru", false),
        line("lena.trips", "Как забронировать? Напишите в личку, пожалуйста", "ru", true),
        line("mike_r", "Wrote you a DM about a private tour for our company of 12", "en", true),
        line("travel.nomad", "I booked with another agency last year, it was great", "en", false),
        line("ирина", "А виза нужна?", "ru", false),
        line("carlos", "¡Qué bonito! 🌄", "en", false),
        line("nadia", "Почём экскурсия на закате? 🌅", "ru", true),
    };
    return lines;
}

const QList<AudienceLine> &AudienceScript::messages()
{
    static const QList<AudienceLine> lines{
        line("tom.hikes", "Hi! What are the prices for the 5-day tour in June?", "en", true),
        line("olga.k", "Здравствуйте! Хотим тур на четверых, какие даты свободны?", "ru", true),
        line("sunny_days", "Love your videos, keep going!", "en", false),
        line("mike_r", "Can you put together a custom trip for our team? Budget is flexible.", "en", true),
    };
    return lines;
}

AudienceLine AudienceScript::comment(quint64 index)
{
    return comments().at(static_cast<qsizetype>(index % static_cast<quint64>(comments().size())));
}

AudienceLine AudienceScript::message(quint64 index)
{
    return messages().at(static_cast<qsizetype>(index % static_cast<quint64>(messages().size())));
}

int AudienceScript::commentsDue(qint64 secondsSincePublish, int everyMinutes, int cap)
{
    if (secondsSincePublish < 60)
        return 0;
    const qint64 due = 1 + (secondsSincePublish - 60) / (qint64{everyMinutes} * 60);
    return static_cast<int>(qMin<qint64>(due, cap));
}

} // namespace travelflow::sandbox
