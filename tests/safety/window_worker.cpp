// Plays the window in the data-safety tests: one process with the window's connection,
// which runs the window's own long work (usage import, billing run) through the same
// functions the screens call, each on a worker thread with its own connection, exactly as
// the window does. It reads one command per line on stdin and answers one line on stdout:
// "ok ..." or "error <message>". It opens the database as the window does, so it holds the
// window lock; its first line is "ready", or "error ..." when it could not open.
//
//   customer NAME               add a customer on the window's connection     -> ok ID
//   worker-customer NAME        add one on a second connection (a bare worker) -> ok ID
//   rename ID NAME              edit a customer as the profile's Save does      -> ok ID
//   credit CUSTOMER AMOUNT TAG  add an AWS credit in USD, TAG as its comment   -> ok ID
//   import FILE                 Usage > Import Usage File (worker connection)  -> ok IMPORT_ID
//   generate PERIOD             Generate Invoices for AWS, every customer      -> ok STATEMENT_ID...
//   approve ID...               Approve in the preview (window's connection)   -> ok ID=NUMBER...
//   quit                        close the database and exit 0
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "ui/billing/generate_dialog.h"
#include "ui/usage/usage_pages.h"
#include "ui/widgets/open_database.h"
#include "ui/widgets/worker.h"

#include <QApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

using namespace bursar;
using namespace bursar::core;

namespace {

void answer(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString oneLine(QString message)
{
    return message.replace(u'\n', u' ');
}

template <class T> bool failed(const Result<T> &r)
{
    if (r.ok())
        return false;
    answer(QStringLiteral("error ") + oneLine(r.message()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2)
        return 2;
    // Opened as the window opens it, window lock included.
    auto opened = ui::openDatabaseForWindow(nullptr, args.at(1));
    if (!opened) {
        answer(QStringLiteral("error ") + oneLine(opened.message()));
        return 1;
    }
    ui::WindowDatabase window = std::move(opened).value();
    Database *db = window.db.get();
    answer(QStringLiteral("ready"));

    std::string raw;
    while (std::getline(std::cin, raw)) {
        const QString line = QString::fromStdString(raw).trimmed();
        const QString command = line.section(u' ', 0, 0);
        const QString rest = line.section(u' ', 1);
        const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
        if (command == QLatin1String("quit"))
            break;
        if (command == QLatin1String("customer")) {
            auto id = CustomerService(*db).addCustomer([&] {
                Customer c;
                c.name = rest;
                return c;
            }());
            if (!failed(id))
                answer(QStringLiteral("ok %1").arg(*id));
        } else if (command == QLatin1String("worker-customer")) {
            auto id = ui::runWithProgress<qint64>(nullptr, *db, QStringLiteral("Saving…"),
                                                  [&](Database &connection, ui::WorkerProgress &) {
                                                      Customer c;
                                                      c.name = rest;
                                                      return CustomerService(connection).addCustomer(c);
                                                  });
            if (!failed(id))
                answer(QStringLiteral("ok %1").arg(*id));
        } else if (command == QLatin1String("rename") && words.size() >= 2) {
            CustomerService service(*db);
            auto c = service.customer(words.at(0).toLongLong());
            if (failed(c))
                continue;
            Customer edited = *c;
            edited.name = rest.section(u' ', 1);
            Status s = service.updateCustomer(edited);
            if (!failed(s))
                answer(QStringLiteral("ok %1").arg(edited.id));
        } else if (command == QLatin1String("credit") && words.size() == 3) {
            NewCredit credit;
            credit.customerId = words.at(0).toLongLong();
            credit.currency = QStringLiteral("USD");
            credit.amount = words.at(1);
            credit.comment = words.at(2);
            auto id = CreditService(*db).add(credit);
            if (!failed(id))
                answer(QStringLiteral("ok %1").arg(*id));
        } else if (command == QLatin1String("import")) {
            auto summary = ui::importUsageWithProgress(nullptr, *db, rest, {});
            if (!failed(summary))
                answer(QStringLiteral("ok %1").arg(summary->importId));
        } else if (command == QLatin1String("generate")) {
            GenerateRequest request;
            request.vendor = Vendor::Aws;
            request.period = rest;
            request.options.applyCredits = true;
            auto result = ui::generateWithProgress(nullptr, *db, request);
            if (failed(result))
                continue;
            QStringList ids;
            for (const GeneratedStatement &s : result->generated)
                ids << QString::number(s.statementId);
            answer(QString(QStringLiteral("ok ") + ids.join(u' ')).trimmed());
        } else if (command == QLatin1String("approve")) {
            QList<qint64> ids;
            for (const QString &w : words)
                ids << w.toLongLong();
            auto result = StatementService(*db).approve(ids);
            if (failed(result))
                continue;
            if (!result->refused.isEmpty()) {
                answer(QStringLiteral("error ") + oneLine(result->refused.first().second));
                continue;
            }
            QStringList numbers;
            for (const auto &[id, number] : result->approved)
                numbers << QStringLiteral("%1=%2").arg(id).arg(number);
            answer(QStringLiteral("ok ") + numbers.join(u' '));
        } else {
            answer(QStringLiteral("error unknown command: ") + line);
        }
    }
    window = ui::WindowDatabase();
    return 0;
}
