#include "instagram_simulator.h"

namespace travelflow::sandbox {

class InstagramSimulator::State
{
};

InstagramSimulator::InstagramSimulator(SandboxContext &context)
    : PlatformSimulator(context), d(std::make_unique<State>())
{ }
InstagramSimulator::~InstagramSimulator() = default;
void InstagramSimulator::registerRoutes(Router &) { }
HttpResponse InstagramSimulator::errorResponse(int status, const QString &, const QString &) const
{
    return HttpResponse::empty(status);
}
QJsonObject InstagramSimulator::saveState() const
{
    return {};
}
void InstagramSimulator::loadState(const QJsonObject &) { }
QJsonObject InstagramSimulator::worldView() const
{
    return {};
}
void InstagramSimulator::tick() { }

} // namespace travelflow::sandbox
