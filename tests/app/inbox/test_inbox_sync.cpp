// InboxSync against the simulator over real HTTP, with SQLite and the real Secret Service:
// many pages of YouTube and Instagram comments into the inbox with none twice, a repeated
// sync that adds nothing, new comments picked up incrementally, a quota or a server error
// mid-listing that keeps what was stored and resumes from where it stopped, text in any
// script stored exactly and found by full-text search, TikTok's counts-only answer, lead
// verdicts with newLead, and an expired token refreshed once (a failed refresh is an error).

#include "accounts/account_tokens.h"
#include "audience_script.h"
#include "inbox/inbox_sync.h"
#include "instagram_simulator.h"
#include "leads/lead_classifier.h"
#include "sandbox_server.h"
#include "secrets/secret_store.h"
#include "storage/database.h"
#include "storage/inbox_state_repository.h"
#include "storage/interaction_repository.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_posts.h"
#include "support/sandbox_world.h"
#include "support/test_env.h"
#include "youtube/youtube_inbox.h"
#include "youtube_simulator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <chrono>

using namespace travelflow;
using namespace travelflow::sandbox;
using namespace std::chrono_literals;

namespace {

const QString kMixedText = QStringLiteral("Привет 👋 مرحبا שלום");

FaultRule fault(FaultRule::Action action, const QString &endpoint, int skip = 0, int status = 503)
{
    FaultRule r;
    r.action = action;
    r.endpoint = endpoint;
    r.skip = skip;
    r.status = status;
    return r;
}

// An adapter that answers from a script: no posts, and conversation pages by token.
class ScriptedInbox : public PlatformInbox
{
public:
    struct Script
    {
        QHash<QString, RemotePage> conversations; // page token -> page
        QStringList requested; // page tokens asked for
    };

    explicit ScriptedInbox(std::shared_ptr<Script> script) : m_script(std::move(script)) { }

    bool providesText() const override { return true; }
    void listPosts(const QString &, const OAuthTokens &, QObject *context, PostsCallback done) override
    {
        QTimer::singleShot(0, context, [done] { done(PlatformOutcome<RemotePostPage>::success({})); });
    }
    void list(const InboxCursor &cursor, const OAuthTokens &, QObject *context, PageCallback done) override
    {
        m_script->requested.append(cursor.pageToken);
        const RemotePage page = m_script->conversations.value(cursor.pageToken);
        QTimer::singleShot(0, context, [done, page] { done(PlatformOutcome<RemotePage>::success(page)); });
    }
    void reply(const RemoteItem &, const QString &, const OAuthTokens &, QObject *context,
               ReplyCallback done) override
    {
        QTimer::singleShot(0, context, [done] { done(PlatformOutcome<RemoteReply>::failure({})); });
    }
    void privateReply(const RemoteItem &, const QString &, const OAuthTokens &, QObject *context,
                      ReplyCallback done) override
    {
        QTimer::singleShot(0, context, [done] { done(PlatformOutcome<RemoteReply>::failure({})); });
    }

private:
    std::shared_ptr<Script> m_script;
};

RemoteItem message(const QString &thread, const QString &id, const QDateTime &at, const QString &text)
{
    RemoteItem m;
    m.kind = RemoteItem::Kind::Message;
    m.threadId = thread;
    m.remoteId = id;
    m.authorId = QStringLiteral("igsid-") + thread;
    m.authorName = thread;
    m.text = text;
    m.createdAt = at;
    m.canReply = false;
    return m;
}

} // namespace

class TestInboxSync : public QObject
{
    Q_OBJECT

    test::SandboxWorld m_world;
    YouTubeSimulator *m_youtube = nullptr;
    InstagramSimulator *m_instagram = nullptr;
    SecretStore m_secrets;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AccountTokens> m_tokens;
    QMap<QString, qint64> m_accounts; // platform name -> account id
    QString m_file;

    struct SyncResult
    {
        InboxSyncReport report;
        QList<qint64> newLeads; // what newLead announced
        bool finished = false;
    };

    SyncResult sync(const QString &platform)
    {
        InboxSync sync(m_world.database(), *m_tokens, &m_nam, m_world.endpoints());
        SyncResult out;
        connect(&sync, &InboxSync::newLead, this, [&out](qint64 id) { out.newLeads.append(id); });
        sync.syncAccount(m_accounts.value(platform), [&out](const InboxSyncReport &r) {
            out.report = r;
            out.finished = true;
        });
        if (!QTest::qWaitFor([&] { return out.finished; }, 30000))
            qWarning("the sync did not finish in 30 s");
        return out;
    }

    std::optional<OAuthTokens> tokens(const QString &platform)
    {
        return test::accountTokens(*m_tokens, m_accounts.value(platform));
    }

    QString uploadVideo(const QString &title)
    {
        const auto t = tokens(QStringLiteral("youtube"));
        return t ? test::uploadYouTubeVideo(&m_nam, m_world.endpoints(), *t, m_file, title) : QString();
    }

    QString publishMedia(const QString &caption)
    {
        const auto t = tokens(QStringLiteral("instagram"));
        return t ? test::publishInstagramMedia(m_world.server(), &m_nam, m_world.endpoints(),
                                               InstagramSimulator::igUserId(), *t, m_file, caption)
                 : QString();
    }

    QJsonArray world(const QString &platform, const QString &key) const
    {
        return m_world.server().world().value(platform).toObject().value(key).toArray();
    }

    // Ids of the simulator's comments and replies (YouTube: the whole channel; Instagram:
    // every media).
    QSet<QString> worldCommentIds(const QString &platform) const
    {
        QSet<QString> ids;
        for (const auto &v : world(platform, QStringLiteral("comments")))
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    // The remote ids of the account's stored comments and replies; `rows` counts them all,
    // so an item stored twice (even under two kinds) shows as rows > ids.size().
    QSet<QString> storedCommentIds(const QString &platform, int *rows = nullptr)
    {
        QSqlQuery q(m_world.database().connection());
        q.prepare(QStringLiteral(
            "SELECT remote_id FROM interactions WHERE account_id = ? AND kind IN ('comment', 'reply')"));
        q.addBindValue(m_accounts.value(platform));
        q.exec();
        QSet<QString> ids;
        int n = 0;
        while (q.next()) {
            ids.insert(q.value(0).toString());
            ++n;
        }
        if (rows)
            *rows = n;
        return ids;
    }

    qint64 storedCount(const QString &platform)
    {
        InteractionFilter f;
        f.accountId = m_accounts.value(platform);
        const auto n = InteractionRepository(m_world.database().connection()).count(f);
        return n ? *n : -1;
    }

    // Stored exactly the simulator's comments: everything there before the sync, nothing
    // the simulator does not have (its audience may add one while the test looks), none twice.
    void verifyInboxMatchesWorld(const QString &platform, const QSet<QString> &before)
    {
        int rows = 0;
        const QSet<QString> stored = storedCommentIds(platform, &rows);
        const QSet<QString> after = worldCommentIds(platform);
        QCOMPARE(rows, stored.size());
        QVERIFY2(stored.contains(before),
                 qPrintable(QStringLiteral("%1 of %2 missing")
                                .arg(QSet(before).subtract(stored).size())
                                .arg(before.size())));
        QVERIFY(after.contains(stored));
    }

    // A sync of an inbox that is up to date: it stores nothing it had (no row twice, under
    // any kind) and nothing more than what the simulator's audience may have written in
    // the meantime (one line per post every ten simulated minutes: rarely any).
    SyncResult syncAddsOnlyNew(const QString &platform)
    {
        const QSet<QString> storedBefore = storedCommentIds(platform);
        const qint64 countBefore = storedCount(platform);
        SyncResult r = sync(platform);
        [&] {
            QVERIFY(r.finished);
            QVERIFY2(!r.report.error, r.report.error ? qPrintable(r.report.error->message) : "");
            int rows = 0;
            const QSet<QString> storedAfter = storedCommentIds(platform, &rows);
            QCOMPARE(rows, storedAfter.size());
            QVERIFY(storedAfter.contains(storedBefore));
            QCOMPARE(r.report.added, static_cast<int>(storedCount(platform) - countBefore));
            QVERIFY2(r.report.added <= 2, qPrintable(QString::number(r.report.added)));
            QVERIFY(r.newLeads.size() <= r.report.added);
        }();
        return r;
    }

    QStringList resumeTokens(const QString &platform, const QString &scope, const QString &remoteId)
    {
        const auto tokens = InboxStateRepository(m_world.database().connection())
                                .resumeTokens(m_accounts.value(platform), scope, remoteId);
        return tokens ? *tokens : QStringList{QStringLiteral("<error>")};
    }

    // Synthetic comments are dated up to a few minutes back: the inbox catches up and the
    // clock goes on past what it stored, so that comments added next are the newest of the
    // channel (as new comments always are).
    void catchUpAndMoveTheClockOn()
    {
        const SyncResult r = sync(QStringLiteral("youtube"));
        QVERIFY2(r.finished && !r.report.error, r.report.error ? qPrintable(r.report.error->message) : "");
        m_world.server().clock().advance(5min);
    }

    // The channel's top-level comments the inbox does not have yet, newest first.
    QStringList unstoredThreadsNewestFirst()
    {
        const QSet<QString> stored = storedCommentIds(QStringLiteral("youtube"));
        QList<QPair<QString, QString>> fresh; // (published_at, id)
        for (const auto &v : world(QStringLiteral("youtube"), QStringLiteral("comments"))) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("id")).toString();
            if (c.value(QStringLiteral("parent_id")).toString().isEmpty() && !stored.contains(id))
                fresh.append({c.value(QStringLiteral("published_at")).toString(), id});
        }
        std::sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList ids;
        for (const auto &[at, id] : std::as_const(fresh))
            ids.append(id);
        return ids;
    }

    // A new video with `count` new comments, the newest of the channel, and what the
    // channel holds before the next sync.
    struct FreshThreads
    {
        QStringList newestFirst; // the threads the inbox does not have yet
        QSet<QString> world; // every comment and reply of the channel
    };
    FreshThreads addFreshThreads(const QString &videoTitle, int count)
    {
        const QString video = uploadVideo(videoTitle);
        if (video.isEmpty())
            return {};
        catchUpAndMoveTheClockOn();
        m_youtube->addComments(video, count);
        return {unstoredThreadsNewestFirst(), worldCommentIds(QStringLiteral("youtube"))};
    }

    qsizetype threadListRequests()
    {
        return m_world.server()
            .recorder()
            .forEndpoint(QStringLiteral("youtube.api.commentThreads.list"))
            .size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<PlatformError>>();
        m_youtube = static_cast<YouTubeSimulator *>(m_world.server().platform(QStringLiteral("youtube")));
        m_instagram
            = static_cast<InstagramSimulator *>(m_world.server().platform(QStringLiteral("instagram")));
        QVERIFY(m_youtube && m_instagram);
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));

        m_tokens
            = std::make_unique<AccountTokens>(m_world.database(), m_secrets, &m_nam, m_world.endpoints());
        m_tokens->setClock([this] { return m_world.server().clock().now(); });
        for (const QString &platform :
             {QStringLiteral("tiktok"), QStringLiteral("instagram"), QStringLiteral("youtube")}) {
            const auto account = test::connectSandboxAccount(
                m_world.database(), m_secrets, &m_nam, m_world.endpoints(), *platformFromName(platform));
            QVERIFY2(account, qPrintable(platform));
            m_accounts.insert(platform, account->id);
        }

        m_file = m_world.filePath(QStringLiteral("clip.mp4"));
        QFile clip(m_file);
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write(QByteArray(64 * 1024, 'v'));
    }

    void init() { m_world.server().faults().clear(); }

    void tiktokGivesCountsOnly()
    {
        const auto tiktokCalls = m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api")).size();
        const SyncResult r = sync(QStringLiteral("tiktok"));
        QVERIFY(r.finished);
        QVERIFY(!r.report.error);
        QVERIFY(!r.report.textAvailable);
        QVERIFY(r.report.note.contains(QLatin1String("TikTok")));
        QCOMPARE(r.report.platform, QStringLiteral("tiktok"));
        QCOMPARE(r.report.added, 0);
        QCOMPARE(r.report.fetched, 0);
        QCOMPARE(storedCount(QStringLiteral("tiktok")), 0);
        QCOMPARE(m_world.server().recorder().forEndpoint(QStringLiteral("tiktok.api")).size(), tiktokCalls);
    }

    void youtubePagesIncrementallyWithoutDuplicates()
    {
        const QString video = uploadVideo(QStringLiteral("Busy video"));
        QVERIFY(!video.isEmpty());
        m_youtube->addComments(video, 250);
        const QSet<QString> before = worldCommentIds(QStringLiteral("youtube"));
        QVERIFY(before.size() >= 250);

        const SyncResult first = sync(QStringLiteral("youtube"));
        QVERIFY(first.finished);
        QVERIFY2(!first.report.error, first.report.error ? qPrintable(first.report.error->message) : "");
        QVERIFY(first.report.textAvailable);
        QCOMPARE(first.report.platform, QStringLiteral("youtube"));
        QVERIFY(first.report.fetched >= before.size());
        QCOMPARE(first.report.added, static_cast<int>(storedCommentIds(QStringLiteral("youtube")).size()));
        QVERIFY(first.report.quotaUnits >= 3); // three pages at least
        verifyInboxMatchesWorld(QStringLiteral("youtube"), before);
        // The quota the sync spent is counted for the user (per Pacific day).
        const QDate day = QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles")))
                              .date();
        const auto units = InboxStateRepository(m_world.database().connection())
                               .quotaUnits(m_accounts.value(QStringLiteral("youtube")), day);
        QVERIFY(units && *units >= first.report.quotaUnits);

        // Again: the first page shows nothing is new.
        const SyncResult again = syncAddsOnlyNew(QStringLiteral("youtube"));
        QVERIFY(!again.report.error);
        QVERIFY2(again.report.fetched <= 110, qPrintable(QString::number(again.report.fetched)));

        // New comments come at the top: one page brings them.
        m_world.server().clock().advance(10min);
        m_youtube->addComments(video, 7);
        const QSet<QString> more = worldCommentIds(QStringLiteral("youtube"));
        const SyncResult third = sync(QStringLiteral("youtube"));
        QVERIFY(!third.report.error);
        QVERIFY(third.report.added >= 7);
        QVERIFY2(third.report.fetched * 2 < first.report.fetched,
                 qPrintable(QStringLiteral("%1 vs %2").arg(third.report.fetched).arg(first.report.fetched)));
        verifyInboxMatchesWorld(QStringLiteral("youtube"), more);
        QVERIFY(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).isEmpty());
    }

    void youtubeQuotaMidSyncResumes()
    {
        m_world.server().clock().advance(10min); // the new comments are the newest of the channel
        const QString video = uploadVideo(QStringLiteral("Quota video"));
        QVERIFY(!video.isEmpty());
        m_youtube->addComments(video, 250);
        const QSet<QString> before = worldCommentIds(QStringLiteral("youtube"));
        const QSet<QString> storedBefore = storedCommentIds(QStringLiteral("youtube"));

        m_world.server().faults().add(
            fault(FaultRule::Action::QuotaExhausted, QStringLiteral("youtube.api.commentThreads.list"), 1));
        const SyncResult cut = sync(QStringLiteral("youtube"));
        QVERIFY(cut.finished);
        QVERIFY(cut.report.error);
        QCOMPARE(cut.report.error->kind, PlatformError::Kind::QuotaExhausted);
        QVERIFY(cut.report.error->until.isValid());
        // The first page is kept, the rest is not there yet, and where to go on is known.
        QVERIFY(cut.report.added >= 100);
        const QSet<QString> partial = storedCommentIds(QStringLiteral("youtube"));
        QCOMPARE(partial.size(), storedBefore.size() + cut.report.added);
        QVERIFY(!partial.contains(before));
        QCOMPARE(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).size(), 1);

        const SyncResult resumed = sync(QStringLiteral("youtube"));
        QVERIFY2(!resumed.report.error,
                 resumed.report.error ? qPrintable(resumed.report.error->message) : "");
        QVERIFY(resumed.report.added >= 150);
        verifyInboxMatchesWorld(QStringLiteral("youtube"), before);
        QVERIFY(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).isEmpty());

        // Interrupted twice: in the newest part, then again while resuming.
        m_world.server().clock().advance(10min);
        m_youtube->addComments(video, 230);
        const QSet<QString> twice = worldCommentIds(QStringLiteral("youtube"));
        m_world.server().faults().add(
            fault(FaultRule::Action::Status, QStringLiteral("youtube.api.commentThreads.list"), 1, 500));
        QVERIFY(sync(QStringLiteral("youtube")).report.error);
        QCOMPARE(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).size(), 1);
        m_world.server().faults().add(
            fault(FaultRule::Action::Status, QStringLiteral("youtube.api.commentThreads.list"), 1, 503));
        QVERIFY(sync(QStringLiteral("youtube")).report.error);
        QCOMPARE(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).size(), 1);
        const SyncResult last = sync(QStringLiteral("youtube"));
        QVERIFY2(!last.report.error, last.report.error ? qPrintable(last.report.error->message) : "");
        verifyInboxMatchesWorld(QStringLiteral("youtube"), twice);
        QVERIFY(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).isEmpty());
        syncAddsOnlyNew(QStringLiteral("youtube"));
    }

    void instagramPagesIncrementallyAndFindsLeads()
    {
        const QString media = publishMedia(QStringLiteral("Bosphorus at dusk"));
        QVERIFY(!media.isEmpty());
        m_instagram->addComments(media, 120);
        const QSet<QString> before = worldCommentIds(QStringLiteral("instagram"));
        QVERIFY(before.size() >= 120);

        const SyncResult first = sync(QStringLiteral("instagram"));
        QVERIFY(first.finished);
        QVERIFY2(!first.report.error, first.report.error ? qPrintable(first.report.error->message) : "");
        QVERIFY(first.report.fetched >= 120);
        QVERIFY(first.report.added >= 120);
        verifyInboxMatchesWorld(QStringLiteral("instagram"), before);

        // Every new item has a verdict; the audience's customers are found and announced.
        InteractionFilter all;
        all.accountId = m_accounts.value(QStringLiteral("instagram"));
        const auto items = InteractionRepository(m_world.database().connection()).find(all);
        QVERIFY(items);
        QSet<QString> leadLines;
        for (const AudienceLine &line : AudienceScript::comments()) {
            if (line.lead)
                leadLines.insert(line.text);
        }
        QSet<qint64> storedLeads;
        int audienceLeadsStored = 0;
        for (const Interaction &i : *items) {
            QVERIFY2(i.leadLabel != Interaction::LeadLabel::Unknown, qPrintable(i.text));
            if (i.leadLabel != Interaction::LeadLabel::Lead)
                continue;
            storedLeads.insert(i.id);
            QVERIFY(!i.leadReason.isEmpty());
            QVERIFY(i.leadScore > 0);
            if (leadLines.contains(i.text))
                ++audienceLeadsStored;
        }
        QVERIFY(audienceLeadsStored >= 1);
        QCOMPARE(first.report.leads, storedLeads.size());
        QCOMPARE(QSet<qint64>(first.newLeads.cbegin(), first.newLeads.cend()), storedLeads);
        QCOMPARE(first.newLeads.size(), storedLeads.size()); // each once

        syncAddsOnlyNew(QStringLiteral("instagram"));

        m_world.server().clock().advance(1min);
        m_instagram->addComments(media, 5);
        const QSet<QString> more = worldCommentIds(QStringLiteral("instagram"));
        const SyncResult third = sync(QStringLiteral("instagram"));
        QVERIFY(!third.report.error);
        QVERIFY(third.report.added >= 5);
        QVERIFY2(third.report.fetched * 2 < first.report.fetched,
                 qPrintable(QStringLiteral("%1 vs %2").arg(third.report.fetched).arg(first.report.fetched)));
        verifyInboxMatchesWorld(QStringLiteral("instagram"), more);
    }

    void instagramServerErrorMidSyncResumes()
    {
        const QString media = publishMedia(QStringLiteral("Cappadocia balloons"));
        QVERIFY(!media.isEmpty());
        m_instagram->addComments(media, 80);
        const QSet<QString> before = worldCommentIds(QStringLiteral("instagram"));

        // Page 1 of the new post goes through, page 2 fails.
        FaultRule rule = fault(FaultRule::Action::Status, QStringLiteral("instagram.graph.comments"), 1, 500);
        rule.path = QRegularExpression(QRegularExpression::escape(media));
        m_world.server().faults().add(rule);
        const SyncResult cut = sync(QStringLiteral("instagram"));
        QVERIFY(cut.report.error);
        QCOMPARE(cut.report.error->kind, PlatformError::Kind::Transient);
        QVERIFY(!storedCommentIds(QStringLiteral("instagram")).contains(before));
        QCOMPARE(resumeTokens(QStringLiteral("instagram"), QStringLiteral("comments"), media).size(), 1);

        const SyncResult resumed = sync(QStringLiteral("instagram"));
        QVERIFY2(!resumed.report.error,
                 resumed.report.error ? qPrintable(resumed.report.error->message) : "");
        verifyInboxMatchesWorld(QStringLiteral("instagram"), before);
        QVERIFY(resumeTokens(QStringLiteral("instagram"), QStringLiteral("comments"), media).isEmpty());
    }

    void anyScriptIsStoredExactlyAndSearchable()
    {
        // Replies written on the platforms themselves (not through TravelFlow) come in with
        // the sync, byte for byte.
        const auto ytTokens = tokens(QStringLiteral("youtube"));
        QVERIFY(ytTokens);
        YouTubeInbox youtube(&m_nam, m_world.endpoints());
        QSqlQuery q(m_world.database().connection());
        q.prepare(
            QStringLiteral("SELECT remote_id FROM interactions WHERE account_id = ? AND kind = 'comment' "
                           "AND from_owner = 0 ORDER BY created_at DESC LIMIT 1"));
        q.addBindValue(m_accounts.value(QStringLiteral("youtube")));
        QVERIFY(q.exec() && q.next());
        RemoteItem target;
        target.kind = RemoteItem::Kind::Comment;
        target.remoteId = q.value(0).toString();
        // An open statement keeps its connection's read snapshot (WAL): it would not see
        // what the sync's writer thread commits.
        q.finish();
        std::optional<PlatformOutcome<RemoteReply>> sent;
        youtube.reply(target, kMixedText, *ytTokens, this,
                      [&](const PlatformOutcome<RemoteReply> &r) { sent = r; });
        QVERIFY(QTest::qWaitFor([&] { return sent.has_value(); }, 15000));
        QVERIFY2(sent->ok(), sent->error ? qPrintable(sent->error->message) : "");

        QVERIFY(!sync(QStringLiteral("youtube")).report.error);
        const auto mine = InteractionRepository(m_world.database().connection())
                              .findRemote(m_accounts.value(QStringLiteral("youtube")),
                                          Interaction::Kind::Reply, sent->value->remoteId);
        QVERIFY(mine && *mine);
        QCOMPARE((*mine)->text.toUtf8(), kMixedText.toUtf8());
        QVERIFY((*mine)->fromOwner);
        QCOMPARE((*mine)->state, Interaction::State::Read); // our own words are not news
        QCOMPARE((*mine)->leadLabel, Interaction::LeadLabel::Not);

        // Full-text search in any case, any word of it, as a prefix.
        for (const QString &query :
             {QStringLiteral("привет"), QStringLiteral("ПРИВЕТ"), QStringLiteral("Прив"),
              QStringLiteral("مرحبا"), QStringLiteral("שלום привет"), kMixedText}) {
            InteractionFilter f;
            f.search = query;
            const auto found = InteractionRepository(m_world.database().connection()).find(f);
            QVERIFY2(found, qPrintable(query));
            const bool hit = std::any_of(found->cbegin(), found->cend(),
                                         [&](const Interaction &i) { return i.id == (*mine)->id; });
            QVERIFY2(hit, qPrintable(query));
            QVERIFY(std::all_of(found->cbegin(), found->cend(), [](const Interaction &i) {
                return i.text.contains(QStringLiteral("прив"), Qt::CaseInsensitive)
                    || i.authorName.contains(QStringLiteral("прив"), Qt::CaseInsensitive)
                    || i.text.contains(QStringLiteral("مرحبا"));
            }));
        }
        InteractionFilter none;
        none.search = QStringLiteral("приветствие"); // a longer word is no match
        const auto nothing = InteractionRepository(m_world.database().connection()).find(none);
        QVERIFY(nothing && nothing->isEmpty());
        // Search words are words, never FTS syntax.
        for (const QString &query :
             {QStringLiteral("\"unbalanced"), QStringLiteral("a OR b"), QStringLiteral("NEAR(x y)"),
              QStringLiteral("*"), QStringLiteral("text:hi"), QStringLiteral("-minus")}) {
            InteractionFilter f;
            f.search = query;
            QVERIFY2(InteractionRepository(m_world.database().connection()).find(f), qPrintable(query));
        }
        InteractionFilter synthetic;
        synthetic.search = QStringLiteral("комментарий");
        synthetic.accountId = m_accounts.value(QStringLiteral("youtube"));
        const auto russian = InteractionRepository(m_world.database().connection()).count(synthetic);
        QVERIFY(russian && *russian >= 100); // half of the synthetic comments, found case-insensitively
    }

    void threadWithManyRepliesIsReadInFull()
    {
        // YouTube includes five replies with a thread; the rest come from their own listing.
        m_world.server().clock().advance(10min);
        const QString video = uploadVideo(QStringLiteral("Replies video"));
        QVERIFY(!video.isEmpty());
        m_youtube->addComments(video, 1);
        QVERIFY(!sync(QStringLiteral("youtube")).report.error);
        QString top;
        for (const auto &v : world(QStringLiteral("youtube"), QStringLiteral("comments"))) {
            if (v.toObject().value(QStringLiteral("video_id")).toString() == video)
                top = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!top.isEmpty());
        const auto t = tokens(QStringLiteral("youtube"));
        QVERIFY(t);
        YouTubeInbox youtube(&m_nam, m_world.endpoints());
        RemoteItem comment;
        comment.remoteId = top;
        QStringList sent;
        for (int i = 0; i < 8; ++i) {
            std::optional<PlatformOutcome<RemoteReply>> r;
            youtube.reply(comment, QStringLiteral("Answer %1").arg(i), *t, this,
                          [&](const PlatformOutcome<RemoteReply> &o) { r = o; });
            QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 15000));
            QVERIFY(r->ok());
            sent.append(r->value->remoteId);
        }

        const SyncResult r = sync(QStringLiteral("youtube"));
        QVERIFY2(!r.report.error, r.report.error ? qPrintable(r.report.error->message) : "");
        const auto parent
            = InteractionRepository(m_world.database().connection())
                  .findRemote(m_accounts.value(QStringLiteral("youtube")), Interaction::Kind::Comment, top);
        QVERIFY(parent && *parent);
        for (const QString &id : std::as_const(sent)) {
            const auto reply
                = InteractionRepository(m_world.database().connection())
                      .findRemote(m_accounts.value(QStringLiteral("youtube")), Interaction::Kind::Reply, id);
            QVERIFY2(reply && *reply, qPrintable(id));
            QCOMPARE((*reply)->remoteParentId, top);
            QCOMPARE((*reply)->parentId, (*parent)->id);
            QCOMPARE((*reply)->remotePostId, video); // also for replies listed without their video
            QVERIFY((*reply)->permalink.contains(video));
            QVERIFY((*reply)->fromOwner);
        }
        const auto count = InteractionRepository(m_world.database().connection())
                               .countReplies(m_accounts.value(QStringLiteral("youtube")), top);
        QVERIFY(count);
        QCOMPARE(*count, 8);
        // Read in full: the next sync does not list them again.
        const int lists = static_cast<int>(
            m_world.server().recorder().forEndpoint(QStringLiteral("youtube.api.comments.list")).size());
        syncAddsOnlyNew(QStringLiteral("youtube"));
        QCOMPARE(
            static_cast<int>(
                m_world.server().recorder().forEndpoint(QStringLiteral("youtube.api.comments.list")).size()),
            lists);
    }

    void expiredTokenIsRefreshedOnceAndAFailedRefreshIsReported()
    {
        m_world.server().clock().advance(1min);
        const QString video = uploadVideo(QStringLiteral("Token video"));
        QVERIFY(!video.isEmpty());
        m_youtube->addComments(video, 3);
        // The token stops working mid-sync and the refresh fails: the sync says so.
        m_world.server().faults().add(
            fault(FaultRule::Action::TokenExpired, QStringLiteral("youtube.api.commentThreads.list")));
        m_world.server().faults().add(
            fault(FaultRule::Action::Status, QStringLiteral("youtube.token.token"), 0, 503));
        const SyncResult failed = sync(QStringLiteral("youtube"));
        QVERIFY(failed.finished);
        QVERIFY(failed.report.error);
        QCOMPARE(failed.report.added, 0);

        // With the token service back, one refresh and the same page again.
        const int refreshes = static_cast<int>(
            m_world.server().recorder().forEndpoint(QStringLiteral("youtube.token.token")).size());
        const SyncResult ok = sync(QStringLiteral("youtube"));
        QVERIFY2(!ok.report.error, ok.report.error ? qPrintable(ok.report.error->message) : "");
        QVERIFY(ok.report.added >= 3);
        QCOMPARE(static_cast<int>(
                     m_world.server().recorder().forEndpoint(QStringLiteral("youtube.token.token")).size()),
                 refreshes + 1);
    }

    void conversationsAreReadUntilOneIsUpToDate()
    {
        // Conversations come by their latest message, each with its newest messages, old
        // ones too: a known old message does not mean the next page has nothing new.
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
        auto script = std::make_shared<ScriptedInbox::Script>();
        RemotePage first;
        first.items
            = {message(QStringLiteral("A"), QStringLiteral("a1"), t0.addSecs(10), QStringLiteral("Hi")),
               message(QStringLiteral("A"), QStringLiteral("a0"), t0, QStringLiteral("Hello"))};
        first.nextPageToken = QStringLiteral("p2");
        RemotePage second;
        second.items
            = {message(QStringLiteral("B"), QStringLiteral("b0"), t0.addSecs(5), QStringLiteral("Prices?"))};
        second.nextPageToken = QStringLiteral("p3");
        RemotePage third;
        third.items
            = {message(QStringLiteral("C"), QStringLiteral("c0"), t0.addSecs(1), QStringLiteral("Dates?"))};
        script->conversations.insert(QString(), first);
        script->conversations.insert(QStringLiteral("p2"), second);
        script->conversations.insert(QStringLiteral("p3"), third);

        const auto run = [&] {
            InboxSync sync(m_world.database(), *m_tokens, &m_nam, m_world.endpoints());
            sync.setInboxFactory(
                [script](const Account &) { return std::make_unique<ScriptedInbox>(script); });
            std::optional<InboxSyncReport> report;
            sync.syncAccount(m_accounts.value(QStringLiteral("instagram")),
                             [&](const InboxSyncReport &r) { report = r; });
            if (!QTest::qWaitFor([&] { return report.has_value(); }, 10000))
                qWarning("the sync did not finish");
            return report.value_or(InboxSyncReport());
        };
        InboxSyncReport r = run();
        QVERIFY(!r.error);
        QCOMPARE(r.added, 4);
        QCOMPARE(script->requested, (QStringList{QString(), QStringLiteral("p2"), QStringLiteral("p3")}));

        // A new message in A only: A comes first with it, B's newest is known, so B and the
        // rest are older: the sync stops there.
        first.items.prepend(
            message(QStringLiteral("A"), QStringLiteral("a2"), t0.addSecs(20), QStringLiteral("Hey")));
        script->conversations.insert(QString(), first);
        script->requested.clear();
        r = run();
        QCOMPARE(r.added, 1);
        QCOMPARE(script->requested, (QStringList{QString(), QStringLiteral("p2")}));

        // New messages in A and in B (B still on page 2, as A's latest is newer).
        first.items.prepend(
            message(QStringLiteral("A"), QStringLiteral("a3"), t0.addSecs(40), QStringLiteral("?")));
        second.items.prepend(
            message(QStringLiteral("B"), QStringLiteral("b1"), t0.addSecs(30), QStringLiteral("Book")));
        script->conversations.insert(QString(), first);
        script->conversations.insert(QStringLiteral("p2"), second);
        script->requested.clear();
        r = run();
        QCOMPARE(r.added, 2);
        const auto b1 = InteractionRepository(m_world.database().connection())
                            .findRemote(m_accounts.value(QStringLiteral("instagram")),
                                        Interaction::Kind::Message, QStringLiteral("b1"));
        QVERIFY(b1 && *b1);
        QCOMPARE((*b1)->threadId, QStringLiteral("B"));
        QCOMPARE((*b1)->text, QStringLiteral("Book"));
    }

    // The next page is asked for while this one is stored, but only while the listing goes
    // on: a page that reaches stored comments never costs one page more.
    void youtubeReadsAheadOnlyWhileTheListingGoesOn()
    {
        const FreshThreads fresh = addFreshThreads(QStringLiteral("Read-ahead video"), 250);
        QVERIFY(fresh.newestFirst.size() >= 250);
        qsizetype asked = threadListRequests();
        const SyncResult first = sync(QStringLiteral("youtube"));
        QVERIFY2(!first.report.error, first.report.error ? qPrintable(first.report.error->message) : "");
        verifyInboxMatchesWorld(QStringLiteral("youtube"), fresh.world);
        // Pages of 100 threads until one reaches the stored ones: 100 + 100 new, then the rest.
        QCOMPARE(threadListRequests() - asked, fresh.newestFirst.size() / 100 + 1);

        asked = threadListRequests();
        QVERIFY(!sync(QStringLiteral("youtube")).report.error); // nothing new: one page tells
        QCOMPARE(threadListRequests() - asked, 1);

        const FreshThreads more = addFreshThreads(QStringLiteral("Read-ahead video 2"), 150);
        QVERIFY(more.newestFirst.size() >= 150);
        asked = threadListRequests();
        const SyncResult second = sync(QStringLiteral("youtube"));
        QVERIFY(!second.report.error);
        QCOMPARE(threadListRequests() - asked, more.newestFirst.size() / 100 + 1);
    }

    // A page the database refuses ends the sync with that reason; the pages before it stay,
    // none after it is stored (no gap the next sync would step over), and the next sync
    // continues at that page.
    void aPageThatCannotBeStoredEndsTheSyncAndTheNextContinues()
    {
        const FreshThreads added = addFreshThreads(QStringLiteral("Refused page video"), 250);
        const QStringList &fresh = added.newestFirst;
        QVERIFY(fresh.size() >= 250);
        const QSet<QString> storedBefore = storedCommentIds(QStringLiteral("youtube"));

        // The 151st newest thread sits on the second page of 100.
        QSqlQuery refuse(m_world.database().connection());
        QVERIFY2(
            refuse.exec(QStringLiteral("CREATE TRIGGER test_refuse_page BEFORE INSERT ON interactions WHEN "
                                       "NEW.remote_id = '%1' BEGIN SELECT RAISE(ABORT, 'the disk refused'); "
                                       "END")
                            .arg(fresh.at(150))),
            qPrintable(refuse.lastError().text()));

        const SyncResult cut = sync(QStringLiteral("youtube"));
        QVERIFY(cut.finished);
        QVERIFY(cut.report.error);
        QCOMPARE(cut.report.error->kind, PlatformError::Kind::Permanent);
        QVERIFY2(cut.report.error->message.contains(QLatin1String("the disk refused")),
                 qPrintable(cut.report.error->message));
        // The first page is stored and counted; nothing of the second or a later one.
        const QSet<QString> partial = storedCommentIds(QStringLiteral("youtube"));
        QCOMPARE(cut.report.added, static_cast<int>(partial.size() - storedBefore.size()));
        for (qsizetype k = 0; k < fresh.size(); ++k)
            QVERIFY2(partial.contains(fresh.at(k)) == (k < 100), qPrintable(QString::number(k)));
        QCOMPARE(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).size(), 1);

        QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER test_refuse_page")));
        const SyncResult resumed = sync(QStringLiteral("youtube"));
        QVERIFY2(!resumed.report.error,
                 resumed.report.error ? qPrintable(resumed.report.error->message) : "");
        verifyInboxMatchesWorld(QStringLiteral("youtube"), added.world);
        QVERIFY(resumeTokens(QStringLiteral("youtube"), QStringLiteral("comments"), QString()).isEmpty());
    }

    void unknownAccountIsAnError()
    {
        InboxSync sync(m_world.database(), *m_tokens, &m_nam, m_world.endpoints());
        std::optional<InboxSyncReport> report;
        sync.syncAccount(9999, [&](const InboxSyncReport &r) { report = r; });
        QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 5000));
        QVERIFY(report->error);
        QCOMPARE(report->error->kind, PlatformError::Kind::InvalidInput);
        QVERIFY(report->error->message.contains(QLatin1String("accounts list")));
    }
};

TRAVELFLOW_TEST_MAIN(TestInboxSync, QCoreApplication)
#include "test_inbox_sync.moc"
