#pragma once
// The main window the screen tests drive: on its own connection to the test's database, as
// the application opens it, shown offscreen and exposed before the test starts.

#include "core/storage/database.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <functional>
#include <memory>

namespace bursar::test {

/// The window keeps the clerk's arrangement between runs; a test starts from none and never
/// reads or writes the developer's: its own file, per test process, empty at first.
inline QString isolateWindowState()
{
    static const QString file = [] {
        const QString f =
            QDir::temp().filePath(QStringLiteral("bursar-window-state-%1.ini").arg(QCoreApplication::applicationPid()));
        QFile::remove(f);
        qputenv("BURSAR_STATE_FILE", QFile::encodeName(f));
        return f;
    }();
    return file;
}

/// Null (with the reason logged) when the database does not open or the window is not
/// exposed. `beforeShow` sets up pages (their "today") before the window appears.
inline std::unique_ptr<ui::MainWindow> openWindow(const QString &location,
                                                  const std::function<void(ui::MainWindow &)> &beforeShow = {})
{
    isolateWindowState();
    auto db = core::Database::open(location);
    if (!db) {
        qWarning("%s", qPrintable(db.message()));
        return nullptr;
    }
    auto window = std::make_unique<ui::MainWindow>(std::move(db).value());
    if (beforeShow)
        beforeShow(*window);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace bursar::test
