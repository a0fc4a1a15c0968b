#include "core/demo/demo_data.h"

#include "core/billing/credit.h"
#include "core/billing/credit_service.h"
#include "core/billing/rate_tables.h"
#include "core/customers/customer_service.h"
#include "core/domain/vendor.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <array>

namespace bursar::core {

/// Translation context of the demo generator's messages.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::DemoData)
};

namespace {

/// splitmix64: tiny, fast and the same on every platform and compiler, unlike the
/// standard library's distributions.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &a)
    {
        return a[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

struct Place
{
    const char *country;
    const char *region;
    const char *state;
    const char *city;
    const char *currency;
    const char *postalPrefix;
    const char *suffixA; // company forms of the country
    const char *suffixB;
};

constexpr std::array<Place, 14> Places{{
    {"United States", "US", "WA", "Seattle", "USD", "98", "Inc.", "LLC"},
    {"United States", "US", "CA", "San Jose", "USD", "95", "Inc.", "LLC"},
    {"United States", "US", "NY", "New York", "USD", "10", "Inc.", "LLC"},
    {"United States", "US", "TX", "Austin", "USD", "73", "Inc.", "LLC"},
    {"United States", "US", "IL", "Chicago", "USD", "60", "Inc.", "LLC"},
    {"Canada", "CA", "ON", "Toronto", "CAD", "M5", "Inc.", "Ltd"},
    {"Canada", "CA", "BC", "Vancouver", "CAD", "V6", "Inc.", "Ltd"},
    {"Canada", "CA", "QC", "Montréal", "CAD", "H2", "Inc.", "Ltée"},
    {"Germany", "DE", "BY", "München", "EUR", "80", "GmbH", "AG"},
    {"Germany", "DE", "BE", "Berlin", "EUR", "10", "GmbH", "AG"},
    {"United Kingdom", "GB", "ENG", "London", "GBP", "EC", "Ltd", "PLC"},
    {"Japan", "JP", "13", "Tokyo", "JPY", "100-", "K.K.", "G.K."},
    {"Kuwait", "KW", "KU", "Kuwait City", "KWD", "", "W.L.L.", "K.S.C."},
    {"France", "FR", "IDF", "Paris", "EUR", "75", "S.A.", "SARL"},
}};

constexpr std::array<const char *, 32> NameFirst{
    "Acme",      "Blue Harbor", "Cedar",   "Delta",       "Evergreen", "Falcon",    "Granite",  "Harbor Light",
    "Ironwood",  "Juniper",     "Kestrel", "Lakeside",    "Meridian",  "Northstar", "Oakridge", "Pinnacle",
    "Quarry",    "Redwood",     "Summit",  "Tidewater",   "Umbra",     "Vantage",   "Willow",   "Xenon",
    "Yellowfin", "Zephyr",      "Aurora",  "Bristlecone", "Cobalt",    "Driftwood", "Ember",    "Fjord"};
constexpr std::array<const char *, 24> NameSecond{
    "Logistics", "Analytics", "Health",     "Foods",      "Robotics", "Media",     "Retail",  "Energy",
    "Software",  "Labs",      "Dental",     "Legal",      "Travel",   "Insurance", "Games",   "Biotech",
    "Motors",    "Textiles",  "Consulting", "Architects", "Bakery",   "Pharma",    "Studios", "Freight"};
constexpr std::array<const char *, 16> FirstNames{"Ada",   "Bruno", "Chiara", "Dmitri", "Elena", "Farid",
                                                  "Greta", "Hiro",  "Ines",   "Jonas",  "Keiko", "Liam",
                                                  "Maya",  "Nils",  "Olga",   "Priya"};
constexpr std::array<const char *, 16> LastNames{"Schmidt", "Okafor", "Tanaka",   "Rossi",  "Novak",  "García",
                                                 "Larsen",  "Dubois", "Kowalski", "Haddad", "Nguyen", "Silva",
                                                 "Berg",    "Murphy", "Ivanova",  "Cohen"};
constexpr std::array<const char *, 8> Streets{"Main Street",    "Harbour Road",  "Station Avenue", "Mill Lane",
                                              "Park Boulevard", "Bahnhofstraße", "King Street",    "Rue de la Paix"};

class Prepared
{
public:
    Prepared(Database &db, const QString &sql) : m_q(db.connection().db) { m_ok = m_q.prepare(sql); }
    bool run(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &v : values)
            m_q.bindValue(i++, v);
        return m_ok && m_q.exec();
    }
    QString error() const { return m_q.lastError().text(); }

private:
    QSqlQuery m_q;
    bool m_ok = false;
};

QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

Error failedWith(const Prepared &p)
{
    return fail(DemoData::tr("Cannot write demo data: %1").arg(p.error()));
}

/// Our own company, as printed on statements.
Status writeOurCompany(Database &db)
{
    QFile logoFile(QStringLiteral(":/bursar/demo-logo.svg"));
    const QByteArray logo = logoFile.open(QIODevice::ReadOnly) ? logoFile.readAll() : QByteArray();
    Prepared info(
        db, QStringLiteral(
                "UPDATE account_info SET company_name = ?, contact_name = ?, email = ?, phone = ?, address_line1 = ?, "
                "city = ?, postal_code = ?, country = ?, default_currency = ?, logo = ?, logo_mime = ?, "
                "row_version = row_version + 1 WHERE id = 1"));
    if (!info.run({QStringLiteral("Northwind Cloud Distribution Ltd"), QStringLiteral("Accounts Receivable"),
                   QStringLiteral("billing@northwind-cloud.example"), QStringLiteral("+1 206 555 0100"),
                   QStringLiteral("1200 Harbor Way, Suite 400"), QStringLiteral("Seattle"), QStringLiteral("98101"),
                   QStringLiteral("United States"), QStringLiteral("USD"),
                   logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(logo),
                   logo.isEmpty() ? nullString() : QVariant(QStringLiteral("image/svg+xml"))}))
        return failedWith(info);

    return success();
}

/// E-invoicing (issue 19): our VAT registration, electronic address and bank account, and
/// the German and French customers receiving e-invoices with their VAT IDs, Peppol
/// addresses (the VAT ID under 9930 or 9957) and a buyer reference, so the demo's approved
/// statements of those customers export as UBL that passes EN 16931 and Peppol.
Status writeEInvoicing(Database &db, const QString &now, const QString &actor)
{
    Prepared seller(db, QStringLiteral("UPDATE einvoice_seller SET legal_name = ?, vat_id = ?, company_id = ?, "
                                       "endpoint_id = ?, endpoint_scheme = ?, iban = ?, bic = ?, updated_at = ?, "
                                       "updated_by = ? WHERE id = 1"));
    if (!seller.run({QStringLiteral("Northwind Cloud Distribution Ltd"), QStringLiteral("DE299999998"),
                     QStringLiteral("604123456"), QStringLiteral("DE299999998"), QStringLiteral("9930"),
                     QStringLiteral("DE89370400440532013000"), QStringLiteral("COBADEFFXXX"), now, actor}))
        return failedWith(seller);
    for (const auto &[region, digits, scheme] :
         {std::tuple{"DE", "100000000", "9930"}, std::tuple{"FR", "10000000000", "9957"}}) {
        Prepared customers(
            db, QStringLiteral("INSERT INTO customer_einvoice (customer_id, receives, vat_id, endpoint_id, "
                               "endpoint_scheme, buyer_reference, updated_at, updated_by) SELECT id, 1, ? || "
                               "CAST(%1 + id AS TEXT), ? || CAST(%1 + id AS TEXT), ?, 'PO-' || CAST(id AS TEXT), ?, ? "
                               "FROM customers WHERE region = ?")
                    .arg(QLatin1String(digits)));
        if (!customers.run({QString::fromLatin1(region), QString::fromLatin1(region), QString::fromLatin1(scheme), now,
                            actor, QString::fromLatin1(region)}))
            return failedWith(customers);
    }
    return success();
}

/// The tenant tree: a distributor, five partners and a sub-partner. Returns the partners.
Result<QList<qint64>> writeTenants(Database &db, DemoSummary &summary)
{
    Prepared tenant(db, QStringLiteral("INSERT INTO tenants (id, parent_id, kind, name) VALUES (?, ?, ?, ?)"));
    QList<qint64> partnerIds;
    if (!tenant.run({1, QVariant(QMetaType::fromType<qint64>()), QStringLiteral("distributor"),
                     QStringLiteral("Northwind Cloud Distribution")}))
        return failedWith(tenant);
    const std::array<const char *, 5> partners{"Alpine IT Partners", "Coastal Cloud Services",
                                               "Metro Systems Integrators", "Sakura Digital", "Gulf Managed Services"};
    for (int i = 0; i < static_cast<int>(partners.size()); ++i) {
        const qint64 id = 2 + i;
        if (!tenant.run({id, 1, QStringLiteral("partner"), QString::fromUtf8(partners[static_cast<std::size_t>(i)])}))
            return failedWith(tenant);
        partnerIds << id;
    }
    // A sub-partner, so the tree has three levels.
    if (!tenant.run({7, 2, QStringLiteral("partner"), QStringLiteral("Alpine IT Partners – Vienna")}))
        return failedWith(tenant);
    partnerIds << 7;
    summary.tenants = 7;

    return partnerIds;
}

/// Writes demo customers with their Cloud Providers, accounts, payment methods, billing
/// profiles and subscriptions, each from the same random stream in the same order. Rows go
/// out in bulk (COPY on PostgreSQL), each table after the rows it refers to.
struct CustomerWriter
{
    explicit CustomerWriter(Database &db)
        : customer(db, QStringLiteral("customers"),
                   {QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("name"),
                    QStringLiteral("contact_name"), QStringLiteral("email"), QStringLiteral("phone"),
                    QStringLiteral("address_line1"), QStringLiteral("address_line2"), QStringLiteral("city"),
                    QStringLiteral("postal_code"), QStringLiteral("country"), QStringLiteral("region"),
                    QStringLiteral("state"), QStringLiteral("payment_terms_days"), QStringLiteral("search_text"),
                    QStringLiteral("row_version"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                    QStringLiteral("updated_by")}),
          provider(db, QStringLiteral("customer_providers"),
                   {QStringLiteral("customer_id"), QStringLiteral("vendor"), QStringLiteral("enabled"),
                    QStringLiteral("currency")}),
          account(db, QStringLiteral("vendor_accounts"),
                  {QStringLiteral("vendor"), QStringLiteral("account_id"), QStringLiteral("customer_id"),
                   QStringLiteral("label"), QStringLiteral("created_at")}),
          payment(db, QStringLiteral("payment_methods"),
                  {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("kind"),
                   QStringLiteral("masked_reference"), QStringLiteral("holder_name")}),
          profile(db, QStringLiteral("billing_profiles"),
                  {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("name"),
                   QStringLiteral("contact_name"), QStringLiteral("email"), QStringLiteral("phone"),
                   QStringLiteral("address_line1"), QStringLiteral("address_line2"), QStringLiteral("city"),
                   QStringLiteral("postal_code"), QStringLiteral("country"), QStringLiteral("payment_method_id")}),
          subscription(db, QStringLiteral("subscriptions"),
                       {QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("region"),
                        QStringLiteral("state"), QStringLiteral("billing_profile_id"), QStringLiteral("is_default")})
    {
        provider.dependsOn(customer);
        account.dependsOn(customer);
        payment.dependsOn(customer);
        profile.dependsOn(payment);
        subscription.dependsOn(profile);
    }

    Status write(qint64 id, const QList<qint64> &partnerIds, Rng &rng, const QString &now, const QString &actor,
                 DemoSummary &summary)
    {
        static const std::array<int, 5> terms{14, 30, 30, 45, 60};
        const Place &place = rng.pick(Places);
        const QString company = QString::fromUtf8(rng.pick(NameFirst)) + u' ' +
                                QString::fromUtf8(rng.pick(NameSecond)) + u' ' +
                                QString::fromUtf8(rng.below(2) == 0 ? place.suffixA : place.suffixB);
        const QString person = QString::fromUtf8(rng.pick(FirstNames)) + u' ' + QString::fromUtf8(rng.pick(LastNames));
        const QString domain = QStringLiteral("c%1.example").arg(id);
        const QString email = QStringLiteral("billing@") + domain;
        const QString phone = QStringLiteral("+1 555 %1").arg(rng.below(10'000'000), 7, 10, QLatin1Char('0'));
        const QString street =
            QStringLiteral("%1 %2").arg(1 + rng.below(400)).arg(QString::fromUtf8(rng.pick(Streets)));
        const QString postal =
            QString::fromUtf8(place.postalPrefix) + QStringLiteral("%1").arg(rng.below(1000), 3, 10, QLatin1Char('0'));
        const qint64 tenantId = partnerIds[rng.below(static_cast<int>(partnerIds.size()))];
        const QString city = QString::fromUtf8(place.city);
        const QString country = QString::fromUtf8(place.country);
        // The contact and address columns, the same on the customer and its billing profile.
        auto contact = [&](BulkInsert &b) -> BulkInsert & {
            return b.text(person).text(email).text(phone).text(street).null().text(city).text(postal).text(country);
        };
        contact(customer.integer(id).integer(tenantId).text(company))
            .text(QString::fromUtf8(place.region))
            .text(QString::fromUtf8(place.state))
            .integer(terms[static_cast<std::size_t>(rng.below(5))])
            .text(customerSearchText(company, email, person))
            .integer(1)
            .text(now)
            .text(now)
            .text(actor);
        if (Status s = customer.endRow(); !s)
            return s;

        // Cloud Providers: AWS for everyone, Microsoft for most, Google for some.
        const QString currency = QString::fromUtf8(place.currency);
        const bool ms = rng.below(10) < 7, google = rng.below(10) < 3;
        auto addProvider = [&](const QString &vendor, const QString &in) {
            provider.integer(id).text(vendor).integer(1).text(in);
            return provider.endRow();
        };
        if (Status s = addProvider(QStringLiteral("aws"), currency); !s)
            return s;
        if (ms)
            if (Status s = addProvider(QStringLiteral("microsoft"), currency); !s)
                return s;
        if (google)
            if (Status s = addProvider(QStringLiteral("google"), QStringLiteral("USD")); !s)
                return s;

        if (Status s = writeAccounts(id, ms, google, rng, now, summary); !s)
            return s;

        const qint64 paymentId = id;
        const bool card = rng.below(2) == 0;
        payment.integer(paymentId)
            .integer(id)
            .text(card ? QStringLiteral("card") : QStringLiteral("bank_transfer"))
            .text(QStringLiteral("**** %1").arg(rng.below(10000), 4, 10, QLatin1Char('0')))
            .text(person);
        if (Status s = payment.endRow(); !s)
            return s;
        ++summary.paymentMethods;

        const qint64 profileId = id;
        contact(profile.integer(profileId).integer(id).text(QStringLiteral("Head office"))).integer(paymentId);
        if (Status s = profile.endRow(); !s)
            return s;
        ++summary.billingProfiles;

        const int subs = 1 + rng.below(2);
        for (int s = 0; s < subs; ++s) {
            subscription.integer(id)
                .text(s == 0 ? QStringLiteral("Main") : QStringLiteral("Development"))
                .text(QString::fromUtf8(place.region))
                .text(QString::fromUtf8(place.state))
                .integer(profileId)
                .integer(s == 0 ? 1 : 0);
            if (Status st = subscription.endRow(); !st)
                return st;
            ++summary.subscriptions;
        }
        return success();
    }

    /// The customer's AWS account, and its Microsoft and Google accounts when it has them.
    Status writeAccounts(qint64 id, bool ms, bool google, Rng &rng, const QString &now, DemoSummary &summary)
    {
        auto addAccount = [&](const QString &vendor, const QString &accountId, const QString &label) {
            account.text(vendor).text(accountId).integer(id).text(label).text(now);
            ++summary.vendorAccounts;
            return account.endRow();
        };
        const QString awsAccount =
            QStringLiteral("%1").arg(100000000000LL + id * 7919LL % 900000000000LL, 12, 10, QLatin1Char('0'));
        if (Status s = addAccount(QStringLiteral("aws"), awsAccount, QStringLiteral("Production")); !s)
            return s;
        if (ms) {
            const quint64 a = rng.next(), b = rng.next();
            const QString guid = QStringLiteral("%1-%2-4%3-a%4-%5")
                                     .arg(a >> 32, 8, 16, QLatin1Char('0'))
                                     .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
                                     .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
                                     .arg(b >> 52, 3, 16, QLatin1Char('0'))
                                     .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
            if (Status s = addAccount(QStringLiteral("microsoft"), guid, QStringLiteral("Azure plan")); !s)
                return s;
        }
        if (google) {
            const QString billing = QStringLiteral("01%1-%2-%3")
                                        .arg(id % 10000, 4, 16, QLatin1Char('0'))
                                        .arg(rng.below(0xffffff), 6, 16, QLatin1Char('0'))
                                        .arg(rng.below(0xffffff), 6, 16, QLatin1Char('0'))
                                        .toUpper();
            if (Status s = addAccount(QStringLiteral("google"), billing, QStringLiteral("Billing account")); !s)
                return s;
        }

        return success();
    }

    /// Writes the rows still waiting, parents first.
    Status finish()
    {
        for (BulkInsert *table : {&customer, &provider, &account, &payment, &profile, &subscription})
            if (Status s = table->finish(); !s)
                return s;
        return success();
    }

    BulkInsert customer, provider, account, payment, profile, subscription;
};

} // namespace

Result<DemoSummary> generateDemoData(Database &db, int customers, quint64 seed,
                                     const std::function<void(int)> &progress)
{
    if (Status s = db.require(Privilege::ManageSettings, DemoData::tr("write demo data")); !s)
        return s.error();
    if (customers < 1 || customers > 10'000'000)
        return fail(
            DemoData::tr("The number of demo customers must be between 1 and 10000000; %1 was given.").arg(customers),
            QStringLiteral("customers"));
    {
        Sql existing(db, QStringLiteral("SELECT COUNT(*) FROM customers"));
        if (Status s = existing.exec(DemoData::tr("checking the database")); !s)
            return s.error();
        if (existing.next() && existing.value(0).toLongLong() > 0)
            return fail(DemoData::tr("The database “%1” already holds customers; demo data only goes into an empty "
                                     "database. Give a new file with --database.")
                            .arg(db.location()));
    }

    DemoSummary summary;
    Rng rng(seed);
    const QString now = nowUtc();
    const QString actor = db.actor();

    Status written = db.transaction([&]() -> Status {
        if (Status s = writeOurCompany(db); !s)
            return s;
        auto partnerIds = writeTenants(db, summary);
        if (!partnerIds)
            return partnerIds.error();
        // The tables are empty (checked above): their indexes are built once, after the rows.
        IndexesAfterLoad indexes(db);
        if (Status s = indexes.drop({QStringLiteral("customers"), QStringLiteral("customer_providers"),
                                     QStringLiteral("vendor_accounts"), QStringLiteral("payment_methods"),
                                     QStringLiteral("billing_profiles"), QStringLiteral("subscriptions")});
            !s)
            return s;
        CustomerWriter writer(db);
        for (int i = 0; i < customers; ++i) {
            if (Status s = writer.write(100001 + i, *partnerIds, rng, now, actor, summary); !s)
                return s;
            ++summary.customers;
            if (progress && (i + 1) % 1000 == 0)
                progress(i + 1);
        }
        if (Status s = writer.finish(); !s)
            return s;
        if (Status s = indexes.rebuild(); !s)
            return s;
        for (const char *table : {"tenants", "payment_methods", "billing_profiles"})
            if (Status e = db.syncIdentity(QString::fromLatin1(table)); !e)
                return e;
        if (Status e = writeEInvoicing(db, now, actor); !e)
            return e;
        return db.audit(QStringLiteral("demo"), QStringLiteral("database"), db.location(),
                        QStringLiteral("customers=%1 seed=%2").arg(customers).arg(seed));
    });
    if (!written)
        return written.error();
    return summary;
}

Result<DemoBillingSummary> generateDemoBilling(Database &db, QDate today, quint64 seed)
{
    DemoBillingSummary summary;
    struct Tax
    {
        const char *region, *state, *name, *rate;
    };
    const Tax taxes[] = {{"US", "WA", "WA sales tax", "10.25"},
                         {"US", "CA", "CA sales tax", "7.25"},
                         {"US", "NY", "NY sales tax", "8.875"},
                         {"US", "TX", "TX sales tax", "8.25"},
                         {"US", "IL", "IL sales tax", "6.25"},
                         {"CA", "", "GST", "5"},
                         {"CA", "BC", "PST", "7"},
                         {"CA", "ON", "HST (provincial part)", "8"},
                         {"CA", "QC", "QST", "9.975"},
                         {"DE", "", "USt", "19"},
                         {"GB", "", "VAT", "20"},
                         {"JP", "", "JCT", "10"}};
    TaxTable table(db);
    for (const Tax &t : taxes) {
        auto id = table.set(QString::fromLatin1(t.region), QString::fromLatin1(t.state), QString::fromLatin1(t.rate),
                            QDate(2020, 1, 1), QString::fromUtf8(t.name));
        if (!id)
            return id.error();
        ++summary.taxRates;
    }
    // Month-end rates from USD, for the months the demo usage covers.
    struct Rate
    {
        const char *quote, *rate;
    };
    const Rate rates[] = {
        {"EUR", "0.9215"}, {"CAD", "1.3642"}, {"GBP", "0.7861"}, {"JPY", "149.37"}, {"KWD", "0.3071"}};
    ExchangeRates exchange(db);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 4; back >= 1; --back)
        for (const Rate &r : rates) {
            if (Status s = exchange.set(QStringLiteral("USD"), QString::fromLatin1(r.quote),
                                        thisMonth.addMonths(1 - back).addDays(-1), QString::fromLatin1(r.rate));
                !s)
                return s.error();
            ++summary.exchangeRates;
        }
    // Credits on every tenth customer, in its AWS invoice currency.
    Sql q(db, QStringLiteral(
                  "SELECT c.id, cp.currency FROM customers c JOIN customer_providers cp ON cp.customer_id = c.id "
                  "AND cp.vendor = 'aws' WHERE cp.currency IS NOT NULL AND c.id % 10 = 3 ORDER BY c.id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> customers;
    while (q.next())
        customers.append({q.value(0).toLongLong(), q.value(1).toString()});
    Rng rng(seed * 7919 + 17);
    CreditService credits(db);
    for (const auto &[customer, currency] : customers) {
        const int minor = Currencies::lookup(currency).minorUnits;
        const qint64 units = 50 + qint64(rng.next() % 900) * (minor == 0 ? 150 : 1);
        NewCredit c;
        c.customerId = customer;
        c.vendor = Vendor::Aws;
        c.currency = currency;
        c.amount = QString::number(units);
        const int kind = int(rng.next() % 4);
        c.comment = kind == 0 ? QStringLiteral("SLA credit, EC2 outage") : QStringLiteral("Goodwill credit");
        if (kind == 1)
            c.expiresOn = thisMonth.addMonths(2).addDays(-1);
        if (kind == 2 && currency == QLatin1String("USD")) {
            c.kind = CreditKind::Marketplace;
            c.comment = QStringLiteral("AWS Marketplace credit");
        }
        auto id = credits.add(c);
        if (!id)
            return id.error();
        ++summary.credits;
    }
    return summary;
}

} // namespace bursar::core
