// Services credits (issue 15): purchases, drafts, opportunities, allocation, redemption,
// expiry and the reports, as hand-worked cases (EXAMPLES.md's way: every figure below was
// worked out by hand from the seed's rules, not read from the program).
#include "core/customers/customer_service.h"
#include "core/money/currency.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/internal/sql.h"
#include "core/users/user_service.h"
#include "tests/support/test_database.h"

#include <QTest>

using namespace bursar::core;
using bursar::test::TestDatabase;

namespace {

Decimal dec(const char *t)
{
    return *Decimal::parse(QString::fromLatin1(t));
}

qint64 customer(TestDatabase &t, const QString &name)
{
    auto id = CustomerService(t.db()).addCustomer(bursar::test::named(name));
    if (!id)
        qFatal("customer: %s", qPrintable(id.message()));
    return *id;
}

PurchaseInput purchaseOf(qint64 customerId, const char *credits, const char *value, const char *paid,
                         const char *currency, QDate start, QDate expiry, bool draft = false)
{
    PurchaseInput in;
    in.customerId = customerId;
    in.credits = QString::fromLatin1(credits);
    in.valuePerCredit = QString::fromLatin1(value);
    in.paidPerCredit = QString::fromLatin1(paid);
    in.currency = QString::fromLatin1(currency);
    in.startDate = start;
    in.expiryDate = expiry;
    in.draft = draft;
    return in;
}

qint64 add(TestDatabase &t, const PurchaseInput &in)
{
    auto id = PurchaseService(t.db()).add(in);
    if (!id)
        qFatal("purchase: %s", qPrintable(id.message()));
    return *id;
}

CreditUnits unitsOf(TestDatabase &t, qint64 purchase)
{
    return PurchaseService(t.db()).purchase(purchase)->units;
}

qint64 milestoneFor(TestDatabase &t, qint64 customerId, const char *credits, const QString &currency = {})
{
    MilestoneService m(t.db());
    auto project = m.addProject(customerId, QStringLiteral("Migration"));
    if (!project)
        qFatal("project: %s", qPrintable(project.message()));
    auto id = m.addMilestone(*project, QStringLiteral("Phase 1"), QString::fromLatin1(credits), {}, currency);
    if (!id)
        qFatal("milestone: %s", qPrintable(id.message()));
    return *id;
}

const QDate Jan1(2027, 1, 1), Jan31(2027, 1, 31), Dec31(2027, 12, 31);

} // namespace

class TestServicesCredits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Seed 003: 200 credits at a value of 100 with 80 paid per credit.
    void seed_twoHundredCreditsAtHundredPaidEighty()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Globex"));
        const qint64 id = add(t, purchaseOf(c, "200", "100", "80", "USD", Jan1, Dec31));
        auto p = PurchaseService(t.db()).purchase(id);
        QVERIFY(p.ok());
        QCOMPARE(p->credits, 200);
        QCOMPARE(p->value(), dec("20000"));
        QCOMPARE(p->paid(), dec("16000"));
        QCOMPARE(p->units.available(), dec("200"));
        QVERIFY(!p->draft);
    }

    // Seed 003: 10 credits for 100 USD and 5 for 250 GBP are two records.
    void seed_twoCurrenciesAreTwoRecords()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Initech"));
        add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, Dec31));
        add(t, purchaseOf(c, "5", "50", "50", "GBP", Jan1, Dec31));
        QCOMPARE(*PurchaseService(t.db()).count(c), 2);
        auto rows = ServicesCreditReport(t.db()).customerBalances();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).currency, QStringLiteral("GBP"));
        QCOMPARE(rows->at(0).available.value, dec("250"));
        QCOMPARE(rows->at(1).currency, QStringLiteral("USD"));
        QCOMPARE(rows->at(1).available.value, dec("100"));
    }

    // Seed 003 via PRODUCT.md §8: a product of 3 credits for 1,000.00 gives 333.333… per
    // credit, exact, and 333.33 where shown; products without credits or with a purchase are
    // left out; 29 February gives 28 February a year later.
    void opportunity_createPurchases()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Umbrella"));
        OpportunityService o(t.db());
        auto opp = o.add(c, QStringLiteral("Cloud migration"), QDate(2028, 3, 31));
        QVERIFY(opp.ok());
        auto workshop = o.addProduct(*opp, QStringLiteral("Workshop"), QStringLiteral("1"), QStringLiteral("1000.00"),
                                     QStringLiteral("3"));
        QVERIFY2(workshop.ok(), qPrintable(workshop.message()));
        QVERIFY(o.addProduct(*opp, QStringLiteral("Licence"), QStringLiteral("2"), QStringLiteral("50"), {}).ok());
        auto days =
            o.addProduct(*opp, QStringLiteral("Days"), QStringLiteral("4"), QStringLiteral("250"), QStringLiteral("8"));
        QVERIFY(days.ok());
        const QDate leap(2028, 2, 29);
        auto offered = o.purchaseDefaults(*opp, QStringLiteral("USD"), leap);
        QVERIFY(offered.ok());
        QCOMPARE(offered->size(), 2); // the licence carries no credits
        QCOMPARE(offered->at(0).productId, *workshop);
        QCOMPARE(offered->at(0).valuePerCredit, QStringLiteral("333.333333333333333333"));
        QCOMPARE(formatForDisplay(dec("333.333333333333333333"), *Currencies::find(u"USD"), QLocale::c()),
                 QStringLiteral("333.33"));
        QCOMPARE(offered->at(1).valuePerCredit, QStringLiteral("125")); // 4 × 250 / 8
        QCOMPARE(offered->at(0).startDate, leap);
        QCOMPARE(offered->at(0).expiryDate, QDate(2029, 2, 28));
        QCOMPARE(offered->at(0).description, QStringLiteral("Workshop"));

        // Only the workshop now; the days product stays offered.
        auto created = o.createPurchases(*opp, {offered->at(0)});
        QVERIFY2(created.ok(), qPrintable(created.message()));
        auto p = PurchaseService(t.db()).purchase(created->first());
        QCOMPARE(p->valuePerCredit, dec("333.333333333333333333"));
        QCOMPARE(p->paidPerCredit, dec("333.333333333333333333"));
        QCOMPARE(p->productId, *workshop);
        QCOMPARE(p->customerId, c);
        QCOMPARE(p->credits, 3);
        QCOMPARE(o.purchaseDefaults(*opp, QStringLiteral("USD"), leap)->size(), 1);
        // The same product twice: refused, nothing written.
        const qint64 before = PurchaseService(t.db()).count().value();
        auto twice = o.createPurchases(*opp, {offered->at(0)});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().field, QStringLiteral("product"));
        QVERIFY2(twice.message().contains(QStringLiteral("has purchase %1 already").arg(created->first())),
                 qPrintable(twice.message()));
        QCOMPARE(PurchaseService(t.db()).count().value(), before);
        // A changed value is checked as typed (two decimals in USD).
        PurchaseFromProduct changed = offered->at(1);
        changed.valuePerCredit = QStringLiteral("120.125");
        auto refused = o.createPurchases(*opp, {changed});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("value"));
        changed.valuePerCredit = QStringLiteral("120.00");
        changed.paidPerCredit = QStringLiteral("100");
        auto second = o.createPurchases(*opp, {changed});
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE(PurchaseService(t.db()).purchase(second->first())->paidPerCredit, dec("100"));
        // Edited as a draft without touching the value: the exact 333.333… stays (not refused
        // for its 18 decimals); a value typed anew is checked as typed.
        PurchaseInput edit{c,
                           leap,
                           QDate(2029, 2, 28),
                           QStringLiteral("4"),
                           QStringLiteral("333.333333333333333333"),
                           QStringLiteral("333.333333333333333333"),
                           QStringLiteral("Workshop"),
                           QStringLiteral("USD"),
                           true,
                           0};
        Status kept = PurchaseService(t.db()).edit(created->first(), edit);
        QVERIFY2(kept.ok(), qPrintable(kept.message()));
        QCOMPARE(PurchaseService(t.db()).purchase(created->first())->valuePerCredit, dec("333.333333333333333333"));
        QCOMPARE(PurchaseService(t.db()).purchase(created->first())->credits, 4);
        edit.valuePerCredit = QStringLiteral("333.3333");
        QCOMPARE(PurchaseService(t.db()).edit(created->first(), edit).error().field, QStringLiteral("value"));
    }

    void oneYearAfter_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("expiry");
        QTest::newRow("ordinary") << QDate(2026, 12, 5) << QDate(2027, 12, 5);
        QTest::newRow("29 February") << QDate(2028, 2, 29) << QDate(2029, 2, 28);
        QTest::newRow("28 February in a leap year") << QDate(2027, 2, 28) << QDate(2028, 2, 28);
        QTest::newRow("31 December") << QDate(2026, 12, 31) << QDate(2027, 12, 31);
    }
    void oneYearAfter()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, expiry);
        QCOMPARE(OpportunityService::oneYearAfter(start), expiry);
    }

    void draftRules()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Hooli"));
        PurchaseService s(t.db());
        const qint64 id = add(t, purchaseOf(c, "20", "100", "80", "USD", Jan1, Dec31, true));
        // A draft is edited as often as needed.
        for (const char *credits : {"25", "30", "12"}) {
            PurchaseInput in = purchaseOf(c, credits, "90", "70", "EUR", Jan1, Dec31, true);
            QVERIFY(s.edit(id, in).ok());
        }
        QCOMPARE(s.purchase(id)->credits, 12);
        QCOMPARE(s.purchase(id)->currency, QStringLiteral("EUR"));
        // Its credits cannot be allocated, nor expired.
        const qint64 m = milestoneFor(t, c, "5");
        Status refused = MilestoneService(t.db()).allocate(m, id, QStringLiteral("5"), QDate(2027, 2, 1));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("is a draft")), qPrintable(refused.message()));
        QCOMPARE(MilestoneService(t.db()).expire(QDate(2028, 6, 1))->purchases, 0);
        QCOMPARE(unitsOf(t, id).expired, Decimal());
        // Not a draft any more: available from its start date, not before.
        QVERIFY(s.setDraft(id, false).ok());
        Status early = MilestoneService(t.db()).allocate(m, id, QStringLiteral("5"), QDate(2026, 12, 31));
        QVERIFY(!early.ok());
        QVERIFY2(early.message().contains(QStringLiteral("from 2027-01-01")), qPrintable(early.message()));
        QVERIFY(MilestoneService(t.db()).allocate(m, id, QStringLiteral("5"), Jan1).ok());
        // Once credits moved it cannot be marked draft, even after they returned.
        Status draftAgain = s.setDraft(id, true);
        QVERIFY(!draftAgain.ok());
        QCOMPARE(draftAgain.error().field, QStringLiteral("draft"));
        QVERIFY2(draftAgain.message().contains(QStringLiteral("cannot be marked draft")),
                 qPrintable(draftAgain.message()));
        QVERIFY(MilestoneService(t.db()).releaseAllocation(m, id, {}, Jan1).ok());
        QVERIFY(!s.setDraft(id, true).ok());
        QVERIFY(!s.edit(id, purchaseOf(c, "12", "90", "70", "EUR", Jan1, Dec31, true)).ok());
        // And a purchase that is not a draft is not edited without ticking Draft.
        const qint64 other = add(t, purchaseOf(c, "3", "10", "10", "USD", Jan1, Dec31));
        Status plain = s.edit(other, purchaseOf(c, "4", "10", "10", "USD", Jan1, Dec31));
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().field, QStringLiteral("draft"));
        QVERIFY(s.edit(other, purchaseOf(c, "4", "10", "10", "USD", Jan1, Dec31, true)).ok());
        QVERIFY(s.purchase(other)->draft);
    }

    void paidFollowsValueWhenTheSettingSaysSo()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Vandelay"));
        ServicesCreditSettings settings = *ServicesCreditSettingsService(t.db()).load();
        settings.paidEqualsValue = true;
        QVERIFY(ServicesCreditSettingsService(t.db()).save(settings).ok());
        const qint64 id = add(t, purchaseOf(c, "10", "95.50", "80", "USD", Jan1, Dec31));
        QCOMPARE(PurchaseService(t.db()).purchase(id)->paidPerCredit, dec("95.5"));
    }

    // Automatic allocation: non-draft, started, unexpired purchases of the milestone's
    // currency, earliest expiry first, then oldest.
    void autoAllocation_order()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Stark"));
        const QDate on(2027, 2, 1);
        const qint64 a = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, QDate(2027, 6, 30)));
        const qint64 b = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, QDate(2027, 3, 31)));
        const qint64 cc = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, QDate(2027, 3, 31)));
        const qint64 gbp = add(t, purchaseOf(c, "50", "10", "10", "GBP", Jan1, QDate(2027, 2, 15)));
        const qint64 draft = add(t, purchaseOf(c, "50", "10", "10", "USD", Jan1, QDate(2027, 2, 10), true));
        const qint64 later = add(t, purchaseOf(c, "50", "10", "10", "USD", QDate(2027, 3, 1), QDate(2027, 3, 28)));
        const qint64 gone = add(t, purchaseOf(c, "50", "10", "10", "USD", Jan1, Jan31));
        const qint64 m = milestoneFor(t, c, "25", QStringLiteral("USD"));
        auto allocated = MilestoneService(t.db()).allocateAuto(m, on);
        QVERIFY2(allocated.ok(), qPrintable(allocated.message()));
        QCOMPARE(*allocated, dec("25"));
        QCOMPARE(unitsOf(t, b).allocated, dec("10"));
        QCOMPARE(unitsOf(t, cc).allocated, dec("10"));
        QCOMPARE(unitsOf(t, a).allocated, dec("5"));
        for (qint64 untouched : {gbp, draft, later, gone})
            QCOMPARE(unitsOf(t, untouched).allocated, Decimal());
        // Nothing more is needed: a second run allocates nothing.
        QCOMPARE(*MilestoneService(t.db()).allocateAuto(m, on), Decimal());
        // A milestone without a currency takes the first purchase's in the order (GBP expires first).
        const qint64 any = milestoneFor(t, c, "60");
        QCOMPARE(*MilestoneService(t.db()).allocateAuto(any, on), dec("50"));
        QCOMPARE(unitsOf(t, gbp).allocated, dec("50"));
        QCOMPARE(MilestoneService(t.db()).milestone(any)->currency, QStringLiteral("GBP"));
    }

    void allocateReturnCompleteReopen()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Wayne"));
        const qint64 p = add(t, purchaseOf(c, "20", "100", "80", "USD", Jan1, Dec31));
        const qint64 m = milestoneFor(t, c, "12");
        MilestoneService s(t.db());
        QVERIFY(s.allocate(m, p, QStringLiteral("12"), QDate(2027, 2, 1)).ok());
        CreditUnits u = unitsOf(t, p);
        QCOMPARE(u.allocated, dec("12"));
        QCOMPARE(u.available(), dec("8"));
        // Lowering by 5 returns 5.
        QVERIFY(s.releaseAllocation(m, p, QStringLiteral("5"), QDate(2027, 2, 2)).ok());
        QCOMPARE(unitsOf(t, p).allocated, dec("7"));
        QCOMPARE(unitsOf(t, p).available(), dec("13"));
        // Completing redeems what is allocated.
        QVERIFY(s.completeMilestone(m, QDate(2027, 3, 1)).ok());
        u = unitsOf(t, p);
        QCOMPARE(u.allocated, Decimal());
        QCOMPARE(u.redeemed, dec("7"));
        QCOMPARE(u.available(), dec("13"));
        QCOMPARE(s.milestone(m)->status, MilestoneStatus::Completed);
        QCOMPARE(s.milestone(m)->redeemed, dec("7"));
        // Twice: refused, nothing changes.
        Status twice = s.completeMilestone(m, QDate(2027, 3, 2));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.message().contains(QStringLiteral("already")), qPrintable(twice.message()));
        QCOMPARE(unitsOf(t, p).redeemed, dec("7"));
        // A completed milestone's allocations do not change.
        QVERIFY(!s.allocate(m, p, QStringLiteral("1"), QDate(2027, 3, 2)).ok());
        QVERIFY(!s.releaseAllocation(m, p, {}, QDate(2027, 3, 2)).ok());
        // The recorded correction: needs a reason, then the credits are allocated again.
        QVERIFY(!s.reopenMilestone(m, QStringLiteral("  "), QDate(2027, 3, 3)).ok());
        QVERIFY(s.reopenMilestone(m, QStringLiteral("completed the wrong milestone"), QDate(2027, 3, 3)).ok());
        u = unitsOf(t, p);
        QCOMPARE(u.redeemed, Decimal());
        QCOMPARE(u.allocated, dec("7"));
        QCOMPARE(s.milestone(m)->status, MilestoneStatus::Open);
        // The history, in order, with running balances: 20 → 8 → 13 → 13 (returned 7, redeemed 7) → ...
        auto h = PurchaseService(t.db()).history(p);
        QVERIFY(h.ok());
        QStringList kinds, balances;
        for (const PurchaseMovement &mv : *h) {
            kinds << mv.kind;
            balances << mv.available.toString();
        }
        QCOMPARE(kinds, (QStringList{"purchased", "allocated", "returned", "allocated", "returned", "redeemed",
                                     "redemption corrected", "allocated"}));
        QCOMPARE(balances, (QStringList{"20", "8", "20", "13", "20", "13", "20", "13"}));
    }

    void allocationRefusals()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Acme"));
        const qint64 other = customer(t, QStringLiteral("Other"));
        const qint64 usd = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, Dec31));
        const qint64 gbp = add(t, purchaseOf(c, "10", "10", "10", "GBP", Jan1, Dec31));
        const qint64 theirs = add(t, purchaseOf(other, "10", "10", "10", "USD", Jan1, Dec31));
        const qint64 expired = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, Jan31));
        const qint64 m = milestoneFor(t, c, "15", QStringLiteral("USD"));
        MilestoneService s(t.db());
        const QDate on(2027, 2, 1);
        struct Case
        {
            qint64 purchase;
            const char *credits;
            const char *says;
            const char *field;
        };
        const Case cases[] = {
            {theirs, "1", "within one customer", "purchase"},
            {gbp, "1", "of one currency", "purchase"},
            {expired, "1", "expired after 2027-01-31", "purchase"},
            {usd, "11", "has 10 credits available", "credits"},
            {usd, "0", "must be positive", "credits"},
            {usd, "-2", "must be positive", "credits"},
            {usd, "two", "is not a number of services credits", "credits"},
            {usd, "1.5", "has a fraction", "credits"},
        };
        const int audits = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        for (const Case &k : cases) {
            Status r = s.allocate(m, k.purchase, QString::fromLatin1(k.credits), on);
            QVERIFY2(!r.ok(), k.says);
            QVERIFY2(r.message().contains(QString::fromUtf8(k.says)), qPrintable(r.message()));
            QCOMPARE(r.error().field, QString::fromLatin1(k.field));
        }
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM allocations")).toInt(), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits);
        // More than the milestone needs.
        QVERIFY(s.allocate(m, usd, QStringLiteral("10"), on).ok());
        const qint64 usd2 = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, Dec31));
        Status tooMuch = s.allocate(m, usd2, QStringLiteral("6"), on);
        QVERIFY(!tooMuch.ok());
        QVERIFY2(tooMuch.message().contains(QStringLiteral("at most 5 more")), qPrintable(tooMuch.message()));
        // Automatic only: a chosen purchase is refused.
        ServicesCreditSettings settings = *ServicesCreditSettingsService(t.db()).load();
        settings.manualAllocation = false;
        QVERIFY(ServicesCreditSettingsService(t.db()).save(settings).ok());
        QVERIFY(!s.allocate(m, usd2, QStringLiteral("1"), on).ok());
        QCOMPARE(*s.allocateAuto(m, on), dec("5"));
    }

    // The expiry rule: usable through the expiry date; the run after it (and the grace period)
    // expires what is left and what sits on milestones not completed; dated the day after.
    void expiry()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Tyrell"));
        const qint64 p = add(t, purchaseOf(c, "10", "100", "80", "USD", Jan1, Jan31));
        MilestoneService s(t.db());
        const qint64 done = milestoneFor(t, c, "2");
        const qint64 open = milestoneFor(t, c, "4");
        QVERIFY(s.allocate(done, p, QStringLiteral("2"), QDate(2027, 1, 10)).ok());
        QVERIFY(s.completeMilestone(done, QDate(2027, 1, 20)).ok());
        QVERIFY(s.allocate(open, p, QStringLiteral("4"), QDate(2027, 1, 31)).ok()); // the last usable day
        QCOMPARE(s.expire(Jan31)->purchases, 0);
        auto run = s.expire(QDate(2027, 2, 1));
        QVERIFY(run.ok());
        QCOMPARE(run->purchases, 1);
        QCOMPARE(run->expired, dec("8"));
        QCOMPARE(run->allocationsReturned, 1);
        CreditUnits u = unitsOf(t, p);
        QCOMPARE(u.redeemed, dec("2"));
        QCOMPARE(u.allocated, Decimal());
        QCOMPARE(u.expired, dec("8"));
        QCOMPARE(u.available(), Decimal());
        QCOMPARE(s.milestone(open)->allocated, Decimal());
        // Dated the day after the expiry date; nothing deleted; a second run does nothing.
        QCOMPARE(t.scalar(QStringLiteral("SELECT on_date FROM allocations WHERE target_kind = 'expiry'")).toString(),
                 QStringLiteral("2027-02-01"));
        QCOMPARE(s.expire(QDate(2027, 3, 1))->purchases, 0);
        // As of the last usable day the balance is what it was.
        auto before = servicesCreditUnits(t.db(), QList<qint64>{p}, Jan31);
        QCOMPARE(before->value(p).expired, Decimal());
        QCOMPARE(before->value(p).allocated, dec("4"));
    }

    void expiry_graceAndReturnsAfterExpiry()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Cyberdyne"));
        ServicesCreditSettings settings = *ServicesCreditSettingsService(t.db()).load();
        settings.graceDays = 10;
        settings.allocateAfterExpiry = true;
        QVERIFY(ServicesCreditSettingsService(t.db()).save(settings).ok());
        const qint64 p = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, Jan31));
        MilestoneService s(t.db());
        const qint64 m = milestoneFor(t, c, "6");
        // In the grace period: not expired; allocation allowed by the setting.
        QCOMPARE(s.expire(QDate(2027, 2, 10))->purchases, 0);
        QVERIFY(s.allocate(m, p, QStringLiteral("6"), QDate(2027, 2, 5)).ok());
        QVERIFY(!s.allocate(m, p, QStringLiteral("1"), QDate(2027, 2, 11)).ok()); // grace over
        // Returned after the grace period: the 2 credits expire at once.
        QVERIFY(s.releaseAllocation(m, p, QStringLiteral("2"), QDate(2027, 2, 20)).ok());
        CreditUnits u = unitsOf(t, p);
        QCOMPARE(u.allocated, dec("4"));
        QCOMPARE(u.expired, dec("2"));
        QCOMPARE(u.available(), dec("4"));
        // The run expires the other 4 and the 4 still allocated; dated 2027-02-20 (the latest movement).
        auto run = s.expire(QDate(2027, 2, 21));
        QCOMPARE(run->expired, dec("8"));
        QCOMPARE(unitsOf(t, p).expired, dec("10"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT MAX(on_date) FROM allocations")).toString(),
                 QStringLiteral("2027-02-20"));
    }

    // Reports > Services Credits, worked by hand: P1 10 credits at 10 (paid 8) from 1 Jan,
    // P2 5 credits at 20 from 10 Feb; 3 of P1 redeemed on 15 Feb; P3 2 at 5 expiring 31 Jan.
    void report_rollForwardAndExpiring()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Soylent"));
        const qint64 p1 = add(t, purchaseOf(c, "10", "10", "8", "USD", Jan1, Dec31));
        add(t, purchaseOf(c, "5", "20", "20", "USD", QDate(2027, 2, 10), QDate(2027, 3, 15)));
        add(t, purchaseOf(c, "2", "5", "5", "USD", Jan1, Jan31));
        add(t, purchaseOf(c, "99", "5", "5", "USD", Jan1, Dec31, true)); // a draft counts nowhere
        MilestoneService s(t.db());
        const qint64 m = milestoneFor(t, c, "3");
        QVERIFY(s.allocate(m, p1, QStringLiteral("3"), QDate(2027, 2, 1)).ok());
        QVERIFY(s.completeMilestone(m, QDate(2027, 2, 15)).ok());
        QVERIFY(s.expire(QDate(2027, 2, 1)).ok());
        auto r = ServicesCreditReport(t.db()).rollForward(QDate(2027, 2, 1), QDate(2027, 2, 28));
        QVERIFY(r.ok());
        QCOMPARE(r->lines.size(), 1);
        const RollForwardLine &l = r->lines.first();
        // Opening: P1 10 (100, 80) + P3 2 (10, 10), P3's expiry is dated 1 Feb, in the period.
        QCOMPARE(l.opening, (CreditsAndValue{dec("12"), dec("110"), dec("90")}));
        QCOMPARE(l.purchased, (CreditsAndValue{dec("5"), dec("100"), dec("100")}));
        QCOMPARE(l.redeemed, (CreditsAndValue{dec("3"), dec("30"), dec("24")}));
        QCOMPARE(l.expired, (CreditsAndValue{dec("2"), dec("10"), dec("10")}));
        QCOMPARE(l.closing, (CreditsAndValue{dec("12"), dec("170"), dec("156")}));
        QVERIFY(l.proofHolds());
        QCOMPARE(r->totals.size(), 1);
        QCOMPARE(r->totals.first().closing, l.closing);
        // Expiring within 30 days of 1 March: P2 (5 credits, 15 March, 14 days); P1 not.
        auto e = ServicesCreditReport(t.db()).expiring(QDate(2027, 3, 1), 30);
        QVERIFY(e.ok());
        QCOMPARE(e->size(), 1);
        QCOMPARE(e->first().daysLeft, 14);
        QCOMPARE(e->first().credits, (CreditsAndValue{dec("5"), dec("100"), dec("100")}));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("credits");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("paid");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("expiry before start") << "10"
                                             << "10"
                                             << "10"
                                             << "USD" << QDate(2026, 12, 31) << "expiry"
                                             << "before the start date";
        QTest::newRow("zero credits") << "0"
                                      << "10"
                                      << "10"
                                      << "USD" << Dec31 << "credits"
                                      << "must be positive";
        QTest::newRow("negative credits") << "-5"
                                          << "10"
                                          << "10"
                                          << "USD" << Dec31 << "credits"
                                          << "must be positive";
        QTest::newRow("letters") << "ten"
                                 << "10"
                                 << "10"
                                 << "USD" << Dec31 << "credits"
                                 << "is not a number";
        QTest::newRow("fraction") << "2.5"
                                  << "10"
                                  << "10"
                                  << "USD" << Dec31 << "credits"
                                  << "has a fraction";
        QTest::newRow("zero value") << "10"
                                    << "0"
                                    << "10"
                                    << "USD" << Dec31 << "value"
                                    << "more than zero";
        QTest::newRow("negative paid") << "10"
                                       << "10"
                                       << "-1"
                                       << "USD" << Dec31 << "paid"
                                       << "more than zero";
        QTest::newRow("value letters") << "10"
                                       << "abc"
                                       << "10"
                                       << "USD" << Dec31 << "value"
                                       << "is not an amount";
        QTest::newRow("three decimals in USD") << "10"
                                               << "10.125"
                                               << "10"
                                               << "USD" << Dec31 << "value"
                                               << "USD has 2 decimals";
        QTest::newRow("decimals in JPY") << "10"
                                         << "10"
                                         << "10.5"
                                         << "JPY" << Dec31 << "paid"
                                         << "JPY has 0 decimals";
        QTest::newRow("unknown currency") << "10"
                                          << "10"
                                          << "10"
                                          << "XYZ" << Dec31 << "currency"
                                          << "XYZ";
    }
    void badInput()
    {
        QFETCH(QString, credits);
        QFETCH(QString, value);
        QFETCH(QString, paid);
        QFETCH(QString, currency);
        QFETCH(QDate, expiry);
        QFETCH(QString, field);
        QFETCH(QString, says);
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Bluth"));
        const int audits = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        PurchaseInput in = purchaseOf(c, "1", "1", "1", "USD", Jan1, expiry);
        in.credits = credits;
        in.valuePerCredit = value;
        in.paidPerCredit = paid;
        in.currency = currency;
        auto r = PurchaseService(t.db()).add(in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.message().contains(says), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("#%1").arg(c, 6, 10, QLatin1Char('0'))), qPrintable(r.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM services_credit_purchases")).toInt(), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits);
    }

    // Schema 13 on a database of schema 12: the tables, the settings, and both privileges for
    // every user who may manage users (and nobody else).
    void schema13_upgradesASchema12Database()
    {
        TestDatabase t;
        QVERIFY(UserService(t.db()).add(QStringLiteral("boss"), {}, {Privilege::ManageUsers}).ok());
        QVERIFY(UserService(t.db()).add(QStringLiteral("clerk"), {}, {Privilege::ManageCredits}).ok());
        t.backToSchema(12);
        t.reopen();
        QCOMPARE(t->schemaVersion(), Database::latestSchemaVersion());
        const auto has = [&](const char *user, const char *privilege) {
            return t.scalar(QStringLiteral("SELECT COUNT(*) FROM user_privileges p JOIN users u ON u.id = p.user_id "
                                           "WHERE p.privilege = '%1' AND u.name = '%2'")
                                .arg(QLatin1String(privilege), QLatin1String(user)))
                       .toInt() == 1;
        };
        for (const char *privilege : {"MANAGE_SERVICES_CREDITS", "ALLOCATE_SERVICES_CREDITS"}) {
            QVERIFY(has("boss", privilege));
            QVERIFY(!has("clerk", privilege));
        }
        auto settings = ServicesCreditSettingsService(t.db()).load();
        QVERIFY(settings.ok());
        QVERIFY(settings->manualAllocation);
        QVERIFY(!settings->allocateAfterExpiry);
        const qint64 c = customer(t, QStringLiteral("Upgraded"));
        QVERIFY(PurchaseService(t.db()).add(purchaseOf(c, "1", "1", "1", "USD", Jan1, Dec31)).ok());
    }

    void privileges()
    {
        TestDatabase t;
        const qint64 c = customer(t, QStringLiteral("Massive"));
        const qint64 p = add(t, purchaseOf(c, "10", "10", "10", "USD", Jan1, Dec31));
        const qint64 m = milestoneFor(t, c, "5");
        QVERIFY(UserService(t.db()).add(QStringLiteral("manager"), {}, {Privilege::ManageServicesCredits}).ok());
        QVERIFY(UserService(t.db()).add(QStringLiteral("allocator"), {}, {Privilege::AllocateServicesCredits}).ok());
        QVERIFY(t->actAs(QStringLiteral("allocator")).ok());
        auto noAdd = PurchaseService(t.db()).add(purchaseOf(c, "1", "1", "1", "USD", Jan1, Dec31));
        QVERIFY(!noAdd.ok());
        QVERIFY2(noAdd.message().contains(QStringLiteral("MANAGE_SERVICES_CREDITS")), qPrintable(noAdd.message()));
        QVERIFY(!OpportunityService(t.db()).add(c, QStringLiteral("x")).ok());
        QVERIFY(!MilestoneService(t.db()).addProject(c, QStringLiteral("x")).ok());
        QVERIFY(MilestoneService(t.db()).allocate(m, p, QStringLiteral("5"), Jan1).ok());
        QVERIFY(t->actAs(QStringLiteral("manager")).ok());
        for (Status s : {MilestoneService(t.db()).allocate(m, p, QStringLiteral("1"), Jan1),
                         MilestoneService(t.db()).completeMilestone(m, Jan1),
                         MilestoneService(t.db()).releaseAllocation(m, p, {}, Jan1)}) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().field, QStringLiteral("privilege"));
            QVERIFY2(s.message().contains(QStringLiteral("ALLOCATE_SERVICES_CREDITS")), qPrintable(s.message()));
        }
        auto expired = MilestoneService(t.db()).expire(Dec31.addDays(1));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().field, QStringLiteral("privilege"));
        QVERIFY(PurchaseService(t.db()).add(purchaseOf(c, "1", "1", "1", "USD", Jan1, Dec31)).ok());
        // Without the privilege the run on open does nothing and says nothing.
        QVERIFY(expireOnOpen(t.db()).ok());
        QCOMPARE(unitsOf(t, p).allocated, dec("5"));
    }
};

QTEST_GUILESS_MAIN(TestServicesCredits)
#include "tst_services_credits.moc"
