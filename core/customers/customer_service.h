#pragma once

#include "core/customers/billing_parties.h"
#include "core/customers/customer.h"
#include "core/customers/tenant.h"
#include "core/domain/vendor.h"
#include "core/domain/vendor_account.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace bursar::core {

class Database;

/// The case-folded text the Customers search looks in: name, email and contact name.
QString customerSearchText(const QString &name, const QString &email, const QString &contactName);
/// A search term folded the same way.
QString foldForSearch(const QString &term);

/// Turns whatever a clerk typed for a payment method into the only thing Bursar stores:
/// a masked reference ("**** 4242"). Full card or account numbers are never kept.
Result<QString> maskPaymentReference(PaymentKind kind, const QString &input);

/// Customers, the tenant tree and each customer's billing setup. Every write validates,
/// runs in one transaction and appends to the audit log; a failed call changes nothing.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::CustomerService)

public:
    explicit CustomerService(Database &db) : m_db(db) {}

    // Tenants
    Result<QList<Tenant>> tenants();
    Result<qint64> addTenant(TenantKind kind, std::optional<qint64> parentId, const QString &name);
    /// The tenant new customers go under when none is named: the first partner, else the
    /// first distributor (created as "Distributor" in an empty database).
    Result<qint64> defaultTenant();
    /// `tenantId` and every tenant below it.
    Result<QList<qint64>> tenantSubtree(qint64 tenantId);
    Status renameTenant(qint64 tenantId, const QString &name);
    /// Number of customers directly under each tenant.
    Result<QHash<qint64, int>> customerCountsByTenant();

    // Customers
    Result<Customer> customer(qint64 id);
    Result<qint64> addCustomer(Customer customer);
    /// Saves `customer`; refused when someone saved it since `customer.rowVersion` was read.
    Status updateCustomer(const Customer &customer);
    Result<QList<Customer>> allCustomers();
    Status validate(const Customer &customer);

    // Cloud Providers: one setting per vendor; vendors never set come back disabled.
    Result<QList<CustomerProvider>> providers(qint64 customerId);
    Status setProvider(qint64 customerId, const CustomerProvider &provider);

    // Vendor accounts and subscriptions mapped to the customer
    Result<QList<VendorAccount>> accounts(qint64 customerId);
    Status mapAccount(const VendorAccount &account);
    Status unmapAccount(Vendor vendor, const QString &accountId);
    /// The customer an account maps to, if any.
    Result<std::optional<qint64>> customerForAccount(Vendor vendor, const QString &accountId);

    // Payment methods
    Result<QList<PaymentMethod>> paymentMethods(qint64 customerId);
    /// Masks `referenceInput` and stores the masked form only.
    Result<qint64> addPaymentMethod(qint64 customerId, PaymentKind kind, const QString &referenceInput,
                                    const QString &holderName);
    Status removePaymentMethod(qint64 id);

    // Billing profiles
    Result<QList<BillingProfile>> billingProfiles(qint64 customerId);
    /// Inserts (id 0) or updates a profile; returns its id.
    Result<qint64> saveBillingProfile(const BillingProfile &profile);
    Status removeBillingProfile(qint64 id);

    // Subscriptions
    Result<QList<Subscription>> subscriptions(qint64 customerId);
    /// Inserts (id 0) or updates; making one the default clears the flag on the others.
    Result<qint64> saveSubscription(const Subscription &subscription);
    Status removeSubscription(qint64 id);

private:
    Status requireCustomer(qint64 customerId, const QString &field = {});
    Database &m_db;
};

} // namespace bursar::core
