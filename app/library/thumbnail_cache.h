#pragma once

// Thumbnails of library videos, made off the UI thread and cached on disk.

#include "core/video.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThreadPool>

namespace travelflow {

// Gives the thumbnail of a video at a display size. A thumbnail is a frame about 1 s into
// the clip (10% of the duration for short clips), turned by the clip's rotation, fitted
// into twice the display size (HiDPI screens) on a transparent background, and saved as a
// PNG in the cache directory under the video's fingerprint and the size, so it is made
// once per file and survives restarts and renames.
//
// Frames are decoded by Qt Multimedia (its own threads; at most two files at a time, the
// most recent request first so a scrolling grid fills what is on screen); scaling and
// writing run on a worker thread. A file that cannot be decoded gets a placeholder, which
// is saved too, so it is not tried again. Needs a QGuiApplication.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    // Thumbnails have this many pixels per display pixel.
    static constexpr int kScale = 2;

    explicit ThumbnailCache(const QString &directory, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    QString directory() const { return m_directory; }

    void setMaxConcurrentDecodes(int count);
    // How long one file may take to give a frame before it gets the placeholder.
    void setDecodeTimeout(int ms) { m_decodeTimeoutMs = ms; }

    // The thumbnail if it is in memory (its size is kScale x displaySize). Otherwise a null
    // image: it is then read from disk or made in the background, and thumbnailReady() is
    // emitted when it is there. Asking again while that runs does not start more work.
    QImage thumbnail(const Video &video, const QSize &displaySize);

    // Where the thumbnail is (or will be) stored, and where the placeholder of a file that
    // could not be decoded is.
    QString pathFor(const Video &video, const QSize &displaySize) const;
    QString placeholderPathFor(const Video &video, const QSize &displaySize) const;

    // Files whose decoding was started since construction (for tests and diagnostics).
    int decodeCount() const { return m_decodeCount; }
    // Files being decoded now.
    int activeDecodeCount() const { return m_activeDecodes; }
    // Requests waiting for a decoder.
    int queuedCount() const { return int(m_queue.size()); }

    // Forgets queued decodes that have not started (e.g. the grid shows other videos now).
    void clearQueue();

Q_SIGNALS:
    void thumbnailReady(qint64 videoId, const QString &path);
    void decodeStarted(qint64 videoId);
    // The file got the placeholder; `reason` says why (translated).
    void decodeFailed(qint64 videoId, const QString &reason);

private:
    struct Request
    {
        qint64 videoId = 0;
        QString videoPath;
        QString key;
        QString path;
        QString placeholderPath;
        QSize pixelSize;
        qint64 durationMs = 0;
        int rotation = 0;
        QSize codedSize; // as stored by the import (before rotation)
    };
    struct Grab;

    Request makeRequest(const Video &video, const QSize &displaySize) const;
    QString keyFor(const Video &video, const QSize &pixelSize) const;
    void loadFromDisk(const Request &request);
    void startNext();
    void decode(const Request &request);
    void finishGrab(Grab &grab, const QImage &frame, const QString &error);
    void store(const Request &request, const QImage &image, const QString &path);

    QString m_directory;
    int m_maxDecodes = 2;
    int m_decodeTimeoutMs = 20000;
    int m_activeDecodes = 0;
    int m_decodeCount = 0;
    QCache<QString, QImage> m_memory;
    QHash<QString, qint64> m_inFlight; // key -> video id, from request to thumbnailReady
    QList<Request> m_queue; // waiting for a decoder; the last one goes first
    QThreadPool m_pool;
};

} // namespace travelflow
