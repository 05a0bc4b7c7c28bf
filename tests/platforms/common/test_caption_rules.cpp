// Caption rules at their exact boundaries: each limit passes at the limit and fails one
// unit over, in the unit the platform counts (UTF-16 units, code points, NFC characters,
// UTF-8 bytes), with Cyrillic, emoji and combining marks where the units differ.

#include "common/caption_rules.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace travelflow;
using Platform = CaptionRules::Platform;

namespace {

const QString kEmoji = QStringLiteral(u"\U0001F30D"); // 🌍: 2 UTF-16 units, 1 code point, 4 bytes
const QString kZhe = QStringLiteral(u"ж"); // 1 UTF-16 unit, 2 bytes
const QString kEAcuteDecomposed = QStringLiteral(u"e\u0301"); // NFC: é, one unit
const QString kQDotDecomposed = QStringLiteral(u"q\u0307"); // no precomposed form: stays 2 units

QString rep(const QString &s, int n)
{
    return s.repeated(n);
}

QString a(int n)
{
    return rep(QStringLiteral("a"), n);
}

QStringList rulesOf(const QList<CaptionViolation> &violations)
{
    QStringList out;
    for (const auto &v : violations)
        out << v.rule;
    return out;
}

QStringList fieldsOf(const QList<CaptionViolation> &violations)
{
    QStringList out;
    for (const auto &v : violations)
        out << v.field;
    return out;
}

QStringList describe(const QList<CaptionMeasure> &measures)
{
    QStringList out;
    for (const auto &m : measures)
        out << QStringLiteral("%1:%2:%3/%4").arg(m.field, m.unit).arg(m.used).arg(m.limit);
    return out;
}

// n tokens "<sigil>tag<i>" separated by spaces.
QString tokens(QChar sigil, const QString &stem, int n)
{
    QStringList parts;
    for (int i = 0; i < n; ++i)
        parts << QString(sigil + stem + QString::number(i));
    return parts.join(u' ');
}

CaptionDraft tikTok(const QString &caption)
{
    CaptionDraft d;
    d.caption = caption;
    d.privacy = QStringLiteral("SELF_ONLY");
    return d;
}

CaptionDraft youTube(const QString &title, const QString &description = {})
{
    CaptionDraft d;
    d.title = title;
    d.caption = description;
    return d;
}

const QDateTime kNow(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestCaptionRules : public QObject
{
    Q_OBJECT

    // Shared by the boundary tests: either no violation or exactly `rule` with `actual`,
    // and the live counter for the same unit agrees with the measured value.
    static void checkSingle(Platform platform, const CaptionDraft &draft, const QString &rule,
                            const QString &unit, qint64 limit, qint64 actual)
    {
        const auto violations = CaptionRules::validate(platform, draft, kNow);
        if (rule.isEmpty()) {
            QVERIFY2(violations.isEmpty(), qPrintable(rulesOf(violations).join(u',')));
        } else {
            QCOMPARE(rulesOf(violations), QStringList{rule});
            QCOMPARE(violations.first().limit, limit);
            QCOMPARE(violations.first().actual, actual);
            QVERIFY(violations.first().message.contains(QLocale().toString(actual)));
            QVERIFY(violations.first().message.contains(QLocale().toString(actual - limit)));
        }
        const auto measures = CaptionRules::measure(platform, draft);
        const auto it = std::find_if(measures.cbegin(), measures.cend(),
                                     [&](const CaptionMeasure &m) { return m.unit == unit; });
        QVERIFY(it != measures.cend());
        QCOMPARE(it->used, actual);
        QCOMPARE(it->limit, limit);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // --- TikTok ---------------------------------------------------------------------------

    void tikTokCaptionCountsUtf16Units_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<bool>("violated");
        QTest::newRow("ascii at limit") << a(2200) << qint64(2200) << false;
        QTest::newRow("ascii one over") << a(2201) << qint64(2201) << true;
        QTest::newRow("cyrillic at limit") << rep(kZhe, 2200) << qint64(2200) << false;
        QTest::newRow("cyrillic one over") << rep(kZhe, 2201) << qint64(2201) << true;
        QTest::newRow("emoji at limit") << rep(kEmoji, 1100) << qint64(2200) << false;
        QTest::newRow("emoji one over") << QString(rep(kEmoji, 1100) + u'a') << qint64(2201) << true;
        // 2200 code points but 2201 UTF-16 units: TikTok counts units.
        QTest::newRow("emoji pushes over") << QString(a(2199) + kEmoji) << qint64(2201) << true;
        QTest::newRow("empty") << QString() << qint64(0) << false;
    }

    void tikTokCaptionCountsUtf16Units()
    {
        QFETCH(QString, caption);
        QFETCH(qint64, units);
        QFETCH(bool, violated);
        checkSingle(Platform::TikTok, tikTok(caption),
                    violated ? QStringLiteral("tiktok.caption.max_utf16") : QString(),
                    QStringLiteral("utf16"), 2200, units);
    }

    void tikTokPrivacyMustBeChosen_data()
    {
        QTest::addColumn<QString>("privacy");
        QTest::addColumn<bool>("violated");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("blank") << QStringLiteral("  ") << true;
        QTest::newRow("self only") << QStringLiteral("SELF_ONLY") << false;
        QTest::newRow("public") << QStringLiteral("PUBLIC_TO_EVERYONE") << false;
        // Membership in creator_info's options is the adapter's check, not this one.
        QTest::newRow("unknown level") << QStringLiteral("SOMETHING_NEW") << false;
    }

    void tikTokPrivacyMustBeChosen()
    {
        QFETCH(QString, privacy);
        QFETCH(bool, violated);
        CaptionDraft d = tikTok(QStringLiteral("Lisbon"));
        d.privacy = privacy;
        const auto violations = CaptionRules::validate(Platform::TikTok, d, kNow);
        QCOMPARE(rulesOf(violations),
                 violated ? QStringList{QStringLiteral("tiktok.privacy.required")} : QStringList{});
        if (violated) {
            QCOMPARE(violations.first().field, QStringLiteral("privacy"));
            QVERIFY(!violations.first().message.isEmpty());
        }
    }

    // --- Instagram ------------------------------------------------------------------------

    void instagramCaptionCountsNfcCharacters_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<qint64>("characters");
        QTest::addColumn<bool>("violated");
        QTest::newRow("ascii at limit") << a(2200) << qint64(2200) << false;
        QTest::newRow("ascii one over") << a(2201) << qint64(2201) << true;
        // 4400 UTF-16 units as typed, 2200 after NFC composition.
        QTest::newRow("combining at limit") << rep(kEAcuteDecomposed, 2200) << qint64(2200) << false;
        QTest::newRow("combining one over") << rep(kEAcuteDecomposed, 2201) << qint64(2201) << true;
        QTest::newRow("cyrillic decomposed at limit")
            << rep(QStringLiteral(u"\u0438\u0306"), 2200) << qint64(2200) << false; // и + breve = й
        // No precomposed form exists, so NFC keeps both units.
        QTest::newRow("uncomposable at limit") << rep(kQDotDecomposed, 1100) << qint64(2200) << false;
        QTest::newRow("uncomposable one over")
            << QString(rep(kQDotDecomposed, 1100) + u'a') << qint64(2201) << true;
        QTest::newRow("emoji at limit") << rep(kEmoji, 1100) << qint64(2200) << false;
        QTest::newRow("emoji one over") << QString(a(2199) + kEmoji) << qint64(2201) << true;
    }

    void instagramCaptionCountsNfcCharacters()
    {
        QFETCH(QString, caption);
        QFETCH(qint64, characters);
        QFETCH(bool, violated);
        CaptionDraft d;
        d.caption = caption;
        checkSingle(Platform::Instagram, d,
                    violated ? QStringLiteral("instagram.caption.max_characters") : QString(),
                    QStringLiteral("characters"), 2200, characters);
    }

    void instagramHashtagsAndMentions_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("count");
        const QString hashtags = QStringLiteral("instagram.caption.max_hashtags");
        const QString mentions = QStringLiteral("instagram.caption.max_mentions");
        const QString tags = QStringLiteral("hashtags");
        const QString people = QStringLiteral("mentions");
        QTest::newRow("30 hashtags") << tokens(u'#', QStringLiteral("travel"), 30) << QString() << tags
                                     << qint64(30) << qint64(30);
        QTest::newRow("31 hashtags") << tokens(u'#', QStringLiteral("travel"), 31) << hashtags << tags
                                     << qint64(30) << qint64(31);
        QTest::newRow("31 cyrillic hashtags")
            << tokens(u'#', QStringLiteral(u"тур"), 31) << hashtags << tags << qint64(30) << qint64(31);
        QTest::newRow("30 hashtags and lone signs")
            << QString(tokens(u'#', QStringLiteral("x"), 30) + QStringLiteral(" # ## a#b")) << QString()
            << tags << qint64(30) << qint64(30);
        QTest::newRow("20 mentions") << tokens(u'@', QStringLiteral("anna"), 20) << QString() << people
                                     << qint64(20) << qint64(20);
        QTest::newRow("21 mentions") << tokens(u'@', QStringLiteral("anna"), 21) << mentions << people
                                     << qint64(20) << qint64(21);
        QTest::newRow("20 mentions and e-mail addresses")
            << QString(tokens(u'@', QStringLiteral("anna"), 20) + QStringLiteral(" anna@mail.ru bob.k@x.com"))
            << QString() << people << qint64(20) << qint64(20);
    }

    void instagramHashtagsAndMentions()
    {
        QFETCH(QString, caption);
        QFETCH(QString, rule);
        QFETCH(QString, unit);
        QFETCH(qint64, limit);
        QFETCH(qint64, count);
        CaptionDraft d;
        d.caption = caption;
        checkSingle(Platform::Instagram, d, rule, unit, limit, count);
    }

    void countHashtags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("sign alone") << QStringLiteral("#") << 0;
        QTest::newRow("double sign alone") << QStringLiteral("##") << 0;
        QTest::newRow("sign then space") << QStringLiteral("# travel") << 0;
        QTest::newRow("one") << QStringLiteral("#travel") << 1;
        QTest::newRow("double sign before word") << QStringLiteral("##travel") << 1;
        QTest::newRow("cyrillic") << QStringLiteral(u"#тур #путешествие") << 2;
        QTest::newRow("japanese") << QStringLiteral(u"#日本") << 1;
        QTest::newRow("in parentheses") << QStringLiteral("(#travel)") << 1;
        QTest::newRow("after punctuation") << QStringLiteral("Paris,#travel!#food") << 2;
        QTest::newRow("glued to a word") << QStringLiteral("a#b C#") << 0;
        QTest::newRow("glued pair") << QStringLiteral("#travel#food") << 1;
        QTest::newRow("digits and underscore") << QStringLiteral("#2026 #road_trip") << 2;
        QTest::newRow("after newline") << QStringLiteral("Day 1\n#travel") << 1;
        QTest::newRow("after emoji") << QString(kEmoji + QStringLiteral("#travel")) << 1;
        QTest::newRow("emoji after sign") << QString(QStringLiteral("#") + kEmoji) << 0;
        QTest::newRow("keycap emoji") << QStringLiteral(u"#\uFE0F\u20E3 call") << 0;
        // The combining mark belongs to the tag, so the next '#' is glued to it.
        QTest::newRow("combining mark inside") << QStringLiteral(u"#cafe\u0301#x #y") << 2;
        // Letters outside the BMP (surrogate pairs) are letters: mathematical bold.
        QTest::newRow("astral letters") << QStringLiteral(u"#\U0001D42D\U0001D42B") << 1;
        QTest::newRow("after astral letter") << QStringLiteral(u"\U0001D42D#travel") << 0;
    }

    void countHashtags()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(CaptionRules::countHashtags(text), count);
    }

    void countMentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("sign alone") << QStringLiteral("@ @@") << 0;
        QTest::newRow("at start") << QStringLiteral("@anna thanks!") << 1;
        QTest::newRow("dots and underscores") << QStringLiteral("@anna.k and @bob_1") << 2;
        QTest::newRow("e-mail") << QStringLiteral("write to anna@example.com") << 0;
        QTest::newRow("e-mail and mention") << QStringLiteral("anna.k@mail.ru, @bob") << 1;
        QTest::newRow("in parentheses") << QStringLiteral("(@anna)") << 1;
        QTest::newRow("end of sentence") << QStringLiteral("Thanks @anna.") << 1;
        QTest::newRow("cyrillic") << QStringLiteral(u"@анна") << 1;
        QTest::newRow("glued pair") << QStringLiteral("@anna@bob") << 1;
        QTest::newRow("dot first") << QStringLiteral("@.anna") << 0;
        QTest::newRow("hashtags are not mentions") << QStringLiteral("#anna") << 0;
    }

    void countMentions()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(CaptionRules::countMentions(text), count);
    }

    // --- YouTube --------------------------------------------------------------------------

    void youTubeTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<qint64>("characters");
        const QString tooLong = QStringLiteral("youtube.title.max_characters");
        const QString brackets = QStringLiteral("youtube.title.angle_brackets");
        QTest::newRow("ascii at limit") << a(100) << QStringList{} << qint64(100);
        QTest::newRow("ascii one over") << a(101) << QStringList{tooLong} << qint64(101);
        // Code points: 100 emoji are 200 UTF-16 units but 100 characters.
        QTest::newRow("emoji at limit") << rep(kEmoji, 100) << QStringList{} << qint64(100);
        QTest::newRow("emoji one over") << rep(kEmoji, 101) << QStringList{tooLong} << qint64(101);
        QTest::newRow("cyrillic at limit") << rep(kZhe, 100) << QStringList{} << qint64(100);
        QTest::newRow("empty") << QString() << QStringList{QStringLiteral("youtube.title.required")}
                               << qint64(0);
        QTest::newRow("blank") << QStringLiteral(" \t ")
                               << QStringList{QStringLiteral("youtube.title.required")} << qint64(3);
        QTest::newRow("html") << QStringLiteral("<b>Paris</b>") << QStringList{brackets} << qint64(12);
        QTest::newRow("greater than")
            << QStringLiteral("Rome > Paris") << QStringList{brackets} << qint64(12);
        QTest::newRow("too long and bracket")
            << QString(a(100) + u'<') << QStringList{tooLong, brackets} << qint64(101);
    }

    void youTubeTitle()
    {
        QFETCH(QString, title);
        QFETCH(QStringList, rules);
        QFETCH(qint64, characters);
        const auto violations = CaptionRules::validate(Platform::YouTube, youTube(title), kNow);
        QCOMPARE(rulesOf(violations), rules);
        for (const auto &v : violations) {
            QCOMPARE(v.field, QStringLiteral("title"));
            if (v.rule == QLatin1String("youtube.title.max_characters")) {
                QCOMPARE(v.limit, qint64(100));
                QCOMPARE(v.actual, characters);
            }
        }
        QCOMPARE(CaptionRules::measure(Platform::YouTube, youTube(title)).first().used, characters);
    }

    void youTubeDescriptionCountsUtf8Bytes_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("violated");
        QTest::newRow("ascii at limit") << a(5000) << qint64(5000) << false;
        QTest::newRow("ascii one over") << a(5001) << qint64(5001) << true;
        QTest::newRow("cyrillic at limit") << rep(kZhe, 2500) << qint64(5000) << false;
        QTest::newRow("cyrillic one byte over") << QString(rep(kZhe, 2500) + u'a') << qint64(5001) << true;
        QTest::newRow("cyrillic one letter over") << rep(kZhe, 2501) << qint64(5002) << true;
        QTest::newRow("emoji at limit") << rep(kEmoji, 1250) << qint64(5000) << false;
        // 4997 bytes of ASCII + a 4-byte emoji: only 4998 UTF-16 units.
        QTest::newRow("emoji pushes over") << QString(a(4997) + kEmoji) << qint64(5001) << true;
    }

    void youTubeDescriptionCountsUtf8Bytes()
    {
        QFETCH(QString, description);
        QFETCH(qint64, bytes);
        QFETCH(bool, violated);
        checkSingle(Platform::YouTube, youTube(QStringLiteral("Lisbon"), description),
                    violated ? QStringLiteral("youtube.description.max_bytes") : QString(),
                    QStringLiteral("bytes"), 5000, bytes);
    }

    void youTubeDescriptionRejectsAngleBrackets_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<qint64>("count");
        QTest::newRow("none") << QStringLiteral("Paris to Rome, 3 days") << qint64(0);
        QTest::newRow("arrow") << QStringLiteral("Paris -> Rome") << qint64(1);
        QTest::newRow("heart") << QStringLiteral("I <3 Paris") << qint64(1);
        QTest::newRow("html") << QStringLiteral("<a href=x>link</a>") << qint64(4);
        QTest::newRow("guillemets are fine") << QStringLiteral(u"«Paris» ‹Rome›") << qint64(0);
    }

    void youTubeDescriptionRejectsAngleBrackets()
    {
        QFETCH(QString, description);
        QFETCH(qint64, count);
        const auto violations
            = CaptionRules::validate(Platform::YouTube, youTube(QStringLiteral("Trip"), description), kNow);
        if (count == 0) {
            QVERIFY(violations.isEmpty());
            return;
        }
        QCOMPARE(rulesOf(violations), QStringList{QStringLiteral("youtube.description.angle_brackets")});
        QCOMPARE(violations.first().field, QStringLiteral("caption"));
        QCOMPARE(violations.first().actual, count);
    }

    void youTubeTagsLength_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<int>("length");
        QTest::newRow("none") << QStringList{} << 0;
        QTest::newRow("one") << QStringList{QStringLiteral("paris")} << 5;
        QTest::newRow("comma between two")
            << QStringList{QStringLiteral("paris"), QStringLiteral("rome")} << 10;
        QTest::newRow("quoted") << QStringList{QStringLiteral("new york")} << 10;
        QTest::newRow("quoted once for many spaces") << QStringList{QStringLiteral("a b c")} << 7;
        QTest::newRow("quoted and comma")
            << QStringList{QStringLiteral("new york"), QStringLiteral("paris")} << 16;
        QTest::newRow("cyrillic") << QStringList{QStringLiteral(u"москва")} << 6;
        QTest::newRow("emoji is one character") << QStringList{kEmoji} << 1;
    }

    void youTubeTagsLength()
    {
        QFETCH(QStringList, tags);
        QFETCH(int, length);
        QCOMPARE(CaptionRules::youTubeTagsLength(tags), length);
    }

    void youTubeTagsTotal_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<bool>("violated");
        QTest::newRow("one tag at limit") << QStringList{a(500)} << qint64(500) << false;
        QTest::newRow("one tag one over") << QStringList{a(501)} << qint64(501) << true;
        // 100 tags: 99 commas + 401 characters.
        QStringList commas(99, QStringLiteral("abcd"));
        commas << QStringLiteral("abcde");
        QTest::newRow("commas at limit") << commas << qint64(500) << false;
        commas.last() = QStringLiteral("abcdef");
        QTest::newRow("commas one over") << commas << qint64(501) << true;
        // 498 and 499 characters with a space: the quotes decide.
        QTest::newRow("quoted at limit")
            << QStringList{QString(a(248) + u' ' + a(249))} << qint64(500) << false;
        QTest::newRow("quoted one over")
            << QStringList{QString(a(249) + u' ' + a(249))} << qint64(501) << true;
    }

    void youTubeTagsTotal()
    {
        QFETCH(QStringList, tags);
        QFETCH(qint64, length);
        QFETCH(bool, violated);
        CaptionDraft d = youTube(QStringLiteral("Trip"));
        d.tags = tags;
        checkSingle(Platform::YouTube, d, violated ? QStringLiteral("youtube.tags.max_total") : QString(),
                    QStringLiteral("tag_characters"), 500, length);
    }

    void youTubePrivacy_data()
    {
        QTest::addColumn<QString>("privacy");
        QTest::addColumn<bool>("violated");
        QTest::newRow("not chosen") << QString() << false;
        QTest::newRow("private") << QStringLiteral("private") << false;
        QTest::newRow("public") << QStringLiteral("public") << false;
        QTest::newRow("unlisted") << QStringLiteral("unlisted") << false;
        QTest::newRow("capitalised") << QStringLiteral("Private") << true;
        QTest::newRow("tiktok level") << QStringLiteral("PUBLIC_TO_EVERYONE") << true;
    }

    void youTubePrivacy()
    {
        QFETCH(QString, privacy);
        QFETCH(bool, violated);
        CaptionDraft d = youTube(QStringLiteral("Trip"));
        d.privacy = privacy;
        const auto violations = CaptionRules::validate(Platform::YouTube, d, kNow);
        QCOMPARE(rulesOf(violations),
                 violated ? QStringList{QStringLiteral("youtube.privacy.invalid")} : QStringList{});
        if (violated)
            QVERIFY(violations.first().message.contains(privacy));
    }

    void youTubePublishAt_data()
    {
        QTest::addColumn<QDateTime>("publishAt");
        QTest::addColumn<QString>("privacy");
        QTest::addColumn<QStringList>("rules");
        const QString requiresPrivate = QStringLiteral("youtube.publish_at.requires_private");
        const QString inPast = QStringLiteral("youtube.publish_at.in_past");
        const QString priv = QStringLiteral("private");
        QTest::newRow("not scheduled, any privacy")
            << QDateTime() << QStringLiteral("public") << QStringList{};
        QTest::newRow("one second ahead") << kNow.addSecs(1) << priv << QStringList{};
        QTest::newRow("next week") << kNow.addDays(7) << priv << QStringList{};
        QTest::newRow("exactly now") << kNow << priv << QStringList{inPast};
        QTest::newRow("yesterday") << kNow.addDays(-1) << priv << QStringList{inPast};
        QTest::newRow("public") << kNow.addDays(1) << QStringLiteral("public")
                                << QStringList{requiresPrivate};
        QTest::newRow("unlisted") << kNow.addDays(1) << QStringLiteral("unlisted")
                                  << QStringList{requiresPrivate};
        // The API wants privacyStatus=private set explicitly with publishAt.
        QTest::newRow("privacy not chosen") << kNow.addDays(1) << QString() << QStringList{requiresPrivate};
        QTest::newRow("public and past")
            << kNow.addSecs(-60) << QStringLiteral("public") << QStringList{requiresPrivate, inPast};
        // 14:59:59 at UTC+3 is 11:59:59 UTC: the wall clock is later than 12:00, the instant is not.
        QTest::newRow("other time zone, past")
            << QDateTime(QDate(2026, 5, 1), QTime(14, 59, 59), QTimeZone(3 * 3600)) << priv
            << QStringList{inPast};
        QTest::newRow("other time zone, future")
            << QDateTime(QDate(2026, 5, 1), QTime(11, 0, 1), QTimeZone(-1 * 3600)) << priv << QStringList{};
    }

    void youTubePublishAt()
    {
        QFETCH(QDateTime, publishAt);
        QFETCH(QString, privacy);
        QFETCH(QStringList, rules);
        CaptionDraft d = youTube(QStringLiteral("Trip"));
        d.privacy = privacy;
        d.publishAt = publishAt;
        const auto violations = CaptionRules::validate(Platform::YouTube, d, kNow);
        QCOMPARE(rulesOf(violations), rules);
        for (const auto &v : violations) {
            QCOMPARE(v.field, QStringLiteral("publish_at"));
            if (v.rule == QLatin1String("youtube.publish_at.in_past")) {
                QCOMPARE(v.limit, kNow.toSecsSinceEpoch());
                QCOMPARE(v.actual, publishAt.toSecsSinceEpoch());
            }
        }
    }

    // --- All platforms --------------------------------------------------------------------

    void everyViolationIsReturnedInFieldOrder_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<CaptionDraft>("draft");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QStringList>("fields");

        CaptionDraft yt;
        yt.title = QString(u'<' + a(100));
        yt.caption = QString(rep(kZhe, 2500) + u'>');
        yt.tags = QStringList{a(501)};
        yt.privacy = QStringLiteral("friends");
        yt.publishAt = kNow.addDays(-1);
        QTest::newRow("youtube") << Platform::YouTube << yt
                                 << QStringList{QStringLiteral("youtube.title.max_characters"),
                                                QStringLiteral("youtube.title.angle_brackets"),
                                                QStringLiteral("youtube.description.max_bytes"),
                                                QStringLiteral("youtube.description.angle_brackets"),
                                                QStringLiteral("youtube.tags.max_total"),
                                                QStringLiteral("youtube.privacy.invalid"),
                                                QStringLiteral("youtube.publish_at.requires_private"),
                                                QStringLiteral("youtube.publish_at.in_past")}
                                 << QStringList{QStringLiteral("title"),      QStringLiteral("title"),
                                                QStringLiteral("caption"),    QStringLiteral("caption"),
                                                QStringLiteral("tags"),       QStringLiteral("privacy"),
                                                QStringLiteral("publish_at"), QStringLiteral("publish_at")};

        CaptionDraft ig;
        ig.caption = tokens(u'#', QStringLiteral("t"), 31) + u' ' + tokens(u'@', QStringLiteral("p"), 21);
        ig.caption += u' ' + a(2200 - static_cast<int>(ig.caption.size()));
        QTest::newRow("instagram") << Platform::Instagram << ig
                                   << QStringList{QStringLiteral("instagram.caption.max_characters"),
                                                  QStringLiteral("instagram.caption.max_hashtags"),
                                                  QStringLiteral("instagram.caption.max_mentions")}
                                   << QStringList(3, QStringLiteral("caption"));

        CaptionDraft tt;
        tt.caption = a(2201);
        QTest::newRow("tiktok") << Platform::TikTok << tt
                                << QStringList{QStringLiteral("tiktok.caption.max_utf16"),
                                               QStringLiteral("tiktok.privacy.required")}
                                << QStringList{QStringLiteral("caption"), QStringLiteral("privacy")};
    }

    void everyViolationIsReturnedInFieldOrder()
    {
        QFETCH(Platform, platform);
        QFETCH(CaptionDraft, draft);
        QFETCH(QStringList, rules);
        QFETCH(QStringList, fields);
        const auto violations = CaptionRules::validate(platform, draft, kNow);
        QCOMPARE(rulesOf(violations), rules);
        QCOMPARE(fieldsOf(violations), fields);
        for (const auto &v : violations) {
            QVERIFY2(!v.message.isEmpty(), qPrintable(v.rule));
            QVERIFY2(!v.message.contains(u'%'), qPrintable(v.message)); // every placeholder filled
        }
    }

    void validDraftPassesAndUnusedFieldsAreIgnored_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("tiktok") << Platform::TikTok;
        QTest::newRow("instagram") << Platform::Instagram;
    }

    void validDraftPassesAndUnusedFieldsAreIgnored()
    {
        QFETCH(Platform, platform);
        CaptionDraft d;
        d.caption = QStringLiteral(u"Утро в Париже %1 #travel #париж @anna").arg(kEmoji);
        d.privacy = QStringLiteral("SELF_ONLY");
        // YouTube-only fields, all of them invalid for YouTube.
        d.title = QStringLiteral("<b>");
        d.tags = QStringList{a(600)};
        d.publishAt = kNow.addDays(-1);
        QCOMPARE(rulesOf(CaptionRules::validate(platform, d, kNow)), QStringList{});

        CaptionDraft yt = youTube(QStringLiteral(u"Утро в Париже %1").arg(kEmoji), d.caption);
        yt.tags = QStringList{QStringLiteral("paris"), QStringLiteral("new york")};
        yt.privacy = QStringLiteral("private");
        yt.publishAt = kNow.addDays(1);
        QCOMPARE(rulesOf(CaptionRules::validate(Platform::YouTube, yt, kNow)), QStringList{});
    }

    void messagesNameTheNumbers()
    {
        const auto violations = CaptionRules::validate(
            Platform::YouTube, youTube(QStringLiteral("Trip"), rep(kZhe, 2566)), kNow);
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().message,
                 QStringLiteral("The YouTube description is 5,132 bytes; the limit is 5,000 bytes (Cyrillic "
                                "letters take 2 bytes, emoji 4). Shorten it by 132."));

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto german = CaptionRules::validate(Platform::TikTok, tikTok(a(2345)), kNow);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(german.size(), 1);
        QVERIFY2(german.first().message.contains(QStringLiteral("2.345")),
                 qPrintable(german.first().message));
        QVERIFY(german.first().message.contains(QStringLiteral("2.200")));
        QVERIFY(german.first().message.contains(QStringLiteral(" 145.")));
    }

    void measureReportsEveryCounter_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<CaptionDraft>("draft");
        QTest::addColumn<QStringList>("counters");

        QTest::newRow("tiktok empty")
            << Platform::TikTok << CaptionDraft{} << QStringList{QStringLiteral("caption:utf16:0/2200")};
        QTest::newRow("tiktok emoji") << Platform::TikTok << tikTok(QString(u'a' + kEmoji))
                                      << QStringList{QStringLiteral("caption:utf16:3/2200")};

        CaptionDraft ig;
        // "é #тур @anna a@b.com" after NFC: 1+1+4+1+5+1+7 = 20
        ig.caption = QString(kEAcuteDecomposed + QStringLiteral(u" #тур @anna a@b.com"));
        QTest::newRow("instagram") << Platform::Instagram << ig
                                   << QStringList{QStringLiteral("caption:characters:20/2200"),
                                                  QStringLiteral("caption:hashtags:1/30"),
                                                  QStringLiteral("caption:mentions:1/20")};

        CaptionDraft yt = youTube(QString(QStringLiteral("Paris ") + kEmoji),
                                  QString(kZhe + kEmoji + QStringLiteral("a")));
        yt.tags = QStringList{QStringLiteral("new york"), QStringLiteral("paris")};
        QTest::newRow("youtube") << Platform::YouTube << yt
                                 << QStringList{QStringLiteral("title:characters:7/100"),
                                                QStringLiteral("caption:bytes:7/5000"),
                                                QStringLiteral("tags:tag_characters:16/500")};
    }

    void measureReportsEveryCounter()
    {
        QFETCH(Platform, platform);
        QFETCH(CaptionDraft, draft);
        QFETCH(QStringList, counters);
        QCOMPARE(describe(CaptionRules::measure(platform, draft)), counters);
    }
};

TRAVELFLOW_TEST_MAIN(TestCaptionRules, QCoreApplication)
#include "test_caption_rules.moc"
