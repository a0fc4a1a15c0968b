#pragma once

#include "core/finance/account_statement.h"
#include "core/money/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <array>
#include <functional>
#include <map>
#include <optional>

namespace bursar::core {

class Database;

/// One document on the aging as of a date, with its balance then: a receivable (statement,
/// debit memo) positive in its bucket, a source (credit memo, payment) negative as unapplied.
struct AgingDocument
{
    QString kind;
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString currency;
    QDate date;
    QDate dueDate;
    Decimal total;
    Decimal balance;
    std::optional<AgingBucket> bucket; ///< empty for an unapplied credit memo or payment
};

/// A customer's aging in one currency (customerId 0: the currency's totals).
struct AgingRow
{
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    std::array<Decimal, AgingBucketCount> buckets;
    Decimal unapplied; ///< ≤ 0: credit memos and payments not applied yet
    Decimal total;     ///< Σ buckets + unapplied
};

/// Reports > Aging (PRODUCT.md §7): as of a date, by due date, only documents and
/// applications dated on or before it, so the same date prints the same numbers later.
struct AgingReport
{
    QDate asOf;
    QList<AgingRow> rows;   ///< by customer, then currency
    QList<AgingRow> totals; ///< one per currency
    /// The proof line, per currency: Σ buckets + unapplied of the rows and Σ of the
    /// documents' balances, computed separately; they must be equal.
    QList<std::pair<Decimal, Decimal>> proof;
    /// The first rows only (Aging::firstRows): the totals and proof are of these rows, not
    /// of the whole aging.
    bool partial = false;
    bool proven() const;
};

/// The key a bucket has in the aging's JSON and CSV: "current", "days_1_30", "days_31_60",
/// "days_61_90", "over_90".
QString agingBucketKey(AgingBucket b);
/// The aging as CSV (RFC 4180, CRLF): customer_id, customer_name, currency, the buckets,
/// unapplied, total; a row per customer and currency, then "total" rows per currency.
QByteArray agingCsv(const AgingReport &report);

/// A customer's balance in one currency.
struct CustomerBalance
{
    QString currency;
    Decimal balance;
};

class Aging
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::Aging)

public:
    explicit Aging(Database &db) : m_db(db) {}

    /// The open items as of `asOf`: documents dated on or before it that were not closed on or
    /// before it, each with its balance then. Optionally of one customer, one currency, or
    /// the customers of a tenant and the tenants below it.
    Result<QList<AgingDocument>> documents(QDate asOf, std::optional<qint64> customerId = std::nullopt,
                                           const QString &currency = {}, std::optional<qint64> tenantId = std::nullopt);
    Result<AgingReport> report(QDate asOf, std::optional<qint64> tenantId = std::nullopt,
                               std::optional<qint64> customerId = std::nullopt);
    /// The report's first rows, quickly, for a window to show while the whole report is
    /// made: customers in ID order, a hundred at a time through the per-customer indexes,
    /// until at least `rows` rows are found. When every customer was read on the way, the
    /// result is the whole report; otherwise it is marked partial.
    Result<AgingReport> firstRows(QDate asOf, std::optional<qint64> tenantId, int rows);
    /// Customer balance per currency = open statements + open debit memos − unapplied credit
    /// memos − unapplied payments (PRODUCT.md §7), as of a date.
    Result<QList<CustomerBalance>> balances(qint64 customerId, QDate asOf = QDate::currentDate());

    /// The rows of documents, aggregated (pure; the report and the tests use it).
    static AgingReport aggregate(QDate asOf, const QList<AgingDocument> &documents,
                                 const QHash<qint64, QString> &customerNames);

private:
    /// Sums documents into rows as they are read.
    class Aggregator
    {
    public:
        explicit Aggregator(QDate asOf);
        void add(const AgingDocument &d);
        const QSet<qint64> &customers() const { return m_customers; }
        qsizetype rowCount() const { return qsizetype(m_rows.size()); }
        AgingReport finish(const QHash<qint64, QString> &customerNames) const;

    private:
        QDate m_asOf;
        std::map<std::pair<qint64, QString>, AgingRow> m_rows;
        std::map<QString, Decimal> m_documentSums;
        QSet<qint64> m_customers;
    };

    /// What the applications dated after the as-of day moved, per statement and per memo or
    /// payment: added back to their balances.
    struct Later
    {
        QHash<qint64, Decimal> statements;
        QHash<qint64, Decimal> documents;
    };
    Status readLater(QDate asOf, Later &later);
    /// Calls `each` with every open item as of `asOf` and its balance then (numbers only
    /// with `withNumbers`). `range` limits it to customers with IDs from..to, read through
    /// the per-customer indexes; `later` is readLater's, when the caller read it already.
    Status scan(QDate asOf, std::optional<qint64> customerId, const QString &currency, std::optional<qint64> tenantId,
                bool withNumbers, const std::function<void(const AgingDocument &)> &each,
                std::optional<std::pair<qint64, qint64>> range = std::nullopt, const Later *later = nullptr);
    Result<QHash<qint64, QString>> customerNames(const QSet<qint64> &ids);
    Database &m_db;
};

} // namespace bursar::core
