#include "inbox_filter_bar.h"

#include "widgets/platform_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace travelflow {

InboxFilterBar::InboxFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_leadsOnly = new QCheckBox(tr("&Leads only"), this);
    m_leadsOnly->setObjectName(QStringLiteral("leadsOnlyCheck"));
    m_leadsOnly->setAccessibleName(tr("Show only leads"));
    m_leadsOnly->setToolTip(tr("Only comments and messages from potential customers"));
    m_unreadOnly = new QCheckBox(tr("&Unread only"), this);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnlyCheck"));
    m_unreadOnly->setAccessibleName(tr("Show only unread items"));

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->addItem(tr("All platforms"), -1);
    for (const Platform p : {Platform::TikTok, Platform::Instagram, Platform::YouTube})
        m_platform->addItem(platformIcon(p), platformDisplayName(p), static_cast<int>(p));

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountFilter"));
    m_account->setAccessibleName(tr("Account"));
    setAccounts({});

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setAccessibleName(tr("Search the inbox"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    layout->addWidget(m_leadsOnly);
    layout->addWidget(m_unreadOnly);
    layout->addWidget(m_platform);
    layout->addWidget(m_account);
    layout->addWidget(m_search, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &InboxFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        Q_EMIT filterChanged();
    });
    connect(m_leadsOnly, &QCheckBox::toggled, this, &InboxFilterBar::filterChanged);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &InboxFilterBar::filterChanged);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &InboxFilterBar::filterChanged);
    connect(m_account, &QComboBox::currentIndexChanged, this, &InboxFilterBar::filterChanged);
}

void InboxFilterBar::setAccounts(const QList<Account> &accounts)
{
    const qint64 current = m_account->currentData().toLongLong();
    const QSignalBlocker block(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), qint64{0});
    for (const Account &a : accounts) {
        m_account->addItem(platformIcon(a.platform),
                           a.displayName.isEmpty() ? platformDisplayName(a.platform) : a.displayName, a.id);
    }
    const int index = m_account->findData(current);
    m_account->setCurrentIndex(qMax(0, index));
    if (index < 0 && current != 0)
        Q_EMIT filterChanged(); // the chosen account is gone
}

InteractionFilter InboxFilterBar::filter() const
{
    InteractionFilter f;
    f.leadsOnly = m_leadsOnly->isChecked();
    f.unreadOnly = m_unreadOnly->isChecked();
    f.search = m_search->text().trimmed();
    const int platform = m_platform->currentData().toInt();
    if (platform >= 0)
        f.platform = static_cast<Platform>(platform);
    f.accountId = m_account->currentData().toLongLong();
    f.hideOwn = true; // the account's own answers show in their threads
    return f;
}

bool InboxFilterBar::isFiltering() const
{
    const InteractionFilter f = filter();
    return f.leadsOnly || f.unreadOnly || f.platform || f.accountId != 0 || !f.search.isEmpty();
}

void InboxFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace travelflow
