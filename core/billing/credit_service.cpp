#include "core/billing/credit_service.h"

#include "core/billing/credit.h"
#include "core/customers/customer.h"
#include "core/ledger/allocation_ledger.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace bursar::core {

QString creditKindKey(CreditKind k)
{
    return k == CreditKind::Manual ? QStringLiteral("manual") : QStringLiteral("marketplace");
}

QString creditKindName(CreditKind k)
{
    return k == CreditKind::Manual ? CreditService::tr("Credit") : CreditService::tr("Marketplace credit");
}

std::optional<CreditKind> creditKindFromKey(QStringView key)
{
    if (key.compare(QLatin1String("manual"), Qt::CaseInsensitive) == 0)
        return CreditKind::Manual;
    if (key.compare(QLatin1String("marketplace"), Qt::CaseInsensitive) == 0)
        return CreditKind::Marketplace;
    return std::nullopt;
}

Result<Decimal> CreditService::parseAmount(const QString &text, const Currency &currency)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(tr("Type the credit amount, for example 250.00."), QStringLiteral("amount"));
    if (t.startsWith(u'-') || t.startsWith(u'−'))
        return fail(tr("Type the credit amount without a minus sign (“%1”): Bursar stores every credit as a negative "
                       "amount itself.")
                        .arg(t),
                    QStringLiteral("amount"));
    if (t.startsWith(u'+'))
        return fail(tr("Type the credit amount without a sign, for example 250.00, not “%1”.").arg(t),
                    QStringLiteral("amount"));
    auto d = Decimal::parse(t);
    if (!d)
        return fail(tr("The credit amount “%1” is not a number: %2").arg(t, d.message()), QStringLiteral("amount"));
    if (d->isZero())
        return fail(tr("A credit of %1 credits nothing; type the amount the customer is owed.").arg(t),
                    QStringLiteral("amount"));
    if (d->places() > currency.minorUnits)
        return fail(
            currency.minorUnits == 0
                ? tr("%1 has no decimals; type the credit amount as a whole number, not “%2”.").arg(currency.code, t)
                : tr("%1 has %2 decimals; “%3” has %4. Type at most %2 decimals.")
                      .arg(currency.code)
                      .arg(currency.minorUnits)
                      .arg(t)
                      .arg(d->places()),
            QStringLiteral("amount"));
    if (*d >= Decimal::fromInt(1000000000000LL))
        return fail(tr("The credit amount %1 is not below 1,000,000,000,000; check the amount.").arg(t),
                    QStringLiteral("amount"));
    return *d;
}

bool CreditService::usedBefore(const Credit &a, const Credit &b)
{
    if (a.expiresOn.isValid() != b.expiresOn.isValid())
        return a.expiresOn.isValid();
    if (a.expiresOn != b.expiresOn)
        return a.expiresOn < b.expiresOn;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

QString CreditService::orderOfUse()
{
    return tr("Credits are applied when statements are generated with Apply Credits, for the same vendor and currency "
              "only: the credit that expires first is used first, credits without an expiry date last, and among "
              "equals the oldest first. A statement never goes below 0.00; what is left carries over to the next "
              "cycle.");
}

Result<QList<Credit>> readCredits(Database &db, const QString &where, const QVariantList &binds, Page page)
{
    Sql q(db, QStringLiteral("SELECT c.id, c.customer_id, cu.name, c.vendor, c.kind, c.currency, c.amount, c.comment, "
                             "c.expires_on, c.corrects_id, c.created_at, c.created_by, c.voided_at, c.voided_by, "
                             "c.void_reason FROM credits c JOIN customers cu ON cu.id = c.customer_id WHERE ") +
                  where + QStringLiteral(" ORDER BY c.id") + limitClause(page));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(CreditService::tr("reading credits")); !s)
        return s.error();
    QList<Credit> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Credit c;
        c.id = q.value(0).toLongLong();
        c.customerId = q.value(1).toLongLong();
        c.customerName = q.value(2).toString();
        c.vendor = storedVendor(q, 3);
        c.kind = creditKindFromKey(q.value(4).toString()).value_or(CreditKind::Manual);
        c.currency = q.value(5).toString();
        c.amount = storedAmount(q.value(6));
        c.comment = q.value(7).toString();
        c.expiresOn = storedDate(q.value(8));
        c.correctsId = q.value(9).toLongLong();
        c.createdAt = q.value(10).toString();
        c.createdBy = q.value(11).toString();
        c.voidedAt = q.value(12).toString();
        c.voidedBy = q.value(13).toString();
        c.voidReason = q.value(14).toString();
        index.insert(c.id, out.size());
        out.append(c);
    }
    if (out.isEmpty())
        return out;
    // What each credit has paid is the ledger's to say.
    auto applied = AllocationLedger(db).appliedFrom(AllocationSource::Credit, index.keys());
    if (!applied)
        return applied.error();
    for (auto it = applied->cbegin(); it != applied->cend(); ++it)
        out[index.value(it.key())].applied = it.value();
    return out;
}

Result<qint64> CreditService::add(const NewCredit &input, const QString &vendorCredit)
{
    if (Status s = m_db.require(Privilege::ManageCredits, tr("add credits")); !s)
        return s.error();
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto added = insert(input, vendorCredit);
        if (!added)
            return added.error();
        id = *added;
        return success();
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> CreditService::insert(const NewCredit &input, const QString &vendorCredit)
{
    const QString label = tr("Credit for customer %1").arg(displayCustomerId(input.customerId));
    auto currency = Currencies::require(input.currency.trimmed(), QStringLiteral("currency"));
    if (!currency)
        return fail(tr("%1: %2").arg(label, currency.message()), QStringLiteral("currency"));
    auto amount = parseAmount(input.amount, *currency);
    if (!amount)
        return fail(tr("%1: %2").arg(label, amount.message()), QStringLiteral("amount"));
    if (input.kind == CreditKind::Marketplace && input.vendor == Vendor::Microsoft)
        return fail(tr("%1: Azure Marketplace fees are not billed by Bursar, so a Microsoft marketplace credit could "
                       "never be used. Add it as a credit instead.")
                        .arg(label),
                    QStringLiteral("kind"));
    const QString comment = input.comment.trimmed();
    if (comment.size() > 500)
        return fail(tr("%1: the comment has %2 characters; at most 500 are kept.").arg(label).arg(comment.size()),
                    QStringLiteral("comment"));
    Sql customer(m_db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    customer.bind(input.customerId);
    if (Status e = customer.exec(tr("reading the customer")); !e)
        return e.error();
    if (!customer.next())
        return fail(tr("There is no customer with ID %1.").arg(displayCustomerId(input.customerId)),
                    QStringLiteral("customer"));
    if (input.correctsId != 0) {
        auto corrected = readCredits(m_db, QStringLiteral("c.id = ?"), {input.correctsId});
        if (!corrected)
            return corrected.error();
        if (corrected->isEmpty())
            return fail(tr("%1: there is no credit %2 to correct.").arg(label).arg(input.correctsId),
                        QStringLiteral("corrects"));
        const Credit &c = corrected->first();
        if (c.customerId != input.customerId || c.vendor != input.vendor || c.currency != currency->code)
            return fail(tr("%1: credit %2 is for customer %3, %4, %5; a correction is for the same customer, vendor "
                           "and currency.")
                            .arg(label)
                            .arg(c.id)
                            .arg(displayCustomerId(c.customerId), vendorName(c.vendor), c.currency),
                        QStringLiteral("corrects"));
    }
    if (!vendorCredit.isEmpty()) {
        // The unique index refuses a second standing credit too (another desktop in
        // between); this names the one that stands.
        Sql issued(m_db, QStringLiteral("SELECT id FROM credits WHERE vendor_credit = ? AND voided_at IS NULL"));
        issued.bind(vendorCredit);
        if (Status e = issued.exec(tr("reading the credits")); !e)
            return e.error();
        if (issued.next())
            return fail(tr("%1: this vendor credit (%2) was issued already as credit %3; void that credit first to "
                           "issue it again.")
                            .arg(label, QString(vendorCredit).replace(u'\n', QStringLiteral(", ")))
                            .arg(issued.value(0).toLongLong()),
                        QStringLiteral("vendor_credit"));
    }
    Sql q(m_db, QStringLiteral("INSERT INTO credits (customer_id, vendor, kind, currency, amount, comment, expires_on, "
                               "corrects_id, vendor_credit, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?) RETURNING id"));
    q.bind(input.customerId)
        .bind(vendorKey(input.vendor))
        .bind(creditKindKey(input.kind))
        .bind(currency->code)
        .bind(-*amount)
        .bind(nullIfEmpty(comment))
        .bind(dateValue(input.expiresOn))
        .bind(input.correctsId ? QVariant(input.correctsId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(nullIfEmpty(vendorCredit))
        .bind(nowUtc())
        .bind(m_db.actor());
    if (Status e = q.exec(tr("adding the credit")); !e)
        return e.error();
    q.next();
    const qint64 id = q.value(0).toLongLong();
    if (Status e = m_db.audit(
            QStringLiteral("add"), QStringLiteral("credit"), QString::number(id),
            QStringLiteral("customer %1, %2 %3, %4 -%5%6%7")
                .arg(input.customerId)
                .arg(vendorKey(input.vendor), creditKindKey(input.kind), currency->code, amount->toString(),
                     input.expiresOn.isValid() ? QStringLiteral(", expires ") + input.expiresOn.toString(Qt::ISODate)
                                               : QString(),
                     vendorCredit.isEmpty() ? QString()
                                            : QStringLiteral(", from vendor credit ") +
                                                  QString(vendorCredit).replace(u'\n', QStringLiteral(" | "))));
        !e)
        return e.error();
    return id;
}

Result<NewCredit> CreditService::fromVendorCredit(const VendorCredit &credit)
{
    const QString what = tr("The %1 credit on account %2 (%3, %4)")
                             .arg(vendorName(credit.vendor), credit.accountId, credit.period, credit.product);
    if (credit.customerId == 0)
        return fail(tr("%1 has no customer: map the account to one in Usage > Unmapped Accounts, then issue its "
                       "credit.")
                        .arg(what),
                    QStringLiteral("customer"));
    if (credit.issuedCreditId != 0)
        return fail(tr("%1 was issued already as credit %2; void that credit first to issue it again.")
                        .arg(what)
                        .arg(credit.issuedCreditId),
                    QStringLiteral("vendor_credit"));
    auto currency = Currencies::require(credit.currency, QStringLiteral("currency"));
    if (!currency)
        return fail(tr("%1: %2").arg(what, currency.message()), QStringLiteral("currency"));
    // Cut to 18 places toward zero first, as the window shows it, so a value just under
    // half a unit never rounds up twice.
    const Decimal owed = (-credit.amount.toDecimal(Rounding::Down)).rounded(currency->minorUnits, Rounding::HalfUp);
    if (owed == Decimal() && credit.amount < WideDecimal())
        return fail(tr("%1 is %2 %3: rounded to the currency's units there is nothing to pass on.")
                        .arg(what, credit.currency, credit.amount.toString()),
                    QStringLiteral("rounds_to_zero"));
    if (owed <= Decimal())
        return fail(tr("%1 is %2 %3, not a credit: only a negative amount is passed on as a customer credit.")
                        .arg(what, credit.currency, credit.amount.toString()),
                    QStringLiteral("amount"));
    NewCredit out;
    out.customerId = credit.customerId;
    out.vendor = credit.vendor;
    out.kind = CreditKind::Manual;
    out.currency = currency->code;
    out.amount = formatPlain(owed, *currency);
    out.comment =
        tr("Vendor credit: %1, account %2, %3").arg(credit.product.left(300), credit.accountId, credit.period);
    return out;
}

Result<QList<qint64>> CreditService::issueVendorCredits(const QList<VendorCredit> &credits)
{
    if (Status s = m_db.require(Privilege::ManageCredits, tr("issue credits")); !s)
        return s.error();
    if (credits.isEmpty())
        return fail(tr("Select the vendor credits to issue as customer credits."));
    QList<std::pair<NewCredit, QString>> inputs;
    QList<qsizetype> given; // where each input was in `credits`
    for (qsizetype i = 0; i < credits.size(); ++i) {
        auto input = fromVendorCredit(credits[i]);
        if (!input && input.error().field == QLatin1String("rounds_to_zero"))
            continue; // nothing owed: passed over, id 0
        if (!input)
            return input.error();
        inputs.append({*input, vendorCreditKey(credits[i])});
        given.append(i);
    }
    QList<qint64> ids(credits.size(), 0);
    Status s = m_db.transaction([&]() -> Status {
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            auto id = insert(inputs[i].first, inputs[i].second);
            if (!id)
                return id.error();
            ids[given[i]] = *id;
        }
        return success();
    });
    if (!s)
        return s.error();
    return ids;
}

Status CreditService::voidCredit(qint64 creditId, const QString &reason)
{
    if (Status s = m_db.require(Privilege::ManageCredits, tr("void credits")); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return fail(tr("Credit %1: say why it is voided (the reason is kept with it).").arg(creditId),
                    QStringLiteral("reason"));
    return m_db.transaction([&]() -> Status {
        auto found = readCredits(m_db, QStringLiteral("c.id = ?"), {creditId});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return fail(tr("There is no credit %1.").arg(creditId));
        const Credit &c = found->first();
        if (c.voided())
            return fail(tr("Credit %1 was voided already, on %2 by %3.").arg(creditId).arg(c.voidedAt, c.voidedBy));
        if (!c.applied.isZero())
            return fail(tr("Credit %1 has been applied (%2 %3), so it never changes: add a correcting credit instead.")
                            .arg(creditId)
                            .arg(c.applied.toString(), c.currency));
        Sql q(m_db, QStringLiteral("UPDATE credits SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?"));
        q.bind(nowUtc()).bind(m_db.actor()).bind(reason.trimmed()).bind(creditId);
        if (Status e = q.exec(tr("voiding the credit")); !e)
            return e;
        return m_db.audit(QStringLiteral("void"), QStringLiteral("credit"), QString::number(creditId),
                          reason.trimmed());
    });
}

Result<Credit> CreditService::credit(qint64 id)
{
    auto found = readCredits(m_db, QStringLiteral("c.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail(tr("There is no credit %1.").arg(id));
    return found->first();
}

namespace {

QString creditsWhere(std::optional<qint64> customerId, std::optional<Vendor> vendor, QVariantList &binds)
{
    QStringList where{QStringLiteral("1 = 1")};
    if (customerId) {
        where << QStringLiteral("c.customer_id = ?");
        binds << *customerId;
    }
    if (vendor) {
        where << QStringLiteral("c.vendor = ?");
        binds << vendorKey(*vendor);
    }
    return where.join(QStringLiteral(" AND "));
}

/// The ledger entries of a credit that stand on statements, in the order they were made.
Result<QList<LedgerEntry>> standingApplications(Database &db, qint64 creditId)
{
    auto entries = AllocationLedger(db).entriesFrom(AllocationSource::Credit, creditId);
    if (!entries)
        return entries.error();
    QList<LedgerEntry> out;
    for (const LedgerEntry &e : *entries)
        if (e.stands() && e.target == AllocationTarget::Statement)
            out.append(e);
    return out;
}

} // namespace

Result<QList<Credit>> CreditService::list(std::optional<qint64> customerId, std::optional<Vendor> vendor, Page page)
{
    QVariantList binds;
    const QString where = creditsWhere(customerId, vendor, binds);
    return readCredits(m_db, where, binds, page);
}

Result<QList<Credit>> CreditService::listAfter(qint64 afterId, std::optional<qint64> customerId,
                                               std::optional<Vendor> vendor, int limit)
{
    QVariantList binds;
    const QString where = creditsWhere(customerId, vendor, binds) + QStringLiteral(" AND c.id > ?");
    binds << afterId;
    return readCredits(m_db, where, binds, Page{0, limit});
}

Result<qint64> CreditService::count(std::optional<qint64> customerId, std::optional<Vendor> vendor)
{
    QVariantList binds;
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM credits c WHERE ") + creditsWhere(customerId, vendor, binds));
    for (const QVariant &b : std::as_const(binds))
        q.bind(b);
    if (Status s = q.exec(tr("reading credits")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> CreditService::applicationCount(qint64 creditId)
{
    auto entries = standingApplications(m_db, creditId);
    if (!entries)
        return entries.error();
    return qint64(entries->size());
}

Result<QList<CreditApplication>> CreditService::applications(qint64 creditId, Page page)
{
    auto entries = standingApplications(m_db, creditId);
    if (!entries)
        return entries.error();
    QList<CreditApplication> out;
    // Only the page's statements are looked up.
    for (const LedgerEntry &e : entries->mid(page.offset, page.limit)) {
        Sql q(m_db, QStringLiteral("SELECT number, status, period FROM statements WHERE id = ?"));
        q.bind(e.targetId);
        if (Status s = q.exec(tr("reading credit applications")); !s)
            return s.error();
        const bool found = q.next();
        out.append({e.sourceId, e.targetId, found ? q.value(0).toString() : QString(),
                    found ? q.value(1).toString() : QString(), found ? q.value(2).toString() : QString(), e.accountId,
                    e.amount, e.recordedAt});
    }
    return out;
}

Result<QList<CreditBalance>> CreditService::balances(qint64 customerId, QDate today)
{
    auto credits = list(customerId);
    if (!credits)
        return credits.error();
    std::map<std::tuple<Vendor, QString, int>, CreditBalance> sums;
    for (const Credit &c : *credits) {
        if (c.voided())
            continue;
        CreditBalance &b = sums[{c.vendor, c.currency, int(c.kind)}];
        b.vendor = c.vendor;
        b.currency = c.currency;
        b.kind = c.kind;
        b.issued += c.amount;
        b.applied += c.applied;
        b.remaining += c.remaining();
        if (c.expired(today))
            b.expired += c.remaining();
        ++b.credits;
    }
    QList<CreditBalance> out;
    for (const auto &[key, b] : sums)
        out.append(b);
    return out;
}

} // namespace bursar::core
