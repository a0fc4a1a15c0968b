#pragma once

#include <QCoreApplication>
#include "core/domain/records.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/users/privilege.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bursar::core {

class Database;

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
    QString product;      ///< empty: the pricebook's own rule
    QString fromPeriod;   ///< first billing period "YYYY-MM"; "0000-01" for always
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
    QString period;  ///< the first period the change applies to
    bool moved = false;
    QString note;    ///< says why, when the requested date was moved forward
};

/// "YYYY-MM" of a date.
QString periodOfDate(QDate d);
/// Whether `period` is a valid "YYYY-MM".
bool isPeriod(const QString &period);
/// The period after / before.
QString nextPeriod(const QString &period);
QString previousPeriod(const QString &period);
/// The first day of a period.
QDate periodStartDate(const QString &period);

/// Pricebooks, global adjustments, custom charges and support plans. Every change is
/// effective-dated and written with its audit record; ManageSettings (pricebooks, global
/// adjustments) or ManageCustomers (a customer's charges and plans) is required.
class PricingService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::PricingService)

public:
    /// `today` decides which periods have ended; tests pass a fixed date.
    explicit PricingService(Database &db, QDate today = QDate::currentDate()) : m_db(db), m_today(today) {}

    /// The period a change requested for `requested` (today when invalid) applies from.
    EffectiveFrom effectiveFrom(QDate requested) const;

    /// A new pricebook. Without `effective` its first rule applies to every period, past ones
    /// included: before it existed no customer could have been priced with it. With one, it
    /// applies from that period on (moved forward like any change).
    Result<std::pair<qint64, EffectiveFrom>> addPricebook(Vendor vendor, const QString &name, Decimal percent,
                                                          QDate effective = {});
    Result<QList<Pricebook>> pricebooks(std::optional<Vendor> vendor = std::nullopt);
    Result<Pricebook> pricebook(Vendor vendor, const QString &name);
    /// Changes a pricebook's percent (product empty) or sets a per-product override.
    Result<EffectiveFrom> setRule(qint64 pricebookId, const QString &product, Decimal percent, QDate effective = {});
    Result<QList<PricebookRule>> rules(qint64 pricebookId);

    Result<std::pair<qint64, EffectiveFrom>> addGlobalAdjustment(Vendor vendor, const QString &description, Decimal percent,
                                                                 QDate effective = {});
    Result<QList<GlobalAdjustment>> globalAdjustments(std::optional<Vendor> vendor = std::nullopt);

    Result<std::pair<qint64, EffectiveFrom>> addCustomCharge(CustomCharge charge, QDate effective = {});
    Result<QList<CustomCharge>> customCharges(std::optional<qint64> customerId = std::nullopt);

    Result<std::pair<qint64, EffectiveFrom>> addSupportPlan(SupportPlan plan, QDate effective = {});
    Result<QList<SupportPlan>> supportPlans(std::optional<qint64> customerId = std::nullopt);

    /// Ends a global adjustment, custom charge or support plan after the last period that
    /// may still change (the one before the open period at the earliest).
    Result<EffectiveFrom> endGlobalAdjustment(qint64 id, QDate lastDay = {});
    Result<EffectiveFrom> endCustomCharge(qint64 id, QDate lastDay = {});
    Result<EffectiveFrom> endSupportPlan(qint64 id, QDate lastDay = {});

    /// Checks a percent typed by a clerk: -100 to 1000, at most 6 decimals.
    static Result<Decimal> parsePercent(const QString &text, const QString &field = QStringLiteral("percent"));

private:
    Result<EffectiveFrom> endRow(const QString &table, const QString &what, qint64 id, QDate lastDay, Privilege privilege);
    Database &m_db;
    QDate m_today;
};

} // namespace bursar::core
