#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "travelflow.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "travelflow.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "travelflow.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "travelflow.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "travelflow.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPublishing, "travelflow.publishing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInbox, "travelflow.inbox", QtInfoMsg)
