#include "video_preview.h"

#include "library_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <limits>

namespace travelflow {

VideoPreview::VideoPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoPreview"));
    m_player = new QMediaPlayer(this);
    m_video = new QVideoWidget(this);
    m_video->setObjectName(QStringLiteral("previewVideo"));
    m_video->setMinimumSize(160, 90);
    m_video->setAccessibleName(tr("Video preview"));
    m_player->setVideoOutput(m_video);

    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("previewPlay"));
    m_play->setAccessibleName(tr("Play or pause the preview"));
    m_play->setToolTip(tr("Play / pause (Space)"));
    connect(m_play, &QToolButton::clicked, this, &VideoPreview::togglePlayback);

    m_position = new QSlider(Qt::Horizontal, this);
    m_position->setObjectName(QStringLiteral("previewPosition"));
    m_position->setAccessibleName(tr("Playback position"));
    m_position->setSingleStep(1000);
    m_position->setPageStep(5000);
    // Every way of moving it (drag, keys, clicks on the groove) is an action; the value is
    // set after the signal, hence the queued read.
    connect(m_position, &QSlider::actionTriggered, this, [this] {
        QMetaObject::invokeMethod(
            this, [this] { m_player->setPosition(m_position->value()); }, Qt::QueuedConnection);
    });

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("previewTime"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->hide();

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_position->setRange(0, int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_position->isSliderDown())
            m_position->setValue(int(ms));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPreview::updateButton);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        m_error->setText(tr("This video cannot be played here (%1). It can still be published.").arg(text));
        m_error->show();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_video, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    updateButton();
    updateTime();
    setEnabled(false);
}

void VideoPreview::setSource(const QString &path)
{
    m_player->stop();
    m_error->hide();
    m_position->setValue(0);
    m_player->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
    setEnabled(!path.isEmpty());
    updateTime();
}

void VideoPreview::togglePlayback()
{
    if (m_player->source().isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void VideoPreview::updateButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
}

void VideoPreview::updateTime()
{
    m_time->setText(
        tr("%1 / %2").arg(formatDuration(m_player->position()), formatDuration(m_player->duration())));
}

} // namespace travelflow
