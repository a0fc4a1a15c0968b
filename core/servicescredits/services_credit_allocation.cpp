// The movements of services credits: allocate (by hand or automatically), return, redeem
// (complete a milestone), correct a redemption and expire. Each is an entry of the
// allocation ledger, written in the transaction that writes the audit row.
#include "core/customers/customer.h"
#include "core/ledger/allocation_ledger.h"
#include "core/servicescredits/services_credit_rows.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <algorithm>
#include <map>

namespace bursar::core {

namespace {

using services_credits::expiresOn;

/// Whether `credits` more of purchase `p` may go to milestone `m` on `on`; the refusal names both.
Status checkAllocation(const ServicesPurchase &p, const Milestone &m, const Decimal &credits, QDate on,
                       const ServicesCreditSettings &settings)
{
    const QString purchase = MilestoneService::tr("Purchase %1").arg(p.id);
    if (m.status == MilestoneStatus::Completed)
        return fail(MilestoneService::tr("Milestone %1 (%2) was completed on %3 and its credits redeemed; reopen it "
                                         "to change its allocations.")
                        .arg(m.id)
                        .arg(m.name, m.completedOn.toString(Qt::ISODate)),
                    QStringLiteral("milestone"));
    if (p.customerId != m.customerId)
        return fail(MilestoneService::tr("%1 belongs to customer %2, milestone %3 to a project of customer %4; credits "
                                         "are allocated within one customer.")
                        .arg(purchase, displayCustomerId(p.customerId))
                        .arg(m.id)
                        .arg(displayCustomerId(m.customerId)),
                    QStringLiteral("purchase"));
    if (p.draft)
        return fail(MilestoneService::tr("%1 is a draft; its credits cannot be allocated. Remove the draft flag "
                                         "first.")
                        .arg(purchase),
                    QStringLiteral("purchase"));
    if (on < p.startDate)
        return fail(MilestoneService::tr("%1's credits can be used from %2; allocate them on or after that day, not "
                                         "on %3.")
                        .arg(purchase, p.startDate.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                    QStringLiteral("purchase"));
    if (on > p.expiryDate) {
        if (!settings.allocateAfterExpiry || on >= expiresOn(p.expiryDate, settings.graceDays))
            return fail(MilestoneService::tr("%1 expired after %2; its credits cannot be allocated on %3. Choose a "
                                             "purchase that has not expired.")
                            .arg(purchase, p.expiryDate.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                        QStringLiteral("purchase"));
    }
    if (!m.currency.isEmpty() && m.currency != p.currency)
        return fail(MilestoneService::tr("%1 is in %2, milestone %3 holds %4 credits; a milestone's credits are of "
                                         "one currency.")
                        .arg(purchase, p.currency)
                        .arg(m.id)
                        .arg(m.currency),
                    QStringLiteral("purchase"));
    if (credits > p.units.available())
        return fail(MilestoneService::tr("%1 has %2 credits available; %3 cannot be allocated from it.")
                        .arg(purchase, p.units.available().toString(), credits.toString()),
                    QStringLiteral("credits"));
    const Decimal room = Decimal::fromInt(m.creditsRequired) - m.allocated - m.redeemed;
    if (credits > room)
        return fail(MilestoneService::tr("Milestone %1 needs %2 credits and holds %3; at most %4 more can be "
                                         "allocated to it.")
                        .arg(m.id)
                        .arg(m.creditsRequired)
                        .arg((m.allocated + m.redeemed).toString(), room.toString()),
                    QStringLiteral("credits"));
    return success();
}

NewAllocation allocationEntry(qint64 purchaseId, AllocationTarget target, qint64 targetId, const Decimal &credits,
                              QDate on, const QString &reason)
{
    NewAllocation e;
    e.source = AllocationSource::ServicesPurchase;
    e.sourceId = purchaseId;
    e.target = target;
    e.targetId = targetId;
    e.amount = credits;
    e.on = on;
    e.reason = reason;
    return e;
}

/// The standing entries on milestone `milestoneId` (of `purchaseId` only, when not 0).
Result<QList<LedgerEntry>> standingOn(Database &db, AllocationTarget target, qint64 milestoneId, qint64 purchaseId)
{
    auto entries = AllocationLedger(db).entriesOn(target, milestoneId);
    if (!entries)
        return entries.error();
    QList<LedgerEntry> out;
    for (const LedgerEntry &e : *entries)
        if (e.stands() && e.source == AllocationSource::ServicesPurchase && (!purchaseId || e.sourceId == purchaseId))
            out << e;
    return out;
}

/// Refused when `on` is before the latest of `entries`: a movement is never undone before it happened.
Status notBefore(const QList<LedgerEntry> &entries, QDate on, qint64 milestoneId)
{
    for (const LedgerEntry &e : entries)
        if (on < e.on)
            return fail(MilestoneService::tr("Milestone %1's credits from purchase %2 moved on %3; a change dated %4 "
                                             "would come before it. Date it on or after %3.")
                            .arg(milestoneId)
                            .arg(e.sourceId)
                            .arg(e.on.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                        QStringLiteral("on"));
    return success();
}

Status setMilestoneStatus(Database &db, qint64 id, bool completed, QDate on)
{
    Sql q(db, QStringLiteral("UPDATE services_credit_milestones SET status = ?, completed_on = ? WHERE id = ? AND "
                             "status = ?"));
    q.bind(completed ? QStringLiteral("completed") : QStringLiteral("open"))
        .bind(completed ? dateValue(on) : dateValue({}))
        .bind(id)
        .bind(completed ? QStringLiteral("open") : QStringLiteral("completed"));
    if (Status s = q.exec(MilestoneService::tr("saving the milestone")); !s)
        return s;
    if (q.rowsAffected() != 1)
        return fail(MilestoneService::tr("Milestone %1 was changed meanwhile; reload it and try again.").arg(id),
                    QStringLiteral("conflict"));
    return success();
}

} // namespace

Status MilestoneService::allocate(qint64 milestoneId, qint64 purchaseId, const QString &credits, QDate on)
{
    if (Status s = m_db.require(Privilege::AllocateServicesCredits, tr("allocate services credits")); !s)
        return s;
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    if (!settings->manualAllocation)
        return fail(tr("Settings > Services Credits allows automatic allocation only; allocate milestone %1 "
                       "automatically.")
                        .arg(milestoneId),
                    QStringLiteral("purchase"));
    auto n = services_credits::parseCredits(credits, tr("Allocation to milestone %1").arg(milestoneId),
                                            QStringLiteral("credits"));
    if (!n)
        return n.error();
    return m_db.transaction([&]() -> Status {
        auto m = milestone(milestoneId);
        if (!m)
            return m.error();
        auto p = services_credits::readPurchase(m_db, purchaseId);
        if (!p)
            return p.error();
        const Decimal amount = Decimal::fromInt(*n);
        if (Status s = checkAllocation(*p, *m, amount, on, *settings); !s)
            return s;
        if (Status s = AllocationLedger(m_db).record(
                {allocationEntry(purchaseId, AllocationTarget::Milestone, milestoneId, amount, on,
                                 QStringLiteral("allocated to milestone %1").arg(milestoneId))});
            !s)
            return s;
        return m_db.audit(
            QStringLiteral("services_credits.allocate"), QStringLiteral("services_credit_milestone"),
            QString::number(milestoneId),
            QStringLiteral("purchase=%1 credits=%2 on=%3").arg(purchaseId).arg(*n).arg(on.toString(Qt::ISODate)));
    });
}

Result<Decimal> MilestoneService::allocateAuto(qint64 milestoneId, QDate on)
{
    return allocateAuto(QList<qint64>{milestoneId}, on);
}

Result<Decimal> MilestoneService::allocateAuto(const QList<qint64> &milestoneIds, QDate on)
{
    if (Status s = m_db.require(Privilege::AllocateServicesCredits, tr("allocate services credits")); !s)
        return s.error();
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    Decimal total;
    Status done = m_db.transaction([&]() -> Status {
        QList<Milestone> todo;
        QSet<qint64> customers;
        // The milestones, then every non-draft purchase of their customers.
        for (qsizetype from = 0; from < milestoneIds.size(); from += 500) {
            auto part = services_credits::readMilestones(
                m_db, QStringLiteral("m.id IN ") + idList(milestoneIds.mid(from, 500)), {});
            if (!part)
                return part.error();
            for (const Milestone &m : *part)
                customers.insert(m.customerId);
            todo << *part;
        }
        if (todo.size() != QSet<qint64>(milestoneIds.cbegin(), milestoneIds.cend()).size())
            return fail(milestoneIds.size() == 1 ? tr("There is no milestone %1.").arg(milestoneIds.first())
                                                 : tr("Some of the milestones do not exist; reload the list."),
                        QStringLiteral("milestone"));
        std::map<qint64, QList<ServicesPurchase>> byCustomer;
        const QList<qint64> customerIds(customers.cbegin(), customers.cend());
        // A few customers by their IDs; thousands (Allocate All Open) in one pass over the purchases.
        const bool many = customerIds.size() > 500;
        for (qsizetype from = 0; from < customerIds.size(); from += many ? customerIds.size() : 500) {
            // Only purchases usable on the day: started, and not past their expiry (plus the grace
            // period when the setting allows allocating from those).
            auto purchases = services_credits::readPurchases(
                m_db,
                QStringLiteral("p.draft = 0 AND p.start_date <= ? AND p.expiry_date >= ?") +
                    (many ? QString() : QStringLiteral(" AND p.customer_id IN ") + idList(customerIds.mid(from, 500))),
                {on.toString(Qt::ISODate),
                 on.addDays(settings->allocateAfterExpiry ? -settings->graceDays : 0).toString(Qt::ISODate)});
            if (!purchases)
                return purchases.error();
            for (const ServicesPurchase &p : *purchases)
                if (customers.contains(p.customerId))
                    byCustomer[p.customerId] << p;
        }
        for (auto &[customer, list] : byCustomer)
            std::sort(list.begin(), list.end(), [](const ServicesPurchase &a, const ServicesPurchase &b) {
                if (a.expiryDate != b.expiryDate)
                    return a.expiryDate < b.expiryDate;
                if (a.createdAt != b.createdAt)
                    return a.createdAt < b.createdAt;
                return a.id < b.id;
            });
        AllocationLedger::Batch batch(m_db);
        // One audit row per milestone, written in bulk at the commit (10,000 at once).
        const QString at = nowUtc();
        for (Milestone &m : todo) {
            if (m.status == MilestoneStatus::Completed) {
                if (milestoneIds.size() == 1)
                    return checkAllocation({}, m, {}, on, *settings);
                continue;
            }
            Decimal needed = Decimal::fromInt(m.creditsRequired) - m.allocated - m.redeemed;
            QStringList taken;
            for (ServicesPurchase &p : byCustomer[m.customerId]) {
                if (!needed.isPositive())
                    break;
                if (!m.currency.isEmpty() && p.currency != m.currency)
                    continue;
                const Decimal n = std::min(needed, p.units.available());
                if (!n.isPositive() || !checkAllocation(p, m, n, on, *settings).ok())
                    continue;
                if (Status s =
                        batch.add(allocationEntry(p.id, AllocationTarget::Milestone, m.id, n, on,
                                                  QStringLiteral("allocated to milestone %1 automatically").arg(m.id)));
                    !s)
                    return s;
                p.units.allocated += n;
                m.allocated += n;
                m.currency = p.currency;
                needed -= n;
                total += n;
                taken << QStringLiteral("%1:%2").arg(p.id).arg(n.toString());
            }
            if (!taken.isEmpty()) {
                if (Status s = m_db.auditAt(
                        at, QStringLiteral("services_credits.allocate_auto"),
                        QStringLiteral("services_credit_milestone"), QString::number(m.id),
                        QStringLiteral("on=%1 purchase:credits=%2").arg(on.toString(Qt::ISODate), taken.join(u' ')));
                    !s)
                    return s;
            }
        }
        return batch.finish();
    });
    if (!done)
        return done.error();
    return total;
}

Status MilestoneService::releaseAllocation(qint64 milestoneId, qint64 purchaseId, const QString &credits, QDate on)
{
    if (Status s = m_db.require(Privilege::AllocateServicesCredits, tr("return allocated services credits")); !s)
        return s;
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    std::optional<qint64> lower;
    if (!credits.trimmed().isEmpty()) {
        if (!purchaseId)
            return fail(tr("Say which purchase's allocation to lower by %1 credits (--purchase).").arg(credits),
                        QStringLiteral("purchase"));
        auto n = services_credits::parseCredits(credits, tr("Return from milestone %1").arg(milestoneId),
                                                QStringLiteral("credits"));
        if (!n)
            return n.error();
        lower = *n;
    }
    return m_db.transaction([&]() -> Status {
        auto m = milestone(milestoneId);
        if (!m)
            return m.error();
        if (m->status == MilestoneStatus::Completed)
            return checkAllocation({}, *m, {}, on, *settings);
        auto standing = standingOn(m_db, AllocationTarget::Milestone, milestoneId, purchaseId);
        if (!standing)
            return standing.error();
        if (standing->isEmpty())
            return fail(purchaseId
                            ? tr("Milestone %1 holds no credits of purchase %2.").arg(milestoneId).arg(purchaseId)
                            : tr("Milestone %1 holds no credits.").arg(milestoneId),
                        QStringLiteral("purchase"));
        if (Status s = notBefore(*standing, on, milestoneId); !s)
            return s;
        std::map<qint64, Decimal> held;
        for (const LedgerEntry &e : *standing)
            held[e.sourceId] += e.amount;
        if (lower && Decimal::fromInt(*lower) > held[purchaseId])
            return fail(tr("Milestone %1 holds %2 credits of purchase %3; %4 cannot be returned.")
                            .arg(milestoneId)
                            .arg(held[purchaseId].toString())
                            .arg(purchaseId)
                            .arg(*lower),
                        QStringLiteral("credits"));
        QList<NewAllocation> entries;
        for (const LedgerEntry &e : *standing)
            entries << ledger::reversalOf(e, on, QStringLiteral("returned from milestone %1").arg(milestoneId));
        for (const auto &[purchase, kept] : held) {
            const Decimal returned = lower ? Decimal::fromInt(*lower) : kept;
            if (kept - returned > Decimal())
                entries << allocationEntry(purchase, AllocationTarget::Milestone, milestoneId, kept - returned, on,
                                           QStringLiteral("allocation to milestone %1 lowered").arg(milestoneId));
            // Credits returned to a purchase past its expiry expire at once, by the run's rule.
            auto p = services_credits::readPurchase(m_db, purchase);
            if (!p)
                return p.error();
            if (on >= expiresOn(p->expiryDate, settings->graceDays))
                entries << allocationEntry(
                    purchase, AllocationTarget::Expiry, purchase, returned, on,
                    QStringLiteral("returned from milestone %1 after the expiry").arg(milestoneId));
        }
        if (Status s = AllocationLedger(m_db).record(entries); !s)
            return s;
        return m_db.audit(QStringLiteral("services_credits.return"), QStringLiteral("services_credit_milestone"),
                          QString::number(milestoneId),
                          QStringLiteral("purchase=%1 credits=%2 on=%3")
                              .arg(purchaseId ? QString::number(purchaseId) : QStringLiteral("all"),
                                   lower ? QString::number(*lower) : QStringLiteral("all"), on.toString(Qt::ISODate)));
    });
}

Status MilestoneService::completeMilestone(qint64 milestoneId, QDate on)
{
    if (Status s = m_db.require(Privilege::AllocateServicesCredits, tr("complete milestones")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto m = milestone(milestoneId);
        if (!m)
            return m.error();
        if (m->status == MilestoneStatus::Completed)
            return fail(tr("Milestone %1 (%2) was completed on %3 already; its credits are redeemed.")
                            .arg(milestoneId)
                            .arg(m->name, m->completedOn.toString(Qt::ISODate)),
                        QStringLiteral("milestone"));
        auto standing = standingOn(m_db, AllocationTarget::Milestone, milestoneId, 0);
        if (!standing)
            return standing.error();
        if (standing->isEmpty())
            return fail(tr("Milestone %1 (%2) holds no credits; allocate its credits first (services-credits "
                           "allocate --milestone %1 --auto).")
                            .arg(milestoneId)
                            .arg(m->name),
                        QStringLiteral("milestone"));
        if (Status s = notBefore(*standing, on, milestoneId); !s)
            return s;
        QList<NewAllocation> entries;
        std::map<qint64, Decimal> held;
        for (const LedgerEntry &e : *standing) {
            entries << ledger::reversalOf(e, on, QStringLiteral("milestone %1 completed").arg(milestoneId));
            held[e.sourceId] += e.amount;
        }
        Decimal redeemed;
        for (const auto &[purchase, credits] : held) {
            entries << allocationEntry(purchase, AllocationTarget::Redemption, milestoneId, credits, on,
                                       QStringLiteral("redeemed by milestone %1").arg(milestoneId));
            redeemed += credits;
        }
        if (Status s = AllocationLedger(m_db).record(entries); !s)
            return s;
        if (Status s = setMilestoneStatus(m_db, milestoneId, true, on); !s)
            return s;
        return m_db.audit(QStringLiteral("services_credits.complete"), QStringLiteral("services_credit_milestone"),
                          QString::number(milestoneId),
                          QStringLiteral("redeemed=%1 on=%2").arg(redeemed.toString(), on.toString(Qt::ISODate)));
    });
}

Status MilestoneService::reopenMilestone(qint64 milestoneId, const QString &reason, QDate on)
{
    if (Status s = m_db.require(Privilege::AllocateServicesCredits, tr("correct milestone completions")); !s)
        return s;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(tr("Say why milestone %1's completion is corrected; the reason is kept with the correction.")
                        .arg(milestoneId),
                    QStringLiteral("reason"));
    return m_db.transaction([&]() -> Status {
        auto m = milestone(milestoneId);
        if (!m)
            return m.error();
        if (m->status != MilestoneStatus::Completed)
            return fail(tr("Milestone %1 is not completed; there is no redemption to correct.").arg(milestoneId),
                        QStringLiteral("milestone"));
        auto standing = standingOn(m_db, AllocationTarget::Redemption, milestoneId, 0);
        if (!standing)
            return standing.error();
        if (Status s = notBefore(*standing, on, milestoneId); !s)
            return s;
        QList<NewAllocation> entries;
        for (const LedgerEntry &e : *standing) {
            entries << ledger::reversalOf(e, on, QStringLiteral("redemption corrected: %1").arg(why));
            entries << allocationEntry(e.sourceId, AllocationTarget::Milestone, milestoneId, e.amount, on,
                                       QStringLiteral("allocated again: %1").arg(why));
        }
        if (Status s = AllocationLedger(m_db).record(entries); !s)
            return s;
        if (Status s = setMilestoneStatus(m_db, milestoneId, false, on); !s)
            return s;
        return m_db.audit(QStringLiteral("services_credits.reopen"), QStringLiteral("services_credit_milestone"),
                          QString::number(milestoneId),
                          QStringLiteral("on=%1 reason=%2").arg(on.toString(Qt::ISODate), why));
    });
}

} // namespace bursar::core
