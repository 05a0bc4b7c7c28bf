#include "video_preview.h"

#include "library_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <limits>

namespace travelflow {

namespace {

// The screen never gets taller than this, so the details under it stay in view.
constexpr int kMaxScreenHeight = 300;

} // namespace

// The 16:9 area that shows the poster, with the video widget on top of it while playing.
// A click plays or pauses.
class VideoPreview::Screen : public QWidget
{
public:
    explicit Screen(VideoPreview *preview) : QWidget(preview), m_preview(preview)
    {
        setObjectName(QStringLiteral("previewScreen"));
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setMinimumSize(160, 90);
        setCursor(Qt::PointingHandCursor);
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return qMin(kMaxScreenHeight, width * 9 / 16); }
    QSize sizeHint() const override { return {320, 180}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            child->setGeometry(rect());
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            m_preview->togglePlayback();
            event->accept();
            return;
        }
        QWidget::mousePressEvent(event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF area = rect();
        const QPixmap &poster = m_preview->m_poster;
        if (poster.isNull() || !isEnabled()) {
            painter.fillRect(area, palette().color(QPalette::Mid));
        } else {
            painter.fillRect(area, Qt::black);
            const QSizeF logical = QSizeF(poster.size()) / poster.devicePixelRatio();
            // Scaled up to fill the screen: the thumbnail is made at twice its tile size.
            const QSizeF fitted = logical.scaled(area.size(), Qt::KeepAspectRatio);
            painter.drawPixmap(
                QRectF(area.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted), poster,
                QRectF(QPointF(0, 0), QSizeF(poster.size())));
        }
        if (!isEnabled())
            return;
        // A play button in the middle says that a click plays.
        const qreal radius = qMin(28.0, area.height() / 5);
        const QPointF centre = area.center();
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 140));
        painter.drawEllipse(centre, radius, radius);
        QPainterPath triangle;
        triangle.moveTo(centre + QPointF(-radius * 0.3, -radius * 0.45));
        triangle.lineTo(centre + QPointF(radius * 0.5, 0));
        triangle.lineTo(centre + QPointF(-radius * 0.3, radius * 0.45));
        triangle.closeSubpath();
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawPath(triangle);
    }

private:
    VideoPreview *m_preview;
};

VideoPreview::VideoPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoPreview"));
    m_player = new QMediaPlayer(this);
    m_screen = new Screen(this);
    m_screen->setAccessibleName(tr("Video preview"));
    m_screen->setToolTip(tr("Click or press Space to play"));
    m_video = new QVideoWidget(m_screen);
    m_video->setObjectName(QStringLiteral("previewVideo"));
    m_video->setAccessibleName(tr("Video preview"));
    m_video->hide();
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
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        // Paused keeps the frame on screen; stopped (or the end) shows the poster again.
        m_video->setVisible(state != QMediaPlayer::StoppedState);
        updateButton();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        m_error->setText(tr("This video cannot be played here (%1). It can still be published.").arg(text));
        m_error->show();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen);
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

void VideoPreview::setVideo(const QString &path, qint64 durationMs)
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_video->hide();
    m_error->hide();
    m_path = path;
    m_knownDurationMs = path.isEmpty() ? 0 : qMax<qint64>(0, durationMs);
    m_position->setRange(0, int(qMin<qint64>(m_knownDurationMs, std::numeric_limits<int>::max())));
    m_position->setValue(0);
    // Seeking needs the file open: the slider works from the first play on.
    m_position->setEnabled(false);
    setEnabled(!path.isEmpty());
    updateTime();
    m_screen->update();
}

void VideoPreview::setPoster(const QPixmap &poster)
{
    m_poster = poster;
    m_screen->update();
}

bool VideoPreview::isShowingPoster() const
{
    return m_video->isHidden();
}

void VideoPreview::togglePlayback()
{
    if (m_path.isEmpty())
        return;
    const QUrl url = QUrl::fromLocalFile(m_path);
    if (m_player->source() != url) {
        m_error->hide();
        m_player->setSource(url);
        m_position->setEnabled(true);
    }
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
    const qint64 duration = m_player->duration() > 0 ? m_player->duration() : m_knownDurationMs;
    m_time->setText(tr("%1 / %2").arg(formatDuration(m_player->position()), formatDuration(duration)));
}

} // namespace travelflow
