#include "accounts_page.h"

#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QVBoxLayout>

namespace travelflow {

AccountsPage::AccountsPage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(services);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(QStringLiteral("accounts"), tr("No accounts connected"),
                                     tr("Connect TikTok, Instagram or YouTube. Tokens are kept only in the system keychain."), this));
}

} // namespace travelflow
