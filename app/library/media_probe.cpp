#include "media_probe.h"

#include "core/logging.h"

#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QSize>
#include <QUrl>

namespace travelflow {

namespace {

QString videoCodecName(QMediaFormat::VideoCodec codec)
{
    switch (codec) {
    case QMediaFormat::VideoCodec::MPEG1: return QStringLiteral("mpeg1");
    case QMediaFormat::VideoCodec::MPEG2: return QStringLiteral("mpeg2");
    case QMediaFormat::VideoCodec::MPEG4: return QStringLiteral("mpeg4");
    case QMediaFormat::VideoCodec::H264: return QStringLiteral("h264");
    case QMediaFormat::VideoCodec::H265: return QStringLiteral("hevc");
    case QMediaFormat::VideoCodec::VP8: return QStringLiteral("vp8");
    case QMediaFormat::VideoCodec::VP9: return QStringLiteral("vp9");
    case QMediaFormat::VideoCodec::AV1: return QStringLiteral("av1");
    case QMediaFormat::VideoCodec::Theora: return QStringLiteral("theora");
    case QMediaFormat::VideoCodec::WMV: return QStringLiteral("wmv");
    case QMediaFormat::VideoCodec::MotionJPEG: return QStringLiteral("mjpeg");
    case QMediaFormat::VideoCodec::Unspecified: break;
    }
    return {};
}

QString audioCodecName(QMediaFormat::AudioCodec codec)
{
    switch (codec) {
    case QMediaFormat::AudioCodec::MP3: return QStringLiteral("mp3");
    case QMediaFormat::AudioCodec::AAC: return QStringLiteral("aac");
    case QMediaFormat::AudioCodec::AC3: return QStringLiteral("ac3");
    case QMediaFormat::AudioCodec::EAC3: return QStringLiteral("eac3");
    case QMediaFormat::AudioCodec::FLAC: return QStringLiteral("flac");
    case QMediaFormat::AudioCodec::DolbyTrueHD: return QStringLiteral("truehd");
    case QMediaFormat::AudioCodec::Opus: return QStringLiteral("opus");
    case QMediaFormat::AudioCodec::Vorbis: return QStringLiteral("vorbis");
    case QMediaFormat::AudioCodec::Wave: return QStringLiteral("pcm");
    case QMediaFormat::AudioCodec::WMA: return QStringLiteral("wma");
    case QMediaFormat::AudioCodec::ALAC: return QStringLiteral("alac");
    case QMediaFormat::AudioCodec::Unspecified: break;
    }
    return {};
}

} // namespace

MediaProbe::MediaProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish({},
               Error::make(Error::Kind::Media, QStringLiteral("probe_timeout"),
                           tr("The video decoder did not answer in time. Check that the file plays in a "
                              "media player.")));
    });
}

MediaProbe::~MediaProbe() = default;

void MediaProbe::start(const QString &path)
{
    m_path = path;
    m_player = new QMediaPlayer(this);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &MediaProbe::onStatusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        finish({},
               Error::make(Error::Kind::Media, QStringLiteral("undecodable"),
                           tr("The video cannot be decoded (%1). It may use a codec this system lacks, "
                              "or be damaged.")
                               .arg(text)));
    });
    m_timeout.start(m_timeoutMs);
    m_player->setSource(QUrl::fromLocalFile(path));
}

void MediaProbe::onStatusChanged()
{
    const auto status = m_player->mediaStatus();
    if (status == QMediaPlayer::InvalidMedia) {
        finish({},
               Error::make(Error::Kind::Media, QStringLiteral("undecodable"),
                           tr("The video cannot be decoded (%1). It may use a codec this system lacks, "
                              "or be damaged.")
                               .arg(m_player->errorString())));
        return;
    }
    if (status != QMediaPlayer::LoadedMedia)
        return;
    if (!m_player->hasVideo()) {
        finish({},
               Error::make(Error::Kind::Media, QStringLiteral("no_video_track"),
                           tr("The file has no video track (it is audio only).")));
        return;
    }

    const QMediaMetaData meta = m_player->metaData();
    ProbeResult r;
    r.durationMs = m_player->duration();
    const QSize size = meta.value(QMediaMetaData::Resolution).toSize();
    r.width = size.width();
    r.height = size.height();
    r.fps = meta.value(QMediaMetaData::VideoFrameRate).toDouble();
    r.videoCodec = videoCodecName(meta.value(QMediaMetaData::VideoCodec).value<QMediaFormat::VideoCodec>());
    r.audioCodec = audioCodecName(meta.value(QMediaMetaData::AudioCodec).value<QMediaFormat::AudioCodec>());
    const QVariant orientation = meta.value(QMediaMetaData::Orientation);
    if (orientation.isValid())
        r.rotation = ((orientation.toInt() % 360) + 360) % 360;
    r.createdAt = meta.value(QMediaMetaData::Date).toDateTime();
    qCDebug(lcLibrary) << "probe" << r.videoCodec << r.width << r.height << r.fps << r.durationMs;
    finish(r, std::nullopt);
}

void MediaProbe::finish(const ProbeResult &result, const std::optional<Error> &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_player) {
        m_player->disconnect(this);
        m_player->stop();
        m_player->deleteLater();
        m_player = nullptr;
    }
    Q_EMIT finished(result, error);
}

} // namespace travelflow
