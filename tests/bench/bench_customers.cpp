// Benchmarks for the foundation (issue 2). Prints figures; never pass/fail on time.
//   bench_customers [--customers N] [--database postgresql://...]
// Without --database it uses a new SQLite file; with a URL, an empty PostgreSQL database.
// 1. demo generation of N customers into a fresh SQLite file;
// 2. the Customers screen on N customers: time until the first rows are painted, and the
//    memory the screen adds;
// 3. search-as-you-type: time from a changed filter to the first rows, per term.
#include "core/demo/demo_data.h"
#include "core/storage/database.h"
#include "ui/customers/customer_list_model.h"
#include "ui/customers/customers_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace bursar;

namespace {
long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void touchVisibleRows(ui::CustomerListModel &model, int rows)
{
    for (int r = 0; r < std::min(rows, model.rowCount()); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.index(r, c).data();
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int customers = 100000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--customers")); i > 0 && i + 1 < args.size())
        customers = args.at(i + 1).toInt();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--database")); i > 0 && i + 1 < args.size())
        path = args.at(i + 1);
    out << "database: " << (core::Database::isPostgresUrl(path) ? "PostgreSQL" : "SQLite") << '\n';

    // 1. Demo generation
    {
        auto db = core::Database::open(path);
        if (!db) {
            out << "cannot open: " << db.error().message << '\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        auto summary = core::generateDemoData(**db, customers, 1);
        if (!summary) {
            out << summary.error().message << '\n';
            return 1;
        }
        out << QStringLiteral("demo generation: %1 customers (%2 accounts, %3 subscriptions) in %4 ms\n")
                   .arg(customers)
                   .arg(summary->vendorAccounts)
                   .arg(summary->subscriptions)
                   .arg(ms(t), 0, 'f', 0);
    }

    // 2. Customers screen: open and paint the first rows; a fresh connection, as at start-up.
    auto db = core::Database::open(path);
    const long rssBefore = rssKiB();
    QElapsedTimer t;
    t.start();
    auto *page = new ui::CustomersPage(**db);
    page->resize(1200, 800);
    page->show();
    page->view()->viewport()->repaint(); // paints every visible row: they are fetched now
    const double firstRows = ms(t);
    app.processEvents();
    const long rssAfter = rssKiB();
    out << QStringLiteral("customers screen: first rows painted in %1 ms (%2 rows in the model); memory +%3 MiB\n")
               .arg(firstRows, 0, 'f', 1)
               .arg(page->model()->rowCount())
               .arg(static_cast<double>(rssAfter - rssBefore) / 1024.0, 0, 'f', 1);

    // Scroll to the end and back: pages are fetched on demand.
    t.restart();
    page->view()->scrollToBottom();
    page->view()->viewport()->repaint();
    out << QStringLiteral("customers screen: jump to the last row painted in %1 ms\n").arg(ms(t), 0, 'f', 1);

    // 3. Search as you type: each keystroke's filter, from setFilter to the first 40 rows.
    const QStringList terms{QStringLiteral("a"),       QStringLiteral("ac"),
                            QStringLiteral("acm"),     QStringLiteral("acme"),
                            QStringLiteral("acme l"),  QStringLiteral("logistics"),
                            QStringLiteral("#150000"), QStringLiteral("c1234"),
                            QStringLiteral("zzz"),     QString()};
    QList<double> times;
    for (int round = 0; round < 5; ++round)
        for (const QString &term : terms) {
            QElapsedTimer s;
            s.start();
            page->model()->setFilter({term, std::nullopt});
            touchVisibleRows(*page->model(), 40);
            times << ms(s);
            if (round == 0)
                out << QStringLiteral("search \"%1\": %2 rows, %3 ms\n")
                           .arg(term)
                           .arg(page->model()->rowCount())
                           .arg(ms(s), 0, 'f', 1);
        }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("search-as-you-type over %1 filters: median %2 ms, p90 %3 ms, max %4 ms\n")
               .arg(times.size())
               .arg(times.at(times.size() / 2), 0, 'f', 1)
               .arg(times.at(times.size() * 9 / 10), 0, 'f', 1)
               .arg(times.last(), 0, 'f', 1);
    delete page;
    return 0;
}
