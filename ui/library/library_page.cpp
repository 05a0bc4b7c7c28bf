#include "library_page.h"

#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QVBoxLayout>

namespace travelflow {

LibraryPage::LibraryPage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(services);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(QStringLiteral("library"), tr("Your library is empty"),
                                     tr("Drop videos or folders here to add them. Files are never copied or changed."), this));
}

} // namespace travelflow
