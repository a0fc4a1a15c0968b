// Finance > Documents at scale (issue 13): 1,000,000 AR documents (statements, credit and
// debit memos, payments) with their applications across 10,000 customers, then
//   - the aging as of today and as of a year ago: in core, from the command line (process
//     start to exit, `report aging --format json`) and in the window (first rows);
//   - releasing 10,000 Hold memos in one batch and auto-applying 10,000 payments.
// The history is written with SQL in bulk (what years of clerks' work leave behind, closed
// documents with their closing dates and ledger entries); the timed steps go through the
// services. Prints its figures; never fails on time.
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "tests/bench/bench_support.h"
#include "ui/finance/aging_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bursar::core;
using bursar::bench::analyzeOnPostgres;
using bursar::bench::option;
using bursar::bench::peakKiB;

namespace {

qint64 msSince(const QElapsedTimer &t)
{
    return t.elapsed();
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// 100 documents per customer: 40 monthly statements, 30 payments paying 30 of them in full,
/// 15 credit memos applied in part, 15 debit memos (the last 8 open). Amounts in cents.
Status writeHistory(Database &db, const QList<qint64> &customers, QDate today)
{
    return db.transaction([&]() -> Status {
        Sql run(db, QStringLiteral("INSERT INTO billing_runs (vendor, period, apply_credits, include_tax, "
                                   "marketplace_fees, marketplace_credits, requested, started_at, started_by) VALUES "
                                   "('aws', '2023-01', 0, 0, 0, 0, 0, '2023-01-01T00:00:00Z', 'bench') RETURNING id"));
        if (Status s = run.exec(); !s)
            return s;
        run.next();
        const qint64 runId = run.value(0).toLongLong();
        BulkInsert st(db, QStringLiteral("statements"),
                      {QStringLiteral("id"),
                       QStringLiteral("run_id"),
                       QStringLiteral("customer_id"),
                       QStringLiteral("vendor"),
                       QStringLiteral("period"),
                       QStringLiteral("currency"),
                       QStringLiteral("status"),
                       QStringLiteral("number"),
                       QStringLiteral("apply_credits"),
                       QStringLiteral("include_tax"),
                       QStringLiteral("marketplace_fees"),
                       QStringLiteral("marketplace_credits"),
                       QStringLiteral("charges_exact"),
                       QStringLiteral("charges"),
                       QStringLiteral("credits"),
                       QStringLiteral("marketplace_exact"),
                       QStringLiteral("marketplace"),
                       QStringLiteral("marketplace_credits_applied"),
                       QStringLiteral("tax"),
                       QStringLiteral("total"),
                       QStringLiteral("balance"),
                       QStringLiteral("pricebook"),
                       QStringLiteral("payment_terms_days"),
                       QStringLiteral("seller"),
                       QStringLiteral("customer"),
                       QStringLiteral("customer_name"),
                       QStringLiteral("created_at"),
                       QStringLiteral("created_by"),
                       QStringLiteral("issue_date"),
                       QStringLiteral("due_date"),
                       QStringLiteral("closed_on")});
        BulkInsert ar(db, QStringLiteral("ar_documents"),
                      {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("status"),
                       QStringLiteral("customer_id"), QStringLiteral("currency"), QStringLiteral("number"),
                       QStringLiteral("doc_date"), QStringLiteral("due_date"), QStringLiteral("payment_terms_days"),
                       QStringLiteral("description"), QStringLiteral("subtotal"), QStringLiteral("tax"),
                       QStringLiteral("total_exact"), QStringLiteral("rounding"), QStringLiteral("total"),
                       QStringLiteral("applied"), QStringLiteral("closed_on"), QStringLiteral("created_at"),
                       QStringLiteral("created_by")});
        BulkInsert al(db, QStringLiteral("allocations"),
                      {QStringLiteral("source_kind"), QStringLiteral("source_id"), QStringLiteral("target_kind"),
                       QStringLiteral("target_id"), QStringLiteral("account_id"), QStringLiteral("amount"),
                       QStringLiteral("on_date"), QStringLiteral("reason"), QStringLiteral("created_at"),
                       QStringLiteral("created_by")});
        qint64 sid = 0, did = 0, cm = 0, dm = 0, pay = 0;
        const QDate first = today.addMonths(-40);
        for (qint64 c : customers) {
            QList<std::pair<qint64, qint64>> statements; // id, cents
            for (int m = 0; m < 40; ++m) {
                const QDate issued = first.addMonths(m);
                const qint64 cents = 10000 + (c * 37 + m * 101) % 90000;
                const bool paid = m < 30;
                ++sid;
                const Decimal total = Decimal::fromInt(cents).divided(Decimal::fromInt(100), 2, Rounding::HalfUp);
                const Decimal balance = paid ? Decimal() : total;
                st.integer(sid)
                    .integer(runId)
                    .integer(c)
                    .text(QStringLiteral("aws"))
                    .text(QStringLiteral("S%1").arg(sid))
                    .text(QStringLiteral("USD"))
                    .text(paid ? QStringLiteral("closed") : QStringLiteral("open"))
                    .text(QStringLiteral("INV-B-%1").arg(sid))
                    .integer(0)
                    .integer(0)
                    .integer(0)
                    .integer(0)
                    .amount(total)
                    .amount(total)
                    .amount(Decimal())
                    .amount(Decimal())
                    .amount(Decimal())
                    .amount(Decimal())
                    .amount(Decimal())
                    .amount(total)
                    .amount(balance)
                    .text(QStringLiteral("Std"))
                    .integer(30)
                    .text(QStringLiteral("{}"))
                    .text(QStringLiteral("{}"))
                    .text(QStringLiteral("Bench"))
                    .text(QStringLiteral("2023-01-01T00:00:00Z"))
                    .text(QStringLiteral("bench"))
                    .text(day(issued))
                    .text(day(issued.addDays(30)));
                if (paid)
                    st.text(day(issued.addDays(20)));
                else
                    st.null();
                if (Status s = st.endRow(); !s)
                    return s;
                statements.append({sid, cents});
                if (paid) { // a payment in full, 20 days after the statement
                    ++did;
                    ar.integer(did)
                        .text(QStringLiteral("payment"))
                        .text(QStringLiteral("closed"))
                        .integer(c)
                        .text(QStringLiteral("USD"))
                        .text(QStringLiteral("PAY-B-%1").arg(++pay))
                        .text(day(issued.addDays(20)))
                        .null()
                        .integer(0)
                        .text(QStringLiteral("Payment"))
                        .amount(total)
                        .amount(Decimal())
                        .amount(total)
                        .amount(Decimal())
                        .amount(total)
                        .amount(total)
                        .text(day(issued.addDays(20)))
                        .text(QStringLiteral("2023-01-01T00:00:00Z"))
                        .text(QStringLiteral("bench"));
                    if (Status s = ar.endRow(); !s)
                        return s;
                    al.text(QStringLiteral("payment"))
                        .integer(did)
                        .text(QStringLiteral("statement"))
                        .integer(sid)
                        .text(QString())
                        .amount(total)
                        .text(day(issued.addDays(20)))
                        .text(QStringLiteral("apply"))
                        .text(QStringLiteral("2023-01-01T00:00:00Z"))
                        .text(QStringLiteral("bench"));
                    if (Status s = al.endRow(); !s)
                        return s;
                }
            }
            for (int k = 0; k < 15; ++k) { // credit memos of 10.00, applied to the open statements
                const QDate dated = today.addDays(-300 + k * 20);
                ++did;
                const Decimal ten = Decimal::fromInt(10);
                const bool applied = k < 10;
                ar.integer(did)
                    .text(QStringLiteral("credit_memo"))
                    .text(applied ? QStringLiteral("closed") : QStringLiteral("open"))
                    .integer(c)
                    .text(QStringLiteral("USD"))
                    .text(QStringLiteral("CM-B-%1").arg(++cm))
                    .text(day(dated))
                    .text(day(dated.addDays(30)))
                    .integer(30)
                    .text(QStringLiteral("Goodwill"))
                    .amount(ten)
                    .amount(Decimal())
                    .amount(ten)
                    .amount(Decimal())
                    .amount(ten)
                    .amount(applied ? ten : Decimal());
                if (applied)
                    ar.text(day(dated));
                else
                    ar.null();
                ar.text(QStringLiteral("2023-01-01T00:00:00Z")).text(QStringLiteral("bench"));
                if (Status s = ar.endRow(); !s)
                    return s;
                if (applied) {
                    const qint64 target = statements.at(30 + k % 10).first;
                    al.text(QStringLiteral("credit_memo"))
                        .integer(did)
                        .text(QStringLiteral("statement"))
                        .integer(target)
                        .text(QString())
                        .amount(ten)
                        .text(day(dated))
                        .text(QStringLiteral("apply"))
                        .text(QStringLiteral("2023-01-01T00:00:00Z"))
                        .text(QStringLiteral("bench"));
                    if (Status s = al.endRow(); !s)
                        return s;
                }
            }
            for (int k = 0; k < 15; ++k) { // debit memos; the first 7 closed by a payment's entry elsewhere
                const QDate dated = today.addDays(-400 + k * 25);
                ++did;
                const Decimal amount = Decimal::fromInt(25);
                const bool closed = k < 7;
                ar.integer(did)
                    .text(QStringLiteral("debit_memo"))
                    .text(closed ? QStringLiteral("closed") : QStringLiteral("open"))
                    .integer(c)
                    .text(QStringLiteral("USD"))
                    .text(QStringLiteral("DM-B-%1").arg(++dm))
                    .text(day(dated))
                    .text(day(dated.addDays(30)))
                    .integer(30)
                    .text(QStringLiteral("Charge-back"))
                    .amount(amount)
                    .amount(Decimal())
                    .amount(amount)
                    .amount(Decimal())
                    .amount(amount)
                    .amount(closed ? amount : Decimal());
                if (closed)
                    ar.text(day(dated.addDays(10)));
                else
                    ar.null();
                ar.text(QStringLiteral("2023-01-01T00:00:00Z")).text(QStringLiteral("bench"));
                if (Status s = ar.endRow(); !s)
                    return s;
            }
        }
        // The open statements' balances after the credit memos (10.00 each on ten of them).
        if (Status s = st.finish(); !s)
            return s;
        if (Status s = ar.finish(); !s)
            return s;
        if (Status s = al.finish(); !s)
            return s;
        Sql settle(db, QStringLiteral("UPDATE statements SET balance = total - 10 WHERE status = 'open' AND id IN "
                                      "(SELECT target_id FROM allocations WHERE source_kind = 'credit_memo')"));
        return settle.exec();
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
    const int batch = option(args, QStringLiteral("--batch"), QStringLiteral("10000")).toInt();
    QTemporaryDir dir;
    const QString location =
        url.isEmpty() ? option(args, QStringLiteral("--keep"), dir.filePath(QStringLiteral("aging.sqlite"))) : url;
    out << "database: " << (url.isEmpty() ? "SQLite" : "PostgreSQL") << '\n';
    auto opened = Database::open(location);
    if (!opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    Database &db = **opened;
    const QDate today(2026, 12, 4);
    QElapsedTimer t;
    t.start();
    if (auto demo = generateDemoData(db, customers, 11); !demo) {
        out << demo.error().message << '\n';
        return 1;
    }
    QList<qint64> ids;
    {
        Sql q(db, QStringLiteral("SELECT id FROM customers ORDER BY id"));
        (void)q.exec();
        while (q.next())
            ids.append(q.value(0).toLongLong());
        Sql usd(db, QStringLiteral("UPDATE customer_providers SET currency = 'USD'"));
        (void)usd.exec();
    }
    if (Status s = writeHistory(db, ids, today); !s) {
        out << s.message() << '\n';
        return 1;
    }
    // The history was written with its own IDs: the identity columns continue after them.
    for (const char *table : {"ar_documents", "allocations", "billing_runs"})
        if (Status s = db.syncIdentity(QString::fromLatin1(table)); !s) {
            out << s.message() << '\n';
            return 1;
        }
    if (Status s = analyzeOnPostgres(db); !s) {
        out << s.message() << '\n';
        return 1;
    }
    {
        Sql count(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM statements) + (SELECT COUNT(*) FROM ar_documents), "
                                     "(SELECT COUNT(*) FROM allocations)"));
        (void)count.exec();
        count.next();
        out << QStringLiteral("set-up: %1 customers, %2 AR documents, %3 applications in %4 ms\n")
                   .arg(ids.size())
                   .arg(count.value(0).toLongLong())
                   .arg(count.value(1).toLongLong())
                   .arg(msSince(t));
    }

    for (const QDate asOf : {today, today.addYears(-1)}) {
        t.restart();
        auto report = Aging(db).report(asOf);
        out << QStringLiteral("aging as of %1 in core: %2 ms, %3 rows, proof %4\n")
                   .arg(day(asOf))
                   .arg(msSince(t))
                   .arg(report ? report->rows.size() : -1)
                   .arg(report && report->proven() ? QStringLiteral("holds") : QStringLiteral("FAILS"));
        QProcess cli;
        t.restart();
        cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/bursar"),
                  {QStringLiteral("--database"), location, QStringLiteral("report"), QStringLiteral("aging"),
                   QStringLiteral("--as-of"), day(asOf), QStringLiteral("--format"), QStringLiteral("json")});
        cli.waitForFinished(-1);
        out << QStringLiteral("CLI: bursar report aging --as-of %1 --format json: %2 ms, %3 KB (exit %4) (goal <= "
                              "1000 ms)\n")
                   .arg(day(asOf))
                   .arg(msSince(t))
                   .arg(cli.readAllStandardOutput().size() / 1000)
                   .arg(cli.exitCode());
    }
    {
        t.restart();
        bursar::ui::AgingPage page(db);
        page.setAsOf(today);
        QCoreApplication::processEvents();
        out << QStringLiteral("GUI: Reports > Aging first rows: %1 ms (%2 rows) (goal <= 300 ms)\n")
                   .arg(msSince(t))
                   .arg(page.table()->rowCount());
        // The rest comes from the page's worker thread; the window stays usable meanwhile.
        while (!page.isComplete())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        out << QStringLiteral("GUI: Reports > Aging whole report with totals: %1 ms (%2 rows)\n")
                   .arg(msSince(t))
                   .arg(page.table()->rowCount());
    }

    // Release 10,000 Hold memos in one batch.
    ArDocuments docs(db);
    QList<qint64> hold;
    t.restart();
    for (int i = 0; i < batch; ++i) {
        NewMemo m;
        m.kind = i % 2 ? ArKind::DebitMemo : ArKind::CreditMemo;
        m.customerId = ids.at(i % ids.size());
        m.currency = QStringLiteral("USD");
        m.date = today;
        m.description = QStringLiteral("Bench memo");
        m.lines = {
            {QStringLiteral("Line"), QStringLiteral("1"), QStringLiteral("each"), QStringLiteral("12.50"), {}, {}}};
        auto id = docs.createMemo(m, today);
        if (!id) {
            out << id.message() << '\n';
            return 1;
        }
        hold.append(*id);
    }
    out << QStringLiteral("created 10,000 Hold memos one by one in %1 ms\n").arg(msSince(t));
    t.restart();
    auto released = docs.release(hold, today);
    out << QStringLiteral("release 10,000 memos in one batch: %1 ms (%2) (goal <= 2000 ms)\n")
               .arg(msSince(t))
               .arg(released ? QStringLiteral("%1 numbered").arg(released->size()) : released.message());

    // Auto-apply 10,000 payments.
    QList<qint64> payments;
    for (int i = 0; i < batch; ++i) {
        auto id = docs.recordPayment(
            {ids.at(i % ids.size()), QStringLiteral("30.00"), QStringLiteral("USD"), today, {}, {}}, today);
        if (!id) {
            out << id.message() << '\n';
            return 1;
        }
        payments.append(*id);
    }
    ArApplications apps(db);
    QList<ArRef> sources;
    for (qint64 p : payments)
        sources.append({QStringLiteral("payment"), p});
    t.restart();
    auto batchResult = apps.applyAutoAll(sources, today);
    out << QStringLiteral("auto-apply 10,000 payments in one batch: %1 ms (%2 paid something, %3 applications, %4 "
                          "skipped) (goal <= 2000 ms)\n")
               .arg(msSince(t))
               .arg(batchResult ? batchResult->applied : -1)
               .arg(batchResult ? batchResult->applications.size() : -1)
               .arg(batchResult ? batchResult->skipped.size() : -1);
    out << QStringLiteral("peak memory %1 MB\n").arg(peakKiB() / 1024);
    return 0;
}
