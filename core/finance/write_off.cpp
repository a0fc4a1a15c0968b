#include "core/finance/write_off.h"

#include "core/finance/ar_checks.h"
#include "core/finance/ar_service.h"
#include "core/finance/ar_store.h"
#include "core/ledger/allocation_ledger.h"
#include "core/money/currency.h"
#include "core/numbering/number_series.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/users/privilege.h"

namespace bursar::core {

namespace {

const QString Prefix = QStringLiteral("writeoff.tolerance.");

} // namespace

Result<std::map<QString, Decimal>> WriteOffs::tolerances()
{
    Sql q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'writeoff.tolerance.%'"));
    if (Status s = q.exec(tr("reading the write-off tolerances")); !s)
        return s.error();
    std::map<QString, Decimal> out;
    while (q.next())
        if (auto amount = Decimal::parse(q.value(1).toString()))
            out[q.value(0).toString().mid(Prefix.size())] = *amount;
    return out;
}

Status WriteOffs::setTolerance(const QString &currency, const QString &amount)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the write-off tolerances")); !s)
        return s;
    const auto known = Currencies::find(currency.trimmed().toUpper());
    if (!known)
        return fail(tr("“%1” is not a currency Bursar knows; give its ISO code, for example USD.").arg(currency),
                    QStringLiteral("currency"));
    const QString text = amount.trimmed();
    std::optional<Decimal> value = Decimal();
    if (!text.isEmpty()) {
        auto parsed = Decimal::parse(text);
        value = parsed ? std::optional<Decimal>(*parsed) : std::nullopt;
    }
    if (!value || value->isNegative() || value->places() > known->minorUnits)
        return fail(tr("The write-off tolerance for %1 must be an amount of 0 or more with at most %2 decimals, for "
                       "example 1.00; “%3” is not.")
                        .arg(known->code)
                        .arg(known->minorUnits)
                        .arg(text),
                    QStringLiteral("tolerance"));
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, value->isZero()
                        ? QStringLiteral("DELETE FROM settings WHERE key = ?")
                        : QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                         "SET value = excluded.value"));
        q.bind(QString(Prefix + known->code));
        if (!value->isZero())
            q.bind(value->toString(known->minorUnits));
        if (Status s = q.exec(tr("saving the write-off tolerance")); !s)
            return s;
        return m_db.audit(QStringLiteral("writeoff_tolerance"), QStringLiteral("currency"), known->code,
                          value->toString(known->minorUnits));
    });
}

Result<qint64> WriteOffs::writeOff(const ArRef &document, QDate on)
{
    if (Status s = m_db.require(Privilege::ArdocsCreate, tr("write off small balances")); !s)
        return s.error();
    if (Status s = m_db.require(Privilege::ApplyArdocs, tr("write off small balances")); !s)
        return s.error();
    qint64 memoId = 0;
    Status s = m_db.transaction([&]() -> Status {
        if (Status e = ar_store::lock(
                m_db,
                {{document.kind == u"statement" ? QStringLiteral("statement") : QStringLiteral("ar"), document.id}});
            !e)
            return e;
        auto doc = ar_checks::readDoc(m_db, document);
        if (!doc)
            return doc.error();
        if (!doc->exists)
            return fail(tr("There is no %1 %2.").arg(ar_checks::kindName(document.kind)).arg(document.id),
                        QStringLiteral("document"));
        const ArItem &d = doc->item;
        const QString label = ar_checks::label(*doc);
        if (doc->status == u"draft" || doc->status == u"hold")
            return fail(tr("%1 is not open yet: approve or release it first.").arg(label), QStringLiteral("document"));
        if (!d.remaining.isPositive())
            return fail(tr("%1 has nothing left to write off.").arg(label), QStringLiteral("document"));
        auto all = tolerances();
        if (!all)
            return all.error();
        const auto tolerance = all->find(d.currency);
        if (tolerance == all->end())
            return fail(tr("%1: there is no write-off tolerance for %2. Set one in Settings > Write-off, or apply a "
                           "payment or a memo instead.")
                            .arg(label, d.currency),
                        QStringLiteral("tolerance"));
        if (d.remaining > tolerance->second)
            return fail(tr("%1 has %2 %3 left, more than the write-off tolerance of %4 %3. Apply a payment or a memo "
                           "instead, or raise the tolerance in Settings > Write-off.")
                            .arg(label, d.remaining.toString(Currencies::lookup(d.currency).minorUnits), d.currency,
                                 tolerance->second.toString(Currencies::lookup(d.currency).minorUnits)),
                        QStringLiteral("amount"));
        if (!on.isValid() || on < d.date)
            return fail(tr("%1 is dated %2; it cannot be written off on %3, before it.")
                            .arg(label, d.date.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                        QStringLiteral("date"));
        const bool receivable = d.kind == u"statement" || d.kind == u"debit_memo";
        const ArKind kind = receivable ? ArKind::CreditMemo : ArKind::DebitMemo;
        auto number = NumberSeries(m_db).next(ArDocuments::series(kind), on);
        if (!number)
            return number.error();
        const QString at = nowUtc();
        const QString day = on.toString(Qt::ISODate);
        const QString description = tr("Small-balance write-off of %1").arg(d.number.isEmpty() ? label : d.number);
        Sql q(m_db, QStringLiteral("INSERT INTO ar_documents (kind, status, customer_id, currency, number, doc_date, "
                                   "due_date, payment_terms_days, description, adjusts_kind, adjusts_id, subtotal, "
                                   "tax, total_exact, rounding, total, applied, created_at, created_by, released_at, "
                                   "released_by) VALUES (?, 'open', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, '0', ?, '0', ?, "
                                   "'0', ?, ?, ?, ?) RETURNING id"));
        q.bind(arKindKey(kind))
            .bind(d.customerId)
            .bind(d.currency)
            .bind(*number)
            .bind(day)
            .bind(day)
            .bind(description)
            .bind(d.kind)
            .bind(d.id)
            .bind(d.remaining)
            .bind(d.remaining)
            .bind(d.remaining)
            .bind(at)
            .bind(m_db.actor())
            .bind(at)
            .bind(m_db.actor());
        if (Status e = q.exec(tr("writing the write-off memo")); !e)
            return e;
        q.next();
        memoId = q.value(0).toLongLong();
        Sql line(m_db, QStringLiteral("INSERT INTO ar_document_lines (document_id, line_no, description, quantity, "
                                      "unit, price, discount, tax_category, amount) VALUES (?, 1, ?, '1', 'each', ?, "
                                      "'0', '', ?)"));
        line.bind(memoId).bind(description).bind(d.remaining).bind(d.remaining);
        if (Status e = line.exec(tr("writing the write-off memo")); !e)
            return e;
        // The credit side is applied to the debit side, so both close.
        NewAllocation entry;
        entry.source = receivable ? AllocationSource::CreditMemo
                                  : (d.kind == u"payment" ? AllocationSource::Payment : AllocationSource::CreditMemo);
        entry.sourceId = receivable ? memoId : d.id;
        entry.target = receivable && d.kind == u"statement" ? AllocationTarget::Statement : AllocationTarget::DebitMemo;
        entry.targetId = receivable ? d.id : memoId;
        entry.amount = d.remaining;
        entry.on = on;
        entry.reason = QStringLiteral("write-off");
        if (Status e = AllocationLedger(m_db).record({entry}); !e)
            return e;
        if (Status e = ar_store::settle(m_db, {{d.kind, d.id}, {arKindKey(kind), memoId}}); !e)
            return e;
        return m_db.audit(QStringLiteral("write_off"), d.kind, QString::number(d.id),
                          QStringLiteral("%1 %2 %3 by %4").arg(d.remaining.toString(), d.currency, day, *number));
    });
    if (!s)
        return s.error();
    return memoId;
}

} // namespace bursar::core
