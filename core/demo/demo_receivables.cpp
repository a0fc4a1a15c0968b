#include "core/billing/billing_run.h"
#include "core/billing/statement_service.h"
#include "core/demo/demo_data.h"
#include "core/domain/billing_period.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/money/currency.h"

namespace bursar::core {

namespace {

/// The first `percent` of a total, rounded down to the currency's units, as text.
QString part(Decimal total, int percent, const QString &currency)
{
    return total.multiplied(Decimal::fromInt(percent), Decimal::Scale, Rounding::HalfEven)
        .divided(Decimal::fromInt(100), Currencies::lookup(currency).minorUnits, Rounding::Down)
        .toString(Currencies::lookup(currency).minorUnits);
}

NewMemo demoMemo(ArKind kind, qint64 customer, const QString &currency, QDate date, const char *description,
                 const char *line, const char *price, const char *taxCategory = "")
{
    NewMemo m;
    m.kind = kind;
    m.customerId = customer;
    m.currency = currency;
    m.date = date;
    m.description = QString::fromUtf8(description);
    m.lines = {{QString::fromUtf8(line),
                QStringLiteral("1"),
                QStringLiteral("each"),
                QString::fromLatin1(price),
                {},
                QString::fromLatin1(taxCategory)}};
    return m;
}

} // namespace

Result<DemoReceivablesSummary> generateDemoReceivables(Database &db, QDate today)
{
    DemoReceivablesSummary summary;
    // The three months of demo usage, billed and approved a few days after each month ends.
    const QDate thisMonth(today.year(), today.month(), 1);
    QList<GeneratedStatement> approved;
    QHash<qint64, QDate> issued;
    for (int back = 3; back >= 1; --back) {
        const QDate month = thisMonth.addMonths(-back);
        const QDate issue = std::min(month.addMonths(1).addDays(4), today);
        for (Vendor v : {Vendor::Aws, Vendor::Microsoft, Vendor::Google}) {
            GenerateRequest r;
            r.vendor = v;
            r.period = periodOfDate(month);
            r.options.applyCredits = true;
            r.options.includeTax = true;
            auto run = BillingRun(db).generate(r);
            if (!run)
                return run.error();
            QList<qint64> ids;
            for (const GeneratedStatement &g : run->generated)
                ids.append(g.statementId);
            if (ids.isEmpty())
                continue;
            auto result = StatementService(db).approve(ids, issue);
            if (!result)
                return result.error();
            for (const GeneratedStatement &g : run->generated) {
                approved.append(g);
                issued.insert(g.statementId, issue);
            }
            summary.statements += int(result->approved.size());
        }
    }
    ArDocuments docs(db);
    ArApplications apps(db);
    // Payments: most statements of the oldest month paid in full 20 days after issue, every
    // fifth customer only half, one customer pays a fifth too much; a few goodwill credit
    // memos; charge-backs long past due so every bucket of the aging has something.
    int n = 0;
    bool overpaid = false;
    for (const GeneratedStatement &g : std::as_const(approved)) {
        ++n;
        const QDate issue = issued.value(g.statementId);
        if (!g.total.isPositive() || issue > thisMonth.addMonths(-1))
            continue; // the last month's statements stay open
        int percent = g.customerId % 5 == 0 ? 50 : 100;
        if (!overpaid && percent == 100 && g.customerId % 7 == 3) {
            percent = 120;
            overpaid = true;
        }
        if (g.customerId % 4 == 1)
            continue; // unpaid: goes past due
        const QString amount = part(g.total, percent, g.currency);
        if (!Decimal::parse(amount)->isPositive())
            continue; // half of a cent rounds down to nothing: no payment to record
        const QDate paid = std::min(issue.addDays(20), today);
        auto id = docs.recordPayment(
            {g.customerId, amount, g.currency, paid, {}, QStringLiteral("Bank transfer %1").arg(n)}, today);
        if (!id)
            return id.error();
        ++summary.payments;
        auto applied = apps.applyAuto({QStringLiteral("payment"), *id}, paid);
        if (applied)
            summary.applications += int(applied->size());
    }
    for (const GeneratedStatement &g : std::as_const(approved)) {
        if (g.customerId % 9 != 2)
            continue;
        const QDate dated = issued.value(g.statementId);
        auto cm = docs.createMemo(
            demoMemo(ArKind::CreditMemo, g.customerId, g.currency, dated, "Goodwill credit", "Service outage", "25"),
            today);
        if (!cm)
            return cm.error();
        if (auto r = docs.release({*cm}, today); !r)
            return r.error();
        ++summary.creditMemos;
        if (g.customerId % 2 == 0)
            if (auto a = apps.applyAuto({QStringLiteral("credit_memo"), *cm}, dated))
                summary.applications += int(a->size());
    }
    QSet<qint64> chargedBack;
    for (const GeneratedStatement &g : std::as_const(approved)) {
        if (g.customerId % 11 != 4 || chargedBack.contains(g.customerId))
            continue;
        chargedBack.insert(g.customerId);
        for (int days : {100, 150}) {
            auto dm = docs.createMemo(demoMemo(ArKind::DebitMemo, g.customerId, g.currency, today.addDays(-days - 30),
                                               "Charge-back after dispute", "Disputed refund", "40", "Standard"),
                                      today);
            if (!dm)
                return dm.error();
            if (auto r = docs.release({*dm}, today); !r)
                return r.error();
            ++summary.debitMemos;
        }
    }
    // One Hold memo waiting for its release.
    if (!approved.isEmpty()) {
        const GeneratedStatement &g = approved.first();
        auto hold = docs.createMemo(demoMemo(ArKind::CreditMemo, g.customerId, g.currency, today,
                                             "Promotion: first month at half price", "Promotion delta", "15"),
                                    today);
        if (!hold)
            return hold.error();
        ++summary.creditMemos;
    }
    return summary;
}

} // namespace bursar::core
