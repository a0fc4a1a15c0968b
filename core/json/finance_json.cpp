#include "core/json/finance_json.h"

#include "core/money/currency.h"

#include <QJsonArray>

namespace bursar::core::json {

namespace {

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject arApplication(const ArApplication &a, int minorUnits)
{
    return QJsonObject{
        {QStringLiteral("id"), a.entryId},
        {QStringLiteral("from_type"), a.source.kind},
        {QStringLiteral("from_id"), a.source.id},
        {QStringLiteral("from_number"), textOrNull(a.sourceNumber)},
        {QStringLiteral("to_type"), a.target.kind},
        {QStringLiteral("to_id"), a.target.id},
        {QStringLiteral("to_number"), textOrNull(a.targetNumber)},
        {QStringLiteral("amount"), a.amount.toString(minorUnits)},
        {QStringLiteral("date"), dateOrNull(a.on)},
        {QStringLiteral("user"), a.by},
        {QStringLiteral("recorded_at"), a.at},
        {QStringLiteral("reverses"), a.reverses ? QJsonValue(a.reverses) : QJsonValue()},
        {QStringLiteral("reversed_by"), a.reversedBy ? QJsonValue(a.reversedBy) : QJsonValue()},
        {QStringLiteral("reason"), a.reason},
        {QStringLiteral("after"), a.after.toString(minorUnits)},
    };
}

QJsonObject arDocument(const ArDocument &d, const QList<ArApplication> &applications, bool whole)
{
    const int units = Currencies::lookup(d.currency).minorUnits;
    QJsonObject o{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("type"), arKindKey(d.kind)},
        {QStringLiteral("number"), textOrNull(d.number)},
        {QStringLiteral("reference"), d.displayNumber()},
        {QStringLiteral("status"), arStatusKey(d.status)},
        {QStringLiteral("customer_id"), d.customerId},
        {QStringLiteral("customer_name"), d.customerName},
        {QStringLiteral("currency"), d.currency},
        {QStringLiteral("date"), dateOrNull(d.date)},
        {QStringLiteral("due_date"), dateOrNull(d.dueDate)},
        {QStringLiteral("description"), d.description},
        {QStringLiteral("sales_branch"), textOrNull(d.salesBranch)},
        {QStringLiteral("sales_person"), textOrNull(d.salesPerson)},
        {QStringLiteral("adjusts"), textOrNull(d.adjustsNumber)},
        {QStringLiteral("reverses"), d.reversesId ? QJsonValue(d.reversesId) : QJsonValue()},
        {QStringLiteral("reversed_by"), d.reversedById ? QJsonValue(d.reversedById) : QJsonValue()},
        {QStringLiteral("subtotal"), d.subtotal.toString(units)},
        {QStringLiteral("tax"), d.tax.toString(units)},
        {QStringLiteral("rounding"), d.rounding.toString()},
        {QStringLiteral("total"), d.total.toString(units)},
        {QStringLiteral("applied"), d.applied.toString(units)},
    };
    o.insert(isArSource(d.kind) ? QStringLiteral("available") : QStringLiteral("balance"),
             d.remaining().toString(units));
    if (d.kind == ArKind::Payment) {
        o.insert(QStringLiteral("method"), textOrNull(d.paymentMethod));
        o.insert(QStringLiteral("payment_reference"), textOrNull(d.reference));
    }
    if (!whole)
        return o;
    QJsonArray lines, taxes, apps;
    for (const MemoLine &l : d.lines)
        lines.append(QJsonObject{{QStringLiteral("line"), l.lineNo},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity.toString()},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("price"), l.price.toString(units)},
                                 {QStringLiteral("discount"), l.discount.toString(units)},
                                 {QStringLiteral("tax_category"), textOrNull(l.taxCategory)},
                                 {QStringLiteral("amount"), l.amount.toString(units)}});
    for (const MemoTax &t : d.taxes)
        taxes.append(QJsonObject{{QStringLiteral("category"), t.category},
                                 {QStringLiteral("name"), t.line.name},
                                 {QStringLiteral("rate"), t.line.rate.toString()},
                                 {QStringLiteral("base"), t.line.base.toString(units)},
                                 {QStringLiteral("amount"), t.line.amount.toString(units)}});
    for (const ArApplication &a : applications)
        apps.append(arApplication(a, units));
    o.insert(QStringLiteral("lines"), lines);
    o.insert(QStringLiteral("taxes"), taxes);
    o.insert(QStringLiteral("applications"), apps);
    return o;
}

QJsonObject agingRow(const AgingRow &r)
{
    const int units = Currencies::lookup(r.currency).minorUnits;
    QJsonObject o{{QStringLiteral("customer_id"), r.customerId ? QJsonValue(r.customerId) : QJsonValue()},
                  {QStringLiteral("customer_name"), textOrNull(r.customerName)},
                  {QStringLiteral("currency"), r.currency}};
    for (int b = 0; b < AgingBucketCount; ++b)
        o.insert(agingBucketKey(AgingBucket(b)), r.buckets[size_t(b)].toString(units));
    o.insert(QStringLiteral("unapplied"), r.unapplied.toString(units));
    o.insert(QStringLiteral("total"), r.total.toString(units));
    return o;
}

QJsonObject aging(const AgingReport &r)
{
    QJsonArray rows, totals, proof;
    for (const AgingRow &row : r.rows)
        rows.append(agingRow(row));
    for (qsizetype i = 0; i < r.totals.size(); ++i) {
        const AgingRow &t = r.totals.at(i);
        totals.append(agingRow(t));
        const int units = Currencies::lookup(t.currency).minorUnits;
        const auto &[fromRows, fromDocuments] = r.proof.at(i);
        proof.append(QJsonObject{{QStringLiteral("currency"), t.currency},
                                 {QStringLiteral("sum_of_buckets"), fromRows.toString(units)},
                                 {QStringLiteral("sum_of_balances"), fromDocuments.toString(units)},
                                 {QStringLiteral("equal"), fromRows == fromDocuments}});
    }
    return QJsonObject{{QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("proof"), proof}};
}

QJsonObject customerBalance(const CustomerBalance &b)
{
    return QJsonObject{{QStringLiteral("currency"), b.currency},
                       {QStringLiteral("balance"), b.balance.toString(Currencies::lookup(b.currency).minorUnits)}};
}

} // namespace bursar::core::json
