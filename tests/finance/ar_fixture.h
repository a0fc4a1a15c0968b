#pragma once
// What the Finance > Documents tests share: a customer with an invoice currency and
// approved statements written as the billing run leaves them (Open, numbered, with an issue
// and a due date), so each test starts from the receivables of EXAMPLES.md §7–9.

#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "tests/support/test_database.h"

#include <QDate>
#include <QTest>

namespace bursar::test {

inline core::Decimal dec(const char *text)
{
    return *core::Decimal::parse(QString::fromLatin1(text));
}

/// A customer billed in `currency` with 30 days' terms, in `region`/`state`.
inline qint64 arCustomer(core::Database &db, const QString &name, const QString &currency = QStringLiteral("USD"),
                         const QString &region = {}, const QString &state = {})
{
    using namespace core;
    Customer c = named(name);
    c.region = region;
    c.state = state;
    auto id = CustomerService(db).addCustomer(c);
    if (!id)
        qFatal("customer: %s", qPrintable(id.message()));
    if (Status s = CustomerService(db).setProvider(*id, {Vendor::Aws, true, currency}); !s)
        qFatal("provider: %s", qPrintable(s.message()));
    return *id;
}

/// An approved statement of `total`, issued on `issued`, due on `due`; the period makes it
/// unique per customer. Returns its ID.
inline qint64 openStatement(core::Database &db, qint64 customerId, const char *total, QDate issued, QDate due,
                            const QString &currency = QStringLiteral("USD"),
                            const QString &status = QStringLiteral("open"))
{
    using namespace core;
    static qint64 nextId = 0;
    Sql run(db, QStringLiteral("INSERT INTO billing_runs (vendor, period, apply_credits, include_tax, "
                               "marketplace_fees, marketplace_credits, requested, started_at, started_by) VALUES "
                               "('aws', '2026-01', 0, 0, 0, 0, 1, '2026-01-01T00:00:00Z', 'test') RETURNING id"));
    if (!run.exec().ok() || !run.next())
        qFatal("billing run");
    const qint64 runId = run.value(0).toLongLong();
    Sql max(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM statements"));
    if (!max.exec().ok() || !max.next())
        qFatal("statements");
    nextId = max.value(0).toLongLong() + 1;
    const QString period =
        QStringLiteral("%1-%2").arg(2000 + nextId / 12).arg(nextId % 12 + 1, 2, 10, QLatin1Char('0'));
    const bool draft = status == u"draft";
    Sql q(db, QStringLiteral(
                  "INSERT INTO statements (id, run_id, customer_id, vendor, period, currency, status, number, "
                  "apply_credits, include_tax, marketplace_fees, marketplace_credits, charges_exact, charges, credits, "
                  "marketplace_exact, marketplace, marketplace_credits_applied, tax, total, balance, pricebook, "
                  "payment_terms_days, seller, customer, customer_name, created_at, created_by, issue_date, due_date) "
                  "VALUES (?, ?, ?, 'aws', ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, '0', '0', '0', '0', '0', ?, ?, 'Std', 30, "
                  "'{}', '{}', 'Customer', '2026-01-01T00:00:00Z', 'test', ?, ?)"));
    q.bind(nextId)
        .bind(runId)
        .bind(customerId)
        .bind(period)
        .bind(currency)
        .bind(status)
        .bind(draft ? QVariant(QMetaType::fromType<QString>()) : QVariant(QStringLiteral("INV-T-%1").arg(nextId)))
        .bind(dec(total))
        .bind(dec(total))
        .bind(dec(total))
        .bind(dec(total))
        .bind(draft ? QVariant(QMetaType::fromType<QString>()) : QVariant(issued.toString(Qt::ISODate)))
        .bind(draft ? QVariant(QMetaType::fromType<QString>()) : QVariant(due.toString(Qt::ISODate)));
    if (Status s = q.exec(); !s)
        qFatal("statement: %s", qPrintable(s.message()));
    return nextId;
}

} // namespace bursar::test
