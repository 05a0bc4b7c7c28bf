#pragma once

#include <QWidget>

class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace travelflow {

// Plays the selected video: play/pause and a position slider. Nothing is loaded until a
// video is set, and the player stops when another one is.
class VideoPreview : public QWidget
{
    Q_OBJECT

public:
    explicit VideoPreview(QWidget *parent = nullptr);

    // An empty path clears the preview.
    void setSource(const QString &path);
    void togglePlayback();

private:
    void updateButton();
    void updateTime();

    QMediaPlayer *m_player = nullptr;
    QVideoWidget *m_video = nullptr;
    QToolButton *m_play = nullptr;
    QSlider *m_position = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace travelflow
