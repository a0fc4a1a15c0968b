// ArDocuments' memos while Hold: created, edited and their money worked out.
#include "core/billing/rate_tables.h"
#include "core/customers/customer_service.h"
#include "core/finance/ar_service.h"
#include "core/finance/ar_store.h"
#include "core/finance/tax_categories.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

namespace bursar::core {

QString ArDocuments::memoLabel(ArKind kind, qint64 customerId)
{
    return tr("%1 for customer %2").arg(arKindName(kind), displayCustomerId(customerId));
}

Result<QString> ArDocuments::memoCurrency(const NewMemo &memo, const QString &label)
{
    if (!memo.currency.trimmed().isEmpty())
        return memo.currency.trimmed();
    auto providers = CustomerService(m_db).providers(memo.customerId);
    if (!providers)
        return providers.error();
    for (const CustomerProvider &p : *providers)
        if (p.enabled && !p.currency.isEmpty())
            return p.currency;
    return fail(tr("%1: the customer has no invoice currency yet; choose the memo's currency.").arg(label),
                QStringLiteral("currency"));
}

Status ArDocuments::resolveAdjusted(const NewMemo &memo, const QString &label, QDate today, QString &adjustsKind,
                                    qint64 &adjustsId)
{
    if (memo.adjusts.trimmed().isEmpty())
        return success();
    const QString ref = memo.adjusts.trimmed();
    auto found = find(ref, today);
    if (found) {
        if (found->kind == ArKind::Payment)
            return fail(tr("%1: %2 is a payment; a memo adjusts a statement or another memo.")
                            .arg(label, found->displayNumber()),
                        QStringLiteral("adjusts"));
        adjustsKind = arKindKey(found->kind);
        adjustsId = found->id;
        if (found->customerId != memo.customerId)
            return fail(tr("%1: the adjusted document %2 is customer %3's; a memo adjusts a document of its "
                           "own customer.")
                            .arg(label, found->displayNumber(), displayCustomerId(found->customerId)),
                        QStringLiteral("adjusts"));
    } else {
        Sql st(m_db, QStringLiteral("SELECT id, customer_id FROM statements WHERE number = ? OR "
                                    "(CAST(id AS TEXT) = ? AND status <> 'draft')"));
        st.bind(ref).bind(ref.startsWith(QLatin1String("statement:")) ? ref.mid(10) : QString());
        if (Status e = st.exec(tr("reading the adjusted statement")); !e)
            return e;
        if (!st.next())
            return fail(tr("%1: there is no statement or memo “%2” to adjust; give its number (INV-…, CM-…, "
                           "DM-…).")
                            .arg(label, ref),
                        QStringLiteral("adjusts"));
        if (st.value(1).toLongLong() != memo.customerId)
            return fail(tr("%1: the adjusted statement %2 is customer %3's; a memo adjusts a document of its "
                           "own customer.")
                            .arg(label, ref, displayCustomerId(st.value(1).toLongLong())),
                        QStringLiteral("adjusts"));
        adjustsKind = QStringLiteral("statement");
        adjustsId = st.value(0).toLongLong();
    }
    return success();
}

/// A memo checked and its money worked out, ready to write.
struct ArDocuments::PreparedMemo
{
    QString label;
    QString currency;
    int minorUnits = 2;
    QDate date;
    int terms = 0;
    QString description;
    QString region;
    QString state;
    MemoTotals totals;
};

namespace {

/// What creating and editing a memo write, in the order bindMemoColumns binds them.
const QStringList kMemoColumns = {
    QStringLiteral("currency"),     QStringLiteral("doc_date"),     QStringLiteral("payment_terms_days"),
    QStringLiteral("description"),  QStringLiteral("sales_branch"), QStringLiteral("sales_person"),
    QStringLiteral("adjusts_kind"), QStringLiteral("adjusts_id"),   QStringLiteral("subtotal"),
    QStringLiteral("tax"),          QStringLiteral("total_exact"),  QStringLiteral("rounding"),
    QStringLiteral("total"),        QStringLiteral("region"),       QStringLiteral("state")};

} // namespace

void ArDocuments::bindMemoColumns(Sql &q, const PreparedMemo &ready, const NewMemo &memo, const QString &adjustsKind,
                                  qint64 adjustsId)
{
    q.bind(ready.currency)
        .bind(ready.date.toString(Qt::ISODate))
        .bind(ready.terms)
        .bind(ready.description)
        .bind(nullIfEmpty(memo.salesBranch.trimmed()))
        .bind(nullIfEmpty(memo.salesPerson.trimmed()))
        .bind(nullIfEmpty(adjustsKind))
        .bind(adjustsId ? QVariant(adjustsId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(ready.totals.subtotal)
        .bind(ready.totals.tax)
        .bind(ready.totals.totalExact)
        .bind(ready.totals.rounding)
        .bind(ready.totals.total)
        .bind(nullIfEmpty(ready.region))
        .bind(nullIfEmpty(ready.state));
}

Result<ArDocuments::PreparedMemo> ArDocuments::prepareMemo(const NewMemo &memo, QDate today)
{
    if (memo.kind == ArKind::Payment)
        return fail(tr("A payment is recorded with Record Payment, not created as a memo."), QStringLiteral("type"));
    PreparedMemo out;
    out.label = memoLabel(memo.kind, memo.customerId);
    const QString &label = out.label;
    if (memo.lines.size() > 1)
        if (Status s = m_db.require(Privilege::CreateMultilinedMemo, tr("save a memo with more than one detail line"));
            !s)
            return s.error();
    auto customer = CustomerService(m_db).customer(memo.customerId);
    if (!customer)
        return fail(tr("%1: %2").arg(label, customer.message()), QStringLiteral("customer"));
    auto code = memoCurrency(memo, label);
    if (!code)
        return code.error();
    auto currency = Currencies::require(*code, QStringLiteral("currency"));
    if (!currency)
        return fail(tr("%1: %2").arg(label, currency.message()), QStringLiteral("currency"));
    out.currency = currency->code;
    out.minorUnits = currency->minorUnits;
    out.description = memo.description.trimmed();
    if (out.description.isEmpty())
        return fail(tr("%1: the description is empty; say why the memo is issued (a sales return, a goodwill "
                       "credit, ...).")
                        .arg(label),
                    QStringLiteral("description"));
    out.terms = memo.paymentTermsDays.value_or(customer->paymentTermsDays);
    if (out.terms < 0 || out.terms > 365)
        return fail(tr("%1: payment terms of %2 days; enter 0 to 365.").arg(label).arg(out.terms),
                    QStringLiteral("payment_terms"));
    out.date = memo.date.isValid() ? memo.date : today;
    auto categories = TaxCategories(m_db).list();
    if (!categories)
        return categories.error();
    QHash<QString, TaxCategory> byName;
    for (const TaxCategory &c : *categories)
        byName.insert(c.name, c);
    auto table = TaxTable(m_db).list();
    if (!table)
        return table.error();
    out.region = customer->region.toUpper();
    out.state = customer->state.toUpper();
    auto totals = MemoCalculator::calculate(memo.lines, *currency, byName, *table, out.region, out.state, out.date);
    if (!totals)
        return fail(tr("%1: %2").arg(label, totals.message()), totals.error().field);
    if (!totals->total.isPositive())
        return fail(tr("%1: the total is %2; a memo is for an amount above zero.")
                        .arg(label, totals->total.toString(currency->minorUnits)),
                    QStringLiteral("lines"));
    out.totals = *totals;
    return out;
}

Result<MemoPreview> ArDocuments::previewMemo(const NewMemo &memo, QDate today)
{
    auto ready = prepareMemo(memo, today);
    if (!ready)
        return ready.error();
    return MemoPreview{ready->currency, ready->totals};
}

Result<qint64> ArDocuments::createMemo(const NewMemo &memo, QDate today)
{
    if (Status s = m_db.require(Privilege::ArdocsCreate, tr("create memos")); !s)
        return s.error();
    auto ready = prepareMemo(memo, today);
    if (!ready)
        return ready.error();
    const MemoTotals &totals = ready->totals;
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        QString adjustsKind;
        qint64 adjustsId = 0;
        if (Status e = resolveAdjusted(memo, ready->label, today, adjustsKind, adjustsId); !e)
            return e;
        Sql q(m_db,
              QStringLiteral("INSERT INTO ar_documents (kind, status, customer_id, %1, applied, created_at, "
                             "created_by) VALUES (?, 'hold', ?, %2?, ?, ?) RETURNING id")
                  .arg(kMemoColumns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(kMemoColumns.size())));
        q.bind(arKindKey(memo.kind)).bind(memo.customerId);
        bindMemoColumns(q, *ready, memo, adjustsKind, adjustsId);
        q.bind(Decimal()).bind(nowUtc()).bind(m_db.actor());
        if (Status e = q.exec(tr("creating the memo")); !e)
            return e;
        q.next();
        id = q.value(0).toLongLong();
        if (Status e = ar_store::writeDetails(m_db, id, totals.lines, totals.taxes); !e)
            return e;
        return m_db.audit(QStringLiteral("create"), arKindKey(memo.kind), QString::number(id),
                          QStringLiteral("customer %1, %2 %3, %4 line(s)")
                              .arg(memo.customerId)
                              .arg(ready->currency, totals.total.toString(ready->minorUnits))
                              .arg(totals.lines.size()));
    });
    if (!s)
        return s.error();
    return id;
}

Status ArDocuments::updateMemo(qint64 id, const NewMemo &memo, QDate today)
{
    if (Status s = m_db.require(Privilege::ArdocsCreate, tr("edit memos")); !s)
        return s;
    auto stored = document(id, today);
    if (!stored) {
        Error e = stored.error();
        if (e.field.isEmpty())
            e.field = QStringLiteral("document");
        return e;
    }
    if (stored->kind == ArKind::Payment || stored->status != ArStatus::Hold)
        return fail(tr("%1 %2 is %3, not Hold: only a Hold memo is edited. Cancel it instead; it is then closed by a "
                       "reversing document.")
                        .arg(arKindName(stored->kind), stored->displayNumber(), arStatusName(stored->status)),
                    QStringLiteral("status"));
    if (memo.kind != stored->kind || memo.customerId != stored->customerId)
        return fail(tr("%1 is a %2 of customer %3; its type and customer stay. Delete it and create a new one "
                       "instead.")
                        .arg(stored->displayNumber(), arKindName(stored->kind), displayCustomerId(stored->customerId)),
                    QStringLiteral("customer"));
    auto ready = prepareMemo(memo, today);
    if (!ready)
        return ready.error();
    const MemoTotals &totals = ready->totals;
    return m_db.transaction([&]() -> Status {
        QString adjustsKind;
        qint64 adjustsId = 0;
        if (Status e = resolveAdjusted(memo, ready->label, today, adjustsKind, adjustsId); !e)
            return e;
        if (adjustsKind == arKindKey(memo.kind) && adjustsId == id)
            return fail(
                tr("%1: a memo cannot adjust itself; pick a statement or another memo.").arg(stored->displayNumber()),
                QStringLiteral("adjusts"));
        // Only while still Hold: a release or delete in another window meanwhile wins.
        Sql q(m_db, QStringLiteral("UPDATE ar_documents SET %1 = ? WHERE id = ? AND status = 'hold'")
                        .arg(kMemoColumns.join(QStringLiteral(" = ?, "))));
        bindMemoColumns(q, *ready, memo, adjustsKind, adjustsId);
        q.bind(id);
        if (Status e = q.exec(tr("saving the memo")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("%1 was released or deleted by someone else meanwhile; nothing was changed.")
                            .arg(stored->displayNumber()),
                        QStringLiteral("status"));
        for (const QString &table : {QStringLiteral("ar_document_lines"), QStringLiteral("ar_document_taxes")}) {
            Sql del(m_db, QStringLiteral("DELETE FROM %1 WHERE document_id = ?").arg(table));
            del.bind(id);
            if (Status e = del.exec(tr("saving the memo's lines")); !e)
                return e;
        }
        if (Status e = ar_store::writeDetails(m_db, id, totals.lines, totals.taxes); !e)
            return e;
        return m_db.audit(QStringLiteral("update"), arKindKey(memo.kind), QString::number(id),
                          QStringLiteral("%1 %2, %3 line(s)")
                              .arg(ready->currency, totals.total.toString(ready->minorUnits))
                              .arg(totals.lines.size()));
    });
}

} // namespace bursar::core
