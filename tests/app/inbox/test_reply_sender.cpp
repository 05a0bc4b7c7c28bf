// ReplySender against the simulator over real HTTP, with SQLite and the real Secret
// Service: what enqueue refuses, replies under injected faults (a server error, a dropped
// connection, an answer lost after the platform acted, a run that stopped while sending)
// that end on the platform exactly once, Instagram's one private reply per comment, a
// second reply with the same words that still goes out, and text in any script that
// round-trips byte for byte through the platform and the next sync.

#include "accounts/account_tokens.h"
#include "inbox/inbox_sync.h"
#include "inbox/reply_sender.h"
#include "instagram/instagram_inbox.h"
#include "instagram_simulator.h"
#include "sandbox_server.h"
#include "secrets/secret_store.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "storage/reply_outbox_repository.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_posts.h"
#include "support/sandbox_world.h"
#include "support/test_env.h"
#include "youtube/youtube_inbox.h"
#include "youtube_simulator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace travelflow;
using namespace travelflow::sandbox;
using namespace std::chrono_literals;
using State = OutgoingReply::State;

namespace {

const QString kMixedText = QStringLiteral("Привет 👋 مرحبا שלום");
const QString kYouTubeInsert = QStringLiteral("youtube.api.comments.insert");
const QString kInstagramReplies = QStringLiteral("instagram.graph.replies");
const QString kInstagramMessages = QStringLiteral("instagram.graph.messages.send");

FaultRule fault(FaultRule::Action action, const QString &endpoint, const QByteArray &method = {},
                int status = 500)
{
    FaultRule r;
    r.action = action;
    r.endpoint = endpoint;
    r.method = method;
    r.status = status;
    return r;
}

} // namespace

class TestReplySender : public QObject
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
    QSet<qint64> m_used; // inbox items a test has answered already

    QDateTime now() { return m_world.server().clock().now(); }

    std::unique_ptr<ReplySender> sender()
    {
        auto s = std::make_unique<ReplySender>(m_world.database(), *m_tokens, &m_nam, m_world.endpoints());
        s->setClock([this] { return now(); });
        s->setRetryPolicy(RetryPolicy(RetryPolicy::Config{4, 60, 120}));
        return s;
    }

    // Runs sendDue to its end; -1 when it never ended.
    int sendDue(ReplySender &s)
    {
        std::optional<int> sent;
        s.sendDue([&](int n) { sent = n; });
        if (!QTest::qWaitFor([&] { return sent.has_value(); }, 30000))
            return -1;
        return *sent;
    }

    // Waits out the retry delay (at most 2 min of the simulator's time with the policy above).
    void later() { m_world.server().clock().advance(3min); }

    OutgoingReply outbox(qint64 id)
    {
        auto r = ReplyOutboxRepository(m_world.database().connection()).get(id);
        return r && *r ? **r : OutgoingReply();
    }

    Interaction item(qint64 id)
    {
        auto i = InteractionRepository(m_world.database().connection()).get(id);
        return i && *i ? **i : Interaction();
    }

    InboxSyncReport sync(const QString &platform)
    {
        InboxSync sync(m_world.database(), *m_tokens, &m_nam, m_world.endpoints());
        std::optional<InboxSyncReport> out;
        sync.syncAccount(m_accounts.value(platform), [&out](const InboxSyncReport &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            qWarning("timed out");
        return out.value_or(InboxSyncReport());
    }

    // An audience comment (top level) of the platform not answered by an earlier test.
    qint64 freshComment(const QString &platform)
    {
        QSqlQuery q(m_world.database().connection());
        q.prepare(QStringLiteral("SELECT id FROM interactions WHERE account_id = ? AND kind = 'comment' AND "
                                 "from_owner = 0 ORDER BY created_at DESC, id DESC"));
        q.addBindValue(m_accounts.value(platform));
        q.exec();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!m_used.contains(id)) {
                m_used.insert(id);
                return id;
            }
        }
        return 0;
    }

    // The simulator's comments with this text under the comment `parentRemoteId`.
    QStringList worldReplies(const QString &platform, const QString &parentRemoteId,
                             const QString &text) const
    {
        QStringList ids;
        const QJsonArray comments
            = m_world.server().world().value(platform).toObject().value(QStringLiteral("comments")).toArray();
        for (const auto &v : comments) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("parent_id")).toString() == parentRemoteId
                && c.value(QStringLiteral("text")).toString() == text)
                ids.append(c.value(QStringLiteral("id")).toString());
        }
        return ids;
    }

    QJsonArray privateReplies(const QString &commentRemoteId) const
    {
        QJsonArray out;
        const QJsonArray all = m_world.server()
                                   .world()
                                   .value(QStringLiteral("instagram"))
                                   .toObject()
                                   .value(QStringLiteral("private_replies"))
                                   .toArray();
        for (const auto &v : all) {
            if (v.toObject().value(QStringLiteral("comment_id")).toString() == commentRemoteId)
                out.append(v);
        }
        return out;
    }

    int requests(const QString &endpoint, const QByteArray &method = {})
    {
        const auto all = m_world.server().recorder().forEndpoint(endpoint);
        return static_cast<int>(std::count_if(all.cbegin(), all.cend(), [&](const RecordedRequest &r) {
            return r.endpoint == endpoint && (method.isEmpty() || r.method == method);
        }));
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

    // Queues a reply and checks it was accepted.
    qint64 enqueue(ReplySender &s, qint64 itemId, const QString &text,
                   OutgoingReply::Kind kind = OutgoingReply::Kind::Public)
    {
        const auto id = s.enqueue(itemId, kind, text);
        if (!id)
            qWarning() << "enqueue refused:" << id.error().message;
        return id ? *id : 0;
    }

    // The first attempt fails with `rule` on the way; a later run sends it, once.
    void sentOnceAfter(const QString &platform, const FaultRule &rule, bool platformActed)
    {
        auto s = sender();
        const qint64 itemId = freshComment(platform);
        QVERIFY(itemId > 0);
        const Interaction target = item(itemId);
        const QString text
            = QStringLiteral("Thanks! Write to us (%1)").arg(FaultRule::actionName(rule.action));
        const qint64 id = enqueue(*s, itemId, text);
        QVERIFY(id > 0);
        QCOMPARE(outbox(id).state, State::Queued);

        const QString sendEndpoint
            = platform == QLatin1String("youtube") ? kYouTubeInsert : kInstagramReplies;
        const int posted = requests(sendEndpoint, "POST");
        m_world.server().faults().add(rule);
        QSignalSpy changed(s.get(), &ReplySender::replyChanged);
        QCOMPARE(sendDue(*s), 0);
        QCOMPARE(requests(sendEndpoint, "POST"), posted + 1);
        OutgoingReply r = outbox(id);
        QCOMPARE(r.state, State::Sending); // it may have gone out: the next attempt looks first
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.nextAttemptAt > now());
        QVERIFY(!r.lastErrorCode.isEmpty());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(worldReplies(platform, target.remoteId, text).size(), platformActed ? 1 : 0);
        QCOMPARE(item(itemId).state, Interaction::State::New);

        // Not yet due: nothing happens.
        QCOMPARE(sendDue(*s), 0);
        QCOMPARE(requests(sendEndpoint, "POST"), posted + 1);

        later();
        QCOMPARE(sendDue(*s), 1);
        r = outbox(id);
        QCOMPARE(r.state, State::Sent);
        const QStringList onPlatform = worldReplies(platform, target.remoteId, text);
        QCOMPARE(onPlatform.size(), 1); // exactly once
        QCOMPARE(r.remoteId, onPlatform.first());
        QCOMPARE(requests(sendEndpoint, "POST"), posted + (platformActed ? 1 : 2));
        QVERIFY(r.lastErrorCode.isEmpty());
        QCOMPARE(item(itemId).state, Interaction::State::Replied);
        const auto mine = InteractionRepository(m_world.database().connection())
                              .findRemote(target.accountId, Interaction::Kind::Reply, r.remoteId);
        QVERIFY(mine && *mine);
        QVERIFY((*mine)->fromOwner);
        QCOMPARE((*mine)->remoteParentId, target.remoteId);
        QCOMPARE((*mine)->text, text);

        // Done for good.
        QCOMPARE(sendDue(*s), 0);
        later();
        QCOMPARE(sendDue(*s), 0);
        QCOMPARE(worldReplies(platform, target.remoteId, text).size(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<PlatformError>>();
        qRegisterMetaType<OutgoingReply::State>();
        m_youtube = static_cast<YouTubeSimulator *>(m_world.server().platform(QStringLiteral("youtube")));
        m_instagram
            = static_cast<InstagramSimulator *>(m_world.server().platform(QStringLiteral("instagram")));
        QVERIFY(m_youtube && m_instagram);
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));

        m_tokens
            = std::make_unique<AccountTokens>(m_world.database(), m_secrets, &m_nam, m_world.endpoints());
        m_tokens->setClock([this] { return now(); });
        for (const QString &platform : {QStringLiteral("instagram"), QStringLiteral("youtube")}) {
            const auto account = test::connectSandboxAccount(
                m_world.database(), m_secrets, &m_nam, m_world.endpoints(), *platformFromName(platform));
            QVERIFY2(account, qPrintable(platform));
            m_accounts.insert(platform, account->id);
        }

        m_file = m_world.filePath(QStringLiteral("clip.mp4"));
        QFile clip(m_file);
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write(QByteArray(64 * 1024, 'v'));

        const QString video = uploadVideo(QStringLiteral("Reply video"));
        QVERIFY(!video.isEmpty());
        m_youtube->addComments(video, 20);
        const QString media = publishMedia(QStringLiteral("Reply media"));
        QVERIFY(!media.isEmpty());
        m_instagram->addComments(media, 20);
        for (const QString &platform : {QStringLiteral("youtube"), QStringLiteral("instagram")}) {
            const InboxSyncReport report = sync(platform);
            QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
            QVERIFY(report.added >= 20);
        }
    }

    void init() { m_world.server().faults().clear(); }

    void enqueueRefusesWhatCannotBeSent()
    {
        auto s = sender();
        const qint64 comment = freshComment(QStringLiteral("youtube"));
        QVERIFY(comment > 0);
        auto r = s->enqueue(comment, OutgoingReply::Kind::Public, QStringLiteral(" \n\t"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("reply.empty"));
        r = s->enqueue(987654, OutgoingReply::Kind::Public, QStringLiteral("hi"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("interaction_not_found"));
        r = s->enqueue(comment, OutgoingReply::Kind::Private, QStringLiteral("hi"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("reply.private_unsupported"));

        // A message and our own comment cannot be answered from here.
        InteractionRepository repo(m_world.database().connection());
        Interaction message;
        message.accountId = m_accounts.value(QStringLiteral("instagram"));
        message.platform = Platform::Instagram;
        message.kind = Interaction::Kind::Message;
        message.remoteId = QStringLiteral("m-test-1");
        message.threadId = QStringLiteral("t-test-1");
        message.text = QStringLiteral("Hi, prices?");
        message.canReply = false;
        const auto m = repo.insertIfNew(message);
        QVERIFY(m);
        r = s->enqueue(m->first, OutgoingReply::Kind::Public, QStringLiteral("hi"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("reply.not_answerable"));
        Interaction own = message;
        own.kind = Interaction::Kind::Comment;
        own.remoteId = QStringLiteral("own-test-1");
        own.fromOwner = true;
        own.canReply = true;
        const auto o = repo.insertIfNew(own);
        QVERIFY(o);
        r = s->enqueue(o->first, OutgoingReply::Kind::Private, QStringLiteral("hi"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("reply.not_answerable"));
        QCOMPARE(ReplyOutboxRepository(m_world.database().connection()).listDue(now().addDays(1))->size(), 0);
    }

    void youtubeServerErrorThenSentOnce()
    {
        sentOnceAfter(QStringLiteral("youtube"), fault(FaultRule::Action::Status, kYouTubeInsert), false);
    }

    void youtubeDroppedConnectionThenSentOnce()
    {
        sentOnceAfter(QStringLiteral("youtube"), fault(FaultRule::Action::Drop, kYouTubeInsert), false);
    }

    void youtubeLostAnswerIsFoundNotResent()
    {
        // The platform stored the reply, the answer never arrived.
        sentOnceAfter(QStringLiteral("youtube"), fault(FaultRule::Action::CloseMidBody, kYouTubeInsert),
                      true);
    }

    void instagramServerErrorThenSentOnce()
    {
        sentOnceAfter(QStringLiteral("instagram"),
                      fault(FaultRule::Action::Status, kInstagramReplies, "POST", 503), false);
    }

    void instagramLostAnswerIsFoundNotResent()
    {
        sentOnceAfter(QStringLiteral("instagram"),
                      fault(FaultRule::Action::CloseMidBody, kInstagramReplies, "POST"), true);
    }

    void replyLeftSendingByAStoppedRunIsNotSentAgain()
    {
        // A run marked the reply "sending", the request reached YouTube, then the app stopped.
        auto s = sender();
        const qint64 itemId = freshComment(QStringLiteral("youtube"));
        const Interaction target = item(itemId);
        const QString text = QStringLiteral("See you in Lisbon!");
        const qint64 id = enqueue(*s, itemId, text);
        QVERIFY(id > 0);
        OutgoingReply r = outbox(id);
        r.state = State::Sending;
        r.attempts = 1;
        QVERIFY(ReplyOutboxRepository(m_world.database().connection()).save(r));
        const auto t = tokens(QStringLiteral("youtube"));
        QVERIFY(t);
        YouTubeInbox inbox(&m_nam, m_world.endpoints());
        RemoteItem remote;
        remote.remoteId = target.remoteId;
        std::optional<PlatformOutcome<RemoteReply>> direct;
        inbox.reply(remote, text, *t, this, [&](const PlatformOutcome<RemoteReply> &o) { direct = o; });
        QVERIFY(QTest::qWaitFor([&] { return direct.has_value(); }, 15000));
        QVERIFY(direct->ok());

        const int posted = requests(kYouTubeInsert, "POST");
        QCOMPARE(sendDue(*s), 1);
        QCOMPARE(requests(kYouTubeInsert, "POST"), posted);
        r = outbox(id);
        QCOMPARE(r.state, State::Sent);
        QCOMPARE(r.remoteId, direct->value->remoteId);
        QCOMPARE(worldReplies(QStringLiteral("youtube"), target.remoteId, text).size(), 1);

        // A queued reply that never reached the platform is simply sent (no lookup first).
        const qint64 itemId2 = freshComment(QStringLiteral("youtube"));
        const int lookups = requests(QStringLiteral("youtube.api.comments.list"));
        const qint64 id2 = enqueue(*s, itemId2, text);
        QCOMPARE(sendDue(*s), 1);
        QCOMPARE(outbox(id2).state, State::Sent);
        QCOMPARE(requests(QStringLiteral("youtube.api.comments.list")), lookups);
        QCOMPARE(worldReplies(QStringLiteral("youtube"), item(itemId2).remoteId, text).size(), 1);
    }

    void sameWordsTwiceAreTwoReplies()
    {
        // The user answers a comment, then later answers it again with the same words; the
        // second one fails once. Finding the first one on the platform is not finding it.
        auto s = sender();
        const qint64 itemId = freshComment(QStringLiteral("youtube"));
        const Interaction target = item(itemId);
        const QString text = QStringLiteral("Thank you!");
        const qint64 first = enqueue(*s, itemId, text);
        QCOMPARE(sendDue(*s), 1);
        QCOMPARE(outbox(first).state, State::Sent);

        const qint64 second = enqueue(*s, itemId, text);
        QVERIFY(second > 0);
        m_world.server().faults().add(fault(FaultRule::Action::Status, kYouTubeInsert));
        QCOMPARE(sendDue(*s), 0);
        QCOMPARE(outbox(second).state, State::Sending);
        later();
        QCOMPARE(sendDue(*s), 1);
        QCOMPARE(outbox(second).state, State::Sent);
        const QStringList onPlatform = worldReplies(QStringLiteral("youtube"), target.remoteId, text);
        QCOMPARE(onPlatform.size(), 2);
        QVERIFY(outbox(second).remoteId != outbox(first).remoteId);
        QVERIFY(onPlatform.contains(outbox(second).remoteId));
    }

    void overlappingRunsSendOnce()
    {
        // The scheduler's round and the Send button can ask at the same moment: the second
        // run waits for the first, and the reply goes out once.
        auto s = sender();
        const qint64 itemId = freshComment(QStringLiteral("youtube"));
        const QString text = QStringLiteral("Both buttons at once");
        const qint64 id = enqueue(*s, itemId, text);
        const int posted = requests(kYouTubeInsert, "POST");
        std::optional<int> first;
        std::optional<int> second;
        s->sendDue([&](int n) { first = n; });
        s->sendDue([&](int n) { second = n; });
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 30000));
        QCOMPARE(*first, 1);
        QCOMPARE(*second, 0); // its own run found nothing left to send
        QCOMPARE(requests(kYouTubeInsert, "POST"), posted + 1);
        QCOMPARE(outbox(id).state, State::Sent);
        QCOMPARE(worldReplies(QStringLiteral("youtube"), item(itemId).remoteId, text).size(), 1);
    }

    void permanentRefusalFails()
    {
        auto s = sender();
        const qint64 itemId = freshComment(QStringLiteral("youtube"));
        const qint64 id = enqueue(*s, itemId, QStringLiteral("Refused reply"));
        m_world.server().faults().add(fault(FaultRule::Action::Status, kYouTubeInsert, "POST", 400));
        QCOMPARE(sendDue(*s), 0);
        const OutgoingReply r = outbox(id);
        QCOMPARE(r.state, State::Failed);
        QVERIFY(!r.lastErrorText.isEmpty());
        later();
        const int posted = requests(kYouTubeInsert, "POST");
        QCOMPARE(sendDue(*s), 0);
        QCOMPARE(requests(kYouTubeInsert, "POST"), posted);
        QCOMPARE(item(itemId).state, Interaction::State::New);
    }

    void instagramPrivateReplyOnce()
    {
        auto s = sender();
        const qint64 itemId = freshComment(QStringLiteral("instagram"));
        const Interaction target = item(itemId);
        const qint64 id = enqueue(*s, itemId, kMixedText, OutgoingReply::Kind::Private);
        QVERIFY(id > 0);
        QCOMPARE(sendDue(*s), 1);
        QCOMPARE(outbox(id).state, State::Sent);
        const QJsonArray sent = privateReplies(target.remoteId);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().toObject().value(QStringLiteral("text")).toString(), kMixedText);
        QCOMPARE(item(itemId).state, Interaction::State::Replied);

        // Instagram allows one: a second is refused before anything is queued.
        const auto again = s->enqueue(itemId, OutgoingReply::Kind::Private, QStringLiteral("One more"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("reply.private_once"));
        QCOMPARE(ReplyOutboxRepository(m_world.database().connection()).listForInteraction(itemId)->size(),
                 1);
        // A public reply to the same comment is still fine.
        QVERIFY(s->enqueue(itemId, OutgoingReply::Kind::Public, QStringLiteral("Sent you a DM")));
        QCOMPARE(sendDue(*s), 1);
        QCOMPARE(privateReplies(target.remoteId).size(), 1);
    }

    void instagramPrivateReplyWithLostAnswerIsNotSentTwice()
    {
        auto s = sender();
        const qint64 itemId = freshComment(QStringLiteral("instagram"));
        const Interaction target = item(itemId);
        const qint64 id
            = enqueue(*s, itemId, QStringLiteral("Prices are in your DMs"), OutgoingReply::Kind::Private);
        m_world.server().faults().add(fault(FaultRule::Action::CloseMidBody, kInstagramMessages, "POST"));
        QCOMPARE(sendDue(*s), 0);
        QCOMPARE(outbox(id).state, State::Sending);
        QCOMPARE(privateReplies(target.remoteId).size(), 1); // it did go out
        later();
        QCOMPARE(sendDue(*s), 1); // Instagram says "already replied": that is our reply
        QCOMPARE(outbox(id).state, State::Sent);
        QCOMPARE(privateReplies(target.remoteId).size(), 1);
        QCOMPARE(item(itemId).state, Interaction::State::Replied);
    }

    void instagramPrivateReplyOnlyWithinSevenDays()
    {
        auto s = sender();
        s->setClock([this] { return now().addDays(8); });
        const qint64 itemId = freshComment(QStringLiteral("instagram"));
        const auto r = s->enqueue(itemId, OutgoingReply::Kind::Private, QStringLiteral("Late"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("reply.private_too_old"));
    }

    void anyScriptRoundTripsByteForByte_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("youtube") << QStringLiteral("youtube");
        QTest::newRow("instagram") << QStringLiteral("instagram");
    }

    void anyScriptRoundTripsByteForByte()
    {
        QFETCH(QString, platform);
        auto s = sender();
        const qint64 itemId = freshComment(platform);
        const Interaction target = item(itemId);
        const qint64 id = enqueue(*s, itemId, kMixedText);
        QCOMPARE(sendDue(*s), 1);
        const OutgoingReply r = outbox(id);
        QCOMPARE(r.state, State::Sent);
        QCOMPARE(worldReplies(platform, target.remoteId, kMixedText), QStringList{r.remoteId});

        const InboxSyncReport report = sync(platform);
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QSqlQuery q(m_world.database().connection());
        q.prepare(
            QStringLiteral("SELECT id, text, kind, from_owner FROM interactions WHERE account_id = ? AND "
                           "remote_id = ?"));
        q.addBindValue(target.accountId);
        q.addBindValue(r.remoteId);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        const qint64 stored = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString().toUtf8(), kMixedText.toUtf8());
        QCOMPARE(q.value(2).toString(), QStringLiteral("reply"));
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(!q.next()); // stored once, not again by the sync

        InteractionFilter f;
        f.search = QStringLiteral("привет");
        f.accountId = target.accountId;
        const auto found = InteractionRepository(m_world.database().connection()).find(f);
        QVERIFY(found);
        QVERIFY(std::any_of(found->cbegin(), found->cend(),
                            [&](const Interaction &i) { return i.id == stored; }));
    }
};

TRAVELFLOW_TEST_MAIN(TestReplySender, QCoreApplication)
#include "test_reply_sender.moc"
