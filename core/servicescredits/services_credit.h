#pragma once

#include "core/money/decimal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bursar::core {

/// Services credits (PRODUCT.md §8, seed 003): prepaid professional-services credits a
/// customer buys and redeems against the milestones of its projects.
///
/// Credits are whole numbers. Every movement of a purchase's credits is an entry of the
/// allocation ledger (core/ledger/): an allocation to a milestone (returned by a
/// counter-entry), a redemption when the milestone is completed, an expiry. So, for every
/// purchase and as of any day,
///     purchased = allocated + redeemed + expired + available,
/// computed in one place (ServicesCreditBalances in services_credit_balances.cpp).

/// A purchase's credits by where they are.
struct CreditUnits
{
    Decimal purchased;
    Decimal allocated; ///< on milestones not yet completed
    Decimal redeemed;  ///< on completed milestones
    Decimal expired;
    /// What is left to allocate: purchased − allocated − redeemed − expired.
    Decimal available() const { return purchased - allocated - redeemed - expired; }
};

/// A services credits customer purchase.
struct ServicesPurchase
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QDate startDate;  ///< the first day its credits can be used
    QDate expiryDate; ///< the last day they can be used; they expire after it (and the grace period)
    qint64 credits = 0;
    Decimal valuePerCredit; ///< exact (from an opportunity: the product's total / its credits)
    Decimal paidPerCredit;
    QString description;
    QString currency;
    bool draft = false;
    qint64 productId = 0; ///< the opportunity product it was created from; 0 when typed in
    int version = 1;      ///< for edits that lost a race
    QString createdAt;
    QString createdBy;
    CreditUnits units; ///< filled in as of the day the purchase was read

    /// credits × value per credit, exact (rounded only where shown).
    Decimal value() const { return valuePerCredit.times(credits); }
    Decimal paid() const { return paidPerCredit.times(credits); }
};

/// What a clerk typed for a purchase (New, or Edit while it is a draft). Amounts are text so
/// the service can name what is wrong with them.
struct PurchaseInput
{
    qint64 customerId = 0;
    QDate startDate;
    QDate expiryDate;
    QString credits;
    QString valuePerCredit;
    QString paidPerCredit; ///< ignored (taken from the value) while the setting keeps them equal
    QString description;
    QString currency;
    bool draft = false;
    int version = 0; ///< Edit: the version the form was read at; 0 skips the check
};

/// Settings > Services Credits, as the seed's product offers them.
struct ServicesCreditSettings
{
    bool paidEqualsValue = false;     ///< the amount paid per credit follows the value per credit
    bool newPurchasesDraft = false;   ///< New starts with Draft ticked
    bool manualAllocation = true;     ///< a clerk may choose the purchases; off: automatic only
    bool allocateAfterExpiry = false; ///< allocate from purchases whose expiry date has passed (in the grace period)
    int graceDays = 0;                ///< days after the expiry date before an expiry run expires a purchase
};

struct Opportunity
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString name;
    QDate closeDate;
    int products = 0;
    int eligible = 0; ///< products with services credits and no purchase yet
};

struct OpportunityProduct
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    QString name;
    Decimal quantity;
    Decimal unitPrice;
    qint64 credits = 0;    ///< services credits the product carries; 0: none
    qint64 purchaseId = 0; ///< the purchase created from it; 0: none yet

    Decimal total() const { return quantity.multiplied(unitPrice, Decimal::Scale, Rounding::HalfUp); }
    /// The product's total / its credits, exact to 18 places.
    Decimal valuePerCredit() const
    {
        return total().divided(Decimal::fromInt(credits), Decimal::Scale, Rounding::HalfUp);
    }
};

/// One purchase to create from an opportunity product, as the dialog shows it (changeable).
struct PurchaseFromProduct
{
    qint64 productId = 0;
    QString valuePerCredit; ///< empty: the product's total / its credits, exact
    QString paidPerCredit;  ///< empty: the same as the value
    QDate startDate;        ///< invalid: today
    QDate expiryDate;       ///< invalid: one year after the start (29 February → 28 February)
    QString description;    ///< empty: the product's name
    QString currency;
    bool draft = false;
};

struct Project
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString name;
    int milestones = 0;
};

enum class MilestoneStatus { Open, Completed };

struct Milestone
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectName;
    qint64 customerId = 0;
    QString name;
    QDate dueDate;
    qint64 creditsRequired = 0;
    QString currency; ///< as given, or the currency of its allocations; empty until either
    MilestoneStatus status = MilestoneStatus::Open;
    QDate completedOn;
    Decimal allocated; ///< standing allocations
    Decimal redeemed;
};

/// A milestone's allocation from one purchase.
struct MilestoneAllocation
{
    qint64 milestoneId = 0;
    qint64 purchaseId = 0;
    QString currency;
    QDate purchaseExpiry;
    Decimal credits; ///< standing (allocated) or redeemed, by the milestone's status
};

/// One movement in a purchase's history, with the balance after it.
struct PurchaseMovement
{
    qint64 entryId = 0;
    QDate on;
    QString kind; ///< "purchased", "allocated", "returned", "redeemed", "redemption corrected", "expired"
    qint64 milestoneId = 0;
    Decimal credits;   ///< signed as it moves the available credits: allocations negative
    Decimal available; ///< after this movement
    QString reason;
    QString recordedBy;
};

/// What an expiry run did.
struct ExpiryRunResult
{
    int purchases = 0;           ///< purchases that expired credits
    Decimal expired;             ///< credits expired in all
    int allocationsReturned = 0; ///< allocations on milestones not completed, returned and expired
};

} // namespace bursar::core
