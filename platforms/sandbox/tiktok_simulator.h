#pragma once

#include "platform_simulator.h"

#include <memory>

namespace travelflow::sandbox {

// The TikTok part of the simulator (see ../shared/platform-apis.md).
class TikTokSimulator : public PlatformSimulator
{
public:
    explicit TikTokSimulator(SandboxContext &context);
    ~TikTokSimulator() override;

    QString name() const override { return QStringLiteral("tiktok"); }
    void registerRoutes(Router &router) override;
    HttpResponse errorResponse(int status, const QString &kind, const QString &message) const override;
    QJsonObject saveState() const override;
    void loadState(const QJsonObject &state) override;
    QJsonObject worldView() const override;
    void tick() override;

private:
    class State;
    std::unique_ptr<State> d;
};

} // namespace travelflow::sandbox
