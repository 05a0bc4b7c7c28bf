#pragma once

#include "platform_simulator.h"

#include <memory>
#include <optional>

namespace travelflow::sandbox {

// The TikTok part of the simulator (see ../shared/platform-apis.md): Login Kit OAuth with
// the desktop hex PKCE, the Content Posting API with its chunked uploads, and video
// metrics. As strict as the real service, so adapters that pass here pass there.
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
    struct Access;
    struct Caller;

    HttpResponse handleAuthorize(const HttpRequest &request);
    HttpResponse handleToken(const HttpRequest &request);
    HttpResponse handleRevoke(const HttpRequest &request);
    HttpResponse handleUserInfo(const HttpRequest &request);
    HttpResponse handleCreatorInfo(const HttpRequest &request);
    HttpResponse handleDirectInit(const HttpRequest &request);
    HttpResponse handleInboxInit(const HttpRequest &request);
    HttpResponse handleUpload(const HttpRequest &request);
    HttpResponse handleStatus(const HttpRequest &request);
    HttpResponse handleVideoList(const HttpRequest &request);
    HttpResponse handleVideoQuery(const HttpRequest &request);

    HttpResponse exchangeCode(const QUrlQuery &form);
    HttpResponse refreshToken(const QUrlQuery &form);
    HttpResponse initUpload(const HttpRequest &request, bool inbox);
    // The error to answer when the caller may not use this endpoint (token, scope, rate
    // limit, content type), or nullopt with `caller` filled in.
    std::optional<HttpResponse> admit(const HttpRequest &request, const Access &access, Caller *caller);
    bool clientMatches(const QString &clientKey, const QString &clientSecret) const;

    class State;
    std::unique_ptr<State> d;
};

} // namespace travelflow::sandbox
