#include "compose_page.h"

#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QVBoxLayout>

namespace travelflow {

ComposePage::ComposePage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    Q_UNUSED(services);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(QStringLiteral("compose"), tr("Nothing to compose yet"),
                                     tr("Pick a video in the library and choose Compose post."), this));
}

void ComposePage::setVideo(qint64 videoId)
{
    Q_UNUSED(videoId);
}

} // namespace travelflow
