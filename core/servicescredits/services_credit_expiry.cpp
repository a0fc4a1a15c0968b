// The expiry run and a purchase's history.
#include "core/ledger/allocation_ledger.h"
#include "core/servicescredits/services_credit_rows.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

namespace bursar::core {

namespace {

struct Candidate
{
    qint64 id = 0;
    QDate expiry;
    CreditUnits units;
};

} // namespace

Result<ExpiryRunResult> MilestoneService::expire(QDate asOf)
{
    if (Status s = m_db.require(Privilege::AllocateServicesCredits, tr("run the services credits expiry")); !s)
        return s.error();
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    ExpiryRunResult result;
    Status done = m_db.transaction([&]() -> Status {
        // Purchases whose expiry day (plus grace) is before asOf: expiry + 1 + grace <= asOf.
        const QString where = QStringLiteral("s.draft = 0 AND s.expiry_date < ?");
        const QVariantList binds{asOf.addDays(-settings->graceDays).toString(Qt::ISODate)};
        auto units = services_credits::unitsWhere(m_db, where, binds);
        if (!units)
            return units.error();
        QList<qint64> dueIds;
        for (auto it = units->cbegin(); it != units->cend(); ++it)
            if (it->available().isPositive() || it->allocated.isPositive())
                dueIds << it.key();
        if (dueIds.isEmpty())
            return success();
        std::sort(dueIds.begin(), dueIds.end());
        // An expiry is dated the day the credits stop being usable, or the purchase's latest
        // movement when that is later, so no balance as of any day goes below zero.
        QHash<qint64, QDate> expiry, latest;
        {
            Sql l(m_db, QStringLiteral("SELECT s.id, s.expiry_date, (SELECT MAX(a.on_date) FROM allocations a WHERE "
                                       "a.source_kind = 'services_purchase' AND a.source_id = s.id) FROM "
                                       "services_credit_purchases s WHERE ") +
                            where);
            l.bind(binds.first());
            if (Status s = l.exec(tr("reading services credits purchases")); !s)
                return s;
            while (l.next()) {
                expiry.insert(l.value(0).toLongLong(), storedDate(l.value(1)));
                if (!l.value(2).isNull())
                    latest.insert(l.value(0).toLongLong(), storedDate(l.value(2)));
            }
        }
        QList<Candidate> due;
        for (qint64 id : dueIds)
            due << Candidate{id, expiry.value(id), units->value(id)};
        AllocationLedger ledger(m_db);
        AllocationLedger::Batch batch(m_db);
        for (const Candidate &c : due) {
            const QDate on = std::max(services_credits::expiresOn(c.expiry, settings->graceDays),
                                      latest.value(c.id, QDate(1, 1, 1)));
            Decimal expired = c.units.available();
            if (c.units.allocated.isPositive()) {
                // Allocated to milestones not completed by then: returned and expired with the rest.
                auto entries = ledger.entriesFrom(AllocationSource::ServicesPurchase, c.id);
                if (!entries)
                    return entries.error();
                for (const LedgerEntry &e : *entries)
                    if (e.stands() && e.target == AllocationTarget::Milestone) {
                        if (Status s = batch.add(ledger::reversalOf(
                                e, on,
                                QStringLiteral("returned from milestone %1 as the purchase expired").arg(e.targetId)));
                            !s)
                            return s;
                        expired += e.amount;
                        ++result.allocationsReturned;
                    }
            }
            NewAllocation e;
            e.source = AllocationSource::ServicesPurchase;
            e.sourceId = c.id;
            e.target = AllocationTarget::Expiry;
            e.targetId = c.id;
            e.amount = expired;
            e.on = on;
            e.reason = QStringLiteral("expiry run as of %1").arg(asOf.toString(Qt::ISODate));
            if (Status s = batch.add(e); !s)
                return s;
            ++result.purchases;
            result.expired += expired;
        }
        if (Status s = batch.finish(); !s)
            return s;
        return m_db.audit(QStringLiteral("services_credits.expire"), QStringLiteral("services_credits"),
                          asOf.toString(Qt::ISODate),
                          QStringLiteral("purchases=%1 credits=%2 allocations_returned=%3 grace_days=%4")
                              .arg(result.purchases)
                              .arg(result.expired.toString())
                              .arg(result.allocationsReturned)
                              .arg(settings->graceDays));
    });
    if (!done)
        return done.error();
    return result;
}

Result<ExpiryRunResult> expireOnOpen(Database &db)
{
    if (!db.acting().can(Privilege::AllocateServicesCredits))
        return ExpiryRunResult{};
    return MilestoneService(db).expire(QDate::currentDate());
}

Result<QList<PurchaseMovement>> PurchaseService::history(qint64 id)
{
    auto p = services_credits::readPurchase(m_db, id);
    if (!p)
        return p.error();
    auto entries = AllocationLedger(m_db).entriesFrom(AllocationSource::ServicesPurchase, id);
    if (!entries)
        return entries.error();
    QList<PurchaseMovement> out;
    Decimal available = Decimal::fromInt(p->credits);
    PurchaseMovement bought;
    bought.on = p->startDate;
    bought.kind = QStringLiteral("purchased");
    bought.credits = available;
    bought.available = available;
    bought.reason = p->draft ? tr("draft: not available until the draft flag is removed") : p->description;
    bought.recordedBy = p->createdBy;
    out << bought;
    // In the order they take effect (a reversal and what replaces it share a day and keep their order).
    QList<LedgerEntry> sorted = *entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const LedgerEntry &a, const LedgerEntry &b) { return a.on < b.on; });
    for (const LedgerEntry &e : sorted) {
        PurchaseMovement m;
        m.entryId = e.id;
        m.on = e.on;
        switch (e.target) {
        case AllocationTarget::Milestone:
            m.kind = e.isReversal() ? QStringLiteral("returned") : QStringLiteral("allocated");
            m.milestoneId = e.targetId;
            break;
        case AllocationTarget::Redemption:
            m.kind = e.isReversal() ? QStringLiteral("redemption corrected") : QStringLiteral("redeemed");
            m.milestoneId = e.targetId;
            break;
        case AllocationTarget::Expiry:
            m.kind = QStringLiteral("expired");
            break;
        default:
            continue;
        }
        // Every entry moves credits out of (or, reversed, back into) the available ones; a
        // completion is the allocation returned and the same credits redeemed, on one day.
        m.credits = -e.amount;
        available += m.credits;
        m.available = available;
        m.reason = e.reason;
        m.recordedBy = e.recordedBy;
        out << m;
    }
    return out;
}

} // namespace bursar::core
