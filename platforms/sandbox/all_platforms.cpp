#include "all_platforms.h"

#include "instagram_simulator.h"
#include "sandbox_server.h"
#include "tiktok_simulator.h"
#include "youtube_simulator.h"

namespace travelflow::sandbox {

void addAllPlatforms(SandboxServer &server)
{
    server.add<TikTokSimulator>();
    server.add<InstagramSimulator>();
    server.add<YouTubeSimulator>();
}

} // namespace travelflow::sandbox
