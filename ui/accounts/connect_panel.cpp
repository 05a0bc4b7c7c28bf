#include "connect_panel.h"

#include "widgets/platform_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace travelflow {

ConnectPanel::ConnectPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("connectPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Connecting an account"));
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("connectTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("connectProgress"));
    m_progress->setRange(0, 0); // busy: there is no fraction to show while the user decides
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Waiting for approval"));
    layout->addWidget(m_progress);

    m_waitingControls = new QWidget(this);
    auto *waiting = new QVBoxLayout(m_waitingControls);
    waiting->setContentsMargins(0, 0, 0, 0);
    auto *pasteLabel = new QLabel(tr("If the browser showed an error or never came back, &paste the address "
                                     "from your browser's address bar:"),
                                  m_waitingControls);
    pasteLabel->setWordWrap(true);
    waiting->addWidget(pasteLabel);
    auto *pasteRow = new QHBoxLayout;
    m_paste = new QLineEdit(m_waitingControls);
    m_paste->setObjectName(QStringLiteral("pasteAddress"));
    m_paste->setAccessibleName(tr("Paste the address from your browser"));
    m_paste->setPlaceholderText(QStringLiteral("http://127.0.0.1:…/callback?code=…"));
    pasteLabel->setBuddy(m_paste);
    pasteRow->addWidget(m_paste, 1);
    m_pasteContinue = new QPushButton(tr("C&ontinue"), m_waitingControls);
    m_pasteContinue->setObjectName(QStringLiteral("pasteContinue"));
    m_pasteContinue->setAccessibleName(tr("Continue with the pasted address"));
    m_pasteContinue->setEnabled(false);
    pasteRow->addWidget(m_pasteContinue);
    waiting->addLayout(pasteRow);
    layout->addWidget(m_waitingControls);

    auto *buttons = new QHBoxLayout;
    m_reopen = new QPushButton(tr("Open the page &again"), this);
    m_reopen->setObjectName(QStringLiteral("reopenBrowser"));
    m_reopen->setAccessibleName(tr("Open the approval page in the browser again"));
    m_reopen->setFlat(true);
    buttons->addWidget(m_reopen);
    buttons->addStretch(1);
    m_settings = new QPushButton(tr("Open &Settings"), this);
    m_settings->setObjectName(QStringLiteral("openSettings"));
    m_settings->setAccessibleName(tr("Open Settings to add the app credentials"));
    buttons->addWidget(m_settings);
    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("retryConnect"));
    m_retry->setAccessibleName(tr("Try connecting again"));
    buttons->addWidget(m_retry);
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissConnect"));
    m_dismiss->setAccessibleName(tr("Dismiss this message"));
    buttons->addWidget(m_dismiss);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelConnect"));
    m_cancel->setAccessibleName(tr("Cancel connecting"));
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_cancel->isVisible())
            Q_EMIT cancelRequested();
        else
            Q_EMIT dismissed();
    });
    connect(m_cancel, &QPushButton::clicked, this, &ConnectPanel::cancelRequested);
    connect(m_reopen, &QPushButton::clicked, this, &ConnectPanel::reopenRequested);
    connect(m_retry, &QPushButton::clicked, this, &ConnectPanel::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &ConnectPanel::settingsRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &ConnectPanel::dismissed);
    connect(m_pasteContinue, &QPushButton::clicked, this, &ConnectPanel::submitPaste);
    connect(m_paste, &QLineEdit::returnPressed, this, &ConnectPanel::submitPaste);
    connect(m_paste, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_pasteContinue->setEnabled(!text.trimmed().isEmpty()); });
    hide();
}

QString ConnectPanel::message() const
{
    return m_message->text();
}

void ConnectPanel::showStarting(Platform platform)
{
    m_title->setText(tr("Connecting %1").arg(platformDisplayName(platform)));
    m_message->setText(tr("Preparing the sign-in page…"));
    m_paste->clear();
    setMode(false, false);
    m_cancel->show();
    show();
}

void ConnectPanel::showWaiting(Platform platform, bool browserOpened)
{
    m_title->setText(tr("Connecting %1").arg(platformDisplayName(platform)));
    m_message->setText(browserOpened
                           ? tr("Waiting for you to approve in the browser…")
                           : tr("Could not open a browser. Use \"Open the page again\", or open a browser "
                                "yourself and try again."));
    setMode(true, false);
    show();
    m_paste->setFocus();
}

void ConnectPanel::showFinishing(Platform platform)
{
    m_title->setText(tr("Connecting %1").arg(platformDisplayName(platform)));
    m_message->setText(tr("Approved; finishing the sign-in…"));
    setMode(false, false);
    m_cancel->show();
    show();
}

void ConnectPanel::showFailed(Platform platform, const QString &message, bool offerSettings)
{
    m_title->setText(tr("Could not connect %1").arg(platformDisplayName(platform)));
    m_message->setText(message);
    setMode(false, true);
    m_settings->setVisible(offerSettings);
    show();
    (offerSettings ? m_settings : m_retry)->setFocus();
}

void ConnectPanel::setMode(bool waiting, bool failed)
{
    m_progress->setVisible(!failed);
    m_waitingControls->setVisible(waiting);
    m_reopen->setVisible(waiting);
    m_cancel->setVisible(waiting);
    m_retry->setVisible(failed);
    m_dismiss->setVisible(failed);
    m_settings->setVisible(false);
    setAccessibleDescription(m_message->text());
}

void ConnectPanel::submitPaste()
{
    const QString address = m_paste->text().trimmed();
    if (!address.isEmpty())
        Q_EMIT addressPasted(address);
}

} // namespace travelflow
