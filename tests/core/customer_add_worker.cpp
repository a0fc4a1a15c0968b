// Adds COUNT customers to LOCATION, one transaction each, and prints their IDs: a second
// desktop for the concurrency test.   customer_add_worker LOCATION COUNT
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "worker_main.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace bursar::core;

int main(int argc, char **argv)
{
    return runWorker(argc, argv, 2, [](const QStringList &args, Database &database) {
        CustomerService service(database);
        QTextStream out(stdout);
        for (int i = 0; i < args.at(2).toInt(); ++i) {
            Customer c;
            c.name = QStringLiteral("Desk %1 customer %2").arg(QCoreApplication::applicationPid()).arg(i);
            auto id = service.addCustomer(c);
            if (!id) {
                QTextStream(stderr) << id.error().message << Qt::endl;
                return 1;
            }
            out << *id << '\n';
        }
        return 0;
    });
}
