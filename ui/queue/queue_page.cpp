#include "queue_page.h"

#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QVBoxLayout>

namespace travelflow {

QueuePage::QueuePage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(services);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(QStringLiteral("queue"), tr("The queue is empty"),
                                     tr("Posts you publish or schedule appear here with their progress."), this));
}

} // namespace travelflow
