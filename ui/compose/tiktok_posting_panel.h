#pragma once

#include "tiktok/tiktok_publisher.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace travelflow {

// TikTok's posting screen as its Direct Post review requires: who the post goes to
// (creator_info's nickname), a privacy level from the creator's options with none
// preselected, comment/duet/stitch switches (off unless the user turns them on, disabled
// when the creator disabled them in TikTok) and the commercial content disclosure.
class TikTokPostingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TikTokPostingPanel(QWidget *parent = nullptr);

    void setLoading();
    void setCreatorInfo(const TikTokCreatorInfo &info);
    void setError(const QString &message);

    // nullptr until creator_info answered.
    const TikTokCreatorInfo *creatorInfo() const { return m_info ? &*m_info : nullptr; }
    // The chosen TikTok privacy level (empty = none chosen yet).
    QString privacy() const;
    // The switches as PostVariant options (disable_*, the disclosure toggles).
    QJsonObject options() const;

Q_SIGNALS:
    void changed();
    void retryRequested();

private:
    void update();

    std::optional<TikTokCreatorInfo> m_info;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QComboBox *m_privacy = nullptr;
    QCheckBox *m_comment = nullptr;
    QCheckBox *m_duet = nullptr;
    QCheckBox *m_stitch = nullptr;
    QCheckBox *m_disclose = nullptr;
    QCheckBox *m_yourBrand = nullptr;
    QCheckBox *m_branded = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace travelflow
