#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace travelflow {

// Plays the selected video: a 16:9 screen, play/pause and a position slider. While it is
// not playing, the screen shows the video's poster (its thumbnail). The file is opened
// only when playback is asked for, so moving through the grid loads nothing, and the
// player stops when another video is set.
class VideoPreview : public QWidget
{
    Q_OBJECT

public:
    explicit VideoPreview(QWidget *parent = nullptr);

    // An empty path clears the preview. `durationMs` is shown until the player knows better.
    void setVideo(const QString &path, qint64 durationMs = 0);
    QString path() const { return m_path; }
    // The picture shown while not playing (a null pixmap shows a placeholder).
    void setPoster(const QPixmap &poster);
    QPixmap poster() const { return m_poster; }
    // Whether the poster (not the video) is on screen.
    bool isShowingPoster() const;

    void togglePlayback();

private:
    class Screen;

    void updateButton();
    void updateTime();

    QString m_path;
    qint64 m_knownDurationMs = 0;
    QPixmap m_poster;
    QMediaPlayer *m_player = nullptr;
    Screen *m_screen = nullptr;
    QVideoWidget *m_video = nullptr;
    QToolButton *m_play = nullptr;
    QSlider *m_position = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace travelflow
