#pragma once

#include "core/account.h"
#include "core/error.h"

#include <QHash>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace travelflow {

class AccountCard;
class AppServices;
class ConnectPanel;

// Accounts: connect one through the browser (with visible progress and a paste fallback),
// see each account's health (token expiry, needs reconnecting and why), reconnect, and
// disconnect after a confirmation that lists what will be deleted. AccountService does the
// work; this page only asks and shows.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    // Opens the platform's approval page; false when no browser could be started. Tests
    // replace it to play the browser themselves.
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit AccountsPage(AppServices &services, QWidget *parent = nullptr);
    ~AccountsPage() override;

    void setUrlOpener(UrlOpener opener);
    // Re-reads the accounts (also done whenever the page is shown).
    void reload();

Q_SIGNALS:
    // The user wants to add app credentials: the window switches to Settings.
    void settingsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildEmptyPage();
    QWidget *buildListPage();
    QWidget *connectButtons(const QString &prefix, QWidget *parent, bool longLabels);
    void startConnect(Platform platform);
    void onAuthorizationUrl(const QUrl &url);
    void onConnected(const Account &account);
    void onConnectFailed(const Error &error);
    void cancelConnect();
    void finishConnecting();
    void askToDisconnect(qint64 accountId);
    void disconnectNow(const Account &account);
    void showNotice(const QString &text, bool problem);
    void setConnectEnabled(bool enabled);
    void tick();
    bool sameAccounts(const QList<Account> &accounts) const;

    AppServices &m_services;
    UrlOpener m_opener;
    ConnectPanel *m_panel = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_listPage = nullptr;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QHash<qint64, AccountCard *> m_cardById;
    QList<Account> m_shown;
    QList<QPushButton *> m_connectButtons;
    std::optional<Platform> m_connecting; // an attempt this page started is running
    quint64 m_attempt = 0; // tells a late answer to a cancelled attempt apart
    Platform m_lastPlatform = Platform::TikTok;
    QUrl m_authorizationUrl;
    QTimer m_clock;
};

} // namespace travelflow
