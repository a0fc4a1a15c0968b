#include "core/billing/statement_store.h"

#include "core/domain/charge_line.h"
#include "core/json/records_json.h"
#include "core/storage/database.h"
#include "core/storage/internal/stored.h"

#include <QDateTime>

namespace bursar::core::statement_store {

const QString Columns = QStringLiteral(
    "s.id, s.run_id, s.customer_id, s.customer_name, s.vendor, s.period, s.currency, s.status, s.number, "
    "s.apply_credits, s.include_tax, s.marketplace_fees, s.marketplace_credits, s.charges_exact, s.charges, s.credits, "
    "s.marketplace_exact, s.marketplace, s.marketplace_credits_applied, s.tax, s.total, s.balance, s.pricebook, "
    "s.exchange_base, s.exchange_rate, s.exchange_date, s.payment_terms_days, s.region, s.state, s.seller, s.customer, "
    "s.created_at, s.created_by, s.approved_at, s.approved_by, s.issue_date, s.due_date");

Statement read(const Sql &q)
{
    Statement s;
    int c = 0;
    s.id = q.value(c++).toLongLong();
    s.runId = q.value(c++).toLongLong();
    s.customerId = q.value(c++).toLongLong();
    s.customerName = q.value(c++).toString();
    s.vendor = storedVendor(q, c++);
    s.period = q.value(c++).toString();
    s.currency = q.value(c++).toString();
    s.storedStatus = q.value(c++).toString();
    s.number = q.value(c++).toString();
    s.options.applyCredits = q.value(c++).toInt() != 0;
    s.options.includeTax = q.value(c++).toInt() != 0;
    s.options.marketplaceFees = q.value(c++).toInt() != 0;
    s.options.marketplaceCredits = q.value(c++).toInt() != 0;
    s.chargesExact = storedAmount(q.value(c++));
    s.charges = storedAmount(q.value(c++));
    s.credits = storedAmount(q.value(c++));
    s.marketplaceExact = storedAmount(q.value(c++));
    s.marketplace = storedAmount(q.value(c++));
    s.marketplaceCredits = storedAmount(q.value(c++));
    s.tax = storedAmount(q.value(c++));
    s.total = storedAmount(q.value(c++));
    s.balance = storedAmount(q.value(c++));
    s.pricebook = q.value(c++).toString();
    s.exchangeBase = q.value(c++).toString();
    s.exchangeRate = storedOptionalAmount(q.value(c++));
    s.exchangeDate = storedDate(q.value(c++));
    s.paymentTermsDays = q.value(c++).toInt();
    s.region = q.value(c++).toString();
    s.state = q.value(c++).toString();
    s.seller = json::partyFromText(q.value(c++).toString());
    s.customer = json::partyFromText(q.value(c++).toString());
    s.createdAt = q.value(c++).toString();
    s.createdBy = q.value(c++).toString();
    s.approvedAt = q.value(c++).toString();
    s.approvedBy = q.value(c++).toString();
    s.issueDate = storedDate(q.value(c++));
    s.dueDate = storedDate(q.value(c++));
    return s;
}

namespace {

QStringList names(std::initializer_list<const char *> columns)
{
    QStringList out;
    for (const char *c : columns)
        out << QString::fromLatin1(c);
    return out;
}

} // namespace

DraftWriter::DraftWriter(Database &db, qint64 runId, Vendor vendor, const QString &period,
                         const BillingOptions &options)
    : m_db(db), m_runId(runId), m_vendor(vendorKey(vendor)), m_period(period), m_options(options), m_at(nowUtc()),
      m_actor(db.actor()), m_today(QDateTime::currentDateTimeUtc().date()),
      m_reason(QStringLiteral("billing run %1").arg(runId)), m_statements(db, QStringLiteral("statements"),
                                                                          names({"id",
                                                                                 "run_id",
                                                                                 "customer_id",
                                                                                 "vendor",
                                                                                 "period",
                                                                                 "currency",
                                                                                 "status",
                                                                                 "apply_credits",
                                                                                 "include_tax",
                                                                                 "marketplace_fees",
                                                                                 "marketplace_credits",
                                                                                 "charges_exact",
                                                                                 "charges",
                                                                                 "credits",
                                                                                 "marketplace_exact",
                                                                                 "marketplace",
                                                                                 "marketplace_credits_applied",
                                                                                 "tax",
                                                                                 "total",
                                                                                 "balance",
                                                                                 "pricebook",
                                                                                 "exchange_base",
                                                                                 "exchange_rate",
                                                                                 "exchange_date",
                                                                                 "payment_terms_days",
                                                                                 "region",
                                                                                 "state",
                                                                                 "seller",
                                                                                 "customer",
                                                                                 "customer_name",
                                                                                 "created_at",
                                                                                 "created_by"}),
                                                                          64),
      m_lines(db, QStringLiteral("statement_lines"),
              names({"statement_id", "line_no", "kind", "product_type", "product", "usage_lines", "currency", "cost",
                     "price", "rule", "percents"})),
      m_usage(db, QStringLiteral("statement_usage"), names({"import_id", "total_no", "statement_id", "line_no"}), 1000),
      m_taxes(db, QStringLiteral("statement_taxes"),
              names({"statement_id", "line_no", "name", "region", "state", "rate", "rate_from", "base", "amount"})),
      m_allocations(db)
{
    for (BulkInsert *child : {&m_lines, &m_usage, &m_taxes})
        child->dependsOn(m_statements);
}

Status DraftWriter::add(qint64 id, const CalculatedStatement &p)
{
    m_statements.integer(id)
        .integer(m_runId)
        .integer(p.customerId)
        .text(m_vendor)
        .text(m_period)
        .text(p.currency)
        .text(QStringLiteral("draft"))
        .integer(m_options.applyCredits)
        .integer(m_options.includeTax)
        .integer(m_options.marketplaceFees)
        .integer(m_options.marketplaceCredits)
        .amount(p.chargesExact)
        .amount(p.charges)
        .amount(p.credits)
        .amount(p.marketplaceExact)
        .amount(p.marketplace)
        .amount(p.marketplaceCredits)
        .amount(p.tax)
        .amount(p.total)
        .amount(p.total)
        .text(p.pricebook)
        .textOrNull(p.exchangeBase)
        .amountOrNull(p.exchangeRate)
        .textOrNull(p.exchangeDate.isValid() ? p.exchangeDate.toString(Qt::ISODate) : QString())
        .integer(p.terms)
        .textOrNull(p.region)
        .textOrNull(p.state)
        .text(p.seller)
        .text(p.customer)
        .text(p.customerName)
        .text(m_at)
        .text(m_actor);
    if (Status e = m_statements.endRow(); !e)
        return e;
    if (Status e = addChildren(id, p); !e)
        return e;
    return m_db.auditAt(m_at, QStringLiteral("generate"), QStringLiteral("statement"), QString::number(id),
                        QStringLiteral("run %1, customer %2, %3 %4, total %5 %6")
                            .arg(m_runId)
                            .arg(p.customerId)
                            .arg(m_vendor, m_period, p.total.toString(), p.currency));
}

Status DraftWriter::addChildren(qint64 id, const CalculatedStatement &p)
{
    for (const StatementLine &l : p.lines) {
        m_lines.integer(id)
            .integer(l.lineNo)
            .text(chargeLineKindKey(l.kind))
            .text(l.productType)
            .text(l.product)
            .integer(l.usageLines)
            .text(l.currency)
            .amount(l.cost)
            .amount(l.price)
            .text(l.rule)
            .textOrNull(l.percents);
        if (Status e = m_lines.endRow(); !e)
            return e;
    }
    for (const UsageLink &u : p.usage) {
        m_usage.integer(u.importId).integer(u.totalNo).integer(id).integer(u.lineNo);
        if (Status e = m_usage.endRow(); !e)
            return e;
    }
    for (const CreditShare &a : p.allocations) {
        if (Status e = m_allocations.add({AllocationSource::Credit, a.creditId, AllocationTarget::Statement, id,
                                          a.account, a.amount, m_today, m_reason});
            !e)
            return e;
    }
    for (const StatementTax &t : p.taxes) {
        m_taxes.integer(id)
            .integer(t.lineNo)
            .text(t.name)
            .text(t.region)
            .text(t.state)
            .amount(t.rate)
            .text(t.rateFrom.toString(Qt::ISODate))
            .amount(t.base)
            .amount(t.amount);
        if (Status e = m_taxes.endRow(); !e)
            return e;
    }
    return success();
}

Status DraftWriter::finish()
{
    for (BulkInsert *b : {&m_statements, &m_lines, &m_usage, &m_taxes})
        if (Status e = b->finish(); !e)
            return e;
    return m_allocations.finish();
}

} // namespace bursar::core::statement_store
