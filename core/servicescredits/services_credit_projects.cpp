// Projects and milestones: records and reads. The movements of credits are in
// services_credit_allocation.cpp.
#include "core/customers/customer.h"
#include "core/ledger/allocation_ledger.h"
#include "core/servicescredits/services_credit_rows.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <map>

namespace bursar::core {

Result<qint64> MilestoneService::addProject(qint64 customerId, const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("add projects")); !s)
        return s.error();
    const QString label = tr("Project for customer %1").arg(displayCustomerId(customerId));
    const auto checked =
        services_credits::checkName(name, label, tr("%1: the name is missing; give the project a name.").arg(label));
    if (!checked)
        return checked.error();
    const QString n = *checked;
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        if (Status s = services_credits::requireCustomer(m_db, customerId); !s)
            return fail(tr("%1: %2").arg(label, s.message()), QStringLiteral("customer"));
        Sql q(m_db, QStringLiteral("INSERT INTO services_credit_projects (customer_id, name, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?) RETURNING id"));
        q.bind(customerId).bind(n).bind(nowUtc()).bind(m_db.actor());
        if (Status e = q.exec(tr("adding the project")); !e)
            return e;
        if (!q.next())
            return fail(tr("The database did not return the new project's ID."));
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("services_credits.project_add"), QStringLiteral("services_credit_project"),
                          QString::number(id), QStringLiteral("customer=%1 name=%2").arg(customerId).arg(n));
    });
    if (!done)
        return done.error();
    return id;
}

Result<qint64> MilestoneService::addMilestone(qint64 projectId, const QString &name, const QString &credits, QDate due,
                                              const QString &currency)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("add milestones")); !s)
        return s.error();
    const QString label = tr("Milestone of project %1").arg(projectId);
    const QString n = name.trimmed();
    if (n.isEmpty())
        return fail(tr("%1: the name is missing; give the milestone a name.").arg(label), QStringLiteral("name"));
    auto required = services_credits::parseCredits(credits, label, QStringLiteral("credits"));
    if (!required)
        return required.error();
    QString code;
    if (!currency.trimmed().isEmpty()) {
        auto c = Currencies::require(currency.trimmed(), QStringLiteral("currency"));
        if (!c)
            return fail(tr("%1: %2").arg(label, c.message()), QStringLiteral("currency"));
        code = c->code;
    }
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        Sql p(m_db, QStringLiteral("SELECT 1 FROM services_credit_projects WHERE id = ?"));
        p.bind(projectId);
        if (Status e = p.exec(tr("reading the project")); !e)
            return e;
        if (!p.next())
            return fail(tr("There is no project %1; add it first (bursar project add).").arg(projectId),
                        QStringLiteral("project"));
        Sql q(m_db, QStringLiteral("INSERT INTO services_credit_milestones (project_id, name, due_date, "
                                   "credits_required, currency, status, created_at, created_by) VALUES (?, ?, ?, ?, "
                                   "?, 'open', ?, ?) RETURNING id"));
        q.bind(projectId)
            .bind(n)
            .bind(dateValue(due))
            .bind(*required)
            .bind(nullIfEmpty(code))
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status e = q.exec(tr("adding the milestone")); !e)
            return e;
        if (!q.next())
            return fail(tr("The database did not return the new milestone's ID."));
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("services_credits.milestone_add"), QStringLiteral("services_credit_milestone"),
                          QString::number(id),
                          QStringLiteral("project=%1 credits=%2 due=%3 currency=%4")
                              .arg(projectId)
                              .arg(*required)
                              .arg(due.toString(Qt::ISODate), code));
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<Project>> MilestoneService::projects(std::optional<qint64> customerId, Page page)
{
    Sql q(m_db, QStringLiteral("SELECT p.id, p.customer_id, c.name, p.name, (SELECT COUNT(*) FROM "
                               "services_credit_milestones m WHERE m.project_id = p.id) FROM services_credit_projects "
                               "p JOIN customers c ON c.id = p.customer_id") +
                    (customerId ? QStringLiteral(" WHERE p.customer_id = ?") : QString()) +
                    QStringLiteral(" ORDER BY p.id") + limitClause(page));
    if (customerId)
        q.bind(*customerId);
    if (Status s = q.exec(tr("reading projects")); !s)
        return s.error();
    QList<Project> out;
    while (q.next())
        out << Project{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt()};
    return out;
}

namespace services_credits {

Result<QList<Milestone>> readMilestones(Database &db, const QString &where, const QVariantList &binds, Page page)
{
    Sql q(db, QStringLiteral("SELECT m.id, m.project_id, p.name, p.customer_id, m.name, m.due_date, "
                             "m.credits_required, m.currency, m.status, m.completed_on FROM "
                             "services_credit_milestones m JOIN services_credit_projects p ON p.id = m.project_id") +
                  (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY m.id") +
                  limitClause(page));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(MilestoneService::tr("reading milestones")); !s)
        return s.error();
    QList<Milestone> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Milestone m;
        m.id = q.value(0).toLongLong();
        m.projectId = q.value(1).toLongLong();
        m.projectName = q.value(2).toString();
        m.customerId = q.value(3).toLongLong();
        m.name = q.value(4).toString();
        m.dueDate = storedDate(q.value(5));
        m.creditsRequired = q.value(6).toLongLong();
        m.currency = q.value(7).toString();
        m.status =
            q.value(8).toString() == QLatin1String("completed") ? MilestoneStatus::Completed : MilestoneStatus::Open;
        m.completedOn = storedDate(q.value(9));
        index.insert(m.id, out.size());
        out << m;
    }
    if (out.isEmpty())
        return out;
    // What each milestone holds, and from which currency, is the ledger's to say.
    const QList<qint64> ids = index.keys();
    QHash<qint64, std::map<QString, Decimal>> held;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        Sql a(db, QStringLiteral("SELECT a.target_kind, a.target_id, a.amount, p.currency FROM allocations a JOIN "
                                 "services_credit_purchases p ON p.id = a.source_id WHERE a.source_kind = "
                                 "'services_purchase' AND a.target_kind IN ('milestone', 'redemption') AND "
                                 "a.target_id IN ") +
                      idList(ids.mid(from, 500)));
        if (Status s = a.exec(MilestoneService::tr("reading allocations")); !s)
            return s.error();
        while (a.next()) {
            const qint64 id = a.value(1).toLongLong();
            Milestone &m = out[index.value(id)];
            const Decimal credits = storedAmount(a.value(2));
            (a.value(0).toString() == QLatin1String("milestone") ? m.allocated : m.redeemed) += credits;
            held[id][a.value(3).toString()] += credits;
        }
    }
    // A milestone added without a currency holds the currency of the credits it holds.
    for (Milestone &m : out)
        if (m.currency.isEmpty())
            for (const auto &[currency, credits] : held.value(m.id))
                if (!credits.isZero())
                    m.currency = currency;
    return out;
}

} // namespace services_credits

using services_credits::readMilestones;

Result<QList<Milestone>> MilestoneService::milestones(std::optional<qint64> projectId, Page page)
{
    if (projectId)
        return readMilestones(m_db, QStringLiteral("m.project_id = ?"), {*projectId}, page);
    return readMilestones(m_db, {}, {}, page);
}

Result<Milestone> MilestoneService::milestone(qint64 id)
{
    auto found = readMilestones(m_db, QStringLiteral("m.id = ?"), {id}, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail(tr("There is no milestone %1.").arg(id), QStringLiteral("milestone"));
    return found->first();
}

Result<QList<MilestoneAllocation>> MilestoneService::allocations(qint64 milestoneId)
{
    Sql q(m_db, QStringLiteral("SELECT a.source_id, p.currency, p.expiry_date, a.target_kind, a.amount FROM "
                               "allocations a JOIN services_credit_purchases p ON p.id = a.source_id WHERE "
                               "a.source_kind = 'services_purchase' AND a.target_kind IN ('milestone', 'redemption') "
                               "AND a.target_id = ? ORDER BY a.id"));
    q.bind(milestoneId);
    if (Status s = q.exec(tr("reading allocations")); !s)
        return s.error();
    QList<MilestoneAllocation> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        const qint64 purchase = q.value(0).toLongLong();
        if (!index.contains(purchase)) {
            index.insert(purchase, out.size());
            out << MilestoneAllocation{milestoneId, purchase, q.value(1).toString(), storedDate(q.value(2)), {}};
        }
        out[index.value(purchase)].credits += storedAmount(q.value(4));
    }
    QList<MilestoneAllocation> standing;
    for (const MilestoneAllocation &a : out)
        if (!a.credits.isZero())
            standing << a;
    return standing;
}

Result<QList<qint64>> MilestoneService::openMilestoneIds(std::optional<qint64> customerId)
{
    Sql q(m_db, QStringLiteral("SELECT m.id FROM services_credit_milestones m JOIN services_credit_projects p ON "
                               "p.id = m.project_id WHERE m.status = 'open'") +
                    (customerId ? QStringLiteral(" AND p.customer_id = ?") : QString()) +
                    QStringLiteral(" ORDER BY m.id"));
    if (customerId)
        q.bind(*customerId);
    if (Status s = q.exec(tr("reading milestones")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace bursar::core
