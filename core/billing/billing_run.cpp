#include "core/billing/billing_run.h"

#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/domain/billing_period.h"
#include "core/domain/charge_line.h"
#include "core/ledger/allocation_ledger.h"
#include "core/locks/run_lock.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/reports/billing_report.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <map>

namespace bursar::core {

namespace {

struct ProviderInfo
{
    QString currency;
    bool enabled = false;
};

QString inList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'(' + parts.join(u',') + u')';
}

/// Everything one run reads once.
struct RunContext
{
    explicit RunContext(StatementRun r) : run(std::move(r)) {}
    StatementRun run;
    QHash<qint64, StatementCustomer> customers;
    QHash<qint64, ProviderInfo> providers;
};

} // namespace

Result<GenerateResult> BillingRun::generate(const GenerateRequest &request, const Progress &progress)
{
    if (Status s = m_db.require(Privilege::GenerateStatements, tr("generate statements")); !s)
        return s.error();
    if (!isPeriod(request.period))
        return fail(tr("A billing period is written YYYY-MM, for example 2026-09, not “%1”.").arg(request.period),
                    QStringLiteral("period"));
    if (request.customers && request.customers->isEmpty())
        return fail(tr("No customers are selected: tick the customers to bill in the report, or use Select All."),
                    QStringLiteral("customers"));
    auto lock = RunLock::acquire(m_db, request.vendor, request.period);
    if (!lock)
        return lock.error();

    RunContext ctx(StatementRun(request.vendor, *BillingPeriod::parse(request.period)));
    ctx.run.options = request.options;
    const QString v = vendorKey(request.vendor);

    BillingReportOptions reportOptions;
    reportOptions.withUsage = true;
    if (request.customers)
        reportOptions.customers = QSet<qint64>(request.customers->cbegin(), request.customers->cend());
    auto report = BillingReportBuilder(m_db).build(request.vendor, request.period, request.period, reportOptions);
    if (!report)
        return report.error();

    // Rows per customer, in customer order (the report's order).
    std::map<qint64, QList<const BillingReportRow *>> rowsOf;
    for (const BillingReportRow &row : report->rows)
        rowsOf[row.customerId].append(&row);
    QList<qint64> toBill;
    for (const auto &[customer, rows] : rowsOf)
        toBill << customer;

    const bool few = request.customers && request.customers->size() <= 2000;
    const QString onlyThese = few ? QStringLiteral(" WHERE id IN ") + inList(*request.customers) : QString();
    {
        Sql q(m_db, QStringLiteral(
                        "SELECT id, name, contact_name, email, phone, address_line1, address_line2, city, postal_code, "
                        "country, region, state, payment_terms_days FROM customers") +
                        onlyThese);
        if (Status s = q.exec(tr("reading customers")); !s)
            return s.error();
        while (q.next()) {
            StatementCustomer c;
            c.name = q.value(1).toString();
            c.contact = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
            c.region = q.value(10).toString();
            c.state = q.value(11).toString();
            c.terms = q.value(12).toInt();
            ctx.customers.insert(q.value(0).toLongLong(), c);
        }
    }
    {
        // The billing profile a statement is linked to: the default subscription's, else the
        // customer's first.
        const QString onlyProfiles =
            few ? QStringLiteral(" AND customer_id IN ") + inList(*request.customers) : QString();
        QSet<qint64> defaultProfiles;
        Sql d(m_db, QStringLiteral("SELECT billing_profile_id FROM subscriptions WHERE is_default = 1 AND "
                                   "billing_profile_id IS NOT NULL") +
                        onlyProfiles);
        if (Status s = d.exec(tr("reading subscriptions")); !s)
            return s.error();
        while (d.next())
            defaultProfiles.insert(d.value(0).toLongLong());
        Sql q(m_db,
              QStringLiteral("SELECT customer_id, id, name, contact_name, email, phone, address_line1, address_line2, "
                             "city, postal_code, country FROM billing_profiles WHERE 1 = 1") +
                  onlyProfiles + QStringLiteral(" ORDER BY customer_id, id"));
        if (Status s = q.exec(tr("reading billing profiles")); !s)
            return s.error();
        while (q.next()) {
            auto it = ctx.customers.find(q.value(0).toLongLong());
            const bool isDefault = defaultProfiles.contains(q.value(1).toLongLong());
            if (it == ctx.customers.end() || (it->hasProfile && (it->profileIsDefault || !isDefault)))
                continue;
            it->hasProfile = true;
            it->profileIsDefault = isDefault;
            it->profileName = q.value(2).toString();
            it->profileContact = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                  q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                  q.value(9).toString(), q.value(10).toString()};
            // A profile without an address prints the customer's own.
            if (it->profileContact.addressLine1.isEmpty() && it->profileContact.city.isEmpty())
                it->profileContact = it->contact;
        }
    }
    {
        Sql q(m_db, QStringLiteral("SELECT customer_id, currency, enabled FROM customer_providers WHERE vendor = ?") +
                        (few ? QStringLiteral(" AND customer_id IN ") + inList(*request.customers) : QString()));
        q.bind(v);
        if (Status s = q.exec(tr("reading Cloud Provider settings")); !s)
            return s.error();
        while (q.next())
            ctx.providers.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toInt() != 0});
    }
    if (request.options.includeTax) {
        auto taxes = TaxTable(m_db).list();
        if (!taxes)
            return taxes.error();
        ctx.run.taxTable = *taxes;
    }
    if (auto rates = ExchangeRates(m_db).list())
        ctx.run.rates = *rates;
    else
        return rates.error();
    auto seller = AccountInfoService(m_db).load();
    if (!seller)
        return seller.error();
    ctx.run.seller = statementPartyJson(seller->companyName, seller->contact, QString(), QString(), QString());

    auto alreadyBilled = [&](qint64 customer, qint64 statement, const QVariant &number) -> CustomerOutcome {
        return {
            customer, ctx.customers.value(customer).name,
            tr("The customer with ID %1 already has a %2 statement for %3 (%4); delete the draft to generate it again.")
                .arg(displayCustomerId(customer), vendorName(request.vendor), request.period,
                     number.isNull() ? tr("draft %1").arg(statement) : number.toString())};
    };
    GenerateResult result;
    // Customers billed for the period already are named, not billed again.
    QSet<qint64> billed;
    {
        Sql q(m_db, QStringLiteral("SELECT customer_id, id, number FROM statements WHERE vendor = ? AND period = ?") +
                        (few ? QStringLiteral(" AND customer_id IN ") + inList(*request.customers) : QString()) +
                        QStringLiteral(" ORDER BY customer_id"));
        q.bind(v).bind(request.period);
        if (Status s = q.exec(tr("reading statements")); !s)
            return s.error();
        const QSet<qint64> asked =
            request.customers ? QSet<qint64>(request.customers->cbegin(), request.customers->cend()) : QSet<qint64>();
        while (q.next()) {
            const qint64 customer = q.value(0).toLongLong();
            if (request.customers && !asked.contains(customer))
                continue;
            billed.insert(customer);
            result.skipped.append(alreadyBilled(customer, q.value(1).toLongLong(), q.value(2)));
        }
        toBill.removeIf([&](qint64 id) { return billed.contains(id); });
    }
    if (request.customers) {
        for (qint64 id : *request.customers)
            if (!rowsOf.count(id) && !billed.contains(id)) {
                const bool known = ctx.customers.contains(id);
                result.skipped.append(
                    {id, ctx.customers.value(id).name,
                     known ? tr("The customer with ID %1 has no %2 charges for %3; there is nothing to bill.")
                                 .arg(displayCustomerId(id), vendorName(request.vendor), request.period)
                           : tr("There is no customer with ID %1.").arg(displayCustomerId(id))});
            }
    }

    // The run is recorded first, on its own: a run that is cancelled or killed is still on record.
    Status started = m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral(
                        "INSERT INTO billing_runs (vendor, period, apply_credits, include_tax, marketplace_fees, "
                        "marketplace_credits, requested, started_at, started_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "RETURNING id"));
        q.bind(v)
            .bind(request.period)
            .bind(int(request.options.applyCredits))
            .bind(int(request.options.includeTax))
            .bind(int(request.options.marketplaceFees))
            .bind(int(request.options.marketplaceCredits))
            .bind(int(toBill.size()))
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status e = q.exec(tr("recording the billing run")); !e)
            return e;
        q.next();
        result.runId = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("generate"), QStringLiteral("billing_run"), QString::number(result.runId),
                          QStringLiteral("%1 %2, %3 customers").arg(v, request.period).arg(toBill.size()));
    });
    if (!started)
        return started.error();

    const bool pg = m_db.dialect() == Dialect::PostgreSQL;
    const bool needCredits =
        request.options.applyCredits || (request.options.marketplaceFees && request.options.marketplaceCredits);
    // One batch of customers in one transaction; returns the statements it wrote.
    auto writeBatch = [&](const QList<qint64> &batch, QList<GeneratedStatement> &made, QList<CustomerOutcome> &failed,
                          QList<CustomerOutcome> &skipped) -> Status {
        made.clear();
        failed.clear();
        skipped.clear();
        return m_db.transaction([&]() -> Status {
            made.clear();
            failed.clear();
            skipped.clear();
            const QString ids = inList(batch);
            QHash<qint64, QList<Credit>> creditsOf;
            if (needCredits) {
                if (pg) {
                    // Locks the customers' credits: a run for another period cannot spend them at the same time.
                    Sql lockCredits(
                        m_db, QStringLiteral("SELECT id FROM credits WHERE vendor = ? AND customer_id IN %1 FOR UPDATE")
                                  .arg(ids));
                    lockCredits.bind(v);
                    if (Status e = lockCredits.exec(tr("reading credits")); !e)
                        return e;
                }
                auto credits = readCredits(
                    m_db, QStringLiteral("c.vendor = ? AND c.voided_at IS NULL AND c.customer_id IN ") + ids, {v});
                if (!credits)
                    return credits.error();
                for (const Credit &c : *credits)
                    creditsOf[c.customerId].append(c);
            }
            // Another desktop may have billed one of them since the run began.
            QHash<qint64, CustomerOutcome> existing;
            Sql ex(m_db,
                   QStringLiteral("SELECT customer_id, id, number FROM statements WHERE vendor = ? AND period = ? AND "
                                  "customer_id IN %1")
                       .arg(ids));
            ex.bind(v).bind(request.period);
            if (Status e = ex.exec(tr("reading statements")); !e)
                return e;
            while (ex.next())
                existing.insert(ex.value(0).toLongLong(),
                                alreadyBilled(ex.value(0).toLongLong(), ex.value(1).toLongLong(), ex.value(2)));
            QList<CalculatedStatement> pending;
            for (qint64 customer : batch) {
                const QString name = ctx.customers.value(customer).name;
                if (existing.contains(customer)) {
                    skipped.append(existing.value(customer));
                    continue;
                }
                auto computed = StatementCalculator::calculate(ctx.run, customer, ctx.customers.value(customer),
                                                               ctx.providers.value(customer).currency,
                                                               rowsOf.at(customer), creditsOf.value(customer));
                if (!computed) {
                    failed.append({customer, name, computed.message()});
                    continue;
                }
                pending.append(std::move(computed).value());
            }
            if (pending.isEmpty())
                return success();
            Sql ids2(m_db, QStringLiteral("UPDATE id_blocks SET last_value = last_value + ? WHERE name = 'statements' "
                                          "RETURNING last_value"));
            ids2.bind(int(pending.size()));
            if (Status e = ids2.exec(tr("numbering the statements")); !e)
                return e;
            if (!ids2.next())
                return fail(tr("The statement IDs could not be taken; try again."));
            qint64 nextId = ids2.value(0).toLongLong() - pending.size() + 1;

            const QString at = nowUtc(), actor = m_db.actor();
            BulkInsert statements(m_db, QStringLiteral("statements"),
                                  {QStringLiteral("id"),
                                   QStringLiteral("run_id"),
                                   QStringLiteral("customer_id"),
                                   QStringLiteral("vendor"),
                                   QStringLiteral("period"),
                                   QStringLiteral("currency"),
                                   QStringLiteral("status"),
                                   QStringLiteral("apply_credits"),
                                   QStringLiteral("include_tax"),
                                   QStringLiteral("marketplace_fees"),
                                   QStringLiteral("marketplace_credits"),
                                   QStringLiteral("charges_exact"),
                                   QStringLiteral("charges"),
                                   QStringLiteral("credits"),
                                   QStringLiteral("marketplace_exact"),
                                   QStringLiteral("marketplace"),
                                   QStringLiteral("marketplace_credits_applied"),
                                   QStringLiteral("tax"),
                                   QStringLiteral("total"),
                                   QStringLiteral("balance"),
                                   QStringLiteral("pricebook"),
                                   QStringLiteral("exchange_base"),
                                   QStringLiteral("exchange_rate"),
                                   QStringLiteral("exchange_date"),
                                   QStringLiteral("payment_terms_days"),
                                   QStringLiteral("region"),
                                   QStringLiteral("state"),
                                   QStringLiteral("seller"),
                                   QStringLiteral("customer"),
                                   QStringLiteral("customer_name"),
                                   QStringLiteral("created_at"),
                                   QStringLiteral("created_by")},
                                  64);
            BulkInsert lines(m_db, QStringLiteral("statement_lines"),
                             {QStringLiteral("statement_id"), QStringLiteral("line_no"), QStringLiteral("kind"),
                              QStringLiteral("product_type"), QStringLiteral("product"), QStringLiteral("usage_lines"),
                              QStringLiteral("currency"), QStringLiteral("cost"), QStringLiteral("price"),
                              QStringLiteral("rule"), QStringLiteral("percents")});
            BulkInsert usage(m_db, QStringLiteral("statement_usage"),
                             {QStringLiteral("import_id"), QStringLiteral("total_no"), QStringLiteral("statement_id"),
                              QStringLiteral("line_no")},
                             1000);
            AllocationLedger::Batch allocations(m_db); // the credits' applications, through the ledger
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const QString reason = QStringLiteral("billing run %1").arg(result.runId);
            BulkInsert taxes(m_db, QStringLiteral("statement_taxes"),
                             {QStringLiteral("statement_id"), QStringLiteral("line_no"), QStringLiteral("name"),
                              QStringLiteral("region"), QStringLiteral("state"), QStringLiteral("rate"),
                              QStringLiteral("rate_from"), QStringLiteral("base"), QStringLiteral("amount")});
            BulkInsert audit(m_db, QStringLiteral("audit_log"),
                             {QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                              QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("detail")});
            for (BulkInsert *child : {&lines, &usage, &taxes})
                child->dependsOn(statements);
            for (const CalculatedStatement &p : std::as_const(pending)) {
                const qint64 id = nextId++;
                statements.integer(id)
                    .integer(result.runId)
                    .integer(p.customerId)
                    .text(v)
                    .text(request.period)
                    .text(p.currency)
                    .text(QStringLiteral("draft"))
                    .integer(request.options.applyCredits)
                    .integer(request.options.includeTax)
                    .integer(request.options.marketplaceFees)
                    .integer(request.options.marketplaceCredits)
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
                    .text(at)
                    .text(actor);
                if (Status e = statements.endRow(); !e)
                    return e;
                for (const StatementLine &l : p.lines) {
                    lines.integer(id)
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
                    if (Status e = lines.endRow(); !e)
                        return e;
                }
                for (const UsageLink &u : p.usage) {
                    usage.integer(u.importId).integer(u.totalNo).integer(id).integer(u.lineNo);
                    if (Status e = usage.endRow(); !e)
                        return e;
                }
                for (const CreditShare &a : p.allocations) {
                    if (Status e = allocations.add({AllocationSource::Credit, a.creditId, AllocationTarget::Statement,
                                                    id, a.account, a.amount, today, reason});
                        !e)
                        return e;
                }
                for (const StatementTax &t : p.taxes) {
                    taxes.integer(id)
                        .integer(t.lineNo)
                        .text(t.name)
                        .text(t.region)
                        .text(t.state)
                        .amount(t.rate)
                        .text(t.rateFrom.toString(Qt::ISODate))
                        .amount(t.base)
                        .amount(t.amount);
                    if (Status e = taxes.endRow(); !e)
                        return e;
                }
                audit.text(at)
                    .text(actor)
                    .text(QStringLiteral("generate"))
                    .text(QStringLiteral("statement"))
                    .text(QString::number(id))
                    .text(QStringLiteral("run %1, customer %2, %3 %4, total %5 %6")
                              .arg(result.runId)
                              .arg(p.customerId)
                              .arg(v, request.period, p.total.toString(), p.currency));
                if (Status e = audit.endRow(); !e)
                    return e;
                made.append({id, p.customerId, p.customerName, p.currency, p.total});
            }
            for (BulkInsert *b : {&statements, &lines, &usage, &taxes, &audit})
                if (Status e = b->finish(); !e)
                    return e;
            return allocations.finish();
        });
    };

    // The run writes far more pages than SQLite's default cache holds, as the importer does.
    const bool lite = m_db.dialect() == Dialect::SQLite;
    if (lite)
        (void)Sql(m_db, QStringLiteral("PRAGMA cache_size = -65536")).exec();
    const int total = int(toBill.size());
    int done = 0;
    for (qsizetype from = 0; from < toBill.size(); from += m_batch) {
        const QList<qint64> batch = toBill.mid(from, m_batch);
        QList<GeneratedStatement> made;
        QList<CustomerOutcome> failed, skipped;
        if (writeBatch(batch, made, failed, skipped)) {
            result.generated += made;
            result.failed += failed;
            result.skipped += skipped;
        } else {
            // Something in the batch could not be written: each customer again on its own, so
            // only the one that cannot be written fails.
            for (qint64 customer : batch) {
                if (Status s = writeBatch({customer}, made, failed, skipped); !s) {
                    result.failed.append({customer, ctx.customers.value(customer).name,
                                          tr("The statement for the customer with ID %1 could not be saved: %2")
                                              .arg(displayCustomerId(customer), s.message())});
                    continue;
                }
                result.generated += made;
                result.failed += failed;
                result.skipped += skipped;
            }
        }
        done += int(batch.size());
        if (progress && !progress(done, total) && done < total) {
            result.cancelled = true;
            break;
        }
    }
    if (lite)
        (void)Sql(m_db, QStringLiteral("PRAGMA cache_size = -2000")).exec();
    Status finished = m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE billing_runs SET generated = ?, failed = ?, finished_at = ? WHERE id = ?"));
        q.bind(int(result.generated.size())).bind(int(result.failed.size())).bind(nowUtc()).bind(result.runId);
        return q.exec(tr("recording the billing run"));
    });
    if (!finished)
        return finished.error();
    return result;
}

} // namespace bursar::core
