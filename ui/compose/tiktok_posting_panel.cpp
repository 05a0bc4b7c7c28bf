#include "tiktok_posting_panel.h"

#include "publishing/post_composer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace travelflow {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setIndent(24);
    return label;
}

} // namespace

TikTokPostingPanel::TikTokPostingPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("creatorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("creatorRetry"));
    m_retry->setAccessibleName(tr("Ask TikTok for the account's posting options again"));
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);
    connect(m_retry, &QPushButton::clicked, this, &TikTokPostingPanel::retryRequested);

    auto *form = new QFormLayout;
    m_privacy = new QComboBox(this);
    m_privacy->setObjectName(QStringLiteral("tiktokPrivacy"));
    m_privacy->setAccessibleName(tr("Who can see this TikTok video"));
    m_privacy->setPlaceholderText(tr("Choose who can see this"));
    form->addRow(tr("Who can see this video"), m_privacy);
    layout->addLayout(form);

    auto *allow = new QHBoxLayout;
    allow->addWidget(new QLabel(tr("Allow viewers to:"), this));
    m_comment = new QCheckBox(tr("Comment"), this);
    m_comment->setObjectName(QStringLiteral("allowComment"));
    m_comment->setAccessibleName(tr("Allow comments"));
    m_duet = new QCheckBox(tr("Duet"), this);
    m_duet->setObjectName(QStringLiteral("allowDuet"));
    m_duet->setAccessibleName(tr("Allow duets"));
    m_stitch = new QCheckBox(tr("Stitch"), this);
    m_stitch->setObjectName(QStringLiteral("allowStitch"));
    m_stitch->setAccessibleName(tr("Allow stitches"));
    allow->addWidget(m_comment);
    allow->addWidget(m_duet);
    allow->addWidget(m_stitch);
    allow->addStretch(1);
    layout->addLayout(allow);

    m_disclose = new QCheckBox(tr("Disclose video content"), this);
    m_disclose->setObjectName(QStringLiteral("discloseContent"));
    m_disclose->setAccessibleName(tr("Disclose commercial content"));
    layout->addWidget(m_disclose);
    layout->addWidget(explanation(tr("Turn on to disclose that this video promotes goods or services in "
                                     "exchange for something of value. Your video could promote yourself, a "
                                     "third party, or both."),
                                  this));
    m_yourBrand = new QCheckBox(tr("Your brand"), this);
    m_yourBrand->setObjectName(QStringLiteral("yourBrand"));
    m_yourBrand->setAccessibleName(tr("Your brand: you promote yourself or your own business"));
    layout->addWidget(m_yourBrand);
    layout->addWidget(explanation(tr("You are promoting yourself or your own business. This video will be "
                                     "classified as Brand Organic."),
                                  this));
    m_branded = new QCheckBox(tr("Branded content"), this);
    m_branded->setObjectName(QStringLiteral("brandedContent"));
    m_branded->setAccessibleName(tr("Branded content: you promote another brand or a third party"));
    layout->addWidget(m_branded);
    layout->addWidget(explanation(tr("You are promoting another brand or a third party. This video will be "
                                     "classified as Branded Content."),
                                  this));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("disclosureNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    connect(m_privacy, &QComboBox::currentIndexChanged, this, &TikTokPostingPanel::update);
    for (QCheckBox *box : {m_comment, m_duet, m_stitch, m_disclose, m_yourBrand, m_branded})
        connect(box, &QCheckBox::toggled, this, &TikTokPostingPanel::update);
    setLoading();
}

void TikTokPostingPanel::setLoading()
{
    m_info.reset();
    m_status->setText(tr("Asking TikTok for this account's posting options…"));
    m_retry->hide();
    m_privacy->clear();
    update();
}

void TikTokPostingPanel::setCreatorInfo(const TikTokCreatorInfo &info)
{
    m_info = info;
    const QString name = info.nickname.isEmpty() ? info.username : info.nickname;
    m_status->setText(info.username.isEmpty() ? tr("Posting to %1").arg(name)
                                              : tr("Posting to %1 (@%2)").arg(name, info.username));
    m_retry->hide();
    const QSignalBlocker blocker(m_privacy);
    m_privacy->clear();
    for (const QString &level : info.privacyLevelOptions)
        m_privacy->addItem(PostComposer::tiktokPrivacyLabel(level), level);
    m_privacy->setCurrentIndex(-1); // TikTok forbids preselecting a level
    const auto creatorSwitch = [](QCheckBox *box, bool disabledByCreator) {
        if (disabledByCreator)
            box->setChecked(false);
        box->setToolTip(disabledByCreator ? tr("The creator turned this off in TikTok's settings.")
                                          : QString());
    };
    creatorSwitch(m_comment, info.commentDisabled);
    creatorSwitch(m_duet, info.duetDisabled);
    creatorSwitch(m_stitch, info.stitchDisabled);
    update();
}

void TikTokPostingPanel::setError(const QString &message)
{
    m_info.reset();
    m_status->setText(message);
    m_retry->show();
    m_privacy->clear();
    update();
}

QString TikTokPostingPanel::privacy() const
{
    return m_privacy->currentData().toString();
}

QJsonObject TikTokPostingPanel::options() const
{
    QJsonObject options{{QStringLiteral("disable_comment"), !m_comment->isChecked()},
                        {QStringLiteral("disable_duet"), !m_duet->isChecked()},
                        {QStringLiteral("disable_stitch"), !m_stitch->isChecked()}};
    if (m_disclose->isChecked()) {
        options.insert(QLatin1String(PostComposer::kContentDisclosure), true);
        options.insert(QLatin1String(PostComposer::kBrandOrganic), m_yourBrand->isChecked());
        options.insert(QLatin1String(PostComposer::kBrandContent), m_branded->isChecked());
    }
    return options;
}

void TikTokPostingPanel::update()
{
    const bool known = m_info.has_value();
    m_privacy->setEnabled(known);
    m_comment->setEnabled(known && !m_info->commentDisabled);
    m_duet->setEnabled(known && !m_info->duetDisabled);
    m_stitch->setEnabled(known && !m_info->stitchDisabled);
    m_disclose->setEnabled(known);
    m_yourBrand->setEnabled(known && m_disclose->isChecked());
    m_branded->setEnabled(known && m_disclose->isChecked());
    const QString notice = PostComposer::tiktokDisclosureNotice(options());
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    Q_EMIT changed();
}

} // namespace travelflow
