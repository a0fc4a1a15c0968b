#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace bursar::ui {

/// Installs the translations for `locale` on `app`: Bursar's own (":/i18n/bursar_de.qm",
/// present where the application links them) and Qt's (qtbase_de.qm from Qt's translations
/// folder), so the standard buttons and dialogs (Save, Cancel, Yes, No, the file dialog)
/// speak the clerk's language too. English needs none. Returns how many were installed.
int installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

/// The languages the window can speak: English, and each language Bursar's translations
/// compiled into the program cover (":/i18n/bursar_XX.qm"), as ISO 639 codes ("en", "de").
QStringList availableLanguages();
/// The language chosen in Edit > Preferences ("de"), or empty for the system's; kept in
/// windowSettings().
QString chosenLanguage();
void setChosenLanguage(const QString &code);
/// The locale the window starts with: the chosen language, with the system's territory for
/// its formats where that pair exists (German on an Austrian system: de_AT), else the
/// language's own; the system's locale when nothing was chosen or the choice is unknown.
QLocale startupLocale();

} // namespace bursar::ui
