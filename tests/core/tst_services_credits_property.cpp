// Services credits property test (issue 15): random sequences of create / edit draft /
// draft / undraft / allocate (by hand and automatically) / return / complete / expire, each
// checked against the test's own model after every step: every purchase's allocated,
// redeemed, expired and available credits, every milestone's, which calls succeed and which
// are refused, and at the end the report's totals. Fixed seed; sharded with
// BURSAR_SHARD=k/n (every n-th scenario), BURSAR_SCENARIOS scenarios in all (10,000).
#include "core/customers/customer_service.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"
#include "tests/support/test_database.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <map>

using namespace bursar::core;
using bursar::test::TestDatabase;

namespace {

constexpr quint32 Seed = 20261205;

struct ModelPurchase
{
    qint64 id = 0;
    qint64 customer = 0;
    qint64 credits = 0;
    QString currency;
    QDate start, expiry;
    bool draft = false;
    bool moved = false;
    qint64 redeemed = 0, expired = 0;
    std::map<qint64, qint64> allocated; ///< milestone → credits
    qint64 allocatedTotal() const
    {
        qint64 n = 0;
        for (const auto &[m, c] : allocated)
            n += c;
        return n;
    }
    qint64 available() const { return credits - allocatedTotal() - redeemed - expired; }
};

struct ModelMilestone
{
    qint64 id = 0;
    qint64 customer = 0;
    qint64 required = 0;
    QString currency; ///< as given
    bool completed = false;
    std::map<qint64, qint64> redeemed; ///< purchase → credits
};

class Scenario
{
public:
    Scenario(TestDatabase &t, QRandomGenerator &rng, int number) : m_t(t), m_rng(rng), m_number(number) {}

    bool run()
    {
        CustomerService customers(m_t.db());
        for (int i = 0; i < 2; ++i) {
            auto id = customers.addCustomer(bursar::test::named(QStringLiteral("Scenario %1.%2").arg(m_number).arg(i)));
            if (!id)
                return report(id.message());
            m_customers << *id;
        }
        const int steps = 8 + int(m_rng.bounded(8));
        for (int i = 0; i < steps; ++i) {
            if (!step())
                return false;
            if (!check())
                return report(QStringLiteral("after step %1 (%2)").arg(i).arg(m_last));
        }
        return checkReport();
    }

private:
    qint64 pickCustomer() { return m_customers.at(m_rng.bounded(10) < 8 ? 0 : 1); }
    QString pickCurrency() { return m_rng.bounded(3) ? QStringLiteral("USD") : QStringLiteral("EUR"); }

    bool expectSame(bool ok, bool expected, const QString &message)
    {
        if (ok == expected)
            return true;
        return report(QStringLiteral("%1: Bursar said %2, the model %3 (%4)")
                          .arg(m_last, ok ? QStringLiteral("yes") : QStringLiteral("no"),
                               expected ? QStringLiteral("yes") : QStringLiteral("no"), message));
    }

    bool step()
    {
        const int op = int(m_rng.bounded(100));
        if (m_purchases.empty() || op < 15)
            return addPurchase();
        if (m_milestones.empty() || op < 25)
            return addMilestone();
        if (op < 32)
            return editDraft();
        if (op < 40)
            return toggleDraft();
        if (op < 58)
            return allocate();
        if (op < 68)
            return allocateAuto();
        if (op < 76)
            return release();
        if (op < 84)
            return complete();
        if (op < 88)
            return expire();
        m_today = m_today.addDays(1 + m_rng.bounded(40));
        m_last = QStringLiteral("clock to %1").arg(m_today.toString(Qt::ISODate));
        return true;
    }

    bool addPurchase()
    {
        ModelPurchase p;
        p.customer = pickCustomer();
        p.credits = 1 + m_rng.bounded(20);
        p.currency = pickCurrency();
        p.start = m_today.addDays(int(m_rng.bounded(60)) - 30);
        p.expiry = p.start.addDays(m_rng.bounded(120));
        p.draft = m_rng.bounded(4) == 0;
        PurchaseInput in{
            p.customer, p.start, p.expiry, QString::number(p.credits), QStringLiteral("10"), QStringLiteral("8"), {},
            p.currency, p.draft, 0};
        m_last = QStringLiteral("add purchase %1 credits %2 %3..%4%5")
                     .arg(p.credits)
                     .arg(p.currency, p.start.toString(Qt::ISODate), p.expiry.toString(Qt::ISODate),
                          p.draft ? QStringLiteral(" draft") : QString());
        auto id = PurchaseService(m_t.db()).add(in);
        if (!id)
            return report(id.message());
        p.id = *id;
        m_purchases[p.id] = p;
        return true;
    }

    ModelPurchase &anyPurchase()
    {
        auto it = m_purchases.begin();
        std::advance(it, m_rng.bounded(int(m_purchases.size())));
        return it->second;
    }
    ModelMilestone &anyMilestone()
    {
        auto it = m_milestones.begin();
        std::advance(it, m_rng.bounded(int(m_milestones.size())));
        return it->second;
    }

    bool editDraft()
    {
        ModelPurchase &p = anyPurchase();
        const qint64 credits = 1 + m_rng.bounded(20);
        const QString currency = pickCurrency();
        const bool keepDraft = m_rng.bounded(2);
        m_last = QStringLiteral("edit purchase %1 to %2 %3").arg(p.id).arg(credits).arg(currency);
        PurchaseInput in{
            p.customer, p.start,   p.expiry, QString::number(credits), QStringLiteral("10"), QStringLiteral("8"), {},
            currency,   keepDraft, 0};
        const bool expected = p.draft || (!p.moved && keepDraft);
        const Status s = PurchaseService(m_t.db()).edit(p.id, in);
        if (!expectSame(s.ok(), expected, s.message()))
            return false;
        if (s.ok()) {
            p.credits = credits;
            p.currency = currency;
            p.draft = keepDraft;
        }
        return true;
    }

    bool toggleDraft()
    {
        ModelPurchase &p = anyPurchase();
        const bool draft = !p.draft;
        m_last = QStringLiteral("purchase %1 draft=%2").arg(p.id).arg(draft);
        const Status s = PurchaseService(m_t.db()).setDraft(p.id, draft);
        if (!expectSame(s.ok(), draft ? !p.moved : true, s.message()))
            return false;
        if (s.ok())
            p.draft = draft;
        return true;
    }

    bool addMilestone()
    {
        const qint64 customer = pickCustomer();
        ModelMilestone m;
        m.customer = customer;
        m.required = 1 + m_rng.bounded(30);
        m.currency = m_rng.bounded(2) ? pickCurrency() : QString();
        m_last = QStringLiteral("add milestone %1 %2").arg(m.required).arg(m.currency);
        MilestoneService s(m_t.db());
        auto project = s.addProject(customer, QStringLiteral("P"));
        if (!project)
            return report(project.message());
        auto id = s.addMilestone(*project, QStringLiteral("M"), QString::number(m.required), {}, m.currency);
        if (!id)
            return report(id.message());
        m.id = *id;
        m_milestones[m.id] = m;
        return true;
    }

    qint64 heldBy(const ModelMilestone &m) const
    {
        qint64 n = 0;
        for (const auto &[id, p] : m_purchases) {
            auto it = p.allocated.find(m.id);
            if (it != p.allocated.end())
                n += it->second;
        }
        for (const auto &[p, c] : m.redeemed)
            n += c;
        return n;
    }
    /// The currency a milestone's credits are in: as given, else that of what it holds.
    QString currencyOf(const ModelMilestone &m) const
    {
        if (!m.currency.isEmpty())
            return m.currency;
        for (const auto &[id, p] : m_purchases)
            if (p.allocated.count(m.id) && p.allocated.at(m.id) > 0)
                return p.currency;
        for (const auto &[p, c] : m.redeemed)
            if (c > 0)
                return m_purchases.at(p).currency;
        return {};
    }
    bool usable(const ModelPurchase &p, const ModelMilestone &m) const
    {
        const QString currency = currencyOf(m);
        return !m.completed && p.customer == m.customer && !p.draft && m_today >= p.start && m_today <= p.expiry &&
               (currency.isEmpty() || currency == p.currency);
    }

    bool allocate()
    {
        ModelPurchase &p = anyPurchase();
        ModelMilestone &m = anyMilestone();
        const qint64 n = 1 + m_rng.bounded(10);
        m_last = QStringLiteral("allocate %1 of purchase %2 to milestone %3 on %4")
                     .arg(n)
                     .arg(p.id)
                     .arg(m.id)
                     .arg(m_today.toString(Qt::ISODate));
        const bool expected = usable(p, m) && n <= p.available() && n <= m.required - heldBy(m);
        const Status s = MilestoneService(m_t.db()).allocate(m.id, p.id, QString::number(n), m_today);
        if (!expectSame(s.ok(), expected, s.message()))
            return false;
        if (s.ok()) {
            p.allocated[m.id] += n;
            p.moved = true;
        }
        return true;
    }

    bool allocateAuto()
    {
        ModelMilestone &m = anyMilestone();
        m_last =
            QStringLiteral("allocate milestone %1 automatically on %2").arg(m.id).arg(m_today.toString(Qt::ISODate));
        auto r = MilestoneService(m_t.db()).allocateAuto(m.id, m_today);
        if (!expectSame(r.ok(), !m.completed, r.message()))
            return false;
        if (!r)
            return true;
        QList<ModelPurchase *> order;
        for (auto &[id, p] : m_purchases)
            order << &p;
        std::stable_sort(order.begin(), order.end(), [](const ModelPurchase *a, const ModelPurchase *b) {
            return a->expiry != b->expiry ? a->expiry < b->expiry : a->id < b->id;
        });
        qint64 needed = m.required - heldBy(m), total = 0;
        for (ModelPurchase *p : order) {
            if (needed <= 0)
                break;
            if (!usable(*p, m) || p->available() <= 0)
                continue;
            const qint64 n = std::min(needed, p->available());
            p->allocated[m.id] += n;
            p->moved = true;
            needed -= n;
            total += n;
        }
        if (*r != Decimal::fromInt(total))
            return report(
                QStringLiteral("%1: Bursar allocated %2, the model %3").arg(m_last, r->toString()).arg(total));
        return true;
    }

    bool release()
    {
        // Mostly a pair that holds credits, so returns (also after an expiry) happen often.
        QList<std::pair<qint64, qint64>> pairs;
        for (const auto &[id, p] : m_purchases)
            for (const auto &[milestone, credits] : p.allocated)
                if (credits > 0)
                    pairs << std::pair{milestone, id};
        const bool pickHeld = !pairs.isEmpty() && m_rng.bounded(3) != 0;
        const auto pair = pickHeld ? pairs.at(m_rng.bounded(int(pairs.size()))) : std::pair<qint64, qint64>{};
        ModelMilestone &m = pickHeld ? m_milestones.at(pair.first) : anyMilestone();
        ModelPurchase &p = pickHeld ? m_purchases.at(pair.second) : anyPurchase();
        const bool all = m_rng.bounded(3) == 0;
        const qint64 held = p.allocated.count(m.id) ? p.allocated[m.id] : 0;
        const qint64 n = all ? held : 1 + m_rng.bounded(8);
        m_last = QStringLiteral("return %1 of purchase %2 from milestone %3")
                     .arg(all ? QStringLiteral("all") : QString::number(n))
                     .arg(p.id)
                     .arg(m.id);
        const bool expected = !m.completed && held > 0 && n <= held;
        const Status s =
            MilestoneService(m_t.db()).releaseAllocation(m.id, p.id, all ? QString() : QString::number(n), m_today);
        if (!expectSame(s.ok(), expected, s.message()))
            return false;
        if (s.ok()) {
            p.allocated[m.id] -= n;
            if (m_today > p.expiry) // returned after the expiry: expires at once
                p.expired += n;
        }
        return true;
    }

    bool complete()
    {
        ModelMilestone &m = anyMilestone();
        m_last = QStringLiteral("complete milestone %1").arg(m.id);
        qint64 held = 0;
        for (auto &[id, p] : m_purchases)
            held += p.allocated.count(m.id) ? p.allocated[m.id] : 0;
        const Status s = MilestoneService(m_t.db()).completeMilestone(m.id, m_today);
        if (!expectSame(s.ok(), !m.completed && held > 0, s.message()))
            return false;
        if (s.ok()) {
            m.completed = true;
            for (auto &[id, p] : m_purchases)
                if (p.allocated.count(m.id) && p.allocated[m.id] > 0) {
                    p.redeemed += p.allocated[m.id];
                    m.redeemed[id] += p.allocated[m.id];
                    p.allocated[m.id] = 0;
                }
        }
        return true;
    }

    bool expire()
    {
        m_today = m_today.addDays(m_rng.bounded(30));
        m_last = QStringLiteral("expiry run as of %1").arg(m_today.toString(Qt::ISODate));
        auto r = MilestoneService(m_t.db()).expire(m_today);
        if (!r)
            return report(r.message());
        for (auto &[id, p] : m_purchases)
            if (!p.draft && p.expiry < m_today) {
                p.expired += p.available() + p.allocatedTotal();
                p.allocated.clear();
                p.moved = p.moved || p.expired > 0;
            }
        return true;
    }

    bool check()
    {
        QList<qint64> ids;
        for (const auto &[id, p] : m_purchases)
            ids << id;
        auto units = servicesCreditUnits(m_t.db(), ids);
        if (!units)
            return report(units.message());
        for (const auto &[id, p] : m_purchases) {
            const CreditUnits u = units->value(id);
            if (u.purchased != Decimal::fromInt(p.credits) || u.allocated != Decimal::fromInt(p.allocatedTotal()) ||
                u.redeemed != Decimal::fromInt(p.redeemed) || u.expired != Decimal::fromInt(p.expired) ||
                u.available() != Decimal::fromInt(p.available()) || u.available().isNegative())
                return report(QStringLiteral("purchase %1: Bursar %2/%3/%4/%5, the model %6/%7/%8/%9")
                                  .arg(id)
                                  .arg(u.purchased.toString(), u.allocated.toString(), u.redeemed.toString(),
                                       u.expired.toString())
                                  .arg(p.credits)
                                  .arg(p.allocatedTotal())
                                  .arg(p.redeemed)
                                  .arg(p.expired));
            if (p.draft && p.moved)
                return report(QStringLiteral("purchase %1 is a draft and its credits moved").arg(id));
        }
        for (const auto &[id, m] : m_milestones) {
            auto read = MilestoneService(m_t.db()).milestone(id);
            if (!read)
                return report(read.message());
            const qint64 held = heldBy(m);
            if ((read->allocated + read->redeemed) != Decimal::fromInt(held) || read->currency != currencyOf(m) ||
                (read->status == MilestoneStatus::Completed) != m.completed || held > m.required)
                return report(QStringLiteral("milestone %1: Bursar %2+%3 %4, the model %5 %6")
                                  .arg(id)
                                  .arg(read->allocated.toString(), read->redeemed.toString(), read->currency)
                                  .arg(held)
                                  .arg(currencyOf(m)));
        }
        return true;
    }

    bool checkReport()
    {
        QList<CustomerCreditsBalance> rows;
        for (qint64 customer : m_customers) {
            auto some = ServicesCreditReport(m_t.db()).customerBalances({}, {}, customer);
            if (!some)
                return report(some.message());
            rows << *some;
        }
        std::map<std::pair<qint64, QString>, qint64> available, purchased;
        for (const auto &[id, p] : m_purchases)
            if (!p.draft) {
                available[{p.customer, p.currency}] += p.available();
                purchased[{p.customer, p.currency}] += p.credits;
            }
        for (const CustomerCreditsBalance &b : rows) {
            if (!m_customers.contains(b.customerId))
                return report(QStringLiteral("the report of one customer has another: %1").arg(b.customerId));
            const std::pair<qint64, QString> key{b.customerId, b.currency};
            if (b.units.available() != Decimal::fromInt(available[key]) ||
                b.units.purchased != Decimal::fromInt(purchased[key]) ||
                b.available.value != Decimal::fromInt(available[key] * 10))
                return report(
                    QStringLiteral("report for %1 %2 differs from the model").arg(b.customerId).arg(b.currency));
            available.erase(key);
        }
        for (const auto &[key, n] : available)
            if (n != 0 || purchased[key] != 0)
                return report(QStringLiteral("report misses %1 %2").arg(key.first).arg(key.second));
        return true;
    }

    bool report(const QString &what)
    {
        qWarning("scenario %d: %s", m_number, qPrintable(what));
        return false;
    }

    TestDatabase &m_t;
    QRandomGenerator &m_rng;
    int m_number;
    QList<qint64> m_customers;
    std::map<qint64, ModelPurchase> m_purchases;
    std::map<qint64, ModelMilestone> m_milestones;
    QDate m_today{2027, 1, 1};
    QString m_last;
};

} // namespace

class TestServicesCreditsProperty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios()
    {
        const QStringList shard = qEnvironmentVariable("BURSAR_SHARD", QStringLiteral("0/1")).split(u'/');
        const int k = shard.value(0).toInt(), n = std::max(1, shard.value(1).toInt());
        const int total = qEnvironmentVariableIntValue("BURSAR_SCENARIOS") > 0
                              ? qEnvironmentVariableIntValue("BURSAR_SCENARIOS")
                              : 10000;
        // Scenarios share a database (each its own customers), a new one every 500.
        std::unique_ptr<TestDatabase> t;
        int ran = 0;
        for (int i = k; i < total; i += n) {
            if (!t || ran % 500 == 0)
                t = std::make_unique<TestDatabase>();
            QRandomGenerator rng(Seed + quint32(i));
            QVERIFY2(Scenario(*t, rng, i).run(),
                     qPrintable(QStringLiteral("scenario %1 (seed %2)").arg(i).arg(Seed + quint32(i))));
            ++ran;
        }
        qInfo("%d scenarios", ran);
    }
};

QTEST_GUILESS_MAIN(TestServicesCreditsProperty)
#include "tst_services_credits_property.moc"
