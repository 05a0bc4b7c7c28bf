// InboxPageWriter: pages stored on the writer's own thread and connection, answered on the
// caller's thread, in order, with the chain and quota rules; against a real profile database.

#include "inbox/inbox_page_writer.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/inbox_state_repository.h"
#include "storage/interaction_batch_writer.h"
#include "storage/interaction_repository.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace travelflow;

namespace {

using Stored = InboxPageWriter::Stored;

template<typename T>
QByteArray why(const Expected<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

constexpr int kWaitMs = 20000;

// One answer of the writer, as the callback saw it.
struct Answer
{
    int page = -1;
    QThread *thread = nullptr;
    Stored stored;
};

Interaction comment(qint64 accountId, const QString &remoteId)
{
    Interaction i;
    i.accountId = accountId;
    i.platform = Platform::YouTube;
    i.kind = Interaction::Kind::Comment;
    i.remoteId = remoteId;
    i.authorName = QStringLiteral("Ольга");
    i.text = QStringLiteral("Сколько стоит тур? 🚐 ") + remoteId;
    i.createdAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
    return i;
}

// `count` comments of the account named "<prefix>-<n>", made ready for the writer.
InteractionBatchWriter::Batch page(qint64 accountId, const QString &prefix, int count)
{
    QList<Interaction> items;
    for (int n = 0; n < count; ++n)
        items.append(comment(accountId, prefix + QLatin1Char('-') + QString::number(n)));
    return InteractionBatchWriter::prepare(items);
}

// The worker logs a page that could not be stored (the database's reason, then the code).
void expectPageFailureLogs()
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^save the comments and messages failed")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^storing an inbox page failed")));
}

} // namespace

class TestInboxPageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pagesAreStoredInOrderAndAnsweredOnTheCallersThread();
    void quotaIsBilledForStoredFailedAndSkippedPages();
    void aFailedPageSkipsTheRestOfItsChain();
    void noAnswerOnceTheContextIsGone();
    void destroyingTheWriterWithPagesQueuedReturnsPromptly();
    void theWalIsCopiedBackWhileTheWriterGoesOn();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    qint64 rowCount(const QString &remoteIdPrefix = QString()) const;
    // Writes `batch` and records its answer in m_answers under `index`.
    void write(InboxPageWriter &writer, InteractionBatchWriter::Batch batch, int index,
               const InboxPageWriter::Chain &chain, const InboxPageWriter::QuotaSpent &quota = {});
    bool waitForAnswers(qsizetype count)
    {
        return QTest::qWaitFor([&] { return m_answers.size() >= count; }, kWaitMs);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_account = 0;
    QObject m_context;
    QList<Answer> m_answers;
};

void TestInboxPageWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->path());
    QVERIFY2(opened, why(opened).constData());
    m_database = std::move(*opened);
    Account a;
    a.platform = Platform::YouTube;
    a.remoteId = QStringLiteral("UC-writer");
    a.displayName = QStringLiteral("Writer");
    auto id = AccountRepository(db()).upsert(a);
    QVERIFY2(id, why(id).constData());
    m_account = *id;
    m_answers.clear();
}

void TestInboxPageWriter::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TestInboxPageWriter::rowCount(const QString &remoteIdPrefix) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE remote_id LIKE ? || '%'"));
    q.addBindValue(remoteIdPrefix.isNull() ? QStringLiteral("") : remoteIdPrefix);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestInboxPageWriter::write(InboxPageWriter &writer, InteractionBatchWriter::Batch batch, int index,
                                const InboxPageWriter::Chain &chain, const InboxPageWriter::QuotaSpent &quota)
{
    writer.write(std::move(batch), quota, chain, &m_context, [this, index](const Stored &stored) {
        m_answers.append(Answer{index, QThread::currentThread(), stored});
    });
}

void TestInboxPageWriter::pagesAreStoredInOrderAndAnsweredOnTheCallersThread()
{
    constexpr int kRows = 40;
    InboxPageWriter writer(m_database->filePath());
    const auto chain = InboxPageWriter::newChain();
    for (int p = 0; p < 3; ++p)
        write(writer, page(m_account, QStringLiteral("p%1").arg(p), kRows), p, chain);
    QVERIFY(waitForAnswers(3));
    QCOMPARE(m_answers.size(), 3);

    InteractionRepository repo(db());
    qint64 lastId = 0;
    for (int p = 0; p < 3; ++p) {
        const Answer &a = m_answers.at(p);
        QCOMPARE(a.page, p); // answered in the order written
        QCOMPARE(a.thread, QThread::currentThread());
        QVERIFY2(a.stored, why(a.stored).constData());
        QCOMPARE(a.stored->size(), kRows);
        for (int n = 0; n < kRows; ++n) {
            const auto &[id, inserted] = a.stored->at(n);
            QVERIFY(inserted);
            QVERIFY2(id > lastId, "the pages are stored one after the other, in order");
            lastId = id;
            // Visible through the window's connection, as written.
            auto got = repo.get(id);
            QVERIFY2(got, why(got).constData());
            QVERIFY(got->has_value());
            QCOMPARE((*got)->remoteId, QStringLiteral("p%1-%2").arg(p).arg(n));
        }
    }
    QCOMPARE(rowCount(), qint64(3 * kRows));
    QVERIFY(!*chain);
}

void TestInboxPageWriter::quotaIsBilledForStoredFailedAndSkippedPages()
{
    const QDate day(2025, 6, 2);
    const QDate otherDay(2025, 6, 3);
    InboxPageWriter writer(m_database->filePath());
    const auto chain = InboxPageWriter::newChain();
    expectPageFailureLogs();
    write(writer, page(m_account, QStringLiteral("stored"), 5), 0, chain, {m_account, day, 3});
    write(writer, page(m_account + 1000, QStringLiteral("failed"), 5), 1, chain, {m_account, day, 5});
    write(writer, page(m_account, QStringLiteral("skipped"), 5), 2, chain, {m_account, day, 7});
    write(writer, page(m_account, QStringLiteral("free"), 5), 3, InboxPageWriter::newChain(),
          {m_account, otherDay, 0});
    write(writer, page(m_account, QStringLiteral("next-day"), 5), 4, InboxPageWriter::newChain(),
          {m_account, otherDay, 11});
    QVERIFY(waitForAnswers(5));
    QVERIFY(m_answers.at(0).stored);
    QVERIFY(!m_answers.at(1).stored);
    QVERIFY(!m_answers.at(2).stored);
    QCOMPARE(m_answers.at(2).stored.error().code, QStringLiteral("inbox.write_skipped"));
    QVERIFY(m_answers.at(3).stored);
    QVERIFY(m_answers.at(4).stored);

    InboxStateRepository state(db());
    auto units = state.quotaUnits(m_account, day);
    QVERIFY2(units, why(units).constData());
    QCOMPARE(*units, 3 + 5 + 7);
    auto nextDay = state.quotaUnits(m_account, otherDay);
    QVERIFY2(nextDay, why(nextDay).constData());
    QCOMPARE(*nextDay, 11);
    QCOMPARE(rowCount(), qint64(15));
}

void TestInboxPageWriter::aFailedPageSkipsTheRestOfItsChain()
{
    InboxPageWriter writer(m_database->filePath());
    const auto chain = InboxPageWriter::newChain();
    // The bad page: good rows around one whose account does not exist (foreign key).
    QList<Interaction> bad{comment(m_account, QStringLiteral("bad-0")),
                           comment(m_account + 1000, QStringLiteral("bad-1")),
                           comment(m_account, QStringLiteral("bad-2"))};
    expectPageFailureLogs();
    write(writer, page(m_account, QStringLiteral("first"), 3), 0, chain);
    write(writer, InteractionBatchWriter::prepare(bad), 1, chain);
    write(writer, page(m_account, QStringLiteral("after"), 3), 2, chain);
    const auto fresh = InboxPageWriter::newChain();
    write(writer, page(m_account, QStringLiteral("fresh"), 3), 3, fresh);
    QVERIFY(waitForAnswers(4));
    QCOMPARE(m_answers.size(), 4);
    for (int p = 0; p < 4; ++p)
        QCOMPARE(m_answers.at(p).page, p);

    QVERIFY2(m_answers.at(0).stored, why(m_answers.at(0).stored).constData());
    const Stored &failed = m_answers.at(1).stored;
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, Error::Kind::Storage);
    QVERIFY(failed.error().code != QStringLiteral("inbox.write_skipped"));
    QVERIFY2(failed.error().message.contains(QStringLiteral("save the comments and messages")),
             qPrintable(failed.error().message));
    const Stored &skipped = m_answers.at(2).stored;
    QVERIFY(!skipped);
    QCOMPARE(skipped.error().code, QStringLiteral("inbox.write_skipped"));
    QVERIFY(!skipped.error().message.isEmpty());
    QVERIFY2(m_answers.at(3).stored, why(m_answers.at(3).stored).constData());
    QCOMPARE(m_answers.at(3).stored->size(), 3);

    QVERIFY(*chain);
    QVERIFY(!*fresh);
    QCOMPARE(rowCount(QStringLiteral("first-")), qint64(3));
    QCOMPARE(rowCount(QStringLiteral("bad-")), qint64(0)); // a page is stored whole or not at all
    QCOMPARE(rowCount(QStringLiteral("after-")), qint64(0));
    QCOMPARE(rowCount(QStringLiteral("fresh-")), qint64(3));

    // The failed chain stays failed: a later page of it is skipped as well.
    write(writer, page(m_account, QStringLiteral("later"), 2), 4, chain);
    QVERIFY(waitForAnswers(5));
    QVERIFY(!m_answers.at(4).stored);
    QCOMPARE(m_answers.at(4).stored.error().code, QStringLiteral("inbox.write_skipped"));
    QCOMPARE(rowCount(QStringLiteral("later-")), qint64(0));
}

void TestInboxPageWriter::noAnswerOnceTheContextIsGone()
{
    constexpr int kRows = 50;
    InboxPageWriter writer(m_database->filePath());
    bool goneAnswered = false;
    auto *gone = new QObject;
    writer.write(page(m_account, QStringLiteral("gone"), kRows), {}, InboxPageWriter::newChain(), gone,
                 [&goneAnswered](const Stored &) { goneAnswered = true; });
    delete gone;

    std::optional<Stored> later;
    QObject alive;
    writer.write(page(m_account, QStringLiteral("alive"), kRows), {}, InboxPageWriter::newChain(), &alive,
                 [&later](const Stored &stored) { later = stored; });
    QVERIFY(QTest::qWaitFor([&] { return later.has_value(); }, kWaitMs));
    QVERIFY2(*later, why(*later).constData());
    // Answers come in the order written: had the first one been delivered, it would have been by now.
    QVERIFY(!goneAnswered);
    QCoreApplication::processEvents();
    QVERIFY(!goneAnswered);
    QCOMPARE(rowCount(QStringLiteral("alive-")), qint64(kRows));
    const qint64 goneRows = rowCount(QStringLiteral("gone-"));
    QVERIFY2(goneRows == 0 || goneRows == kRows, qPrintable(QString::number(goneRows)));
}

void TestInboxPageWriter::destroyingTheWriterWithPagesQueuedReturnsPromptly()
{
    constexpr int kPages = 40;
    constexpr int kRows = 250;
    QList<InteractionBatchWriter::Batch> pages;
    for (int p = 0; p < kPages; ++p)
        pages.append(page(m_account, QStringLiteral("q%1").arg(p, 2, 10, QLatin1Char('0')), kRows));

    int answered = 0;
    int answeredBefore = 0;
    QElapsedTimer destroying;
    {
        InboxPageWriter writer(m_database->filePath());
        const auto chain = InboxPageWriter::newChain();
        for (InteractionBatchWriter::Batch &p : pages)
            writer.write(std::move(p), {m_account, QDate(2025, 6, 4), 1}, chain, &m_context,
                         [&answered](const Stored &) { ++answered; });
        // Once the first page is answered the worker is busy with the next ones.
        QVERIFY(QTest::qWaitFor([&] { return answered > 0; }, kWaitMs));
        answeredBefore = answered;
        QVERIFY(answeredBefore < kPages);
        destroying.start();
    }
    const qint64 elapsed = destroying.elapsed();
    // It waits for the page being written at most, not for the whole queue.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));

    // No answer arrives from a writer that is gone.
    QCoreApplication::processEvents();
    QCOMPARE(answered, answeredBefore);

    // Every page is one transaction: whole pages only, at least those answered, and not
    // the whole queue.
    const qint64 stored = rowCount(QStringLiteral("q"));
    QVERIFY2(stored % kRows == 0, qPrintable(QString::number(stored)));
    QVERIFY2(stored >= qint64(answeredBefore) * kRows, qPrintable(QString::number(stored)));
    QVERIFY2(stored < qint64(kPages) * kRows, qPrintable(QString::number(stored)));
    auto units = InboxStateRepository(db()).quotaUnits(m_account, QDate(2025, 6, 4));
    QVERIFY2(units, why(units).constData());
    QCOMPARE(qint64(*units), stored / kRows); // billed with the pages written, in their transaction

    // The profile is still usable, and the writer's connection is gone with it.
    QVERIFY(QSqlDatabase::connectionNames().filter(QStringLiteral("inbox-writer")).isEmpty());
    InboxPageWriter again(m_database->filePath());
    std::optional<Stored> result;
    again.write(page(m_account, QStringLiteral("again"), 3), {}, InboxPageWriter::newChain(), &m_context,
                [&result](const Stored &s) { result = s; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    QVERIFY2(*result, why(*result).constData());
    QCOMPARE(rowCount(QStringLiteral("again-")), qint64(3));
}

// The writer's commits only append to the WAL; copying it back into the database file is
// done by a checkpoint on a pool thread every 50 pages. Until one runs the database file
// keeps its size; after it, the file holds the pages and nothing is lost on the way.
void TestInboxPageWriter::theWalIsCopiedBackWhileTheWriterGoesOn()
{
    const QString file = m_database->filePath();
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))); // a clean start
    }
    const qint64 before = QFileInfo(file).size();
    constexpr int kPages = 60;
    constexpr int kRows = 20;
    {
        InboxPageWriter writer(file);
        const auto chain = InboxPageWriter::newChain();
        for (int p = 0; p < kPages; ++p)
            write(writer, page(m_account, QStringLiteral("w%1").arg(p), kRows), p, chain);
        QVERIFY(waitForAnswers(kPages));
        for (const Answer &a : std::as_const(m_answers))
            QVERIFY2(a.stored, why(a.stored).constData());
        QVERIFY2(QTest::qWaitFor([&] { return QFileInfo(file).size() > before; }, kWaitMs),
                 "no checkpoint copied the WAL back");
    }
    QCOMPARE(rowCount(QStringLiteral("w")), qint64(kPages * kRows));
    QSqlQuery check(db());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

TRAVELFLOW_TEST_MAIN(TestInboxPageWriter, QCoreApplication)
#include "test_inbox_page_writer.moc"
