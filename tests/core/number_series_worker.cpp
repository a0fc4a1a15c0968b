// A second desktop for the concurrency test: takes COUNT numbers of SERIES, each in its own
// transaction, rolling every third transaction back after taking its number (as a failed
// document would). Prints the numbers it kept, one a line.
//   number_series_worker LOCATION SERIES COUNT
#include "core/numbering/number_series.h"
#include "core/storage/database.h"
#include "worker_main.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace bursar::core;

int main(int argc, char **argv)
{
    return runWorker(argc, argv, 3, [](const QStringList &args, Database &database) {
        NumberSeries series(database);
        QTextStream out(stdout);
        const int count = args.at(3).toInt();
        int kept = 0, attempt = 0;
        while (kept < count) {
            const bool rollBack = ++attempt % 3 == 0;
            QString number;
            Status s = database.transaction([&]() -> Status {
                auto n = series.next(args.at(2), QDate(2026, 11, 23));
                if (!n)
                    return n.error();
                number = *n;
                return rollBack ? fail(QStringLiteral("rolled back on purpose")) : success();
            });
            if (rollBack)
                continue;
            if (!s) {
                QTextStream(stderr) << s.error().message << '\n';
                return 1;
            }
            out << number << '\n';
            ++kept;
        }
        return 0;
    });
}
