#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace travelflow {

// What the user typed for one platform, before it is sent.
struct CaptionDraft
{
    QString title; // YouTube title (TikTok/Instagram: unused)
    QString caption; // TikTok caption ("title" on the wire), Instagram caption, YouTube description
    QStringList tags; // YouTube tags
    QString privacy; // TikTok privacy_level / YouTube privacyStatus (empty = not chosen)
    QDateTime publishAt; // YouTube scheduled time (invalid = none)
};

// One broken rule. `rule` is a stable id ("youtube.description.max_bytes") that the UI
// and the CLI may key on; `message` is translated and meant for the user.
struct CaptionViolation
{
    QString field; // "title", "caption", "tags", "privacy", "publish_at"
    QString rule;
    // The limit that applies and the measured value, in the unit of the rule (UTF-16 units,
    // bytes, characters, count). For "youtube.publish_at.in_past" both are seconds since
    // the epoch (limit = now, actual = the scheduled time). 0 when not numeric.
    qint64 limit = 0;
    qint64 actual = 0;
    QString message;
};

// A live counter for the UI ("1,234 / 5,000 bytes").
struct CaptionMeasure
{
    QString field; // as in CaptionViolation
    QString unit; // "utf16", "bytes", "characters", "hashtags", "mentions", "tag_characters"
    qint64 used = 0;
    qint64 limit = 0;
};

// The caption, title, tag and privacy rules of each platform's publishing API
// (shared/platform-apis.md), checked locally so that the UI and the CLI can show every
// problem before an upload starts. Stateless; only depends on QtCore.
class CaptionRules
{
public:
    enum class Platform {
        TikTok,
        Instagram,
        YouTube
    }; // platforms/ cannot use app/core/platform.h

    static constexpr int kTikTokCaptionMaxUtf16 = 2200;
    static constexpr int kInstagramCaptionMaxCharacters = 2200;
    static constexpr int kInstagramMaxHashtags = 30;
    static constexpr int kInstagramMaxMentions = 20;
    static constexpr int kYouTubeTitleMaxCharacters = 100;
    static constexpr int kYouTubeDescriptionMaxBytes = 5000;
    static constexpr int kYouTubeTagsMaxTotal = 500;

    CaptionRules() = delete;

    // Every violated rule, in field order (title, caption, tags, privacy, publish_at);
    // empty when the draft can be sent. `now` decides whether publishAt is in the past.
    static QList<CaptionViolation> validate(Platform platform, const CaptionDraft &draft,
                                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The counters that have a limit on this platform, in field order.
    static QList<CaptionMeasure> measure(Platform platform, const CaptionDraft &draft);

    // "#word" tokens: '#' at the start or after a character that is not a letter, digit,
    // mark or '_', followed by at least one of those. "#", "##", "#️⃣" and the second half
    // of "#a#b" do not count; "#тур", "#2026" and "(#travel)" do. "##travel" counts once.
    static int countHashtags(const QString &text);
    // "@name" tokens by the same rule, so "a@b.com" is not one. "@anna.k" counts once: the
    // '.' ends the token, and "k" does not start a new one.
    static int countMentions(const QString &text);
    // YouTube's measure of snippet.tags: the tags' characters (code points), a comma
    // between tags, and 2 more for each tag that contains whitespace (it is quoted).
    static int youTubeTagsLength(const QStringList &tags);
};

} // namespace travelflow
