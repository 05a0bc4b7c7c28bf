#include "post_composer.h"

#include "accounts/account_tokens.h"
#include "common/caption_rules.h"
#include "common/platform_error.h"
#include "core/account.h"
#include "core/logging.h"
#include "core/post.h"
#include "publish_spec_builder.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"
#include "tiktok/tiktok_publisher.h"

#include <QJsonDocument>

#include <memory>

namespace travelflow {

struct PostComposer::Pending
{
    PostRequest request;
    QList<Account> accounts; // in request order
    QHash<qint64, TikTokCreatorInfo> creators; // TikTok account id -> what creator_info said
    qint64 videoDurationMs = 0;
    QList<PostProblem> problems;
    Done done;
};

CaptionRules::Platform PostComposer::rulesPlatform(Platform platform)
{
    switch (platform) {
    case Platform::TikTok: return CaptionRules::Platform::TikTok;
    case Platform::Instagram: return CaptionRules::Platform::Instagram;
    case Platform::YouTube: return CaptionRules::Platform::YouTube;
    }
    return CaptionRules::Platform::TikTok;
}

namespace {

PostProblem problemFor(const Account &account, const QString &field, const QString &rule,
                       const QString &message)
{
    return PostProblem{account.id, platformName(account.platform), field, rule, message};
}

bool isInbox(const QJsonObject &options)
{
    return options.value(QStringLiteral("mode")).toString() == QLatin1String("inbox");
}

bool flag(const QJsonObject &options, const char *key)
{
    return options.value(QLatin1String(key)).toBool();
}

// TikTok's own privacy levels, which the compose screen passes through as creator_info
// listed them.
const QStringList &tiktokLevels()
{
    static const QStringList levels{QStringLiteral("PUBLIC_TO_EVERYONE"),
                                    QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
                                    QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("SELF_ONLY")};
    return levels;
}

} // namespace

PostComposer::PostComposer(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                           EndpointTable endpoints, QObject *parent)
    : QObject(parent), m_database(database), m_tokens(tokens), m_nam(nam), m_endpoints(std::move(endpoints))
{ }

const QStringList &PostComposer::genericPrivacyValues()
{
    static const QStringList values{QStringLiteral("public"), QStringLiteral("unlisted"),
                                    QStringLiteral("friends"), QStringLiteral("private")};
    return values;
}

QString PostComposer::mapPrivacy(Platform platform, const QString &generic, const QStringList &tiktokOptions,
                                 PostProblem *problem)
{
    const auto refuse = [&](const QString &rule, const QString &message) -> QString {
        problem->field = QStringLiteral("privacy");
        problem->rule = rule;
        problem->message = message;
        return {};
    };
    switch (platform) {
    case Platform::TikTok: {
        if (generic.isEmpty())
            return {}; // CaptionRules reports the missing explicit choice TikTok requires
        static const QHash<QString, QString> tiktok{
            {QStringLiteral("public"), QStringLiteral("PUBLIC_TO_EVERYONE")},
            {QStringLiteral("friends"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS")},
            {QStringLiteral("private"), QStringLiteral("SELF_ONLY")}};
        QString value = tiktokLevels().contains(generic) ? generic : tiktok.value(generic);
        if (value.isEmpty())
            return refuse(QStringLiteral("tiktok.privacy.unsupported"),
                          tr("TikTok has no \"%1\" videos; choose public, friends or private.").arg(generic));
        if (!tiktokOptions.contains(value))
            return refuse(QStringLiteral("tiktok.privacy.not_offered"),
                          tr("This TikTok account does not offer \"%1\" (%2) right now; it offers: %3.")
                              .arg(generic, value, tiktokOptions.join(QStringLiteral(", "))));
        return value;
    }
    case Platform::YouTube:
        if (generic.isEmpty() || generic == QLatin1String("friends"))
            return generic.isEmpty()
                ? QStringLiteral("private")
                : refuse(QStringLiteral("youtube.privacy.unsupported"),
                         tr("YouTube has no \"friends\" videos; choose public, unlisted or "
                            "private."));
        return generic;
    case Platform::Instagram:
        if (generic.isEmpty() || generic == QLatin1String("public"))
            return {};
        return refuse(QStringLiteral("instagram.privacy.unsupported"),
                      tr("Instagram Reels are seen by the account's audience; \"%1\" is not available. Leave "
                         "privacy out or choose public.")
                          .arg(generic));
    }
    return {};
}

PostVariant PostRequest::variantFor(qint64 accountId) const
{
    for (const PostVariant &variant : variants) {
        if (variant.accountId == accountId)
            return variant;
    }
    return PostVariant{accountId, caption, title, tags, privacy, options};
}

QList<PostProblem> PostComposer::checkTarget(qint64 accountId, Platform platform, const PostVariant &variant,
                                             const QDateTime &at, qint64 videoDurationMs,
                                             const TikTokCreatorInfo *creator, const QDateTime &now,
                                             PostTarget *target)
{
    QList<PostProblem> problems;
    const QString platformId = platformName(platform);
    PostTarget t;
    t.accountId = accountId;
    t.platform = platform;
    t.title = variant.title;
    t.caption = variant.caption;
    t.tags = variant.tags;
    t.optionsJson = QString::fromUtf8(QJsonDocument(variant.options).toJson(QJsonDocument::Compact));
    t.scheduledAt = at;
    PostProblem problem{accountId, platformId, {}, {}, {}};
    t.privacy = mapPrivacy(platform, variant.privacy, creator ? creator->privacyLevelOptions : QStringList(),
                           &problem);
    if (!problem.rule.isEmpty())
        problems.append(problem);

    CaptionDraft draft;
    draft.title = t.title;
    draft.caption = t.caption;
    draft.tags = t.tags;
    draft.privacy = t.privacy;
    if (PublishSpecBuilder::usesNativeSchedule(t)) {
        draft.publishAt = t.scheduledAt;
        draft.privacy = QStringLiteral("private");
    }
    const bool inbox = isInbox(variant.options);
    for (const CaptionViolation &v :
         CaptionRules::validate(PostComposer::rulesPlatform(platform), draft, now)) {
        if (inbox && v.field == QLatin1String("privacy"))
            continue; // drafts get their privacy in the TikTok app
        if (problem.rule == v.rule || (v.field == QLatin1String("privacy") && !problem.rule.isEmpty()))
            continue; // already said
        problems.append(PostProblem{accountId, platformId, v.field, v.rule, v.message});
    }

    if (platform == Platform::TikTok && !inbox) {
        const QJsonObject &o = variant.options;
        if (flag(o, kBrandContent) && t.privacy == QLatin1String("SELF_ONLY"))
            problems.append(PostProblem{accountId, platformId, QStringLiteral("privacy"),
                                        QStringLiteral("tiktok.branded_content.not_private"),
                                        tr("Branded content visibility cannot be set to private. Choose "
                                           "who else can see it, or turn off Branded content.")});
        if (flag(o, kContentDisclosure) && !flag(o, kBrandOrganic) && !flag(o, kBrandContent))
            problems.append(PostProblem{accountId, platformId, QStringLiteral("disclosure"),
                                        QStringLiteral("tiktok.disclosure.unspecified"),
                                        tr("You need to indicate if your content promotes yourself, a third "
                                           "party, or both.")});
        if (creator && creator->maxVideoPostDurationSec > 0
            && videoDurationMs > qint64{creator->maxVideoPostDurationSec} * 1000)
            problems.append(PostProblem{
                accountId, platformId, QStringLiteral("video"), QStringLiteral("tiktok.video.max_duration"),
                tr("The video is %1 s long; this TikTok account can post videos up to %2 s. Trim the video "
                   "or pick a shorter one.")
                    .arg((videoDurationMs + 999) / 1000)
                    .arg(creator->maxVideoPostDurationSec)});
    }
    if (target)
        *target = t;
    return problems;
}

QString PostComposer::tiktokDisclosureNotice(const QJsonObject &options)
{
    if (!flag(options, kContentDisclosure))
        return {};
    if (flag(options, kBrandContent))
        return tr("Your video will be labeled as \"Paid partnership\".");
    if (flag(options, kBrandOrganic))
        return tr("Your video will be labeled as \"Promotional content\".");
    return tr("You need to indicate if your content promotes yourself, a third party, or both.");
}

QString PostComposer::tiktokConsentSentence(const QJsonObject &options)
{
    if (flag(options, kContentDisclosure) && flag(options, kBrandContent))
        return tr("By posting, you agree to TikTok's Branded Content Policy and Music Usage Confirmation.");
    return tr("By posting, you agree to TikTok's Music Usage Confirmation.");
}

QString PostComposer::tiktokPrivacyLabel(const QString &level)
{
    if (level == QLatin1String("PUBLIC_TO_EVERYONE"))
        return tr("Everyone");
    if (level == QLatin1String("MUTUAL_FOLLOW_FRIENDS"))
        return tr("Friends (followers you follow back)");
    if (level == QLatin1String("FOLLOWER_OF_CREATOR"))
        return tr("Followers");
    if (level == QLatin1String("SELF_ONLY"))
        return tr("Only me");
    return level;
}

void PostComposer::enqueue(const PostRequest &request, const Done &done)
{
    const QSqlDatabase db = m_database.connection();
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->done = done;

    auto video = VideoRepository(db).get(request.videoId);
    if (!video)
        return done(video.error());
    if (!*video) {
        return done(Error::make(
            Error::Kind::NotFound, QStringLiteral("video_not_found"),
            tr("There is no video %1 in the library. \"videos list\" shows the ids.").arg(request.videoId)));
    }
    pending->videoDurationMs = (*video)->durationMs;
    if (request.accountIds.isEmpty()) {
        return done(
            Error::make(Error::Kind::Usage, QStringLiteral("no_accounts"),
                        tr("Name at least one account to publish to (\"accounts list\" shows the ids).")));
    }
    if (!request.privacy.isEmpty() && !genericPrivacyValues().contains(request.privacy)) {
        return done(
            Error::make(Error::Kind::Usage, QStringLiteral("bad_privacy"),
                        tr("Unknown privacy \"%1\"; use one of: %2.")
                            .arg(request.privacy, genericPrivacyValues().join(QStringLiteral(", ")))));
    }
    for (const qint64 id : request.accountIds) {
        auto account = AccountRepository(db).get(id);
        if (!account)
            return done(account.error());
        if (!*account) {
            return done(Error::make(Error::Kind::NotFound, QStringLiteral("account_not_found"),
                                    tr("There is no account %1. \"accounts list\" shows the ids.").arg(id)));
        }
        if (std::any_of(pending->accounts.cbegin(), pending->accounts.cend(),
                        [id](const Account &a) { return a.id == id; })) {
            return done(
                Error::make(Error::Kind::Usage, QStringLiteral("duplicate_account"),
                            tr("Account %1 is named twice; a post goes to each account once.").arg(id)));
        }
        pending->accounts.append(**account);
    }
    fetchCreatorInfo(pending, 0);
}

// TikTok's privacy choices depend on the creator (and change): ask for each TikTok account.
void PostComposer::fetchCreatorInfo(const std::shared_ptr<Pending> &pending, int index)
{
    while (index < pending->accounts.size() && pending->accounts.at(index).platform != Platform::TikTok)
        ++index;
    if (index >= pending->accounts.size())
        return finish(pending);
    const Account account = pending->accounts.at(index);
    const PostVariant variant = pending->request.variantFor(account.id);
    if (variant.privacy.isEmpty() || isInbox(variant.options))
        return fetchCreatorInfo(pending, index + 1); // nothing to check against
    m_tokens.get(account.id, this, [this, pending, index, account](const Expected<OAuthTokens> &tokens) {
        if (!tokens) {
            pending->problems.append(problemFor(account, QStringLiteral("account"),
                                                QStringLiteral("account.tokens"), tokens.error().message));
            return fetchCreatorInfo(pending, index + 1);
        }
        auto publisher = std::make_shared<TikTokPublisher>(m_nam, m_endpoints);
        publisher->creatorInfo(
            *tokens, this,
            [this, pending, index, account, publisher](const PlatformOutcome<TikTokCreatorInfo> &info) {
                if (info.ok()) {
                    pending->creators.insert(account.id, *info.value);
                } else {
                    pending->problems.append(
                        problemFor(account, QStringLiteral("privacy"), QStringLiteral("tiktok.creator_info"),
                                   tr("TikTok did not say which privacy choices this account has: %1")
                                       .arg(info.error->message)));
                }
                fetchCreatorInfo(pending, index + 1);
            });
    });
}

void PostComposer::finish(const std::shared_ptr<Pending> &pending)
{
    const PostRequest &request = pending->request;
    const QDateTime now = m_clock();
    if (request.at.isValid() && request.at <= now) {
        return pending->done(Error::make(Error::Kind::Validation, QStringLiteral("schedule.in_past"),
                                         tr("The scheduled time %1 has already passed. Pick a later time, or "
                                            "leave it out to publish now.")
                                             .arg(request.at.toString(Qt::ISODate))));
    }

    Post post;
    post.videoId = request.videoId;
    for (const Account &account : pending->accounts) {
        PostTarget target;
        const auto creator = pending->creators.constFind(account.id);
        pending->problems.append(checkTarget(account.id, account.platform, request.variantFor(account.id),
                                             request.at, pending->videoDurationMs,
                                             creator == pending->creators.cend() ? nullptr : &*creator, now,
                                             &target));
        target.scheduleTimeZone = request.timeZone;
        post.targets.append(target);
    }
    if (!pending->problems.isEmpty()) {
        PostComposition result;
        result.problems = pending->problems;
        return pending->done(result);
    }

    PostComposition result;
    const QSqlDatabase db = m_database.connection();
    auto postId = PostRepository(db).create(post, [&](qint64, const QList<qint64> &targetIds) -> Status {
        PublishJobRepository jobs(db);
        for (int i = 0; i < targetIds.size(); ++i) {
            auto jobId = jobs.create(targetIds.at(i));
            if (!jobId)
                return jobId.error();
            const PostTarget &target = post.targets.at(i);
            if (PublishSpecBuilder::waitsInQueue(target, now)) {
                auto job = jobs.get(*jobId);
                if (!job || !*job)
                    return job ? Error::make(Error::Kind::Internal, QStringLiteral("job_vanished"), QString())
                               : job.error();
                PublishJob scheduled = **job;
                scheduled.nextAttemptAt = target.scheduledAt; // the queue starts it when due
                if (Status saved = jobs.save(scheduled); !saved)
                    return saved;
            }
            result.jobIds.append(*jobId);
        }
        return {};
    });
    if (!postId)
        return pending->done(postId.error());
    result.postId = *postId;
    qCInfo(lcPublishing) << "post" << result.postId << "queued as jobs" << result.jobIds;
    pending->done(result);
}

} // namespace travelflow
