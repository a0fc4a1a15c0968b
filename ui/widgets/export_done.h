#pragma once

#include <QString>

class QWidget;

namespace bursar::ui {

/// Ends an export the way a clerk can see and use: a message that names what was written
/// and where, with a button that opens the folder. It does not wait (no modal loop): the
/// clerk reads it or closes it. Returns the message box (objectName "exportDone").
QWidget *announceExport(QWidget *parent, const QString &title, const QString &text, const QString &folder);

/// The same for one file: "Saved to /path/file.csv.", the file's folder to open.
QWidget *announceSavedFile(QWidget *parent, const QString &title, const QString &path);

} // namespace bursar::ui
