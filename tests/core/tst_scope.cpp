// Tenant-scoped access (issue 16): a user of a partner, of a sub-partner and of one customer
// against every list, report and lookup of core, on SQLite and PostgreSQL. Each reader runs
// once as the installation's administrator and once as each scoped user; the scoped answer
// must be exactly the administrator's, kept to the user's customers (and, for a customer,
// without drafts, held documents and draft purchases). A lookup of a record outside the
// scope must answer word for word as a lookup of an ID that does not exist. A new table in
// a migration fails here until it is classed as scoped or shared (core/storage/scope.h).
#include "core/billing/credit_service.h"
#include "core/billing/statement_service.h"
#include "core/customers/customer_query.h"
#include "core/customers/customer_service.h"
#include "core/finance/account_statement.h"
#include "core/finance/aging.h"
#include "core/finance/ar_service.h"
#include "core/notify/notification_service.h"
#include "core/notify/notification_settings.h"
#include "core/reports/billing_report.h"
#include "core/servicescredits/services_credit_report.h"
#include "core/servicescredits/services_credit_service.h"
#include "core/storage/database_copy.h"
#include "core/storage/internal/sql.h"
#include "core/storage/scope.h"
#include "core/usage/usage_importer.h"
#include "core/users/user_service.h"
#include "tests/support/demo_fixture.h"
#include "tests/support/test_database.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace bursar::core;
using bursar::test::TestDatabase;

namespace {

/// One record a reader returned: its customer (0 for none), a key that names it, and
/// whether a customer's own user must not see it (a draft, a held document).
struct Rec
{
    qint64 customer = 0;
    QString key;
    bool hiddenFromCustomer = false;
};

using Reader = std::function<Result<QList<Rec>>(Database &)>;

template <typename T, typename F> Result<QList<Rec>> recs(const Result<QList<T>> &list, F &&toRec)
{
    if (!list)
        return list.error();
    QList<Rec> out;
    for (const T &item : *list)
        out << toRec(item);
    return out;
}

const QDate Today(2026, 12, 4);
const QString Billed = QStringLiteral("2026-11"); // the month the fixture leaves in draft

struct Reader_
{
    const char *name;
    Reader read;
};

QList<qint64> g_customers;                 // every customer, read by the administrator
QHash<qint64, qint64> g_statementCustomer; // every statement's customer, read by the administrator

/// A lookup for every ID the administrator can see, and for one that does not exist.
Reader each(const std::function<Result<Rec>(Database &, qint64)> &lookup, const std::function<QList<qint64>()> &ids)
{
    return [lookup, ids](Database &db) -> Result<QList<Rec>> {
        QList<Rec> out;
        for (qint64 id : ids()) {
            auto r = lookup(db, id);
            if (r)
                out << *r;
        }
        return out;
    };
}

QList<Reader_> readers(const QHash<QString, QList<qint64>> &ids)
{
    auto idOf = [&ids](const char *kind) { return [list = ids.value(QLatin1String(kind))] { return list; }; };
    auto customers = [] { return g_customers; };
    const auto isDraft = [](const Statement &s) { return s.storedStatus == QLatin1String("draft"); };
    return {
        {"customers page",
         [](Database &db) {
             return recs(CustomerQuery(db).page({}, CustomerSort::Id, false, 0, 100000), [](const CustomerRow &r) {
                 return Rec{r.id, QString::number(r.id)};
             });
         }},
        {"all customers",
         [](Database &db) {
             return recs(CustomerService(db).allCustomers(), [](const Customer &c) { return Rec{c.id, c.name}; });
         }},
        {"customer by ID", each(
                               [](Database &db, qint64 id) -> Result<Rec> {
                                   auto c = CustomerService(db).customer(id);
                                   if (!c)
                                       return c.error();
                                   return Rec{c->id, c->name};
                               },
                               customers)},
        {"providers, accounts, payment methods, profiles, subscriptions",
         [customers](Database &db) -> Result<QList<Rec>> {
             CustomerService s(db);
             QList<Rec> out;
             for (qint64 id : customers()) {
                 auto p = s.providers(id);
                 auto a = s.accounts(id);
                 auto m = s.paymentMethods(id);
                 auto b = s.billingProfiles(id);
                 auto u = s.subscriptions(id);
                 if (!p || !a || !m || !b || !u)
                     continue; // a customer outside the scope does not exist

                 for (const auto &x : *p)
                     out << Rec{id, QStringLiteral("provider ") + vendorKey(x.vendor)};
                 for (const auto &x : *a)
                     out << Rec{x.customerId, QStringLiteral("account ") + x.accountId};
                 for (const auto &x : *m)
                     out << Rec{id, QStringLiteral("method %1").arg(x.id)};
                 for (const auto &x : *b)
                     out << Rec{x.customerId, QStringLiteral("profile %1").arg(x.id)};
                 for (const auto &x : *u)
                     out << Rec{x.customerId, QStringLiteral("subscription %1").arg(x.id)};
             }
             return out;
         }},
        {"credits",
         [](Database &db) {
             return recs(CreditService(db).list(), [](const Credit &c) {
                 return Rec{c.customerId, QString::number(c.id)};
             });
         }},
        {"credit by ID", each(
                             [](Database &db, qint64 id) -> Result<Rec> {
                                 auto c = CreditService(db).credit(id);
                                 if (!c)
                                     return c.error();
                                 return Rec{c->customerId, QString::number(c->id)};
                             },
                             idOf("credits"))},
        {"credit balances",
         [customers](Database &db) -> Result<QList<Rec>> {
             QList<Rec> out;
             for (qint64 id : customers()) {
                 auto b = CreditService(db).balances(id, Today);
                 if (!b)
                     return b.error();
                 for (const CreditBalance &x : *b)
                     out << Rec{id, x.currency + u' ' + x.remaining.toString()};
             }
             return out;
         }},
        {"statements",
         [isDraft](Database &db) {
             StatementFilter f;
             f.today = Today;
             return recs(StatementService(db).list(f), [&](const Statement &s) {
                 return Rec{s.customerId, QString::number(s.id), isDraft(s)};
             });
         }},
        {"statement by ID", each(
                                [isDraft](Database &db, qint64 id) -> Result<Rec> {
                                    auto s = StatementService(db).statement(id);
                                    if (!s)
                                        return s.error();
                                    return Rec{s->customerId, QString::number(s->id), isDraft(*s)};
                                },
                                idOf("statements"))},
        {"documents",
         [](Database &db) {
             return recs(ArDocuments(db).list({}, {}, Today), [](const ArDocument &d) {
                 return Rec{d.customerId, QString::number(d.id), d.status == ArStatus::Hold};
             });
         }},
        {"document by ID", each(
                               [](Database &db, qint64 id) -> Result<Rec> {
                                   auto d = ArDocuments(db).document(id, Today);
                                   if (!d)
                                       return d.error();
                                   return Rec{d->customerId, QString::number(d->id), d->status == ArStatus::Hold};
                               },
                               idOf("ar_documents"))},
        {"aging documents",
         [](Database &db) {
             return recs(Aging(db).documents(Today), [](const AgingDocument &d) {
                 return Rec{d.customerId, d.number + u' ' + d.balance.toString()};
             });
         }},
        {"aging report",
         [](Database &db) -> Result<QList<Rec>> {
             auto r = Aging(db).report(Today);
             if (!r)
                 return r.error();
             QList<Rec> out;
             for (const AgingRow &row : r->rows)
                 out << Rec{row.customerId, row.currency + u' ' + row.total.toString()};
             auto first = Aging(db).firstRows(Today, std::nullopt, 10000); // the window's paged read
             if (!first)
                 return first.error();
             for (const AgingRow &row : first->rows)
                 out << Rec{row.customerId, QStringLiteral("first ") + row.currency + u' ' + row.total.toString()};
             return out;
         }},
        {"statement of account",
         [customers](Database &db) -> Result<QList<Rec>> {
             QList<Rec> out;
             for (qint64 id : customers()) {
                 auto s = AccountStatements(db).asOf(id, Today);
                 if (s)
                     out << Rec{id, QStringLiteral("%1 documents").arg(s->documents.size())};
             }
             return out;
         }},
        {"billing report",
         [](Database &db) -> Result<QList<Rec>> {
             QList<Rec> out;
             for (const Vendor v : {Vendor::Aws, Vendor::Microsoft, Vendor::Google}) {
                 auto r = BillingReportBuilder(db).build(v, QStringLiteral("2026-08"), Billed);
                 if (!r)
                     return r.error();
                 for (const BillingReportRow &row : r->rows)
                     out << Rec{row.customerId, vendorKey(v) + u' ' + row.currency + u' ' + row.price.toString()};
                 if (r->unmappedAccounts > 0) // nobody's but the installation's
                     out << Rec{0, QStringLiteral("unmapped %1").arg(r->unmappedAccounts)};
             }
             return out;
         }},
        {"billing report of chosen customers, usage lines",
         [customers](Database &db) -> Result<QList<Rec>> {
             BillingReportOptions some;
             some.customers = QSet<qint64>();
             for (qint64 id : customers())
                 if (id % 3 == 0)
                     some.customers->insert(id);
             auto r = BillingReportBuilder(db).build(Vendor::Aws, QStringLiteral("2026-08"), Billed, some);
             if (!r)
                 return r.error();
             QList<Rec> out;
             for (const BillingReportRow &row : r->rows) {
                 out << Rec{row.customerId, row.currency + u' ' + row.price.toString()};
                 auto lines = BillingReportBuilder(db).usageLines(Vendor::Aws, row.customerId,
                                                                  QStringLiteral("2026-08"), Billed);
                 if (!lines)
                     return lines.error();
                 out << Rec{row.customerId, QStringLiteral("%1 lines").arg(lines->size())};
             }
             return out;
         }},
        {"aging documents of each customer",
         [customers](Database &db) -> Result<QList<Rec>> {
             QList<Rec> out;
             for (qint64 id : customers()) {
                 auto d = Aging(db).documents(Today, id);
                 if (!d)
                     return d.error();
                 for (const AgingDocument &x : *d)
                     out << Rec{x.customerId, x.number + u' ' + x.balance.toString()};
                 auto b = Aging(db).balances(id, Today);
                 if (!b)
                     return b.error();
                 for (const CustomerBalance &x : *b)
                     out << Rec{id, x.currency + u' ' + x.balance.toString()};
             }
             return out;
         }},
        {"unmapped accounts",
         [](Database &db) {
             return recs(UsageImporter(db).unmappedAccounts(std::nullopt, {}), [](const UnmappedAccount &a) {
                 return Rec{0, a.accountId};
             });
         }},
        {"vendor credits",
         [](Database &db) {
             return recs(UsageImporter(db).vendorCredits(Vendor::Aws, QStringLiteral("2026-01"), Billed, {}),
                         [](const VendorCredit &c) {
                             return Rec{c.customerId, c.accountId + u' ' + c.period};
                         });
         }},
        {"services credit purchases",
         [](Database &db) {
             return recs(PurchaseService(db).list(), [](const ServicesPurchase &p) {
                 return Rec{p.customerId, QString::number(p.id), p.draft};
             });
         }},
        {"purchase by ID", each(
                               [](Database &db, qint64 id) -> Result<Rec> {
                                   auto p = PurchaseService(db).purchase(id);
                                   if (!p)
                                       return p.error();
                                   return Rec{p->customerId, QString::number(p->id), p->draft};
                               },
                               idOf("services_credit_purchases"))},
        {"opportunities",
         [](Database &db) {
             return recs(OpportunityService(db).list(), [](const Opportunity &o) {
                 return Rec{o.customerId, QString::number(o.id)};
             });
         }},
        {"projects and milestones",
         [](Database &db) -> Result<QList<Rec>> {
             auto p = MilestoneService(db).projects();
             auto m = MilestoneService(db).milestones();
             if (!p || !m)
                 return fail(QStringLiteral("reading projects"));
             QList<Rec> out;
             for (const Project &x : *p)
                 out << Rec{x.customerId, QStringLiteral("project %1").arg(x.id)};
             for (const Milestone &x : *m)
                 out << Rec{x.customerId, QStringLiteral("milestone %1").arg(x.id)};
             return out;
         }},
        {"milestone by ID", each(
                                [](Database &db, qint64 id) -> Result<Rec> {
                                    auto m = MilestoneService(db).milestone(id);
                                    if (!m)
                                        return m.error();
                                    return Rec{m->customerId, QString::number(m->id)};
                                },
                                idOf("services_credit_milestones"))},
        {"statement emails",
         [](Database &db) {
             return recs(NotificationService(db).list({}), [](const Notification &n) {
                 return Rec{n.customerId, QString::number(n.id)};
             });
         }},
        {"notification log by statement",
         [](Database &db) -> Result<QList<Rec>> {
             QList<Rec> out;
             for (auto it = g_statementCustomer.cbegin(); it != g_statementCustomer.cend(); ++it) {
                 auto events = NotificationService(db).events(it.key());
                 if (!events)
                     return events.error();
                 for (const NotificationEvent &e : *events)
                     out << Rec{it.value(), QStringLiteral("event %1").arg(e.id)};
             }
             return out;
         }},
        {"billing contact by customer", each(
                                            [](Database &db, qint64 id) -> Result<Rec> {
                                                auto c = NotificationService(db).customer(id);
                                                if (!c)
                                                    return c.error();
                                                return Rec{c->customerId, c->address()};
                                            },
                                            customers)},
        {"services credits balances",
         [](Database &db) {
             return recs(ServicesCreditReport(db).customerBalances(Today), [](const CustomerCreditsBalance &b) {
                 return Rec{b.customerId, b.currency + u' ' + QString::number(b.purchases)};
             });
         }},
        {"expiring services credits",
         [](Database &db) {
             return recs(ServicesCreditReport(db).expiring(Today, 365), [](const ExpiringCredits &e) {
                 return Rec{e.customerId, QString::number(e.purchaseId)};
             });
         }},
    };
}

QStringList keys(const QList<Rec> &list)
{
    QStringList out;
    for (const Rec &r : list)
        out << QStringLiteral("%1/%2").arg(r.customer).arg(r.key);
    out.sort();
    return out;
}

/// "… 123456 …" and "… 999999999 …" read alike once the number is taken out.
QString withoutId(QString message, qint64 id)
{
    return message.replace(QString::number(id), QStringLiteral("N"));
}

} // namespace

class TestScope : public QObject
{
    Q_OBJECT

    TestDatabase t;
    QHash<QString, QList<qint64>> m_ids;    // table -> every ID, read by the administrator
    QHash<QString, QSet<qint64>> m_visible; // user -> the customers the user may see
    QHash<QString, Scope> m_scopes;
    QList<Reader_> m_readers;

    QList<qint64> idsOf(const QString &table)
    {
        QList<qint64> out;
        const qint64 n = t.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
        const qint64 max = t.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table).toLongLong();
        const qint64 min = t.scalar(QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM ") + table).toLongLong();
        for (qint64 id = min; id <= max && n > 0; ++id)
            out << id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Usage through November; the demo's months billed and approved through October;
        // November generated and left in draft.
        const QString filled = bursar::test::fillDemoWithDrafts(t.db(), Today);
        QVERIFY2(filled.isEmpty(), qPrintable(filled));

        auto all = CustomerService(t.db()).allCustomers();
        QVERIFY(all.ok());
        for (const Customer &c : *all)
            g_customers << c.id;
        for (const char *table :
             {"credits", "statements", "ar_documents", "services_credit_purchases", "services_credit_milestones"})
            m_ids.insert(QLatin1String(table), idsOf(QLatin1String(table)));

        // The partner with a sub-partner below it, that sub-partner, and the customer with
        // the held memo (every customer has a November draft).
        const qint64 sub =
            t.scalar(QStringLiteral("SELECT MIN(id) FROM tenants WHERE parent_id IN (SELECT id FROM tenants WHERE "
                                    "parent_id IS NOT NULL)"))
                .toLongLong();
        const qint64 partner =
            t.scalar(QStringLiteral("SELECT parent_id FROM tenants WHERE id = %1").arg(sub)).toLongLong();
        const qint64 held =
            t.scalar(QStringLiteral("SELECT MIN(customer_id) FROM ar_documents WHERE status = 'hold'")).toLongLong();
        QVERIFY(sub > 0 && partner > 0 && held > 0);
        m_scopes = {{QStringLiteral("partner"), Scope::tenant(partner)},
                    {QStringLiteral("subpartner"), Scope::tenant(sub)},
                    {QStringLiteral("customer"), Scope::customer(held)}};
        UserService users(t.db());
        for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
            auto added = users.add(it.key(), {}, {}, it.value());
            QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
            QSet<qint64> seen;
            if (it.value().kind == Scope::Kind::Customer) {
                seen.insert(it.value().id);
            } else {
                auto tree = CustomerService(t.db()).tenantSubtree(it.value().id);
                QVERIFY(tree.ok());
                for (const Customer &c : *all)
                    if (tree->contains(c.tenantId))
                        seen.insert(c.id);
            }
            QVERIFY(!seen.isEmpty());
            m_visible.insert(it.key(), seen);
        }
        QVERIFY(m_visible.value(QStringLiteral("partner")).size() >
                m_visible.value(QStringLiteral("subpartner")).size());
        // Statement emails: one for an Open statement of every third customer and of the
        // customer with the held memo, each with its log (queued, and a failure or a send).
        NotificationSettings mail;
        mail.host = QStringLiteral("127.0.0.1");
        mail.sender = QStringLiteral("billing@bursar.test");
        QVERIFY(NotificationSettingsService(t.db()).save(mail).ok());
        for (int i = 0; i < g_customers.size(); ++i) {
            const qint64 c = g_customers.at(i);
            if (i % 3 != 0 && c != held)
                continue;
            QVERIFY(NotificationService(t.db()).setCustomer(c, QStringLiteral("ap%1@customer.test").arg(c), true).ok());
            const qint64 open =
                t.scalar(
                     QStringLiteral("SELECT MIN(id) FROM statements WHERE status = 'open' AND customer_id = %1").arg(c))
                    .toLongLong();
            if (open == 0)
                continue;
            auto queued = NotificationService(t.db()).resend(open);
            QVERIFY2(queued.ok(), qPrintable(queued ? QString() : queued.error().message));
            QVERIFY(
                i % 2 ? NotificationService(t.db()).recordSent(*queued, QStringLiteral("250 OK")).ok()
                      : NotificationService(t.db())
                            .recordFailure(*queued, QStringLiteral("451 busy"), false, QDateTime::currentDateTimeUtc())
                            .ok());
        }
        for (qint64 id : m_ids.value(QStringLiteral("statements")))
            if (const qint64 c =
                    t.scalar(QStringLiteral("SELECT customer_id FROM statements WHERE id = %1").arg(id)).toLongLong())
                g_statementCustomer.insert(id, c);
        m_readers = readers(m_ids);
    }

    void init()
    {
        if (t->scoped()) // a failed check left a scoped user acting
            t.reopen();
    }

    void everyReader_seesExactlyItsScope_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("reader");
        for (const QString &user :
             {QStringLiteral("partner"), QStringLiteral("subpartner"), QStringLiteral("customer")})
            for (int i = 0; i < m_readers.size(); ++i)
                QTest::addRow("%s: %s", qPrintable(user), m_readers.at(i).name) << user << i;
    }

    void everyReader_seesExactlyItsScope()
    {
        QFETCH(QString, user);
        QFETCH(int, reader);
        const Reader &read = m_readers.at(reader).read;
        const Status acting = t->actAs(user);
        QVERIFY2(acting.ok(), qPrintable(acting ? QString() : acting.error().message));
        QVERIFY(t->scoped());
        auto scoped = read(t.db());
        QVERIFY2(scoped.ok(), qPrintable(scoped ? QString() : scoped.error().message));
        t.reopen(); // the administrator again
        QVERIFY(!t->scoped());
        auto whole = read(t.db());
        QVERIFY2(whole.ok(), qPrintable(whole ? QString() : whole.error().message));
        const bool customer = m_scopes.value(user).kind == Scope::Kind::Customer;
        const QSet<qint64> visible = m_visible.value(user);
        QList<Rec> expected;
        for (const Rec &r : *whole)
            if (visible.contains(r.customer) && !(customer && r.hiddenFromCustomer))
                expected << r;
        QCOMPARE(keys(*scoped), keys(expected));
    }

    void readersSeeSomethingOnBothSides()
    {
        // A reader whose whole answer is empty, or entirely in or out of every scope, proves
        // nothing: the fixture must give each list records on both sides.
        for (const Reader_ &r : m_readers) {
            if (QLatin1String(r.name) == QLatin1String("unmapped accounts"))
                continue; // nobody's: proved by the scoped users seeing none of them
            auto whole = r.read(t.db());
            QVERIFY(whole.ok());
            const QSet<qint64> partner = m_visible.value(QStringLiteral("partner"));
            const bool in =
                std::any_of(whole->cbegin(), whole->cend(), [&](const Rec &x) { return partner.contains(x.customer); });
            const bool out = std::any_of(whole->cbegin(), whole->cend(),
                                         [&](const Rec &x) { return !partner.contains(x.customer); });
            QVERIFY2(in && out, r.name);
        }
        auto unmapped = UsageImporter(t.db()).unmappedAccounts(std::nullopt, {});
        QVERIFY(unmapped.ok() && !unmapped->isEmpty());
    }

    void outsideTheScope_answersAsIfItDidNotExist()
    {
        const QSet<qint64> visible = m_visible.value(QStringLiteral("subpartner"));
        const qint64 outside =
            *std::find_if(g_customers.cbegin(), g_customers.cend(), [&](qint64 id) { return !visible.contains(id); });
        const qint64 missing = 999999999;
        const qint64 statement =
            t.scalar(QStringLiteral("SELECT MIN(id) FROM statements WHERE customer_id = %1").arg(outside)).toLongLong();
        QVERIFY(statement > 0);
        QVERIFY(t->actAs(QStringLiteral("subpartner")).ok());
        auto a = CustomerService(t.db()).customer(outside);
        auto b = CustomerService(t.db()).customer(missing);
        QVERIFY(!a.ok() && !b.ok());
        QCOMPARE(withoutId(a.error().message, outside), withoutId(b.error().message, missing));
        QCOMPARE(a.error().field, b.error().field);

        auto s = StatementService(t.db()).statement(statement);
        auto s2 = StatementService(t.db()).statement(missing);
        QVERIFY(!s.ok() && !s2.ok());
        QCOMPARE(withoutId(s.error().message, statement), withoutId(s2.error().message, missing));
        t.reopen();
    }

    void unknownUser_leavesTheScopeAsItWas()
    {
        QVERIFY(t->actAs(QStringLiteral("partner")).ok());
        const Status unknown = t->actAs(QStringLiteral("nobody"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, QStringLiteral("user"));
        QVERIFY(t->scoped());
        QCOMPARE(t->actor(), QStringLiteral("partner"));
        QCOMPARE(CustomerService(t.db()).allCustomers()->size(), m_visible.value(QStringLiteral("partner")).size());
        t.reopen();
    }

    void scopedUsers_readOnly()
    {
        UserService users(t.db());
        // A scoped user holds no privileges: refused at add, at grant, and when moving a user
        // who holds some; the tenant and the customer must exist.
        auto withPrivileges = users.add(QStringLiteral("p2"), {}, {Privilege::ManageCredits}, Scope::tenant(1));
        QVERIFY(!withPrivileges.ok());
        QCOMPARE(withPrivileges.error().field, QStringLiteral("privileges"));
        QVERIFY(!users.grant(QStringLiteral("partner"), {Privilege::ManageCredits}).ok());
        QVERIFY(users.add(QStringLiteral("clerk2"), {}, {Privilege::ManageCredits}).ok());
        QCOMPARE(users.setScope(QStringLiteral("clerk2"), Scope::tenant(1)).error().field,
                 QStringLiteral("privileges"));
        auto noTenant = users.add(QStringLiteral("p3"), {}, {}, Scope::tenant(987654));
        QVERIFY(!noTenant.ok());
        QCOMPARE(noTenant.error().field, QStringLiteral("tenant"));
        auto noCustomer = users.add(QStringLiteral("p4"), {}, {}, Scope::customer(987654));
        QVERIFY(!noCustomer.ok());
        QCOMPARE(noCustomer.error().field, QStringLiteral("customer"));

        // Acting as one: every write is refused in core, naming the privilege, and nothing
        // changes.
        QVERIFY(t->actAs(QStringLiteral("partner")).ok());
        QVERIFY(t->acting().privileges.isEmpty());
        NewCredit c;
        c.customerId = *m_visible.value(QStringLiteral("partner")).cbegin();
        c.amount = QStringLiteral("10.00");
        c.currency = QStringLiteral("USD");
        auto credit = CreditService(t.db()).add(c);
        QVERIFY(!credit.ok());
        QCOMPARE(credit.error().field, QStringLiteral("privilege"));
        t.reopen();

        // Moving the user changes what the next connection sees.
        UserService again(t.db());
        QVERIFY(again.setScope(QStringLiteral("p5"), Scope::all()).error().field == QStringLiteral("name"));
        QVERIFY(again.add(QStringLiteral("p5"), {}, {}, Scope::customer(g_customers.first())).ok());
        QVERIFY(t->actAs(QStringLiteral("p5")).ok());
        QCOMPARE(CustomerService(t.db()).allCustomers()->size(), 1);
        t.reopen();
        QVERIFY(UserService(t.db())
                    .setScope(QStringLiteral("p5"), Scope::tenant(m_scopes.value(QStringLiteral("partner")).id))
                    .ok());
        QVERIFY(t->actAs(QStringLiteral("p5")).ok());
        QCOMPARE(CustomerService(t.db()).allCustomers()->size(), m_visible.value(QStringLiteral("partner")).size());
        t.reopen();
    }

    void dbCopy_refusedForAScopedUser()
    {
        auto target = Database::open(t.dir() + QStringLiteral("/copy.sqlite"));
        QVERIFY(target.ok());
        QVERIFY(t->actAs(QStringLiteral("partner")).ok());
        auto copied = DatabaseCopy::copy(t.db(), **target);
        QVERIFY(!copied.ok());
        QCOMPARE(copied.error().field, QStringLiteral("privilege"));
        t.reopen();
        auto none = CustomerService(**target).allCustomers();
        QVERIFY(none.ok() && none->isEmpty());
    }

    // Schema 14 on a database of schema 13: every user keeps seeing the whole installation.
    void schema14_upgradesASchema13Database()
    {
        TestDatabase fresh;
        QVERIFY(UserService(fresh.db()).add(QStringLiteral("clerk"), {}, {Privilege::ManageCredits}).ok());
        fresh.backToSchema(13);
        fresh.reopen();
        QCOMPARE(fresh->schemaVersion(), Database::latestSchemaVersion());
        auto users = UserService(fresh.db()).users();
        QVERIFY(users.ok() && !users->isEmpty());
        for (const User &u : *users)
            QVERIFY(u.scope.isAll());
        QVERIFY(fresh->actAs(QStringLiteral("clerk")).ok());
        QVERIFY(!fresh->scoped());
        QVERIFY(fresh->acting().can(Privilege::ManageCredits));
    }

    void everyTable_isScopedOrShared()
    {
        const QString sql =
            t.isPostgres() ? QStringLiteral("SELECT string_agg(table_name, ',') FROM information_schema.tables "
                                            "WHERE table_schema = current_schema()")
                           : QStringLiteral("SELECT group_concat(name, ',') FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'");
        QStringList tables = t.scalar(sql).toString().split(u',');
        tables.sort();
        QStringList classed = scope::scopedTables() + scope::sharedTables();
        classed.sort();
        QCOMPARE(tables, classed);
    }
};

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
