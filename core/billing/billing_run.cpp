#include "core/billing/billing_run.h"

#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/billing/statement_store.h"
#include "core/customers/customer_rows.h"
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

/// Everything one run reads once.
struct RunContext
{
    explicit RunContext(StatementRun r) : run(std::move(r)) {}
    StatementRun run;
    QHash<qint64, StatementCustomer> customers;
    QHash<qint64, ProviderInfo> providers;
};

} // namespace

namespace {

/// One billing run while it runs: what it reads once, the report's rows per customer, the
/// customers still to bill and the result. BillingRun::generate runs its steps.
struct Run
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::BillingRun)

public:
    Run(Database &database, const GenerateRequest &generate)
        : m_db(database), request(generate), ctx(StatementRun(generate.vendor, *BillingPeriod::parse(generate.period))),
          v(vendorKey(generate.vendor)), few(generate.customers && generate.customers->size() <= 2000)
    {
        ctx.run.options = generate.options;
    }

    /// " AND customer_id IN (...)" when a few customers are asked for.
    QString onlyThese(const char *column = "customer_id") const
    {
        return few ? QStringLiteral(" AND %1 IN ").arg(QLatin1String(column)) + idList(*request.customers) : QString();
    }
    Status readReport();
    /// The customers with their contacts, billing profiles and Cloud Provider settings.
    Status loadCustomers();
    Status loadBillingProfiles();
    /// Tax table, exchange rates and our company.
    Status loadTables();
    CustomerOutcome alreadyBilled(qint64 customer, qint64 statement, const QVariant &number) const;
    /// Customers billed for the period already are named, not billed again; customers asked
    /// for without charges are named too.
    Status skipBilled();
    /// The run is recorded first, on its own: a run that is cancelled or killed is still on record.
    Status recordStart();
    /// One batch of customers in one transaction: the statements it wrote, who failed and why.
    Status writeBatch(const QList<qint64> &batch, QList<GeneratedStatement> &made, QList<CustomerOutcome> &failed,
                      QList<CustomerOutcome> &skipped);
    Status writeBatchInTransaction(const QList<qint64> &batch, QList<GeneratedStatement> &made,
                                   QList<CustomerOutcome> &failed, QList<CustomerOutcome> &skipped);
    void writeAll(int batchSize, const BillingRun::Progress &progress);
    Status recordFinish();

    Database &m_db;
    const GenerateRequest &request;
    RunContext ctx;
    QString v;
    bool few;
    std::optional<BillingReport> report;
    std::map<qint64, QList<const BillingReportRow *>> rowsOf; // rows per customer, in customer order
    QList<qint64> toBill;
    GenerateResult result;
};

Status Run::readReport()
{
    BillingReportOptions reportOptions;
    reportOptions.withUsage = true;
    if (request.customers)
        reportOptions.customers = QSet<qint64>(request.customers->cbegin(), request.customers->cend());
    auto built = BillingReportBuilder(m_db).build(request.vendor, request.period, request.period, reportOptions);
    if (!built)
        return built.error();
    report = std::move(built).value();

    // Rows per customer, in customer order (the report's order).
    for (const BillingReportRow &row : report->rows)
        rowsOf[row.customerId].append(&row);
    for (const auto &[customer, rows] : rowsOf)
        toBill << customer;

    return success();
}

Status Run::loadCustomers()
{
    const QString onlyIds = few ? QStringLiteral(" WHERE id IN ") + idList(*request.customers) : QString();
    {
        Sql q(m_db,
              QStringLiteral("SELECT ") + customer_rows::CustomerColumns + QStringLiteral(" FROM customers") + onlyIds);
        if (Status s = q.exec(tr("reading customers")); !s)
            return s;
        while (q.next()) {
            const Customer customer = customer_rows::readCustomer(q);
            StatementCustomer c;
            c.name = customer.name;
            c.contact = customer.contact;
            c.region = customer.region;
            c.state = customer.state;
            c.terms = customer.paymentTermsDays;
            ctx.customers.insert(customer.id, c);
        }
    }
    {
        Sql q(m_db, QStringLiteral("SELECT customer_id, currency, enabled FROM customer_providers WHERE vendor = ?") +
                        onlyThese());
        q.bind(v);
        if (Status s = q.exec(tr("reading Cloud Provider settings")); !s)
            return s;
        while (q.next())
            ctx.providers.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toInt() != 0});
    }
    return loadBillingProfiles();
}

Status Run::loadBillingProfiles()
{
    {
        // The billing profile a statement is linked to: the default subscription's, else the
        // customer's first.
        const QString onlyProfiles = onlyThese();
        QSet<qint64> defaultProfiles;
        Sql d(m_db, QStringLiteral("SELECT billing_profile_id FROM subscriptions WHERE is_default = 1 AND "
                                   "billing_profile_id IS NOT NULL") +
                        onlyProfiles);
        if (Status s = d.exec(tr("reading subscriptions")); !s)
            return s;
        while (d.next())
            defaultProfiles.insert(d.value(0).toLongLong());
        Sql q(m_db, QStringLiteral("SELECT ") + customer_rows::BillingProfileColumns +
                        QStringLiteral(" FROM billing_profiles WHERE 1 = 1") + onlyProfiles +
                        QStringLiteral(" ORDER BY customer_id, id"));
        if (Status s = q.exec(tr("reading billing profiles")); !s)
            return s;
        while (q.next()) {
            const BillingProfile profile = customer_rows::readBillingProfile(q);
            auto it = ctx.customers.find(profile.customerId);
            const bool isDefault = defaultProfiles.contains(profile.id);
            if (it == ctx.customers.end() || (it->hasProfile && (it->profileIsDefault || !isDefault)))
                continue;
            it->hasProfile = true;
            it->profileIsDefault = isDefault;
            it->profileName = profile.name;
            it->profileContact = profile.contact;
            // A profile without an address prints the customer's own.
            if (it->profileContact.addressLine1.isEmpty() && it->profileContact.city.isEmpty())
                it->profileContact = it->contact;
        }
    }
    return success();
}

Status Run::loadTables()
{
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

    return success();
}

CustomerOutcome Run::alreadyBilled(qint64 customer, qint64 statement, const QVariant &number) const
{
    return {customer, ctx.customers.value(customer).name,
            tr("The customer with ID %1 already has a statement of its %2 usage for %3 (%4); delete the draft to "
               "generate it again.")
                .arg(displayCustomerId(customer), vendorName(request.vendor), request.period,
                     number.isNull() ? tr("draft %1").arg(statement) : number.toString()),
            QStringLiteral("invoices")};
}

Status Run::skipBilled()
{
    // Customers billed for the period already are named, not billed again.
    QSet<qint64> billed;
    {
        Sql q(m_db, QStringLiteral("SELECT customer_id, id, number FROM statements WHERE vendor = ? AND period = ?") +
                        onlyThese() + QStringLiteral(" ORDER BY customer_id"));
        q.bind(v).bind(request.period);
        if (Status s = q.exec(tr("reading statements")); !s)
            return s;
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
                           : tr("There is no customer with ID %1.").arg(displayCustomerId(id)),
                     QString()});
            }
    }

    return success();
}

Status Run::recordStart()
{
    return m_db.transaction([&]() -> Status {
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
}

Status Run::writeBatch(const QList<qint64> &batch, QList<GeneratedStatement> &made, QList<CustomerOutcome> &failed,
                       QList<CustomerOutcome> &skipped)
{
    made.clear();
    failed.clear();
    skipped.clear();
    return m_db.transaction([&]() -> Status {
        made.clear();
        failed.clear();
        skipped.clear();
        return writeBatchInTransaction(batch, made, failed, skipped);
    });
}

Status Run::writeBatchInTransaction(const QList<qint64> &batch, QList<GeneratedStatement> &made,
                                    QList<CustomerOutcome> &failed, QList<CustomerOutcome> &skipped)
{
    const bool pg = m_db.dialect() == Dialect::PostgreSQL;
    const bool needCredits =
        request.options.applyCredits || (request.options.marketplaceFees && request.options.marketplaceCredits);
    const QString ids = idList(batch);
    QHash<qint64, QList<Credit>> creditsOf;
    if (needCredits) {
        if (pg) {
            // Locks the customers' credits: a run for another period cannot spend them at the same time.
            Sql lockCredits(
                m_db,
                QStringLiteral("SELECT id FROM credits WHERE vendor = ? AND customer_id IN %1 FOR UPDATE").arg(ids));
            lockCredits.bind(v);
            if (Status e = lockCredits.exec(tr("reading credits")); !e)
                return e;
        }
        auto credits =
            readCredits(m_db, QStringLiteral("c.vendor = ? AND c.voided_at IS NULL AND c.customer_id IN ") + ids, {v});
        if (!credits)
            return credits.error();
        for (const Credit &c : *credits)
            creditsOf[c.customerId].append(c);
    }
    // Another desktop may have billed one of them since the run began.
    QHash<qint64, CustomerOutcome> existing;
    Sql ex(m_db, QStringLiteral("SELECT customer_id, id, number FROM statements WHERE vendor = ? AND period = ? AND "
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
                                                       ctx.providers.value(customer).currency, rowsOf.at(customer),
                                                       creditsOf.value(customer));
        if (!computed) {
            failed.append({customer, name, computed.message(), computed.error().field});
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

    statement_store::DraftWriter drafts(m_db, result.runId, request.vendor, request.period, request.options);
    for (const CalculatedStatement &p : std::as_const(pending)) {
        const qint64 id = nextId++;
        if (Status e = drafts.add(id, p); !e)
            return e;
        made.append({id, p.customerId, p.customerName, p.currency, p.total});
    }
    return drafts.finish();
}

void Run::writeAll(int batchSize, const BillingRun::Progress &progress)
{
    // The run writes far more pages than SQLite's default cache holds, as the importer does.
    const bool lite = m_db.dialect() == Dialect::SQLite;
    if (lite)
        (void)Sql(m_db, QStringLiteral("PRAGMA cache_size = -65536")).exec();
    const int total = int(toBill.size());
    int done = 0;
    for (qsizetype from = 0; from < toBill.size(); from += batchSize) {
        const QList<qint64> batch = toBill.mid(from, batchSize);
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
                                              .arg(displayCustomerId(customer), s.message()),
                                          QString()});
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
}

Status Run::recordFinish()
{
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE billing_runs SET generated = ?, failed = ?, finished_at = ? WHERE id = ?"));
        q.bind(int(result.generated.size())).bind(int(result.failed.size())).bind(nowUtc()).bind(result.runId);
        return q.exec(tr("recording the billing run"));
    });
}

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

    Run run(m_db, request);
    if (Status s = run.readReport(); !s)
        return s.error();
    if (Status s = run.loadCustomers(); !s)
        return s.error();
    if (Status s = run.loadTables(); !s)
        return s.error();
    if (Status s = run.skipBilled(); !s)
        return s.error();
    // Every customer billed already or without charges: nothing is written, and no run is
    // recorded (runId stays 0), so the run history lists only runs that made statements.
    if (run.toBill.isEmpty())
        return run.result;
    if (Status s = run.recordStart(); !s)
        return s.error();
    run.writeAll(m_batch, progress);
    if (Status s = run.recordFinish(); !s)
        return s.error();
    return run.result;
}

} // namespace bursar::core
