// The SQLite repositories against a real profile database made by Database::open.

#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "storage/metrics_repository.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/reply_outbox_repository.h"
#include "storage/video_repository.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace travelflow;

namespace {

// The failure text of a result, or nothing when it succeeded (QVERIFY2 evaluates its
// message even on success, so it must not touch error() of a value).
template<typename T>
QByteArray why(const Expected<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

QByteArray why(const Status &status)
{
    return status ? QByteArray() : status.error().message.toUtf8();
}

// sql::exec logs every failed statement; a test that provokes one expects that warning
// (and fails if it does not come).
void expectFailureLog(const QString &startsWith)
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(startsWith)));
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

const QString kCyrillic = QStringLiteral("Байкал зимой, лёд и ёлки");
const QString kEmoji = QStringLiteral("🏔️🚐✨ road trip 🇬🇪");
const QString kRtl = QStringLiteral("رحلة إلى البتراء — טיול בים המלח");

Video sampleVideo(int n)
{
    Video v;
    v.path = QStringLiteral("/home/анна/Видео/clip-%1.mp4").arg(n);
    v.fingerprint = QStringLiteral("fp-%1").arg(n);
    v.sizeBytes = 1000 + n;
    return v;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void videoRoundTripsEveryField();
    void videoFindersAndMissing();
    void videoListPagesInIdOrder();
    void videoSearchIsLiteralAndIgnoresAsciiCase();
    void videoUpdateAndRemove();
    void videoDuplicateFingerprintIsRefused();

    void accountRoundTripAndUpsertKeepsId();
    void accountSettersAndRemove();
    void accountsTableHasNoSecretColumns();

    void postCreateAndGetWithTargets();
    void postUpdateTargetAndRemove();
    void postCreateRollsBackWhenATargetIsInvalid();

    void publishJobRoundTrip();
    void publishJobListByStateAndDue();
    void checkConstraintsRejectBadStateNames();

    void interactionRoundTripsEveryField();
    void interactionInsertIfNewDeduplicates();
    void interactionSetters();
    void interactionListNewestFirstWithPaging();

    void replyOutboxRoundTripAndDue();
    void metricsRoundTripInTimeOrder();

    void deletingVideoCascadesToPostsTargetsJobsAndMetrics();
    void deletingAccountCascadesToInteractionsAndReplies();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    qint64 rowCount(const QString &table) const;
    qint64 addVideo(int n);
    qint64 addAccount(Platform platform, const QString &remoteId);
    // A video, one account per target and a post; returns the target ids.
    QList<qint64> addPostWithTargets(int targets);
    qint64 addInteraction(qint64 accountId, const QString &remoteId, const QDateTime &createdAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->path());
    QVERIFY2(opened, why(opened).constData());
    m_database = std::move(*opened);
}

void TestRepositories::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TestRepositories::rowCount(const QString &table) const
{
    // `table` is a fixed name from this file.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestRepositories::addVideo(int n)
{
    auto id = VideoRepository(db()).insert(sampleVideo(n));
    return id ? *id : 0;
}

qint64 TestRepositories::addAccount(Platform platform, const QString &remoteId)
{
    Account a;
    a.platform = platform;
    a.remoteId = remoteId;
    a.displayName = remoteId;
    auto id = AccountRepository(db()).upsert(a);
    return id ? *id : 0;
}

QList<qint64> TestRepositories::addPostWithTargets(int targets)
{
    Post post;
    post.videoId = addVideo(rowCount(QStringLiteral("videos")) + 1);
    for (int i = 0; i < targets; ++i) {
        PostTarget t;
        t.accountId = addAccount(Platform::YouTube, QStringLiteral("channel-%1-%2").arg(post.videoId).arg(i));
        t.platform = Platform::YouTube;
        t.title = QStringLiteral("title %1").arg(i);
        post.targets.append(t);
    }
    PostRepository posts(db());
    auto id = posts.create(post);
    if (!id)
        return {};
    auto stored = posts.get(*id);
    QList<qint64> ids;
    if (stored && *stored) {
        for (const PostTarget &t : (*stored)->targets)
            ids.append(t.id);
    }
    return ids;
}

qint64 TestRepositories::addInteraction(qint64 accountId, const QString &remoteId, const QDateTime &createdAt)
{
    Interaction i;
    i.accountId = accountId;
    i.platform = Platform::Instagram;
    i.remoteId = remoteId;
    i.createdAt = createdAt;
    auto result = InteractionRepository(db()).insertIfNew(i);
    return result ? result->first : 0;
}

// ---- videos ----------------------------------------------------------------------

void TestRepositories::videoRoundTripsEveryField()
{
    VideoRepository repo(db());

    Video full;
    full.path = QStringLiteral("/home/анна/Видео/") + kEmoji + QStringLiteral(".mov");
    full.fingerprint = QStringLiteral("a1b2c3d4e5f60718");
    full.sizeBytes = 5'000'000'000LL; // more than 32 bits
    full.durationMs = 61'234;
    full.width = 3840;
    full.height = 2160;
    full.fps = 29.97;
    full.videoCodec = QStringLiteral("hevc");
    full.audioCodec = QStringLiteral("aac");
    full.container = QStringLiteral("mov");
    full.rotation = 90;
    full.createdAt = QDateTime(QDate(2024, 7, 14), QTime(18, 5, 9, 250), QTimeZone(3 * 3600));
    full.location = GeoLocation{51.507351, -0.127758, -12.5};
    full.thumbnailPath = QStringLiteral("/cache/thumbs/a1b2.jpg");
    full.tags = QStringList{kCyrillic, kEmoji, kRtl, QStringLiteral("a, b")};
    full.notes = kRtl + QLatin1Char('\n') + kCyrillic;
    full.importedAt = utc(2024, 8, 1, 12, 0, 0, 1);

    auto id = repo.insert(full);
    QVERIFY2(id, why(id).constData());
    QVERIFY(*id > 0);

    auto got = repo.get(*id);
    QVERIFY2(got, why(got).constData());
    QVERIFY(got->has_value());
    const Video &v = **got;
    QCOMPARE(v.id, *id);
    QCOMPARE(v.path, full.path);
    QCOMPARE(v.fingerprint, full.fingerprint);
    QCOMPARE(v.sizeBytes, full.sizeBytes);
    QCOMPARE(v.durationMs, full.durationMs);
    QCOMPARE(v.width, full.width);
    QCOMPARE(v.height, full.height);
    QCOMPARE(v.fps, full.fps);
    QCOMPARE(v.videoCodec, full.videoCodec);
    QCOMPARE(v.audioCodec, full.audioCodec);
    QCOMPARE(v.container, full.container);
    QCOMPARE(v.rotation, full.rotation);
    QCOMPARE(v.createdAt, full.createdAt);
    QCOMPARE(v.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(v.location.has_value());
    QCOMPARE(v.location->latitude, full.location->latitude);
    QCOMPARE(v.location->longitude, full.location->longitude);
    QVERIFY(v.location->altitude.has_value());
    QCOMPARE(*v.location->altitude, -12.5);
    QCOMPARE(v.thumbnailPath, full.thumbnailPath);
    QCOMPARE(v.tags, full.tags);
    QCOMPARE(v.notes, full.notes);
    QCOMPARE(v.importedAt, full.importedAt);

    // GPS without altitude, and a video with no optional data at all.
    Video noAltitude = sampleVideo(2);
    noAltitude.location = GeoLocation{-33.8568, 151.2153, std::nullopt};
    Video bare = sampleVideo(3);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto id2 = repo.insert(noAltitude);
    auto id3 = repo.insert(bare);
    QVERIFY2(id2, why(id2).constData());
    QVERIFY2(id3, why(id3).constData());

    auto got2 = repo.get(*id2);
    QVERIFY(got2 && got2->has_value());
    QVERIFY((*got2)->location.has_value());
    QCOMPARE((*got2)->location->latitude, -33.8568);
    QCOMPARE((*got2)->location->longitude, 151.2153);
    QVERIFY(!(*got2)->location->altitude.has_value());

    auto got3 = repo.get(*id3);
    QVERIFY(got3 && got3->has_value());
    const Video &b = **got3;
    QVERIFY(!b.location.has_value());
    QVERIFY(!b.createdAt.isValid());
    QVERIFY(b.thumbnailPath.isEmpty());
    QVERIFY(b.tags.isEmpty());
    QVERIFY(b.notes.isEmpty());
    // An invalid importedAt is stamped with the insert time.
    QVERIFY(b.importedAt.isValid());
    QVERIFY(b.importedAt >= before);
    QVERIFY(b.importedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    // Absent optionals are NULL in the file, not zero or empty text.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT latitude IS NULL, altitude IS NULL, created_at IS NULL, "
                             "thumbnail_path IS NULL FROM videos WHERE id = ?"));
    q.addBindValue(*id3);
    QVERIFY(q.exec() && q.next());
    for (int c = 0; c < 4; ++c)
        QCOMPARE(q.value(c).toInt(), 1);
}

void TestRepositories::videoFindersAndMissing()
{
    VideoRepository repo(db());
    const qint64 id = addVideo(7);
    QVERIFY(id > 0);

    auto byFp = repo.findByFingerprint(QStringLiteral("fp-7"));
    QVERIFY2(byFp, why(byFp).constData());
    QVERIFY(byFp->has_value());
    QCOMPARE((*byFp)->id, id);

    auto byPath = repo.findByPath(sampleVideo(7).path);
    QVERIFY2(byPath, why(byPath).constData());
    QVERIFY(byPath->has_value());
    QCOMPARE((*byPath)->id, id);

    auto noFp = repo.findByFingerprint(QStringLiteral("fp-8"));
    QVERIFY(noFp);
    QVERIFY(!noFp->has_value());
    auto noPath = repo.findByPath(QStringLiteral("/nowhere.mp4"));
    QVERIFY(noPath);
    QVERIFY(!noPath->has_value());
    auto noId = repo.get(id + 100);
    QVERIFY(noId);
    QVERIFY(!noId->has_value());
}

void TestRepositories::videoListPagesInIdOrder()
{
    VideoRepository repo(db());
    QList<qint64> ids;
    for (int n = 1; n <= 5; ++n)
        ids.append(addVideo(n));
    QVERIFY(!ids.contains(0));

    const auto idsOf = [](const QList<Video> &videos) {
        QList<qint64> result;
        for (const Video &v : videos)
            result.append(v.id);
        return result;
    };

    auto all = repo.list();
    QVERIFY2(all, why(all).constData());
    QCOMPARE(idsOf(*all), ids);

    auto page1 = repo.list(2, 0);
    auto page2 = repo.list(2, 2);
    auto page3 = repo.list(2, 4);
    auto page4 = repo.list(2, 6);
    QVERIFY(page1 && page2 && page3 && page4);
    QCOMPARE(idsOf(*page1), ids.mid(0, 2));
    QCOMPARE(idsOf(*page2), ids.mid(2, 2));
    QCOMPARE(idsOf(*page3), ids.mid(4, 1));
    QVERIFY(page4->isEmpty());

    // An offset without a limit still skips.
    auto tail = repo.list(-1, 3);
    QVERIFY(tail);
    QCOMPARE(idsOf(*tail), ids.mid(3));

    auto none = repo.list(0, 0);
    QVERIFY(none);
    QVERIFY(none->isEmpty());

    auto count = repo.count();
    QVERIFY2(count, why(count).constData());
    QCOMPARE(*count, qint64(5));
}

void TestRepositories::videoSearchIsLiteralAndIgnoresAsciiCase()
{
    VideoRepository repo(db());
    const auto add = [&repo](int n, const QString &path, const QStringList &tags, const QString &notes) {
        Video v = sampleVideo(n);
        v.path = path;
        v.tags = tags;
        v.notes = notes;
        auto id = repo.insert(v);
        return id ? *id : 0;
    };
    const qint64 percent = add(1, QStringLiteral("/v/sale.mp4"), {}, QStringLiteral("100% natural light"));
    const qint64 noPercent = add(2, QStringLiteral("/v/other.mp4"), {}, QStringLiteral("1000 natural light"));
    const qint64 underscore = add(3, QStringLiteral("/v/a_b.mp4"), {}, {});
    const qint64 noUnderscore = add(4, QStringLiteral("/v/axb.mp4"), {}, {});
    const qint64 beach = add(5, QStringLiteral("/v/Beach-Day.MP4"), {kEmoji}, {});
    const qint64 tagged = add(6, QStringLiteral("/v/six.mp4"), {QStringLiteral("Sunset"), kCyrillic}, {});
    const qint64 backslash = add(7, QStringLiteral("C:\\clips\\x.mp4"), {}, {});
    QVERIFY(percent && noPercent && underscore && noUnderscore && beach && tagged && backslash);

    const auto search = [&repo](const QString &text) {
        QList<qint64> ids;
        auto found = repo.list(-1, 0, text);
        if (found) {
            for (const Video &v : *found)
                ids.append(v.id);
        }
        return ids;
    };

    QCOMPARE(search(QStringLiteral("100%")), QList<qint64>{percent});
    QCOMPARE(search(QStringLiteral("0% n")), QList<qint64>{percent});
    QCOMPARE(search(QStringLiteral("a_b")), QList<qint64>{underscore});
    QCOMPARE(search(QStringLiteral("C:\\clips")), QList<qint64>{backslash});
    QCOMPARE(search(QStringLiteral("beach-day.mp4")), QList<qint64>{beach});
    QCOMPARE(search(QStringLiteral("SUNSET")), QList<qint64>{tagged});
    QCOMPARE(search(QStringLiteral("лёд")), QList<qint64>{tagged});
    QCOMPARE(search(QStringLiteral("🚐")), QList<qint64>{beach});
    QCOMPARE(search(QStringLiteral("natural")), (QList<qint64>{percent, noPercent}));
    QVERIFY(search(QStringLiteral("nothing like this")).isEmpty());

    // Paging applies to the search result, and count() agrees with it.
    auto second = repo.list(1, 1, QStringLiteral("natural"));
    QVERIFY(second);
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->constFirst().id, noPercent);
    auto counted = repo.count(QStringLiteral("%"));
    QVERIFY2(counted, why(counted).constData());
    QCOMPARE(*counted, qint64(1));
}

void TestRepositories::videoUpdateAndRemove()
{
    VideoRepository repo(db());
    const qint64 id = addVideo(1);
    QVERIFY(id > 0);

    const QStringList tags{kRtl, kEmoji};
    auto st = repo.updateTagsAndNotes(id, tags, kCyrillic);
    QVERIFY2(st, why(st).constData());
    auto got = repo.get(id);
    QVERIFY(got && got->has_value());
    QCOMPARE((*got)->tags, tags);
    QCOMPARE((*got)->notes, kCyrillic);

    auto missingUpdate = repo.updateTagsAndNotes(id + 1, tags, {});
    QVERIFY(!missingUpdate);
    QCOMPARE(missingUpdate.error().kind, Error::Kind::NotFound);

    auto removed = repo.remove(id);
    QVERIFY2(removed, why(removed).constData());
    auto gone = repo.get(id);
    QVERIFY(gone);
    QVERIFY(!gone->has_value());

    auto again = repo.remove(id);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QVERIFY(!again.error().message.isEmpty());
}

void TestRepositories::videoDuplicateFingerprintIsRefused()
{
    VideoRepository repo(db());
    QVERIFY(addVideo(1) > 0);
    Video dup = sampleVideo(2);
    dup.fingerprint = sampleVideo(1).fingerprint;
    expectFailureLog(QStringLiteral("save the video failed: UNIQUE"));
    auto id = repo.insert(dup);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::Storage);
    QCOMPARE(rowCount(QStringLiteral("videos")), qint64(1));
}

// ---- accounts --------------------------------------------------------------------

void TestRepositories::accountRoundTripAndUpsertKeepsId()
{
    AccountRepository repo(db());
    Account a;
    a.platform = Platform::Instagram;
    a.remoteId = QStringLiteral("17841400000000001");
    a.displayName = kCyrillic + QLatin1Char(' ') + kEmoji;
    a.status = Account::Status::NeedsReconnect;
    a.statusReason = kRtl;
    a.scopes = QStringLiteral("instagram_basic instagram_content_publish");
    a.tokenExpiresAt = utc(2025, 1, 2, 3, 4, 5, 6);

    auto id = repo.upsert(a);
    QVERIFY2(id, why(id).constData());
    auto got = repo.get(*id);
    QVERIFY2(got, why(got).constData());
    QVERIFY(got->has_value());
    const Account first = **got;
    QCOMPARE(first.id, *id);
    QCOMPARE(first.platform, a.platform);
    QCOMPARE(first.remoteId, a.remoteId);
    QCOMPARE(first.displayName, a.displayName);
    QCOMPARE(first.status, a.status);
    QCOMPARE(first.statusReason, a.statusReason);
    QCOMPARE(first.scopes, a.scopes);
    QCOMPARE(first.tokenExpiresAt, a.tokenExpiresAt);
    QVERIFY(first.createdAt.isValid());
    QVERIFY(first.updatedAt.isValid());

    // Reconnecting the same remote account updates the row in place.
    Account again = a;
    again.displayName = QStringLiteral("New name ✈️");
    again.status = Account::Status::Connected;
    again.statusReason.clear();
    again.tokenExpiresAt = QDateTime();
    auto sameId = repo.upsert(again);
    QVERIFY2(sameId, why(sameId).constData());
    QCOMPARE(*sameId, *id);
    auto updated = repo.get(*id);
    QVERIFY(updated && updated->has_value());
    QCOMPARE((*updated)->displayName, again.displayName);
    QCOMPARE((*updated)->status, Account::Status::Connected);
    QVERIFY((*updated)->statusReason.isEmpty());
    QVERIFY(!(*updated)->tokenExpiresAt.isValid());
    QCOMPARE((*updated)->createdAt, first.createdAt);
    QVERIFY((*updated)->updatedAt >= first.updatedAt);
    QCOMPARE(rowCount(QStringLiteral("accounts")), qint64(1));

    // The same remote id on another platform is another account.
    Account other = a;
    other.platform = Platform::TikTok;
    auto otherId = repo.upsert(other);
    QVERIFY2(otherId, why(otherId).constData());
    QVERIFY(*otherId != *id);

    auto all = repo.list();
    QVERIFY2(all, why(all).constData());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).platform, Platform::Instagram); // ordered by platform name
    QCOMPARE(all->at(1).platform, Platform::TikTok);

    auto missing = repo.get(*otherId + 10);
    QVERIFY(missing);
    QVERIFY(!missing->has_value());
}

void TestRepositories::accountSettersAndRemove()
{
    AccountRepository repo(db());
    const qint64 id = addAccount(Platform::YouTube, QStringLiteral("UC123"));
    QVERIFY(id > 0);

    auto st = repo.setStatus(id, Account::Status::NeedsReconnect, kCyrillic);
    QVERIFY2(st, why(st).constData());
    const QDateTime expiry = utc(2030, 12, 31, 23, 59, 59, 999);
    auto ex = repo.setTokenExpiry(id, expiry);
    QVERIFY2(ex, why(ex).constData());
    auto got = repo.get(id);
    QVERIFY(got && got->has_value());
    QCOMPARE((*got)->status, Account::Status::NeedsReconnect);
    QCOMPARE((*got)->statusReason, kCyrillic);
    QCOMPARE((*got)->tokenExpiresAt, expiry);

    QVERIFY(repo.setTokenExpiry(id, QDateTime()));
    got = repo.get(id);
    QVERIFY(got && got->has_value());
    QVERIFY(!(*got)->tokenExpiresAt.isValid());

    for (const Status &missing : {repo.setStatus(id + 1, Account::Status::Disconnected),
                                  repo.setTokenExpiry(id + 1, expiry), repo.remove(id + 1)}) {
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    auto removed = repo.remove(id);
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(rowCount(QStringLiteral("accounts")), qint64(0));
}

void TestRepositories::accountsTableHasNoSecretColumns()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(accounts)")));
    const int nameColumn = q.record().indexOf(QStringLiteral("name"));
    QVERIFY(nameColumn >= 0);
    QStringList columns;
    while (q.next())
        columns.append(q.value(nameColumn).toString());
    QVERIFY(columns.contains(QStringLiteral("remote_id")));
    QVERIFY(columns.contains(QStringLiteral("token_expires_at")));
    for (const QString &column : columns) {
        if (column == QLatin1String("token_expires_at"))
            continue;
        const QString lower = column.toLower();
        for (const char *word : {"token", "secret", "password"})
            QVERIFY2(!lower.contains(QLatin1String(word)), qPrintable(column));
    }
}

// ---- posts -----------------------------------------------------------------------

void TestRepositories::postCreateAndGetWithTargets()
{
    const qint64 videoId = addVideo(1);
    const qint64 tiktok = addAccount(Platform::TikTok, QStringLiteral("tt-1"));
    const qint64 youtube = addAccount(Platform::YouTube, QStringLiteral("yt-1"));
    QVERIFY(videoId && tiktok && youtube);

    PostTarget t1;
    t1.accountId = tiktok;
    t1.platform = Platform::TikTok;
    t1.caption = kEmoji + QLatin1Char('\n') + kCyrillic;
    t1.tags = QStringList{QStringLiteral("#travel"), QStringLiteral("#путешествия"), kRtl};
    t1.privacy = QStringLiteral("PUBLIC_TO_EVERYONE");
    t1.optionsJson = QStringLiteral(R"({"duet":false,"stitch":true})");

    PostTarget t2;
    t2.accountId = youtube;
    t2.platform = Platform::YouTube;
    t2.title = kRtl;
    t2.caption = QStringLiteral("Long description");
    t2.privacy = QStringLiteral("private");
    t2.scheduledAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30), QTimeZone(3 * 3600)); // Moscow time
    t2.scheduleTimeZone = QStringLiteral("Europe/Moscow");

    Post post;
    post.videoId = videoId;
    post.targets = {t1, t2};

    PostRepository repo(db());
    auto id = repo.create(post);
    QVERIFY2(id, why(id).constData());

    auto got = repo.get(*id);
    QVERIFY2(got, why(got).constData());
    QVERIFY(got->has_value());
    const Post &p = **got;
    QCOMPARE(p.id, *id);
    QCOMPARE(p.videoId, videoId);
    QVERIFY(p.createdAt.isValid());
    QVERIFY(p.updatedAt.isValid());
    QCOMPARE(p.targets.size(), 2);

    const PostTarget &a = p.targets.at(0);
    QVERIFY(a.id > 0);
    QCOMPARE(a.postId, *id);
    QCOMPARE(a.accountId, tiktok);
    QCOMPARE(a.platform, Platform::TikTok);
    QVERIFY(a.title.isEmpty());
    QCOMPARE(a.caption, t1.caption);
    QCOMPARE(a.tags, t1.tags);
    QCOMPARE(a.privacy, t1.privacy);
    QCOMPARE(a.optionsJson, t1.optionsJson);
    QVERIFY(!a.scheduledAt.isValid());
    QVERIFY(a.scheduleTimeZone.isEmpty());

    const PostTarget &b = p.targets.at(1);
    QVERIFY(b.id > a.id);
    QCOMPARE(b.postId, *id);
    QCOMPARE(b.accountId, youtube);
    QCOMPARE(b.platform, Platform::YouTube);
    QCOMPARE(b.title, t2.title);
    QCOMPARE(b.caption, t2.caption);
    QVERIFY(b.tags.isEmpty());
    QCOMPARE(b.privacy, t2.privacy);
    QCOMPARE(b.optionsJson, QStringLiteral("{}"));
    QCOMPARE(b.scheduledAt, t2.scheduledAt);
    QCOMPARE(b.scheduledAt, utc(2025, 3, 1, 6, 30));
    QCOMPARE(b.scheduleTimeZone, t2.scheduleTimeZone);

    auto missing = repo.get(*id + 1);
    QVERIFY(missing);
    QVERIFY(!missing->has_value());
}

void TestRepositories::postUpdateTargetAndRemove()
{
    const QList<qint64> targetIds = addPostWithTargets(2);
    QCOMPARE(targetIds.size(), 2);
    PostRepository repo(db());

    QSqlQuery find(db());
    find.prepare(QStringLiteral("SELECT post_id FROM post_targets WHERE id = ?"));
    find.addBindValue(targetIds.at(1));
    QVERIFY(find.exec() && find.next());
    const qint64 postId = find.value(0).toLongLong();
    auto before = repo.get(postId);
    QVERIFY(before && before->has_value());

    PostTarget changed = (*before)->targets.at(1);
    changed.title = kCyrillic;
    changed.caption = kRtl;
    changed.tags = QStringList{kEmoji};
    changed.privacy = QStringLiteral("unlisted");
    changed.optionsJson = QStringLiteral(R"({"madeForKids":false})");
    changed.scheduledAt = utc(2026, 2, 3, 4, 5, 6, 7);
    changed.scheduleTimeZone = QStringLiteral("Asia/Tbilisi");
    QTest::qWait(2); // so updated_at can move
    auto st = repo.updateTarget(changed);
    QVERIFY2(st, why(st).constData());

    auto after = repo.get(postId);
    QVERIFY(after && after->has_value());
    const PostTarget &t = (*after)->targets.at(1);
    QCOMPARE(t.id, changed.id);
    QCOMPARE(t.accountId, changed.accountId);
    QCOMPARE(t.title, changed.title);
    QCOMPARE(t.caption, changed.caption);
    QCOMPARE(t.tags, changed.tags);
    QCOMPARE(t.privacy, changed.privacy);
    QCOMPARE(t.optionsJson, changed.optionsJson);
    QCOMPARE(t.scheduledAt, changed.scheduledAt);
    QCOMPARE(t.scheduleTimeZone, changed.scheduleTimeZone);
    QCOMPARE((*after)->targets.at(0).title, (*before)->targets.at(0).title); // the other one untouched
    QVERIFY((*after)->updatedAt > (*before)->updatedAt);

    PostTarget ghost = changed;
    ghost.id = targetIds.at(1) + 100;
    auto missing = repo.updateTarget(ghost);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);

    auto removed = repo.remove(postId);
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(rowCount(QStringLiteral("posts")), qint64(0));
    QCOMPARE(rowCount(QStringLiteral("post_targets")), qint64(0));
    auto again = repo.remove(postId);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
}

void TestRepositories::postCreateRollsBackWhenATargetIsInvalid()
{
    const qint64 videoId = addVideo(1);
    const qint64 account = addAccount(Platform::TikTok, QStringLiteral("tt-1"));
    QVERIFY(videoId && account);

    PostTarget good;
    good.accountId = account;
    good.caption = QStringLiteral("fine");
    PostTarget bad;
    bad.accountId = account + 999; // no such account: the foreign key refuses it
    bad.caption = QStringLiteral("broken");

    Post post;
    post.videoId = videoId;
    post.targets = {good, bad};
    PostRepository repo(db());
    expectFailureLog(QStringLiteral("save the post failed: FOREIGN KEY"));
    auto id = repo.create(post);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::Storage);
    QCOMPARE(rowCount(QStringLiteral("posts")), qint64(0));
    QCOMPARE(rowCount(QStringLiteral("post_targets")), qint64(0));

    // The connection is usable afterwards (no transaction left open).
    post.targets = {good};
    auto ok = repo.create(post);
    QVERIFY2(ok, why(ok).constData());
    QCOMPARE(rowCount(QStringLiteral("posts")), qint64(1));
    QCOMPARE(rowCount(QStringLiteral("post_targets")), qint64(1));

    // A post for a video that does not exist is refused too.
    post.videoId = videoId + 999;
    expectFailureLog(QStringLiteral("save the post failed: FOREIGN KEY"));
    QVERIFY(!repo.create(post));
    QCOMPARE(rowCount(QStringLiteral("posts")), qint64(1));
}

// ---- publish jobs ----------------------------------------------------------------

void TestRepositories::publishJobRoundTrip()
{
    const QList<qint64> targets = addPostWithTargets(1);
    QCOMPARE(targets.size(), 1);
    PublishJobRepository repo(db());

    auto id = repo.create(targets.at(0));
    QVERIFY2(id, why(id).constData());
    auto fresh = repo.get(*id);
    QVERIFY2(fresh, why(fresh).constData());
    QVERIFY(fresh->has_value());
    QCOMPARE((*fresh)->postTargetId, targets.at(0));
    QCOMPARE((*fresh)->state, PublishJob::State::Queued);
    QCOMPARE((*fresh)->attempts, 0);
    QVERIFY(!(*fresh)->nextAttemptAt.isValid());
    QVERIFY((*fresh)->uploadSessionUri.isEmpty());
    QCOMPARE((*fresh)->uploadOffset, qint64(0));
    QVERIFY((*fresh)->createdAt.isValid());

    // One job per target.
    expectFailureLog(QStringLiteral("queue the publish job failed: UNIQUE"));
    auto second = repo.create(targets.at(0));
    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::Storage);

    PublishJob job = **fresh;
    job.state = PublishJob::State::Uploading;
    job.attempts = 3;
    job.nextAttemptAt = utc(2025, 6, 7, 8, 9, 10, 11);
    job.uploadSessionUri = QStringLiteral("https://upload.example/session/abc?upload_id=%D0%B9");
    job.uploadOffset = 6'442'450'944LL; // 6 GiB
    job.publishId = QStringLiteral("v_pub_123");
    job.containerId = QStringLiteral("1789");
    job.remotePostId = QStringLiteral("dQw4w9WgXcQ");
    job.lastErrorCode = QStringLiteral("rate_limited");
    job.lastErrorText = kCyrillic;
    QTest::qWait(2);
    auto st = repo.save(job);
    QVERIFY2(st, why(st).constData());

    auto saved = repo.get(*id);
    QVERIFY(saved && saved->has_value());
    const PublishJob &s = **saved;
    QCOMPARE(s.id, *id);
    QCOMPARE(s.postTargetId, job.postTargetId);
    QCOMPARE(s.state, job.state);
    QCOMPARE(s.attempts, job.attempts);
    QCOMPARE(s.nextAttemptAt, job.nextAttemptAt);
    QCOMPARE(s.uploadSessionUri, job.uploadSessionUri);
    QCOMPARE(s.uploadOffset, job.uploadOffset);
    QCOMPARE(s.publishId, job.publishId);
    QCOMPARE(s.containerId, job.containerId);
    QCOMPARE(s.remotePostId, job.remotePostId);
    QCOMPARE(s.lastErrorCode, job.lastErrorCode);
    QCOMPARE(s.lastErrorText, job.lastErrorText);
    QCOMPARE(s.createdAt, (*fresh)->createdAt);
    QVERIFY(s.updatedAt > (*fresh)->updatedAt);

    // Clearing fields writes NULLs back.
    job.nextAttemptAt = QDateTime();
    job.lastErrorCode.clear();
    job.lastErrorText.clear();
    QVERIFY(repo.save(job));
    saved = repo.get(*id);
    QVERIFY(saved && saved->has_value());
    QVERIFY(!(*saved)->nextAttemptAt.isValid());
    QVERIFY((*saved)->lastErrorCode.isEmpty());
    QVERIFY((*saved)->lastErrorText.isEmpty());

    PublishJob ghost = job;
    ghost.id = *id + 50;
    auto missing = repo.save(ghost);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    auto none = repo.get(ghost.id);
    QVERIFY(none);
    QVERIFY(!none->has_value());
}

void TestRepositories::publishJobListByStateAndDue()
{
    const QList<qint64> targets = addPostWithTargets(7);
    QCOMPARE(targets.size(), 7);
    PublishJobRepository repo(db());
    const QDateTime now = utc(2025, 1, 1, 12, 0);

    struct Setup
    {
        PublishJob::State state;
        QDateTime next;
    };
    const QList<Setup> setups{
        {PublishJob::State::Queued, {}}, // due: no time set
        {PublishJob::State::Queued, now.addSecs(-60)}, // due
        {PublishJob::State::Queued, now.addSecs(60)}, // not yet
        {PublishJob::State::Uploading, now}, // due: exactly now
        {PublishJob::State::Processing, now.addMSecs(1)}, // not yet, by a millisecond
        {PublishJob::State::Published, {}}, // finished
        {PublishJob::State::NeedsAttention, {}}, // waits for the user
    };
    QList<qint64> ids;
    for (int i = 0; i < setups.size(); ++i) {
        auto id = repo.create(targets.at(i));
        QVERIFY2(id, why(id).constData());
        auto job = repo.get(*id);
        QVERIFY(job && job->has_value());
        PublishJob j = **job;
        j.state = setups.at(i).state;
        j.nextAttemptAt = setups.at(i).next;
        QVERIFY(repo.save(j));
        ids.append(*id);
    }

    const auto idsOf = [](const QList<PublishJob> &jobs) {
        QList<qint64> result;
        for (const PublishJob &j : jobs)
            result.append(j.id);
        return result;
    };

    auto due = repo.listDue(now);
    QVERIFY2(due, why(due).constData());
    QCOMPARE(idsOf(*due), (QList<qint64>{ids.at(0), ids.at(1), ids.at(3)}));

    auto later = repo.listDue(now.addSecs(3600));
    QVERIFY(later);
    QCOMPARE(idsOf(*later), (QList<qint64>{ids.at(0), ids.at(1), ids.at(2), ids.at(3), ids.at(4)}));

    auto queued = repo.listByState({PublishJob::State::Queued});
    QVERIFY2(queued, why(queued).constData());
    QCOMPARE(idsOf(*queued), ids.mid(0, 3));

    auto finished = repo.listByState({PublishJob::State::NeedsAttention, PublishJob::State::Published});
    QVERIFY(finished);
    QCOMPARE(idsOf(*finished), ids.mid(5, 2));

    auto empty = repo.listByState({});
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestRepositories::checkConstraintsRejectBadStateNames()
{
    const QList<qint64> targets = addPostWithTargets(1);
    QCOMPARE(targets.size(), 1);
    auto jobId = PublishJobRepository(db()).create(targets.at(0));
    QVERIFY(jobId);
    const qint64 account = addAccount(Platform::TikTok, QStringLiteral("tt-check"));
    const qint64 interaction = addInteraction(account, QStringLiteral("c1"), utc(2025, 1, 1, 0, 0));
    QVERIFY(account && interaction);

    const auto rejected = [this](const QString &statement, const QVariant &value, qint64 id) {
        QSqlQuery q(db());
        q.prepare(statement);
        q.addBindValue(value);
        q.addBindValue(id);
        return !q.exec();
    };
    QVERIFY(rejected(QStringLiteral("UPDATE publish_jobs SET state = ? WHERE id = ?"),
                     QStringLiteral("Published"), *jobId));
    QVERIFY(rejected(QStringLiteral("UPDATE accounts SET status = ? WHERE id = ?"), QStringLiteral("bogus"),
                     account));
    QVERIFY(rejected(QStringLiteral("UPDATE interactions SET lead_user_label = ? WHERE id = ?"),
                     QStringLiteral("unknown"), interaction));
    QVERIFY(rejected(QStringLiteral("UPDATE interactions SET state = ? WHERE id = ?"),
                     QStringLiteral("deleted"), interaction));
    // A valid name passes through the same statement, so the rejections above are the CHECKs.
    QVERIFY(!rejected(QStringLiteral("UPDATE publish_jobs SET state = ? WHERE id = ?"),
                      QStringLiteral("published"), *jobId));

    auto job = PublishJobRepository(db()).get(*jobId);
    QVERIFY(job && job->has_value());
    QCOMPARE((*job)->state, PublishJob::State::Published);
}

// ---- interactions ----------------------------------------------------------------

void TestRepositories::interactionRoundTripsEveryField()
{
    const qint64 account = addAccount(Platform::YouTube, QStringLiteral("UC-round"));
    QVERIFY(account);
    InteractionRepository repo(db());

    Interaction parent;
    parent.accountId = account;
    parent.platform = Platform::YouTube;
    parent.kind = Interaction::Kind::Comment;
    parent.remoteId = QStringLiteral("Ugz-parent");
    parent.createdAt = utc(2025, 2, 1, 10, 0);
    auto parentId = repo.insertIfNew(parent);
    QVERIFY2(parentId, why(parentId).constData());

    Interaction i;
    i.accountId = account;
    i.platform = Platform::YouTube;
    i.kind = Interaction::Kind::Reply;
    i.remoteId = QStringLiteral("Ugz-child");
    i.remoteParentId = parent.remoteId;
    i.parentId = parentId->first;
    i.remotePostId = QStringLiteral("dQw4w9WgXcQ");
    i.threadId = QStringLiteral("thread-1");
    i.authorId = QStringLiteral("UC-author");
    i.authorName = kRtl;
    i.text = kCyrillic + QLatin1Char('\n') + kEmoji + QLatin1Char(' ') + kRtl;
    i.createdAt = QDateTime(QDate(2025, 2, 1), QTime(13, 0, 0, 5), QTimeZone(3 * 3600));
    i.updatedAt = utc(2025, 2, 1, 11, 30);
    i.fetchedAt = utc(2025, 2, 2, 8, 0, 0, 999);
    i.leadLabel = Interaction::LeadLabel::Lead;
    i.leadScore = 0.875;
    i.leadReason = QStringLiteral("asks for the price: «сколько стоит тур?»");
    i.leadUserLabel = Interaction::LeadLabel::Not;
    i.state = Interaction::State::Replied;
    i.leadState = Interaction::LeadState::Contacted;
    i.notes = kEmoji;

    auto inserted = repo.insertIfNew(i);
    QVERIFY2(inserted, why(inserted).constData());
    QVERIFY(inserted->second);
    auto got = repo.get(inserted->first);
    QVERIFY2(got, why(got).constData());
    QVERIFY(got->has_value());
    const Interaction &g = **got;
    QCOMPARE(g.id, inserted->first);
    QCOMPARE(g.accountId, i.accountId);
    QCOMPARE(g.platform, i.platform);
    QCOMPARE(g.kind, i.kind);
    QCOMPARE(g.remoteId, i.remoteId);
    QCOMPARE(g.remoteParentId, i.remoteParentId);
    QCOMPARE(g.parentId, i.parentId);
    QCOMPARE(g.remotePostId, i.remotePostId);
    QCOMPARE(g.threadId, i.threadId);
    QCOMPARE(g.authorId, i.authorId);
    QCOMPARE(g.authorName, i.authorName);
    QCOMPARE(g.text, i.text);
    QCOMPARE(g.createdAt, i.createdAt);
    QCOMPARE(g.updatedAt, i.updatedAt);
    QCOMPARE(g.fetchedAt, i.fetchedAt);
    QCOMPARE(g.leadLabel, i.leadLabel);
    QCOMPARE(g.leadScore, i.leadScore);
    QCOMPARE(g.leadReason, i.leadReason);
    QVERIFY(g.leadUserLabel.has_value());
    QCOMPARE(*g.leadUserLabel, Interaction::LeadLabel::Not);
    QCOMPARE(g.state, i.state);
    QVERIFY(g.leadState.has_value());
    QCOMPARE(*g.leadState, Interaction::LeadState::Contacted);
    QCOMPARE(g.notes, i.notes);

    // The parent: defaults and NULL optionals.
    auto p = repo.get(parentId->first);
    QVERIFY(p && p->has_value());
    QCOMPARE((*p)->parentId, qint64(0));
    QVERIFY((*p)->remoteParentId.isEmpty());
    QVERIFY((*p)->remotePostId.isEmpty());
    QVERIFY(!(*p)->updatedAt.isValid());
    QVERIFY((*p)->fetchedAt.isValid()); // stamped on insert
    QCOMPARE((*p)->leadLabel, Interaction::LeadLabel::Unknown);
    QVERIFY(!(*p)->leadUserLabel.has_value());
    QVERIFY(!(*p)->leadState.has_value());
    QCOMPARE((*p)->state, Interaction::State::New);

    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT parent_id IS NULL, lead_user_label IS NULL, lead_state IS NULL "
                             "FROM interactions WHERE id = ?"));
    q.addBindValue(parentId->first);
    QVERIFY(q.exec() && q.next());
    for (int c = 0; c < 3; ++c)
        QCOMPARE(q.value(c).toInt(), 1);

    auto missing = repo.get(inserted->first + 100);
    QVERIFY(missing);
    QVERIFY(!missing->has_value());
}

void TestRepositories::interactionInsertIfNewDeduplicates()
{
    const qint64 a1 = addAccount(Platform::Instagram, QStringLiteral("ig-1"));
    const qint64 a2 = addAccount(Platform::Instagram, QStringLiteral("ig-2"));
    QVERIFY(a1 && a2);
    InteractionRepository repo(db());

    Interaction i;
    i.accountId = a1;
    i.platform = Platform::Instagram;
    i.remoteId = QStringLiteral("17900000000000001");
    i.text = QStringLiteral("first text");
    i.createdAt = utc(2025, 3, 3, 3, 3);

    auto first = repo.insertIfNew(i);
    QVERIFY2(first, why(first).constData());
    QVERIFY(first->second);

    Interaction same = i;
    same.text = QStringLiteral("edited text");
    auto dup = repo.insertIfNew(same);
    QVERIFY2(dup, why(dup).constData());
    QVERIFY(!dup->second);
    QCOMPARE(dup->first, first->first);
    auto stored = repo.get(first->first);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->text, i.text); // left as it was
    QCOMPARE(rowCount(QStringLiteral("interactions")), qint64(1));

    // Same remote id, other kind or other account: different items.
    Interaction message = i;
    message.kind = Interaction::Kind::Message;
    auto m = repo.insertIfNew(message);
    QVERIFY(m);
    QVERIFY(m->second);
    QVERIFY(m->first != first->first);

    Interaction otherAccount = i;
    otherAccount.accountId = a2;
    auto o = repo.insertIfNew(otherAccount);
    QVERIFY(o);
    QVERIFY(o->second);
    QCOMPARE(rowCount(QStringLiteral("interactions")), qint64(3));

    // An unknown account is refused and leaves nothing behind.
    Interaction orphan = i;
    orphan.accountId = a2 + 100;
    expectFailureLog(QStringLiteral("save the comment or message failed: FOREIGN KEY"));
    auto bad = repo.insertIfNew(orphan);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, Error::Kind::Storage);
    QCOMPARE(rowCount(QStringLiteral("interactions")), qint64(3));

    // And the connection still works after that failed transaction.
    auto again = repo.insertIfNew(i);
    QVERIFY2(again, why(again).constData());
    QVERIFY(!again->second);
}

void TestRepositories::interactionSetters()
{
    const qint64 account = addAccount(Platform::TikTok, QStringLiteral("tt-set"));
    const qint64 id = addInteraction(account, QStringLiteral("c-set"), utc(2025, 4, 4, 4, 4));
    QVERIFY(account && id);
    InteractionRepository repo(db());

    QVERIFY(repo.setState(id, Interaction::State::Archived));
    QVERIFY(repo.setLeadVerdict(id, Interaction::LeadLabel::Lead, 0.42, kCyrillic));
    QVERIFY(repo.setUserLeadLabel(id, Interaction::LeadLabel::Lead));
    QVERIFY(repo.setLeadState(id, Interaction::LeadState::Won));
    QVERIFY(repo.setNotes(id, kRtl));
    auto got = repo.get(id);
    QVERIFY(got && got->has_value());
    QCOMPARE((*got)->state, Interaction::State::Archived);
    QCOMPARE((*got)->leadLabel, Interaction::LeadLabel::Lead);
    QCOMPARE((*got)->leadScore, 0.42);
    QCOMPARE((*got)->leadReason, kCyrillic);
    QVERIFY((*got)->leadUserLabel.has_value());
    QCOMPARE(*(*got)->leadUserLabel, Interaction::LeadLabel::Lead);
    QVERIFY((*got)->leadState.has_value());
    QCOMPARE(*(*got)->leadState, Interaction::LeadState::Won);
    QCOMPARE((*got)->notes, kRtl);

    // Clearing the optionals; Unknown as a user label also clears.
    QVERIFY(repo.setLeadState(id, std::nullopt));
    QVERIFY(repo.setUserLeadLabel(id, std::nullopt));
    got = repo.get(id);
    QVERIFY(got && got->has_value());
    QVERIFY(!(*got)->leadUserLabel.has_value());
    QVERIFY(!(*got)->leadState.has_value());
    QVERIFY(repo.setUserLeadLabel(id, Interaction::LeadLabel::Not));
    QVERIFY(repo.setUserLeadLabel(id, Interaction::LeadLabel::Unknown));
    got = repo.get(id);
    QVERIFY(got && got->has_value());
    QVERIFY(!(*got)->leadUserLabel.has_value());

    const qint64 ghost = id + 100;
    for (const Status &missing :
         {repo.setState(ghost, Interaction::State::Read),
          repo.setLeadVerdict(ghost, Interaction::LeadLabel::Not, 0, {}),
          repo.setUserLeadLabel(ghost, Interaction::LeadLabel::Lead),
          repo.setLeadState(ghost, Interaction::LeadState::Lost), repo.setNotes(ghost, {})}) {
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }
}

void TestRepositories::interactionListNewestFirstWithPaging()
{
    const qint64 a1 = addAccount(Platform::Instagram, QStringLiteral("ig-list-1"));
    const qint64 a2 = addAccount(Platform::Instagram, QStringLiteral("ig-list-2"));
    QVERIFY(a1 && a2);
    const QDateTime t0 = utc(2025, 5, 5, 5, 5);
    // Inserted out of time order; two share a timestamp (the later id comes first).
    const qint64 oldest = addInteraction(a1, QStringLiteral("r1"), t0);
    const qint64 newest = addInteraction(a2, QStringLiteral("r2"), t0.addDays(2));
    const qint64 middle = addInteraction(a1, QStringLiteral("r3"), t0.addDays(1));
    const qint64 middleTwin = addInteraction(a1, QStringLiteral("r4"), t0.addDays(1));
    QVERIFY(oldest && newest && middle && middleTwin);
    InteractionRepository repo(db());

    const auto idsOf = [](const QList<Interaction> &items) {
        QList<qint64> result;
        for (const Interaction &i : items)
            result.append(i.id);
        return result;
    };

    auto all = repo.list();
    QVERIFY2(all, why(all).constData());
    QCOMPARE(idsOf(*all), (QList<qint64>{newest, middleTwin, middle, oldest}));

    auto forA1 = repo.list(a1);
    QVERIFY(forA1);
    QCOMPARE(idsOf(*forA1), (QList<qint64>{middleTwin, middle, oldest}));

    auto page = repo.list(0, 2, 1);
    QVERIFY(page);
    QCOMPARE(idsOf(*page), (QList<qint64>{middleTwin, middle}));
    auto a1Page = repo.list(a1, 5, 2);
    QVERIFY(a1Page);
    QCOMPARE(idsOf(*a1Page), QList<qint64>{oldest});
}

// ---- reply outbox and metrics ----------------------------------------------------

void TestRepositories::replyOutboxRoundTripAndDue()
{
    const qint64 account = addAccount(Platform::Instagram, QStringLiteral("ig-out"));
    const qint64 interaction = addInteraction(account, QStringLiteral("c-out"), utc(2025, 6, 6, 6, 6));
    QVERIFY(account && interaction);
    ReplyOutboxRepository repo(db());

    auto id = repo.enqueue(interaction, OutgoingReply::Kind::Private, kCyrillic + kEmoji + kRtl);
    QVERIFY2(id, why(id).constData());
    auto got = repo.get(*id);
    QVERIFY2(got, why(got).constData());
    QVERIFY(got->has_value());
    OutgoingReply r = **got;
    QCOMPARE(r.interactionId, interaction);
    QCOMPARE(r.kind, OutgoingReply::Kind::Private);
    QCOMPARE(r.text, kCyrillic + kEmoji + kRtl);
    QCOMPARE(r.state, OutgoingReply::State::Queued);
    QCOMPARE(r.attempts, 0);
    QVERIFY(!r.nextAttemptAt.isValid());
    QVERIFY(r.remoteId.isEmpty());
    QVERIFY(r.createdAt.isValid());

    r.state = OutgoingReply::State::Sent;
    r.attempts = 2;
    r.nextAttemptAt = utc(2025, 6, 7, 0, 0, 0, 1);
    r.remoteId = QStringLiteral("m_abc");
    r.lastErrorCode = QStringLiteral("http_503");
    r.lastErrorText = kRtl;
    QTest::qWait(2);
    auto st = repo.save(r);
    QVERIFY2(st, why(st).constData());
    auto saved = repo.get(*id);
    QVERIFY(saved && saved->has_value());
    QCOMPARE((*saved)->state, r.state);
    QCOMPARE((*saved)->attempts, r.attempts);
    QCOMPARE((*saved)->nextAttemptAt, r.nextAttemptAt);
    QCOMPARE((*saved)->remoteId, r.remoteId);
    QCOMPARE((*saved)->lastErrorCode, r.lastErrorCode);
    QCOMPARE((*saved)->lastErrorText, r.lastErrorText);
    QCOMPARE((*saved)->text, (*got)->text);
    QCOMPARE((*saved)->createdAt, (*got)->createdAt);
    QVERIFY((*saved)->updatedAt > (*got)->updatedAt);

    // Due: queued or interrupted sending, not in the future; sent/failed never.
    const QDateTime now = utc(2025, 7, 1, 12, 0);
    const auto add = [&](OutgoingReply::State state, const QDateTime &next) {
        auto newId = repo.enqueue(interaction, OutgoingReply::Kind::Public, QStringLiteral("hi"));
        if (!newId)
            return qint64(0);
        auto row = repo.get(*newId);
        if (!row || !row->has_value())
            return qint64(0);
        OutgoingReply x = **row;
        x.state = state;
        x.nextAttemptAt = next;
        return repo.save(x) ? *newId : qint64(0);
    };
    const qint64 queuedNow = add(OutgoingReply::State::Queued, {});
    const qint64 queuedPast = add(OutgoingReply::State::Queued, now.addSecs(-1));
    const qint64 queuedFuture = add(OutgoingReply::State::Queued, now.addSecs(1));
    const qint64 sending = add(OutgoingReply::State::Sending, {});
    const qint64 failed = add(OutgoingReply::State::Failed, {});
    QVERIFY(queuedNow && queuedPast && queuedFuture && sending && failed);

    auto due = repo.listDue(now);
    QVERIFY2(due, why(due).constData());
    QList<qint64> dueIds;
    for (const OutgoingReply &x : *due)
        dueIds.append(x.id);
    QCOMPARE(dueIds, (QList<qint64>{queuedNow, queuedPast, sending}));

    OutgoingReply ghost = r;
    ghost.id = *id + 100;
    auto missing = repo.save(ghost);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);

    expectFailureLog(QStringLiteral("queue the reply failed: FOREIGN KEY"));
    auto orphan = repo.enqueue(interaction + 100, OutgoingReply::Kind::Public, QStringLiteral("x"));
    QVERIFY(!orphan);
}

void TestRepositories::metricsRoundTripInTimeOrder()
{
    const QList<qint64> targets = addPostWithTargets(1);
    QCOMPARE(targets.size(), 1);
    auto job = PublishJobRepository(db()).create(targets.at(0));
    QVERIFY(job);
    MetricsRepository repo(db());

    MetricsSnapshot later;
    later.publishJobId = *job;
    later.takenAt = utc(2025, 8, 2, 0, 0);
    later.views = 5'000'000'000LL;
    later.likes = 0;
    later.comments = 17;
    later.shares = std::nullopt;
    MetricsSnapshot earlier;
    earlier.publishJobId = *job;
    earlier.takenAt = utc(2025, 8, 1, 0, 0);

    auto laterId = repo.add(later);
    auto earlierId = repo.add(earlier);
    QVERIFY2(laterId, why(laterId).constData());
    QVERIFY2(earlierId, why(earlierId).constData());

    auto list = repo.listForJob(*job);
    QVERIFY2(list, why(list).constData());
    QCOMPARE(list->size(), 2);
    const MetricsSnapshot &e = list->at(0);
    const MetricsSnapshot &l = list->at(1);
    QCOMPARE(e.id, *earlierId);
    QCOMPARE(e.takenAt, earlier.takenAt);
    QVERIFY(!e.views && !e.likes && !e.comments && !e.shares);
    QCOMPARE(l.id, *laterId);
    QCOMPARE(l.publishJobId, *job);
    QCOMPARE(l.takenAt, later.takenAt);
    QCOMPARE(l.views, later.views);
    QVERIFY(l.likes.has_value()); // zero is a reported value, not an absent one
    QCOMPARE(*l.likes, qint64(0));
    QCOMPARE(l.comments, later.comments);
    QVERIFY(!l.shares.has_value());

    expectFailureLog(QStringLiteral("save the engagement numbers failed: UNIQUE"));
    auto dup = repo.add(later);
    QVERIFY(!dup);
    QCOMPARE(dup.error().kind, Error::Kind::Storage);

    auto none = repo.listForJob(*job + 1);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

// ---- cascades --------------------------------------------------------------------

void TestRepositories::deletingVideoCascadesToPostsTargetsJobsAndMetrics()
{
    const QList<qint64> targets = addPostWithTargets(2);
    QCOMPARE(targets.size(), 2);
    // A second, unrelated post must survive.
    const QList<qint64> otherTargets = addPostWithTargets(1);
    QCOMPARE(otherTargets.size(), 1);

    PublishJobRepository jobs(db());
    auto job1 = jobs.create(targets.at(0));
    auto job2 = jobs.create(targets.at(1));
    auto otherJob = jobs.create(otherTargets.at(0));
    QVERIFY(job1 && job2 && otherJob);
    MetricsSnapshot m;
    m.publishJobId = *job1;
    m.views = 1;
    QVERIFY(MetricsRepository(db()).add(m));

    QCOMPARE(rowCount(QStringLiteral("posts")), qint64(2));
    QCOMPARE(rowCount(QStringLiteral("post_targets")), qint64(3));
    QCOMPARE(rowCount(QStringLiteral("publish_jobs")), qint64(3));
    QCOMPARE(rowCount(QStringLiteral("metrics_snapshots")), qint64(1));

    auto videos = VideoRepository(db()).list();
    QVERIFY(videos);
    QCOMPARE(videos->size(), 2);
    auto removed = VideoRepository(db()).remove(videos->at(0).id);
    QVERIFY2(removed, why(removed).constData());

    QCOMPARE(rowCount(QStringLiteral("posts")), qint64(1));
    QCOMPARE(rowCount(QStringLiteral("post_targets")), qint64(1));
    QCOMPARE(rowCount(QStringLiteral("publish_jobs")), qint64(1));
    QCOMPARE(rowCount(QStringLiteral("metrics_snapshots")), qint64(0));
    auto survivor = jobs.get(*otherJob);
    QVERIFY(survivor && survivor->has_value());
    // Accounts are not owned by videos.
    QCOMPARE(rowCount(QStringLiteral("accounts")), qint64(3));
}

void TestRepositories::deletingAccountCascadesToInteractionsAndReplies()
{
    const qint64 doomed = addAccount(Platform::TikTok, QStringLiteral("tt-doomed"));
    const qint64 kept = addAccount(Platform::TikTok, QStringLiteral("tt-kept"));
    QVERIFY(doomed && kept);
    const QDateTime t = utc(2025, 9, 9, 9, 9);
    const qint64 c1 = addInteraction(doomed, QStringLiteral("c1"), t);
    const qint64 c2 = addInteraction(doomed, QStringLiteral("c2"), t);
    const qint64 k1 = addInteraction(kept, QStringLiteral("k1"), t);
    QVERIFY(c1 && c2 && k1);
    ReplyOutboxRepository outbox(db());
    QVERIFY(outbox.enqueue(c1, OutgoingReply::Kind::Public, QStringLiteral("thanks")));
    QVERIFY(outbox.enqueue(k1, OutgoingReply::Kind::Public, QStringLiteral("thanks")));

    // A caption for the doomed account goes with it; the post itself stays.
    const qint64 video = addVideo(1);
    Post post;
    post.videoId = video;
    PostTarget target;
    target.accountId = doomed;
    PostTarget keptTarget;
    keptTarget.accountId = kept;
    post.targets = {target, keptTarget};
    auto postId = PostRepository(db()).create(post);
    QVERIFY2(postId, why(postId).constData());

    // What the disconnect confirmation lists is exactly what the cascade takes.
    auto summary = AccountRepository(db()).deletionSummary(doomed);
    QVERIFY2(summary, why(summary).constData());
    QCOMPARE(summary->comments, qint64(2));
    QCOMPARE(summary->messages, qint64(0));
    QCOMPARE(summary->pendingReplies, qint64(1));
    QCOMPARE(summary->postTargets, qint64(1));
    QCOMPARE(summary->publishJobs, qint64(0));
    auto keptSummary = AccountRepository(db()).deletionSummary(kept);
    QVERIFY2(keptSummary, why(keptSummary).constData());
    QCOMPARE(keptSummary->comments, qint64(1));
    const qint64 interactionsBefore = rowCount(QStringLiteral("interactions"));
    const qint64 outboxBefore = rowCount(QStringLiteral("reply_outbox"));

    auto removed = AccountRepository(db()).remove(doomed);
    QVERIFY2(removed, why(removed).constData());

    QCOMPARE(interactionsBefore - rowCount(QStringLiteral("interactions")),
             summary->comments + summary->messages);
    QCOMPARE(outboxBefore - rowCount(QStringLiteral("reply_outbox")), summary->pendingReplies);
    QCOMPARE(rowCount(QStringLiteral("interactions")), qint64(1));
    QCOMPARE(rowCount(QStringLiteral("reply_outbox")), qint64(1));
    auto left = InteractionRepository(db()).get(k1);
    QVERIFY(left && left->has_value());
    auto gone = InteractionRepository(db()).get(c1);
    QVERIFY(gone && !gone->has_value());
    auto stored = PostRepository(db()).get(*postId);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->targets.size(), 1);
    QCOMPARE((*stored)->targets.at(0).accountId, kept);
}

TRAVELFLOW_TEST_MAIN(TestRepositories, QCoreApplication)

#include "test_repositories.moc"
