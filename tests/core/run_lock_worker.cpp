// Holds the billing-run lock of VENDOR and PERIOD until it is killed, as a billing run
// in another process would.   run_lock_worker LOCATION VENDOR PERIOD
#include "core/locks/run_lock.h"
#include "core/storage/database.h"
#include "worker_main.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace bursar::core;

int main(int argc, char **argv)
{
    return runWorker(argc, argv, 3, [](const QStringList &args, Database &database) {
        auto lock = RunLock::acquire(database, *vendorFromText(args.at(2)), args.at(3));
        QTextStream out(stdout);
        if (!lock) {
            out << "refused: " << lock.error().message << Qt::endl;
            return 1;
        }
        out << "locked" << Qt::endl;
        for (;;)
            QThread::sleep(1);
    });
}
