#pragma once

namespace travelflow::sandbox {

class SandboxServer;

// Adds the TikTok, Instagram and YouTube simulators to `server`.
void addAllPlatforms(SandboxServer &server);

} // namespace travelflow::sandbox
