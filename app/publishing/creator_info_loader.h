#pragma once

// TikTok creator_info for the compose screen. (to be written)
