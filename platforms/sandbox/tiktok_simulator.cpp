#include "tiktok_simulator.h"

namespace travelflow::sandbox {

class TikTokSimulator::State
{
};

TikTokSimulator::TikTokSimulator(SandboxContext &context)
    : PlatformSimulator(context), d(std::make_unique<State>())
{ }
TikTokSimulator::~TikTokSimulator() = default;
void TikTokSimulator::registerRoutes(Router &) { }
HttpResponse TikTokSimulator::errorResponse(int status, const QString &, const QString &) const
{
    return HttpResponse::empty(status);
}
QJsonObject TikTokSimulator::saveState() const
{
    return {};
}
void TikTokSimulator::loadState(const QJsonObject &) { }
QJsonObject TikTokSimulator::worldView() const
{
    return {};
}
void TikTokSimulator::tick() { }

} // namespace travelflow::sandbox
