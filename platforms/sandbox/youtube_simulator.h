#pragma once

#include "platform_simulator.h"

#include <memory>

namespace travelflow::sandbox {

// The YouTube part of the simulator (see ../shared/platform-apis.md): Google OAuth with
// PKCE, resumable uploads, videos/channels/commentThreads/comments, daily quota that
// resets at Pacific midnight, and a simulated audience that comments over time.
class YouTubeSimulator : public PlatformSimulator
{
public:
    explicit YouTubeSimulator(SandboxContext &context);
    ~YouTubeSimulator() override;

    QString name() const override { return QStringLiteral("youtube"); }
    void registerRoutes(Router &router) override;
    HttpResponse errorResponse(int status, const QString &kind, const QString &message) const override;
    QJsonObject saveState() const override;
    void loadState(const QJsonObject &state) override;
    QJsonObject worldView() const override;
    void tick() override;

    // Appends `count` synthetic top-level comments (publishedAt increasing, all in the
    // past) to an uploaded video, so tests can page through many comments. Does nothing
    // for an unknown video. Thread-safe.
    void addComments(const QString &videoId, int count);

private:
    class State;
    std::unique_ptr<State> d;
};

} // namespace travelflow::sandbox
