#pragma once

#include "core/domain/billing_period.h"
#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/pricing/pricing_rules.h"
#include "core/result.h"
#include "core/users/privilege.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

class Database;

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

    Result<std::pair<qint64, EffectiveFrom>> addGlobalAdjustment(Vendor vendor, const QString &description,
                                                                 Decimal percent, QDate effective = {});
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
    Result<EffectiveFrom> endRow(const QString &table, const QString &what, qint64 id, QDate lastDay,
                                 Privilege privilege);
    Database &m_db;
    QDate m_today;
};

} // namespace bursar::core
