#pragma once

#include "core/account.h"
#include "core/video.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace travelflow {

class AppServices;
class CreatorInfoLoader;
class EmptyState;
class PostComposer;
class SchedulePicker;
class VariantEditor;
class VideoPicker;

// Writes a post for one library video (chosen at the top, or sent from the Library): the accounts to post to,
// one caption variant per account in tabs with live counters and the broken rules by name, TikTok's posting
// screen (creator_info, privacy without a default, disclosure, consent sentence), publish now or at a time in
// a chosen time zone. Publish stays disabled while any rule is broken.
class ComposePage : public QWidget
{
    Q_OBJECT

public:
    explicit ComposePage(AppServices &services, QWidget *parent = nullptr);

    // Starts a post for this library video (what is written so far stays).
    void setVideo(qint64 videoId);
    VideoPicker *videoPicker() const { return m_picker; }

Q_SIGNALS:
    // A post was stored and its jobs queued.
    void posted(qint64 postId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshAccounts();
    void updatePage();
    void updateTabOrder();
    void onAccountToggled(const Account &account, bool ticked);
    void loadCreatorInfo(VariantEditor *editor);
    void copyCaptionToAll();
    void validate();
    void publish();
    void resetForm();
    QList<VariantEditor *> editors() const;

    AppServices &m_services;
    PostComposer *m_composer = nullptr;
    CreatorInfoLoader *m_creatorInfo = nullptr;
    std::optional<Video> m_video;
    QString m_videoError; // why the last setVideo() found no video
    QString m_accountsError;
    QList<Account> m_accounts;
    QHash<qint64, QCheckBox *> m_accountBoxes;
    bool m_busy = false;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    VideoPicker *m_picker = nullptr;
    QVBoxLayout *m_accountsLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_noTabs = nullptr; // in place of the tabs while no account is ticked
    QPushButton *m_copyAll = nullptr;
    SchedulePicker *m_schedule = nullptr;
    QLabel *m_consent = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace travelflow
