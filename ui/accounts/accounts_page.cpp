#include "accounts_page.h"

#include "account_card.h"
#include "connect_panel.h"
#include "disconnect_confirmation.h"
#include "services/app_services.h"
#include "settings/credential_labels.h"
#include "widgets/empty_state.h"
#include "widgets/platform_style.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace travelflow {

namespace {

constexpr int kClockIntervalMs = 30 * 1000;

} // namespace

AccountsPage::AccountsPage(AppServices &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    auto *layout = new QVBoxLayout(this);

    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("accountsNotice"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("accountsNoticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    noticeLayout->addWidget(m_noticeText, 1);
    auto *closeNotice = new QToolButton(m_notice);
    closeNotice->setText(QStringLiteral("✕"));
    closeNotice->setAccessibleName(tr("Dismiss the notice"));
    closeNotice->setAutoRaise(true);
    connect(closeNotice, &QToolButton::clicked, m_notice, &QWidget::hide);
    noticeLayout->addWidget(closeNotice, 0, Qt::AlignTop);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_panel = new ConnectPanel(this);
    layout->addWidget(m_panel);

    m_stack = new QStackedWidget(this);
    m_emptyPage = buildEmptyPage();
    m_listPage = buildListPage();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_listPage);
    layout->addWidget(m_stack, 1);

    AccountService &accounts = m_services.accounts();
    connect(&accounts, &AccountService::connected, this, &AccountsPage::onConnected);
    connect(&accounts, &AccountService::connectFailed, this, &AccountsPage::onConnectFailed);
    connect(m_panel, &ConnectPanel::cancelRequested, this, &AccountsPage::cancelConnect);
    connect(m_panel, &ConnectPanel::reopenRequested, this, [this] {
        if (m_authorizationUrl.isValid())
            m_opener(m_authorizationUrl);
    });
    connect(m_panel, &ConnectPanel::addressPasted, this, [this](const QString &address) {
        if (!m_connecting)
            return;
        m_panel->showFinishing(*m_connecting);
        m_services.accounts().completeWithPastedAddress(address);
    });
    connect(m_panel, &ConnectPanel::retryRequested, this, [this] { startConnect(m_lastPlatform); });
    connect(m_panel, &ConnectPanel::settingsRequested, this, [this] {
        m_panel->hide();
        Q_EMIT settingsRequested();
    });
    connect(m_panel, &ConnectPanel::dismissed, m_panel, &QWidget::hide);

    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &AccountsPage::tick);
    reload();
}

AccountsPage::~AccountsPage()
{
    // An attempt nobody can see any more must not finish behind the user's back.
    if (m_connecting)
        m_services.accounts().cancelConnect();
}

void AccountsPage::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

QWidget *AccountsPage::buildEmptyPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        new EmptyState(QStringLiteral("accounts"), tr("No accounts connected"),
                       tr("Connect TikTok, Instagram or YouTube to publish and answer comments. You "
                          "approve TravelFlow in your browser; its tokens are kept only in the "
                          "system keychain."),
                       page),
        1);
    layout->addWidget(connectButtons(QStringLiteral("emptyConnect_"), page, true), 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QWidget *AccountsPage::buildListPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Connected accounts"), page);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    layout->addWidget(title);
    header->addWidget(new QLabel(tr("Connect another:"), page));
    // Short labels keep the page narrow; the accessible names and tooltips say it in full.
    header->addWidget(connectButtons(QStringLiteral("connect_"), page, false));
    header->addStretch(1);
    layout->addLayout(header);

    // A person has a handful of accounts: cards in a scroll area, no paging needed.
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget(scroll);
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->addStretch(1);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);
    return page;
}

QWidget *AccountsPage::connectButtons(const QString &prefix, QWidget *parent, bool longLabels)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Platform platform : {Platform::TikTok, Platform::Instagram, Platform::YouTube}) {
        const QString display = platformDisplayName(platform);
        auto *button = new QPushButton(platformIcon(platform),
                                       longLabels ? tr("Connect %1").arg(display) : display, row);
        button->setObjectName(prefix + platformName(platform));
        button->setAccessibleName(tr("Connect a %1 account").arg(display));
        button->setToolTip(tr("Opens %1 in your browser to approve TravelFlow").arg(display));
        connect(button, &QPushButton::clicked, this, [this, platform] { startConnect(platform); });
        layout->addWidget(button);
        m_connectButtons.append(button);
    }
    return row;
}

void AccountsPage::reload()
{
    const auto accounts = m_services.accounts().accounts();
    if (!accounts) {
        showNotice(tr("Could not read the accounts: %1").arg(accounts.error().message), true);
        return;
    }
    m_stack->setCurrentWidget(accounts->isEmpty() ? m_emptyPage : m_listPage);
    if (sameAccounts(*accounts)) {
        // Unchanged: keep the cards (and the keyboard focus); only re-word the expiry.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (AccountCard *card : std::as_const(m_cardById))
            card->updateExpiry(now);
        return;
    }
    // Deleted now, not later, so nothing can find a stale card; reload() never runs from
    // inside a card's own signal.
    qDeleteAll(m_cardById);
    m_cardById.clear();
    for (const Account &account : *accounts) {
        auto *card = new AccountCard(account, m_cards);
        connect(card, &AccountCard::reconnectRequested, this,
                [this, platform = account.platform] { startConnect(platform); });
        connect(card, &AccountCard::disconnectRequested, this, &AccountsPage::askToDisconnect);
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, card);
        card->show(); // now, not when the layout gets round to it
        m_cardById.insert(account.id, card);
    }
    m_shown = *accounts;
}

bool AccountsPage::sameAccounts(const QList<Account> &accounts) const
{
    if (accounts.size() != m_shown.size() || accounts.size() != m_cardById.size())
        return false;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &a = accounts.at(i);
        const Account &b = m_shown.at(i);
        if (a.id != b.id || a.status != b.status || a.statusReason != b.statusReason
            || a.displayName != b.displayName || a.tokenExpiresAt != b.tokenExpiresAt)
            return false;
    }
    return true;
}

void AccountsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_clock.start();
}

void AccountsPage::tick()
{
    if (!isVisible()) {
        m_clock.stop();
        return;
    }
    // The token service renews access in the background and may mark an account as
    // needing a reconnect: re-read rather than only re-word the expiry.
    reload();
}

void AccountsPage::startConnect(Platform platform)
{
    if (m_connecting)
        return;
    m_connecting = platform;
    m_lastPlatform = platform;
    m_authorizationUrl.clear();
    m_notice->hide();
    setConnectEnabled(false);
    m_panel->showStarting(platform);
    const quint64 attempt = ++m_attempt;
    QPointer<AccountsPage> self(this);
    m_services.accounts().beginConnect(platform, [self, attempt](const Expected<QUrl> &url) {
        if (!self || attempt != self->m_attempt)
            return; // cancelled meanwhile
        if (!url)
            self->onConnectFailed(url.error());
        else
            self->onAuthorizationUrl(*url);
    });
}

void AccountsPage::onAuthorizationUrl(const QUrl &url)
{
    if (!m_connecting)
        return;
    m_authorizationUrl = url;
    const bool opened = m_opener(url);
    m_panel->showWaiting(*m_connecting, opened);
}

void AccountsPage::onConnected(const Account &account)
{
    const bool mine = m_connecting.has_value();
    finishConnecting();
    m_panel->hide();
    reload();
    if (mine) {
        showNotice(tr("Connected %1 account %2.")
                       .arg(platformDisplayName(account.platform),
                            account.displayName.isEmpty() ? account.remoteId : account.displayName),
                   false);
    }
}

void AccountsPage::onConnectFailed(const Error &error)
{
    if (!m_connecting)
        return;
    const Platform platform = *m_connecting;
    finishConnecting();
    const QString display = platformDisplayName(platform);
    if (error.code == QLatin1String("platform_not_configured")) {
        m_panel->showFailed(platform,
                            tr("Add your %1 app's %2 in Settings: TravelFlow signs in to %1 through your own "
                               "%1 developer app.")
                                .arg(display, appIdLabel(platform)),
                            true);
        return;
    }
    if (error.code == QLatin1String("access_denied")) {
        m_panel->showFailed(
            platform, tr("%1 says access was not approved. Try again and choose Allow.").arg(display), false);
        return;
    }
    m_panel->showFailed(
        platform,
        tr("%1 Try again, or use the paste fallback if the browser showed an error.").arg(error.message),
        false);
}

void AccountsPage::cancelConnect()
{
    if (m_connecting)
        m_services.accounts().cancelConnect();
    finishConnecting();
    m_panel->hide();
}

void AccountsPage::finishConnecting()
{
    ++m_attempt;
    m_connecting.reset();
    m_authorizationUrl.clear();
    setConnectEnabled(true);
}

void AccountsPage::setConnectEnabled(bool enabled)
{
    for (QPushButton *button : std::as_const(m_connectButtons))
        button->setEnabled(enabled);
}

void AccountsPage::askToDisconnect(qint64 accountId)
{
    AccountCard *card = m_cardById.value(accountId);
    if (!card)
        return;
    const Account account = card->account();
    card->setBusy(true, tr("Checking what will be deleted…"));
    m_services.accounts().deletionSummary(
        accountId, this, [this, account](const Expected<AccountDeletionSummary> &summary) {
            if (AccountCard *c = m_cardById.value(account.id))
                c->setBusy(false);
            if (!summary) {
                showNotice(
                    tr("Could not check what disconnecting would delete: %1").arg(summary.error().message),
                    true);
                return;
            }
            QAbstractButton *confirm = nullptr;
            QMessageBox *box = DisconnectConfirmation::create(account, *summary, this, &confirm);
            connect(box, &QMessageBox::buttonClicked, this,
                    [this, account, confirm](QAbstractButton *clicked) {
                        if (clicked == confirm)
                            disconnectNow(account);
                    });
            box->open();
        });
}

void AccountsPage::disconnectNow(const Account &account)
{
    if (AccountCard *card = m_cardById.value(account.id))
        card->setBusy(true, tr("Disconnecting…"));
    const QString name = account.displayName.isEmpty() ? account.remoteId : account.displayName;
    QPointer<AccountsPage> self(this);
    m_services.accounts().disconnectAccount(
        account.id, [self, account, name](const Status &st, const QString &warning) {
            if (!self)
                return;
            self->reload();
            if (!st) {
                self->showNotice(tr("Could not disconnect %1: %2").arg(name, st.error().message), true);
                return;
            }
            if (!warning.isEmpty()) {
                self->showNotice(tr("%1 was disconnected and its data deleted. %2").arg(name, warning), true);
                return;
            }
            self->showNotice(tr("%1 was disconnected and its data deleted.").arg(name), false);
        });
}

void AccountsPage::showNotice(const QString &text, bool problem)
{
    m_noticeText->setText(text);
    m_noticeText->setAccessibleName(text);
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, QColor(0xd9, 0x6c, 0x00));
    m_noticeText->setPalette(pal);
    m_notice->setProperty("problem", problem);
    m_notice->show();
}

} // namespace travelflow
