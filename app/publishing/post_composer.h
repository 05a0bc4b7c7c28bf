#pragma once

#include "common/caption_rules.h"
#include "common/endpoint_table.h"
#include "core/expected.h"
#include "core/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace travelflow {

class AccountTokens;
class Database;
struct PostTarget;

struct TikTokCreatorInfo;

// One account's own caption variant (the compose screen writes one per account).
// `privacy` is a generic choice (public, unlisted, friends, private) or, on TikTok, one of
// the levels creator_info offered (PUBLIC_TO_EVERYONE, FOLLOWER_OF_CREATOR, SELF_ONLY, ...).
// `options` are the platform's switches (TikTok: disable_comment, disable_duet,
// disable_stitch, content_disclosure, brand_organic_toggle, brand_content_toggle, mode).
struct PostVariant
{
    qint64 accountId = 0;
    QString caption;
    QString title;
    QStringList tags;
    QString privacy;
    QJsonObject options;
};

// What the user asked to publish: one video to some accounts. Each account uses its entry
// in `variants`, or else the shared caption, title, tags, privacy and options (the CLI's
// single-caption path). `privacy` is the generic choice (public, unlisted, friends,
// private) mapped to each platform.
struct PostRequest
{
    qint64 videoId = 0;
    QList<qint64> accountIds;
    QString caption;
    QString title;
    QStringList tags;
    QString privacy;
    QDateTime at; // invalid = as soon as possible
    QString timeZone; // IANA id the time was chosen in (for display); empty = UTC
    QJsonObject options;
    QList<PostVariant> variants;

    // The variant `accountId` publishes: its own, or one made of the shared fields.
    PostVariant variantFor(qint64 accountId) const;
};

// One reason the request cannot be enqueued, for one account.
struct PostProblem
{
    qint64 accountId = 0;
    QString platform;
    QString field;
    QString rule;
    QString message;
};

struct PostComposition
{
    qint64 postId = 0;
    QList<qint64> jobIds; // one per account, in the order asked
    QList<PostProblem> problems; // non-empty = nothing was stored
};

// Turns a request into a post, its targets and one queued job per target, after checking
// every platform's rules (caption limits, privacy choices the creator has on TikTok, the
// schedule). Either every target is valid and all are stored, or nothing is and every
// problem is reported.
class PostComposer : public QObject
{
    Q_OBJECT

public:
    PostComposer(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                 EndpointTable endpoints, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    using Done = std::function<void(const Expected<PostComposition> &)>;
    void enqueue(const PostRequest &request, const Done &done);

    // Option keys of a TikTok direct post (the adapter reads them from the target's options).
    static constexpr const char *kContentDisclosure = "content_disclosure"; // the "disclose" switch
    static constexpr const char *kBrandOrganic = "brand_organic_toggle"; // "Your brand"
    static constexpr const char *kBrandContent = "brand_content_toggle"; // "Branded content"

    // Every problem of one target, checked locally as the user types and again before
    // storing: caption rules, privacy, TikTok's direct post rules (branded content is never
    // private, a disclosure names what it promotes, the video fits the creator's maximum
    // duration). `creator` is what TikTok's creator_info said (nullptr = not known yet).
    // Fills `target` (without ids) when given.
    static QList<PostProblem> checkTarget(qint64 accountId, Platform platform, const PostVariant &variant,
                                          const QDateTime &at, qint64 videoDurationMs,
                                          const TikTokCreatorInfo *creator, const QDateTime &now,
                                          PostTarget *target = nullptr);

    // TikTok's label notice for the disclosure choices ("Promotional content" / "Paid
    // partnership"), or the hint that a choice is missing; empty when nothing is disclosed.
    static QString tiktokDisclosureNotice(const QJsonObject &options);
    // The consent sentence TikTok requires next to the post button (it names the Branded
    // Content Policy too when the post is branded content).
    static QString tiktokConsentSentence(const QJsonObject &options);
    // A readable name for one of TikTok's privacy levels ("Only me" for SELF_ONLY).
    static QString tiktokPrivacyLabel(const QString &level);

    static const QStringList &genericPrivacyValues();
    // The caption rules' name for a platform (the window's live counters use the same rules).
    static CaptionRules::Platform rulesPlatform(Platform platform);
    // The platform's value for a generic privacy choice; empty with `problem` filled when
    // the platform (or, on TikTok, this creator) does not offer it.
    static QString mapPrivacy(Platform platform, const QString &generic, const QStringList &tiktokOptions,
                              PostProblem *problem);

private:
    struct Pending;
    void fetchCreatorInfo(const std::shared_ptr<Pending> &pending, int index);
    void finish(const std::shared_ptr<Pending> &pending);

    Database &m_database;
    AccountTokens &m_tokens;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace travelflow
