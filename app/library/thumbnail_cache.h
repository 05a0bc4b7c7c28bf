#pragma once

// Thumbnails of library videos, made off the UI thread and cached on disk. (to be written)
