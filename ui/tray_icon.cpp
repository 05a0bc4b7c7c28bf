#include "tray_icon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace travelflow {

TrayIcon::TrayIcon(QObject *parent) : QObject(parent), m_menu(new QMenu)
{
    m_menu->addAction(tr("Show TravelFlow"), this, &TrayIcon::showWindowRequested);
    m_menu->addAction(tr("Open the inbox"), this, &TrayIcon::inboxRequested);
    m_menu->addAction(tr("Check for new comments now"), this, &TrayIcon::syncInboxRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);

    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setToolTip(tr("TravelFlow"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    // A click on a notification opens the window where the news is.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindowRequested);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && m_icon->isVisible();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    if (isAvailable())
        m_icon->showMessage(title, text, QSystemTrayIcon::Information);
}

} // namespace travelflow
