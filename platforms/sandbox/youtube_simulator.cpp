#include "youtube_simulator.h"

namespace travelflow::sandbox {

class YouTubeSimulator::State
{
};

YouTubeSimulator::YouTubeSimulator(SandboxContext &context)
    : PlatformSimulator(context), d(std::make_unique<State>())
{ }
YouTubeSimulator::~YouTubeSimulator() = default;
void YouTubeSimulator::registerRoutes(Router &) { }
HttpResponse YouTubeSimulator::errorResponse(int status, const QString &, const QString &) const
{
    return HttpResponse::empty(status);
}
QJsonObject YouTubeSimulator::saveState() const
{
    return {};
}
void YouTubeSimulator::loadState(const QJsonObject &) { }
QJsonObject YouTubeSimulator::worldView() const
{
    return {};
}
void YouTubeSimulator::tick() { }

} // namespace travelflow::sandbox
