#pragma once

#include "core/result.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>
#include <atomic>
#include <functional>
#include <optional>

namespace bursar::ui {

/// Reports progress from a worker thread and asks it to stop; safe across threads.
struct WorkerProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    /// For core callbacks: records progress, returns false once Cancel was pressed.
    bool report(qint64 d, qint64 t)
    {
        done = d;
        total = t;
        return !cancel.load();
    }
};

/// Runs `work` on a worker thread with its own connection to `db` (a connection belongs to
/// one thread), showing a window-modal progress dialog with Cancel while it runs. The
/// window stays responsive; `work` checks WorkerProgress::report to stop early. The dialog
/// is titled with the work (`label`); with `counted` ("%1 of %2 statements") it says how
/// far it is in the clerk's numbers, not only a percentage.
template <class T>
core::Result<T> runWithProgress(QWidget *parent, core::Database &db, const QString &label,
                                const std::function<core::Result<T>(core::Database &, WorkerProgress &)> &work,
                                const QString &counted = {})
{
    const core::Database::ConnectionInfo info = db.connectionInfo();
    WorkerProgress progress;
    std::optional<core::Result<T>> result;
    QThread *worker = QThread::create([&] {
        auto connection = core::Database::open(info);
        if (!connection) {
            result = connection.error();
            return;
        }
        result = work(**connection, progress);
    });
    QProgressDialog dialog(label, QCoreApplication::translate("bursar::ui::Worker", "Cancel"), 0, 1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setObjectName(QStringLiteral("workProgress"));
    dialog.setWindowTitle(QString(label).remove(QChar(0x2026)).trimmed());
    const QLocale locale;
    QObject::connect(&dialog, &QProgressDialog::canceled, [&] { progress.cancel = true; });
    worker->start();
    while (!worker->wait(30)) {
        const qint64 t = progress.total.load(), d = progress.done.load();
        dialog.setValue(t > 0 ? int(std::min<qint64>(999, d * 1000 / t)) : 0);
        if (!counted.isEmpty() && t > 0)
            dialog.setLabelText(label + u'\n' + counted.arg(locale.toString(d), locale.toString(t)));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    delete worker;
    dialog.reset();
    return result.value_or(core::fail(QCoreApplication::translate("bursar::ui::Worker", "The work did not run.")));
}

} // namespace bursar::ui
