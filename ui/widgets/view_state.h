#pragma once

#include <QString>
#include <memory>

class QSettings;
class QTableView;
class QWidget;

namespace bursar::ui {

/// Where the window keeps the clerk's arrangement (geometry, splitters, column widths, the
/// last choices): the platform's settings for "bursar/window" (~/.config/bursar/window.conf
/// on Linux, the registry on Windows, a plist on macOS), or the INI file named by the
/// BURSAR_STATE_FILE environment variable (the tests use one of their own).
std::unique_ptr<QSettings> windowSettings();

/// Puts back what saveViewState kept for `page` under `key`: its splitters, the column
/// widths the clerk dragged, and the choice in each named drop-down whose item still exists.
void restoreViewState(QWidget *page, const QString &key);
void saveViewState(QWidget *page, const QString &key);

/// Fits the columns to their contents, unless the clerk set their widths (those stay).
void fitColumns(QTableView *view);

} // namespace bursar::ui
