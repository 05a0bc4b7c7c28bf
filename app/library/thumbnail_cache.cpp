#include "thumbnail_cache.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QMediaPlayer>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent>
#include <QTimer>
#include <QTransform>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <memory>

namespace travelflow {

namespace {

// Most thumbnails in memory at once, in KiB of pixels (about 200 grid tiles).
constexpr int kMemoryBudgetKiB = 64 * 1024;
// Frames that arrive this much before the target still count (keyframe spacing, rounding).
constexpr qint64 kFrameToleranceMs = 40;

int costOf(const QImage &image)
{
    return qMax(1, int(image.sizeInBytes() / 1024));
}

struct DiskLookup
{
    QImage image;
    QString path;
};

DiskLookup readCached(const QString &path, const QString &placeholderPath)
{
    for (const QString &candidate : {path, placeholderPath}) {
        if (!QFileInfo::exists(candidate))
            continue;
        QImage image(candidate);
        if (!image.isNull())
            return {image, candidate};
    }
    return {};
}

// Whether the frame still needs the clip's rotation. Some Qt backends (GStreamer, Qt 6.4
// on Linux) hand out frames already turned, others do not: a quarter turn shows in the
// frame's shape (coded size vs the size the library stored), so only then do we turn it.
// A half turn does not show, and is left to the backend.
int remainingRotation(const QSize &frame, const QSize &coded, int rotation)
{
    const int quarter = ((rotation % 360) + 360) % 360;
    if (quarter != 90 && quarter != 270)
        return 0;
    if (coded.isEmpty() || coded.width() == coded.height())
        return 0;
    const bool stillAsCoded = (frame.width() > frame.height()) == (coded.width() > coded.height());
    return stillAsCoded ? quarter : 0;
}

// The frame turned upright, fitted into `size` and centred on a transparent canvas, so
// every tile of the grid has the same size whatever the clip's aspect.
QImage fitFrame(const QImage &frame, const QSize &coded, int rotation, const QSize &size)
{
    QImage upright = frame;
    if (const int turn = remainingRotation(frame.size(), coded, rotation))
        upright = frame.transformed(QTransform().rotate(turn), Qt::SmoothTransformation);
    const QImage scaled = upright.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    painter.drawImage((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2, scaled);
    return canvas;
}

// A neutral tile with a crossed-out film frame: readable on light and dark palettes.
QImage placeholderImage(const QSize &size)
{
    QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(2, 2, -2, -2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(128, 128, 128, 90));
    painter.drawRoundedRect(tile, 8, 8);

    const qreal side = qMin(tile.width(), tile.height()) * 0.4;
    const QRectF frame(tile.center() - QPointF(side / 2, side * 0.35), QSizeF(side, side * 0.7));
    QPen pen(QColor(128, 128, 128, 220));
    pen.setWidthF(qMax(2.0, side / 16));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(frame, side / 12, side / 12);
    painter.drawLine(frame.topLeft(), frame.bottomRight());
    painter.drawLine(frame.bottomLeft(), frame.topRight());
    return canvas;
}

// Writes atomically, so a crash never leaves half a PNG that would be served later.
bool savePng(const QImage &image, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace

// One file being decoded: its player, the sink that receives frames, and its deadline.
struct ThumbnailCache::Grab
{
    Request request;
    QPointer<QMediaPlayer> player;
    QTimer *timer = nullptr;
    qint64 targetMs = 0;
    QVideoFrame last;
    bool done = false;
};

ThumbnailCache::ThumbnailCache(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory), m_memory(kMemoryBudgetKiB)
{
    // Scaling and PNG writing are short; two threads keep up with two decoders.
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    // The workers only touch values they were given, but their files should be complete.
    m_pool.waitForDone();
}

void ThumbnailCache::setMaxConcurrentDecodes(int count)
{
    m_maxDecodes = qMax(1, count);
}

QString ThumbnailCache::keyFor(const Video &video, const QSize &pixelSize) const
{
    // The fingerprint names the content whatever the file is called; hashing it keeps the
    // file name short and free of characters a file system may not like.
    const QString identity
        = video.fingerprint.isEmpty() ? QStringLiteral("path:") + video.path : video.fingerprint;
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hash.left(32))
        + QStringLiteral("_%1x%2").arg(pixelSize.width()).arg(pixelSize.height());
}

QString ThumbnailCache::pathFor(const Video &video, const QSize &displaySize) const
{
    return m_directory + QLatin1Char('/') + keyFor(video, displaySize * kScale) + QStringLiteral(".png");
}

QString ThumbnailCache::placeholderPathFor(const Video &video, const QSize &displaySize) const
{
    return m_directory + QLatin1Char('/') + keyFor(video, displaySize * kScale)
        + QStringLiteral(".unreadable.png");
}

ThumbnailCache::Request ThumbnailCache::makeRequest(const Video &video, const QSize &displaySize) const
{
    Request r;
    r.videoId = video.id;
    r.videoPath = video.path;
    r.pixelSize = displaySize * kScale;
    r.key = keyFor(video, r.pixelSize);
    r.path = pathFor(video, displaySize);
    r.placeholderPath = placeholderPathFor(video, displaySize);
    r.durationMs = video.durationMs;
    r.rotation = video.rotation;
    r.codedSize = QSize(video.width, video.height);
    return r;
}

QImage ThumbnailCache::thumbnail(const Video &video, const QSize &displaySize)
{
    if (displaySize.isEmpty())
        return {};
    const Request request = makeRequest(video, displaySize);
    if (const QImage *image = m_memory.object(request.key))
        return *image;
    if (m_inFlight.contains(request.key))
        return {};
    m_inFlight.insert(request.key, request.videoId);
    loadFromDisk(request);
    return {};
}

void ThumbnailCache::loadFromDisk(const Request &request)
{
    QtConcurrent::run(&m_pool, readCached, request.path, request.placeholderPath)
        .then(this, [this, request](const DiskLookup &found) {
            if (found.image.isNull()) {
                m_queue.append(request);
                startNext();
                return;
            }
            store(request, found.image, found.path);
        });
}

void ThumbnailCache::clearQueue()
{
    for (const Request &r : std::as_const(m_queue))
        m_inFlight.remove(r.key);
    m_queue.clear();
}

void ThumbnailCache::startNext()
{
    while (m_activeDecodes < m_maxDecodes && !m_queue.isEmpty())
        decode(m_queue.takeLast());
}

void ThumbnailCache::decode(const Request &request)
{
    ++m_activeDecodes;
    ++m_decodeCount;
    Q_EMIT decodeStarted(request.videoId);
    qCDebug(lcLibrary) << "thumbnail decode" << request.videoId;

    auto grab = std::make_shared<Grab>();
    grab->request = request;
    // About 1 s in: past fades from black, yet early enough to be quick.
    grab->targetMs = request.durationMs > 0 ? qMin<qint64>(1000, request.durationMs / 10) : 0;

    auto *player = new QMediaPlayer(this);
    auto *sink = new QVideoSink(player);
    player->setVideoSink(sink);
    grab->player = player;
    grab->timer = new QTimer(player);
    grab->timer->setSingleShot(true);

    connect(grab->timer, &QTimer::timeout, player, [this, grab] {
        if (!grab->last.isValid()) {
            finishGrab(*grab, {}, tr("The video decoder did not give a frame in time."));
            return;
        }
        // A frame before the target beats no thumbnail at all.
        finishGrab(*grab, grab->last.toImage(), {});
    });
    connect(player, &QMediaPlayer::errorOccurred, player,
            [this, grab](QMediaPlayer::Error, const QString &text) {
                finishGrab(*grab, {}, tr("The video cannot be decoded (%1).").arg(text));
            });
    connect(player, &QMediaPlayer::mediaStatusChanged, player,
            [this, grab](QMediaPlayer::MediaStatus status) {
                QMediaPlayer *p = grab->player;
                if (!p || grab->done)
                    return;
                switch (status) {
                case QMediaPlayer::LoadedMedia:
                    if (!p->hasVideo()) {
                        finishGrab(*grab, {}, tr("The file has no video track."));
                        return;
                    }
                    if (grab->request.durationMs <= 0 && p->duration() > 0)
                        grab->targetMs = qMin<qint64>(1000, p->duration() / 10);
                    if (grab->targetMs > 0)
                        p->setPosition(grab->targetMs);
                    p->play();
                    break;
                case QMediaPlayer::InvalidMedia:
                    finishGrab(*grab, {}, tr("The video cannot be decoded (%1).").arg(p->errorString()));
                    break;
                case QMediaPlayer::EndOfMedia:
                    if (grab->last.isValid())
                        finishGrab(*grab, grab->last.toImage(), {});
                    else
                        finishGrab(*grab, {}, tr("The video ended before a frame could be shown."));
                    break;
                default: break;
                }
            });
    connect(sink, &QVideoSink::videoFrameChanged, player, [this, grab](const QVideoFrame &frame) {
        if (grab->done || !frame.isValid())
            return;
        grab->last = frame;
        const qint64 startMs = frame.startTime() >= 0 ? frame.startTime() / 1000
                                                      : (grab->player ? grab->player->position() : 0);
        if (startMs + kFrameToleranceMs >= grab->targetMs)
            finishGrab(*grab, frame.toImage(), {});
    });

    grab->timer->start(m_decodeTimeoutMs);
    player->setSource(QUrl::fromLocalFile(request.videoPath));
}

void ThumbnailCache::finishGrab(Grab &grab, const QImage &frame, const QString &error)
{
    if (grab.done)
        return;
    grab.done = true;
    grab.last = {};
    if (QMediaPlayer *player = grab.player) {
        // The player's signals may still arrive; `done` makes them no-ops.
        grab.timer->stop();
        player->stop();
        // Deleted later: this runs inside one of the player's own signals.
        player->deleteLater();
    }
    --m_activeDecodes;

    const Request request = grab.request;
    const bool failed = frame.isNull();
    if (failed) {
        const QString reason = error.isEmpty() ? tr("The video gave an empty frame.") : error;
        qCInfo(lcLibrary) << "thumbnail placeholder for video" << request.videoId << reason;
        Q_EMIT decodeFailed(request.videoId, reason);
    }
    QtConcurrent::run(&m_pool, [request, frame, failed]() -> DiskLookup {
        const QImage image = failed ? placeholderImage(request.pixelSize)
                                    : fitFrame(frame, request.codedSize, request.rotation, request.pixelSize);
        const QString path = failed ? request.placeholderPath : request.path;
        if (!savePng(image, path))
            qCWarning(lcLibrary) << "could not write the thumbnail" << path;
        return {image, path};
    }).then(this, [this, request](const DiskLookup &made) { store(request, made.image, made.path); });
    startNext();
}

void ThumbnailCache::store(const Request &request, const QImage &image, const QString &path)
{
    m_memory.insert(request.key, new QImage(image), costOf(image));
    m_inFlight.remove(request.key);
    Q_EMIT thumbnailReady(request.videoId, path);
}

} // namespace travelflow
