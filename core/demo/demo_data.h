#pragma once

#include "result.h"

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

} // namespace bursar::core
