#include "analytics_page.h"

#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QVBoxLayout>

namespace travelflow {

AnalyticsPage::AnalyticsPage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(services);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(QStringLiteral("analytics"), tr("No numbers yet"),
                                     tr("Views, likes, comments and shares of your published posts appear here over time."), this));
}

} // namespace travelflow
