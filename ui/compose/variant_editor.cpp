#include "variant_editor.h"

#include "common/caption_rules.h"
#include "publishing/post_composer.h"
#include "tiktok_posting_panel.h"
#include "widgets/platform_style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace travelflow {

namespace {

QString unitText(const QString &unit)
{
    if (unit == QLatin1String("utf16"))
        return VariantEditor::tr("UTF-16 units (emoji count 2)");
    if (unit == QLatin1String("bytes"))
        return VariantEditor::tr("bytes (UTF-8)");
    if (unit == QLatin1String("characters"))
        return VariantEditor::tr("characters");
    if (unit == QLatin1String("hashtags"))
        return VariantEditor::tr("hashtags");
    if (unit == QLatin1String("mentions"))
        return VariantEditor::tr("@mentions");
    if (unit == QLatin1String("tag_characters"))
        return VariantEditor::tr("tag characters");
    return unit;
}

QString fieldText(Platform platform, const QString &field)
{
    if (field == QLatin1String("title"))
        return VariantEditor::tr("Title");
    if (field == QLatin1String("tags"))
        return VariantEditor::tr("Tags");
    return platform == Platform::YouTube ? VariantEditor::tr("Description") : VariantEditor::tr("Caption");
}

} // namespace

VariantEditor::VariantEditor(const Account &account, QWidget *parent) : QWidget(parent), m_account(account)
{
    setObjectName(QStringLiteral("variant_%1").arg(account.id));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QString platform = platformDisplayName(account.platform);

    if (account.platform == Platform::YouTube) {
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("titleEdit"));
        m_title->setAccessibleName(tr("YouTube title for %1").arg(account.displayName));
        m_title->setPlaceholderText(tr("A title people search for"));
        form->addRow(tr("&Title"), m_title);
        connect(m_title, &QLineEdit::textChanged, this, &VariantEditor::updateCounters);
    }
    m_caption = new QPlainTextEdit(this);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setAccessibleName(tr("%1 caption for %2").arg(platform, account.displayName));
    m_caption->setTabChangesFocus(true); // Tab moves on, as everywhere else in the form
    m_caption->setPlaceholderText(account.platform == Platform::YouTube ? tr("Description") : tr("Caption"));
    form->addRow(account.platform == Platform::YouTube ? tr("&Description") : tr("&Caption"), m_caption);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &VariantEditor::updateCounters);
    if (account.platform == Platform::YouTube) {
        m_tags = new QLineEdit(this);
        m_tags->setObjectName(QStringLiteral("tagsEdit"));
        m_tags->setAccessibleName(tr("YouTube tags, separated by commas"));
        m_tags->setPlaceholderText(tr("travel, lisbon, food"));
        form->addRow(tr("Ta&gs"), m_tags);
        connect(m_tags, &QLineEdit::textChanged, this, &VariantEditor::updateCounters);

        m_youtubePrivacy = new QComboBox(this);
        m_youtubePrivacy->setObjectName(QStringLiteral("youtubePrivacy"));
        m_youtubePrivacy->setAccessibleName(tr("YouTube privacy"));
        m_youtubePrivacy->addItem(tr("Public"), QStringLiteral("public"));
        m_youtubePrivacy->addItem(tr("Unlisted"), QStringLiteral("unlisted"));
        m_youtubePrivacy->addItem(tr("Private"), QStringLiteral("private"));
        form->addRow(tr("&Privacy"), m_youtubePrivacy);
        connect(m_youtubePrivacy, &QComboBox::currentIndexChanged, this, &VariantEditor::changed);
    }
    layout->addLayout(form);

    auto *counters = new QHBoxLayout;
    for (const CaptionMeasure &m :
         CaptionRules::measure(PostComposer::rulesPlatform(account.platform), CaptionDraft())) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("counter_%1_%2").arg(m.field, m.unit));
        counters->addWidget(label);
        m_counters.append(label);
    }
    counters->addStretch(1);
    layout->addLayout(counters);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_warnings);

    if (account.platform == Platform::TikTok) {
        m_tiktok = new TikTokPostingPanel(this);
        m_tiktok->setObjectName(QStringLiteral("tiktokPanel"));
        layout->addWidget(m_tiktok);
        connect(m_tiktok, &TikTokPostingPanel::changed, this, &VariantEditor::changed);
    }
    layout->addStretch(1);
    updateCounters();
}

PostVariant VariantEditor::variant() const
{
    PostVariant v;
    v.accountId = m_account.id;
    v.caption = m_caption->toPlainText();
    if (m_title)
        v.title = m_title->text();
    if (m_tags) {
        for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                v.tags.append(tag.trimmed());
        }
    }
    if (m_youtubePrivacy)
        v.privacy = m_youtubePrivacy->currentData().toString();
    if (m_tiktok) {
        v.privacy = m_tiktok->privacy();
        v.options = m_tiktok->options();
    }
    return v;
}

QString VariantEditor::caption() const
{
    return m_caption->toPlainText();
}

void VariantEditor::setCaption(const QString &caption)
{
    m_caption->setPlainText(caption);
}

void VariantEditor::showProblems(const QList<PostProblem> &problems)
{
    QStringList lines;
    for (const PostProblem &p : problems)
        lines.append(tr("• %1 (rule %2)").arg(p.message, p.rule));
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
    m_warnings->setAccessibleDescription(m_warnings->text());
}

void VariantEditor::updateCounters()
{
    const PostVariant v = variant();
    CaptionDraft draft;
    draft.title = v.title;
    draft.caption = v.caption;
    draft.tags = v.tags;
    const QList<CaptionMeasure> measures
        = CaptionRules::measure(PostComposer::rulesPlatform(m_account.platform), draft);
    const QLocale locale;
    for (qsizetype i = 0; i < measures.size() && i < m_counters.size(); ++i) {
        const CaptionMeasure &m = measures.at(i);
        QLabel *label = m_counters.at(i);
        const bool over = m.used > m.limit;
        label->setText(tr("%1: %2 / %3 %4")
                           .arg(fieldText(m_account.platform, m.field), locale.toString(m.used),
                                locale.toString(m.limit), unitText(m.unit)));
        label->setProperty("overLimit", over);
        // A small accent colour, readable on light and dark palettes; otherwise the palette's own.
        label->setStyleSheet(over ? QStringLiteral("color: #d93025; font-weight: bold;") : QString());
        label->setAccessibleName(label->text());
    }
    Q_EMIT changed();
}

} // namespace travelflow
