#include "settings_page.h"

#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QVBoxLayout>

namespace travelflow {

SettingsPage::SettingsPage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(services);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(QStringLiteral("settings"), tr("Settings"),
                                     tr("Platform app credentials, language and notifications."), this));
}

} // namespace travelflow
