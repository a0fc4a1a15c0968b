// Demo services credits (issue 15): purchases in two currencies, a draft, an expired one and
// some expiring soon; opportunities with and without products that can become purchases;
// projects whose milestones are partly allocated and redeemed. Through the services, as a
// clerk would, with dates around `today`.
#include "core/demo/demo_data.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

namespace bursar::core {

namespace {

struct Demo
{
    Database &db;
    QDate today;
    DemoServicesCreditsSummary summary;

    Result<qint64> purchase(qint64 customer, int credits, const char *value, const char *paid, const char *currency,
                            int startDays, int expiryDays, const QString &description, bool draft = false)
    {
        PurchaseInput in{customer,
                         today.addDays(startDays),
                         today.addDays(expiryDays),
                         QString::number(credits),
                         QString::fromLatin1(value),
                         QString::fromLatin1(paid),
                         description,
                         QString::fromLatin1(currency),
                         draft,
                         0};
        auto id = PurchaseService(db).add(in);
        if (id)
            ++summary.purchases;
        return id;
    }

    Result<qint64> milestone(qint64 project, const QString &name, int credits, int dueDays)
    {
        auto id = MilestoneService(db).addMilestone(project, name, QString::number(credits), today.addDays(dueDays));
        if (id)
            ++summary.milestones;
        return id;
    }
};

#define DEMO_TRY(expr)                                                                                                 \
    if (auto r_ = (expr); !r_)                                                                                         \
        return r_.error();

} // namespace

Result<DemoServicesCreditsSummary> generateDemoServicesCredits(Database &db, QDate today)
{
    QList<qint64> customers;
    {
        Sql q(db, QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 4"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            customers << q.value(0).toLongLong();
    }
    if (customers.size() < 2)
        return DemoServicesCreditsSummary{};
    Demo d{db, today, {}};
    const qint64 a = customers.at(0), b = customers.at(1);
    // Seed 003's examples: 200 credits at 100 with 80 paid; 10 for 100 USD and 5 for 250 GBP.
    auto main = d.purchase(a, 200, "100", "80", "USD", -90, 275, QStringLiteral("Professional services"));
    DEMO_TRY(main);
    auto usd = d.purchase(a, 25, "10", "10", "USD", -30, 20, QStringLiteral("Advisory hours"));
    DEMO_TRY(usd);
    DEMO_TRY(d.purchase(a, 5, "50", "50", "GBP", -30, 50, QStringLiteral("UK workshop days")));
    DEMO_TRY(d.purchase(a, 40, "95", "90", "EUR", 0, 365, QStringLiteral("Awaiting the signed order"), true));
    auto old = d.purchase(b, 10, "120", "100", "USD", -400, -35, QStringLiteral("Last year's block"));
    DEMO_TRY(old);
    auto fresh = d.purchase(b, 60, "110", "110", "USD", -20, 345, QStringLiteral("Migration block"));
    DEMO_TRY(fresh);

    MilestoneService m(db);
    // Last year's project: 4 credits redeemed before the block expired; the rest expires.
    auto oldProject = m.addProject(b, QStringLiteral("Landing zone"));
    DEMO_TRY(oldProject);
    ++d.summary.projects;
    auto oldMilestone = d.milestone(*oldProject, QStringLiteral("Network design"), 4, -60);
    DEMO_TRY(oldMilestone);
    DEMO_TRY(m.allocate(*oldMilestone, *old, QStringLiteral("4"), today.addDays(-120)));
    DEMO_TRY(m.completeMilestone(*oldMilestone, today.addDays(-60)));
    DEMO_TRY(m.expire(today));

    // This year's project: one milestone redeemed, one partly allocated, one not yet.
    auto project = m.addProject(a, QStringLiteral("Cloud migration"));
    DEMO_TRY(project);
    ++d.summary.projects;
    auto design = d.milestone(*project, QStringLiteral("Design"), 20, -10);
    DEMO_TRY(design);
    DEMO_TRY(m.allocateAuto(*design, today.addDays(-25)));
    DEMO_TRY(m.completeMilestone(*design, today.addDays(-10)));
    auto build = d.milestone(*project, QStringLiteral("Build"), 50, 60);
    DEMO_TRY(build);
    DEMO_TRY(m.allocate(*build, *main, QStringLiteral("30"), today.addDays(-5)));
    DEMO_TRY(d.milestone(*project, QStringLiteral("Go-live"), 40, 120));
    auto second = m.addProject(b, QStringLiteral("Data platform"));
    DEMO_TRY(second);
    ++d.summary.projects;
    auto discovery = d.milestone(*second, QStringLiteral("Discovery"), 15, 30);
    DEMO_TRY(discovery);
    DEMO_TRY(m.allocateAuto(*discovery, today));

    // Opportunities: one with a product that can become a purchase, one without any.
    OpportunityService o(db);
    auto withCredits = o.add(a, QStringLiteral("Security review"), today.addDays(14));
    DEMO_TRY(withCredits);
    DEMO_TRY(o.addProduct(*withCredits, QStringLiteral("Review workshop"), QStringLiteral("1"),
                          QStringLiteral("1000.00"), QStringLiteral("3")));
    DEMO_TRY(o.addProduct(*withCredits, QStringLiteral("Scanner licences"), QStringLiteral("25"),
                          QStringLiteral("12.00"), {}));
    auto without = o.add(b, QStringLiteral("Licence renewal"), today.addDays(30));
    DEMO_TRY(without);
    DEMO_TRY(o.addProduct(*without, QStringLiteral("Licences"), QStringLiteral("100"), QStringLiteral("9.50"), {}));
    d.summary.opportunities = 2;
    Q_UNUSED(usd);
    Q_UNUSED(fresh);
    return d.summary;
}

} // namespace bursar::core
