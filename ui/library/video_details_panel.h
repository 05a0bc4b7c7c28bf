#pragma once

#include "core/video.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace travelflow {

// What the library knows about the selected video (duration, resolution, frame rate,
// codecs, size, recording date, place with a map link, path) and its editable tags.
class VideoDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VideoDetailsPanel(QWidget *parent = nullptr);

    void setVideo(const std::optional<Video> &video);
    std::optional<qint64> videoId() const;

    // Shows what went wrong when saving the tags (empty hides it).
    void setTagsError(const QString &message);

    // Tags as the user typed them: split on commas, trimmed, a leading # dropped.
    static QStringList parseTags(const QString &text);

Q_SIGNALS:
    void tagsEdited(qint64 videoId, const QStringList &tags);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void commitTags();

    std::optional<Video> m_video;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_fps = nullptr;
    QLabel *m_codec = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_recorded = nullptr;
    QLabel *m_place = nullptr;
    QLabel *m_path = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_tagsError = nullptr;
};

} // namespace travelflow
