#pragma once

#include <QString>

namespace travelflow {

// Installs the application's translator for `language` ("en", "ru"; empty = system
// locale). Returns the language actually loaded. English is the source language.
QString installTranslations(const QString &language = QString());

} // namespace travelflow
