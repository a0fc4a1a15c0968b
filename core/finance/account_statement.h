#pragma once

#include "core/billing/statement.h"
#include "core/money/decimal.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <array>

namespace bursar::core {

class Database;

/// One open document on a customer's statement of account.
struct AccountDocument
{
    QString kind;    ///< what the document is, for people: "Statement", "Credit Memo", "Payment", ...
    QString kindKey; ///< the same for programs: "statement", "credit_memo", "debit_memo", "payment"
    QString number;
    QDate date;
    QDate dueDate;
    QString currency;
    Decimal amount;
    Decimal balance;        ///< what is still owed on it as of the statement's date (negative: unapplied)
    bool unapplied = false; ///< a credit memo or payment not applied yet: no due date, no bucket

    /// Days past due on `asOf` (0 when not yet due).
    qint64 daysPastDue(QDate asOf) const { return dueDate.isValid() && asOf > dueDate ? dueDate.daysTo(asOf) : 0; }
};

/// The aging buckets of PRODUCT.md §7: current, 1-30, 31-60, 61-90 and over 90 days past due.
enum class AgingBucket { Current, Days1To30, Days31To60, Days61To90, Over90 };
constexpr int AgingBucketCount = 5;
AgingBucket agingBucket(qint64 daysPastDue);

/// What a customer owes in one currency as of the statement's date, and how late.
struct AccountBalance
{
    QString currency;
    Decimal balance;
    std::array<Decimal, AgingBucketCount> aging; ///< by AgingBucket; with unapplied they add up to balance
    Decimal unapplied;                           ///< credit memos and payments not applied yet (≤ 0)
};

/// A customer's statement of account (PRODUCT.md §6-7): the documents still open as of a
/// date (statements, memos, payments not applied yet), by currency and due date, with who we are and who the customer
/// is. Receivables logic: the renderer only paints it.
struct AccountStatement
{
    StatementParty seller;
    StatementParty customer;
    qint64 customerId = 0;
    QDate asOf;
    QList<AccountDocument> documents;
    QList<AccountBalance> balances; ///< one per currency, by currency code
    QByteArray logo;
};

class AccountStatements
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::AccountStatements)

public:
    explicit AccountStatements(Database &db) : m_db(db) {}
    /// The customer's documents issued on or before `asOf` that still owe something then.
    Result<AccountStatement> asOf(qint64 customerId, QDate asOf);

private:
    Database &m_db;
};

} // namespace bursar::core
