#pragma once

#include "core/expected.h"
#include "core/platform.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace travelflow {

class AppCredentialStore;
struct AppCredentials;

// One platform's developer-app credentials in Settings. What is saved lives only in the
// keychain and is never shown back in clear: the status line names where the credentials
// come from (environment, keychain, nowhere) with the id masked; the fields are for typing
// new values and are emptied after saving.
class PlatformCredentialsBox : public QGroupBox
{
    Q_OBJECT

public:
    PlatformCredentialsBox(Platform platform, AppCredentialStore &store, QWidget *parent = nullptr);

    // Reads what is saved (asynchronously) and updates the status line.
    void refresh();

    QString statusText() const;

Q_SIGNALS:
    // The status line shows the result of a refresh, save or removal.
    void statusShown();

private:
    void save();
    void remove();
    void showSaved(const Expected<AppCredentials> &saved);
    void showProblem(const QString &text);
    void setBusy(bool busy);
    void updateButtons();

    Platform m_platform;
    AppCredentialStore &m_store;
    QLabel *m_status = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_busy = false;
    bool m_hasSaved = false;
};

} // namespace travelflow
