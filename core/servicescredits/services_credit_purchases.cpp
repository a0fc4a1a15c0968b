#include "core/customers/customer.h"
#include "core/ledger/allocation_ledger.h"
#include "core/servicescredits/services_credit_rows.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QRegularExpression>

namespace bursar::core {

namespace {

const QString PurchaseColumns = QStringLiteral(
    "p.id, p.customer_id, c.name, p.start_date, p.expiry_date, p.credits, p.value_per_credit, p.paid_per_credit, "
    "p.description, p.currency, p.draft, p.product_id, p.version, p.created_at, p.created_by FROM "
    "services_credit_purchases p JOIN customers c ON c.id = p.customer_id");

QString purchaseLabel(qint64 id)
{
    return id ? PurchaseService::tr("Services credits purchase %1").arg(id) : PurchaseService::tr("New purchase");
}

/// The typed fields of a purchase, checked.
struct PurchaseFields
{
    qint64 credits = 0;
    Decimal value, paid;
    QString currency, description;
};

/// `text` is `kept` as typed (an edit that leaves an exact value from an opportunity alone).
bool unchanged(const QString &text, const std::optional<Decimal> &kept)
{
    const auto typed = Decimal::parse(text.trimmed());
    return kept && typed && *typed == *kept;
}

/// `current`: the purchase being edited, whose exact values (333.333… from an opportunity)
/// stay as they are when the form leaves them alone.
Result<PurchaseFields> checkInput(Database &db, const PurchaseInput &in, const ServicesCreditSettings &settings,
                                  const QString &label, const ServicesPurchase *current = nullptr)
{
    using namespace services_credits;
    if (Status s = requireCustomer(db, in.customerId); !s)
        return fail(PurchaseService::tr("%1: %2").arg(label, s.message()), QStringLiteral("customer"));
    auto currency = Currencies::require(in.currency.trimmed(), QStringLiteral("currency"));
    if (!currency)
        return fail(PurchaseService::tr("%1: %2").arg(label, currency.message()), QStringLiteral("currency"));
    if (!in.startDate.isValid())
        return fail(PurchaseService::tr("%1: the start date is missing; give the first day the credits can be used.")
                        .arg(label),
                    QStringLiteral("start"));
    if (!in.expiryDate.isValid())
        return fail(PurchaseService::tr("%1: the expiry date is missing; give the last day the credits can be used.")
                        .arg(label),
                    QStringLiteral("expiry"));
    if (in.expiryDate < in.startDate)
        return fail(PurchaseService::tr("%1: the expiry date %2 is before the start date %3; the credits would never "
                                        "be usable. Give an expiry date on or after the start date.")
                        .arg(label, in.expiryDate.toString(Qt::ISODate), in.startDate.toString(Qt::ISODate)),
                    QStringLiteral("expiry"));
    PurchaseFields f;
    auto credits = parseCredits(in.credits, label, QStringLiteral("credits"));
    if (!credits)
        return credits.error();
    f.credits = *credits;
    const std::optional<Decimal> keptValue = current ? std::optional<Decimal>(current->valuePerCredit) : std::nullopt;
    const std::optional<Decimal> keptPaid = current ? std::optional<Decimal>(current->paidPerCredit) : std::nullopt;
    auto value = unchanged(in.valuePerCredit, keptValue)
                     ? Result<Decimal>(*keptValue)
                     : parsePerCredit(in.valuePerCredit, *currency, label, QStringLiteral("value"),
                                      PurchaseService::tr("value per credit"));
    if (!value)
        return value.error();
    f.value = *value;
    if (settings.paidEqualsValue) {
        f.paid = f.value;
    } else {
        auto paid = unchanged(in.paidPerCredit, keptPaid)
                        ? Result<Decimal>(*keptPaid)
                        : parsePerCredit(in.paidPerCredit, *currency, label, QStringLiteral("paid"),
                                         PurchaseService::tr("amount paid per credit"));
        if (!paid)
            return paid.error();
        f.paid = *paid;
    }
    f.currency = currency->code;
    f.description = in.description.trimmed();
    if (f.description.size() > 500)
        return fail(PurchaseService::tr("%1: the description has %2 characters; at most 500 are kept.")
                        .arg(label)
                        .arg(f.description.size()),
                    QStringLiteral("description"));
    return f;
}

} // namespace

namespace services_credits {

Result<qint64> parseCredits(const QString &text, const QString &label, const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(PurchaseService::tr("%1: the number of services credits is missing; type a whole number such as "
                                        "200.")
                        .arg(label),
                    field);
    static const QRegularExpression whole(QStringLiteral("^[+-]?\\d+$"));
    if (!whole.match(t).hasMatch()) {
        auto d = Decimal::parse(t);
        if (d && d->places() > 0)
            return fail(PurchaseService::tr("%1: services credits are whole credits; “%2” has a fraction. Type a "
                                            "whole number such as 200.")
                            .arg(label, t),
                        field);
        return fail(PurchaseService::tr("%1: “%2” is not a number of services credits; type a whole number such as "
                                        "200.")
                        .arg(label, t),
                    field);
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n > 1000000000LL)
        return fail(PurchaseService::tr("%1: %2 services credits is more than Bursar keeps (1,000,000,000); check the "
                                        "number.")
                        .arg(label, t),
                    field);
    if (n <= 0)
        return fail(PurchaseService::tr("%1: the number of services credits must be positive, not %2.").arg(label, t),
                    field);
    return n;
}

Result<Decimal> parsePerCredit(const QString &text, const Currency &currency, const QString &label,
                               const QString &field, const QString &what)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(PurchaseService::tr("%1: the %2 is missing; type an amount such as 100.00.").arg(label, what),
                    field);
    auto d = Decimal::parse(t);
    if (!d)
        return fail(PurchaseService::tr("%1: the %2 “%3” is not an amount: %4").arg(label, what, t, d.message()),
                    field);
    if (!d->isPositive())
        return fail(PurchaseService::tr("%1: the %2 must be more than zero, not %3.").arg(label, what, t), field);
    if (d->places() > currency.minorUnits)
        return fail(PurchaseService::tr("%1: %2 has %3 decimals; the %4 “%5” has %6. Type at most %3 decimals.")
                        .arg(label, currency.code)
                        .arg(currency.minorUnits)
                        .arg(what, t)
                        .arg(d->places()),
                    field);
    if (*d >= Decimal::fromInt(1000000000000LL))
        return fail(
            PurchaseService::tr("%1: the %2 %3 is not below 1,000,000,000,000; check the amount.").arg(label, what, t),
            field);
    return *d;
}

Result<QString> checkName(const QString &text, const QString &label, const QString &missing)
{
    const QString n = text.trimmed();
    if (n.isEmpty())
        return fail(missing, QStringLiteral("name"));
    if (n.size() > 200)
        return fail(
            PurchaseService::tr("%1: the name has %2 characters; at most 200 are kept.").arg(label).arg(n.size()),
            QStringLiteral("name"));
    return n;
}

Status requireCustomer(Database &db, qint64 customerId)
{
    Sql q(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    q.bind(customerId);
    if (Status s = q.exec(PurchaseService::tr("reading the customer")); !s)
        return s;
    if (!q.next())
        return fail(PurchaseService::tr("there is no customer with ID %1.").arg(displayCustomerId(customerId)),
                    QStringLiteral("customer"));
    return success();
}

QDate expiresOn(QDate expiryDate, int graceDays)
{
    return expiryDate.addDays(1 + std::max(0, graceDays));
}

Result<QList<ServicesPurchase>> readPurchases(Database &db, const QString &where, const QVariantList &binds, Page page,
                                              bool oldestFirst)
{
    Sql q(db, QStringLiteral("SELECT ") + PurchaseColumns +
                  (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
                  (oldestFirst ? QStringLiteral(" ORDER BY p.id") : QStringLiteral(" ORDER BY p.id DESC")) +
                  limitClause(page));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(PurchaseService::tr("reading services credits purchases")); !s)
        return s.error();
    QList<ServicesPurchase> out;
    QList<qint64> ids;
    while (q.next()) {
        ServicesPurchase p;
        p.id = q.value(0).toLongLong();
        p.customerId = q.value(1).toLongLong();
        p.customerName = q.value(2).toString();
        p.startDate = storedDate(q.value(3));
        p.expiryDate = storedDate(q.value(4));
        p.credits = q.value(5).toLongLong();
        p.valuePerCredit = storedAmount(q.value(6));
        p.paidPerCredit = storedAmount(q.value(7));
        p.description = q.value(8).toString();
        p.currency = q.value(9).toString();
        p.draft = q.value(10).toInt() != 0;
        p.productId = q.value(11).toLongLong();
        p.version = q.value(12).toInt();
        p.createdAt = q.value(13).toString();
        p.createdBy = q.value(14).toString();
        ids << p.id;
        out << p;
    }
    if (out.isEmpty())
        return out;
    // A page reads its purchases' entries by ID; a whole list (the automatic allocation's
    // thousands) by the same condition in one pass.
    auto units = page.limit >= 0 || ids.size() <= 500
                     ? servicesCreditUnits(db, ids)
                     : services_credits::unitsWhere(
                           db,
                           QStringLiteral("s.id IN (SELECT p.id FROM services_credit_purchases p JOIN customers c ON "
                                          "c.id = p.customer_id") +
                               (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + u')',
                           binds);
    if (!units)
        return units.error();
    for (ServicesPurchase &p : out)
        p.units = units->value(p.id, CreditUnits{Decimal::fromInt(p.credits), {}, {}, {}});
    return out;
}

Result<ServicesPurchase> readPurchase(Database &db, qint64 id)
{
    auto found = readPurchases(db, QStringLiteral("p.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail(PurchaseService::tr("There is no services credits purchase %1.").arg(id),
                    QStringLiteral("purchase"));
    return found->first();
}

} // namespace services_credits

namespace {

/// Where the credits of the purchases in `units` (their purchased count set) went: the
/// ledger's entries, by the kind of target.
void addMoved(QHash<qint64, CreditUnits> &units, const QHash<qint64, std::map<AllocationTarget, Decimal>> &moved)
{
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        CreditUnits &u = units[it.key()];
        for (const auto &[target, credits] : it.value()) {
            if (target == AllocationTarget::Milestone)
                u.allocated += credits;
            else if (target == AllocationTarget::Redemption)
                u.redeemed += credits;
            else if (target == AllocationTarget::Expiry)
                u.expired += credits;
        }
    }
}

Status readPurchased(Database &db, const QString &where, const QVariantList &binds, QHash<qint64, CreditUnits> &units)
{
    Sql q(db, QStringLiteral("SELECT s.id, s.credits FROM services_credit_purchases s") +
                  (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status st = q.exec(PurchaseService::tr("reading services credits purchases")); !st)
        return st;
    while (q.next())
        units[q.value(0).toLongLong()].purchased = Decimal::fromInt(q.value(1).toLongLong());
    return success();
}

} // namespace

// What was purchased is the purchase's own record; where its credits went is the ledger's to
// say. The one place purchased = allocated + redeemed + expired + available is put together.
Result<QHash<qint64, CreditUnits>> servicesCreditUnits(Database &db, const std::optional<QList<qint64>> &purchaseIds,
                                                       QDate asOf)
{
    if (!purchaseIds)
        return services_credits::unitsWhere(db, {}, {}, asOf);
    QHash<qint64, CreditUnits> units;
    for (qsizetype from = 0; from < purchaseIds->size(); from += 500)
        if (Status s = readPurchased(db, QStringLiteral("s.id IN ") + idList(purchaseIds->mid(from, 500)), {}, units);
            !s)
            return s.error();
    auto moved = AllocationLedger(db).appliedByTarget(AllocationSource::ServicesPurchase, purchaseIds, asOf);
    if (!moved)
        return moved.error();
    addMoved(units, *moved);
    return units;
}

namespace services_credits {

Result<QHash<qint64, CreditUnits>> unitsWhere(Database &db, const QString &where, const QVariantList &binds, QDate asOf)
{
    QHash<qint64, CreditUnits> units;
    if (Status s = readPurchased(db, where, binds, units); !s)
        return s.error();
    auto moved = AllocationLedger(db).appliedByTargetWhere(AllocationSource::ServicesPurchase, where, binds, asOf);
    if (!moved)
        return moved.error();
    addMoved(units, *moved);
    return units;
}

} // namespace services_credits

Result<ServicesCreditSettings> ServicesCreditSettingsService::load()
{
    Sql q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'services_credits.%'"));
    if (Status s = q.exec(tr("reading the services credits settings")); !s)
        return s.error();
    ServicesCreditSettings out;
    while (q.next()) {
        const QString key = q.value(0).toString().mid(17), value = q.value(1).toString();
        const bool on = value == QLatin1String("1");
        if (key == QLatin1String("paid_equals_value"))
            out.paidEqualsValue = on;
        else if (key == QLatin1String("new_purchases_draft"))
            out.newPurchasesDraft = on;
        else if (key == QLatin1String("manual_allocation"))
            out.manualAllocation = on;
        else if (key == QLatin1String("allocate_after_expiry"))
            out.allocateAfterExpiry = on;
        else if (key == QLatin1String("grace_days"))
            out.graceDays = std::max(0, value.toInt());
    }
    return out;
}

Status ServicesCreditSettingsService::save(const ServicesCreditSettings &s)
{
    if (Status r = m_db.require(Privilege::ManageSettings, tr("change the services credits settings")); !r)
        return r;
    if (s.graceDays < 0 || s.graceDays > 3650)
        return fail(tr("The grace period is a number of days from 0 to 3650, not %1.").arg(s.graceDays),
                    QStringLiteral("grace_days"));
    const auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("paid_equals_value"), flag(s.paidEqualsValue)},
        {QStringLiteral("new_purchases_draft"), flag(s.newPurchasesDraft)},
        {QStringLiteral("manual_allocation"), flag(s.manualAllocation)},
        {QStringLiteral("allocate_after_expiry"), flag(s.allocateAfterExpiry)},
        {QStringLiteral("grace_days"), QString::number(s.graceDays)}};
    return m_db.transaction([&]() -> Status {
        QStringList detail;
        for (const auto &[key, value] : values) {
            Sql del(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
            del.bind(QString(QStringLiteral("services_credits.") + key));
            if (Status e = del.exec(tr("saving the services credits settings")); !e)
                return e;
            Sql ins(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            ins.bind(QString(QStringLiteral("services_credits.") + key)).bind(value);
            if (Status e = ins.exec(tr("saving the services credits settings")); !e)
                return e;
            detail << key + u'=' + value;
        }
        return m_db.audit(QStringLiteral("settings.services_credits"), QStringLiteral("settings"),
                          QStringLiteral("services_credits"), detail.join(u' '));
    });
}

Result<qint64> PurchaseService::add(const PurchaseInput &input)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("add services credits purchases")); !s)
        return s.error();
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    const QString label = tr("Services credits purchase for customer %1").arg(displayCustomerId(input.customerId));
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto f = checkInput(m_db, input, *settings, label);
        if (!f)
            return f.error();
        const QString now = nowUtc();
        Sql q(m_db, QStringLiteral("INSERT INTO services_credit_purchases (customer_id, start_date, expiry_date, "
                                   "credits, value_per_credit, paid_per_credit, description, currency, draft, "
                                   "version, created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"));
        q.bind(input.customerId)
            .bind(dateValue(input.startDate))
            .bind(dateValue(input.expiryDate))
            .bind(f->credits)
            .bind(f->value)
            .bind(f->paid)
            .bind(notNullText(f->description))
            .bind(f->currency)
            .bind(input.draft ? 1 : 0)
            .bind(now)
            .bind(m_db.actor())
            .bind(now)
            .bind(m_db.actor());
        if (Status e = q.exec(tr("adding the services credits purchase")); !e)
            return e;
        if (!q.next())
            return fail(tr("The database did not return the new purchase's ID."));
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("services_credits.purchase_add"), QStringLiteral("services_credit_purchase"),
                          QString::number(id),
                          QStringLiteral("customer=%1 credits=%2 value=%3 paid=%4 currency=%5 start=%6 expiry=%7%8")
                              .arg(input.customerId)
                              .arg(f->credits)
                              .arg(f->value.toString(), f->paid.toString(), f->currency,
                                   input.startDate.toString(Qt::ISODate), input.expiryDate.toString(Qt::ISODate),
                                   input.draft ? QStringLiteral(" draft") : QString()));
    });
    if (!done)
        return done.error();
    return id;
}

Result<QString> PurchaseService::whyNotDraft(qint64 id)
{
    auto p = services_credits::readPurchase(m_db, id);
    if (!p)
        return p.error();
    if (p->draft)
        return QString();
    auto entries = AllocationLedger(m_db).entriesFrom(AllocationSource::ServicesPurchase, id);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return QString();
    return tr("Purchase %1 cannot be marked draft: its credits have moved (now %2 allocated, %3 redeemed, %4 "
              "expired). A purchase is marked draft only while none of its credits have ever been allocated or "
              "expired; record a new purchase instead.")
        .arg(id)
        .arg(p->units.allocated.toString(), p->units.redeemed.toString(), p->units.expired.toString());
}

Status PurchaseService::edit(qint64 id, const PurchaseInput &input)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("edit services credits purchases")); !s)
        return s;
    auto settings = ServicesCreditSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    const QString label = purchaseLabel(id);
    return m_db.transaction([&]() -> Status {
        auto current = services_credits::readPurchase(m_db, id);
        if (!current)
            return current.error();
        if (input.version && input.version != current->version)
            return fail(tr("%1 was changed by %2 while you edited it; reload it and make your change again.")
                            .arg(label, current->createdBy),
                        QStringLiteral("conflict"));
        if (!current->draft && !input.draft)
            return fail(tr("%1 is not a draft, so its fields cannot change. Tick Draft to edit it (allowed while none "
                           "of its credits have been allocated or expired).")
                            .arg(label),
                        QStringLiteral("draft"));
        if (!current->draft) {
            auto why = whyNotDraft(id);
            if (!why)
                return why.error();
            if (!why->isEmpty())
                return fail(*why, QStringLiteral("draft"));
        }
        if (current->productId && input.customerId != current->customerId)
            return fail(tr("%1 was created from an opportunity of customer %2; its customer cannot change.")
                            .arg(label, displayCustomerId(current->customerId)),
                        QStringLiteral("customer"));
        auto f = checkInput(m_db, input, *settings, label, &*current);
        if (!f)
            return f.error();
        Sql q(m_db, QStringLiteral("UPDATE services_credit_purchases SET customer_id = ?, start_date = ?, "
                                   "expiry_date = ?, credits = ?, value_per_credit = ?, paid_per_credit = ?, "
                                   "description = ?, currency = ?, draft = ?, version = version + 1, changed_at = ?, "
                                   "changed_by = ? WHERE id = ? AND version = ?"));
        q.bind(input.customerId)
            .bind(dateValue(input.startDate))
            .bind(dateValue(input.expiryDate))
            .bind(f->credits)
            .bind(f->value)
            .bind(f->paid)
            .bind(notNullText(f->description))
            .bind(f->currency)
            .bind(input.draft ? 1 : 0)
            .bind(nowUtc())
            .bind(m_db.actor())
            .bind(id)
            .bind(current->version);
        if (Status e = q.exec(tr("saving the services credits purchase")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("%1 was changed meanwhile; reload it and make your change again.").arg(label),
                        QStringLiteral("conflict"));
        return m_db.audit(QStringLiteral("services_credits.purchase_edit"), QStringLiteral("services_credit_purchase"),
                          QString::number(id),
                          QStringLiteral("customer=%1 credits=%2 value=%3 paid=%4 currency=%5 start=%6 expiry=%7 "
                                         "draft=%8")
                              .arg(input.customerId)
                              .arg(f->credits)
                              .arg(f->value.toString(), f->paid.toString(), f->currency,
                                   input.startDate.toString(Qt::ISODate), input.expiryDate.toString(Qt::ISODate),
                                   input.draft ? QStringLiteral("1") : QStringLiteral("0")));
    });
}

Status PurchaseService::setDraft(qint64 id, bool draft)
{
    if (Status s = m_db.require(Privilege::ManageServicesCredits, tr("mark services credits purchases draft")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto current = services_credits::readPurchase(m_db, id);
        if (!current)
            return current.error();
        if (current->draft == draft)
            return fail(draft ? tr("%1 is a draft already.").arg(purchaseLabel(id))
                              : tr("%1 is not a draft.").arg(purchaseLabel(id)),
                        QStringLiteral("draft"));
        if (draft) {
            auto why = whyNotDraft(id);
            if (!why)
                return why.error();
            if (!why->isEmpty())
                return fail(*why, QStringLiteral("draft"));
        }
        Sql q(m_db, QStringLiteral("UPDATE services_credit_purchases SET draft = ?, version = version + 1, "
                                   "changed_at = ?, changed_by = ? WHERE id = ?"));
        q.bind(draft ? 1 : 0).bind(nowUtc()).bind(m_db.actor()).bind(id);
        if (Status e = q.exec(tr("saving the services credits purchase")); !e)
            return e;
        return m_db.audit(draft ? QStringLiteral("services_credits.purchase_draft")
                                : QStringLiteral("services_credits.purchase_undraft"),
                          QStringLiteral("services_credit_purchase"), QString::number(id));
    });
}

Result<ServicesPurchase> PurchaseService::purchase(qint64 id)
{
    return services_credits::readPurchase(m_db, id);
}

Result<QList<ServicesPurchase>> PurchaseService::list(std::optional<qint64> customerId, Page page)
{
    if (customerId)
        return services_credits::readPurchases(m_db, QStringLiteral("p.customer_id = ?"), {*customerId}, page);
    return services_credits::readPurchases(m_db, {}, {}, page);
}

Result<QList<ServicesPurchase>> PurchaseService::issued(std::optional<qint64> customerId, qint64 afterId, int limit)
{
    QString where = QStringLiteral("p.draft = 0 AND p.id > ?");
    QVariantList binds{afterId};
    if (customerId) {
        where += QStringLiteral(" AND p.customer_id = ?");
        binds << *customerId;
    }
    return services_credits::readPurchases(m_db, where, binds, Page{0, limit}, true);
}

Result<qint64> PurchaseService::count(std::optional<qint64> customerId)
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM services_credit_purchases") +
                    (customerId ? QStringLiteral(" WHERE customer_id = ?") : QString()));
    if (customerId)
        q.bind(*customerId);
    if (Status s = q.exec(tr("counting services credits purchases")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace bursar::core
