#pragma once

#include "core/servicescredits/services_credit.h"
#include "core/servicescredits/services_credit_report.h"

#include <QJsonObject>

namespace bursar::core::json {

/// Services credits' JSON forms, by the rules of records_json.h: snake_case keys that are only
/// ever added, credits and amounts as exact decimal strings (value per credit to its last place).

/// A purchase: id, customer_id, customer_name, start, expires, currency, description, draft,
/// value_per_credit, amount_paid_per_credit, purchased, allocated, redeemed, expired,
/// available, value, amount_paid, product_id.
QJsonObject servicesPurchase(const ServicesPurchase &p);
/// One movement of a purchase's history with the available credits after it.
QJsonObject purchaseMovement(const PurchaseMovement &m);
QJsonObject opportunity(const Opportunity &o);
QJsonObject opportunityProduct(const OpportunityProduct &p);
QJsonObject project(const Project &p);
/// A milestone: id, project_id, name, due, credits_required, currency, status, completed_on,
/// allocated, redeemed.
QJsonObject milestone(const Milestone &m);
QJsonObject creditsAndValue(const CreditsAndValue &c);
QJsonObject customerCreditsBalance(const CustomerCreditsBalance &b);
QJsonObject expiringCredits(const ExpiringCredits &e);
/// The roll-forward: from, to, lines, totals; each line with opening, purchased, redeemed,
/// expired, closing (credits, value, paid) and proof_holds.
QJsonObject rollForward(const RollForward &r);

} // namespace bursar::core::json
