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
    QHash<qint64, QStringList> tiktokPrivacyOptions; // account id -> what the creator may choose
    QList<PostProblem> problems;
    Done done;
};

namespace {

CaptionRules::Platform rulesPlatform(Platform platform)
{
    switch (platform) {
    case Platform::TikTok: return CaptionRules::Platform::TikTok;
    case Platform::Instagram: return CaptionRules::Platform::Instagram;
    case Platform::YouTube: return CaptionRules::Platform::YouTube;
    }
    return CaptionRules::Platform::TikTok;
}

PostProblem problemFor(const Account &account, const QString &field, const QString &rule,
                       const QString &message)
{
    return PostProblem{account.id, platformName(account.platform), field, rule, message};
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
        QString value = tiktok.value(generic);
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
    if (pending->request.privacy.isEmpty()
        || pending->request.options.value(QStringLiteral("mode")).toString() == QLatin1String("inbox"))
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
                    pending->tiktokPrivacyOptions.insert(account.id, info.value->privacyLevelOptions);
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
        target.accountId = account.id;
        target.platform = account.platform;
        target.title = request.title;
        target.caption = request.caption;
        target.tags = request.tags;
        target.optionsJson = QString::fromUtf8(QJsonDocument(request.options).toJson(QJsonDocument::Compact));
        target.scheduledAt = request.at;
        target.scheduleTimeZone = request.timeZone;
        PostProblem problem = problemFor(account, {}, {}, {});
        target.privacy = mapPrivacy(account.platform, request.privacy,
                                    pending->tiktokPrivacyOptions.value(account.id), &problem);
        if (!problem.rule.isEmpty())
            pending->problems.append(problem);

        CaptionDraft draft;
        draft.title = target.title;
        draft.caption = target.caption;
        draft.tags = target.tags;
        draft.privacy = target.privacy;
        if (PublishSpecBuilder::usesNativeSchedule(target)) {
            draft.publishAt = target.scheduledAt;
            draft.privacy = QStringLiteral("private");
        }
        const bool inbox = request.options.value(QStringLiteral("mode")).toString() == QLatin1String("inbox");
        for (const CaptionViolation &v :
             CaptionRules::validate(rulesPlatform(account.platform), draft, now)) {
            if (inbox && v.field == QLatin1String("privacy"))
                continue; // drafts get their privacy in the TikTok app
            if (problem.rule == v.rule || (v.field == QLatin1String("privacy") && !problem.rule.isEmpty()))
                continue; // already said
            pending->problems.append(problemFor(account, v.field, v.rule, v.message));
        }
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
