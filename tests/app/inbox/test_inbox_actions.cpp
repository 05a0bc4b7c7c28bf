// InboxActions against a real profile database: states, lead states and notes persist
// across a reopen; "not a lead" / "lead" teach the profile's lead model (a fresh load judges
// a similar text differently) and override the classifier; the new-lead count follows its
// definition and is announced when it moves; the CSV export runs off the calling thread;
// the reply rules the window shows. Also the InteractionFilter parts the inbox view needs:
// platform, post, lead state, own items and keyset paging through thousands of rows.

#include "inbox/inbox_actions.h"
#include "leads/profile_lead_model.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "storage/reply_outbox_repository.h"
#include "support/test_env.h"

#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace travelflow;
using LeadLabel = Interaction::LeadLabel;
using LeadState = Interaction::LeadState;

class TestInboxActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<Platform, qint64> m_accounts;
    int m_next = 0;

    Interaction make(Platform platform, const QString &text, LeadLabel label = LeadLabel::Unknown)
    {
        Interaction i;
        i.accountId = m_accounts.value(platform);
        i.platform = platform;
        i.remoteId = QStringLiteral("r%1").arg(++m_next);
        i.authorName = QStringLiteral("Автор %1").arg(m_next);
        i.text = text;
        i.createdAt = QDateTime::currentDateTimeUtc().addSecs(-m_next);
        i.leadLabel = label;
        i.leadScore = label == LeadLabel::Lead ? 0.9 : 0.1;
        i.leadReason = label == LeadLabel::Lead ? QStringLiteral("asks for a price") : QString();
        return i;
    }

    qint64 insert(const Interaction &i)
    {
        auto r = InteractionRepository(m_db->connection()).insertIfNew(i);
        if (!r)
            qWarning() << r.error().message;
        return r ? r->first : 0;
    }

    Interaction get(qint64 id)
    {
        auto i = InteractionRepository(m_db->connection()).get(id);
        return i && *i ? **i : Interaction();
    }

    void reopen()
    {
        m_db.reset();
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        for (const Platform p : {Platform::TikTok, Platform::Instagram, Platform::YouTube}) {
            Account a;
            a.platform = p;
            a.remoteId = platformName(p) + QStringLiteral("-1");
            a.displayName = QStringLiteral("Travel %1").arg(platformName(p));
            auto id = AccountRepository(m_db->connection()).upsert(a);
            QVERIFY(id);
            m_accounts.insert(p, *id);
        }
    }

    void statesAndNotesPersist()
    {
        const qint64 id = insert(make(
            Platform::YouTube, QStringLiteral("Сколько стоит тур? 🏔"), LeadLabel::Lead));
        QVERIFY(id > 0);
        const QString notes = QStringLiteral("Позвонить в пятницу 📞\nsecond line");
        {
            InboxActions actions(*m_db);
            QSignalSpy changed(&actions, &InboxActions::changed);
            QVERIFY(actions.setState(id, Interaction::State::Read));
            QVERIFY(actions.setLeadState(id, LeadState::Contacted));
            QVERIFY(actions.setNotes(id, notes));
            QCOMPARE(changed.size(), 3);
            QCOMPARE(changed.last().at(0).toLongLong(), id);
            // A missing item is an error, and nothing is announced.
            QVERIFY(!actions.setState(987654, Interaction::State::Read));
            QVERIFY(!actions.markLead(987654, true));
            QCOMPARE(changed.size(), 3);
        }
        reopen();
        Interaction i = get(id);
        QCOMPARE(i.state, Interaction::State::Read);
        QCOMPARE(i.leadState, std::optional<LeadState>(LeadState::Contacted));
        QCOMPARE(i.notes, notes);

        InboxActions actions(*m_db);
        QVERIFY(actions.setState(id, Interaction::State::Archived));
        QVERIFY(actions.setLeadState(id, std::nullopt));
        i = get(id);
        QCOMPARE(i.state, Interaction::State::Archived);
        QVERIFY(!i.leadState.has_value());
    }

    void notALeadTeachesTheProfileModel()
    {
        const QString text = QStringLiteral("How much is the tour you did with your parents? just curious");
        const QString similar = QStringLiteral("How much was the tour with your parents? just curious");
        const qint64 id = insert(make(Platform::Instagram, text, LeadLabel::Lead));
        double before = 0;
        {
            auto profile = leads::ProfileLeadModel::load(m_db->connection());
            QVERIFY(profile);
            before = profile->classifier().score(similar);
        }
        InboxActions actions(*m_db);
        QVERIFY(actions.markLead(id, false));
        QCOMPARE(get(id).leadUserLabel, std::optional<LeadLabel>(LeadLabel::Not));
        {
            auto profile = leads::ProfileLeadModel::load(m_db->connection());
            QVERIFY(profile);
            const double after = profile->classifier().score(similar);
            QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        }
        // The user's word overrides the classifier's in the leads filter.
        InteractionFilter leads;
        leads.leadsOnly = true;
        auto found = InteractionRepository(m_db->connection()).find(leads);
        QVERIFY(found);
        QVERIFY(
            std::none_of(found->cbegin(), found->cend(), [id](const Interaction &i) { return i.id == id; }));

        // And "lead" the other way round.
        const QString plain = QStringLiteral("кто со мной на эльбрус в феврале, я в теме");
        const QString plainSimilar = QStringLiteral("кто со мной на эльбрус в марте?");
        const qint64 other = insert(make(Platform::YouTube, plain, LeadLabel::Not));
        {
            auto profile = leads::ProfileLeadModel::load(m_db->connection());
            before = profile->classifier().score(plainSimilar);
        }
        QVERIFY(actions.markLead(other, true));
        auto profile = leads::ProfileLeadModel::load(m_db->connection());
        QVERIFY(profile);
        QVERIFY(profile->classifier().score(plainSimilar) > before);
        found = InteractionRepository(m_db->connection()).find(leads);
        QVERIFY(std::any_of(found->cbegin(), found->cend(),
                            [other](const Interaction &i) { return i.id == other; }));
    }

    void newLeadCountFollowsItsDefinition()
    {
        // A profile of its own, so earlier tests' items do not count.
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened);
        std::unique_ptr<Database> db = std::move(*opened);
        Account a;
        a.platform = Platform::YouTube;
        a.remoteId = QStringLiteral("yt");
        const auto account = AccountRepository(db->connection()).upsert(a);
        QVERIFY(account);
        InteractionRepository repo(db->connection());
        int n = 0;
        const auto add = [&](LeadLabel label, std::optional<LeadLabel> user, std::optional<LeadState> state,
                             bool own = false) {
            Interaction i;
            i.accountId = *account;
            i.platform = Platform::YouTube;
            i.remoteId = QStringLiteral("c%1").arg(++n);
            i.text = QStringLiteral("text %1").arg(n);
            i.leadLabel = label;
            i.leadUserLabel = user;
            i.leadState = state;
            i.fromOwner = own;
            auto r = repo.insertIfNew(i);
            return r ? r->first : qint64{0};
        };
        const qint64 untriaged = add(LeadLabel::Lead, std::nullopt, std::nullopt); // counts
        add(LeadLabel::Lead, std::nullopt, LeadState::New); // counts
        add(LeadLabel::Not, LeadLabel::Lead, std::nullopt); // the user's lead: counts
        add(LeadLabel::Lead, std::nullopt, LeadState::Won); // triaged
        add(LeadLabel::Lead, LeadLabel::Not, std::nullopt); // "not a lead"
        add(LeadLabel::Unknown, std::nullopt, std::nullopt); // not a lead
        add(LeadLabel::Lead, std::nullopt, std::nullopt, true); // the account's own words
        const qint64 plain = add(LeadLabel::Not, std::nullopt, std::nullopt);

        InboxActions actions(*db);
        QCOMPARE(*actions.newLeadCount(), 3);
        QSignalSpy spy(&actions, &InboxActions::newLeadCountChanged);
        actions.refreshNewLeadCount();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).toInt(), 3);
        actions.refreshNewLeadCount(); // unchanged: quiet
        QCOMPARE(spy.size(), 1);

        QVERIFY(actions.setLeadState(untriaged, LeadState::Contacted));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.last().at(0).toInt(), 2);
        QVERIFY(actions.markLead(plain, true));
        QCOMPARE(spy.last().at(0).toInt(), 3);
        QVERIFY(actions.setNotes(plain, QStringLiteral("later"))); // no effect on the count
        QVERIFY(actions.setState(plain, Interaction::State::Read));
        QCOMPARE(spy.size(), 3);
        QVERIFY(actions.markLead(plain, false));
        QCOMPARE(spy.last().at(0).toInt(), 2);
        QCOMPARE(*actions.newLeadCount(), 2);
    }

    void exportRunsOffTheCallingThread()
    {
        InboxActions actions(*m_db);
        InteractionFilter leads;
        leads.leadsOnly = true;
        const qint64 expected = *InteractionRepository(m_db->connection()).count(leads);
        QVERIFY(expected >= 1);
        const QString path = m_dir.filePath(QStringLiteral("leads.csv"));
        std::optional<Expected<qint64>> result;
        QThread *caller = QThread::currentThread();
        QThread *ranOn = nullptr;
        actions.exportLeads(path, true, [&](Expected<qint64> r) {
            ranOn = QThread::currentThread();
            result = std::move(r);
        });
        QVERIFY(!result.has_value()); // not done inside the call
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QCOMPARE(ranOn, caller);
        QVERIFY2(*result, *result ? "" : qPrintable(result->error().message));
        QCOMPARE(**result, expected);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBFplatform,account,author,text"));
        QCOMPARE(data.count("\r\n"), expected + 1);
        QVERIFY(QString::fromUtf8(data).contains(QStringLiteral("Сколько стоит тур? 🏔")));

        // An unwritable place is an error the user can act on.
        result.reset();
        actions.exportLeads(m_dir.filePath(QStringLiteral("missing/folder/leads.csv")), false,
                            [&](Expected<qint64> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY(!*result);
        QVERIFY(!result->error().message.isEmpty());
    }

    void replyRules()
    {
        InboxActions actions(*m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Interaction tiktok = make(Platform::TikTok, QStringLiteral("wow"));
        QVERIFY(!InboxActions::replyUnavailableReason(tiktok).isEmpty());
        Interaction youtube = make(Platform::YouTube, QStringLiteral("nice"));
        QVERIFY(InboxActions::replyUnavailableReason(youtube).isEmpty());
        QVERIFY(!actions.privateReplyUnavailableReason(youtube, now).isEmpty());

        Interaction fresh = make(Platform::Instagram, QStringLiteral("price?"));
        fresh.id = insert(fresh);
        QVERIFY(actions.privateReplyUnavailableReason(fresh, now).isEmpty());
        QVERIFY(
            actions.privateReplyUnavailableReason(fresh, now.addDays(8)).contains(QLatin1String("7 days")));
        QVERIFY(ReplyOutboxRepository(m_db->connection())
                    .enqueue(fresh.id, OutgoingReply::Kind::Private, QStringLiteral("DM")));
        QVERIFY(
            actions.privateReplyUnavailableReason(fresh, now).contains(QLatin1String("one private reply")));

        Interaction message = make(Platform::Instagram, QStringLiteral("hi"));
        message.kind = Interaction::Kind::Message;
        QVERIFY(!InboxActions::replyUnavailableReason(message).isEmpty());
        Interaction own = make(Platform::YouTube, QStringLiteral("thanks"));
        own.fromOwner = true;
        QVERIFY(!InboxActions::replyUnavailableReason(own).isEmpty());
    }

    void filtersAndKeysetPaging()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened);
        std::unique_ptr<Database> db = std::move(*opened);
        QHash<Platform, qint64> accounts;
        for (const Platform p : {Platform::Instagram, Platform::YouTube}) {
            Account a;
            a.platform = p;
            a.remoteId = platformName(p);
            accounts.insert(p, *AccountRepository(db->connection()).upsert(a));
        }
        // 2,500 items; many share a timestamp, so the cursor must use the id as well.
        const QDateTime base = QDateTime::currentDateTimeUtc();
        QList<Interaction> batch;
        for (int n = 0; n < 2500; ++n) {
            Interaction i;
            i.platform = n % 2 ? Platform::Instagram : Platform::YouTube;
            i.accountId = accounts.value(i.platform);
            i.remoteId = QStringLiteral("p%1").arg(n);
            i.remotePostId = n % 5 == 0 ? QStringLiteral("post-a") : QStringLiteral("post-b");
            i.text = QStringLiteral("comment %1").arg(n);
            i.createdAt = base.addSecs(-(n / 7));
            i.fromOwner = n % 10 == 3;
            batch.append(i);
        }
        InteractionRepository repo(db->connection());
        QVERIFY(repo.insertBatch(batch));

        InteractionFilter f;
        f.platform = Platform::Instagram;
        QCOMPARE(*repo.count(f), 1250);
        f.hideOwn = true;
        QCOMPARE(*repo.count(f), 1000);
        f = InteractionFilter();
        f.remotePostId = QStringLiteral("post-a");
        QCOMPARE(*repo.count(f), 500);

        // Keyset windows of 200 cover everything once, in the list's order.
        f = InteractionFilter();
        f.limit = 200;
        QList<Interaction> all;
        for (;;) {
            auto page = repo.find(f);
            QVERIFY(page);
            all.append(*page);
            if (page->size() < f.limit)
                break;
            f.beforeCreatedAt = page->constLast().createdAt;
            f.beforeId = page->constLast().id;
        }
        QCOMPARE(all.size(), 2500);
        QSet<qint64> ids;
        for (qsizetype k = 0; k < all.size(); ++k) {
            ids.insert(all.at(k).id);
            if (k > 0) {
                const Interaction &a = all.at(k - 1);
                const Interaction &b = all.at(k);
                QVERIFY(a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id > b.id));
            }
        }
        QCOMPARE(ids.size(), 2500);
    }

    void threadIsInOrder()
    {
        Interaction root = make(Platform::YouTube, QStringLiteral("Где вы остановились?"));
        root.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        const qint64 rootId = insert(root);
        QList<Interaction> replies;
        for (int n = 0; n < 3; ++n) {
            Interaction r = make(Platform::YouTube, QStringLiteral("reply %1").arg(n));
            r.kind = Interaction::Kind::Reply;
            r.remoteParentId = root.remoteId;
            r.createdAt = root.createdAt.addSecs(3600 * (3 - n)); // stored newest first
            replies.append(r);
        }
        QVERIFY(InteractionRepository(m_db->connection()).insertBatch(replies));
        auto thread = InteractionRepository(m_db->connection()).thread(rootId);
        QVERIFY(thread);
        QCOMPARE(thread->size(), 4);
        QCOMPARE(thread->at(0).id, rootId);
        QCOMPARE(thread->at(1).text, QStringLiteral("reply 2"));
        QCOMPARE(thread->at(3).text, QStringLiteral("reply 0"));
    }
};

TRAVELFLOW_TEST_MAIN(TestInboxActions, QGuiApplication)
#include "test_inbox_actions.moc"
