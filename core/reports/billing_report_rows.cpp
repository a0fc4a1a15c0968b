// The report's rows beyond their building: margin percent, the CSV a clerk exports, and
// the usage lines behind a customer's row (the "Explain" of the report page).
#include "core/formats/csv.h"
#include "core/reports/billing_report.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

namespace bursar::core {

std::optional<Decimal> BillingReportRow::marginPercent() const
{
    if (!hasPrice || cost.isZero())
        return std::nullopt;
    return margin()
        .multiplied(Decimal::fromInt(100), Decimal::Scale, Rounding::HalfEven)
        .divided(cost, 1, Rounding::HalfUp);
}

QByteArray billingReportCsv(const QList<BillingReportRow> &rows)
{
    QByteArray out =
        "customer_id,customer,currency,pricebook,cost,price,margin,marketplace,support,custom_charges,problem\r\n";
    for (const BillingReportRow &r : rows) {
        const QByteArray price = r.hasPrice ? r.price.toUtf8() : QByteArray();
        const QByteArray margin = r.hasPrice ? r.margin().toUtf8() : QByteArray();
        out += QByteArray::number(r.customerId) + ',' + csvField(r.customerName) + ',' + r.currency.toUtf8() + ',' +
               csvField(r.pricebook) + ',' + r.cost.toUtf8() + ',' + price + ',' + margin + ',' +
               r.marketplace.toUtf8() + ',' + r.support.toUtf8() + ',' + r.customCharges.toUtf8() + ',' +
               csvField(r.problem) + "\r\n";
    }
    return out;
}

Result<QList<UsageLineView>> BillingReportBuilder::usageLines(Vendor vendor, qint64 customerId,
                                                              const QString &fromPeriod, const QString &toPeriod,
                                                              int limit)
{
    Sql q(m_db, QStringLiteral(
                    "SELECT t.period, l.usage_date, t.account_id, t.kind, t.marketplace, t.product_type, "
                    "t.product, l.quantity, l.unit, t.currency, l.cost, i.file_name, l.line_no "
                    "FROM vendor_accounts va "
                    "JOIN usage_totals t ON t.vendor = va.vendor AND t.account_id = va.account_id "
                    "JOIN usage_lines l ON l.import_id = t.import_id AND l.total_no = t.total_no "
                    "JOIN usage_imports i ON i.id = t.import_id "
                    "WHERE va.vendor = ? AND va.customer_id = ? AND t.period >= ? AND t.period <= ? AND t.replaced = 0 "
                    "ORDER BY t.product_type, t.product, l.usage_date, l.import_id, l.line_no LIMIT ?"));
    q.bind(vendorKey(vendor)).bind(customerId).bind(fromPeriod).bind(toPeriod).bind(limit);
    if (Status s = q.exec(tr("reading usage lines")); !s)
        return s.error();
    QList<UsageLineView> out;
    while (q.next()) {
        UsageLineView l;
        l.period = q.value(0).toString();
        l.usageDate = q.value(1).toString();
        l.accountId = q.value(2).toString();
        l.kind = q.value(3).toString();
        l.marketplace = q.value(4).toInt() != 0;
        l.productType = q.value(5).toString();
        l.product = q.value(6).toString();
        l.quantity = q.value(7).isNull() ? QString() : storedWide(q.value(7)).toString();
        l.unit = q.value(8).toString();
        l.currency = q.value(9).toString();
        l.cost = storedWide(q.value(10));
        l.fileName = q.value(11).toString();
        l.lineNo = q.value(12).toLongLong();
        out.append(l);
    }
    return out;
}

} // namespace bursar::core
