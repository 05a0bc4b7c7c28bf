#include "inbox_page.h"

#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QVBoxLayout>

namespace travelflow {

InboxPage::InboxPage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(services);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(QStringLiteral("inbox"), tr("No comments yet"),
                                     tr("Connect an account; comments and messages arrive here, potential customers marked as leads."), this));
}

} // namespace travelflow
