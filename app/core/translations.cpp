#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace travelflow {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *app = QCoreApplication::instance();

    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("travelflow"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
        return QStringLiteral("en");
    }

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // A language the user picked also formats dates and numbers (the system's otherwise).
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    qCDebug(lcCore) << "translations loaded for" << locale.name();
    return locale.name().left(2);
}

} // namespace travelflow
