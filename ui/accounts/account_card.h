#pragma once

#include "core/account.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace travelflow {

// One connected account: platform icon, name, health (connected, or needs reconnecting and
// why), when its access token expires, and the Reconnect / Disconnect actions.
class AccountCard : public QFrame
{
    Q_OBJECT

public:
    explicit AccountCard(const Account &account, QWidget *parent = nullptr);

    qint64 accountId() const { return m_account.id; }
    const Account &account() const { return m_account; }

    // Re-words "expires in …" for `now` (the page ticks it).
    void updateExpiry(const QDateTime &now);
    // While the card's account is being checked or disconnected: buttons off, `what` shown.
    void setBusy(bool busy, const QString &what = {});

    static QString expiryText(const QDateTime &expiresAt, const QDateTime &now);
    static QString statusText(const Account &account);

Q_SIGNALS:
    void reconnectRequested(qint64 accountId);
    void disconnectRequested(qint64 accountId);

private:
    Account m_account;
    QLabel *m_status = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_disconnect = nullptr;
};

} // namespace travelflow
