// A billing run in its own process, for the crash test to kill at random moments:
//   billing_run_worker LOCATION PERIOD
// Generates AWS statements for every customer with every switch on, two customers per
// transaction (many commits to be killed between and inside), and says "started" first.
#include "core/billing/billing_run.h"
#include "core/storage/database.h"
#include "worker_main.h"

#include <QTextStream>

using namespace bursar::core;

int main(int argc, char **argv)
{
    return runWorker(argc, argv, 2, [](const QStringList &args, Database &database) {
        QTextStream out(stdout);
        out << "started" << Qt::endl;
        GenerateRequest request;
        request.vendor = Vendor::Aws;
        request.period = args.at(2);
        request.options = {true, true, true, true};
        BillingRun run(database);
        run.setBatchSize(2);
        auto result = run.generate(request);
        if (!result) {
            out << "failed: " << result.error().message << Qt::endl;
            return 1;
        }
        out << "generated " << result->generated.size() << Qt::endl;
        return 0;
    });
}
