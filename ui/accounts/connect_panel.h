#pragma once

#include "core/platform.h"

#include <QFrame>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace travelflow {

// The progress of connecting one account: "waiting for you to approve in the browser" with
// a busy bar, Cancel, "Open the page again" and the paste-the-address fallback; or what went
// wrong, with Try again and (when the app credentials are missing) a way to Settings. It
// only shows state and asks; AccountsPage drives AccountService.
class ConnectPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectPanel(QWidget *parent = nullptr);

    void showStarting(Platform platform);
    void showWaiting(Platform platform, bool browserOpened);
    void showFinishing(Platform platform);
    void showFailed(Platform platform, const QString &message, bool offerSettings);

    QString message() const;

Q_SIGNALS:
    void cancelRequested();
    void reopenRequested();
    void addressPasted(const QString &address);
    void retryRequested();
    void settingsRequested();
    void dismissed();

private:
    void setMode(bool waiting, bool failed);
    void submitPaste();

    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_waitingControls = nullptr;
    QLineEdit *m_paste = nullptr;
    QPushButton *m_pasteContinue = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace travelflow
