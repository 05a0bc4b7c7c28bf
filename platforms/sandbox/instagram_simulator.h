#pragma once

#include "platform_simulator.h"

#include <memory>

namespace travelflow::sandbox {

// The Instagram part of the simulator (see ../shared/platform-apis.md): the Facebook Login
// dialog and token endpoints, the Graph API for one Page with its linked Instagram business
// account (Reel containers, media_publish, publishing limit, comments, replies, private
// replies, conversations) and the rupload host. As strict as the real services, so an
// adapter that passes here passes there.
class InstagramSimulator : public PlatformSimulator
{
public:
    explicit InstagramSimulator(SandboxContext &context);
    ~InstagramSimulator() override;

    QString name() const override { return QStringLiteral("instagram"); }
    void registerRoutes(Router &router) override;
    HttpResponse errorResponse(int status, const QString &kind, const QString &message) const override;
    QJsonObject saveState() const override;
    void loadState(const QJsonObject &state) override;
    QJsonObject worldView() const override;
    void tick() override;

    // Adds `count` audience comments to a published media at once (tests of paging).
    // Does nothing for an unknown media id. Thread-safe.
    void addComments(const QString &mediaId, int count);

    // The fixed identities of the simulated account.
    static QString userId(); // the Facebook user who logs in
    static QString pageId(); // their Page
    static QString igUserId(); // the Page's Instagram business account
    static QString igUsername();

private:
    class State;
    std::unique_ptr<State> d;
};

} // namespace travelflow::sandbox
