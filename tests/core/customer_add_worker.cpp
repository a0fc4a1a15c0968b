// Adds COUNT customers to LOCATION, one transaction each, and prints their IDs: a second
// desktop for the concurrency test.   customer_add_worker LOCATION COUNT
#include "customers/customer_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace bursar::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db)
        return 1;
    CustomerService service(**db);
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
}
