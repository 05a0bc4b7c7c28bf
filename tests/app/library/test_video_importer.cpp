// Imports real clips made with ffmpeg and decoded by Qt Multimedia, plus broken files,
// into a real SQLite profile.

#include "library/video_importer.h"
#include "storage/database.h"
#include "storage/video_repository.h"
#include "support/test_clips.h"
#include "support/test_env.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using travelflow::test::TestClips;

class TestVideoImporter : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        QList<ImportResult> results;
        ImportSummary summary;
    };

    Run importPaths(Database &db, const QStringList &paths)
    {
        VideoImporter importer(db.connection());
        Run run;
        connect(&importer, &VideoImporter::fileFinished, this,
                [&](const ImportResult &r) { run.results.append(r); });
        QSignalSpy done(&importer, &VideoImporter::finished);
        importer.start(paths);
        if (!done.wait(60000))
            qWarning("import did not finish");
        if (!done.isEmpty())
            run.summary = done.first().first().value<ImportSummary>();
        return run;
    }

    static const ImportResult *resultFor(const Run &run, const QString &path)
    {
        for (const ImportResult &r : run.results) {
            if (r.path == path)
                return &r;
        }
        return nullptr;
    }

    std::unique_ptr<Database> freshDatabase()
    {
        m_dataDirs.emplace_back(std::make_unique<QTemporaryDir>());
        auto db = Database::open(m_dataDirs.back()->path());
        if (!db)
            qWarning("%s", qPrintable(db.error().message));
        return db ? std::move(*db) : nullptr;
    }

    QTemporaryDir m_clipDir;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dataDirs;
    QString m_h264;
    QString m_hevc;
    QString m_vp9;
    QString m_gps;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_clipDir.isValid());
        m_h264 = TestClips::h264Mp4(m_clipDir.path());
        m_hevc = TestClips::hevcMovRotated(m_clipDir.path());
        m_vp9 = TestClips::vp9Webm(m_clipDir.path());
        m_gps = TestClips::gpsMov(m_clipDir.path());
        QVERIFY2(!m_h264.isEmpty() && !m_hevc.isEmpty() && !m_vp9.isEmpty() && !m_gps.isEmpty(),
                 "ffmpeg could not make the test clips (is ffmpeg installed? run scripts/setup-deps.sh)");
    }

    void importsRealClipsWithTheirMetadata()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const Run run = importPaths(*db, {m_h264, m_hevc, m_vp9, m_gps});
        QCOMPARE(run.summary.imported, 4);
        QCOMPARE(run.summary.rejected, 0);

        VideoRepository repo(db->connection());
        const auto byPath = [&](const QString &path) {
            const auto v = repo.findByPath(QFileInfo(path).canonicalFilePath());
            return v && v->has_value() ? **v : Video();
        };

        const Video h264 = byPath(m_h264);
        QCOMPARE(h264.videoCodec, QStringLiteral("h264"));
        QCOMPARE(h264.audioCodec, QStringLiteral("aac"));
        QCOMPARE(h264.container, QStringLiteral("mp4"));
        QCOMPARE(h264.width, 320);
        QCOMPARE(h264.height, 240);
        QVERIFY2(qAbs(h264.fps - 30.0) < 0.5, qPrintable(QString::number(h264.fps)));
        QVERIFY2(qAbs(h264.durationMs - 2000) <= 150, qPrintable(QString::number(h264.durationMs)));
        QCOMPARE(h264.sizeBytes, QFileInfo(m_h264).size());
        QVERIFY(h264.fingerprint.startsWith(QStringLiteral("v1:")));
        QCOMPARE(h264.rotation, 0);
        QVERIFY(!h264.location);

        const Video hevc = byPath(m_hevc);
        QCOMPARE(hevc.videoCodec, QStringLiteral("hevc"));
        QCOMPARE(hevc.container, QStringLiteral("mov"));
        const int expectedRotation = TestClips::ffprobeRotationClockwise(m_hevc);
        QVERIFY(expectedRotation == 90 || expectedRotation == 270);
        QCOMPARE(hevc.rotation, expectedRotation);
        QVERIFY2(qAbs(hevc.fps - 25.0) < 0.5, qPrintable(QString::number(hevc.fps)));

        const Video vp9 = byPath(m_vp9);
        QCOMPARE(vp9.videoCodec, QStringLiteral("vp9"));
        QCOMPARE(vp9.container, QStringLiteral("webm"));
        QCOMPARE(vp9.width, 320);
        QVERIFY2(qAbs(vp9.durationMs - 2000) <= 150, qPrintable(QString::number(vp9.durationMs)));

        const Video gps = byPath(m_gps);
        QVERIFY(gps.location);
        QCOMPARE(gps.location->latitude, 48.8584);
        QCOMPARE(gps.location->longitude, 2.2945);
        QCOMPARE(gps.createdAt, QDateTime(QDate(2026, 5, 1), QTime(10, 20, 30), Qt::UTC));
        QCOMPARE(gps.width, 640);
        QCOMPARE(gps.height, 360);
    }

    void rejectsBadFilesAndKeepsTheRestOfTheBatch()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QTemporaryDir bad;
        const QString empty = TestClips::empty(bad.path());
        const QString truncated = TestClips::truncatedMp4(bad.path());
        const QString text = TestClips::textRenamedMp4(bad.path());
        const QString missing = bad.filePath(QStringLiteral("gone.mp4"));
        QVERIFY(!empty.isEmpty() && !truncated.isEmpty() && !text.isEmpty());

        const Run run = importPaths(*db, {empty, m_h264, truncated, text, missing, m_vp9});
        QCOMPARE(run.results.size(), 6);
        QCOMPARE(run.summary.imported, 2);
        QCOMPARE(run.summary.rejected, 4);
        const QList<std::pair<QString, QString>> expected{{empty, QStringLiteral("empty")},
                                                          {truncated, QStringLiteral("truncated")},
                                                          {text, QStringLiteral("not_a_video")},
                                                          {missing, QStringLiteral("unreadable")}};
        for (const auto &[path, code] : expected) {
            const ImportResult *r = resultFor(run, path);
            QVERIFY2(r, qPrintable(path));
            QCOMPARE(r->outcome, ImportResult::Outcome::Rejected);
            QCOMPARE(r->reasonCode, code);
            QVERIFY2(r->reason.size() > 20, qPrintable(r->reason)); // a sentence, not a code
        }
        QCOMPARE(*VideoRepository(db->connection()).count(), 2);
    }

    void recognisesDuplicatesByContentAndPath()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QTemporaryDir copies;
        const QString renamed = copies.filePath(QStringLiteral("same-clip-renamed.mp4"));
        QVERIFY(QFile::copy(m_h264, renamed));

        const Run first = importPaths(*db, {m_h264});
        QCOMPARE(first.summary.imported, 1);
        const qint64 id = first.results.first().videoId;

        const Run second = importPaths(*db, {m_h264, renamed});
        QCOMPARE(second.summary.imported, 0);
        QCOMPARE(second.summary.duplicates, 2);
        for (const ImportResult &r : second.results) {
            QCOMPARE(r.outcome, ImportResult::Outcome::Duplicate);
            QCOMPARE(r.videoId, id);
        }
    }

    void importsFoldersWithMixedContent()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QTemporaryDir folder;
        QDir(folder.path()).mkpath(QStringLiteral("day2"));
        QVERIFY(QFile::copy(m_vp9, folder.filePath(QStringLiteral("day1.webm"))));
        QVERIFY(QFile::copy(m_hevc, folder.filePath(QStringLiteral("day2/sunset.mov"))));
        QVERIFY(!TestClips::textRenamedMp4(folder.path()).isEmpty());
        QFile readme(folder.filePath(QStringLiteral("readme.txt")));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("not a clip");
        readme.close();

        const Run run = importPaths(*db, {folder.path()});
        QCOMPARE(run.results.size(), 4);
        QCOMPARE(run.summary.imported, 2);
        QCOMPARE(run.summary.rejected, 1); // the text file named .mp4
        QCOMPARE(run.summary.skipped, 1); // readme.txt
        const ImportResult *skipped = resultFor(run, folder.filePath(QStringLiteral("readme.txt")));
        QVERIFY(skipped);
        QCOMPARE(skipped->outcome, ImportResult::Outcome::Skipped);
    }

    void runsAsynchronouslyAndCanBeCancelled()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        VideoImporter importer(db->connection());
        QSignalSpy files(&importer, &VideoImporter::fileFinished);
        QSignalSpy done(&importer, &VideoImporter::finished);
        importer.start({m_h264, m_hevc, m_vp9, m_gps});
        // start() returns before any file is handled: the work happens in the event loop.
        QVERIFY(importer.isRunning());
        QCOMPARE(files.count(), 0);
        connect(&importer, &VideoImporter::fileFinished, &importer, [&] { importer.cancel(); });
        QVERIFY(done.wait(60000));
        const auto summary = done.first().first().value<ImportSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(files.count(), 1);
        QCOMPARE(*VideoRepository(db->connection()).count(), 1);
    }
};

TRAVELFLOW_TEST_MAIN(TestVideoImporter, QGuiApplication)
#include "test_video_importer.moc"
