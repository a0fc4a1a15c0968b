// A second desktop editing a customer: reads it, says "loaded", waits for a line on
// stdin (the other desktop saves meanwhile), then saves its own change and prints the
// outcome.   customer_edit_worker LOCATION CUSTOMER_ID NEW_NAME
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "worker_main.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace bursar::core;

int main(int argc, char **argv)
{
    return runWorker(argc, argv, 3, [](const QStringList &args, Database &database) {
        database.setActor(QStringLiteral("desk-2"));
        CustomerService service(database);
        auto customer = service.customer(args.at(2).toLongLong());
        if (!customer)
            return 1;
        QTextStream out(stdout);
        out << "loaded" << Qt::endl;
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 1;
        in.readLine();
        Customer changed = *customer;
        changed.name = args.at(3);
        Status s = service.updateCustomer(changed);
        out << (s ? QStringLiteral("saved") : QStringLiteral("refused: ") + s.error().message) << Qt::endl;
        return 0;
    });
}
