#include "tests/support/demo_fixture.h"

#include "core/billing/billing_run.h"
#include "core/demo/demo_data.h"
#include "core/demo/usage_generator.h"

namespace bursar::test {

using namespace bursar::core;

QString fillDemoWithDrafts(Database &db, QDate today)
{
    if (auto r = generateDemoData(db, 60, 7); !r)
        return r.error().message;
    if (auto r = generateDemoUsage(db, today, 7); !r)
        return r.error().message;
    if (auto r = generateDemoBilling(db, today, 7); !r)
        return r.error().message;
    if (auto r = generateDemoReceivables(db, today.addMonths(-1)); !r)
        return r.error().message;
    if (auto r = generateDemoServicesCredits(db, today); !r)
        return r.error().message;
    GenerateRequest draft;
    draft.period = today.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    auto drafts = BillingRun(db).generate(draft);
    if (!drafts)
        return drafts.error().message;
    return drafts->generated.isEmpty() ? QStringLiteral("no drafts were generated") : QString();
}

} // namespace bursar::test
