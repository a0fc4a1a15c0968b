#pragma once

#include <QLocale>

class QCoreApplication;

namespace bursar::ui {

/// Installs the translations for `locale` on `app`: Bursar's own (":/i18n/bursar_de.qm",
/// present where the application links them) and Qt's (qtbase_de.qm from Qt's translations
/// folder), so the standard buttons and dialogs (Save, Cancel, Yes, No, the file dialog)
/// speak the clerk's language too. English needs none. Returns how many were installed.
int installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace bursar::ui
