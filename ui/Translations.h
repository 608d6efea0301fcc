#pragma once

#include <QLocale>

// Paydesk's own translation (translations/paydesk_<language>.ts, built into the program) and
// Qt's (the buttons of standard dialogs, "Cancel", "&Yes"), for the language the system asks for:
// LANGUAGE, LC_ALL, LC_MESSAGES or LANG on Linux, the user's preferred languages elsewhere.
// English needs nothing. Call once the application object exists; returns whether Paydesk's
// own translation for the locale was found.
bool installTranslations(const QLocale &locale = QLocale());
