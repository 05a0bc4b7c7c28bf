#include "creator_info_loader.h"
