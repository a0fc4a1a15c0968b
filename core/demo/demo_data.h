#pragma once

#include "core/result.h"

#include <QDate>
#include <functional>

namespace bursar::core {

class Database;

struct DemoSummary
{
    int tenants = 0;
    int customers = 0;
    int vendorAccounts = 0;
    int billingProfiles = 0;
    int subscriptions = 0;
    int paymentMethods = 0;
};

/// Fills an empty database with deterministic demo data: a distributor with partners,
/// customers with contacts, regions, Cloud Provider settings, vendor accounts, billing
/// profiles, payment methods and subscriptions, and our Account Information. The same
/// `seed` gives the same data on every machine. Refused when the database already holds
/// customers, so demo data never mixes with real records.
/// `progress` (optional) is called with the number of customers written so far.
Result<DemoSummary> generateDemoData(Database &db, int customers, quint64 seed,
                                     const std::function<void(int)> &progress = {});

struct DemoBillingSummary
{
    int credits = 0;
    int taxRates = 0;
    int exchangeRates = 0;
};

/// Demo billing setup for the demo customers: the tax table of the demo regions, exchange
/// rates from USD (the demo usage's currency) to the customers' invoice currencies for the
/// months before `today`, and credits on every tenth customer (some expiring, a few AWS
/// Marketplace credits). Written through the services, as a clerk would.
Result<DemoBillingSummary> generateDemoBilling(Database &db, QDate today, quint64 seed);

struct DemoReceivablesSummary
{
    int statements = 0;
    int creditMemos = 0;
    int debitMemos = 0;
    int payments = 0;
    int applications = 0;
};

/// Demo receivables over the demo usage (after generateDemoUsage and generateDemoBilling):
/// the three months billed and approved a few days after each month ends, most of the oldest
/// month paid (some in part, one overpaid), a few goodwill credit memos applied, charge-backs
/// long past due and one Hold memo, so the aging shows every bucket. Through the services,
/// as a clerk would.
Result<DemoReceivablesSummary> generateDemoReceivables(Database &db, QDate today);

struct DemoServicesCreditsSummary
{
    int purchases = 0;
    int opportunities = 0;
    int projects = 0;
    int milestones = 0;
};

/// Demo services credits for the first demo customers: purchases in two currencies (seed
/// 003's examples), a draft, one expired after part of it was redeemed, some expiring within
/// 30 and 60 days; opportunities with and without products that can become purchases;
/// projects with milestones redeemed, partly allocated and open. Through the services.
Result<DemoServicesCreditsSummary> generateDemoServicesCredits(Database &db, QDate today);

} // namespace bursar::core
