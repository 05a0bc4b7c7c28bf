#pragma once

#include <QLoggingCategory>

// One category per module of app/. Log ids and states, never tokens, secrets or
// URLs that carry them.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcPublishing)
Q_DECLARE_LOGGING_CATEGORY(lcInbox)
