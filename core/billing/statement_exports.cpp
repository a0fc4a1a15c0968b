#include "core/billing/statement_exports.h"

#include "core/calculators/rating.h"
#include "core/domain/charge_line.h"
#include "core/formats/csv.h"
#include "core/reports/billing_report.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <map>

namespace bursar::core {

Decimal StatementExports::price(Decimal cost, const QString &percents, std::optional<Decimal> rate)
{
    Decimal p = cost;
    for (const QString &part : percents.split(u';', Qt::SkipEmptyParts))
        if (auto percent = Decimal::parse(part))
            p = applyPercent(p, *percent);
    if (rate)
        p = p.multiplied(*rate, Decimal::Scale, Rounding::HalfEven);
    return p;
}

QByteArray StatementExports::summaryCsv(const Statement &s, const CsvOptions &options)
{
    CsvWriter w(options);
    for (const char *h : {"statement", "status", "customer_id", "customer", "vendor", "period", "currency", "record",
                          "product_type", "product", "amount", "rule"})
        w.text(QString::fromLatin1(h));
    w.endRecord();
    auto row = [&](const QString &record, const QString &type, const QString &product, Decimal amount,
                   const QString &rule) {
        w.text(s.reference())
            .text(s.storedStatus)
            .number(s.customerId)
            .text(s.customerName)
            .text(vendorKey(s.vendor))
            .text(s.period)
            .text(s.currency)
            .text(record)
            .text(type)
            .text(product)
            .amount(amount)
            .text(rule);
        w.endRecord();
    };
    for (const StatementLine &l : s.lines)
        row(l.kind == ChargeLineKind::Marketplace ? QStringLiteral("marketplace") : QStringLiteral("line"),
            l.productType, l.product, l.price, l.rule);
    if (!s.rounding().isZero())
        row(QStringLiteral("rounding"), {}, tr("Rounding to %1 units").arg(s.currency), s.rounding(), {});
    if (!s.credits.isZero())
        row(QStringLiteral("credits"), {}, tr("%1 credits").arg(vendorName(s.vendor)), s.credits, {});
    if (!s.marketplaceCredits.isZero())
        row(QStringLiteral("marketplace-credit"), {}, tr("Marketplace credit"), s.marketplaceCredits, {});
    for (const StatementTax &t : s.taxes)
        row(QStringLiteral("tax"), {}, t.name, t.amount, tr("%1% of %2").arg(t.rate.toString(), t.base.toString()));
    row(QStringLiteral("total"), {}, tr("Total"), s.total, {});
    return w.bytes();
}

Result<QList<DetailedRecord>> StatementExports::detailedRecords(Database &db, const Statement &s)
{
    QList<DetailedRecord> out;
    // Usage lines by statement line, in order.
    Sql q(db, QStringLiteral("SELECT su.line_no, l.usage_date, t.account_id, l.quantity, l.unit, t.currency, l.cost, "
                             "i.file_name, l.line_no FROM statement_usage su "
                             "JOIN usage_totals t ON t.import_id = su.import_id AND t.total_no = su.total_no "
                             "JOIN usage_lines l ON l.import_id = su.import_id AND l.total_no = su.total_no "
                             "JOIN usage_imports i ON i.id = su.import_id "
                             "WHERE su.statement_id = ? ORDER BY su.line_no, l.usage_date, l.import_id, l.line_no"));
    q.bind(s.id);
    if (Status e = q.exec(tr("reading the statement's usage")); !e)
        return e.error();
    std::map<int, QList<DetailedRecord>> usageByLine;
    QHash<int, const StatementLine *> lines;
    for (const StatementLine &l : s.lines)
        lines.insert(l.lineNo, &l);
    while (q.next()) {
        const int lineNo = q.value(0).toInt();
        const StatementLine *line = lines.value(lineNo);
        if (!line)
            return fail(
                tr("Statement %1: usage points to line %2, which it does not have.").arg(s.reference()).arg(lineNo));
        DetailedRecord r;
        r.kind = QStringLiteral("usage");
        r.lineNo = lineNo;
        r.usageDate = q.value(1).toString();
        r.accountId = q.value(2).toString();
        r.productType = line->productType;
        r.product = line->product;
        r.quantity = storedOptionalWide(q.value(3));
        r.unit = q.value(4).toString();
        r.costCurrency = q.value(5).toString();
        r.vendorCost = storedWide(q.value(6));
        const std::optional<Decimal> rate =
            r.costCurrency != s.currency && s.exchangeRate ? s.exchangeRate : std::optional<Decimal>();
        r.amount = price(r.vendorCost->toDecimal(), line->percents, rate);
        r.rule = line->rule;
        r.source = q.value(7).toString() + u':' + q.value(8).toString();
        usageByLine[lineNo].append(r);
    }
    for (const StatementLine &l : s.lines) {
        const auto it = usageByLine.find(l.lineNo);
        if (it == usageByLine.end()) {
            // A support plan or a custom charge: no usage behind it.
            DetailedRecord r;
            r.kind = QStringLiteral("charge");
            r.lineNo = l.lineNo;
            r.productType = l.productType;
            r.product = l.product;
            r.amount = l.price;
            r.rule = l.rule;
            out.append(r);
            continue;
        }
        Decimal sum;
        for (const DetailedRecord &r : it->second) {
            sum += r.amount;
            out.append(r);
        }
        // The line was priced on its usage totals, each line here on its own: what the
        // 18th decimal rounded differently shows as its own record.
        if (sum != l.price) {
            DetailedRecord r;
            r.kind = QStringLiteral("line-rounding");
            r.lineNo = l.lineNo;
            r.productType = l.productType;
            r.product = l.product;
            r.amount = l.price - sum;
            r.rule = tr("Priced on the line's usage totals; each usage line priced on its own differs by this");
            out.append(r);
        }
    }
    if (!s.rounding().isZero()) {
        DetailedRecord r;
        r.kind = QStringLiteral("rounding");
        r.amount = s.rounding();
        r.rule = tr("Rounded once, half-up, to %1 units").arg(s.currency);
        out.append(r);
    }
    for (const StatementCredit &a : s.allocations) {
        DetailedRecord r;
        r.kind = a.kind == CreditKind::Manual ? QStringLiteral("credit") : QStringLiteral("marketplace-credit");
        r.accountId = a.accountId;
        r.amount = a.amount;
        r.rule = tr("%1 %2%3%4")
                     .arg(creditKindName(a.kind))
                     .arg(a.creditId)
                     .arg(a.expiresOn.isValid() ? tr(", expires %1").arg(a.expiresOn.toString(Qt::ISODate)) : QString(),
                          a.comment.isEmpty() ? QString() : QStringLiteral(": ") + a.comment);
        out.append(r);
    }
    for (const StatementTax &t : s.taxes) {
        DetailedRecord r;
        r.kind = QStringLiteral("tax");
        r.product = t.name;
        r.amount = t.amount;
        r.rule = tr("%1% of %2 (%3%4, from %5)")
                     .arg(t.rate.toString(), t.base.toString(), t.region,
                          t.state.isEmpty() ? QString() : u'/' + t.state, t.rateFrom.toString(Qt::ISODate));
        out.append(r);
    }
    DetailedRecord total;
    total.kind = QStringLiteral("total");
    total.amount = s.total;
    total.rule = tr("The sum of every record above");
    out.append(total);
    return out;
}

Result<QByteArray> StatementExports::detailedCsv(Database &db, const Statement &s, const CsvOptions &options)
{
    auto records = detailedRecords(db, s);
    if (!records)
        return records.error();
    CsvWriter w(options);
    for (const char *h :
         {"statement", "customer_id", "period", "currency", "record", "line_no", "usage_date", "account_id",
          "product_type", "product", "quantity", "unit", "cost_currency", "vendor_cost", "amount", "rule", "source"})
        w.text(QString::fromLatin1(h));
    w.endRecord();
    for (const DetailedRecord &r : *records) {
        w.text(s.reference()).number(s.customerId).text(s.period).text(s.currency).text(r.kind);
        if (r.lineNo)
            w.number(r.lineNo);
        else
            w.empty();
        w.text(r.usageDate).text(r.accountId).text(r.productType).text(r.product);
        if (r.quantity)
            w.amount(*r.quantity);
        else
            w.empty();
        w.text(r.unit).text(r.costCurrency);
        if (r.vendorCost)
            w.amount(*r.vendorCost);
        else
            w.empty();
        w.amount(r.amount).text(r.rule).text(r.source);
        w.endRecord();
    }
    return w.bytes();
}

} // namespace bursar::core
