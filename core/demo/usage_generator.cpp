#include "core/demo/usage_generator.h"

#include "core/formats/csv.h"

#include <QDate>
#include <QIODevice>

namespace bursar::core {

namespace {

/// splitmix64: small, fast, and the same everywhere.
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
};

struct Service
{
    const char *name;
    const char *category;
    const char *unit;
};

const Service AwsServices[] = {
    {"Amazon Elastic Compute Cloud", "Compute", "Hrs"},
    {"Amazon Simple Storage Service", "Storage", "GB-Mo"},
    {"Amazon Relational Database Service", "Databases", "Hrs"},
    {"AWS Lambda", "Compute", "Requests"},
    {"Amazon CloudFront", "Networking", "GB"},
    {"Amazon DynamoDB", "Databases", "WriteCapacityUnit-Hrs"},
    {"Amazon Virtual Private Cloud", "Networking", "Hrs"},
    {"AWS Key Management Service", "Security", "Keys"},
};
const Service AzureServices[] = {
    {"Virtual Machines", "Compute", "1 Hour"},     {"Storage", "Storage", "1 GB/Month"},
    {"Azure SQL Database", "Databases", "1 Hour"}, {"Azure App Service", "Web", "1 Hour"},
    {"Bandwidth", "Networking", "1 GB"},           {"Azure Monitor", "Management and Governance", "1 GB"},
};
const Service GoogleServices[] = {
    {"Compute Engine", "Compute", "hour"},    {"Cloud Storage", "Storage", "gibibyte month"},
    {"BigQuery", "Analytics", "tebibyte"},    {"Cloud SQL", "Databases", "hour"},
    {"Networking", "Networking", "gibibyte"},
};
const char *const MarketplaceSellers[] = {"Datadog, Inc.", "Trend Micro Inc.", "Palo Alto Networks",
                                          "\"Snow\" Software AB"};

template <size_t N> const Service &pick(Random &r, const Service (&list)[N])
{
    return list[r.below(int(N))];
}

/// A cost with 2 to maxPlaces decimals; now and then tiny and written with an exponent.
QByteArray cost(Random &r, int maxPlaces)
{
    const int shape = r.below(100);
    if (shape < 4) { // 5.64902E-05
        const quint64 mantissa = 100000 + r.next() % 900000;
        return QByteArray::number(mantissa / 100000) + '.' +
               QByteArray::number(mantissa % 100000).rightJustified(5, '0') + "E-0" +
               QByteArray::number(4 + r.below(5));
    }
    const quint64 whole = shape < 60 ? r.next() % 10 : r.next() % 2000;
    const int places = 2 + r.below(maxPlaces - 1);
    QByteArray f = QByteArray::number(r.next()).rightJustified(20, '0');
    while (f.size() < places)
        f += QByteArray::number(r.next()).rightJustified(20, '0');
    return QByteArray::number(whole) + '.' + f.left(places);
}

QByteArray quantity(Random &r)
{
    return QByteArray::number(r.next() % 1000) + '.' + QByteArray::number(r.next() % 1000000).rightJustified(6, '0');
}

QByteArray csv(const QByteArray &field)
{
    return csvField(QByteArrayView(field));
}

QByteArray vendorEntity(Vendor v)
{
    if (v == Vendor::Aws)
        return "Amazon Web Services, Inc.";
    if (v == Vendor::Microsoft)
        return "Microsoft";
    if (v == Vendor::Google)
        return "Google Cloud";
    return vendorName(v).toUtf8();
}

QByteArray providerName(Vendor v)
{
    if (v == Vendor::Aws)
        return "AWS";
    if (v == Vendor::Microsoft)
        return "Microsoft";
    if (v == Vendor::Google)
        return "Google Cloud";
    return vendorName(v).toUtf8();
}

QDate periodStart(const QString &period)
{
    return QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
}

QByteArray isoTime(QDate d, Random &r)
{
    switch (r.below(3)) {
    case 0:
        return d.toString(Qt::ISODate).toLatin1() + "T00:00:00Z";
    case 1:
        return d.toString(Qt::ISODate).toLatin1() + "T00:00:00.000Z";
    default:
        return d.toString(Qt::ISODate).toLatin1() + " 00:00:00";
    }
}

QByteArray nullOr(Random &r, const QByteArray &value)
{
    const int x = r.below(20);
    return x == 0 ? QByteArray() : x == 1 ? QByteArray("NULL") : value;
}

} // namespace

Status writeUsageFile(QIODevice *out, const UsageFileSpec &spec)
{
    if (spec.accounts.isEmpty() || spec.periods.isEmpty())
        return fail(QStringLiteral("A usage file needs at least one account and one period."));
    Random r{spec.seed};
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&](bool force) -> bool {
        if (!force && buffer.size() < (1 << 20))
            return true;
        const bool ok = out->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    const QByteArray currency = spec.currency.toLatin1();

    switch (spec.format) {
    case UsageFormat::Focus:
        buffer += "BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
                  "ChargePeriodEnd,ChargeCategory,ChargeClass,ChargeDescription,BilledCost,EffectiveCost,ListCost,"
                  "ConsumedQuantity,PricingUnit,ProviderName,PublisherName,InvoiceIssuerName,SubAccountId,"
                  "SubAccountName,ServiceName,ServiceCategory,RegionId\r\n";
        break;
    case UsageFormat::AwsCur:
        buffer += "identity/LineItemId,bill/BillingEntity,bill/BillingPeriodStartDate,lineItem/UsageAccountId,"
                  "lineItem/LineItemType,lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UsageAmount,"
                  "lineItem/CurrencyCode,lineItem/UnblendedCost,lineItem/LineItemDescription,lineItem/LegalEntity,"
                  "product/ProductName,product/productFamily,pricing/unit\n";
        break;
    case UsageFormat::Azure:
        buffer += "\xEF\xBB\xBF"
                  "BillingPeriodStartDate,SubscriptionId,SubscriptionName,Date,ProductName,MeterCategory,"
                  "Quantity,EffectivePrice,UnitPrice,CostInBillingCurrency,BillingCurrencyCode,PublisherType,"
                  "PublisherName,ChargeType,UnitOfMeasure\r\n";
        break;
    case UsageFormat::PartnerCenter:
        buffer += "PartnerId,CustomerId,CustomerName,SubscriptionId,UsageDate,ProductName,MeterCategory,Quantity,"
                  "UnitPrice,BillingPreTaxTotal,BillingCurrency,PublisherName,ChargeType,UnitType\r\n";
        break;
    }

    for (qint64 i = 0; i < spec.rows; ++i) {
        const QString &period = spec.periods.at(int(i % spec.periods.size()));
        const QDate start = periodStart(period);
        const QDate day = start.addDays(r.below(start.daysInMonth()));
        const QByteArray account = spec.accounts.at(r.below(int(spec.accounts.size()))).toUtf8();
        const int roll = r.below(100);
        const bool marketplace = spec.marketplace && roll < 3;
        const bool tax = spec.vendorRows && roll == 98;
        const bool credit = spec.vendorRows && roll == 99;
        const QByteArray amount = credit ? QByteArray('-' + cost(r, spec.maxPlaces)) : cost(r, spec.maxPlaces);
        switch (spec.format) {
        case UsageFormat::Focus: {
            const Vendor vendor =
                spec.providers.isEmpty() ? spec.vendor : spec.providers.at(r.below(int(spec.providers.size())));
            const Service &s = vendor == Vendor::Aws         ? pick(r, AwsServices)
                               : vendor == Vendor::Microsoft ? pick(r, AzureServices)
                                                             : pick(r, GoogleServices);
            const QByteArray sub = vendor == Vendor::Microsoft ? QByteArray("/subscriptions/" + account) : account;
            const QByteArray category = tax ? "Tax" : credit ? "Credit" : (roll < 6 ? "Purchase" : "Usage");
            const QByteArray publisher =
                marketplace ? QByteArray(MarketplaceSellers[r.below(4)]) : vendorEntity(vendor);
            const QByteArray service = marketplace ? QByteArray(publisher + " subscription") : QByteArray(s.name);
            buffer += "8000-" + QByteArray::number(spec.seed % 10000) + ',' + currency + ',' + isoTime(start, r) + ',' +
                      isoTime(start.addMonths(1), r) + ',' + isoTime(day, r) + ',' + isoTime(day.addDays(1), r) + ',' +
                      category + ',' + (roll == 50 ? "Correction" : "") + ',' +
                      csv(service + ", " + QByteArray(s.unit)) + ',' + amount + ',' + amount + ',' + nullOr(r, amount) +
                      ',' + nullOr(r, quantity(r)) + ',' + csv(s.unit) + ',' + providerName(vendor) + ',' +
                      csv(publisher) + ',' + csv(vendorEntity(vendor)) + ',' + sub + ",Account " + account.right(4) +
                      ',' + csv(service) + ',' + (tax || credit ? "" : s.category) + ",us-east-1\r\n";
            break;
        }
        case UsageFormat::AwsCur: {
            const Service &s = pick(r, AwsServices);
            const bool freeTier = roll == 97;
            const QByteArray type = tax ? "Tax" : credit ? "Credit" : freeTier ? "Credit" : "Usage";
            const QByteArray what =
                freeTier ? QByteArray("AWS Free Tier benefit") : QByteArray(QByteArray(s.name) + " usage");
            buffer += QByteArray::number(i) + ',' + QByteArray(marketplace ? "AWS Marketplace" : "AWS") + ',' +
                      isoTime(start, r) + ',' + account + ',' + type + ',' + isoTime(day, r) + ",Amazon" + ',' +
                      quantity(r) + ',' + currency + ',' + (freeTier ? QByteArray("-0.0123") : amount) + ',' +
                      csv(what) + ',' +
                      csv(marketplace ? QByteArray(MarketplaceSellers[r.below(4)])
                                      : QByteArray("Amazon Web Services, Inc.")) +
                      ',' + csv(marketplace ? QByteArray("Marketplace software") : QByteArray(s.name)) + ',' +
                      s.category + ',' + s.unit + '\n';
            break;
        }
        case UsageFormat::Azure: {
            const Service &s = pick(r, AzureServices);
            buffer += start.toString(QStringLiteral("MM/dd/yyyy")).toLatin1() + ',' + account + ",Azure plan," +
                      day.toString(QStringLiteral("MM/dd/yyyy")).toLatin1() + ',' +
                      csv(marketplace ? QByteArray("Marketplace add-on") : QByteArray(s.name)) + ',' + s.category +
                      ',' + quantity(r) + ",0.0125,0.0125," + amount + ',' + currency + ',' +
                      (marketplace ? "Marketplace" : "Azure") + ',' +
                      (marketplace ? csv(MarketplaceSellers[0]) : "Microsoft") + ',' + (credit ? "Refund" : "Usage") +
                      ',' + csv(s.unit) + "\r\n";
            break;
        }
        case UsageFormat::PartnerCenter: {
            const Service &s = pick(r, AzureServices);
            buffer += "11111111-2222-3333-4444-555555555555,c-" + account.left(8) + ",Customer " + account.left(4) +
                      ',' + account + ',' + isoTime(day, r) + ',' + csv(s.name) + ',' + s.category + ',' + quantity(r) +
                      ",0.0125," + amount + ',' + currency + ",Microsoft,new," + csv(s.unit) + "\r\n";
            break;
        }
        }
        if (!flush(false))
            return fail(QStringLiteral("Writing the usage file failed: %1").arg(out->errorString()));
    }
    if (!flush(true))
        return fail(QStringLiteral("Writing the usage file failed: %1").arg(out->errorString()));
    return success();
}

} // namespace bursar::core

#include "core/domain/billing_period.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/usage/usage_importer.h"
#include "core/usage/usage_records.h"

#include <QFile>
#include <QTemporaryDir>

namespace bursar::core {

namespace {

/// Demo pricebooks for every vendor (no effective date, so past demo months are priced) and
/// an override; most customers get one.
Status writeDemoPricing(Database &db, QDate today, DemoUsageSummary &summary)
{
    // Pricebooks apply to every period (no effective date), so past demo months are priced.
    PricingService pricing(db, today);
    struct Book
    {
        Vendor vendor;
        const char *name;
        int percent;
    };
    const Book books[] = {{Vendor::Aws, "Standard", 10},
                          {Vendor::Aws, "Enterprise", 4},
                          {Vendor::Microsoft, "Standard", 8},
                          {Vendor::Microsoft, "Partner Discount", -3},
                          {Vendor::Google, "Standard", 12}};
    QHash<QString, QList<qint64>> bookIds;
    for (const Book &b : books) {
        auto added = pricing.addPricebook(b.vendor, QString::fromLatin1(b.name), Decimal::fromInt(b.percent));
        if (!added)
            return added.error();
        bookIds[vendorKey(b.vendor)] << added->first;
        ++summary.pricebooks;
    }
    // An override: keys cost more than the rest.
    if (auto r = db.transaction([&]() -> Status {
            Sql q(db, QStringLiteral(
                          "INSERT INTO pricebook_rules (pricebook_id, product, from_period, percent, created_at, "
                          "created_by) VALUES (?, 'AWS Key Management Service', '0000-01', '25', ?, ?)"));
            q.bind(bookIds[QStringLiteral("aws")].first()).bind(nowUtc()).bind(db.actor());
            if (Status s = q.exec(); !s)
                return s;
            // Most customers get a pricebook; every 40th is left without, as happens in real life.
            for (auto it = bookIds.cbegin(); it != bookIds.cend(); ++it) {
                for (int i = 0; i < it.value().size(); ++i) {
                    Sql u(db, QStringLiteral("UPDATE customer_providers SET pricebook_id = ? WHERE vendor = ? AND "
                                             "customer_id % 40 <> 7 AND customer_id % ? = ?"));
                    u.bind(it.value().at(i)).bind(it.key()).bind(int(it.value().size())).bind(i);
                    if (Status s = u.exec(); !s)
                        return s;
                }
            }
            return success();
        });
        !r)
        return r;

    return success();
}

/// The accounts, by vendor, plus a few no customer is mapped to yet.
Result<QHash<QString, QStringList>> demoAccounts(Database &db)
{
    QHash<QString, QStringList> accounts;
    {
        Sql q(db, QStringLiteral("SELECT va.vendor, va.account_id, cp.currency FROM vendor_accounts va LEFT JOIN "
                                 "customer_providers cp ON cp.customer_id = va.customer_id AND cp.vendor = va.vendor "
                                 "ORDER BY va.vendor, va.account_id"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            accounts[q.value(0).toString()] << q.value(1).toString();
    }
    accounts[QStringLiteral("aws")] << QStringLiteral("999900000001") << QStringLiteral("999900000002");
    accounts[QStringLiteral("microsoft")] << QStringLiteral("99990000-0000-4000-8000-000000000001");

    return accounts;
}

/// A support plan and custom charges for the first customers.
Status writeDemoCharges(Database &db)
{
    {
        Sql first(db, QStringLiteral("SELECT MIN(id) FROM customers"));
        if (Status s = first.exec(); !s)
            return s;
        const qint64 c = first.next() ? first.value(0).toLongLong() : 0;
        if (c > 0) {
            if (auto r = db.transaction([&]() -> Status {
                    Sql q(db,
                          QStringLiteral("INSERT INTO support_plans (customer_id, vendor, name, percent, minimum, "
                                         "currency, from_period, created_at, created_by) VALUES (?, 'aws', ?, '10', "
                                         "'100', 'USD', '0000-01', ?, ?)"));
                    q.bind(c).bind(QStringLiteral("Business Support")).bind(nowUtc()).bind(db.actor());
                    if (Status s = q.exec(); !s)
                        return s;
                    Sql ch(db, QStringLiteral("INSERT INTO custom_charges (customer_id, vendor, description, currency, "
                                              "amount, from_period, created_at, created_by) VALUES (?, 'aws', "
                                              "'Managed services retainer', 'USD', '250.00', '0000-01', ?, ?)"));
                    ch.bind(c + 1).bind(nowUtc()).bind(db.actor());
                    return ch.exec();
                });
                !r)
                return r;
        }
    }

    return success();
}

/// Three months of usage files per vendor, written and imported as a clerk would.
Status importDemoMonths(Database &db, QDate today, quint64 seed, const QHash<QString, QStringList> &accounts,
                        DemoUsageSummary &summary)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("No temporary folder for the demo usage files."));
    UsageImporter importer(db);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 3; back >= 1; --back) {
        const QString period = periodOfDate(thisMonth.addMonths(-back));
        struct File
        {
            Vendor vendor;
            UsageFormat format;
        };
        const File files[] = {{Vendor::Aws, back == 3 ? UsageFormat::AwsCur : UsageFormat::Focus},
                              {Vendor::Microsoft, UsageFormat::Azure},
                              {Vendor::Google, UsageFormat::Focus}};
        for (const File &f : files) {
            UsageFileSpec spec;
            spec.vendor = f.vendor;
            spec.format = f.format;
            spec.accounts = accounts.value(vendorKey(f.vendor));
            if (spec.accounts.isEmpty())
                continue;
            spec.periods = {period};
            spec.rows = spec.accounts.size() * 8;
            spec.seed = seed * 1000 + quint64(back) * 10 + quint64(f.vendor.id());
            const QString path =
                dir.filePath(QStringLiteral("%1-%2-%3.csv").arg(vendorKey(f.vendor), period, usageFormatKey(f.format)));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return fail(QStringLiteral("Cannot write %1.").arg(path));
            if (Status s = writeUsageFile(&out, spec); !s)
                return s;
            out.close();
            ImportOptions options;
            options.vendor = f.vendor;
            auto imported = importer.importFile(path, options);
            if (!imported)
                return imported.error();
            summary.lines += imported->lines;
            ++summary.files;
        }
    }
    return success();
}

} // namespace

Result<DemoUsageSummary> generateDemoUsage(Database &db, QDate today, quint64 seed)
{
    DemoUsageSummary summary;
    if (Status s = writeDemoPricing(db, today, summary); !s)
        return s.error();
    auto accounts = demoAccounts(db);
    if (!accounts)
        return accounts.error();
    if (Status s = writeDemoCharges(db); !s)
        return s.error();
    if (Status s = importDemoMonths(db, today, seed, *accounts, summary); !s)
        return s.error();
    return summary;
}

} // namespace bursar::core
