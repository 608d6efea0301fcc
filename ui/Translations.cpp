#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool installTranslations(const QLocale &locale)
{
    // qt_add_translations (ui/CMakeLists.txt) builds the .qm files into the program under :/i18n.
    auto *paydesk = new QTranslator(QCoreApplication::instance());
    const bool found
        = paydesk->load(locale, QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(paydesk);
    else
        delete paydesk;
    // Qt's own strings come from the system's Qt (Debian: qt6-translations-l10n) where installed;
    // without them standard buttons stay English, which is all that is lost.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}
