// Services credits at scale (issue 15): 100,000 purchases across 10,000 customers (ten each,
// half past their expiry date, a third of those partly redeemed), a project per customer with
// one open milestone, then
//   - the expiry run over all of them (and a second run that finds nothing left);
//   - automatic allocation of the 10,000 milestones in one call (Allocate All Open);
//   - Reports > Services Credits to its first rows in the window, and the purchases list.
// The purchases and their history are written with SQL in bulk; the timed steps go through
// the services and the window. Prints its figures; never fails on time.
#include "core/demo/demo_data.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "tests/bench/bench_support.h"
#include "ui/reports/services_credits_report_page.h"
#include "ui/servicescredits/services_credits_pages.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bursar::core;
using bursar::bench::analyzeOnPostgres;
using bursar::bench::option;
using bursar::bench::peakKiB;

namespace {

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// Ten purchases per customer; every other one expired before `today`, a third of those with
/// part of it redeemed by a completed milestone of an earlier project. One open milestone per
/// customer needing 5 to 40 credits.
Status writePurchases(Database &db, const QList<qint64> &customers, QDate today, QList<qint64> *milestones)
{
    return db.transaction([&]() -> Status {
        BulkInsert purchases(db, QStringLiteral("services_credit_purchases"),
                             {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("start_date"),
                              QStringLiteral("expiry_date"), QStringLiteral("credits"),
                              QStringLiteral("value_per_credit"), QStringLiteral("paid_per_credit"),
                              QStringLiteral("description"), QStringLiteral("currency"), QStringLiteral("draft"),
                              QStringLiteral("version"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                              QStringLiteral("changed_at"), QStringLiteral("changed_by")});
        BulkInsert projects(db, QStringLiteral("services_credit_projects"),
                            {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("name"),
                             QStringLiteral("created_at"), QStringLiteral("created_by")});
        BulkInsert ms(db, QStringLiteral("services_credit_milestones"),
                      {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("name"),
                       QStringLiteral("due_date"), QStringLiteral("credits_required"), QStringLiteral("currency"),
                       QStringLiteral("status"), QStringLiteral("completed_on"), QStringLiteral("created_at"),
                       QStringLiteral("created_by")});
        BulkInsert entries(db, QStringLiteral("allocations"),
                           {QStringLiteral("id"), QStringLiteral("source_kind"), QStringLiteral("source_id"),
                            QStringLiteral("target_kind"), QStringLiteral("target_id"), QStringLiteral("account_id"),
                            QStringLiteral("amount"), QStringLiteral("on_date"), QStringLiteral("reason"),
                            QStringLiteral("created_at"), QStringLiteral("created_by")});
        const QString at = QStringLiteral("2025-01-01T00:00:00.000Z");
        qint64 purchase = 0, project = 0, milestone = 0, entry = 0;
        for (qint64 c : customers) {
            // The earlier project: its completed milestone redeemed part of expired purchases.
            ++project;
            projects.integer(project)
                .integer(c)
                .text(QStringLiteral("Earlier project"))
                .text(at)
                .text(QStringLiteral("bench"));
            if (Status s = projects.endRow(); !s)
                return s;
            ++milestone;
            const qint64 done = milestone;
            ms.integer(done).integer(project).text(QStringLiteral("Done")).text(day(today.addYears(-1)));
            ms.integer(20).text(QStringLiteral("USD")).text(QStringLiteral("completed"));
            ms.text(day(today.addDays(-300))).text(at).text(QStringLiteral("bench"));
            if (Status s = ms.endRow(); !s)
                return s;
            for (int i = 0; i < 10; ++i) {
                ++purchase;
                const bool expired = i % 2 == 0;
                const QDate start = expired ? today.addDays(-500 + i) : today.addDays(-30 + i);
                const QDate expiry = expired ? today.addDays(-100 + i * 5) : today.addDays(30 + i * 40);
                const int credits = 10 + int((purchase * 7) % 41);
                purchases.integer(purchase).integer(c).text(day(start)).text(day(expiry)).integer(credits);
                purchases.amount(Decimal::fromInt(100)).amount(Decimal::fromInt(80)).text(QStringLiteral("Block"));
                purchases.text(QStringLiteral("USD")).integer(0).integer(1).text(at).text(QStringLiteral("bench"));
                purchases.text(at).text(QStringLiteral("bench"));
                if (Status s = purchases.endRow(); !s)
                    return s;
                if (expired && i % 3 == 0) {
                    ++entry;
                    entries.integer(entry).text(QStringLiteral("services_purchase")).integer(purchase);
                    entries.text(QStringLiteral("redemption")).integer(done).text(QString());
                    entries.amount(Decimal::fromInt(4)).text(day(today.addDays(-300)));
                    entries.text(QStringLiteral("redeemed by milestone")).text(at).text(QStringLiteral("bench"));
                    if (Status s = entries.endRow(); !s)
                        return s;
                }
            }
            // The current project's open milestone.
            ++project;
            projects.integer(project)
                .integer(c)
                .text(QStringLiteral("Current project"))
                .text(at)
                .text(QStringLiteral("bench"));
            if (Status s = projects.endRow(); !s)
                return s;
            ++milestone;
            ms.integer(milestone).integer(project).text(QStringLiteral("Build")).text(day(today.addDays(60)));
            ms.integer(5 + (c % 36)).null().text(QStringLiteral("open")).null().text(at).text(QStringLiteral("bench"));
            if (Status s = ms.endRow(); !s)
                return s;
            milestones->append(milestone);
        }
        for (BulkInsert *b : {&purchases, &projects, &ms, &entries})
            if (Status s = b->finish(); !s)
                return s;
        return success();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int customers = option(args, QStringLiteral("--customers"), QStringLiteral("10000")).toInt();
    const QString url = option(args, QStringLiteral("--database"), QString());
    QTemporaryDir dir;
    const QString location = url.isEmpty() ? dir.filePath(QStringLiteral("services.sqlite")) : url;
    out << "database: " << (url.isEmpty() ? "SQLite" : "PostgreSQL") << '\n';
    auto opened = Database::open(location);
    if (!opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    Database &db = **opened;
    const QDate today = QDate::currentDate();
    QElapsedTimer t;
    t.start();
    if (auto demo = generateDemoData(db, customers, 11); !demo) {
        out << demo.error().message << '\n';
        return 1;
    }
    QList<qint64> ids, milestones;
    {
        Sql q(db, QStringLiteral("SELECT id FROM customers ORDER BY id"));
        (void)q.exec();
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    if (Status s = writePurchases(db, ids, today, &milestones); !s) {
        out << s.message() << '\n';
        return 1;
    }
    for (const char *table :
         {"services_credit_purchases", "services_credit_projects", "services_credit_milestones", "allocations"})
        if (Status s = db.syncIdentity(QString::fromLatin1(table)); !s) {
            out << s.message() << '\n';
            return 1;
        }
    if (Status s = analyzeOnPostgres(db); !s) {
        out << s.message() << '\n';
        return 1;
    }
    out << QStringLiteral("set-up: %1 customers, %2 purchases, %3 open milestones in %4 ms\n")
               .arg(ids.size())
               .arg(ids.size() * 10)
               .arg(milestones.size())
               .arg(t.elapsed());
    out.flush();

    MilestoneService service(db);
    t.restart();
    auto run = service.expire(today);
    const qint64 expiryMs = t.elapsed();
    if (!run) {
        out << run.message() << '\n';
        return 1;
    }
    out << QStringLiteral("expiry run: %1 purchases, %2 credits expired in %3 ms (goal <= 1000)\n")
               .arg(run->purchases)
               .arg(run->expired.toString())
               .arg(expiryMs);
    t.restart();
    auto again = service.expire(today);
    out << QStringLiteral("second expiry run: %1 purchases in %2 ms\n")
               .arg(again ? again->purchases : -1)
               .arg(t.elapsed());
    out.flush();

    t.restart();
    auto allocated = service.allocateAuto(milestones, today);
    const qint64 allocateMs = t.elapsed();
    if (!allocated) {
        out << allocated.message() << '\n';
        return 1;
    }
    out << QStringLiteral("auto-allocation: %1 milestones, %2 credits in %3 ms (goal <= 2000)\n")
               .arg(milestones.size())
               .arg(allocated->toString())
               .arg(allocateMs);
    out.flush();

    t.restart();
    bursar::ui::ServicesCreditsReportPage report(db);
    report.resize(1200, 700);
    report.show();
    QApplication::processEvents();
    const qint64 reportMs = t.elapsed();
    out << QStringLiteral("Reports > Services Credits to first rows: %1 balance rows, %2 expiring in %3 ms (goal <= "
                          "300)\n")
               .arg(report.balances()->rowCount())
               .arg(report.expiring()->rowCount())
               .arg(reportMs);
    t.restart();
    auto balances = ServicesCreditReport(db).customerBalances();
    out << QStringLiteral("  of which balances per customer (core): %1 rows in %2 ms\n")
               .arg(balances ? balances->size() : -1)
               .arg(t.elapsed());
    t.restart();
    bursar::ui::PurchasesPage purchases(db);
    purchases.resize(1200, 700);
    purchases.show();
    QApplication::processEvents();
    out << QStringLiteral("Services Credits > Customer Purchases to first rows: %1 purchases in %2 ms\n")
               .arg(purchases.model()->rowCount())
               .arg(t.elapsed());
    out << QStringLiteral("peak memory: %1 MB\n").arg(peakKiB() / 1024);
    return 0;
}
