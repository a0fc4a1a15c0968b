// Issue as Customer Credit (issue 17): a vendor credit from the usage files passed on as a
// customer credit, rounded to the currency's units, once, on SQLite and PostgreSQL.
#include "core/billing/credit_service.h"
#include "core/customers/customer_service.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"
#include "tests/support/test_database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace bursar::core;
using namespace bursar::test;

namespace {

// A FinOps export (FOCUS 1.0) with the vendor's credits as ChargeCategory "Credit", as AWS
// Data Exports writes them: negative BilledCost, on the account that earned them.
const QByteArray FocusHeader =
    "BilledCost,ListCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargeCategory,"
    "ChargeClass,ProviderName,PublisherName,SubAccountId,ServiceName,ServiceCategory,ConsumedQuantity,PricingUnit\n";

QByteArray creditRow(const QByteArray &cost, const QByteArray &account, const QByteArray &service,
                     const QByteArray &currency = "USD")
{
    return cost + ",," + currency +
           ",2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03T00:00:00Z,Credit,,AWS,\"Amazon Web Services, "
           "Inc.\"," +
           account + ',' + service + ",Compute,1,Hrs\n";
}

QByteArray usageRow(const QByteArray &cost, const QByteArray &account)
{
    return cost +
           ",,USD,2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,2026-09-03T00:00:00Z,Usage,,AWS,\"Amazon Web "
           "Services, Inc.\"," +
           account + ",Amazon EC2,Compute,1.5,Hrs\n";
}

VendorCredit entry(const QString &currency, const char *amount, qint64 customer = 100001)
{
    VendorCredit c;
    c.vendor = Vendor::Aws;
    c.customerId = customer;
    c.accountId = QStringLiteral("111122223333");
    c.period = QStringLiteral("2026-09");
    c.product = QStringLiteral("Amazon EC2");
    c.currency = currency;
    c.amount = *WideDecimal::parseVendor(QByteArray(amount));
    return c;
}

} // namespace

class TstVendorCreditIssue : public QObject
{
    Q_OBJECT

    struct Imported
    {
        qint64 acme = 0;
        qint64 globex = 0;
    };

    /// Two mapped accounts with credits (one of them in two rows of one key, and one in EUR),
    /// and one account nobody is mapped to yet.
    Imported importCredits(TestDatabase &t)
    {
        const QString path = t.dir() + QStringLiteral("/focus-credits.csv");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(FocusHeader + usageRow("410.00", "111122223333") + creditRow("-12.345", "111122223333", "Amazon EC2") +
                creditRow("-0.0051", "111122223333", "Amazon EC2") +
                creditRow("-40", "444455556666", "Amazon S3", "EUR") + creditRow("-7.5", "777788889999", "Amazon S3"));
        f.close();
        if (!UsageImporter(t.db()).importFile(path, {}).ok())
            qFatal("import failed");
        CustomerService customers(t.db());
        Imported out;
        out.acme = *customers.addCustomer(named(QStringLiteral("Acme")));
        out.globex = *customers.addCustomer(named(QStringLiteral("Globex")));
        if (!customers.mapAccount({Vendor::Aws, QStringLiteral("111122223333"), out.acme, {}}).ok() ||
            !customers.mapAccount({Vendor::Aws, QStringLiteral("444455556666"), out.globex, {}}).ok())
            qFatal("mapping failed");
        return out;
    }

    QList<VendorCredit> read(TestDatabase &t)
    {
        auto list =
            UsageImporter(t.db()).vendorCredits(Vendor::Aws, QStringLiteral("2026-09"), QStringLiteral("2026-09"));
        if (!list)
            qFatal("%s", qPrintable(list.message()));
        return *list;
    }

    static const VendorCredit *find(const QList<VendorCredit> &list, const QString &account)
    {
        for (const VendorCredit &c : list)
            if (c.accountId == account)
                return &c;
        return nullptr;
    }

private Q_SLOTS:
    /// Worked by hand: the amount owed is the vendor's credit without its sign, cut to 18
    /// places toward zero (as the window shows it), then rounded half up to the currency's
    /// minor units. Refusals carry the field the clerk fixes.
    void fromVendorCredit_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<qint64>("customer");
        QTest::addColumn<qint64>("issued");
        QTest::addColumn<QString>("expected"); // the amount typed into Add Credit
        QTest::addColumn<QString>("field");    // or the refusal's field
        QTest::newRow("cents down") << "USD" << QByteArray("-8.1222") << 100001LL << 0LL << "8.12"
                                    << "";
        QTest::newRow("half a cent up") << "USD" << QByteArray("-579.005") << 100001LL << 0LL << "579.01"
                                        << "";
        QTest::newRow("just under half a cent")
            << "USD" << QByteArray("-0.004999999999999999999") << 100001LL << 0LL << ""
            << "rounds_to_zero";
        QTest::newRow("half a cent alone") << "USD" << QByteArray("-0.005") << 100001LL << 0LL << "0.01"
                                           << "";
        QTest::newRow("dust") << "USD" << QByteArray("-0.000000020226") << 100001LL << 0LL << ""
                              << "rounds_to_zero";
        QTest::newRow("yen") << "JPY" << QByteArray("-1234.5") << 100001LL << 0LL << "1235"
                             << "";
        QTest::newRow("dinar, three places") << "KWD" << QByteArray("-10.1235") << 100001LL << 0LL << "10.124"
                                             << "";
        QTest::newRow("nine digits") << "EUR" << QByteArray("-987654321.994999") << 100001LL << 0LL << "987654321.99"
                                     << "";
        QTest::newRow("a charge, not a credit") << "EUR" << QByteArray("5.00") << 100001LL << 0LL << ""
                                                << "amount";
        QTest::newRow("unmapped account") << "USD" << QByteArray("-7.5") << 0LL << 0LL << ""
                                          << "customer";
        QTest::newRow("issued already") << "USD" << QByteArray("-7.5") << 100001LL << 42LL << ""
                                        << "vendor_credit";
        QTest::newRow("unknown currency") << "XYZ" << QByteArray("-7.5") << 100001LL << 0LL << ""
                                          << "currency";
    }
    void fromVendorCredit()
    {
        QFETCH(QString, currency);
        QFETCH(QByteArray, amount);
        QFETCH(qint64, customer);
        QFETCH(qint64, issued);
        QFETCH(QString, expected);
        QFETCH(QString, field);
        VendorCredit c = entry(currency, amount.constData(), customer);
        c.issuedCreditId = issued;
        auto input = CreditService::fromVendorCredit(c);
        if (!field.isEmpty()) {
            QVERIFY(!input);
            QCOMPARE(input.error().field, field);
            QVERIFY2(input.message().contains(QStringLiteral("111122223333")), qPrintable(input.message()));
            return;
        }
        QVERIFY2(input.ok(), qPrintable(input.message()));
        QCOMPARE(input->amount, expected);
        QCOMPARE(input->currency, currency);
        QCOMPARE(input->customerId, customer);
        QCOMPARE(input->kind, CreditKind::Manual);
        QCOMPARE(input->comment, QStringLiteral("Vendor credit: Amazon EC2, account 111122223333, 2026-09"));
    }

    /// Issued once: the entry names its credit, a second issue (a stale list, another
    /// desktop) is refused naming the credit, and voiding the credit frees the entry.
    void issue_once_thenAgainAfterVoid()
    {
        TestDatabase t;
        const Imported ids = importCredits(t);
        QList<VendorCredit> list = read(t);
        QCOMPARE(list.size(), 3);
        const VendorCredit acme = *find(list, QStringLiteral("111122223333"));
        QCOMPARE(acme.amount.toString(), QStringLiteral("-12.3501")); // both rows of the key
        QCOMPARE(acme.issuedCreditId, 0);
        auto issued = CreditService(t.db()).issueVendorCredits({acme, *find(list, QStringLiteral("444455556666"))});
        QVERIFY2(issued.ok(), qPrintable(issued.message()));
        QCOMPARE(issued->size(), 2);
        auto credit = CreditService(t.db()).credit(issued->at(0));
        QVERIFY(credit.ok());
        QCOMPARE(credit->customerId, ids.acme);
        QCOMPARE(credit->amount.toString(), QStringLiteral("-12.35"));
        QCOMPARE(credit->currency, QStringLiteral("USD"));
        auto euro = CreditService(t.db()).credit(issued->at(1));
        QCOMPARE(euro->customerId, ids.globex);
        QCOMPARE(euro->amount.toString(), QStringLiteral("-40"));
        QCOMPARE(euro->currency, QStringLiteral("EUR"));
        list = read(t);
        QCOMPARE(find(list, QStringLiteral("111122223333"))->issuedCreditId, issued->at(0));
        QCOMPARE(find(list, QStringLiteral("444455556666"))->issuedCreditId, issued->at(1));
        QCOMPARE(find(list, QStringLiteral("777788889999"))->issuedCreditId, 0);

        // The list read before the issue still says "not issued": the database refuses.
        auto again = CreditService(t.db()).issueVendorCredits({acme});
        QVERIFY(!again);
        QCOMPARE(again.error().field, QStringLiteral("vendor_credit"));
        QVERIFY2(again.message().contains(QStringLiteral("issued already as credit %1").arg(issued->at(0))),
                 qPrintable(again.message()));
        // So does a second desktop, through Add Credit with the entry's key.
        t.reopen();
        NewCredit typed = *CreditService::fromVendorCredit(acme);
        auto second = CreditService(t.db()).add(typed, vendorCreditKey(acme));
        QVERIFY(!second);
        QCOMPARE(second.error().field, QStringLiteral("vendor_credit"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM credits")).toInt(), 2);

        QVERIFY(CreditService(t.db()).voidCredit(issued->at(0), QStringLiteral("issued to the wrong customer")).ok());
        list = read(t);
        QCOMPARE(find(list, QStringLiteral("111122223333"))->issuedCreditId, 0);
        typed.amount = QStringLiteral("10.00"); // the clerk passes on part of it this time
        auto reissued = CreditService(t.db()).add(typed, vendorCreditKey(acme));
        QVERIFY2(reissued.ok(), qPrintable(reissued.message()));
        QCOMPARE(read(t).size(), 3);
        QCOMPARE(find(read(t), QStringLiteral("111122223333"))->issuedCreditId, *reissued);
    }

    /// Two standing credits for one vendor credit cannot exist even when a writer skips the
    /// check: the unique index refuses, while a voided one may share the key.
    void uniqueIndex_refusesASecondStandingCredit()
    {
        TestDatabase t;
        importCredits(t);
        const QList<VendorCredit> list = read(t);
        auto first = CreditService(t.db()).issueVendorCredits({*find(list, QStringLiteral("111122223333"))});
        QVERIFY(first.ok());
        NewCredit other = *CreditService::fromVendorCredit(*find(list, QStringLiteral("444455556666")));
        auto plain = CreditService(t.db()).add(other); // no key: an ordinary credit
        QVERIFY(plain.ok());
        QSqlQuery q(t->connection().db);
        const QString copyKey =
            QStringLiteral("UPDATE credits SET vendor_credit = (SELECT vendor_credit FROM credits WHERE id = %1) "
                           "WHERE id = %2")
                .arg(first->first())
                .arg(*plain);
        QVERIFY2(!q.exec(copyKey), "a second standing credit for one vendor credit was stored");
        QVERIFY(CreditService(t.db()).voidCredit(*plain, QStringLiteral("typed twice")).ok());
        QVERIFY2(q.exec(copyKey), qPrintable(q.lastError().text()));
    }

    /// A selection is issued whole or not at all: one entry without a customer refuses them
    /// all, naming its account, and nothing is written. One that rounds to nothing is
    /// passed over with id 0.
    void issue_allOrNone()
    {
        TestDatabase t;
        importCredits(t);
        const QList<VendorCredit> list = read(t);
        auto refused = CreditService(t.db()).issueVendorCredits(list);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("customer"));
        QVERIFY2(refused.message().contains(QStringLiteral("777788889999")), qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("Unmapped Accounts")), qPrintable(refused.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM credits")).toInt(), 0);

        VendorCredit dust = *find(list, QStringLiteral("111122223333"));
        dust.amount = *WideDecimal::parseVendor("-0.004");
        auto mixed = CreditService(t.db()).issueVendorCredits({dust, *find(list, QStringLiteral("444455556666"))});
        QVERIFY2(mixed.ok(), qPrintable(mixed.message()));
        QCOMPARE(mixed->at(0), 0);
        QVERIFY(mixed->at(1) > 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM credits")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TstVendorCreditIssue)
#include "tst_vendor_credit_issue.moc"
