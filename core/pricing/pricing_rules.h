#pragma once

#include "core/domain/vendor.h"
#include "core/money/decimal.h"

#include <QString>

namespace bursar::core {

/// A pricebook turns a vendor's cost into the customer's price.
struct Pricebook
{
    qint64 id = 0;
    Vendor vendor = Vendor::Aws;
    QString name;
};

/// One effective-dated rule of a pricebook: its own percent (product empty) or a
/// per-product override. +10 is a 10 % uplift on vendor cost, -5 a 5 % discount.
struct PricebookRule
{
    qint64 id = 0;
    qint64 pricebookId = 0;
    QString product;    ///< empty: the pricebook's own rule
    QString fromPeriod; ///< first billing period "YYYY-MM"; "0000-01" for always
    Decimal percent;
    QString createdAt;
    QString createdBy;
};

/// A discount (negative) or uplift on every customer's price for a vendor.
struct GlobalAdjustment
{
    qint64 id = 0;
    Vendor vendor = Vendor::Aws;
    QString description;
    Decimal percent;
    QString fromPeriod;
    QString toPeriod; ///< last period it applies to; empty: open-ended
};

/// A fixed monthly line on a customer's statement.
struct CustomCharge
{
    qint64 id = 0;
    qint64 customerId = 0;
    Vendor vendor = Vendor::Aws;
    QString description;
    QString currency;
    Decimal amount;
    QString fromPeriod;
    QString toPeriod;
};

/// Support: a percent of the customer's usage price for a vendor, at least a minimum.
struct SupportPlan
{
    qint64 id = 0;
    qint64 customerId = 0;
    Vendor vendor = Vendor::Aws;
    QString name;
    Decimal percent;
    Decimal minimum;
    QString currency;
    QString fromPeriod;
    QString toPeriod;
};

/// When a pricing change applies. Periods that have ended are being (or have been)
/// reconciled and billed: a change never reaches back into them, it applies from the
/// period that is open today.
struct EffectiveFrom
{
    QString period; ///< the first period the change applies to
    bool moved = false;
    QString note; ///< says why, when the requested date was moved forward
};

} // namespace bursar::core
