#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

class QMediaPlayer;

namespace travelflow {

// What Qt Multimedia learned about a file without playing it.
struct ProbeResult
{
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
    double fps = 0;
    QString videoCodec; // lowercase short names: "h264", "hevc", "vp9", ...
    QString audioCodec;
    std::optional<int> rotation;
    QDateTime createdAt;
};

// Probes one file with QMediaPlayer (asynchronously: it never blocks the event loop).
// Needs a QGuiApplication. Emits finished() exactly once, then may be deleted.
class MediaProbe : public QObject
{
    Q_OBJECT

public:
    explicit MediaProbe(QObject *parent = nullptr);
    ~MediaProbe() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void start(const QString &path);

Q_SIGNALS:
    void finished(const travelflow::ProbeResult &result, const std::optional<travelflow::Error> &error);

private:
    void onStatusChanged();
    void finish(const ProbeResult &result, const std::optional<Error> &error);

    QMediaPlayer *m_player = nullptr;
    QTimer m_timeout;
    QString m_path;
    int m_timeoutMs = 20000;
    bool m_done = false;
};

} // namespace travelflow
