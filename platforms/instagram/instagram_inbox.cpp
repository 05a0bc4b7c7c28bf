#include "instagram_inbox.h"
