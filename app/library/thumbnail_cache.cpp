#include "thumbnail_cache.h"
