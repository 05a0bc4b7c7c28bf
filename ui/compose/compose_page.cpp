#include "compose_page.h"

#include "publishing/creator_info_loader.h"
#include "publishing/post_composer.h"
#include "schedule_picker.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "storage/video_repository.h"
#include "tiktok_posting_panel.h"
#include "variant_editor.h"
#include "video_picker.h"
#include "widgets/empty_state.h"
#include "widgets/platform_style.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace travelflow {

ComposePage::ComposePage(AppServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    m_composer = new PostComposer(services.database(), services.tokens(), services.nam(),
                                  services.endpoints(), this);
    m_creatorInfo = new CreatorInfoLoader(services.tokens(), services.nam(), services.endpoints(), this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new EmptyState(QStringLiteral("compose"), tr("Nothing to compose yet"),
                             tr("Import videos in the Library first."), this);
    m_stack->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    form->setObjectName(QStringLiteral("composeForm"));
    scroll->setWidget(form);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(form);

    m_picker = new VideoPicker(services.database(), form);
    layout->addWidget(m_picker);
    connect(m_picker, &VideoPicker::videoChosen, this, &ComposePage::setVideo);

    auto *accounts = new QGroupBox(tr("Post to"), form);
    m_accountsLayout = new QVBoxLayout(accounts);
    layout->addWidget(accounts);

    auto *captionsRow = new QHBoxLayout;
    captionsRow->addWidget(new QLabel(tr("One caption per account; each tab counts against its platform's "
                                         "rules."),
                                      form),
                           1);
    m_copyAll = new QPushButton(tr("Copy caption to &all"), form);
    m_copyAll->setObjectName(QStringLiteral("copyCaptionToAll"));
    m_copyAll->setAccessibleName(tr("Copy this tab's caption to every other account"));
    captionsRow->addWidget(m_copyAll);
    layout->addLayout(captionsRow);
    connect(m_copyAll, &QPushButton::clicked, this, &ComposePage::copyCaptionToAll);

    m_tabs = new QTabWidget(form);
    m_tabs->setObjectName(QStringLiteral("variantTabs"));
    m_tabs->setAccessibleName(tr("Caption variants"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_noTabs = new QLabel(tr("Tick the accounts to post to above; each gets its own caption here."), form);
    m_noTabs->setObjectName(QStringLiteral("noVariantsHint"));
    m_noTabs->setWordWrap(true);
    m_noTabs->setAlignment(Qt::AlignCenter);
    m_noTabs->setMinimumHeight(m_noTabs->fontMetrics().height() * 4);
    m_noTabs->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noTabs, 1);

    auto *when = new QGroupBox(tr("When"), form);
    auto *whenLayout = new QVBoxLayout(when);
    m_schedule = new SchedulePicker(when);
    whenLayout->addWidget(m_schedule);
    layout->addWidget(when);
    connect(m_schedule, &SchedulePicker::changed, this, &ComposePage::validate);

    m_problems = new QLabel(form);
    m_problems->setObjectName(QStringLiteral("publishProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *publishRow = new QHBoxLayout;
    m_consent = new QLabel(form);
    m_consent->setObjectName(QStringLiteral("consentLabel"));
    m_consent->setWordWrap(true);
    publishRow->addWidget(m_consent, 1);
    m_publish = new QPushButton(tr("Publish now"), form);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    publishRow->addWidget(m_publish);
    layout->addLayout(publishRow);
    connect(m_publish, &QPushButton::clicked, this, &ComposePage::publish);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ComposePage::publish);
    }
    connect(&services.accounts(), &AccountService::connected, this, &ComposePage::refreshAccounts);

    refreshAccounts();
    validate();
}

void ComposePage::setVideo(qint64 videoId)
{
    auto video = VideoRepository(m_services.database().connection()).get(videoId);
    m_video.reset();
    m_videoError = video ? QString() : tr("The video could not be read: %1").arg(video.error().message);
    if (video && !*video)
        m_videoError = tr("Video %1 is no longer in the library. Choose another one.").arg(videoId);
    if (video && *video)
        m_video = **video;
    m_picker->setCurrentVideo(m_video);
    m_problems->hide();
    updatePage();
    validate();
}

void ComposePage::showEvent(QShowEvent *event)
{
    m_picker->reload(); // videos may have been imported or removed in the Library
    refreshAccounts(); // accounts may have been connected or removed in another area
    QWidget::showEvent(event);
    if (!m_video && m_stack->currentIndex() == 1)
        m_picker->combo()->setFocus();
}

void ComposePage::refreshAccounts()
{
    auto listed = m_services.accounts().accounts();
    QList<Account> accounts;
    if (listed) {
        for (const Account &a : std::as_const(*listed)) {
            if (a.status != Account::Status::Disconnected)
                accounts.append(a);
        }
    }
    QHash<qint64, bool> ticked;
    for (auto it = m_accountBoxes.cbegin(); it != m_accountBoxes.cend(); ++it)
        ticked.insert(it.key(), it.value()->isChecked());
    qDeleteAll(m_accountBoxes);
    m_accountBoxes.clear();
    m_accounts = accounts;

    for (const Account &account : std::as_const(m_accounts)) {
        const QString name = platformDisplayName(account.platform);
        auto *box
            = new QCheckBox(tr("%1 (%2)").arg(account.displayName, name), m_accountsLayout->parentWidget());
        box->setIcon(platformIcon(account.platform));
        box->setObjectName(QStringLiteral("account_%1").arg(account.id));
        box->setAccessibleName(tr("Post to %1 on %2").arg(account.displayName, name));
        const bool usable = account.status == Account::Status::Connected;
        box->setEnabled(usable);
        if (!usable)
            box->setToolTip(tr("%1 Reconnect it in Accounts to post there.").arg(account.statusReason));
        box->setChecked(usable && ticked.value(account.id));
        m_accountsLayout->addWidget(box);
        m_accountBoxes.insert(account.id, box);
        connect(box, &QCheckBox::toggled, this, [this, account](bool on) { onAccountToggled(account, on); });
    }
    // Editors of accounts that are gone (or can no longer post) go with them.
    for (VariantEditor *editor : editors()) {
        QCheckBox *box = m_accountBoxes.value(editor->account().id);
        if (!box || !box->isChecked())
            onAccountToggled(editor->account(), false);
    }
    m_accountsError = listed ? QString() : listed.error().message;
    updateTabOrder();
    updatePage();
    validate();
}

void ComposePage::updateTabOrder()
{
    // Boxes and editors are made after the rest of the form; keep Tab moving down the page.
    const auto focusable = [this](QWidget *root) {
        QList<QWidget *> list;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            bool internal = w->isWindow() || w->window() != window();
            for (QWidget *up = w->parentWidget(); up && up != root && !internal; up = up->parentWidget())
                internal = qobject_cast<QAbstractSpinBox *>(up) || qobject_cast<QComboBox *>(up);
            if (!internal && (w->focusPolicy() & Qt::TabFocus))
                list.append(w);
        }
        return list;
    };
    QList<QWidget *> chain{m_picker->combo(), m_picker->searchField()};
    for (const Account &account : std::as_const(m_accounts)) {
        if (QCheckBox *box = m_accountBoxes.value(account.id))
            chain.append(box);
    }
    chain.append(m_copyAll);
    chain.append(m_tabs->tabBar());
    for (VariantEditor *editor : editors())
        chain.append(focusable(editor));
    chain.append(focusable(m_schedule));
    chain.append(m_publish);
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void ComposePage::updatePage()
{
    const bool anyAccount = std::any_of(m_accountBoxes.cbegin(), m_accountBoxes.cend(),
                                        [](const QCheckBox *box) { return box->isEnabled(); });
    const bool emptyLibrary = !m_video && m_picker->libraryCount() == 0;
    if (!m_accountsError.isEmpty()) {
        m_empty->setTitle(tr("The accounts could not be read"));
        m_empty->setHint(m_accountsError);
    } else if (emptyLibrary) {
        m_empty->setTitle(tr("Nothing to compose yet"));
        m_empty->setHint(tr("Import videos in the Library first; then choose one here."));
    } else if (!anyAccount) {
        m_empty->setTitle(tr("No account to post to"));
        m_empty->setHint(tr("Connect an account in Accounts, then come back to write the post."));
    }
    m_empty->setAccessibleName(m_empty->title());
    m_empty->setAccessibleDescription(m_empty->hint());
    m_stack->setCurrentIndex(m_accountsError.isEmpty() && !emptyLibrary && anyAccount ? 1 : 0);

    if (!m_videoError.isEmpty())
        m_picker->setHint(m_videoError);
    else if (!m_video)
        m_picker->setHint(tr("Choose the video to post first: the newest are listed, and the search "
                             "finds the others. Compose post in the Library brings a video here too."));
    else
        m_picker->setHint({});
}

QList<VariantEditor *> ComposePage::editors() const
{
    QList<VariantEditor *> list;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<VariantEditor *>(m_tabs->widget(i)))
            list.append(editor);
    }
    return list;
}

void ComposePage::onAccountToggled(const Account &account, bool ticked)
{
    const QList<VariantEditor *> current = editors();
    for (VariantEditor *editor : current) {
        if (editor->account().id != account.id)
            continue;
        if (!ticked) {
            m_tabs->removeTab(m_tabs->indexOf(editor));
            editor->deleteLater();
            validate();
        }
        return;
    }
    if (!ticked)
        return;
    auto *editor = new VariantEditor(account, m_tabs);
    // Tabs follow the order of the account list.
    const auto position = [this](qint64 id) {
        for (qsizetype i = 0; i < m_accounts.size(); ++i) {
            if (m_accounts.at(i).id == id)
                return i;
        }
        return m_accounts.size();
    };
    int index = 0;
    while (index < current.size() && position(current.at(index)->account().id) < position(account.id))
        ++index;
    m_tabs->insertTab(index, editor, platformIcon(account.platform),
                      tr("%1 · %2").arg(platformDisplayName(account.platform), account.displayName));
    m_tabs->setCurrentIndex(index);
    connect(editor, &VariantEditor::changed, this, &ComposePage::validate);
    if (TikTokPostingPanel *panel = editor->tiktokPanel()) {
        connect(panel, &TikTokPostingPanel::retryRequested, this,
                [this, editor] { loadCreatorInfo(editor); });
        loadCreatorInfo(editor);
    }
    updateTabOrder();
    validate();
}

void ComposePage::loadCreatorInfo(VariantEditor *editor)
{
    TikTokPostingPanel *panel = editor->tiktokPanel();
    panel->setLoading();
    m_creatorInfo->load(editor->account().id, panel, [panel](const Expected<TikTokCreatorInfo> &info) {
        if (info)
            panel->setCreatorInfo(*info);
        else
            panel->setError(info.error().message);
    });
}

void ComposePage::copyCaptionToAll()
{
    auto *source = qobject_cast<VariantEditor *>(m_tabs->currentWidget());
    if (!source)
        return;
    const QString caption = source->caption();
    for (VariantEditor *editor : editors()) {
        if (editor != source)
            editor->setCaption(caption);
    }
}

void ComposePage::validate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList blocking;
    QDateTime at;
    if (m_schedule->isScheduled()) {
        const auto resolved = m_schedule->resolution();
        if (!resolved)
            blocking.append(resolved.error().message);
        else if (resolved->utc <= now)
            blocking.append(
                tr("The scheduled time has already passed. Pick a later time, or choose Publish now."));
        else
            at = resolved->utc;
    }
    const QList<VariantEditor *> list = editors();
    if (list.isEmpty())
        blocking.append(tr("Tick at least one account to post to."));
    QString consent;
    for (VariantEditor *editor : list) {
        const Account &account = editor->account();
        const TikTokCreatorInfo *creator
            = editor->tiktokPanel() ? editor->tiktokPanel()->creatorInfo() : nullptr;
        const PostVariant variant = editor->variant();
        const QList<PostProblem> problems = PostComposer::checkTarget(
            account.id, account.platform, variant, at, m_video ? m_video->durationMs : 0, creator, now);
        editor->showProblems(problems);
        const QString where = tr("%1 (%2)").arg(platformDisplayName(account.platform), account.displayName);
        if (editor->tiktokPanel()) {
            if (!creator)
                blocking.append(tr("%1: waiting for TikTok's posting options for this account.").arg(where));
            if (consent.isEmpty()
                || variant.options.value(QLatin1String(PostComposer::kBrandContent)).toBool())
                consent = PostComposer::tiktokConsentSentence(variant.options);
        }
        for (const PostProblem &p : problems)
            blocking.append(tr("%1: %2").arg(where, p.message));
        const int index = m_tabs->indexOf(editor);
        m_tabs->setTabIcon(index,
                           problems.isEmpty() ? platformIcon(account.platform)
                                              : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_tabs->setTabToolTip(index,
                              problems.isEmpty() ? QString()
                                                 : tr("%n rule(s) broken in this tab", nullptr,
                                                      static_cast<int>(problems.size())));
    }
    if (!m_video)
        blocking.append(tr("Choose the video to post at the top of the page."));

    m_tabs->setVisible(!list.isEmpty());
    m_noTabs->setVisible(list.isEmpty());
    m_consent->setText(consent);
    m_consent->setVisible(!consent.isEmpty());
    m_copyAll->setEnabled(list.size() > 1);
    const bool scheduled = m_schedule->isScheduled();
    m_publish->setText(scheduled ? tr("&Schedule") : tr("&Publish now"));
    m_publish->setEnabled(!m_busy && blocking.isEmpty());
    const QString why = blocking.isEmpty()
        ? QString()
        : tr("Cannot publish yet:\n%1").arg(blocking.join(QLatin1Char('\n')));
    m_publish->setToolTip(m_busy ? tr("Publishing…") : why);
    m_publish->setAccessibleName(scheduled ? tr("Schedule the post") : tr("Publish the post now"));
    m_publish->setAccessibleDescription(why);
}

void ComposePage::publish()
{
    if (!m_publish->isEnabled() || !m_video || m_busy)
        return;
    PostRequest request;
    request.videoId = m_video->id;
    for (VariantEditor *editor : editors()) {
        request.accountIds.append(editor->account().id);
        request.variants.append(editor->variant());
    }
    if (m_schedule->isScheduled()) {
        const auto resolved = m_schedule->resolution();
        if (!resolved)
            return;
        request.at = resolved->utc;
        request.timeZone = QString::fromUtf8(m_schedule->timeZoneId());
    }
    m_busy = true;
    m_problems->setText(tr("Checking with the platforms and queueing the post…"));
    m_problems->show();
    validate();
    m_composer->enqueue(request, [this](const Expected<PostComposition> &result) {
        m_busy = false;
        if (!result) {
            m_problems->setText(tr("The post was not queued: %1").arg(result.error().message));
        } else if (!result->problems.isEmpty()) {
            QStringList lines{tr("The post was not queued; fix these and try again:")};
            for (const PostProblem &p : result->problems) {
                QString where = p.platform;
                for (const Account &a : std::as_const(m_accounts)) {
                    if (a.id == p.accountId)
                        where = tr("%1 (%2)").arg(platformDisplayName(a.platform), a.displayName);
                }
                lines.append(tr("• %1: %2 (rule %3)").arg(where, p.message, p.rule));
            }
            m_problems->setText(lines.join(QLatin1Char('\n')));
        } else {
            const qint64 postId = result->postId;
            resetForm();
            Q_EMIT posted(postId);
            return;
        }
        m_problems->show();
        validate();
    });
}

void ComposePage::resetForm()
{
    for (QCheckBox *box : std::as_const(m_accountBoxes))
        box->setChecked(false);
    m_schedule->reset();
    m_problems->clear();
    m_problems->hide();
    m_video.reset();
    m_videoError.clear();
    m_picker->setCurrentVideo(std::nullopt);
    updatePage();
    validate();
}

} // namespace travelflow
