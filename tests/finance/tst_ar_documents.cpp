// Finance > Documents (issue 13): credit memos, debit memos and payments, applied through the
// allocation ledger, balances and the aging as of a date. The hand-worked cases of
// EXAMPLES.md §7–9 and our own, the pure calculators from tables, every bad input refused
// with nothing changed, and every privilege; on SQLite and PostgreSQL.
#include "core/billing/rate_tables.h"
#include "core/billing/statement_service.h"
#include "core/calculators/memo_calculator.h"
#include "core/customers/customer_service.h"
#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/finance/number_audit.h"
#include "core/finance/tax_categories.h"
#include "core/finance/write_off.h"
#include "core/users/user_service.h"
#include "tests/finance/ar_fixture.h"

#include <QTest>
#include <functional>

using namespace bursar::core;
using bursar::test::arCustomer;
using bursar::test::dec;
using bursar::test::openStatement;
using bursar::test::TestDatabase;

namespace {

const QDate Oct1(2026, 10, 1), Oct15(2026, 10, 15), Oct16(2026, 10, 16), Nov1(2026, 11, 1), Nov15(2026, 11, 15),
    Nov16(2026, 11, 16), Nov20(2026, 11, 20), Dec1(2026, 12, 1);

MemoLineInput line(const char *desc, const char *qty, const char *price, const char *discount = "",
                   const char *category = "")
{
    return {QString::fromUtf8(desc),    QString::fromLatin1(qty),      QStringLiteral("each"),
            QString::fromLatin1(price), QString::fromLatin1(discount), QString::fromLatin1(category)};
}

QHash<QString, TaxCategory> categories()
{
    return {{QStringLiteral("Standard"), {QStringLiteral("Standard"), true, true}},
            {QStringLiteral("Exempt"), {QStringLiteral("Exempt"), false, false}},
            {QStringLiteral("StateOnly"), {QStringLiteral("StateOnly"), false, true}}};
}

QList<TaxRate> taxTable()
{
    auto rate = [](const char *region, const char *state, const char *name, const char *percent) {
        TaxRate r;
        r.region = QString::fromLatin1(region);
        r.state = QString::fromLatin1(state);
        r.name = QString::fromLatin1(name);
        r.rate = dec(percent);
        r.from = QDate(2020, 1, 1);
        return r;
    };
    return {rate("DE", "", "USt", "19"), rate("US", "WA", "WA sales tax", "6.5"), rate("CA", "", "GST", "5"),
            rate("CA", "BC", "PST", "7")};
}

NewMemo creditMemo(qint64 customer, const char *amount, QDate date, const char *description = "Goodwill credit")
{
    NewMemo m;
    m.kind = ArKind::CreditMemo;
    m.customerId = customer;
    m.date = date;
    m.description = QString::fromUtf8(description);
    m.lines = {line("Goodwill", "1", amount)};
    return m;
}

qint64 releasedCreditMemo(Database &db, qint64 customer, const char *amount, QDate date)
{
    ArDocuments docs(db);
    auto id = docs.createMemo(creditMemo(customer, amount, date));
    if (!id)
        qFatal("memo: %s", qPrintable(id.message()));
    if (auto r = docs.release({*id}); !r)
        qFatal("release: %s", qPrintable(r.message()));
    return *id;
}

qint64 payment(Database &db, qint64 customer, const char *amount, QDate date, const char *currency = "USD")
{
    auto id = ArDocuments(db).recordPayment(
        {customer, QString::fromLatin1(amount), QString::fromLatin1(currency), date, {}, QStringLiteral("bank")});
    if (!id)
        qFatal("payment: %s", qPrintable(id.message()));
    return *id;
}

ArRef ar(qint64 id, const char *kind)
{
    return {QString::fromLatin1(kind), id};
}

ArRef st(qint64 id)
{
    return {QStringLiteral("statement"), id};
}

Decimal statementBalance(TestDatabase &t, qint64 id)
{
    return *Decimal::parse(t.scalar(QStringLiteral("SELECT balance FROM statements WHERE id = %1").arg(id)).toString());
}

QString statementStatus(TestDatabase &t, qint64 id)
{
    return t.scalar(QStringLiteral("SELECT status FROM statements WHERE id = %1").arg(id)).toString();
}

/// Everything a refused call must leave as it was.
QString fingerprint(TestDatabase &t)
{
    QStringList parts;
    for (const char *sql : {"SELECT COUNT(*) FROM ar_documents", "SELECT COUNT(*) FROM allocations",
                            "SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM ar_documents WHERE status = 'open'",
                            "SELECT COUNT(*) FROM statements WHERE status = "
                            "'closed'",
                            "SELECT COUNT(*) FROM number_counters"})
        parts << t.scalar(QString::fromLatin1(sql)).toString();
    Sql q(t.db(), QStringLiteral("SELECT id, balance FROM statements ORDER BY id"));
    if (q.exec().ok())
        while (q.next())
            parts << q.value(0).toString() + u'=' + Decimal::parse(q.value(1).toString())->toString();
    // A memo's fields and lines, and the tax categories: what editing would change.
    Sql memos(t.db(), QStringLiteral("SELECT id, status, doc_date, description, total, payment_terms_days, (SELECT "
                                     "COUNT(*) FROM ar_document_lines l WHERE l.document_id = d.id) FROM ar_documents "
                                     "d ORDER BY id"));
    if (memos.exec().ok())
        while (memos.next())
            parts << memos.value(0).toString() + u':' + memos.value(1).toString() + u':' + memos.value(2).toString() +
                         u':' + memos.value(3).toString() + u':' +
                         Decimal::parse(memos.value(4).toString())->toString() + u':' + memos.value(5).toString() +
                         u':' + memos.value(6).toString();
    Sql categories(t.db(), QStringLiteral("SELECT name, region_rate, state_rate FROM tax_categories ORDER BY name"));
    if (categories.exec().ok())
        while (categories.next())
            parts << categories.value(0).toString() + u'/' + categories.value(1).toString() + u'/' +
                         categories.value(2).toString();
    return parts.join(u' ');
}

using Operation = std::function<Status(Database &)>;

template <typename T> Status asStatus(const Result<T> &r)
{
    return r ? success() : Status(r.error());
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestArDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- the pure calculators ---------------------------------------------------------
    void memoCalculator_handWorked_data()
    {
        QTest::addColumn<QList<MemoLineInput>>("lines");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("subtotal");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("rounding");
        // 3 × 19.99 − 5.00 = 54.97; 19 % of it = 10.4443 → 10.44; 65.41.
        QTest::newRow("discount, DE standard") << QList{line("Licence", "3", "19.99", "5.00", "Standard")} << "EUR"
                                               << "DE"
                                               << ""
                                               << "54.97"
                                               << "10.44"
                                               << "65.41"
                                               << "0";
        // 2.5 × 10.00, exempt: no tax.
        QTest::newRow("decimal quantity, exempt") << QList{line("Hours", "2.5", "10.00", "", "Exempt")} << "EUR"
                                                  << "DE"
                                                  << ""
                                                  << "25"
                                                  << "0.00"
                                                  << "25.00"
                                                  << "0";
        // JPY has no minor units: 3 × 333 = 999; 19 % = 189.81 → 190; 1189.
        QTest::newRow("JPY") << QList{line("Seats", "3", "333", "", "Standard")} << "JPY"
                             << "DE"
                             << ""
                             << "999"
                             << "190"
                             << "1189"
                             << "0";
        // Two categories: only the taxed line's 100.00 bears WA's 6.5 % = 6.50 (no US rate).
        QTest::newRow("taxed and blank lines")
            << QList{line("Support", "1", "100.00", "", "Standard"), line("Refund", "1", "50.00")} << "USD"
            << "US"
            << "WA"
            << "150"
            << "6.50"
            << "156.50"
            << "0";
        // 0.333333 × 10.00 = 3.33333, no tax: rounded once to 3.33, the rounding shown.
        QTest::newRow("rounding shown") << QList{line("Part", "0.333333", "10.00")} << "USD"
                                        << ""
                                        << ""
                                        << "3.33333"
                                        << "0.00"
                                        << "3.33"
                                        << "-0.00333";
        // KWD has three decimals: 19 % of 1.234 = 0.23446 → 0.234.
        QTest::newRow("KWD") << QList{line("Fee", "1", "1.234", "", "Standard")} << "KWD"
                             << "DE"
                             << ""
                             << "1.234"
                             << "0.234"
                             << "1.468"
                             << "0";
        // A category that takes the state's rate only: BC's 7 % of 200.00, not Canada's 5 %.
        QTest::newRow("state only") << QList{line("Service", "2", "100.00", "", "StateOnly")} << "CAD"
                                    << "CA"
                                    << "BC"
                                    << "200"
                                    << "14.00"
                                    << "214.00"
                                    << "0";
        // Standard in BC: GST 5 % = 10.00 and PST 7 % = 14.00, each its own line.
        QTest::newRow("region and state") << QList{line("Service", "2", "100.00", "", "standard")} << "CAD"
                                          << "CA"
                                          << "BC"
                                          << "200"
                                          << "24.00"
                                          << "224.00"
                                          << "0";
        // The discount takes the whole line: 0.00, still a line.
        QTest::newRow("discount equals line")
            << QList{line("Promo", "1", "10.00", "10.00"), line("Fee", "1", "5.00")} << "USD"
            << ""
            << ""
            << "5"
            << "0.00"
            << "5.00"
            << "0";
    }
    void memoCalculator_handWorked()
    {
        QFETCH(QList<MemoLineInput>, lines);
        QFETCH(QString, currency);
        QFETCH(QString, region);
        QFETCH(QString, state);
        auto t = MemoCalculator::calculate(lines, *Currencies::find(currency), categories(), taxTable(), region, state,
                                           QDate(2026, 11, 20));
        QVERIFY2(t, qPrintable(t.message()));
        QTEST(t->subtotal.toString(), "subtotal");
        QTEST(t->tax.toString(Currencies::find(currency)->minorUnits), "tax");
        QTEST(t->total.toString(Currencies::find(currency)->minorUnits), "total");
        QTEST(t->rounding.toString(), "rounding");
        QCOMPARE(t->total, t->totalExact + t->rounding);
        Decimal taxLines;
        for (const MemoTax &x : t->taxes)
            taxLines += x.line.amount;
        QCOMPARE(taxLines, t->tax);
    }

    void memoCalculator_refuses_data()
    {
        QTest::addColumn<QList<MemoLineInput>>("lines");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("negative quantity") << QList{line("A", "-1", "10.00")} << "quantity"
                                           << "negative";
        QTest::newRow("negative price") << QList{line("A", "1", "-10.00")} << "price"
                                        << "negative";
        QTest::newRow("discount above line") << QList{line("A", "2", "10.00", "25.00")} << "discount"
                                             << "enter at most 20.00";
        QTest::newRow("price decimals") << QList{line("A", "1", "10.005")} << "price"
                                        << "at most 2";
        QTest::newRow("discount decimals") << QList{line("A", "1", "10.00", "0.001")} << "discount"
                                           << "at most 2";
        QTest::newRow("unknown category") << QList{line("A", "1", "10.00", "", "Luxury")} << "tax_category"
                                          << "Exempt, Standard, StateOnly";
        QTest::newRow("no description") << QList{line("", "1", "10.00")} << "description"
                                        << "Line 1";
        QTest::newRow("zero quantity") << QList{line("A", "0", "10.00")} << "quantity"
                                       << "is 0";
        QTest::newRow("not a number") << QList{line("A", "1", "ten")} << "price"
                                      << "not a number";
        QTest::newRow("second line named") << QList{line("A", "1", "10.00"), line("B", "x", "1")} << "quantity"
                                           << "Line 2";
        QTest::newRow("no lines") << QList<MemoLineInput>{} << "lines"
                                  << "at least one";
    }
    void memoCalculator_refuses()
    {
        QFETCH(QList<MemoLineInput>, lines);
        auto t = MemoCalculator::calculate(lines, *Currencies::find(QStringLiteral("USD")), categories(), taxTable(),
                                           QStringLiteral("US"), QStringLiteral("WA"), QDate(2026, 11, 20));
        QVERIFY(!t);
        QTEST(t.error().field, "field");
        QFETCH(QString, says);
        QVERIFY2(t.message().contains(says), qPrintable(t.message()));
    }

    void split_handWorked_data()
    {
        QTest::addColumn<QString>("available");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("expected");
        // S1: 60.00 dated 09-15 due 10-15; S2: 80.00 dated 09-01 due 11-15; S3 0.01 due 12-01.
        QTest::newRow("EXAMPLES §7 oldest due") << "100"
                                                << "oldest-due" << QStringList{"60", "40", "0"};
        QTest::newRow("oldest document") << "100"
                                         << "oldest-document" << QStringList{"20", "80", "0"};
        // 100 × 60/140.01 = 42.8541 → 42.85, × 80/140.01 = 57.1388 → 57.13, × 0.01/140.01 =
        // 0.00714 → 0.00; the two cents left go to the largest remainders: S2 (.0088), S3 (.0071).
        QTest::newRow("pro-rata") << "100"
                                  << "pro-rata" << QStringList{"42.85", "57.14", "0.01"};
        QTest::newRow("more than owed") << "500"
                                        << "pro-rata" << QStringList{"60", "80", "0.01"};
        QTest::newRow("more than owed, oldest due") << "500"
                                                    << "oldest-due" << QStringList{"60", "80", "0.01"};
        QTest::newRow("nothing available") << "0"
                                           << "oldest-due" << QStringList{"0", "0", "0"};
    }
    void split_handWorked()
    {
        QFETCH(QString, available);
        QFETCH(QString, policy);
        QFETCH(QStringList, expected);
        QList<ArItem> items{{QStringLiteral("statement"),
                             1,
                             {},
                             1,
                             QStringLiteral("USD"),
                             QDate(2026, 9, 15),
                             Oct15,
                             dec("60"),
                             dec("60")},
                            {QStringLiteral("statement"),
                             2,
                             {},
                             1,
                             QStringLiteral("USD"),
                             QDate(2026, 9, 1),
                             Nov15,
                             dec("80"),
                             dec("80")},
                            {QStringLiteral("debit_memo"),
                             3,
                             {},
                             1,
                             QStringLiteral("USD"),
                             QDate(2026, 11, 1),
                             Dec1,
                             dec("0.01"),
                             dec("0.01")}};
        const QList<Decimal> got = split::amounts(*Decimal::parse(available), items, *splitPolicyFromKey(policy), 2);
        QStringList text;
        for (const Decimal &d : got)
            text << d.toString();
        QCOMPARE(text, expected);
    }

    // ---- EXAMPLES.md §7–9 through the services ------------------------------------------
    void example7_creditMemoAppliedOldestDueFirst()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Example Seven"));
        const qint64 s1 = openStatement(t.db(), c, "60.00", QDate(2026, 9, 15), Oct15);
        const qint64 s2 = openStatement(t.db(), c, "80.00", Oct16, Nov15);
        ArDocuments docs(t.db());
        auto cm = docs.createMemo(creditMemo(c, "100.00", Nov1));
        QVERIFY2(cm, qPrintable(cm.message()));
        QCOMPARE(docs.document(*cm)->status, ArStatus::Hold);
        QCOMPARE(docs.document(*cm)->number, QString());
        auto numbers = docs.release({*cm}, Nov1);
        QVERIFY2(numbers, qPrintable(numbers.message()));
        QCOMPARE(*numbers, QStringList{QStringLiteral("CM-2026-000001")});
        ArApplications apps(t.db());
        auto preview = apps.preview(ar(*cm, "credit_memo"));
        QVERIFY(preview);
        QCOMPARE(preview->amounts, (QList<Decimal>{dec("60"), dec("40")}));
        QCOMPARE(fingerprint(t).contains(QStringLiteral("1=60")), true); // the preview wrote nothing
        auto applied = apps.applyAuto(ar(*cm, "credit_memo"), Nov1);
        QVERIFY2(applied, qPrintable(applied.message()));
        QCOMPARE(applied->size(), 2);
        QCOMPARE(statementStatus(t, s1), QStringLiteral("closed"));
        QCOMPARE(statementBalance(t, s1), dec("0"));
        QCOMPARE(statementStatus(t, s2), QStringLiteral("open"));
        QCOMPARE(statementBalance(t, s2), dec("40"));
        const ArDocument memo = *docs.document(*cm);
        QCOMPARE(memo.total, dec("100"));
        QCOMPARE(memo.applied, dec("100"));
        QCOMPARE(memo.remaining(), dec("0"));
        QCOMPARE(memo.status, ArStatus::Closed);
        QCOMPARE(memo.total - memo.remaining(), memo.applied);
        auto balances = Aging(t.db()).balances(c, Nov1);
        QVERIFY(balances);
        QCOMPARE(balances->size(), 1);
        QCOMPARE(balances->first().balance, dec("40")); // 60 + 80 − 100
    }

    void example8_pastDue_example9_agingAsOf()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Example Nine"));
        const qint64 s1 = openStatement(t.db(), c, "60.00", QDate(2026, 9, 15), Oct15);
        const qint64 s2 = openStatement(t.db(), c, "80.00", Oct16, Nov15);
        const qint64 cm = releasedCreditMemo(t.db(), c, "100.00", Nov1);
        QVERIFY(ArApplications(t.db()).applyAuto(ar(cm, "credit_memo"), Nov1));
        // §8: due 11-15; on 11-16 with 40.00 owed it is Past Due, derived.
        StatementService statements(t.db());
        QCOMPARE(statements.statement(s2)->dueDate, Nov15);
        QCOMPARE(statementStatus(t, s2), QStringLiteral("open"));
        StatementFilter late;
        late.customerId = c;
        late.status = StatementStatus::PastDue;
        late.today = Nov15;
        QCOMPARE(*statements.count(late), 0);
        late.today = Nov16;
        QCOMPARE(*statements.count(late), 1);
        // §9: an unapplied payment of 25.00; the aging as of 12-01.
        payment(t.db(), c, "25.00", Nov20);
        auto report = Aging(t.db()).report(Dec1);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->rows.size(), 1);
        const AgingRow &row = report->rows.first();
        QCOMPARE(row.buckets[size_t(AgingBucket::Days1To30)], dec("40")); // 16 days past due
        QCOMPARE(row.buckets[size_t(AgingBucket::Current)], dec("0"));
        QCOMPARE(row.unapplied, dec("-25"));
        QCOMPARE(row.total, dec("15"));
        QCOMPARE(Aging(t.db()).balances(c, Dec1)->first().balance, dec("15"));
        QVERIFY(report->proven());
        QCOMPARE(statementStatus(t, s1), QStringLiteral("closed"));
        // Paid in full: Closed, nobody set it.
        QVERIFY(ArApplications(t.db()).apply(ar(payment(t.db(), c, "40.00", Dec1), "payment"), {{st(s2), dec("40")}},
                                             Dec1));
        QCOMPARE(statementStatus(t, s2), QStringLiteral("closed"));
    }

    // The window's first step: the aging's first customers, read a hundred at a time, are
    // exactly the whole report's first rows, as of today and as of a date before later
    // payments, for all tenants and for one; a small aging comes whole.
    void agingFirstRows_areTheReportsFirstRows()
    {
        TestDatabase t;
        CustomerService customers(t.db());
        const qint64 distributor =
            *customers.addTenant(TenantKind::Distributor, std::nullopt, QStringLiteral("Distributor"));
        const qint64 partner = *customers.addTenant(TenantKind::Partner, distributor, QStringLiteral("Partner"));
        QList<qint64> ids;
        for (int i = 0; i < 230; ++i) {
            const qint64 c = arCustomer(t.db(), QStringLiteral("Customer %1").arg(i));
            ids << c;
            Sql move(t.db(), QStringLiteral("UPDATE customers SET tenant_id = ? WHERE id = ?"));
            move.bind(i % 3 == 0 ? partner : distributor).bind(c);
            QVERIFY(move.exec().ok());
            if (i % 7 == 3)
                continue; // nothing open: no row
            const QByteArray amount = QByteArray::number(10 + i) + ".25";
            const qint64 s =
                openStatement(t.db(), c, amount.constData(), QDate(2026, 9, 1 + i % 28), Oct1.addDays(i % 90));
            if (i % 5 == 0) {
                const qint64 p = payment(t.db(), c, "7.10", Nov20);
                QVERIFY(ArApplications(t.db()).apply(ar(p, "payment"), {{st(s), dec("5.05")}}, Nov20));
            }
        }
        Aging aging(t.db());
        for (const QDate asOf : {Dec1, Nov15}) {
            for (const std::optional<qint64> tenant : {std::optional<qint64>(), std::optional<qint64>(partner)}) {
                auto whole = aging.report(asOf, tenant);
                auto first = aging.firstRows(asOf, tenant, 10);
                QVERIFY2(whole && first, qPrintable(whole ? first.message() : whole.message()));
                // All 230 customers: the first hundred. The partner's 77: read whole in one go.
                QCOMPARE(first->partial, !tenant.has_value());
                QVERIFY(!whole->partial);
                QVERIFY(first->rows.size() >= 10);
                QVERIFY(tenant ? first->rows.size() == whole->rows.size() : first->rows.size() < whole->rows.size());
                for (qsizetype i = 0; i < first->rows.size(); ++i) {
                    const AgingRow &a = first->rows.at(i), &b = whole->rows.at(i);
                    QCOMPARE(a.customerId, b.customerId);
                    QCOMPARE(a.customerName, b.customerName);
                    QCOMPARE(a.currency, b.currency);
                    QCOMPARE(a.buckets, b.buckets);
                    QCOMPARE(a.unapplied, b.unapplied);
                    QCOMPARE(a.total, b.total);
                }
                // Asked for more rows than there are, it reads every customer: the whole report.
                auto all = aging.firstRows(asOf, tenant, 1000);
                QVERIFY(all);
                QVERIFY(!all->partial);
                QCOMPARE(all->rows.size(), whole->rows.size());
                QCOMPARE(all->totals.size(), 1);
                QCOMPARE(all->totals.first().total, whole->totals.first().total);
                QCOMPARE(all->proof, whole->proof);
            }
        }
        QCOMPARE(aging.report(Dec1, partner)->rows.size(), 66); // 77 of the partner's, 11 with nothing open
    }

    void statementPaidInTwoPayments_isClosed_andReopensOnReversal()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Two Payments"));
        const qint64 s = openStatement(t.db(), c, "100.00", Oct1, Nov1);
        ArApplications apps(t.db());
        const qint64 p1 = payment(t.db(), c, "60.00", Oct15);
        const qint64 p2 = payment(t.db(), c, "40.00", Nov1);
        QVERIFY(apps.apply(ar(p1, "payment"), {{st(s), dec("60")}}, Oct15));
        QCOMPARE(statementStatus(t, s), QStringLiteral("open"));
        auto second = apps.apply(ar(p2, "payment"), {{st(s), dec("40")}}, Nov1);
        QVERIFY(second);
        QCOMPARE(statementStatus(t, s), QStringLiteral("closed"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT closed_on FROM statements WHERE id = %1").arg(s)).toString(),
                 QStringLiteral("2026-11-01"));
        // Reversing the second re-opens both: the statement owes 40, the payment has 40.
        auto reversal = apps.unapply(second->first(), Nov15);
        QVERIFY2(reversal, qPrintable(reversal.message()));
        QCOMPARE(statementStatus(t, s), QStringLiteral("open"));
        QCOMPARE(statementBalance(t, s), dec("40"));
        QCOMPARE(ArDocuments(t.db()).document(p2)->status, ArStatus::Open);
        QCOMPARE(ArDocuments(t.db()).document(p2)->remaining(), dec("40"));
        // The history says why it is open again, with the balance after each entry.
        auto history = apps.history(st(s));
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).after, dec("40"));
        QCOMPARE(history->at(1).after, dec("0"));
        QCOMPARE(history->at(2).after, dec("40"));
        QCOMPARE(history->at(2).reverses, second->first());
        QCOMPARE(history->at(1).reversedBy, *reversal);
    }

    void undoExactlyOneApplication()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Three Statements"));
        const qint64 s1 = openStatement(t.db(), c, "100.00", Oct1, Oct15);
        const qint64 s2 = openStatement(t.db(), c, "100.00", Oct1, Nov1);
        const qint64 s3 = openStatement(t.db(), c, "100.00", Oct1, Nov15);
        const qint64 p = payment(t.db(), c, "300.00", Nov1);
        ArApplications apps(t.db());
        auto ids = apps.applyAuto(ar(p, "payment"), Nov1);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 3);
        QVERIFY(apps.unapply(ids->at(1), Nov16));
        QCOMPARE(statementBalance(t, s1), dec("0"));
        QCOMPARE(statementBalance(t, s2), dec("100"));
        QCOMPARE(statementBalance(t, s3), dec("0"));
        QCOMPARE(statementStatus(t, s1), QStringLiteral("closed"));
        QCOMPARE(statementStatus(t, s3), QStringLiteral("closed"));
        auto history = apps.history(ar(p, "payment"));
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(0).reversedBy, 0);
        QCOMPARE(history->at(2).reversedBy, 0);
        QCOMPARE(ArDocuments(t.db()).document(p)->remaining(), dec("100"));
        // The same again is refused, and nothing moves.
        const QString before = fingerprint(t);
        auto twice = apps.unapply(ids->at(1), Nov20);
        QVERIFY(!twice);
        QVERIFY2(twice.message().contains(QStringLiteral("already reversed")), qPrintable(twice.message()));
        QCOMPARE(fingerprint(t), before);
    }

    void agingAsOfPastDate_printsTheSameLater()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Auditor's Choice"));
        const qint64 s = openStatement(t.db(), c, "500.00", QDate(2026, 8, 1), QDate(2026, 8, 31));
        const qint64 p = payment(t.db(), c, "200.00", Oct1);
        ArApplications apps(t.db());
        auto first = apps.apply(ar(p, "payment"), {{st(s), dec("150")}}, Oct15);
        QVERIFY(first);
        auto before = Aging(t.db()).report(Nov1);
        QVERIFY(before);
        QCOMPARE(before->rows.first().buckets[size_t(AgingBucket::Days61To90)], dec("350")); // 62 days late
        QCOMPARE(before->rows.first().unapplied, dec("-50"));
        QCOMPARE(before->rows.first().total, dec("300"));
        // Later: the application is reversed, the rest paid, the statement closed.
        QVERIFY(apps.unapply(first->first(), Nov16));
        QVERIFY(apps.apply(ar(p, "payment"), {{st(s), dec("200")}}, Nov20));
        QVERIFY(apps.apply(ar(payment(t.db(), c, "300.00", Dec1), "payment"), {{st(s), dec("300")}}, Dec1));
        QCOMPARE(statementStatus(t, s), QStringLiteral("closed"));
        auto again = Aging(t.db()).report(Nov1);
        QVERIFY(again);
        QCOMPARE(again->rows.size(), 1);
        QCOMPARE(again->rows.first().buckets, before->rows.first().buckets);
        QCOMPARE(again->rows.first().unapplied, before->rows.first().unapplied);
        QCOMPARE(again->rows.first().total, before->rows.first().total);
        // Between the reversal (11-16) and the re-application (11-20): all 500 owed, 200 unapplied.
        auto between = Aging(t.db()).report(QDate(2026, 11, 18));
        QCOMPARE(between->rows.first().buckets[size_t(AgingBucket::Days61To90)], dec("500"));
        QCOMPARE(between->rows.first().unapplied, dec("-200"));
        // And today: nothing open.
        QVERIFY(Aging(t.db()).report(Dec1)->rows.isEmpty());
    }

    void cancel_byReversingDocument()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Temporary Credit"));
        const qint64 s = openStatement(t.db(), c, "100.00", Oct1, Nov1);
        const qint64 cm = releasedCreditMemo(t.db(), c, "30.00", Oct15);
        ArApplications apps(t.db());
        auto applied = apps.apply(ar(cm, "credit_memo"), {{st(s), dec("30")}}, Oct15);
        QVERIFY(applied);
        ArDocuments docs(t.db());
        const QString before = fingerprint(t);
        auto refused = docs.cancel(cm, Nov1);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("reverse its applications first")),
                 qPrintable(refused.message()));
        QCOMPARE(fingerprint(t), before);
        QVERIFY(apps.unapply(applied->first(), Nov1));
        auto dm = docs.cancel(cm, Nov1, QStringLiteral("payment received"));
        QVERIFY2(dm, qPrintable(dm.message()));
        const ArDocument reversing = *docs.document(*dm);
        QCOMPARE(reversing.kind, ArKind::DebitMemo);
        QCOMPARE(reversing.number, QStringLiteral("DM-2026-000001"));
        QCOMPARE(reversing.reversesId, cm);
        QCOMPARE(reversing.total, dec("30"));
        QCOMPARE(reversing.lines.size(), 1);
        QCOMPARE(reversing.status, ArStatus::Closed);
        QCOMPARE(docs.document(cm)->status, ArStatus::Cancelled);
        QCOMPARE(statementBalance(t, s), dec("100"));
        QCOMPARE(Aging(t.db()).balances(c, Dec1)->first().balance, dec("100"));
        // The pair's own entry cannot be unapplied, and a cancelled document is not cancelled twice.
        const qint64 pairEntry =
            t.scalar(QStringLiteral("SELECT id FROM allocations WHERE reason = 'cancel'")).toLongLong();
        QVERIFY(!apps.unapply(pairEntry, Dec1));
        QVERIFY(!docs.cancel(cm, Dec1));
        // A debit memo is cancelled by a credit memo.
        NewMemo debit = creditMemo(c, "12.00", Nov1, "Charge-back");
        debit.kind = ArKind::DebitMemo;
        auto dm2 = docs.createMemo(debit);
        QVERIFY(docs.release({*dm2}, Nov1));
        auto cm2 = docs.cancel(*dm2, Nov15);
        QVERIFY2(cm2, qPrintable(cm2.message()));
        QCOMPARE(docs.document(*cm2)->kind, ArKind::CreditMemo);
        QCOMPARE(docs.document(*dm2)->status, ArStatus::Cancelled);
    }

    void holdMemos_deletedWithoutGap_openNeverDeleted()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Numbers"));
        ArDocuments docs(t.db());
        const qint64 a = *docs.createMemo(creditMemo(c, "1.00", Nov1));
        const qint64 b = *docs.createMemo(creditMemo(c, "2.00", Nov1));
        const qint64 d = *docs.createMemo(creditMemo(c, "3.00", Nov1));
        QCOMPARE(docs.document(b)->displayNumber(), QStringLiteral("Hold CM %1").arg(b));
        QVERIFY(docs.deleteMemos({b}).ok());
        QCOMPARE(*docs.release({a, d}, Nov1),
                 (QStringList{QStringLiteral("CM-2026-000001"), QStringLiteral("CM-2026-000002")}));
        const QString before = fingerprint(t);
        Status refused = docs.deleteMemos({a});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("Cancel it instead")), qPrintable(refused.message()));
        auto twice = docs.release({a});
        QVERIFY(!twice);
        QVERIFY2(twice.message().contains(QStringLiteral("only a Hold memo is released, once")),
                 qPrintable(twice.message()));
        QCOMPARE(fingerprint(t), before);
        // Audit rows for create ×3, delete, release ×2.
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_memo'")).toInt(), 6);
    }

    // A Hold memo edited: fields and lines replaced, its tax worked out again from the
    // categories in force; released, it is never edited again. Tax categories: added, changed
    // without case, removed only when no Hold memo uses them.
    void holdMemo_edited_andTaxCategoriesManaged()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Seattle Co"), QStringLiteral("USD"), QStringLiteral("US"),
                                    QStringLiteral("WA"));
        openStatement(t.db(), c, "60.00", Oct1, Oct15); // INV-T-…, adjusted by the memo
        const QString invoice = t.scalar(QStringLiteral("SELECT number FROM statements")).toString();
        QVERIFY(TaxTable(t.db()).set(QStringLiteral("US"), {}, QStringLiteral("2"), QDate(2026, 1, 1)));
        QVERIFY(
            TaxTable(t.db()).set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("6.5"), QDate(2026, 1, 1)));
        TaxCategories categories(t.db());
        QVERIFY(categories.set(QStringLiteral(" Reduced "), false, true)); // the state's rate only
        QCOMPARE(categories.list()->size(), 3);
        ArDocuments docs(t.db());
        NewMemo m = creditMemo(c, "100.00", Oct15);
        m.adjusts = invoice;
        const qint64 id = *docs.createMemo(m);
        QCOMPARE(docs.document(id)->total, dec("100.00"));

        // Edited from what it holds: two lines, one of them Reduced; new date and terms.
        NewMemo edited = newMemoFrom(*docs.document(id));
        QCOMPARE(edited.adjusts, invoice);
        edited.description = QStringLiteral("Sales return");
        edited.date = Nov1;
        edited.paymentTermsDays = 10;
        edited.lines = {line("Refund", "1", "100.00", "", "Reduced"), line("Fee", "2", "10.00", "5.00")};
        Status s = docs.updateMemo(id, edited);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        ArDocument after = *docs.document(id);
        QCOMPARE(after.status, ArStatus::Hold);
        QCOMPARE(after.description, QStringLiteral("Sales return"));
        QCOMPARE(after.date, Nov1);
        QCOMPARE(after.paymentTermsDays, 10);
        QCOMPARE(after.lines.size(), 2);
        QCOMPARE(after.subtotal, dec("115.00")); // 100 + (2 × 10 − 5)
        QCOMPARE(after.tax, dec("6.50"));        // 6.5 % of the Reduced line only
        QCOMPARE(after.total, dec("121.50"));
        QCOMPARE(after.adjustsId, 1);    // the adjusted statement kept
        QCOMPARE(after.taxes.size(), 1); // the old lines' tax replaced, not added to
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM ar_document_lines WHERE document_id = %1").arg(id)).toInt(),
            2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND entity = "
                                         "'credit_memo'"))
                     .toInt(),
                 1);

        // A category in use by a Hold memo stays; changed (any case), memos keep their tax until edited.
        Status refused = categories.remove(QStringLiteral("reduced"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("Hold CM %1").arg(id)), qPrintable(refused.message()));
        QVERIFY(categories.set(QStringLiteral("reduced"), true, true));
        QCOMPARE(categories.list()->size(), 3);
        QCOMPARE(docs.document(id)->tax, dec("6.50"));
        QVERIFY(docs.updateMemo(id, newMemoFrom(*docs.document(id))));
        QCOMPARE(docs.document(id)->tax, dec("8.50")); // 2 % + 6.5 % of 100 now
        QCOMPARE(docs.document(id)->total, dec("123.50"));

        // Released: the number, the due date from the edited terms; editing is refused.
        QVERIFY(docs.release({id}, Nov1));
        QCOMPARE(docs.document(id)->dueDate, QDate(2026, 11, 11));
        Status late = docs.updateMemo(id, edited);
        QVERIFY(!late.ok());
        QVERIFY2(late.message().contains(QStringLiteral("only a Hold memo is edited")), qPrintable(late.message()));
        QVERIFY(categories.remove(QStringLiteral("Reduced"))); // the released memo keeps its tax lines
        QCOMPARE(docs.document(id)->taxes.size(), 2);
        QCOMPARE(docs.document(id)->tax, dec("8.50"));
        QCOMPARE(categories.list()->size(), 2);
    }

    void numberAudit_namesEveryNumberAndAnyHole()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Numbers"));
        ArDocuments docs(t.db());
        const qint64 a = *docs.createMemo(creditMemo(c, "1.00", Nov1));
        const qint64 b = *docs.createMemo(creditMemo(c, "2.00", Nov1));
        const qint64 h = *docs.createMemo(creditMemo(c, "3.00", Nov1)); // stays Hold: no number
        QVERIFY(docs.release({a, b}, Nov1));
        auto dm = docs.cancel(a, Nov15);
        QVERIFY(dm);
        auto audits = NumberAudits(t.db()).check(QStringLiteral("credit_memo"));
        QVERIFY2(audits, qPrintable(audits.message()));
        QCOMPARE(audits->size(), 1);
        const NumberAudit &cm = audits->first();
        QVERIFY(cm.whole());
        QCOMPARE(cm.documents.size(), 2);
        QCOMPARE(cm.documents.first().number, QStringLiteral("CM-2026-000001"));
        QCOMPARE(cm.documents.first().reversedBy, QStringLiteral("DM-2026-000001"));
        QVERIFY(cm.documents.at(1).reversedBy.isEmpty());
        Q_UNUSED(h);
        // A number whose document is gone (behind Bursar's back) is named as a hole.
        QVERIFY(
            Sql(t.db(), QStringLiteral("UPDATE ar_documents SET number = NULL, status = 'hold' WHERE id = %1").arg(b))
                .exec()
                .ok());
        auto after = NumberAudits(t.db()).check(QStringLiteral("credit_memo"));
        QVERIFY(after);
        QVERIFY(!after->first().whole());
        QCOMPARE(after->first().holes, QStringList{QStringLiteral("CM-2026-000002")});
        QVERIFY(!NumberAudits(t.db()).check(QStringLiteral("memo")));
        QCOMPARE(NumberAudits(t.db()).check()->size(), 4);
    }

    void memoTax_fromCustomersRegionAtDocumentDate()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Seattle Co"), QStringLiteral("USD"), QStringLiteral("us"),
                                    QStringLiteral("wa"));
        QVERIFY(
            TaxTable(t.db()).set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("6.5"), QDate(2026, 1, 1)));
        QVERIFY(TaxTable(t.db()).set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("10.25"),
                                     QDate(2026, 11, 1)));
        ArDocuments docs(t.db());
        NewMemo m = creditMemo(c, "200.00", Oct15);
        m.lines = {line("Refund", "1", "200.00", "", "Standard")};
        const qint64 before = *docs.createMemo(m);
        m.date = Nov15;
        const qint64 after = *docs.createMemo(m);
        QCOMPARE(docs.document(before)->tax, dec("13"));   // 6.5 % on 2026-10-15
        QCOMPARE(docs.document(after)->tax, dec("20.50")); // 10.25 % from 2026-11-01
        QCOMPARE(docs.document(after)->total, dec("220.50"));
        QCOMPARE(docs.document(after)->taxes.size(), 1);
        QCOMPARE(docs.document(after)->taxes.first().line.rate, dec("10.25"));
    }

    void multiCurrencyCustomer_balancePerCurrency()
    {
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Two Currencies"));
        openStatement(t.db(), c, "100.00", Oct1, Nov1, QStringLiteral("USD"));
        const qint64 eur = openStatement(t.db(), c, "70.00", Oct1, Nov1, QStringLiteral("EUR"));
        const qint64 p = payment(t.db(), c, "50.00", Oct15, "EUR");
        QVERIFY(ArApplications(t.db()).applyAuto(ar(p, "payment"), Oct15));
        QCOMPARE(statementBalance(t, eur), dec("20"));
        auto balances = Aging(t.db()).balances(c, Nov1);
        QCOMPARE(balances->size(), 2);
        QCOMPARE(balances->at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(balances->at(0).balance, dec("20"));
        QCOMPARE(balances->at(1).balance, dec("100"));
        // An overpayment stays on the customer as unapplied: 100 owed, 130 paid, −30.
        const qint64 usd = payment(t.db(), c, "130.00", Oct15, "USD");
        QVERIFY(ArApplications(t.db()).applyAuto(ar(usd, "payment"), Oct15));
        QCOMPARE(ArDocuments(t.db()).document(usd)->remaining(), dec("30"));
        QCOMPARE(ArDocuments(t.db()).document(usd)->status, ArStatus::Open);
        QCOMPARE(Aging(t.db()).balances(c, Nov1)->at(1).balance, dec("-30"));
        auto report = Aging(t.db()).report(Nov1);
        QCOMPARE(report->totals.size(), 2);
        QVERIFY(report->proven());
    }

    void autoApplyMany_inOneTransaction()
    {
        TestDatabase t;
        const qint64 a = arCustomer(t.db(), QStringLiteral("Owes"));
        const qint64 b = arCustomer(t.db(), QStringLiteral("Owes nothing"));
        const qint64 s = openStatement(t.db(), a, "100.00", Oct1, Nov1);
        const qint64 p1 = payment(t.db(), a, "70.00", Oct15);
        const qint64 p2 = payment(t.db(), a, "50.00", Oct15);
        const qint64 p3 = payment(t.db(), b, "10.00", Oct15);
        auto r = ArApplications(t.db()).applyAutoAll({ar(p1, "payment"), ar(p2, "payment"), ar(p3, "payment")}, Nov1);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->applied, 2);
        QCOMPARE(r->applications.size(), 2);
        QCOMPARE(r->skipped.size(), 1);
        QCOMPARE(r->skipped.first().first.id, p3);
        QVERIFY2(r->skipped.first().second.contains(QStringLiteral("owes nothing")),
                 qPrintable(r->skipped.first().second));
        QCOMPARE(statementBalance(t, s), dec("0"));
        QCOMPARE(ArDocuments(t.db()).document(p2)->remaining(), dec("20")); // 30 of its 50 were needed
        // A Hold memo in the batch is skipped with its reason; nothing is written for it.
        const qint64 hold = *ArDocuments(t.db()).createMemo(creditMemo(a, "5.00", Oct15));
        const qint64 s2 = openStatement(t.db(), a, "8.00", Oct1, Nov1);
        auto again = ArApplications(t.db()).applyAutoAll({ar(hold, "credit_memo"), ar(p2, "payment")}, Nov1);
        QVERIFY(again);
        QCOMPARE(again->applied, 1);
        QCOMPARE(again->skipped.size(), 1);
        QVERIFY2(again->skipped.first().second.contains(QStringLiteral("release it first")),
                 qPrintable(again->skipped.first().second));
        QCOMPARE(statementBalance(t, s2), dec("0"));
        QCOMPARE(ArDocuments(t.db()).document(hold)->applied, dec("0"));
    }

    // Small balances: within the currency's tolerance a document is closed by an adjustment
    // memo of its own, applied on the day; the document itself keeps its total.
    void writeOff_closesSmallBalancesByAMemo()
    {
        TestDatabase t;
        WriteOffs w(t.db());
        QVERIFY(w.setTolerance(QStringLiteral("usd"), QStringLiteral("1.00")));
        QCOMPARE(w.tolerances()->at(QStringLiteral("USD")), dec("1"));
        const qint64 c = arCustomer(t.db(), QStringLiteral("Rounding"));
        // A statement paid 39.50 of 40.00: 0.50 is written off by a credit memo.
        const qint64 s = openStatement(t.db(), c, "40.00", Oct1, Nov1);
        QVERIFY(ArApplications(t.db()).applyAuto(ar(payment(t.db(), c, "39.50", Oct15), "payment"), Oct15));
        auto memo = w.writeOff(st(s), Nov1);
        QVERIFY2(memo, qPrintable(memo.message()));
        const ArDocument cm = *ArDocuments(t.db()).document(*memo);
        QCOMPARE(cm.kind, ArKind::CreditMemo);
        QCOMPARE(cm.total, dec("0.50"));
        QCOMPARE(cm.status, ArStatus::Closed);
        QVERIFY(cm.number.startsWith(QStringLiteral("CM-2026-")));
        QCOMPARE(cm.adjustsId, s);
        QCOMPARE(statementBalance(t, s), dec("0"));
        QCOMPARE(statementStatus(t, s), QStringLiteral("closed"));
        QCOMPARE(
            *Decimal::parse(t.scalar(QStringLiteral("SELECT total FROM statements WHERE id = %1").arg(s)).toString()),
            dec("40")); // the statement itself never changes
        // A payment of 100.30 on 100.00 owed: the 0.30 left is written off by a debit memo.
        const qint64 s2 = openStatement(t.db(), c, "100.00", Oct1, Nov1);
        const qint64 p = payment(t.db(), c, "100.30", Oct15);
        QVERIFY(ArApplications(t.db()).applyAuto(ar(p, "payment"), Oct15));
        QCOMPARE(ArDocuments(t.db()).document(p)->remaining(), dec("0.30"));
        auto dm = w.writeOff(ar(p, "payment"), Nov1);
        QVERIFY2(dm, qPrintable(dm.message()));
        QCOMPARE(ArDocuments(t.db()).document(*dm)->kind, ArKind::DebitMemo);
        QCOMPARE(ArDocuments(t.db()).document(*dm)->status, ArStatus::Closed);
        QCOMPARE(ArDocuments(t.db()).document(p)->status, ArStatus::Closed);
        QCOMPARE(statementStatus(t, s2), QStringLiteral("closed"));
        QVERIFY(Aging(t.db()).balances(c, Dec1)->isEmpty()); // nothing owed, nothing unapplied
        QVERIFY(Aging(t.db()).report(Dec1)->proven());

        // Refused, and nothing changes: more than the tolerance, no tolerance for the
        // currency, nothing left, before the document's date, a bad tolerance.
        const qint64 big = openStatement(t.db(), c, "1.01", Oct1, Nov1);
        const qint64 eur = openStatement(t.db(), c, "0.10", Oct1, Nov1, QStringLiteral("EUR"));
        const qint64 small = openStatement(t.db(), c, "0.20", Oct1, Nov1);
        const qint64 documents = t.scalar(QStringLiteral("SELECT COUNT(*) FROM ar_documents")).toLongLong();
        const qint64 entries = t.scalar(QStringLiteral("SELECT COUNT(*) FROM allocations")).toLongLong();
        struct Refusal
        {
            ArRef ref;
            QDate on;
            const char *field;
            const char *says;
        };
        for (const Refusal &r : {Refusal{st(big), Nov1, "amount", "more than the write-off tolerance of 1.00 USD"},
                                 Refusal{st(eur), Nov1, "tolerance", "no write-off tolerance for EUR"},
                                 Refusal{st(s), Nov1, "document", "nothing left to write off"},
                                 Refusal{st(small), QDate(2026, 9, 30), "date", "before it"}}) {
            auto refused = w.writeOff(r.ref, r.on);
            QVERIFY(!refused);
            QCOMPARE(refused.error().field, QString::fromLatin1(r.field));
            QVERIFY2(refused.message().contains(QString::fromUtf8(r.says)), qPrintable(refused.message()));
        }
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM ar_documents")).toLongLong(), documents);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM allocations")).toLongLong(), entries);
        QCOMPARE(statementStatus(t, big), QStringLiteral("open"));
        for (const char *bad : {"-1", "1.001", "one"})
            QCOMPARE(w.setTolerance(QStringLiteral("USD"), QString::fromLatin1(bad)).error().field,
                     QStringLiteral("tolerance"));
        QCOMPARE(w.setTolerance(QStringLiteral("XYZ"), QStringLiteral("1")).error().field, QStringLiteral("currency"));
        QCOMPARE(w.tolerances()->at(QStringLiteral("USD")), dec("1"));
        QVERIFY(w.setTolerance(QStringLiteral("USD"), QStringLiteral("0"))); // removed
        QVERIFY(w.tolerances()->empty());
    }

    // ---- bad input: a clear message naming document, field and fix; nothing changes ------
    void badInput_refusedAndNothingChanges_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        // Set-up (see the test): customer A with statements S1 (60, 2026-10-01) and S2 (80),
        // a draft statement D, CM1 (100, Open, 2026-10-15), CM2 Hold, payment P (50, Open);
        // customer B with statement SB; A's EUR statement SE.
        auto apply = [](const char *from, const char *to, const char *amount, QDate on = QDate(2026, 11, 1)) {
            return Operation([=](Database &db) -> Status {
                ArApplications apps(db);
                auto f = apps.resolve(QString::fromLatin1(from));
                auto tt = apps.resolve(QString::fromLatin1(to));
                if (!f || !tt)
                    return f ? Status(tt.error()) : Status(f.error());
                return asStatus(apps.apply(*f, {{*tt, dec(amount)}}, on));
            });
        };
        QTest::newRow("more than available, over two statements")
            << Operation([](Database &db) -> Status {
                   ArApplications apps(db);
                   return asStatus(apps.apply({QStringLiteral("credit_memo"), 1},
                                              {{*apps.resolve(QStringLiteral("INV-T-1")), dec("60")},
                                               {*apps.resolve(QStringLiteral("INV-T-2")), dec("40.01")}},
                                              QDate(2026, 11, 1)));
               })
            << "amount"
            << "100.00 USD available; 100.01 USD cannot be applied";
        QTest::newRow("more than the balance") << apply("CM-2026-000001", "INV-T-1", "60.01") << "amount"
                                               << "balance of 60.00 USD";
        QTest::newRow("more than the source has") << apply("PAY-2026-000001", "INV-T-2", "50.01") << "amount"
                                                  << "50.00 USD available";
        QTest::newRow("another customer's") << apply("CM-2026-000001", "INV-T-4", "1.00") << "to"
                                            << "own customer";
        QTest::newRow("another currency") << apply("CM-2026-000001", "INV-T-5", "1.00") << "to"
                                          << "own currency";
        QTest::newRow("a Hold memo") << Operation([](Database &db) -> Status {
            ArApplications apps(db);
            return asStatus(apps.apply({QStringLiteral("credit_memo"), 2},
                                       {{*apps.resolve(QStringLiteral("INV-T-1")), dec("1")}}, QDate(2026, 11, 1)));
        }) << "from"
                                     << "release it first";
        QTest::newRow("to a Draft statement") << apply("CM-2026-000001", "statement:3", "1.00") << "to"
                                              << "approve it first";
        QTest::newRow("dated before the source")
            << apply("CM-2026-000001", "INV-T-1", "1.00", QDate(2026, 10, 14)) << "date"
            << "Date it 2026-10-15 or later";
        QTest::newRow("more decimals than USD") << apply("CM-2026-000001", "INV-T-1", "1.001") << "amount"
                                                << "3 decimals";
        QTest::newRow("zero") << apply("CM-2026-000001", "INV-T-1", "0") << "amount"
                              << "above zero";
        QTest::newRow("release twice") << Operation([](Database &db) { return asStatus(ArDocuments(db).release({1})); })
                                       << "status"
                                       << "not Hold";
        QTest::newRow("delete an Open memo")
            << Operation([](Database &db) { return ArDocuments(db).deleteMemos({1}); }) << "status"
            << "Cancel it instead";
        QTest::newRow("unknown document") << apply("CM-2099-000001", "INV-T-1", "1") << "document"
                                          << "no document";
        QTest::newRow("memo with an unknown tax category") << Operation([](Database &db) {
            NewMemo m = creditMemo(100001, "1.00", QDate(2026, 11, 1));
            m.lines.first().taxCategory = QStringLiteral("Luxury");
            return asStatus(ArDocuments(db).createMemo(m));
        }) << "tax_category"
                                                           << "Credit Memo for customer #100001: Line 1";
        QTest::newRow("memo adjusting another customer's statement") << Operation([](Database &db) {
            NewMemo m = creditMemo(100001, "1.00", QDate(2026, 11, 1));
            m.adjusts = QStringLiteral("INV-T-4");
            return asStatus(ArDocuments(db).createMemo(m));
        }) << "adjusts"
                                                                     << "own customer";
        QTest::newRow("edit an Open memo") << Operation([](Database &db) {
            return ArDocuments(db).updateMemo(1, creditMemo(100001, "1.00", QDate(2026, 11, 1)));
        }) << "status"
                                           << "only a Hold memo is edited";
        QTest::newRow("edit a memo onto another customer") << Operation([](Database &db) {
            return ArDocuments(db).updateMemo(2, creditMemo(100002, "1.00", QDate(2026, 11, 1)));
        }) << "customer"
                                                           << "its type and customer stay";
        QTest::newRow("edit a memo into a debit memo") << Operation([](Database &db) {
            NewMemo m = creditMemo(100001, "1.00", QDate(2026, 11, 1));
            m.kind = ArKind::DebitMemo;
            return ArDocuments(db).updateMemo(2, m);
        }) << "customer"
                                                       << "its type and customer stay";
        QTest::newRow("edit a memo to a negative price") << Operation([](Database &db) {
            return ArDocuments(db).updateMemo(2, creditMemo(100001, "-1.00", QDate(2026, 11, 1)));
        }) << "price"
                                                         << "Credit Memo for customer #100001: Line 1";
        QTest::newRow("edit a memo to adjust itself") << Operation([](Database &db) {
            NewMemo m = creditMemo(100001, "1.00", QDate(2026, 11, 1));
            m.adjusts = QStringLiteral("2");
            return ArDocuments(db).updateMemo(2, m);
        }) << "adjusts"
                                                      << "cannot adjust itself";
        QTest::newRow("edit a memo that does not exist") << Operation([](Database &db) {
            return ArDocuments(db).updateMemo(99, creditMemo(100001, "1.00", QDate(2026, 11, 1)));
        }) << "document"
                                                         << "99";
        QTest::newRow("tax category without a name")
            << Operation([](Database &db) { return TaxCategories(db).set(QStringLiteral("  "), true, true); }) << "name"
            << "needs a name";
        QTest::newRow("tax category with a bar")
            << Operation([](Database &db) { return TaxCategories(db).set(QStringLiteral("A|B"), true, true); })
            << "name"
            << "separates a memo line";
        QTest::newRow("remove an unknown tax category")
            << Operation([](Database &db) { return TaxCategories(db).remove(QStringLiteral("Luxury")); }) << "name"
            << "no tax category “Luxury”";
        QTest::newRow("payment with too many decimals") << Operation([](Database &db) {
            return asStatus(ArDocuments(db).recordPayment(
                {100001, QStringLiteral("10.005"), QStringLiteral("USD"), QDate(2026, 11, 1), {}, {}}));
        }) << "amount"
                                                        << "3 decimals";
        QTest::newRow("negative payment") << Operation([](Database &db) {
            return asStatus(ArDocuments(db).recordPayment(
                {100001, QStringLiteral("-10"), QStringLiteral("USD"), QDate(2026, 11, 1), {}, {}}));
        }) << "amount"
                                          << "positive";
    }
    void badInput_refusedAndNothingChanges()
    {
        QFETCH(Operation, operation);
        QFETCH(QString, field);
        QFETCH(QString, says);
        TestDatabase t;
        const qint64 a = arCustomer(t.db(), QStringLiteral("Customer A"));
        QCOMPARE(a, 100001);
        openStatement(t.db(), a, "60.00", Oct1, Oct15);                                                 // 1
        openStatement(t.db(), a, "80.00", Oct1, Nov15);                                                 // 2
        openStatement(t.db(), a, "10.00", Oct1, Nov15, QStringLiteral("USD"), QStringLiteral("draft")); // 3
        const qint64 b = arCustomer(t.db(), QStringLiteral("Customer B"));
        openStatement(t.db(), b, "10.00", Oct1, Nov15);                        // 4
        openStatement(t.db(), a, "10.00", Oct1, Nov15, QStringLiteral("EUR")); // 5
        QCOMPARE(releasedCreditMemo(t.db(), a, "100.00", Oct15), 1);
        QCOMPARE(*ArDocuments(t.db()).createMemo(creditMemo(a, "5.00", Oct15)), 2);
        payment(t.db(), a, "50.00", Oct15);
        const QString before = fingerprint(t);
        Status s = operation(t.db());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
        QVERIFY2(s.message().contains(says), qPrintable(s.message()));
        QCOMPARE(fingerprint(t), before);
    }

    // ---- privileges, enforced in core ---------------------------------------------------
    void everyWrite_needsItsPrivilege_data()
    {
        QTest::addColumn<int>("privilege");
        QTest::addColumn<Operation>("operation");
        QTest::newRow("create memo") << int(Privilege::ArdocsCreate) << Operation([](Database &db) {
            return asStatus(ArDocuments(db).createMemo(creditMemo(100001, "1.00", QDate(2026, 11, 1))));
        });
        QTest::newRow("multi-line memo") << int(Privilege::CreateMultilinedMemo) << Operation([](Database &db) {
            NewMemo m = creditMemo(100001, "1.00", QDate(2026, 11, 1));
            m.lines << line("Second", "1", "2.00");
            return asStatus(ArDocuments(db).createMemo(m));
        });
        QTest::newRow("delete memo") << int(Privilege::ArdocsCreate)
                                     << Operation([](Database &db) { return ArDocuments(db).deleteMemos({2}); });
        QTest::newRow("release memo") << int(Privilege::ReleaseArdocs)
                                      << Operation([](Database &db) { return asStatus(ArDocuments(db).release({2})); });
        QTest::newRow("cancel memo") << int(Privilege::ReleaseArdocs) << Operation([](Database &db) {
            return asStatus(ArDocuments(db).cancel(3, QDate(2026, 11, 1)));
        });
        QTest::newRow("record payment") << int(Privilege::RecordPayments) << Operation([](Database &db) {
            return asStatus(ArDocuments(db).recordPayment(
                {100001, QStringLiteral("10"), QStringLiteral("USD"), QDate(2026, 11, 1), {}, {}}));
        });
        QTest::newRow("apply") << int(Privilege::ApplyArdocs) << Operation([](Database &db) {
            return asStatus(ArApplications(db).apply({QStringLiteral("credit_memo"), 1},
                                                     {{{QStringLiteral("statement"), 1}, dec("1")}},
                                                     QDate(2026, 11, 1)));
        });
        QTest::newRow("unapply") << int(Privilege::ApplyArdocs) << Operation([](Database &db) {
            return asStatus(ArApplications(db).unapply(1, QDate(2026, 11, 1)));
        });
        QTest::newRow("edit memo") << int(Privilege::ArdocsCreate) << Operation([](Database &db) {
            return ArDocuments(db).updateMemo(2, creditMemo(100001, "6.00", QDate(2026, 10, 15)));
        });
        QTest::newRow("edit memo to many lines") << int(Privilege::CreateMultilinedMemo) << Operation([](Database &db) {
            NewMemo m = creditMemo(100001, "6.00", QDate(2026, 10, 15));
            m.lines << line("Second", "1", "2.00");
            return ArDocuments(db).updateMemo(2, m);
        });
        QTest::newRow("set tax category")
            << int(Privilege::ManageSettings)
            << Operation([](Database &db) { return TaxCategories(db).set(QStringLiteral("Reduced"), false, true); });
        QTest::newRow("remove tax category")
            << int(Privilege::ManageSettings)
            << Operation([](Database &db) { return TaxCategories(db).remove(QStringLiteral("Exempt")); });
    }
    void everyWrite_needsItsPrivilege()
    {
        QFETCH(int, privilege);
        QFETCH(Operation, operation);
        const auto needed = Privilege(privilege);
        TestDatabase t;
        const qint64 c = arCustomer(t.db(), QStringLiteral("Privileged"));
        openStatement(t.db(), c, "60.00", Oct1, Oct15);
        const qint64 cm = releasedCreditMemo(t.db(), c, "10.00", Oct15); // 1, applied once
        QVERIFY(ArApplications(t.db()).apply(ar(cm, "credit_memo"), {{st(1), dec("2")}}, Oct15));
        QCOMPARE(*ArDocuments(t.db()).createMemo(creditMemo(c, "5.00", Oct15)), 2); // Hold
        QCOMPARE(releasedCreditMemo(t.db(), c, "7.00", Oct15), 3);                  // Open, unapplied
        UserService u(t.db());
        const QList<Privilege> all = allPrivileges();
        QSet<Privilege> allButNeeded(all.cbegin(), all.cend());
        allButNeeded.remove(needed);
        QSet<Privilege> only{needed};
        if (needed == Privilege::CreateMultilinedMemo)
            only.insert(Privilege::ArdocsCreate);
        QVERIFY(u.add(QStringLiteral("lacking"), {}, allButNeeded).ok());
        QVERIFY(u.add(QStringLiteral("only"), {}, only).ok());
        const QString before = fingerprint(t);
        QVERIFY(t->actAs(QStringLiteral("lacking")).ok());
        Status refused = operation(t.db());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("privilege"));
        QVERIFY2(refused.message().contains(privilegeKey(needed)), qPrintable(refused.message()));
        QVERIFY2(refused.message().startsWith(QStringLiteral("lacking may not")), qPrintable(refused.message()));
        QCOMPARE(fingerprint(t), before);
        QVERIFY(t->actAs(QStringLiteral("only")).ok());
        Status allowed = operation(t.db());
        QVERIFY2(allowed.ok(), qPrintable(allowed.message()));
    }
};

QTEST_GUILESS_MAIN(TestArDocuments)
#include "tst_ar_documents.moc"
