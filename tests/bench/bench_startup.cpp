// Benchmark of the window's start-up (issue 17). Prints figures; never pass/fail on time.
//   bench_startup [--customers N] [--database postgresql://...] [--rounds R]
// Without --database it uses a new SQLite file; with a URL, an empty PostgreSQL database.
// Fills the database as `bursar demo --customers N` does, then opens the
// window as the application does — a fresh connection, the main window, show — and times
// each step until the first page is painted. A SQLite file given with --database that
// exists already is used as it is (demo generation of 100,000 customers takes minutes).
#include "bench_support.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"
#include "core/storage/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>

using namespace bursar;
using bench::option;

namespace {
double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int customers = option(args, QStringLiteral("--customers"), QStringLiteral("20000")).toInt();
    const int rounds = option(args, QStringLiteral("--rounds"), QStringLiteral("5")).toInt();
    QTemporaryDir dir;
    const QString path = option(args, QStringLiteral("--database"), dir.filePath(QStringLiteral("bench.sqlite")));
    out << "database: " << (core::Database::isPostgresUrl(path) ? "PostgreSQL" : "SQLite") << ", " << customers
        << " customers\n";
    if (!core::Database::isPostgresUrl(path) && QFileInfo::exists(path)) {
        out << "using the existing file " << path << '\n';
    } else {
        auto db = core::Database::open(path);
        if (!db) {
            out << "cannot open: " << db.error().message << '\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        // What `bursar demo` writes: customers, a month of usage, billing set-up and
        // credits, approved statements with payments and memos, services credits.
        const QDate today = QDate::currentDate();
        core::Database &d = **db;
        QString failed;
        if (auto r = core::generateDemoData(d, customers, 1); !r)
            failed = r.error().message;
        else if (auto u = core::generateDemoUsage(d, today, 1); !u)
            failed = u.error().message;
        else if (auto b = core::generateDemoBilling(d, today, 1); !b)
            failed = b.error().message;
        else if (auto v = core::generateDemoReceivables(d, today); !v)
            failed = v.error().message;
        else if (auto s = core::generateDemoServicesCredits(d, today); !s)
            failed = s.error().message;
        if (!failed.isEmpty()) {
            out << failed << '\n';
            return 1;
        }
        out << QStringLiteral("demo generation: %1 ms\n").arg(ms(t), 0, 'f', 0);
    }

    QList<double> totals;
    for (int round = 1; round <= rounds; ++round) {
        QElapsedTimer t;
        t.start();
        auto db = core::Database::open(path);
        if (!db) {
            out << "cannot open: " << db.error().message << '\n';
            return 1;
        }
        const double opened = ms(t);
        auto window = std::make_unique<ui::MainWindow>(std::move(db).value());
        const double built = ms(t);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            out << "the window was not exposed\n";
            return 1;
        }
        window->repaint(); // the first paint, with the first page's rows
        const double painted = ms(t);
        totals << painted;
        out << QStringLiteral("round %1: database open %2 ms, window built %3 ms, first paint %4 ms\n")
                   .arg(round)
                   .arg(opened, 0, 'f', 0)
                   .arg(built - opened, 0, 'f', 0)
                   .arg(painted, 0, 'f', 0);
    }
    // Each page as the clerk first opens it: built, its model loaded, painted.
    {
        auto db = core::Database::open(path);
        if (!db) {
            out << "cannot open: " << db.error().message << '\n';
            return 1;
        }
        ui::MainWindow window(std::move(db).value());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        for (const QString &screen : window.screens()) {
            QElapsedTimer t;
            t.start();
            window.navigateTo(screen);
            window.repaint();
            out << QStringLiteral("first open of %1: %2 ms\n").arg(screen).arg(ms(t), 0, 'f', 0);
        }
    }
    std::sort(totals.begin(), totals.end());
    out << QStringLiteral("start-up to first paint over %1 rounds: median %2 ms, max %3 ms\n")
               .arg(totals.size())
               .arg(totals.at(totals.size() / 2), 0, 'f', 0)
               .arg(totals.last(), 0, 'f', 0);
    return 0;
}
