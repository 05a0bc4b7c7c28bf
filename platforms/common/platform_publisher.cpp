#include "platform_publisher.h"

// PublishOperation is abstract; this file gives its moc output a home.
