#include "inbox_actions.h"
