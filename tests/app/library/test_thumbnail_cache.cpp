// Thumbnails of real clips made with ffmpeg and decoded by Qt Multimedia, cached on disk.

#include "core/video.h"
#include "library/fingerprint.h"
#include "library/thumbnail_cache.h"
#include "library/video_importer.h"
#include "storage/database.h"
#include "storage/video_repository.h"
#include "support/test_clips.h"
#include "support/test_env.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using travelflow::test::TestClips;

class TestThumbnailCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_clipDir;
    QString m_h264;
    QString m_broken;

    static Video videoOf(qint64 id, const QString &path, qint64 durationMs = 2000)
    {
        Video v;
        v.id = id;
        v.path = path;
        const auto fingerprint = Fingerprint::ofFile(path);
        v.fingerprint = fingerprint ? *fingerprint : QStringLiteral("unreadable:") + path;
        v.durationMs = durationMs;
        return v;
    }

    // Waits for the video's thumbnailReady() and returns its path (empty on timeout).
    static QString waitForReady(ThumbnailCache &cache, QSignalSpy &ready, qint64 videoId,
                                int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        int seen = 0;
        while (!deadline.hasExpired()) {
            for (; seen < ready.size(); ++seen) {
                if (ready.at(seen).at(0).toLongLong() == videoId)
                    return ready.at(seen).at(1).toString();
            }
            ready.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        Q_UNUSED(cache);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_clipDir.isValid());
        m_h264 = TestClips::h264Mp4(m_clipDir.path());
        QVERIFY2(!m_h264.isEmpty(), "ffmpeg could not make the test clip (run scripts/setup-deps.sh)");
        m_broken = TestClips::textRenamedMp4(m_clipDir.path());
        QVERIFY(!m_broken.isEmpty());
    }

    void makesAThumbnailOnceAndServesItFromTheCache()
    {
        QTemporaryDir cacheDir;
        const Video video = videoOf(7, m_h264);
        const QSize display(160, 90);
        QString path;
        {
            ThumbnailCache cache(cacheDir.path());
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            QVERIFY(cache.thumbnail(video, display).isNull());
            // Asking again while it is being made starts nothing more.
            QVERIFY(cache.thumbnail(video, display).isNull());
            path = waitForReady(cache, ready, video.id);
            QVERIFY2(!path.isEmpty(), "no thumbnail within 30 s");
            QCOMPARE(cache.decodeCount(), 1);
            QCOMPARE(path, cache.pathFor(video, display));
            QVERIFY(path.startsWith(cacheDir.path()));

            const QImage image = cache.thumbnail(video, display);
            QCOMPARE(image.size(), display * ThumbnailCache::kScale);
            QCOMPARE(cache.decodeCount(), 1);
        }

        QVERIFY(QFileInfo::exists(path));
        QImageReader reader(path);
        const QImage onDisk = reader.read();
        QVERIFY2(!onDisk.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(onDisk.size(), QSize(320, 180));
        // A real frame, not the placeholder: the test pattern is colourful and fills the
        // 16:9 tile (the clip is 16:9 too), so its centre is opaque.
        const QColor centre = onDisk.pixelColor(160, 90);
        QCOMPARE(centre.alpha(), 255);
        QSet<QRgb> colours;
        for (int x = 0; x < onDisk.width(); x += 8)
            colours.insert(onDisk.pixel(x, 60));
        QVERIFY2(colours.size() > 3, "the thumbnail looks blank");

        // A new cache over the same directory (the next run of the app) reads the file.
        ThumbnailCache again(cacheDir.path());
        QSignalSpy ready(&again, &ThumbnailCache::thumbnailReady);
        QVERIFY(again.thumbnail(video, display).isNull());
        QCOMPARE(waitForReady(again, ready, video.id), path);
        QCOMPARE(again.decodeCount(), 0);
        QCOMPARE(again.thumbnail(video, display).size(), QSize(320, 180));

        // Another display size is another thumbnail.
        ready.clear();
        QVERIFY(again.thumbnail(video, QSize(80, 45)).isNull());
        const QString small = waitForReady(again, ready, video.id);
        QCOMPARE(small, again.pathFor(video, QSize(80, 45)));
        QCOMPARE(QImage(small).size(), QSize(160, 90));
        QCOMPARE(again.decodeCount(), 1);
    }

    void turnsRotatedClipsUpright()
    {
        QTemporaryDir clipDir;
        const QString rotatedClip = TestClips::hevcMovRotated(clipDir.path());
        QVERIFY(!rotatedClip.isEmpty());
        QTemporaryDir cacheDir;
        ThumbnailCache cache(cacheDir.path());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        // As the library stores it: the importer's probe decides size and rotation.
        QTemporaryDir dataDir;
        auto db = Database::open(dataDir.path());
        QVERIFY(db);
        VideoImporter importer((*db)->connection());
        QSignalSpy imported(&importer, &VideoImporter::finished);
        importer.start({rotatedClip});
        QVERIFY(imported.wait(30000));
        const auto stored
            = VideoRepository((*db)->connection()).findByPath(QFileInfo(rotatedClip).canonicalFilePath());
        QVERIFY(stored && stored->has_value());
        const Video rotated = **stored;
        QCOMPARE(rotated.rotation % 180, 90);
        QVERIFY(cache.thumbnail(rotated, QSize(160, 90)).isNull());
        const QString path = waitForReady(cache, ready, rotated.id);
        QCOMPARE(path, cache.pathFor(rotated, QSize(160, 90)));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(320, 180));
        // 320x240 coded, shown 240x320: a portrait picture in the middle of the tile,
        // transparent on both sides (a landscape one would reach x = 40).
        QCOMPARE(image.pixelColor(160, 90).alpha(), 255);
        QCOMPARE(image.pixelColor(60, 90).alpha(), 0);
        QCOMPARE(image.pixelColor(260, 90).alpha(), 0);

        // A backend that hands out frames as coded: the cache turns them itself.
        Video unturned = videoOf(12, m_h264);
        unturned.width = 320;
        unturned.height = 240;
        unturned.rotation = 90;
        QVERIFY(cache.thumbnail(unturned, QSize(160, 90)).isNull());
        const QImage turned(waitForReady(cache, ready, unturned.id));
        QCOMPARE(turned.size(), QSize(320, 180));
        QCOMPARE(turned.pixelColor(160, 90).alpha(), 255);
        QCOMPARE(turned.pixelColor(60, 90).alpha(), 0);
    }

    void anUndecodableFileGetsAPlaceholderOnce()
    {
        QTemporaryDir cacheDir;
        const Video broken = videoOf(9, m_broken);
        const QSize display(160, 90);
        ThumbnailCache cache(cacheDir.path());
        cache.setDecodeTimeout(10000);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy failed(&cache, &ThumbnailCache::decodeFailed);
        QSignalSpy started(&cache, &ThumbnailCache::decodeStarted);
        QVERIFY(cache.thumbnail(broken, display).isNull());
        const QString path = waitForReady(cache, ready, broken.id);
        QCOMPARE(path, cache.placeholderPathFor(broken, display));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(QImage(path).size(), QSize(320, 180));
        QCOMPARE(cache.thumbnail(broken, display).size(), QSize(320, 180));
        QCOMPARE(cache.decodeCount(), 1);

        // No retry loop: nothing more starts on its own, nor when asked again.
        QVERIFY(!started.wait(1500));
        QCOMPARE(cache.decodeCount(), 1);

        // Nor in the next run: the placeholder on disk answers.
        ThumbnailCache next(cacheDir.path());
        QSignalSpy nextReady(&next, &ThumbnailCache::thumbnailReady);
        QVERIFY(next.thumbnail(broken, display).isNull());
        QCOMPARE(waitForReady(next, nextReady, broken.id), path);
        QCOMPARE(next.decodeCount(), 0);
    }

    void decodesAtMostTwoFilesAtATime()
    {
        QTemporaryDir cacheDir;
        ThumbnailCache cache(cacheDir.path());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QList<Video> videos;
        for (int i = 0; i < 4; ++i) {
            // Different fingerprints, same file: four decodes.
            Video v = videoOf(100 + i, m_h264);
            v.fingerprint += QString::number(i);
            videos << v;
            QVERIFY(cache.thumbnail(v, QSize(64, 36)).isNull());
        }
        int most = 0;
        connect(&cache, &ThumbnailCache::decodeStarted, this,
                [&] { most = qMax(most, cache.activeDecodeCount()); });
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 4, 60000);
        QCOMPARE(cache.decodeCount(), 4);
        QCOMPARE(most, 2);
    }
};

TRAVELFLOW_TEST_MAIN(TestThumbnailCache, QGuiApplication)
#include "test_thumbnail_cache.moc"
