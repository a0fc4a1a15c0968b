#include "ui/widgets/translations.h"

#include "ui/widgets/view_state.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace bursar::ui {

namespace {
bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

int installTranslations(QCoreApplication &app, const QLocale &locale)
{
    int installed = 0;
    if (install(app, locale, QStringLiteral("bursar"), QStringLiteral(":/i18n")))
        ++installed;
    // Qt's own: a bundled copy first (packages for other desktops), then Qt's folder.
    if (install(app, locale, QStringLiteral("qtbase"), QStringLiteral(":/i18n")) ||
        install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        ++installed;
    return installed;
}

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bursar_*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(7, file.size() - 10); // bursar_XX.qm
    codes.removeDuplicates();
    return codes;
}

QString chosenLanguage()
{
    return windowSettings()->value(QStringLiteral("preferences/language")).toString();
}

void setChosenLanguage(const QString &code)
{
    windowSettings()->setValue(QStringLiteral("preferences/language"), code);
}

QLocale startupLocale()
{
    const QString code = chosenLanguage();
    const QLocale system = QLocale::system();
    if (code.isEmpty() || !availableLanguages().contains(code))
        return system;
    const QLocale language(code);
    if (language.language() == system.language())
        return system;
    const QLocale withTerritory(language.language(), system.territory());
    return withTerritory.language() == language.language() && withTerritory.territory() == system.territory()
               ? withTerritory
               : language;
}

} // namespace bursar::ui
