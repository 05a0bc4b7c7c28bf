#include "youtube_inbox.h"
