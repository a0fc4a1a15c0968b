#pragma once
// The main window the screen tests drive: on its own connection to the test's database, as
// the application opens it, shown offscreen and exposed before the test starts.

#include "core/storage/database.h"
#include "ui/mainwindow.h"

#include <QTest>
#include <functional>
#include <memory>

namespace bursar::test {

/// Null (with the reason logged) when the database does not open or the window is not
/// exposed. `beforeShow` sets up pages (their "today") before the window appears.
inline std::unique_ptr<ui::MainWindow> openWindow(const QString &location,
                                                  const std::function<void(ui::MainWindow &)> &beforeShow = {})
{
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
