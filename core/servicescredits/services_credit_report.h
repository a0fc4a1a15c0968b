#pragma once

#include "core/domain/page.h"
#include "core/result.h"
#include "core/servicescredits/services_credit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace bursar::core {

class Database;

/// Credits with what they are worth at the value per credit and at the amount paid per credit.
struct CreditsAndValue
{
    Decimal credits;
    Decimal value; ///< exact; rounded to the currency where shown
    Decimal paid;

    CreditsAndValue &operator+=(const CreditsAndValue &o)
    {
        credits += o.credits;
        value += o.value;
        paid += o.paid;
        return *this;
    }
    friend CreditsAndValue operator+(CreditsAndValue a, const CreditsAndValue &b) { return a += b; }
    friend CreditsAndValue operator-(CreditsAndValue a, const CreditsAndValue &b)
    {
        return {a.credits - b.credits, a.value - b.value, a.paid - b.paid};
    }
    friend bool operator==(const CreditsAndValue &, const CreditsAndValue &) = default;
};

/// A customer's services credits in one currency (non-draft purchases).
struct CustomerCreditsBalance
{
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    int purchases = 0;
    CreditUnits units;
    CreditsAndValue available;   ///< what can still be allocated, and its value
    CreditsAndValue outstanding; ///< allocated + available: not yet redeemed or expired (the liability)
};

/// Credits of one purchase that expire soon (available or allocated to open milestones).
struct ExpiringCredits
{
    qint64 purchaseId = 0;
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    QDate expiryDate;
    int daysLeft = 0;
    CreditsAndValue credits;
};

/// One line of the liability roll-forward: a customer and currency, or a currency's total
/// (customerId 0).
struct RollForwardLine
{
    qint64 customerId = 0;
    QString customerName;
    QString currency;
    CreditsAndValue opening, purchased, redeemed, expired, closing;
    /// opening + purchased − redeemed − expired = closing, in credits, value and paid.
    bool proofHolds() const { return opening + purchased - redeemed - expired == closing; }
};

struct RollForward
{
    QDate from, to;
    QList<RollForwardLine> lines;  ///< per customer and currency
    QList<RollForwardLine> totals; ///< per currency
};

/// Reports > Services Credits.
class ServicesCreditReport
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ServicesCreditReport)

public:
    explicit ServicesCreditReport(Database &db) : m_db(db) {}

    /// Balance per customer and currency as of `asOf` (invalid: today, every entry), by
    /// customer name; a page of them for the window's list; of one customer when given.
    Result<QList<CustomerCreditsBalance>> customerBalances(QDate asOf = {}, Page page = {},
                                                           std::optional<qint64> customerId = std::nullopt);
    /// How many customer-and-currency lines customerBalances has.
    Result<qint64> customerBalanceCount(QDate asOf = {});
    /// Purchases whose expiry date is within `days` days of `asOf` (inclusive) with credits not
    /// yet redeemed or expired, soonest first.
    Result<QList<ExpiringCredits>> expiring(QDate asOf, int days);
    /// The liability roll-forward for [from, to]: a purchase counts from its start date once it
    /// is not a draft; redemptions and expiries by their dates.
    Result<RollForward> rollForward(QDate from, QDate to);

private:
    Database &m_db;
};

} // namespace bursar::core
