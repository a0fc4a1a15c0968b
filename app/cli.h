#pragma once

#include <QString>
#include <QStringList>

namespace bursar::app {

/// The global options that come before a command: `bursar [--database PATH] COMMAND ...`.
struct GlobalOptions
{
    QString database; ///< empty: the default file in the user's data folder
    QString user;     ///< --user: the Bursar user to act as (SQLite files only)
    QString command;  ///< empty: start the GUI
    QStringList commandArgs;
    bool help = false;
    bool version = false;
    QString usageError; ///< set when the global options themselves are wrong
};

/// Splits argv into global options and the command. Does not need a QCoreApplication.
GlobalOptions parseGlobalOptions(const QStringList &args);

/// Runs a headless command; returns the process exit code (0 ok, 1 failure, 2 wrong usage).
int runCommand(const GlobalOptions &options);

/// Whether the command draws documents (PDF export), so needs a GUI application.
bool needsGui(const GlobalOptions &options);

/// The text of `bursar --help`.
QString mainHelp();

/// Prints "bursar: <message>" on stderr.
void printError(const QString &message);

} // namespace bursar::app
