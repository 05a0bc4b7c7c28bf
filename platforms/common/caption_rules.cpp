#include "caption_rules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace travelflow {

namespace {

bool isWordChar(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// Counts `sigil` + word tokens that do not continue a word (see countHashtags()). Works on
// code points so that letters outside the BMP and combining marks belong to the token.
int countTokens(const QString &text, char32_t sigil)
{
    const QList<uint> cps = text.toUcs4();
    const qsizetype n = cps.size();
    int count = 0;
    qsizetype i = 0;
    while (i < n) {
        // The first character after the sigil must not be a mark: "#" + U+FE0F + U+20E3 is
        // the keycap emoji, not a hashtag.
        const bool starts = cps[i] == sigil && (i == 0 || !isWordChar(cps[i - 1])) && i + 1 < n
            && isWordChar(cps[i + 1]) && !QChar::isMark(cps[i + 1]);
        if (!starts) {
            ++i;
            continue;
        }
        ++count;
        i += 2;
        while (i < n && isWordChar(cps[i]))
            ++i;
    }
    return count;
}

qint64 codePoints(const QString &s)
{
    return s.toUcs4().size();
}

// Instagram documents "characters" without saying which kind. The UTF-16 length of the
// NFC-normalized text counts an accent typed as letter + combining mark once (as the user
// sees it), and never less than Instagram could count (an emoji counts 2).
qint64 instagramCharacters(const QString &caption)
{
    return caption.normalized(QString::NormalizationForm_C).size();
}

qint64 angleBrackets(const QString &s)
{
    return s.count(u'<') + s.count(u'>');
}

QString num(qint64 v)
{
    return QLocale().toString(v);
}

const QString kFieldTitle = QStringLiteral("title");
const QString kFieldCaption = QStringLiteral("caption");
const QString kFieldTags = QStringLiteral("tags");
const QString kFieldPrivacy = QStringLiteral("privacy");
const QString kFieldPublishAt = QStringLiteral("publish_at");

class Collector
{
public:
    void add(const QString &field, const char *rule, qint64 limit, qint64 actual, const QString &message)
    {
        m_list.append({field, QLatin1String(rule), limit, actual, message});
    }
    // A "too long / too many" rule: the message gets actual, limit and the excess as %1-%3.
    void max(const QString &field, const char *rule, qint64 limit, qint64 actual, const QString &message)
    {
        if (actual > limit)
            add(field, rule, limit, actual, message.arg(num(actual), num(limit), num(actual - limit)));
    }
    QList<CaptionViolation> take() { return std::move(m_list); }

private:
    QList<CaptionViolation> m_list;
};

void validateTikTok(const CaptionDraft &draft, Collector &out)
{
    out.max(kFieldCaption, "tiktok.caption.max_utf16", CaptionRules::kTikTokCaptionMaxUtf16,
            draft.caption.size(),
            QCoreApplication::translate(
                "CaptionRules",
                "The TikTok caption is %1 characters long; the limit is %2 (emoji and some other "
                "symbols count as 2). Shorten it by %3."));
    // Which levels are allowed comes from creator_info at publish time; the TikTok adapter
    // checks membership. Here only "the user picked one" can be known (TikTok's review
    // rules forbid preselecting it).
    if (draft.privacy.trimmed().isEmpty())
        out.add(kFieldPrivacy, "tiktok.privacy.required", 0, 0,
                QCoreApplication::translate(
                    "CaptionRules",
                    "Choose who can see this TikTok video. TikTok does not let apps choose it for you."));
}

void validateInstagram(const CaptionDraft &draft, Collector &out)
{
    out.max(kFieldCaption, "instagram.caption.max_characters", CaptionRules::kInstagramCaptionMaxCharacters,
            instagramCharacters(draft.caption),
            QCoreApplication::translate(
                "CaptionRules",
                "The Instagram caption is %1 characters long; the limit is %2. Shorten it by %3."));
    out.max(
        kFieldCaption, "instagram.caption.max_hashtags", CaptionRules::kInstagramMaxHashtags,
        CaptionRules::countHashtags(draft.caption),
        QCoreApplication::translate(
            "CaptionRules", "The Instagram caption has %1 hashtags; the limit is %2. Remove %3 of them."));
    out.max(
        kFieldCaption, "instagram.caption.max_mentions", CaptionRules::kInstagramMaxMentions,
        CaptionRules::countMentions(draft.caption),
        QCoreApplication::translate(
            "CaptionRules", "The Instagram caption has %1 @mentions; the limit is %2. Remove %3 of them."));
}

void validateYouTube(const CaptionDraft &draft, const QDateTime &now, Collector &out)
{
    if (draft.title.trimmed().isEmpty())
        out.add(kFieldTitle, "youtube.title.required", 0, 0,
                QCoreApplication::translate(
                    "CaptionRules", "The YouTube title is empty. Enter a title; YouTube requires one."));
    out.max(
        kFieldTitle, "youtube.title.max_characters", CaptionRules::kYouTubeTitleMaxCharacters,
        codePoints(draft.title),
        QCoreApplication::translate(
            "CaptionRules", "The YouTube title is %1 characters long; the limit is %2. Shorten it by %3."));
    if (const qint64 brackets = angleBrackets(draft.title); brackets > 0)
        out.add(kFieldTitle, "youtube.title.angle_brackets", 0, brackets,
                QCoreApplication::translate(
                    "CaptionRules",
                    "The YouTube title contains < or >, which YouTube does not accept. Remove them."));

    out.max(kFieldCaption, "youtube.description.max_bytes", CaptionRules::kYouTubeDescriptionMaxBytes,
            draft.caption.toUtf8().size(),
            QCoreApplication::translate(
                "CaptionRules",
                "The YouTube description is %1 bytes; the limit is %2 bytes (Cyrillic letters take 2 "
                "bytes, emoji 4). Shorten it by %3."));
    if (const qint64 brackets = angleBrackets(draft.caption); brackets > 0)
        out.add(kFieldCaption, "youtube.description.angle_brackets", 0, brackets,
                QCoreApplication::translate(
                    "CaptionRules",
                    "The YouTube description contains < or >, which YouTube does not accept. Remove "
                    "them."));

    out.max(kFieldTags, "youtube.tags.max_total", CaptionRules::kYouTubeTagsMaxTotal,
            CaptionRules::youTubeTagsLength(draft.tags),
            QCoreApplication::translate(
                "CaptionRules",
                "The YouTube tags add up to %1 characters; the limit is %2 (the commas between tags "
                "count, and a tag with a space counts 2 more for its quotes). Remove tags to save %3."));

    // Empty means "not chosen": YouTube then makes the video private.
    const bool privacyKnown = draft.privacy.isEmpty() || draft.privacy == QLatin1String("private")
        || draft.privacy == QLatin1String("public") || draft.privacy == QLatin1String("unlisted");
    if (!privacyKnown)
        out.add(kFieldPrivacy, "youtube.privacy.invalid", 0, 0,
                QCoreApplication::translate(
                    "CaptionRules",
                    "\"%1\" is not a YouTube privacy setting. Choose private, public or unlisted.")
                    .arg(draft.privacy));

    if (!draft.publishAt.isValid())
        return;
    // The API wants privacyStatus set to "private" explicitly when publishAt is given;
    // relying on the default is not enough.
    if (draft.privacy != QLatin1String("private"))
        out.add(kFieldPublishAt, "youtube.publish_at.requires_private", 0, 0,
                QCoreApplication::translate(
                    "CaptionRules",
                    "A scheduled YouTube video must stay private until it is published. Set the privacy "
                    "to private, or remove the scheduled time."));
    if (now.isValid() && draft.publishAt <= now)
        out.add(kFieldPublishAt, "youtube.publish_at.in_past", now.toSecsSinceEpoch(),
                draft.publishAt.toSecsSinceEpoch(),
                QCoreApplication::translate(
                    "CaptionRules",
                    "The scheduled time (%1) has already passed. Choose a later time, or remove it to "
                    "publish right away.")
                    .arg(QLocale().toString(draft.publishAt.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace

QList<CaptionViolation> CaptionRules::validate(Platform platform, const CaptionDraft &draft,
                                               const QDateTime &now)
{
    Collector out;
    switch (platform) {
    case Platform::TikTok: validateTikTok(draft, out); break;
    case Platform::Instagram: validateInstagram(draft, out); break;
    case Platform::YouTube: validateYouTube(draft, now, out); break;
    }
    return out.take();
}

QList<CaptionMeasure> CaptionRules::measure(Platform platform, const CaptionDraft &draft)
{
    switch (platform) {
    case Platform::TikTok:
        return {{kFieldCaption, QStringLiteral("utf16"), draft.caption.size(), kTikTokCaptionMaxUtf16}};
    case Platform::Instagram:
        return {
            {kFieldCaption, QStringLiteral("characters"), instagramCharacters(draft.caption),
             kInstagramCaptionMaxCharacters},
            {kFieldCaption, QStringLiteral("hashtags"), countHashtags(draft.caption), kInstagramMaxHashtags},
            {kFieldCaption, QStringLiteral("mentions"), countMentions(draft.caption), kInstagramMaxMentions}};
    case Platform::YouTube:
        return {
            {kFieldTitle, QStringLiteral("characters"), codePoints(draft.title), kYouTubeTitleMaxCharacters},
            {kFieldCaption, QStringLiteral("bytes"), draft.caption.toUtf8().size(),
             kYouTubeDescriptionMaxBytes},
            {kFieldTags, QStringLiteral("tag_characters"), youTubeTagsLength(draft.tags),
             kYouTubeTagsMaxTotal}};
    }
    return {};
}

int CaptionRules::countHashtags(const QString &text)
{
    return countTokens(text, U'#');
}

int CaptionRules::countMentions(const QString &text)
{
    return countTokens(text, U'@');
}

int CaptionRules::youTubeTagsLength(const QStringList &tags)
{
    qint64 total = tags.isEmpty() ? 0 : tags.size() - 1; // commas
    for (const QString &tag : tags) {
        total += codePoints(tag);
        if (std::any_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isSpace(); }))
            total += 2; // quotes
    }
    return static_cast<int>(total);
}

} // namespace travelflow
