#include "video_details_panel.h"

#include "library_format.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace travelflow {

namespace {

QString mapUrl(const GeoLocation &location)
{
    return QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=15/%1/%2")
        .arg(location.latitude, 0, 'f', 6)
        .arg(location.longitude, 0, 'f', 6);
}

} // namespace

VideoDetailsPanel::VideoDetailsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("videoDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    // Labels right-aligned against their values, values left-aligned: one straight edge.
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setVerticalSpacing(4);
    layout->addLayout(m_form);

    m_duration = addRow(tr("Duration"), QStringLiteral("detailDuration"));
    m_resolution = addRow(tr("Resolution"), QStringLiteral("detailResolution"));
    m_fps = addRow(tr("Frame rate"), QStringLiteral("detailFps"));
    m_codec = addRow(tr("Codecs"), QStringLiteral("detailCodec"));
    m_size = addRow(tr("File size"), QStringLiteral("detailSize"));
    m_recorded = addRow(tr("Recorded"), QStringLiteral("detailRecorded"));
    m_place = addRow(tr("Place"), QStringLiteral("detailPlace"));
    m_place->setTextFormat(Qt::RichText);
    m_place->setOpenExternalLinks(true);
    m_place->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("beach, sunset, bali"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setToolTip(tr("Comma-separated tags; press Enter to save. Search finds videos by tag."));
    connect(m_tags, &QLineEdit::editingFinished, this, &VideoDetailsPanel::commitTags);
    m_form->addRow(tr("&Tags"), m_tags);
    m_tagsError = new QLabel(this);
    m_tagsError->setObjectName(QStringLiteral("tagsError"));
    m_tagsError->setWordWrap(true);
    m_tagsError->hide();
    m_form->addRow(QString(), m_tagsError);

    m_path = addRow(tr("File"), QStringLiteral("detailPath"));
    m_path->setWordWrap(true);
    layout->addStretch(1);
    setVideo(std::nullopt);
}

QLabel *VideoDetailsPanel::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    return value;
}

std::optional<qint64> VideoDetailsPanel::videoId() const
{
    if (!m_video)
        return std::nullopt;
    return m_video->id;
}

void VideoDetailsPanel::setVideo(const std::optional<Video> &video)
{
    m_video = video;
    setTagsError({});
    const QString unknown = tr("unknown");
    if (!video) {
        for (QLabel *label :
             {m_title, m_duration, m_resolution, m_fps, m_codec, m_size, m_recorded, m_place, m_path})
            label->clear();
        m_tags->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const Video &v = *video;
    m_title->setText(QFileInfo(v.path).fileName());
    m_duration->setText(v.durationMs > 0 ? formatDuration(v.durationMs) : unknown);
    if (v.width > 0 && v.height > 0) {
        QString text = tr("%1 × %2").arg(v.width).arg(v.height);
        if (v.rotation != 0)
            text = tr("%1, turned %2°").arg(text).arg(v.rotation);
        m_resolution->setText(text);
    } else {
        m_resolution->setText(unknown);
    }
    m_fps->setText(v.fps > 0
                       ? tr("%1 fps").arg(QLocale().toString(v.fps, 'f', v.fps == qRound(v.fps) ? 0 : 2))
                       : unknown);
    QStringList codecs;
    if (!v.videoCodec.isEmpty())
        codecs << v.videoCodec;
    if (!v.audioCodec.isEmpty())
        codecs << v.audioCodec;
    if (!v.container.isEmpty())
        codecs << v.container;
    m_codec->setText(codecs.isEmpty() ? unknown : codecs.join(QStringLiteral(", ")));
    m_size->setText(formatFileSize(v.sizeBytes));
    m_recorded->setText(v.createdAt.isValid()
                            ? QLocale().toString(v.createdAt.toLocalTime(), QLocale::LongFormat)
                            : tr("not recorded in the file"));
    if (v.location) {
        const QString coordinates = QStringLiteral("%1, %2")
                                        .arg(v.location->latitude, 0, 'f', 5)
                                        .arg(v.location->longitude, 0, 'f', 5);
        m_place->setText(QStringLiteral("%1 &nbsp;<a href=\"%2\">%3</a>")
                             .arg(coordinates, mapUrl(*v.location).toHtmlEscaped(), tr("open map")));
        m_place->setAccessibleDescription(coordinates);
    } else {
        m_place->setText(tr("not recorded in the file"));
        m_place->setAccessibleDescription({});
    }
    m_path->setText(QDir::toNativeSeparators(v.path));
    m_tags->setText(v.tags.join(QStringLiteral(", ")));
}

void VideoDetailsPanel::setTagsError(const QString &message)
{
    m_tagsError->setText(message);
    m_tagsError->setVisible(!message.isEmpty());
}

QStringList VideoDetailsPanel::parseTags(const QString &text)
{
    QStringList tags;
    for (QString tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (tag.startsWith(QLatin1Char('#')))
            tag.remove(0, 1);
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

void VideoDetailsPanel::commitTags()
{
    if (!m_video)
        return;
    const QStringList tags = parseTags(m_tags->text());
    if (tags == m_video->tags)
        return;
    m_video->tags = tags;
    Q_EMIT tagsEdited(m_video->id, tags);
}

} // namespace travelflow
