// Randomized property test of credits and statements (fixed seed). Each scenario is a new
// customer on whom usage imports, credits, Generate (random switches and period), Delete,
// re-Generate and Approve happen in random order, through the real services. A model kept
// by the test says what must be true, and after every step:
//  - every credit: issued = applied + remaining, where applied is what the live statements
//    the model knows allocated from it, and 0 >= remaining >= issued (never over-applied);
//  - no statement total below 0, and total = charges + credits + marketplace fees +
//    marketplace credits + tax, each part equal to its lines (rounded once);
//  - a statement's charges are exactly the customer's usage of that period at its price:
//    nothing billed twice, nothing left out; usage of a billed period is refused;
//  - credits applied = the smaller of the charges and the usable credits.
// At the end: statement numbers are gapless and no usage total is on two statements.
// SQLite runs 10,000 scenarios in four CTest shards (BURSAR_SHARD); PostgreSQL runs 1,000.
#include "core/billing/billing_run.h"
#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/domain/billing_period.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/internal/sql.h"
#include "tests/support/test_database.h"
#include "tests/support/usage_fixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <map>

using namespace bursar::core;
using bursar::test::TestDatabase;
using Row = bursar::test::UsageRow;

namespace {

const QStringList Periods{QStringLiteral("2026-07"), QStringLiteral("2026-08"), QStringLiteral("2026-09")};

struct ModelCredit
{
    qint64 id;
    CreditKind kind;
    Decimal issued; // negative
    QDate expires;
};

struct ModelStatement
{
    qint64 id;
    QString period;
    bool approved = false;
    std::map<qint64, Decimal> allocated; // credit -> amount (negative)
};

/// What the test knows of one scenario's customer.
struct Model
{
    qint64 customer = 0;
    QString account;
    QString currency;
    int minor = 2;
    int percent = 0;
    bool taxed = false;
    std::map<QString, Decimal> usage;       // period -> vendor cost of charges (not marketplace)
    std::map<QString, Decimal> marketplace; // period -> marketplace cost
    QList<ModelCredit> credits;
    std::map<QString, ModelStatement> statements; // period -> its statement
};

QString amountText(QRandomGenerator &rng, int minor, qint64 maxUnits)
{
    const qint64 units = 1 + qint64(rng.bounded(quint64(maxUnits)));
    if (minor == 0)
        return QString::number(units);
    const quint32 scale = minor == 3 ? 1000 : 100;
    const int cents = int(rng.bounded(scale));
    return QStringLiteral("%1.%2").arg(units).arg(cents, minor, 10, QChar(u'0'));
}

} // namespace

class TestBillingProperty : public QObject
{
    Q_OBJECT

    TestDatabase *m_t = nullptr;
    QRandomGenerator m_rng{20261202};
    qint64 m_books[4] = {};
    const int m_percents[4] = {0, 10, -5, 25};
    int m_files = 0;
    int m_steps = 0;

    Database &db() { return m_t->db(); }

    void importUsage(Model &m)
    {
        const QString period = Periods.at(int(m_rng.bounded(quint32(Periods.size()))));
        QList<Row> rows;
        Decimal charges, market;
        const int n = 1 + int(m_rng.bounded(3));
        for (int i = 0; i < n; ++i) {
            Row r;
            r.account = m.account.toLatin1();
            r.period = period.toLatin1();
            r.currency = m.currency.toLatin1();
            r.product = i % 2 ? "Amazon S3" : "Amazon EC2";
            // Up to 4 decimals of cost, a refund now and then, marketplace sometimes.
            const int kind = int(m_rng.bounded(10));
            QString cost =
                QStringLiteral("%1.%2").arg(m_rng.bounded(5000)).arg(m_rng.bounded(10000), 4, 10, QChar(u'0'));
            if (kind == 0) {
                r.category = "Adjustment";
                cost = QStringLiteral("-%1").arg(m_rng.bounded(40)) + QStringLiteral(".5");
            } else if (kind == 1) {
                r.publisher = "Acme Security LLC";
            }
            r.cost = cost.toLatin1();
            (kind == 1 ? market : charges) += *Decimal::parse(cost);
            rows.append(r);
        }
        auto imported = bursar::test::importRows(*m_t, rows);
        const bool locked = m.statements.count(period) > 0;
        if (locked) {
            QVERIFY2(!imported.ok(), "usage of a billed period was imported");
            QVERIFY2(imported.message().contains(QStringLiteral("locked")) ||
                         imported.message().contains(QStringLiteral("approved")),
                     qPrintable(imported.message()));
            return;
        }
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        m.usage[period] += charges;
        m.marketplace[period] += market;
    }

    void addCredit(Model &m)
    {
        NewCredit n;
        n.customerId = m.customer;
        n.vendor = Vendor::Aws;
        n.kind = m_rng.bounded(4) == 0 ? CreditKind::Marketplace : CreditKind::Manual;
        n.currency = m.currency;
        n.amount = amountText(m_rng, m.minor, m.minor == 0 ? 500000 : 3000);
        if (m_rng.bounded(3) == 0)
            n.expiresOn = QDate(2026, 7 + int(m_rng.bounded(4)), 15);
        auto id = CreditService(db()).add(n);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        m.credits.append({*id, n.kind, -*Decimal::parse(n.amount), n.expiresOn});
    }

    /// The model's applied amount of each credit: what its live statements allocated.
    Decimal modelApplied(const Model &m, qint64 credit) const
    {
        Decimal sum;
        for (const auto &[period, s] : m.statements)
            if (auto it = s.allocated.find(credit); it != s.allocated.end())
                sum += it->second;
        return sum;
    }

    void generate(Model &m)
    {
        const QString period = Periods.at(int(m_rng.bounded(quint32(Periods.size()))));
        BillingOptions o;
        o.applyCredits = m_rng.bounded(3) != 0;
        o.includeTax = m_rng.bounded(2) != 0;
        o.marketplaceFees = m_rng.bounded(2) != 0;
        o.marketplaceCredits = m_rng.bounded(2) != 0;
        // What the credits could pay before the run: the model's credits, usable in the period.
        const QDate start = periodStartDate(period);
        Decimal usableManual, usableMarketplace;
        for (const ModelCredit &c : std::as_const(m.credits))
            if (!c.expires.isValid() || c.expires >= start)
                (c.kind == CreditKind::Manual ? usableManual : usableMarketplace) +=
                    -(c.issued - modelApplied(m, c.id));

        GenerateRequest r;
        r.vendor = Vendor::Aws;
        r.period = period;
        r.options = o;
        r.customers = QList<qint64>{m.customer};
        auto run = BillingRun(db()).generate(r);
        QVERIFY2(run.ok(), qPrintable(run.message()));
        const bool had = m.statements.count(period) > 0;
        const bool usage = m.usage.count(period) > 0 || m.marketplace.count(period) > 0;
        if (had || !usage) {
            QCOMPARE(run->generated.size(), 0);
            QCOMPARE(run->skipped.size(), 1);
            return;
        }
        const Decimal factor = Decimal::fromInt(100 + m_percents[m.percent]);
        const Decimal expectedExact = m.usage[period]
                                          .multiplied(factor, 18, Rounding::HalfEven)
                                          .divided(Decimal::fromInt(100), 18, Rounding::HalfEven);
        const Decimal expectedCharges = expectedExact.rounded(m.minor, Rounding::HalfUp);
        const Decimal expectedMarket =
            o.marketplaceFees ? m.marketplace[period].rounded(m.minor, Rounding::HalfUp) : Decimal();
        if (expectedCharges.isNegative() || expectedMarket.isNegative()) {
            QCOMPARE(run->failed.size(), 1);
            QVERIFY(run->failed.first().message.contains(QStringLiteral("never goes below 0.00")));
            return;
        }
        QCOMPARE(run->failed.size(), 0);
        QCOMPARE(run->generated.size(), 1);
        const Statement s = *StatementService(db()).statement(run->generated.first().statementId);
        QCOMPARE(s.chargesExact, expectedExact);
        QCOMPARE(s.charges, expectedCharges);
        QCOMPARE(s.marketplace, expectedMarket);
        QCOMPARE(s.credits, o.applyCredits ? -std::min(usableManual, s.charges) : Decimal());
        QCOMPARE(s.marketplaceCredits,
                 o.marketplaceFees && o.marketplaceCredits ? -std::min(usableMarketplace, s.marketplace) : Decimal());
        ModelStatement ms{s.id, period, false, {}};
        for (const StatementCredit &a : s.allocations)
            ms.allocated[a.creditId] += a.amount;
        m.statements[period] = ms;
        checkStatement(s, m);
    }

    void checkStatement(const Statement &s, const Model &m)
    {
        QVERIFY(!s.total.isNegative());
        QCOMPARE(s.total, s.charges + s.credits + s.marketplace + s.marketplaceCredits + s.tax);
        Decimal lines, market, manual, mpCredits, tax;
        for (const StatementLine &l : s.lines)
            (l.kind == ChargeLineKind::Marketplace ? market : lines) += l.price;
        for (const StatementCredit &a : s.allocations)
            (a.kind == CreditKind::Manual ? manual : mpCredits) += a.amount;
        for (const StatementTax &t : s.taxes)
            tax += t.amount;
        QCOMPARE(lines, s.chargesExact);
        QCOMPARE(market, s.marketplaceExact);
        QCOMPARE(manual, s.credits);
        QCOMPARE(mpCredits, s.marketplaceCredits);
        QCOMPARE(tax, s.tax);
        QVERIFY(!s.credits.isPositive() && -s.credits <= s.charges);
        QVERIFY(!s.marketplaceCredits.isPositive() && -s.marketplaceCredits <= s.marketplace);
        if (s.options.includeTax && m.taxed) {
            QCOMPARE(s.taxes.size(), 1);
            const Decimal base = s.charges + s.credits + s.marketplace + s.marketplaceCredits;
            QCOMPARE(s.taxes.first().base, base);
            QCOMPARE(s.tax, base.multiplied(Decimal::fromInt(1025), 18, Rounding::HalfEven)
                                .divided(Decimal::fromInt(10000), m.minor, Rounding::HalfUp));
        } else {
            QVERIFY(s.tax.isZero());
        }
    }

    void removeDraft(Model &m)
    {
        for (auto it = m.statements.begin(); it != m.statements.end(); ++it) {
            if (it->second.approved)
                continue;
            QVERIFY(StatementService(db()).deleteDraft(it->second.id).ok());
            m.statements.erase(it);
            return;
        }
    }

    void approve(Model &m)
    {
        for (auto &[period, s] : m.statements) {
            if (s.approved)
                continue;
            auto r = StatementService(db()).approve({s.id}, QDate(2026, 10, 5));
            QVERIFY2(r.ok(), qPrintable(r.message()));
            QCOMPARE(r->approved.size(), 1);
            s.approved = true;
            QVERIFY(!StatementService(db()).deleteDraft(s.id).ok()); // approved never changes
            return;
        }
    }

    /// After every step: the invariants of this customer's credits and statements.
    void checkInvariants(const Model &m)
    {
        auto credits = readCredits(db(), QStringLiteral("c.customer_id = ?"), {m.customer});
        QVERIFY(credits.ok());
        QCOMPARE(credits->size(), m.credits.size());
        for (int i = 0; i < credits->size(); ++i) {
            const Credit &c = credits->at(i);
            QCOMPARE(c.amount, m.credits.at(i).issued);
            QCOMPARE(c.applied, modelApplied(m, c.id));
            QCOMPARE(c.amount, c.applied + c.remaining());
            QVERIFY2(!c.remaining().isPositive() && c.remaining() >= c.amount, "a credit was over-applied");
        }
        StatementFilter f;
        f.customerId = m.customer;
        auto statements = StatementService(db()).list(f);
        QVERIFY(statements.ok());
        QCOMPARE(statements->size(), qsizetype(m.statements.size()));
        for (const Statement &s : *statements) {
            QVERIFY(m.statements.count(s.period));
            QCOMPARE(s.id, m.statements.at(s.period).id);
            QCOMPARE(s.storedStatus != QLatin1String("draft"), m.statements.at(s.period).approved);
            QVERIFY(!s.total.isNegative());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = new TestDatabase;
        if (!m_t->isPostgres())
            QVERIFY(QSqlQuery(db().connection().db)
                        .exec(QStringLiteral("PRAGMA synchronous = OFF"))); // durability is not checked here
        PricingService pricing(db(), QDate(2026, 6, 1));
        for (int i = 0; i < 4; ++i)
            m_books[i] =
                pricing.addPricebook(Vendor::Aws, QStringLiteral("P%1").arg(i), Decimal::fromInt(m_percents[i]))->first;
        QVERIFY(TaxTable(db())
                    .set(QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("10.25"), QDate(2026, 1, 1))
                    .ok());
    }
    void cleanupTestCase() { delete m_t; }

    /// The scenarios run in rows of at most 1,000 so that each data row stays well inside
    /// QtTest's per-function timeout under the sanitizers. Each scenario has its own fixed seed
    /// (20261202 + its number), so BURSAR_SHARD=k/n — every n-th scenario from k — splits the
    /// same run across CTest entries that run side by side.
    void randomScenarios_data()
    {
        // BURSAR_PROPERTY_SCENARIOS overrides the count for profiling; CI runs the default.
        const int scenarios = qEnvironmentVariableIsSet("BURSAR_PROPERTY_SCENARIOS")
                                  ? qEnvironmentVariableIntValue("BURSAR_PROPERTY_SCENARIOS")
                              : m_t->isPostgres() ? 1000
                                                  : 10000;
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        constexpr int shard = 1000;
        for (int first = 0; first < scenarios; first += shard) {
            const int count = std::min(shard, scenarios - first);
            QTest::addRow("scenarios %d-%d", first, first + count - 1) << first << count;
        }
    }
    void randomScenarios()
    {
        QFETCH(int, first);
        QFETCH(int, count);
        const QStringList currencies{QStringLiteral("USD"), QStringLiteral("JPY"), QStringLiteral("KWD")};
        const QStringList part = qEnvironmentVariable("BURSAR_SHARD", QStringLiteral("0/1")).split(u'/');
        const int k = part.value(0).toInt(), shards = std::max(1, part.value(1).toInt());
        for (int n = first; n < first + count; ++n) {
            if (n % shards != k)
                continue;
            m_rng.seed(20261202u + quint32(n));
            Model m;
            m.currency = currencies.at(int(m_rng.bounded(3)));
            m.minor = Currencies::find(m.currency)->minorUnits;
            m.percent = int(m_rng.bounded(4));
            m.taxed = m_rng.bounded(2) != 0;
            m.account = QStringLiteral("5%1").arg(n, 11, 10, QChar(u'0'));
            m.customer = bursar::test::customerWith(
                *m_t, QStringLiteral("Scenario %1").arg(n), Vendor::Aws, m.account, m_books[m.percent], m.currency,
                m.taxed ? QStringLiteral("US") : QString(), m.taxed ? QStringLiteral("WA") : QString());
            const int steps = 4 + int(m_rng.bounded(5));
            for (int s = 0; s < steps; ++s) {
                ++m_steps;
                switch (m_rng.bounded(7)) {
                case 0:
                case 1:
                    importUsage(m);
                    break;
                case 2:
                    addCredit(m);
                    break;
                case 3:
                case 4:
                    generate(m);
                    break;
                case 5:
                    removeDraft(m);
                    break;
                case 6:
                    approve(m);
                    break;
                }
                if (QTest::currentTestFailed()) {
                    qWarning("scenario %d, step %d failed", n, s);
                    return;
                }
                checkInvariants(m);
                if (QTest::currentTestFailed()) {
                    qWarning("scenario %d, step %d broke an invariant", n, s);
                    return;
                }
            }
        }
        qInfo("%d scenarios so far, %d steps", first + count, m_steps);
    }

    /// Across all scenarios: gapless numbers, and no usage total on two statements (counted
    /// without relying on the table's key).
    void finally_numbersGaplessAndUsageBilledOnce()
    {
        auto numbers = StatementService(db()).list({}, 0, -1, QStringLiteral("number"));
        QVERIFY(numbers.ok());
        QStringList seen;
        for (const Statement &s : *numbers)
            if (!s.number.isEmpty())
                seen << s.number;
        std::sort(seen.begin(), seen.end());
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), QStringLiteral("INV-2026-%1").arg(i + 1, 6, 10, QChar(u'0')));
        QVERIFY(seen.size() > 0);
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT import_id, total_no FROM statement_usage GROUP BY "
                                       "import_id, total_no HAVING COUNT(DISTINCT statement_id) > 1) d"))
                .toInt(),
            0);
        QCOMPARE(m_t->scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM statement_usage su JOIN statements s ON s.id = su.statement_id "
                                 "JOIN usage_totals t ON t.import_id = su.import_id AND t.total_no = su.total_no "
                                 "JOIN vendor_accounts va ON va.vendor = t.vendor AND va.account_id = t.account_id "
                                 "WHERE va.customer_id <> s.customer_id OR t.period <> s.period"))
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestBillingProperty)
#include "tst_billing_property.moc"
