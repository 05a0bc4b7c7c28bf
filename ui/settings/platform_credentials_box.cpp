#include "platform_credentials_box.h"

#include "accounts/app_credential_store.h"
#include "credential_labels.h"
#include "widgets/platform_style.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace travelflow {

namespace {

const QString kBullets = QStringLiteral("••••••••");

// Enough of an id to recognise it, never the whole value.
QString maskedId(const QString &id)
{
    if (id.size() <= 8)
        return kBullets;
    return id.left(3) + kBullets + id.right(3);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

PlatformCredentialsBox::PlatformCredentialsBox(Platform platform, AppCredentialStore &store, QWidget *parent)
    : QGroupBox(platformDisplayName(platform), parent), m_platform(platform), m_store(store)
{
    const QString name = platformName(platform);
    const QString display = platformDisplayName(platform);
    setObjectName(QStringLiteral("credentials_") + name);

    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("credentialStatus_") + name);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_status);

    auto *form = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("clientId_") + name);
    m_id->setAccessibleName(tr("%1 %2").arg(display, appIdLabel(platform)));
    m_id->setClearButtonEnabled(true);
    form->addRow(tr("&%1:").arg(capitalised(appIdLabel(platform))), m_id);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("clientSecret_") + name);
    m_secret->setAccessibleName(tr("%1 %2").arg(display, appSecretLabel(platform)));
    m_secret->setEchoMode(QLineEdit::Password);
    // Keep the secret out of any input-method history.
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    form->addRow(tr("S&ecret (%1):").arg(appSecretLabel(platform)), m_secret);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeCredentials_") + name);
    m_remove->setAccessibleName(tr("Remove the saved %1 app credentials").arg(display));
    buttons->addWidget(m_remove);
    m_save = new QPushButton(tr("Save to keychain"), this);
    m_save->setObjectName(QStringLiteral("saveCredentials_") + name);
    m_save->setAccessibleName(tr("Save the %1 app credentials to the system keychain").arg(display));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &PlatformCredentialsBox::save);
    connect(m_remove, &QPushButton::clicked, this, &PlatformCredentialsBox::remove);
    connect(m_secret, &QLineEdit::returnPressed, this, &PlatformCredentialsBox::save);
    connect(m_id, &QLineEdit::textChanged, this, &PlatformCredentialsBox::updateButtons);
    connect(m_secret, &QLineEdit::textChanged, this, &PlatformCredentialsBox::updateButtons);
    updateButtons();
}

QString PlatformCredentialsBox::statusText() const
{
    return m_status->text();
}

void PlatformCredentialsBox::refresh()
{
    setBusy(true);
    m_store.readSaved(m_platform, this, [this](const Expected<AppCredentials> &saved) {
        setBusy(false);
        showSaved(saved);
    });
}

void PlatformCredentialsBox::showSaved(const Expected<AppCredentials> &saved)
{
    if (!saved) {
        m_hasSaved = false;
        showProblem(tr("Could not read the system keychain: %1").arg(saved.error().message));
        return;
    }
    m_hasSaved = saved->isConfigured();
    QStringList lines;
    if (AppCredentialStore::isSetByEnvironment(m_platform)) {
        const QString name = platformName(m_platform);
        lines << tr("Set by the environment (%1 and %2); these win over what is saved here.")
                     .arg(AppCredentials::idVariable(name), AppCredentials::secretVariable(name))
                     .toHtmlEscaped();
    }
    if (m_hasSaved) {
        lines << tr("Saved in the system keychain: %1 %2, %3 %4.")
                     .arg(appIdLabel(m_platform), maskedId(saved->clientId), appSecretLabel(m_platform),
                          kBullets)
                     .toHtmlEscaped();
    } else if (lines.isEmpty()) {
        const QString url = developerConsoleUrl(m_platform);
        lines << tr("Not set up. Connecting %1 accounts needs your own %1 developer app: create one at %2, "
                    "allow the redirect address http://127.0.0.1/callback (any port) and enter its %3 and %4 "
                    "here.")
                     .arg(platformDisplayName(m_platform).toHtmlEscaped(),
                          QStringLiteral("<a href=\"%1\">%1</a>").arg(url), appIdLabel(m_platform),
                          appSecretLabel(m_platform));
    }
    m_status->setText(lines.join(QStringLiteral("<br>")));
    m_status->setAccessibleName(m_status->text());
    m_id->setPlaceholderText(m_hasSaved ? tr("Saved; type to replace") : QString());
    m_secret->setPlaceholderText(m_hasSaved ? tr("Saved; type to replace") : QString());
    updateButtons();
    Q_EMIT statusShown();
}

void PlatformCredentialsBox::showProblem(const QString &text)
{
    m_status->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    m_status->setAccessibleName(text);
    updateButtons();
    Q_EMIT statusShown();
}

void PlatformCredentialsBox::save()
{
    const QString id = m_id->text().trimmed();
    const QString secret = m_secret->text().trimmed();
    if (id.isEmpty() || secret.isEmpty()) {
        showProblem(
            tr("Enter both the %1 and the %2.").arg(appIdLabel(m_platform), appSecretLabel(m_platform)));
        return;
    }
    setBusy(true);
    m_store.save(m_platform, id, secret, this, [this](const Status &saved) {
        setBusy(false);
        if (!saved) {
            showProblem(tr("Could not save to the system keychain: %1").arg(saved.error().message));
            return;
        }
        // Clear the typed values: nothing of the secret stays in the window.
        m_id->clear();
        m_secret->clear();
        refresh();
    });
}

void PlatformCredentialsBox::remove()
{
    setBusy(true);
    m_store.remove(m_platform, this, [this](const Status &removed) {
        setBusy(false);
        if (!removed) {
            showProblem(
                tr("Could not remove them from the system keychain: %1").arg(removed.error().message));
            return;
        }
        refresh();
    });
}

void PlatformCredentialsBox::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void PlatformCredentialsBox::updateButtons()
{
    m_save->setEnabled(!m_busy && !m_id->text().trimmed().isEmpty() && !m_secret->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_busy && m_hasSaved);
}

} // namespace travelflow
