#pragma once

#include "core/account.h"
#include "publishing/post_composer.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace travelflow {

class TikTokPostingPanel;

// One account's caption variant: the caption (and on YouTube the title, tags and
// privacy) with live counters against that platform's rules, the broken rules listed by
// name, and on TikTok the posting panel.
class VariantEditor : public QWidget
{
    Q_OBJECT

public:
    explicit VariantEditor(const Account &account, QWidget *parent = nullptr);

    const Account &account() const { return m_account; }
    PostVariant variant() const;
    QString caption() const;
    void setCaption(const QString &caption);
    // nullptr unless the account is a TikTok account.
    TikTokPostingPanel *tiktokPanel() const { return m_tiktok; }

    // Shows the problems PostComposer::checkTarget found for this variant.
    void showProblems(const QList<PostProblem> &problems);

Q_SIGNALS:
    void changed();

private:
    void updateCounters();

    Account m_account;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_caption = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_youtubePrivacy = nullptr;
    TikTokPostingPanel *m_tiktok = nullptr;
    QList<QLabel *> m_counters; // in CaptionRules::measure order
    QLabel *m_warnings = nullptr;
};

} // namespace travelflow
