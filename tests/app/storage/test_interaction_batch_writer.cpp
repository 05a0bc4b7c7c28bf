// InteractionBatchWriter through InteractionRepository::insertBatch, on a real profile
// database, once on the path that drives SQLite directly and once on the portable QtSql one.

#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/interaction_batch_writer.h"
#include "storage/interaction_repository.h"
#include "storage/sqlite_statement.h"
#include "storage/transaction.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

#ifndef TRAVELFLOW_EXPECT_SQLITE_DIRECT
#error "tests/CMakeLists.txt defines TRAVELFLOW_EXPECT_SQLITE_DIRECT for this test"
#endif

using namespace travelflow;

namespace {

using Results = QList<std::pair<qint64, bool>>;

template<typename T>
QByteArray why(const Expected<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

// Every kind of text that has broken an encoder somewhere: emoji (with a ZWJ sequence and a
// flag), Cyrillic, Arabic and Hebrew (right to left), a tab, a line break and both quotes.
const QString kText = QStringLiteral(
    "Байкал зимой 🏔️👩‍👩‍👧🇬🇪 road trip\tرحلة إلى البتراء — "
    "טיול\n"
    "he said \"how much?\" and 'when'");

Interaction comment(qint64 accountId, const QString &remoteId, const QString &text = QString())
{
    Interaction i;
    i.accountId = accountId;
    i.platform = Platform::YouTube;
    i.kind = Interaction::Kind::Comment;
    i.remoteId = remoteId;
    i.authorId = QStringLiteral("author-") + remoteId;
    i.authorName = QStringLiteral("Автор ") + remoteId;
    i.text = text.isNull() ? QStringLiteral("comment ") + remoteId : text;
    i.createdAt = utc(2025, 3, 1, 9, 0, 0, 1);
    i.fetchedAt = utc(2025, 3, 2, 9, 0, 0, 2);
    return i;
}

Interaction reply(qint64 accountId, const QString &remoteId, const QString &remoteParentId)
{
    Interaction i = comment(accountId, remoteId);
    i.kind = Interaction::Kind::Reply;
    i.remoteParentId = remoteParentId;
    return i;
}

constexpr qint64 kNull = -1;

// The row's parent_id as stored: kNull for NULL (get() reads NULL as 0), -2 for no row.
qint64 storedParentId(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT parent_id FROM interactions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -2;
    return q.value(0).isNull() ? kNull : q.value(0).toLongLong();
}

qint64 scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Statements of the connection that name the staging table and are prepared right now
// (SQLite's sqlite_stmt table), or -1 when this SQLite has no sqlite_stmt.
qint64 preparedStagingStatements(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_stmt WHERE sql LIKE '%interaction_stage%' "
                               "AND sql NOT LIKE '%sqlite_stmt%'"))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A fresh profile with one account; the database and the folder go together.
struct Profile
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;
    qint64 accountId = 0;
    QString problem;

    static Profile make(const QString &accountRemoteId = QStringLiteral("UC-main"))
    {
        Profile p;
        p.dir = std::make_unique<QTemporaryDir>();
        if (!p.dir->isValid()) {
            p.problem = QStringLiteral("no temporary folder");
            return p;
        }
        auto opened = Database::open(p.dir->path());
        if (!opened) {
            p.problem = opened.error().message;
            return p;
        }
        p.database = std::move(*opened);
        p.accountId = p.addAccount(accountRemoteId);
        if (p.accountId == 0)
            p.problem = QStringLiteral("the account row could not be stored");
        return p;
    }

    qint64 addAccount(const QString &remoteId) const
    {
        Account a;
        a.platform = Platform::YouTube;
        a.remoteId = remoteId;
        a.displayName = remoteId;
        auto id = AccountRepository(database->connection()).upsert(a);
        return id ? *id : 0;
    }
};

} // namespace

class TestInteractionBatchWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void writerTakesTheExpectedPath();
    void newRowsComeBackInOrderWithEveryField();
    void equalKeysInOneBatchStoreOneRow();
    void storedRowsAreLeftAsTheyAreAmongNewOnes();
    void repliesAreLinkedToTheirParents();
    void aBadRowFailsTheWholeBatch();
    void bothPathsStoreIdenticalRows();
    void thousandRowsInOneCall();

private:
    QSqlDatabase db() const { return m_profile.database->connection(); }
    qint64 account() const { return m_profile.accountId; }
    qint64 rowCount() const { return scalar(db(), QStringLiteral("SELECT COUNT(*) FROM interactions")); }

    Profile m_profile;
};

void TestInteractionBatchWriter::initTestCase_data()
{
    QTest::addColumn<bool>("direct");
    QTest::newRow("direct") << true;
    QTest::newRow("portable") << false;
}

void TestInteractionBatchWriter::init()
{
    QFETCH_GLOBAL(bool, direct);
    SqliteStatement::setEnabled(direct);
    m_profile = Profile::make();
    QVERIFY2(m_profile.problem.isEmpty(), qPrintable(m_profile.problem));
}

void TestInteractionBatchWriter::cleanup()
{
    SqliteStatement::setEnabled(true);
    m_profile.database.reset(); // before its folder goes
    m_profile = Profile();
}

void TestInteractionBatchWriter::writerTakesTheExpectedPath()
{
    QFETCH_GLOBAL(bool, direct);
    const bool expected = direct && bool(TRAVELFLOW_EXPECT_SQLITE_DIRECT);
    QCOMPARE(SqliteStatement::available(db()), expected);

    // The direct path keeps its statements prepared for the writer's life; the portable
    // one finishes each query. SQLite lists the prepared ones (where it was built to).
    Transaction tx(db());
    QVERIFY(tx.isActive());
    InteractionBatchWriter writer(db());
    auto written = writer.write({comment(account(), QStringLiteral("path-1"))}, QStringLiteral("test"));
    QVERIFY2(written, why(written).constData());
    QCOMPARE(written->size(), 1);
    QVERIFY(written->constFirst().second);
    const qint64 prepared = preparedStagingStatements(db());
    if (prepared >= 0) {
        if (expected)
            QVERIFY2(prepared > 0, "the direct path left no prepared statement");
        else
            QCOMPARE(prepared, qint64(0));
    } else {
        qInfo("this SQLite has no sqlite_stmt table: the path is checked through available() only");
    }
    QVERIFY(tx.commit());
    QCOMPARE(rowCount(), qint64(1));
}

void TestInteractionBatchWriter::newRowsComeBackInOrderWithEveryField()
{
    const qint64 parentId = [&] {
        auto r = InteractionRepository(db()).insertBatch({comment(account(), QStringLiteral("parent"))});
        return r ? r->constFirst().first : 0;
    }();
    QVERIFY(parentId > 0);

    Interaction full;
    full.accountId = account();
    full.platform = Platform::Instagram;
    full.kind = Interaction::Kind::Reply;
    full.remoteId = QStringLiteral("zz-full");
    full.remoteParentId = QStringLiteral("parent");
    full.parentId = parentId;
    full.remotePostId = QStringLiteral("post-17");
    full.threadId = QStringLiteral("thread-9");
    full.authorId = QStringLiteral("author-42");
    full.authorName = QStringLiteral("Анна ✈️ אנה");
    full.text = kText;
    full.createdAt = QDateTime(QDate(2025, 2, 1), QTime(13, 0, 0, 5), QTimeZone(3 * 3600));
    full.updatedAt = utc(2025, 2, 1, 11, 30, 15, 120);
    full.fetchedAt = utc(2025, 2, 2, 8, 0, 0, 999);
    full.leadLabel = Interaction::LeadLabel::Lead;
    full.leadScore = 0.875;
    full.leadReason = QStringLiteral("asks for the price: «сколько стоит тур?»");
    full.leadUserLabel = Interaction::LeadLabel::Not;
    full.state = Interaction::State::Archived;
    full.leadState = Interaction::LeadState::Won;
    full.notes = QStringLiteral("call back\tafter 18:00\n\"VIP\"");
    full.permalink = QStringLiteral("https://www.instagram.com/p/Cx?c=1&r=тест");
    full.canReply = false;
    full.fromOwner = true;

    Interaction noTimes = comment(account(), QStringLiteral("aa-no-times"));
    noTimes.platform = Platform::TikTok;
    noTimes.kind = Interaction::Kind::Message;
    noTimes.threadId = QStringLiteral("conversation-1");
    noTimes.createdAt = QDateTime();
    noTimes.fetchedAt = QDateTime();
    noTimes.authorName.clear();

    Interaction noCreated = comment(account(), QStringLiteral("mm-no-created"));
    noCreated.createdAt = QDateTime();
    noCreated.fetchedAt = utc(2025, 4, 5, 6, 7, 8, 9);

    Interaction updatedAsCreated = comment(account(), QStringLiteral("bb-updated"));
    updatedAsCreated.updatedAt = updatedAsCreated.createdAt.toTimeZone(QTimeZone(-5 * 3600));

    const QList<Interaction> batch{full, noTimes, noCreated, updatedAsCreated};
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto results = InteractionRepository(db()).insertBatch(batch);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), batch.size());
    qint64 previous = parentId;
    for (const auto &[id, inserted] : std::as_const(*results)) {
        QVERIFY(inserted);
        QVERIFY2(id > previous, "ids follow the input order");
        previous = id;
    }

    InteractionRepository repo(db());
    for (qsizetype k = 0; k < batch.size(); ++k) {
        auto got = repo.get(results->at(k).first);
        QVERIFY2(got, why(got).constData());
        QVERIFY(got->has_value());
        QCOMPARE((*got)->remoteId, batch.at(k).remoteId); // the result at k is the input at k
    }

    auto got = repo.get(results->at(0).first);
    QVERIFY(got && got->has_value());
    const Interaction &g = **got;
    QCOMPARE(g.id, results->at(0).first);
    QCOMPARE(g.accountId, full.accountId);
    QCOMPARE(g.platform, full.platform);
    QCOMPARE(g.kind, full.kind);
    QCOMPARE(g.remoteId, full.remoteId);
    QCOMPARE(g.remoteParentId, full.remoteParentId);
    QCOMPARE(g.parentId, parentId);
    QCOMPARE(g.remotePostId, full.remotePostId);
    QCOMPARE(g.threadId, full.threadId);
    QCOMPARE(g.authorId, full.authorId);
    QCOMPARE(g.authorName, full.authorName);
    QCOMPARE(g.text, full.text);
    QCOMPARE(g.createdAt, full.createdAt);
    QCOMPARE(g.createdAt.time().msec(), 5);
    QCOMPARE(g.updatedAt, full.updatedAt);
    QCOMPARE(g.fetchedAt, full.fetchedAt);
    QCOMPARE(g.leadLabel, full.leadLabel);
    QCOMPARE(g.leadScore, full.leadScore);
    QCOMPARE(g.leadReason, full.leadReason);
    QVERIFY(g.leadUserLabel.has_value());
    QCOMPARE(*g.leadUserLabel, *full.leadUserLabel);
    QCOMPARE(g.state, full.state);
    QVERIFY(g.leadState.has_value());
    QCOMPARE(*g.leadState, *full.leadState);
    QCOMPARE(g.notes, full.notes);
    QCOMPARE(g.permalink, full.permalink);
    QCOMPARE(g.canReply, false);
    QCOMPARE(g.fromOwner, true);

    // No times at all: fetched now, created when fetched; defaults for the rest.
    auto n = repo.get(results->at(1).first);
    QVERIFY(n && n->has_value());
    QCOMPARE((*n)->platform, Platform::TikTok);
    QCOMPARE((*n)->kind, Interaction::Kind::Message);
    QCOMPARE((*n)->threadId, noTimes.threadId);
    QVERIFY((*n)->authorName.isEmpty());
    QVERIFY((*n)->fetchedAt.isValid());
    QVERIFY2((*n)->fetchedAt >= before && (*n)->fetchedAt <= after,
             qPrintable((*n)->fetchedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE((*n)->createdAt, (*n)->fetchedAt);
    QVERIFY(!(*n)->updatedAt.isValid());
    QCOMPARE((*n)->parentId, qint64(0));
    QVERIFY((*n)->remoteParentId.isEmpty());
    QCOMPARE((*n)->leadLabel, Interaction::LeadLabel::Unknown);
    QVERIFY(!(*n)->leadUserLabel.has_value());
    QVERIFY(!(*n)->leadState.has_value());
    QCOMPARE((*n)->state, Interaction::State::New);
    QCOMPARE((*n)->canReply, true);
    QCOMPARE((*n)->fromOwner, false);

    auto c = repo.get(results->at(2).first);
    QVERIFY(c && c->has_value());
    QCOMPARE((*c)->fetchedAt, noCreated.fetchedAt);
    QCOMPARE((*c)->createdAt, noCreated.fetchedAt);

    auto u = repo.get(results->at(3).first);
    QVERIFY(u && u->has_value());
    QCOMPARE((*u)->createdAt, updatedAsCreated.createdAt);
    QCOMPARE((*u)->updatedAt, updatedAsCreated.createdAt);

    QCOMPARE(rowCount(), qint64(1 + batch.size()));
}

void TestInteractionBatchWriter::equalKeysInOneBatchStoreOneRow()
{
    Interaction first = comment(account(), QStringLiteral("dup"), QStringLiteral("first version"));
    Interaction second = comment(account(), QStringLiteral("dup"), QStringLiteral("second version"));
    second.state = Interaction::State::Read;
    // The same remote id as a message is another item (the key holds the kind).
    Interaction message = comment(account(), QStringLiteral("dup"), QStringLiteral("a message"));
    message.kind = Interaction::Kind::Message;

    auto results = InteractionRepository(db()).insertBatch({first, second, message});
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), 3);
    QVERIFY(results->at(0).first > 0);
    QVERIFY(results->at(0).second);
    QCOMPARE(results->at(1).first, results->at(0).first);
    QVERIFY(!results->at(1).second);
    QVERIFY(results->at(2).second);
    QVERIFY(results->at(2).first != results->at(0).first);

    QCOMPARE(rowCount(), qint64(2));
    auto stored = InteractionRepository(db()).findRemote(account(), Interaction::Kind::Comment,
                                                         QStringLiteral("dup"));
    QVERIFY2(stored, why(stored).constData());
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->id, results->at(0).first);
    QCOMPARE((*stored)->text, QStringLiteral("first version"));
    QCOMPARE((*stored)->state, Interaction::State::New);
}

void TestInteractionBatchWriter::storedRowsAreLeftAsTheyAreAmongNewOnes()
{
    InteractionRepository repo(db());
    auto earlier = repo.insertBatch({comment(account(), QStringLiteral("a"), QStringLiteral("original a")),
                                     comment(account(), QStringLiteral("b"), QStringLiteral("original b"))});
    QVERIFY2(earlier, why(earlier).constData());
    QCOMPARE(earlier->size(), 2);

    Interaction changedA = comment(account(), QStringLiteral("a"), QStringLiteral("edited a"));
    changedA.leadLabel = Interaction::LeadLabel::Lead;
    changedA.updatedAt = utc(2025, 5, 1, 0, 0);
    Interaction changedB = comment(account(), QStringLiteral("b"), QStringLiteral("edited b"));
    auto results = repo.insertBatch({comment(account(), QStringLiteral("x")), changedA,
                                     comment(account(), QStringLiteral("y")), changedB});
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), 4);
    QVERIFY(results->at(0).second);
    QCOMPARE(results->at(1), std::make_pair(earlier->at(0).first, false));
    QVERIFY(results->at(2).second);
    QCOMPARE(results->at(3), std::make_pair(earlier->at(1).first, false));
    QVERIFY(results->at(0).first > earlier->at(1).first);
    QVERIFY(results->at(2).first > results->at(0).first);
    QCOMPARE(rowCount(), qint64(4));

    auto a = repo.get(earlier->at(0).first);
    QVERIFY(a && a->has_value());
    QCOMPARE((*a)->text, QStringLiteral("original a"));
    QCOMPARE((*a)->leadLabel, Interaction::LeadLabel::Unknown);
    QVERIFY(!(*a)->updatedAt.isValid());
    auto b = repo.get(earlier->at(1).first);
    QVERIFY(b && b->has_value());
    QCOMPARE((*b)->text, QStringLiteral("original b"));
    auto y = repo.get(results->at(2).first);
    QVERIFY(y && y->has_value());
    QCOMPARE((*y)->remoteId, QStringLiteral("y"));

    // Only the new rows reached the full-text index; the stored ones kept their text there.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM interactions_fts_docsize")), qint64(4));
    InteractionFilter edited;
    edited.search = QStringLiteral("edited");
    auto found = repo.find(edited);
    QVERIFY2(found, why(found).constData());
    QVERIFY(found->isEmpty());
}

void TestInteractionBatchWriter::repliesAreLinkedToTheirParents()
{
    InteractionRepository repo(db());
    auto early = repo.insertBatch({comment(account(), QStringLiteral("p-early"))});
    QVERIFY2(early, why(early).constData());
    const qint64 earlyId = early->constFirst().first;

    // Another account has a comment with the id the orphan names: it is not its parent.
    const qint64 other = m_profile.addAccount(QStringLiteral("UC-other"));
    QVERIFY(other > 0);
    auto foreign = repo.insertBatch({comment(other, QStringLiteral("p-unknown"))});
    QVERIFY2(foreign, why(foreign).constData());

    Interaction explicitParent = reply(account(), QStringLiteral("r-explicit"), QStringLiteral("p-late"));
    explicitParent.parentId = earlyId; // given by the caller: wins over the remote id
    auto results = repo.insertBatch({
        reply(account(), QStringLiteral("r-before-parent"), QStringLiteral("p-late")),
        comment(account(), QStringLiteral("p-late")),
        reply(account(), QStringLiteral("r-earlier-batch"), QStringLiteral("p-early")),
        explicitParent,
        reply(account(), QStringLiteral("r-orphan"), QStringLiteral("p-unknown")),
        reply(account(), QStringLiteral("r-to-reply"), QStringLiteral("r-earlier-batch")),
    });
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), 6);
    for (const auto &r : std::as_const(*results))
        QVERIFY(r.second);
    const qint64 lateId = results->at(1).first;

    QCOMPARE(storedParentId(db(), results->at(0).first), lateId);
    QCOMPARE(storedParentId(db(), results->at(1).first), kNull); // a comment stays top level
    QCOMPARE(storedParentId(db(), results->at(2).first), earlyId);
    QCOMPARE(storedParentId(db(), results->at(3).first), earlyId);
    QCOMPARE(storedParentId(db(), results->at(4).first), kNull);
    QCOMPARE(storedParentId(db(), results->at(5).first), results->at(2).first);

    auto got = repo.get(results->at(4).first);
    QVERIFY(got && got->has_value());
    QCOMPARE((*got)->parentId, qint64(0));
    QCOMPARE((*got)->remoteParentId, QStringLiteral("p-unknown"));

    auto conversation = repo.thread(lateId);
    QVERIFY2(conversation, why(conversation).constData());
    QCOMPARE(conversation->size(), 2);
    QCOMPARE(conversation->at(1).remoteId, QStringLiteral("r-before-parent"));
}

void TestInteractionBatchWriter::aBadRowFailsTheWholeBatch()
{
    InteractionRepository repo(db());
    auto before = repo.insertBatch({comment(account(), QStringLiteral("kept"))});
    QVERIFY2(before, why(before).constData());
    QCOMPARE(rowCount(), qint64(1));

    Interaction bad = comment(account() + 1000, QStringLiteral("bad")); // no such account
    const QList<Interaction> batch{comment(account(), QStringLiteral("good-1")), bad,
                                   reply(account(), QStringLiteral("good-2"), QStringLiteral("good-1"))};
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^save the comment or message failed")));
    auto failed = repo.insertBatch(batch);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, Error::Kind::Storage);
    QVERIFY2(failed.error().message.contains(QStringLiteral("save the comment or message")),
             qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(failed.error().message));

    QCOMPARE(rowCount(), qint64(1));
    auto good = repo.findRemote(account(), Interaction::Kind::Comment, QStringLiteral("good-1"));
    QVERIFY(good && !good->has_value());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM interactions_fts_docsize")), qint64(1));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM temp.interaction_stage")), qint64(0));

    // The same connection goes on: the good rows of the failed batch are new then.
    auto next = repo.insertBatch({batch.at(0), batch.at(2), comment(account(), QStringLiteral("kept"))});
    QVERIFY2(next, why(next).constData());
    QCOMPARE(next->size(), 3);
    QVERIFY(next->at(0).second);
    QVERIFY(next->at(1).second);
    QCOMPARE(next->at(2), std::make_pair(before->constFirst().first, false));
    QCOMPARE(storedParentId(db(), next->at(1).first), next->at(0).first);
    QCOMPARE(rowCount(), qint64(3));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM temp.interaction_stage")), qint64(0));
}

void TestInteractionBatchWriter::bothPathsStoreIdenticalRows()
{
    // Batches that take every branch: new rows, an equal key, a stored row, parents by
    // remote id, NULL optionals and all the text that must survive either binding.
    const auto batches = [](qint64 account) {
        QList<QList<Interaction>> pages;
        Interaction full = comment(account, QStringLiteral("full"), kText);
        full.platform = Platform::Instagram;
        full.remotePostId = QStringLiteral("post-1");
        full.threadId = QStringLiteral("t-1");
        full.updatedAt = utc(2025, 3, 3, 3, 3, 3, 3);
        full.leadLabel = Interaction::LeadLabel::Lead;
        full.leadScore = 0.1 + 0.2; // not exact in binary: both paths must keep every bit
        full.leadReason = QStringLiteral("цена?");
        full.leadUserLabel = Interaction::LeadLabel::Lead;
        full.state = Interaction::State::Read;
        full.leadState = Interaction::LeadState::Contacted;
        full.notes = QStringLiteral("\"note\"\t🙂");
        full.permalink = QStringLiteral("https://example.com/p?a=1&b=ü");
        full.canReply = false;
        full.fromOwner = true;
        Interaction empty = comment(account, QStringLiteral("empty"), QStringLiteral(""));
        empty.authorId = QString();
        empty.authorName = QString();
        empty.createdAt = QDateTime();
        empty.leadScore = 1e-300;
        Interaction message = comment(account, QStringLiteral("m-1"), QStringLiteral("Байкал в личке"));
        message.kind = Interaction::Kind::Message;
        message.threadId = QStringLiteral("conv");
        pages.append({reply(account, QStringLiteral("r-1"), QStringLiteral("c-1")),
                      comment(account, QStringLiteral("c-1"), QStringLiteral("Байкал зимой")), full, empty,
                      comment(account, QStringLiteral("c-1"), QStringLiteral("duplicate")), message});
        pages.append({comment(account, QStringLiteral("c-1"), QStringLiteral("edited")),
                      reply(account, QStringLiteral("r-2"), QStringLiteral("r-1")),
                      reply(account, QStringLiteral("r-3"), QStringLiteral("nowhere")),
                      comment(account, QStringLiteral("c-2"), QStringLiteral("road trip байкал"))});
        return pages;
    };

    Profile direct = Profile::make();
    QVERIFY2(direct.problem.isEmpty(), qPrintable(direct.problem));
    Profile portable = Profile::make();
    QVERIFY2(portable.problem.isEmpty(), qPrintable(portable.problem));
    QCOMPARE(direct.accountId, portable.accountId);

    QList<Results> directResults;
    QList<Results> portableResults;
    for (Profile *p : {&direct, &portable}) {
        const bool drive = p == &direct;
        SqliteStatement::setEnabled(drive);
        QCOMPARE(SqliteStatement::available(p->database->connection()),
                 drive && bool(TRAVELFLOW_EXPECT_SQLITE_DIRECT));
        for (const QList<Interaction> &page : batches(p->accountId)) {
            auto r = InteractionRepository(p->database->connection()).insertBatch(page);
            QVERIFY2(r, why(r).constData());
            (drive ? directResults : portableResults).append(*r);
        }
    }
    SqliteStatement::setEnabled(true);
    QCOMPARE(directResults, portableResults);

    // Column by column, with each value's storage class and, for text, its bytes.
    QSqlQuery columns(direct.database->connection());
    QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('interactions') ORDER BY cid")));
    QStringList selected;
    QStringList names;
    while (columns.next()) {
        const QString name = columns.value(0).toString();
        names.append(name);
        selected.append(
            QStringLiteral("typeof(%1), %1, CASE WHEN typeof(%1) = 'text' THEN hex(%1) END").arg(name));
    }
    QVERIFY(names.size() >= 25);
    const QString statement = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
        + QStringLiteral(" FROM interactions ORDER BY id");
    QSqlQuery a(direct.database->connection());
    QSqlQuery b(portable.database->connection());
    QVERIFY2(a.exec(statement), qPrintable(a.lastError().text()));
    QVERIFY2(b.exec(statement), qPrintable(b.lastError().text()));
    int rows = 0;
    while (a.next()) {
        QVERIFY2(b.next(), "the portable path stored fewer rows");
        ++rows;
        for (int c = 0; c < names.size(); ++c) {
            const QByteArray where = QStringLiteral("row %1, column %2").arg(rows).arg(names.at(c)).toUtf8();
            QVERIFY2(a.value(3 * c) == b.value(3 * c), where.constData());
            QVERIFY2(a.value(3 * c + 1) == b.value(3 * c + 1), where.constData());
            QVERIFY2(a.value(3 * c + 2) == b.value(3 * c + 2), where.constData());
        }
    }
    QVERIFY2(!b.next(), "the portable path stored more rows");
    QCOMPARE(rows, 8); // the page-1 duplicate and the stored c-1 add nothing

    // The full-text index agrees with the table and finds the same rows.
    for (Profile *p : {&direct, &portable}) {
        QSqlQuery check(p->database->connection());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO interactions_fts(interactions_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
    }
    for (const QString &word :
         {QStringLiteral("БАЙКАЛ"), QStringLiteral("road"), QStringLiteral("how much")}) {
        InteractionFilter filter;
        filter.search = word;
        auto inDirect = InteractionRepository(direct.database->connection()).find(filter);
        auto inPortable = InteractionRepository(portable.database->connection()).find(filter);
        QVERIFY2(inDirect, why(inDirect).constData());
        QVERIFY2(inPortable, why(inPortable).constData());
        QVERIFY2(!inDirect->isEmpty(), qPrintable(word));
        QCOMPARE(inDirect->size(), inPortable->size());
        for (qsizetype k = 0; k < inDirect->size(); ++k)
            QCOMPARE(inDirect->at(k).id, inPortable->at(k).id);
    }
    InteractionFilter baikal;
    baikal.search = QStringLiteral("байкал");
    auto found = InteractionRepository(direct.database->connection()).find(baikal);
    QVERIFY(found);
    QCOMPARE(found->size(), 4); // c-1, full, the message and c-2; not "edited"
}

void TestInteractionBatchWriter::thousandRowsInOneCall()
{
    // 400 comments and 600 replies to them, so that linking parents takes two statements.
    QList<Interaction> batch;
    for (int k = 0; k < 1000; ++k) {
        if (k < 400)
            batch.append(comment(account(), QStringLiteral("c-%1").arg(k)));
        else
            batch.append(
                reply(account(), QStringLiteral("r-%1").arg(k), QStringLiteral("c-%1").arg(k % 400)));
    }
    std::reverse(batch.begin(), batch.end()); // replies before their parents
    auto results = InteractionRepository(db()).insertBatch(batch);
    QVERIFY2(results, why(results).constData());
    QCOMPARE(results->size(), 1000);
    QSet<qint64> ids;
    for (const auto &[id, inserted] : std::as_const(*results)) {
        QVERIFY(inserted);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 1000);
    QCOMPARE(rowCount(), qint64(1000));
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT COUNT(*) FROM interactions r JOIN interactions p ON p.id = "
                                   "r.parent_id AND p.remote_id = r.remote_parent_id")),
             qint64(600));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM interactions_fts_docsize")), qint64(1000));
}

TRAVELFLOW_TEST_MAIN(TestInteractionBatchWriter, QCoreApplication)
#include "test_interaction_batch_writer.moc"
