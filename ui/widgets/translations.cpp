#include "ui/widgets/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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

} // namespace bursar::ui
