// Inbox sync at scale: N comments (default 100,000) synced from the YouTube simulator (in
// process, real HTTP over loopback) into a fresh profile by InboxSync::syncAccount, against a
// baseline measured in the same run: the sqlite3 CLI bulk-importing the same rows. Then
// full-text search over the N rows, as a view asks for it (a page of 50, newest first).
// Goals: the sync stores >= 0.5x the import's rows/s; the median search takes <= 20 ms.
// Prints the numbers, the ratios and where the sync's time goes (fetching vs storing, each
// split further); pass/fail on time is not its job. Exits non-zero only when the run itself
// fails (an error, rows missing).
//
// The baseline: the synced rows are read back and written to a CSV (the 24 columns the sync
// writes; id is left to SQLite as in the sync). A fresh database gets its schema from the
// app's own migrations (Database::open: tables, indexes, FTS5 table and triggers, WAL) and
// is closed; then, timed, `sqlite3 DB .import --csv FILE interactions_import` into an
// untyped staging table, and `INSERT INTO interactions (...) SELECT ... FROM
// interactions_import` (NULLIF('' -> NULL) for the nullable columns, since CSV has no NULL),
// both with the app's pragmas (foreign_keys=ON, synchronous=NORMAL, secure_delete=ON).
//
// The sync gets a time budget (default 150 s) so that a run stays within minutes: past it,
// the inbox adapter answers the next page with a Cancelled error (the sync ends as an
// interrupted one does), the whole sync is projected from the per-page times, and the rest
// of the listing is fetched by YouTubeInbox and stored with a plain INSERT, so that the
// import and the searches still cover N rows.
//   bench_inbox_sync [N [SYNC_BUDGET_S]]   (0 = no budget; needs the Secret Service and the
//   sqlite3 CLI: ctest runs it inside a private D-Bus session with a keyring)

#include "accounts/account_service.h"
#include "accounts/account_tokens.h"
#include "accounts/platform_auth_factory.h"
#include "all_platforms.h"
#include "inbox/inbox_sync.h"
#include "leads/profile_lead_model.h"
#include "sandbox_server.h"
#include "secrets/secret_store.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "storage/sql_helpers.h"
#include "support/http_client.h"
#include "support/test_env.h"
#include "youtube/youtube_publisher.h"
#include "youtube_simulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <unistd.h>
#include <vector>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

constexpr int kDailyUnits = 10000; // the simulator's YouTube quota per Pacific day
constexpr int kPageSize = 100; // commentThreads per page (YouTubeInbox::kPageSize)
constexpr double kSyncGoal = 0.5; // x the import's rows/s
constexpr double kSearchGoalMs = 20;
constexpr int kSearches = 200;

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_inbox_sync: %s\n", qPrintable(what));
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

// Sorted copy's value at quantile q (0..1); 0 for an empty list.
double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

double sum(const std::vector<double> &v)
{
    double s = 0;
    for (const double x : v)
        s += x;
    return s;
}

double mean(const std::vector<double> &v)
{
    return v.empty() ? 0 : sum(v) / static_cast<double>(v.size());
}

Interaction::Kind kindOf(RemoteItem::Kind kind)
{
    switch (kind) {
    case RemoteItem::Kind::Comment: return Interaction::Kind::Comment;
    case RemoteItem::Kind::Reply: return Interaction::Kind::Reply;
    case RemoteItem::Kind::Message: return Interaction::Kind::Message;
    }
    return Interaction::Kind::Comment;
}

// Runs the event loop until `done` is true or `timeoutMs` passes; false on timeout. For
// setup steps: it looks every 10 ms.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// Runs the event loop (sleeping, not spinning: the simulator and Qt's network thread
// share the two cores) until `start`'s work calls `finish`; false after `timeoutMs`.
bool runUntilFinished(const std::function<void(const std::function<void()> &finish)> &start, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return finished;
}

// One GET over the app's kind of QNetworkAccessManager; the body (empty on failure) and
// the wall time.
struct Fetch
{
    QByteArray body;
    int status = 0;
    qint64 ns = 0;
};

Fetch get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &bearer = {})
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    Fetch f;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    f.ns = timer.nsecsElapsed();
    if (reply->isFinished()) {
        f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        f.body = reply->readAll();
    }
    reply->deleteLater();
    return f;
}

// ---- where the sync's time goes ---------------------------------------------------------

// CPU seconds of each thread of this process so far, by role: the main thread (the
// app's UI thread), the inbox's writer thread, Qt's network thread, the in-process
// simulator's HTTP threads, and the rest. Linux /proc; empty elsewhere.
QMap<QString, double> cpuSecondsByThread()
{
    QMap<QString, double> out;
    const long ticks = sysconf(_SC_CLK_TCK);
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open || ticks <= 0)
            continue;
        const QString name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = line.mid(close + 2).split(' '); // from field 3 (state) on
        if (fields.size() < 13)
            continue;
        const double seconds = static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong())
            / static_cast<double>(ticks); // utime + stime
        QString role = QStringLiteral("other threads");
        if (tid == self)
            role = QStringLiteral("main thread (the app's UI thread)");
        else if (name == QLatin1String("inbox writer"))
            role = QStringLiteral("inbox writer thread");
        else if (name.startsWith(QLatin1String("QNetworkAccess")))
            role = QStringLiteral("Qt network thread");
        else if (name == QLatin1String("sandbox http"))
            role = QStringLiteral("simulator (its HTTP threads)");
        out[role] += seconds;
    }
    return out;
}

// CPU time of the calling thread: against wall time it shows waiting (fsync, the network).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// What the sync did, page by page, seen from between InboxSync and the YouTube inbox.
struct SyncTrace
{
    QElapsedTimer clock;
    qint64 deadlineNs = -1; // past it, the next page is refused (< 0: no budget)
    std::optional<QString> stoppedAt; // the page token the budget refused
    int progressEvery = 100; // pages between progress lines
    std::vector<double> fetchMs; // list() called -> page delivered: HTTP, simulator, JSON, items
    std::vector<double> storeMs; // page delivered -> next list() (or the end): InboxSync::storePage
    std::vector<double> storeCpuMs; // the same, CPU time of this (the only app) thread
    QStringList pageTokens; // the cursor each page was asked with
    QList<RemotePage> pages; // what was delivered (implicitly shared copies)
    qint64 rows = 0;
    qint64 deliveredAt = -1;
    double deliveredCpu = 0;

    void closeStore(qint64 now)
    {
        if (deliveredAt < 0)
            return;
        storeMs.push_back(ms(now - deliveredAt));
        storeCpuMs.push_back(threadCpuMs() - deliveredCpu);
        deliveredAt = -1;
        if (storeMs.size() % static_cast<size_t>(progressEvery) == 0) {
            const auto last = [this](const std::vector<double> &v) {
                return sum(std::vector<double>(v.end() - progressEvery, v.end())) / progressEvery;
            };
            std::printf("    ... %6lld rows stored at %6.1f s; the last %d pages: fetch %6.1f ms/page, "
                        "store %6.1f ms/page\n",
                        static_cast<long long>(rows), now / 1e9, progressEvery, last(fetchMs), last(storeMs));
        }
    }
};

// The platform's own inbox with a stopwatch around each page; nothing else changes. Past
// the deadline it answers the next page with a Cancelled error instead of asking for it,
// which ends the sync the way an interrupted one ends (the next sync would resume there).
class TimedInbox final : public PlatformInbox
{
public:
    TimedInbox(std::unique_ptr<PlatformInbox> inner, SyncTrace &trace)
        : m_inner(std::move(inner)), m_trace(trace)
    { }

    bool providesText() const override { return m_inner->providesText(); }
    void listPosts(const QString &pageToken, const OAuthTokens &tokens, QObject *context,
                   PostsCallback done) override
    {
        m_inner->listPosts(pageToken, tokens, context, std::move(done));
    }
    void list(const InboxCursor &cursor, const OAuthTokens &tokens, QObject *context,
              PageCallback done) override
    {
        SyncTrace &t = m_trace;
        const qint64 start = t.clock.nsecsElapsed();
        t.closeStore(start);
        if (t.deadlineNs >= 0 && start > t.deadlineNs && !cursor.pageToken.isEmpty()) {
            t.stoppedAt = cursor.pageToken;
            PlatformError e;
            e.kind = PlatformError::Kind::Cancelled;
            e.platform = QStringLiteral("youtube");
            e.code = QStringLiteral("bench_time_budget");
            e.message = QStringLiteral("stopped by the benchmark's time budget");
            QMetaObject::invokeMethod(
                context, [e, deliver = std::move(done)] { deliver(PlatformOutcome<RemotePage>::failure(e)); },
                Qt::QueuedConnection);
            return;
        }
        t.pageTokens.append(cursor.pageToken);
        m_inner->list(cursor, tokens, context,
                      [&t, start, deliver = std::move(done)](const PlatformOutcome<RemotePage> &page) {
                          const qint64 got = t.clock.nsecsElapsed();
                          t.fetchMs.push_back(ms(got - start));
                          if (page.ok()) {
                              t.pages.append(*page.value);
                              t.rows += page.value->items.size();
                          }
                          t.deliveredAt = got;
                          t.deliveredCpu = threadCpuMs();
                          deliver(page); // InboxSync::storePage, which asks for the next page
                          t.closeStore(t.clock.nsecsElapsed());
                      });
    }
    void reply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens, QObject *context,
               ReplyCallback done) override
    {
        m_inner->reply(item, text, tokens, context, std::move(done));
    }
    void privateReply(const RemoteItem &item, const QString &text, const OAuthTokens &tokens,
                      QObject *context, ReplyCallback done) override
    {
        m_inner->privateReply(item, text, tokens, context, std::move(done));
    }

private:
    std::unique_ptr<PlatformInbox> m_inner;
    SyncTrace &m_trace;
};

// Least squares y = a + b x over (i, v[i]); the sum of a + b i for i in [0, count).
double projectedSum(const std::vector<double> &v, size_t count)
{
    const size_t m = v.size();
    if (m < 2)
        return mean(v) * static_cast<double>(count);
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (size_t i = 0; i < m; ++i) {
        const double x = static_cast<double>(i);
        sx += x;
        sy += v[i];
        sxx += x * x;
        sxy += x * v[i];
    }
    const double dm = static_cast<double>(m);
    const double b = (dm * sxy - sx * sy) / (dm * sxx - sx * sx);
    const double a = (sy - b * sx) / dm;
    const double c = static_cast<double>(count);
    return a * c + b * c * (c - 1) / 2;
}

// ---- setup --------------------------------------------------------------------------------

std::optional<Account> connectYouTube(Database &db, SecretStore &secrets, QNetworkAccessManager &nam,
                                      const EndpointTable &endpoints)
{
    AccountService service(db, secrets, &nam, endpoints);
    std::optional<Expected<QUrl>> url;
    service.beginConnect(Platform::YouTube, [&](const Expected<QUrl> &u) { url = u; });
    if (!waitUntil([&] { return url.has_value(); }, 15000) || !*url) {
        fail(url ? QString(QStringLiteral("connect: ") + url->error().message)
                 : QStringLiteral("connect: no address"));
        return std::nullopt;
    }
    std::optional<Account> account;
    QString problem;
    QObject::connect(&service, &AccountService::connected, [&](const Account &a) { account = a; });
    QObject::connect(&service, &AccountService::connectFailed, [&](const Error &e) {
        problem = e.message.isEmpty() ? QStringLiteral("failed") : e.message;
    });
    test::HttpClient http;
    const auto consent = http.get(**url);
    http.get(QUrl(QString::fromUtf8(consent.header("Location"))));
    if (!waitUntil([&] { return account.has_value() || !problem.isEmpty(); }, 15000) || !account) {
        fail(QStringLiteral("connect: ") + (problem.isEmpty() ? QStringLiteral("no answer") : problem));
        return std::nullopt;
    }
    return account;
}

std::optional<OAuthTokens> tokensOf(AccountTokens &tokens, qint64 accountId)
{
    std::optional<Expected<OAuthTokens>> out;
    QObject context;
    tokens.get(accountId, &context, [&](const Expected<OAuthTokens> &t) { out = t; });
    if (!waitUntil([&] { return out.has_value(); }, 15000) || !*out) {
        fail(QStringLiteral("tokens: ") + (out ? out->error().message : QStringLiteral("no answer")));
        return std::nullopt;
    }
    return **out;
}

QString uploadVideo(QNetworkAccessManager &nam, const EndpointTable &endpoints, const OAuthTokens &tokens,
                    const QString &dir)
{
    const QString path = dir + QStringLiteral("/clip.mp4");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(4000, 'v')) != 4000)
        return {};
    f.close();
    YouTubePublisher publisher(&nam, endpoints);
    PublishSpec spec;
    spec.filePath = path;
    spec.fileSize = 4000;
    spec.caption.title = QStringLiteral("Inbox benchmark");
    auto op = publisher.publish(spec, {}, tokens);
    std::optional<QString> videoId;
    QObject::connect(op.get(), &PublishOperation::finished,
                     [&](const PublishCheckpoint &c, const std::optional<PlatformError> &e) {
                         if (e)
                             fail(QStringLiteral("upload: ") + e->message);
                         videoId = e ? QString() : c.remotePostId;
                     });
    op->start();
    if (!waitUntil([&] { return videoId.has_value(); }, 60000))
        return {};
    return *videoId;
}

bool insertAccountRow(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO accounts (id, platform, remote_id, created_at, updated_at) "
                             "VALUES (?, 'youtube', 'UC-bench', '2024-01-01T00:00:00.000Z', "
                             "'2024-01-01T00:00:00.000Z')"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(QStringLiteral("account row: ") + q.lastError().text());
        return false;
    }
    return true;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// ---- the baseline: sqlite3 CLI bulk import ----------------------------------------------

// The columns the sync writes (id is assigned by SQLite in both runs), in this order in
// the CSV and in the staging table.
const QStringList kCsvColumns
    = QStringLiteral("account_id platform kind remote_id remote_parent_id parent_id "
                     "remote_post_id thread_id author_id author_name text created_at updated_at "
                     "fetched_at lead_label lead_score lead_reason lead_user_label state "
                     "lead_state notes permalink can_reply from_owner")
          .split(QLatin1Char(' '));
// CSV has no NULL: these columns come back NULL from '' (the app's nullIfEmpty, and the
// CHECK constraints of lead_user_label/lead_state refuse '').
const QStringList kNullable = QStringLiteral("remote_parent_id parent_id remote_post_id thread_id updated_at "
                                             "lead_user_label lead_state")
                                  .split(QLatin1Char(' '));

QByteArray csvField(const QVariant &v)
{
    QByteArray s = v.isNull() ? QByteArray() : v.toString().toUtf8();
    s.replace('"', "\"\"");
    return '"' + s + '"';
}

// The synced rows, exactly as stored, as CSV (no header). Returns the row count, -1 on error.
qint64 writeCsv(const QSqlDatabase &db, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return -1;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kCsvColumns.join(QStringLiteral(", "))
                + QStringLiteral(" FROM interactions ORDER BY id"))) {
        fail(QStringLiteral("csv: ") + q.lastError().text());
        return -1;
    }
    qint64 rows = 0;
    QByteArray line;
    while (q.next()) {
        line.clear();
        for (int c = 0; c < kCsvColumns.size(); ++c) {
            if (c > 0)
                line += ',';
            line += csvField(q.value(c));
        }
        line += '\n';
        out.write(line);
        ++rows;
    }
    return rows;
}

struct CliRun
{
    bool ok = false;
    double seconds = 0;
    QByteArray out;
};

CliRun sqliteCli(const QString &sqlite3, const QString &dbFile, const QStringList &commands)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(sqlite3, QStringList{QStringLiteral("-bail"), dbFile} + commands);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(600000);
    CliRun r;
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    r.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && err.trimmed().isEmpty();
    if (!r.ok)
        fail(QStringLiteral("sqlite3 %1: exit %2: %3")
                 .arg(commands.join(QLatin1Char(' ')).left(200))
                 .arg(p.exitCode())
                 .arg(QString::fromUtf8(err)));
    return r;
}

// ---- storage alone: the same pages through InteractionRepository, no network --------------

struct StoreParts
{
    double buildMs = 0; // RemoteItem -> Interaction, as storePage does
    double classifyMs = 0; // the lead classifier on each text
    double insertMs = 0; // InteractionRepository::insertBatch (one transaction a page)
    std::vector<double> insertPageMs;
};

std::optional<StoreParts> storeAlone(const QList<RemotePage> &pages, const Account &account,
                                     const QString &dataDir)
{
    auto db = Database::open(dataDir);
    if (!db) {
        fail(QStringLiteral("storage-only profile: ") + db.error().message);
        return std::nullopt;
    }
    const QSqlDatabase conn = (*db)->connection();
    if (!insertAccountRow(conn, account.id))
        return std::nullopt;
    auto model = leads::ProfileLeadModel::load(conn);
    if (!model) {
        fail(QStringLiteral("lead model: ") + model.error().message);
        return std::nullopt;
    }
    const leads::LeadClassifier classifier = model->classifier();
    StoreParts parts;
    QElapsedTimer timer;
    for (const RemotePage &page : pages) {
        timer.start();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Interaction> rows;
        rows.reserve(page.items.size());
        for (const RemoteItem &item : page.items) {
            Interaction i;
            i.accountId = account.id;
            i.platform = account.platform;
            i.kind = kindOf(item.kind);
            i.remoteId = item.remoteId;
            i.remoteParentId = item.remoteParentId;
            i.remotePostId = item.remotePostId;
            i.threadId = item.threadId;
            i.authorId = item.authorId;
            i.authorName = item.authorName;
            i.text = item.text;
            i.createdAt = item.createdAt;
            i.updatedAt = item.updatedAt;
            i.fetchedAt = now;
            i.permalink = item.permalink;
            i.canReply = item.canReply;
            i.fromOwner = item.fromAccountOwner;
            rows.append(i);
        }
        parts.buildMs += ms(timer.nsecsElapsed());
        timer.start();
        for (Interaction &i : rows) {
            const leads::LeadVerdict verdict = classifier.classify(i.text);
            i.leadLabel = verdict.lead ? Interaction::LeadLabel::Lead : Interaction::LeadLabel::Not;
            i.leadScore = verdict.score;
            i.leadReason = verdict.reason;
        }
        parts.classifyMs += ms(timer.nsecsElapsed());
        timer.start();
        const auto stored = InteractionRepository(conn).insertBatch(rows);
        const double insert = ms(timer.nsecsElapsed());
        if (!stored) {
            fail(QStringLiteral("storage-only insert: ") + stored.error().message);
            return std::nullopt;
        }
        parts.insertMs += insert;
        parts.insertPageMs.push_back(insert);
    }
    return parts;
}

// ---- the pages a time budget left ---------------------------------------------------------

// So that the import and the searches still see all N rows when the budget stopped the
// sync: the rest of the listing, fetched by the platform's own inbox and stored like
// storePage stores it (same rows, lead verdicts, one transaction a page), but with a plain
// INSERT: insertBatch's statement without its per-row parent look-up (a scalar subquery).
// Its per-page times are what storing costs without that look-up.
struct Fill
{
    int pages = 0;
    qint64 rows = 0;
    double fetchMs = 0;
    double classifyMs = 0;
    double insertMs = 0;
    std::vector<double> insertPageMs;
};

std::optional<Fill> fillRest(PlatformInbox &inbox, const OAuthTokens &tokens, const Account &account,
                             const QSqlDatabase &db, QString pageToken)
{
    auto model = leads::ProfileLeadModel::load(db);
    if (!model) {
        fail(QStringLiteral("lead model: ") + model.error().message);
        return std::nullopt;
    }
    const leads::LeadClassifier classifier = model->classifier();
    QSqlQuery find(db);
    find.setForwardOnly(true);
    find.prepare(
        QStringLiteral("SELECT id FROM interactions WHERE account_id = ? AND kind = ? AND remote_id = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO interactions (account_id, platform, kind, remote_id, remote_parent_id, parent_id, "
        "remote_post_id, thread_id, author_id, author_name, text, created_at, updated_at, fetched_at, "
        "lead_label, lead_score, lead_reason, lead_user_label, state, lead_state, notes, permalink, "
        "can_reply, from_owner) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'new', "
        "NULL, '', ?, ?, ?)"));
    QObject context;
    Fill f;
    QElapsedTimer timer;
    while (!pageToken.isEmpty()) {
        std::optional<PlatformOutcome<RemotePage>> page;
        timer.start();
        const bool answered = runUntilFinished(
            [&](const std::function<void()> &finish) {
                inbox.list(InboxCursor{InboxCursor::Scope::Comments, QString(), pageToken}, tokens, &context,
                           [&page, finish](const PlatformOutcome<RemotePage> &p) {
                               page = p;
                               finish();
                           });
            },
            60000);
        if (!answered || !page->ok()) {
            fail(QStringLiteral("fill: ") + (page ? page->error->message : QStringLiteral("no answer")));
            return std::nullopt;
        }
        f.fetchMs += ms(timer.nsecsElapsed());
        const QList<RemoteItem> &items = page->value->items;
        timer.start();
        std::vector<leads::LeadVerdict> verdicts;
        verdicts.reserve(static_cast<size_t>(items.size()));
        for (const RemoteItem &item : items)
            verdicts.push_back(classifier.classify(item.text));
        f.classifyMs += ms(timer.nsecsElapsed());

        timer.start();
        const QVariant now = sql::fromDateTime(QDateTime::currentDateTimeUtc());
        QSqlDatabase conn = db;
        if (!conn.transaction()) {
            fail(QStringLiteral("fill: begin"));
            return std::nullopt;
        }
        for (qsizetype k = 0; k < items.size(); ++k) {
            const RemoteItem &item = items.at(k);
            const leads::LeadVerdict &verdict = verdicts[static_cast<size_t>(k)];
            find.addBindValue(account.id);
            find.addBindValue(interactionKindName(kindOf(item.kind)));
            find.addBindValue(sql::notNull(item.remoteId));
            if (!find.exec()) {
                fail(QStringLiteral("fill: ") + find.lastError().text());
                return std::nullopt;
            }
            const bool known = find.next();
            find.finish();
            if (known)
                continue;
            insert.addBindValue(account.id);
            insert.addBindValue(platformName(account.platform));
            insert.addBindValue(interactionKindName(kindOf(item.kind)));
            insert.addBindValue(sql::notNull(item.remoteId));
            insert.addBindValue(sql::nullIfEmpty(item.remoteParentId));
            insert.addBindValue(sql::nullIfEmpty(item.remotePostId));
            insert.addBindValue(sql::nullIfEmpty(item.threadId));
            insert.addBindValue(sql::notNull(item.authorId));
            insert.addBindValue(sql::notNull(item.authorName));
            insert.addBindValue(sql::notNull(item.text));
            insert.addBindValue(item.createdAt.isValid() ? sql::fromDateTime(item.createdAt) : now);
            insert.addBindValue(sql::fromDateTime(item.updatedAt));
            insert.addBindValue(now);
            insert.addBindValue(
                leadLabelName(verdict.lead ? Interaction::LeadLabel::Lead : Interaction::LeadLabel::Not));
            insert.addBindValue(verdict.score);
            insert.addBindValue(sql::notNull(verdict.reason));
            insert.addBindValue(sql::notNull(item.permalink));
            insert.addBindValue(item.canReply ? 1 : 0);
            insert.addBindValue(item.fromAccountOwner ? 1 : 0);
            if (!insert.exec()) {
                fail(QStringLiteral("fill: ") + insert.lastError().text());
                conn.rollback();
                return std::nullopt;
            }
            ++f.rows;
        }
        if (!conn.commit()) {
            fail(QStringLiteral("fill: commit"));
            return std::nullopt;
        }
        const double t = ms(timer.nsecsElapsed());
        f.insertMs += t;
        f.insertPageMs.push_back(t);
        ++f.pages;
        pageToken = page->value->nextPageToken;
    }
    return f;
}

// ---- full-text search ------------------------------------------------------------------

struct Search
{
    QString words;
    const char *kind;
};

QList<Search> searches(int n)
{
    QRandomGenerator random(20240601);
    const auto number = [&] { return QString::number(1 + random.bounded(n)); };
    QList<Search> out;
    const QStringList common{QStringLiteral("synthetic"),   QStringLiteral("comment"),
                             QStringLiteral("комментарий"), QStringLiteral("viewer"),
                             QStringLiteral("Synth"),       QStringLiteral("коммент")};
    const QStringList absent{QStringLiteral("xylophone"), QStringLiteral("бегемот"),
                             QStringLiteral("glacier"),   QStringLiteral("zqx"),
                             QStringLiteral("snorkel"),   QStringLiteral("вулкан"),
                             QStringLiteral("tour"),      QStringLiteral("price"),
                             QStringLiteral("сколько"),   QStringLiteral("booking")};
    for (int k = 0; out.size() < kSearches; ++k) {
        switch (k % 5) {
        case 0: out.append({common.at((k / 5) % common.size()), "common word (half or all rows)"}); break;
        case 1: out.append({number(), "rare: a number (prefix match)"}); break;
        case 2: out.append({QStringLiteral("viewer_") + number(), "rare: an author name"}); break;
        case 3:
            out.append({(k % 2 ? QStringLiteral("synthetic ") : QStringLiteral("комментарий ")) + number(),
                        "two words, common + rare"});
            break;
        default: out.append({absent.at((k / 5) % absent.size()), "absent word"}); break;
        }
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    test::isolateEnvironment(); // HOME, XDG dirs and the keychain config of this run only
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("travelflow.*.info=false")); // as the CLI runs
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines reach ctest's log as they happen
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int budgetSeconds = argc > 2 ? QByteArray(argv[2]).toInt() : 150;
    // 1 unit a page of 100: more than ~950,000 comments do not fit the simulator's daily quota.
    if (n < 1 || n > 500000 || budgetSeconds < 0) {
        std::fprintf(stderr,
                     "usage: bench_inbox_sync [N [SYNC_BUDGET_S]]   (N: 1..500000 comments, default "
                     "100000; budget for the sync itself, default 150 s, 0 = none)\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        fail(QStringLiteral("needs the Secret Service (a D-Bus session with a keyring): run through ctest "
                            "or /tmp/kr.sh"));
        return 1;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        fail(QStringLiteral("the baseline needs the sqlite3 CLI in PATH"));
        return 1;
    }
    QByteArray sqliteVersion;
    {
        QProcess p;
        p.start(sqlite3, {QStringLiteral("-version")});
        if (p.waitForFinished(10000))
            sqliteVersion = p.readAllStandardOutput().split(' ').value(0).trimmed();
    }
    qputenv("TRAVELFLOW_YOUTUBE_CLIENT_ID", "sandbox-youtube-client");
    qputenv("TRAVELFLOW_YOUTUBE_CLIENT_SECRET", "sandbox-youtube-secret");

    QElapsedTimer total;
    total.start();
    QTemporaryDir dir;
    SandboxServer server;
    addAllPlatforms(server);
    QString error;
    if (!server.start(0, &error)) {
        fail(error);
        return 1;
    }
    auto *youtube = dynamic_cast<YouTubeSimulator *>(server.platform(QStringLiteral("youtube")));
    const QString endpointsFile = dir.filePath(QStringLiteral("endpoints.json"));
    {
        QFile f(endpointsFile);
        if (!youtube || !f.open(QIODevice::WriteOnly)
            || f.write(QJsonDocument(server.endpoints()).toJson()) <= 0) {
            fail(QStringLiteral("simulator setup"));
            return 1;
        }
    }
    const auto endpoints = EndpointTable::fromFile(endpointsFile, &error);
    if (!endpoints) {
        fail(error);
        return 1;
    }

    // ---- the profile, the account, a video with N comments ----
    auto db = Database::open(dir.filePath(QStringLiteral("profile")));
    if (!db) {
        fail(QStringLiteral("profile: ") + db.error().message);
        return 1;
    }
    const QSqlDatabase conn = (*db)->connection();
    SecretStore secrets;
    QNetworkAccessManager nam;
    const auto account = connectYouTube(**db, secrets, nam, *endpoints);
    if (!account)
        return 1;
    AccountTokens accountTokens(**db, secrets, &nam, *endpoints);
    const auto tokens = tokensOf(accountTokens, account->id);
    if (!tokens)
        return 1;
    const QString videoId = uploadVideo(nam, *endpoints, *tokens, dir.path());
    if (videoId.isEmpty()) {
        fail(QStringLiteral("upload: no video id"));
        return 1;
    }
    // The simulated audience starts commenting a minute after an upload; an hour back
    // keeps its comments out of this run, so the inbox holds exactly the N synthetic ones.
    server.clock().advance(std::chrono::hours(-1));
    QElapsedTimer timer;
    timer.start();
    youtube->addComments(videoId, n);
    const double addSeconds = timer.nsecsElapsed() / 1e9;
    const int expectedPages = (n + kPageSize - 1) / kPageSize;

    // ---- the sync ----
    std::printf("inbox sync of %d YouTube comments: InboxSync::syncAccount into a fresh profile from the "
                "in-process simulator over loopback HTTP (%d pages; adding the comments to the simulator "
                "took %.1f s)\n",
                n, expectedPages, addSeconds);
    SyncTrace trace;
    trace.progressEvery = std::max(1, expectedPages / 10);
    if (budgetSeconds > 0)
        trace.deadlineNs = qint64{budgetSeconds} * 1000000000;
    InboxSync sync(**db, accountTokens, &nam, *endpoints);
    sync.setInboxFactory([&](const Account &a) {
        return std::make_unique<TimedInbox>(createPlatformInbox(a, &nam, *endpoints), trace);
    });
    std::optional<InboxSyncReport> report;
    const QMap<QString, double> cpuBefore = cpuSecondsByThread();
    trace.clock.start();
    timer.start();
    const bool syncEnded = runUntilFinished(
        [&](const std::function<void()> &finish) {
            sync.syncAccount(account->id, [&report, finish](const InboxSyncReport &r) {
                report = r;
                finish();
            });
        },
        60 * 60 * 1000);
    const double syncSeconds = timer.nsecsElapsed() / 1e9;
    QMap<QString, double> cpuDuringSync = cpuSecondsByThread();
    for (auto it = cpuDuringSync.begin(); it != cpuDuringSync.end(); ++it)
        it.value() -= cpuBefore.value(it.key());
    if (!syncEnded) {
        fail(QStringLiteral("the sync did not end within an hour"));
        return 1;
    }
    const bool stopped = trace.stoppedAt.has_value();
    const qint64 synced = scalar(conn,
                                 QStringLiteral("SELECT COUNT(*) FROM interactions WHERE account_id = ")
                                     + QString::number(account->id));
    if ((report->error && !stopped) || synced != trace.rows || report->added != trace.rows
        || (!stopped && synced != n)) {
        fail(QStringLiteral("the sync stored %1 rows, added %2, was handed %3, of %4: %5")
                 .arg(synced)
                 .arg(report->added)
                 .arg(trace.rows)
                 .arg(n)
                 .arg(report->error ? report->error->message : QStringLiteral("no error")));
        return 1;
    }
    const double syncRate = static_cast<double>(synced) / syncSeconds;
    std::printf("  sync: %lld rows stored in %.2f s = %.0f rows/s; %zu pages, %d quota units (of %d a day), "
                "%d leads%s\n",
                static_cast<long long>(synced), syncSeconds, syncRate, trace.fetchMs.size(),
                report->quotaUnits, kDailyUnits, report->leads,
                stopped ? ", STOPPED by the time budget" : "");

    // Per page, from the first to the last: growth means the cost depends on what is stored.
    const size_t pageCount = trace.fetchMs.size();
    const size_t tenth = std::max<size_t>(1, pageCount / 10);
    const auto slice = [](const std::vector<double> &v, size_t from, size_t count) {
        return std::vector<double>(v.begin() + static_cast<std::ptrdiff_t>(std::min(from, v.size())),
                                   v.begin() + static_cast<std::ptrdiff_t>(std::min(from + count, v.size())));
    };
    const auto firstTenth = [&](const std::vector<double> &v) { return quantile(slice(v, 0, tenth), 0.5); };
    const auto lastTenth = [&](const std::vector<double> &v) {
        return quantile(slice(v, v.size() - std::min(tenth, v.size()), tenth), 0.5);
    };
    double projectedSeconds = syncSeconds;
    if (stopped) {
        // Fetching does not depend on what is stored: its median for every page. Storing
        // does: a straight line through its per-page times, never below what was measured.
        const double fetchFit = quantile(trace.fetchMs, 0.5) * expectedPages;
        const double storeFit = std::max(projectedSum(trace.storeMs, static_cast<size_t>(expectedPages)),
                                         quantile(trace.storeMs, 0.5) * expectedPages);
        projectedSeconds = std::max(syncSeconds, (fetchFit + storeFit) / 1000);
        std::printf(
            "  the budget of %d s stopped it after %lld of %d rows. Projected for the whole sync (fetch: "
            "median x pages;\n    store: a straight-line fit of its per-page times): ~%.0f s = ~%.0f "
            "rows/s (fetch ~%.0f s + store ~%.0f s)\n",
            budgetSeconds, static_cast<long long>(synced), n, projectedSeconds, n / projectedSeconds,
            fetchFit / 1000, storeFit / 1000);
        // The rest of the listing, so that the import and the searches still cover N rows.
        const auto inbox = createPlatformInbox(*account, &nam, *endpoints);
        const auto rest = fillRest(*inbox, *tokens, *account, conn, *trace.stoppedAt);
        const qint64 all = scalar(conn, QStringLiteral("SELECT COUNT(*) FROM interactions"));
        if (!rest || all != n) {
            fail(QStringLiteral("after the fill the profile holds %1 of %2 rows").arg(all).arg(n));
            return 1;
        }
        std::printf(
            "  the remaining %lld rows (%d pages) were fetched by YouTubeInbox and stored with "
            "insertBatch's INSERT minus its\n    parent look-up (see below): fetch %.1f s (%.1f "
            "ms/page), classify %.2f s, insert %.2f s = %.0f rows/s (%.2f ms/page; first 10%% %.2f, "
            "last 10%% %.2f)\n",
            static_cast<long long>(rest->rows), rest->pages, rest->fetchMs / 1000,
            rest->fetchMs / std::max(1, rest->pages), rest->classifyMs / 1000, rest->insertMs / 1000,
            static_cast<double>(rest->rows) / (rest->insertMs / 1000), quantile(rest->insertPageMs, 0.5),
            quantile(slice(rest->insertPageMs, 0, std::max<size_t>(1, rest->insertPageMs.size() / 10)), 0.5),
            lastTenth(rest->insertPageMs));
    }

    // ---- the baseline: the same rows through the sqlite3 CLI ----
    const QString csv = dir.filePath(QStringLiteral("rows.csv"));
    if (writeCsv(conn, csv) != n) {
        fail(QStringLiteral("could not write the CSV"));
        return 1;
    }
    const QString baseDir = dir.filePath(QStringLiteral("baseline"));
    {
        // The app's own migrations make the schema (tables, indexes, FTS5 table and
        // triggers, WAL); the profile is closed again before the CLI opens the file.
        auto base = Database::open(baseDir);
        if (!base) {
            fail(QStringLiteral("baseline profile: ") + base.error().message);
            return 1;
        }
        const QSqlDatabase b = (*base)->connection();
        QSqlQuery q(b); // untyped columns: values stay as the CSV had them
        if (!insertAccountRow(b, account->id)
            || !q.exec(QStringLiteral("CREATE TABLE interactions_import (")
                       + kCsvColumns.join(QStringLiteral(", ")) + QStringLiteral(")"))) {
            fail(QStringLiteral("baseline staging table: ") + q.lastError().text());
            return 1;
        }
    }
    const QString baseFile = baseDir + QLatin1Char('/') + QLatin1String(Database::kFileName);
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys=ON"),
                              QStringLiteral("PRAGMA synchronous=NORMAL"),
                              QStringLiteral("PRAGMA secure_delete=ON")};
    const CliRun staging = sqliteCli(
        sqlite3, baseFile,
        pragmas
            + QStringList{QStringLiteral(".import --csv ") + csv + QStringLiteral(" interactions_import")});
    QStringList select;
    for (const QString &c : kCsvColumns)
        select.append(kNullable.contains(c) ? QStringLiteral("NULLIF(%1, '')").arg(c) : c);
    const CliRun insert
        = sqliteCli(sqlite3, baseFile,
                    pragmas
                        + QStringList{QStringLiteral("INSERT INTO interactions (")
                                      + kCsvColumns.join(QStringLiteral(", ")) + QStringLiteral(") SELECT ")
                                      + select.join(QStringLiteral(", "))
                                      + QStringLiteral(" FROM interactions_import ORDER BY rowid")});
    const CliRun check = sqliteCli(
        sqlite3, baseFile,
        {QStringLiteral("SELECT COUNT(*) FROM interactions"),
         QStringLiteral("SELECT COUNT(*) FROM interactions_fts WHERE interactions_fts MATCH 'viewer'")});
    const QList<QByteArray> counts = check.out.trimmed().split('\n');
    if (!staging.ok || !insert.ok || !check.ok || counts.size() != 2
        || counts.at(0).trimmed().toLongLong() != n || counts.at(1).trimmed().toLongLong() != n) {
        fail(QStringLiteral("the baseline import did not store %1 rows (%2)")
                 .arg(n)
                 .arg(QString::fromUtf8(check.out.simplified())));
        return 1;
    }
    const double baseSeconds = staging.seconds + insert.seconds;
    const double baseRate = n / baseSeconds;
    std::printf(
        "  baseline: sqlite3 CLI %s, the same %d rows as CSV (read back from the synced profile) into "
        "a fresh database\n    made by the app's own migrations, pragmas as the app sets them "
        "(WAL, synchronous=NORMAL, foreign_keys=ON):\n",
        sqliteVersion.constData(), n);
    std::printf("    .import --csv into an untyped staging table (no index)      %6.2f s\n", staging.seconds);
    std::printf(
        "    INSERT INTO interactions SELECT ... FROM the staging table   %6.2f s   (one transaction; "
        "UNIQUE, 5 indexes, FK, FTS5 trigger)\n",
        insert.seconds);
    std::printf("    total %.2f s = %.0f rows/s\n", baseSeconds, baseRate);
    std::printf("  sync / import = %.3fx%s (goal >= %.1fx: %s)%s\n", syncRate / baseRate,
                stopped ? " over the rows it stored in the budget" : "", kSyncGoal,
                syncRate / baseRate >= kSyncGoal ? "met" : "NOT met",
                stopped ? qPrintable(QStringLiteral("; projected for all %1 rows: ~%2x")
                                         .arg(n)
                                         .arg(n / projectedSeconds / baseRate, 0, 'f', 3))
                        : "");
    std::printf("    Not the same work: the sync also does HTTP over loopback, the simulator's paging, JSON "
                "parsing\n    and lead classification, and commits each page of %d; the import parses a "
                "local CSV in one transaction.\n",
                kPageSize);

    // ---- where the sync's time went ----
    const double fetchTotal = sum(trace.fetchMs);
    const double storeTotal = sum(trace.storeMs);
    const double storeCpu = sum(trace.storeCpuMs);
    std::printf(
        "where the sync's %.1f s went (%zu pages; per page: median, first 10%% of pages, last 10%%).\n"
        "  The pages form a pipeline: while the writer thread stores page k, the simulator serves page\n"
        "  k+1 and the main thread reads it, so these spans overlap:\n",
        syncSeconds, pageCount);
    std::printf(
        "  asked -> page delivered (simulator, HTTP, JSON, items) %6.1f s   %6.1f / %6.1f / %6.1f ms; "
        "p10 %.1f, p90 %.1f ms\n",
        fetchTotal / 1000, quantile(trace.fetchMs, 0.5), firstTenth(trace.fetchMs), lastTenth(trace.fetchMs),
        quantile(trace.fetchMs, 0.1), quantile(trace.fetchMs, 0.9));
    std::printf(
        "  delivered -> handed to the writer (InboxSync::storePage, main thread) %6.1f s   %6.1f / %6.1f / "
        "%6.1f ms; CPU %.1f s\n",
        storeTotal / 1000, quantile(trace.storeMs, 0.5), firstTenth(trace.storeMs), lastTenth(trace.storeMs),
        storeCpu / 1000);
    std::printf("  CPU time during the sync, by thread (2 cores: at most %.1f s in all):\n", 2 * syncSeconds);
    for (auto it = cpuDuringSync.cbegin(); it != cpuDuringSync.cend(); ++it)
        std::printf("    %-36s %6.2f s = %5.1f%% of the wall time\n", qPrintable(it.key()), it.value(),
                    100 * it.value() / syncSeconds);

    // Fetching, split: the same pages again without the app (plain GETs) and through
    // the app's YouTubeInbox alone, and parsing the JSON as the app does.
    const auto apiGet = [&](const QString &path, const QList<QPair<QString, QString>> &query) {
        QUrlQuery q;
        for (const auto &[key, value] : query) {
            if (!value.isEmpty())
                q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        return get(nam, endpoints->url(QStringLiteral("youtube.api"), path, q), tokens->accessToken.toUtf8());
    };
    std::vector<double> rawMs;
    std::vector<double> parseMs;
    const int samples = static_cast<int>(std::min<qsizetype>(20, trace.pageTokens.size()));
    for (int k = 0; k < samples; ++k) {
        const qsizetype page = k * (trace.pageTokens.size() - 1) / std::max(1, samples - 1);
        const Fetch f = apiGet(QStringLiteral("/commentThreads"),
                               {{QStringLiteral("part"), QStringLiteral("snippet,replies")},
                                {QStringLiteral("maxResults"), QString::number(kPageSize)},
                                {QStringLiteral("textFormat"), QStringLiteral("plainText")},
                                {QStringLiteral("pageToken"), trace.pageTokens.at(page)},
                                {QStringLiteral("allThreadsRelatedToChannelId"), account->remoteId},
                                {QStringLiteral("order"), QStringLiteral("time")}});
        if (f.status != 200) {
            fail(QStringLiteral("raw page fetch: HTTP %1: %2")
                     .arg(f.status)
                     .arg(QString::fromUtf8(f.body.left(300))));
            return 1;
        }
        rawMs.push_back(ms(f.ns));
        timer.start();
        const QJsonDocument doc = QJsonDocument::fromJson(f.body);
        parseMs.push_back(ms(timer.nsecsElapsed()));
        if (!doc.isObject()) {
            fail(QStringLiteral("raw page fetch: not JSON"));
            return 1;
        }
    }
    // The same pages through the app's YouTubeInbox::list alone (its own instance, so the
    // channel is looked up again first: that page is left out).
    std::vector<double> inboxMs;
    {
        const auto inbox = createPlatformInbox(*account, &nam, *endpoints);
        QObject context;
        for (int k = 0; k < samples; ++k) {
            const qsizetype page = k * (trace.pageTokens.size() - 1) / std::max(1, samples - 1);
            std::optional<PlatformOutcome<RemotePage>> out;
            timer.start();
            runUntilFinished(
                [&](const std::function<void()> &finish) {
                    inbox->list(
                        InboxCursor{InboxCursor::Scope::Comments, QString(), trace.pageTokens.at(page)},
                        *tokens, &context, [&out, finish](const PlatformOutcome<RemotePage> &p) {
                            out = p;
                            finish();
                        });
                },
                60000);
            const double t = ms(timer.nsecsElapsed());
            if (!out || !out->ok()) {
                fail(QStringLiteral("YouTubeInbox::list failed on a page the sync had read"));
                return 1;
            }
            if (k > 0)
                inboxMs.push_back(t);
        }
    }
    const double pages = static_cast<double>(pageCount);
    const double rawMean = mean(rawMs);
    const double inboxMean = mean(inboxMs);
    std::printf("  fetching, split (%d of the pages fetched again, evenly spread; mean per page -> over all "
                "%zu pages):\n",
                samples, pageCount);
    std::printf(
        "    simulator + HTTP: a plain QNetworkAccessManager GET     %6.2f ms -> ~%5.1f s  (first page "
        "%.2f ms, last %.2f ms)\n",
        rawMean, rawMean * pages / 1000, rawMs.front(), rawMs.back());
    if (!inboxMs.empty())
        std::printf("    YouTubeInbox::list (+ NetworkJob, JSON, items)         %6.2f ms -> ~%5.1f s  (one "
                    "QJsonDocument::fromJson of a page: %.2f ms;\n      NetworkJob and YouTubeInbox parse "
                    "each page 3 times)\n",
                    inboxMean, inboxMean * pages / 1000, mean(parseMs));
    std::printf("    in the sync (list() -> page delivered, as above)       %6.2f ms -> ~%5.1f s\n",
                fetchTotal / pages, fetchTotal / 1000);

    // Storing, split: the sync's first pages again, through the same steps, into a fresh profile.
    const qsizetype replayPages = std::min<qsizetype>(trace.pages.size(), 100);
    const auto parts
        = storeAlone(trace.pages.mid(0, replayPages), *account, dir.filePath(QStringLiteral("replay")));
    if (!parts)
        return 1;
    const double replayStore = sum(slice(trace.storeMs, 0, static_cast<size_t>(replayPages)));
    std::printf(
        "  storing, split (the first %lld pages again into a fresh profile, no network; storePage took "
        "%.2f s for them in the sync):\n",
        static_cast<long long>(replayPages), replayStore / 1000);
    std::printf("    RemoteItem -> Interaction                          %6.2f s\n", parts->buildMs / 1000);
    std::printf("    lead classifier (classify, with reason)            %6.2f s = %.0f comments/s\n",
                parts->classifyMs / 1000,
                static_cast<double>(replayPages * kPageSize) / (parts->classifyMs / 1000));
    std::printf(
        "    InteractionRepository::insertBatch (SQLite + FTS)  %6.2f s = %.0f rows/s; per page %.2f ms "
        "(first 10%%) -> %.2f ms (last 10%%)\n",
        parts->insertMs / 1000, static_cast<double>(replayPages * kPageSize) / (parts->insertMs / 1000),
        quantile(slice(parts->insertPageMs, 0, std::max<size_t>(1, parts->insertPageMs.size() / 10)), 0.5),
        lastTenth(parts->insertPageMs));
    std::printf("    the rest of storePage (quota row, cursors, ...)    %6.2f s\n",
                (replayStore - parts->buildMs - parts->classifyMs - parts->insertMs) / 1000);

    // ---- full-text search, as a view pages through it ----
    InteractionRepository repo(conn);
    std::vector<double> searchMs;
    QMap<QString, std::vector<double>> byKind;
    qint64 hits = 0;
    for (const Search &s : searches(n)) {
        InteractionFilter filter;
        filter.search = s.words;
        filter.limit = 50;
        timer.start();
        const auto found = repo.find(filter);
        const double t = ms(timer.nsecsElapsed());
        if (!found) {
            fail(QStringLiteral("search '%1': %2").arg(s.words, found.error().message));
            return 1;
        }
        hits += found->size();
        searchMs.push_back(t);
        byKind[QLatin1String(s.kind)].push_back(t);
    }
    std::printf(
        "full-text search: %d searches through InteractionRepository::find (a page of 50, newest first) "
        "over %d rows, %lld rows returned\n",
        kSearches, n, static_cast<long long>(hits));
    const double median = quantile(searchMs, 0.5);
    std::printf("  median %.2f ms, p95 %.2f ms, max %.2f ms (goal: median <= %.0f ms: %s)\n", median,
                quantile(searchMs, 0.95), quantile(searchMs, 1.0), kSearchGoalMs,
                median <= kSearchGoalMs ? "met" : "NOT met");
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf("    %-36s median %7.2f ms, p95 %7.2f ms (%zu searches)\n", qPrintable(it.key()),
                    quantile(it.value(), 0.5), quantile(it.value(), 0.95), it.value().size());

    // Paging without a search, and the count a view shows.
    std::vector<double> pageMs;
    for (const int offset : {0, n / 2, std::max(0, n - 50)}) {
        InteractionFilter filter;
        filter.limit = 50;
        filter.offset = offset;
        timer.start();
        const auto found = repo.find(filter);
        pageMs.push_back(ms(timer.nsecsElapsed()));
        if (!found || found->isEmpty()) {
            fail(QStringLiteral("paging at offset %1 failed").arg(offset));
            return 1;
        }
    }
    InteractionFilter everyone;
    everyone.search = QStringLiteral("viewer");
    timer.start();
    const auto counted = repo.count(everyone);
    const double countMs = ms(timer.nsecsElapsed());
    if (!counted || *counted != n) {
        fail(QStringLiteral("count of 'viewer' matches is not %1").arg(n));
        return 1;
    }
    std::printf("  a page of 50 without a search at offset 0 / %d / %d: %.2f / %.2f / %.2f ms; "
                "count('viewer') = %lld in %.2f ms\n",
                n / 2, std::max(0, n - 50), pageMs[0], pageMs[1], pageMs[2], static_cast<long long>(*counted),
                countMs);
    std::printf("total run %.0f s\n", total.elapsed() / 1000.0);
    return 0;
}
