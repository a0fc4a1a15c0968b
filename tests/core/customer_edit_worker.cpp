// A second desktop editing a customer: reads it, says "loaded", waits for a line on
// stdin (the other desktop saves meanwhile), then saves its own change and prints the
// outcome.   customer_edit_worker LOCATION CUSTOMER_ID NEW_NAME
#include "customers/customer_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace bursar::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db)
        return 1;
    (*db)->setActor(QStringLiteral("desk-2"));
    CustomerService service(**db);
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
}
