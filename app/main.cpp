// bursar: one executable, two faces. Without a command it opens the window; with one it
// runs headless on the same core (see cli.cpp).
#include "api/api_runner.h"
#include "app/cli.h"
#include "core/storage/database.h"
#include "core/storage/window_lock.h"
#include "render/document_language.h"
#include "ui/mainwindow.h"
#include "ui/widgets/open_database.h"
#include "ui/widgets/translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

/// Headless runs keep stderr to one line per failure: Qt's own driver chatter ("Unable to
/// free statement") is dropped unless BURSAR_DEBUG is set.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("BURSAR_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("bursar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BURSAR_VERSION));
    QCoreApplication::setOrganizationName(QString());
}

QStringList arguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace bursar;
    const app::GlobalOptions options = app::parseGlobalOptions(arguments(argc, argv));
    const bool headless =
        !options.command.isEmpty() || options.help || options.version || !options.usageError.isEmpty();

    if (headless) {
        qInstallMessageHandler(quietQtMessages);
        // Commands that draw documents need fonts and a paint engine: a GUI application on
        // the offscreen platform (no display needed); the rest stay a core application.
        std::unique_ptr<QCoreApplication> application;
        if (app::needsGui(options)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *application;
        setIdentity();
        ui::installTranslations(app);
        render::installDocumentTranslator(app);
        if (!options.usageError.isEmpty()) {
            app::printError(options.usageError);
            return 2;
        }
        if (options.help && options.command.isEmpty()) {
            QTextStream(stdout) << app::mainHelp();
            return 0;
        }
        if (options.version) {
            QTextStream(stdout) << "bursar " << BURSAR_VERSION << '\n';
            return 0;
        }
        return app::runCommand(options);
    }

    QApplication app(argc, argv);
    setIdentity();
    // The window speaks the language chosen in Edit > Preferences (the system's by default).
    const QLocale locale = ui::startupLocale();
    QLocale::setDefault(locale);
    ui::installTranslations(app, locale);
    render::installDocumentTranslator(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Bursar"));
    // The menu entry the package installs (packaging/io.bursar.Bursar.desktop): Wayland
    // desktops find the window's icon and name through it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.bursar.Bursar"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/bursar/icons/bursar.svg"))); // dialogs before the window
    QString path = options.database;
    if (path.isEmpty()) {
        path = core::Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    auto opened = ui::openDatabaseForWindow(nullptr, path);
    if (!opened) {
        app::printError(opened.error().message);
        QMessageBox::critical(nullptr, QObject::tr("Bursar cannot open the database"), opened.error().message);
        return 1;
    }
    ui::MainWindow window(std::move(opened.value().db));
    window.holdWindowLock(std::move(opened.value().lock));
    // The Billing API, when Settings > Account Information says so: on its own thread, its
    // state in the status bar, restarted when the settings or the database change.
    api::ApiRunner billingApi;
    QObject::connect(&billingApi, &api::ApiRunner::stateChanged, &window, &ui::MainWindow::showApiState);
    QObject::connect(&window, &ui::MainWindow::apiSettingsChanged, &billingApi,
                     [&] { billingApi.apply(window.database()); });
    billingApi.apply(window.database());
    window.show();
    const int rc = QApplication::exec();
    billingApi.stop();
    return rc;
}
