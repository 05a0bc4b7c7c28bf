#include "account_card.h"

#include "widgets/platform_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace travelflow {

namespace {

QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return AccountCard::tr("less than a minute");
    if (minutes < 120)
        return AccountCard::tr("%n min", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return AccountCard::tr("%n h", nullptr, static_cast<int>(hours));
    return AccountCard::tr("%n day(s)", nullptr, static_cast<int>(hours / 24));
}

} // namespace

AccountCard::AccountCard(const Account &account, QWidget *parent) : QFrame(parent), m_account(account)
{
    const QString platform = platformDisplayName(account.platform);
    const QString name = account.displayName.isEmpty() ? account.remoteId : account.displayName;
    setObjectName(QStringLiteral("accountCard_%1").arg(account.id));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("%1 account %2").arg(platform, name));

    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(platformIcon(account.platform).pixmap(QSize(32, 32), devicePixelRatioF()));
    icon->setAccessibleName(platform);
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);

    auto *text = new QVBoxLayout;
    auto *title = new QLabel(name, this);
    title->setObjectName(QStringLiteral("accountName"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(title);
    auto *where = new QLabel(tr("%1 · id %2").arg(platform, account.remoteId), this);
    where->setForegroundRole(QPalette::PlaceholderText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(where);

    m_status = new QLabel(statusText(account), this);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (account.status != Account::Status::Connected) {
        // A small accent so a problem stands out, readable on light and dark palettes.
        QPalette pal = m_status->palette();
        pal.setColor(QPalette::WindowText, QColor(0xd9, 0x6c, 0x00));
        m_status->setPalette(pal);
    }
    text->addWidget(m_status);

    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("accountExpiry"));
    m_expiry->setWordWrap(true);
    m_expiry->setForegroundRole(QPalette::PlaceholderText);
    text->addWidget(m_expiry);

    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("accountBusy"));
    m_busy->hide();
    text->addWidget(m_busy);
    layout->addLayout(text, 1);

    auto *buttons = new QVBoxLayout;
    m_reconnect = new QPushButton(tr("&Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->setAccessibleName(tr("Reconnect %1 account %2").arg(platform, name));
    m_reconnect->setVisible(account.status != Account::Status::Connected);
    buttons->addWidget(m_reconnect);
    m_disconnect = new QPushButton(tr("Disconnect…"), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnect->setAccessibleName(tr("Disconnect %1 account %2").arg(platform, name));
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_reconnect, &QPushButton::clicked, this, [this] { Q_EMIT reconnectRequested(m_account.id); });
    connect(m_disconnect, &QPushButton::clicked, this, [this] { Q_EMIT disconnectRequested(m_account.id); });
    updateExpiry(QDateTime::currentDateTimeUtc());
}

QString AccountCard::statusText(const Account &account)
{
    switch (account.status) {
    case Account::Status::Connected: return tr("Connected");
    case Account::Status::NeedsReconnect: {
        QString reason = account.statusReason.trimmed();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return reason.isEmpty()
            ? tr("Needs reconnecting: the platform no longer accepts TravelFlow's sign-in. Reconnect to "
                 "resume publishing and inbox sync.")
            : tr("Needs reconnecting: %1. Reconnect to resume publishing and inbox sync.").arg(reason);
    }
    case Account::Status::Disconnected: break;
    }
    return tr("Disconnected. Reconnect to use this account again.");
}

QString AccountCard::expiryText(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return {};
    const qint64 left = now.secsTo(expiresAt);
    if (left > 0)
        return tr("Access expires in %1; TravelFlow renews it automatically.").arg(duration(left));
    return tr("Access expired %1 ago; TravelFlow renews it the next time it is needed.").arg(duration(-left));
}

void AccountCard::updateExpiry(const QDateTime &now)
{
    // An account that needs reconnecting cannot renew anything: its expiry would mislead.
    const QString text = m_account.status == Account::Status::Connected
        ? expiryText(m_account.tokenExpiresAt, now)
        : QString();
    m_expiry->setText(text);
    m_expiry->setVisible(!text.isEmpty());
}

void AccountCard::setBusy(bool busy, const QString &what)
{
    m_busy->setText(what);
    m_busy->setVisible(busy && !what.isEmpty());
    m_reconnect->setEnabled(!busy);
    m_disconnect->setEnabled(!busy);
}

} // namespace travelflow
