#include "core/customers/customer_service.h"

#include "core/billing/statement_service.h"
#include "core/customers/customer_rows.h"
#include "core/domain/timestamp.h"
#include "core/domain/vendor_account.h"
#include "core/locks/period_lock.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"
#include "core/usage/usage_importer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace bursar::core {

using namespace customer_rows;

namespace {

Customer normalised(Customer c)
{
    c.name = c.name.simplified();
    c.contact = trimmed(c.contact);
    c.region = c.region.trimmed().toUpper();
    c.state = c.state.trimmed().toUpper();
    return c;
}

} // namespace

QString foldForSearch(const QString &term)
{
    return term.simplified().toCaseFolded();
}

QString customerSearchText(const QString &name, const QString &email, const QString &contactName)
{
    return foldForSearch(name) + u'\x1f' + foldForSearch(email) + u'\x1f' + foldForSearch(contactName);
}

Result<QList<Tenant>> CustomerService::tenants()
{
    Sql q(m_db, QStringLiteral("SELECT id, parent_id, kind, name FROM tenants ORDER BY id"));
    if (Status s = q.exec(tr("reading tenants")); !s)
        return s.error();
    QList<Tenant> list;
    while (q.next()) {
        Tenant t;
        t.id = q.value(0).toLongLong();
        t.parentId = toOptionalId(q.value(1));
        t.kind = q.value(2).toString() == QLatin1String("distributor") ? TenantKind::Distributor : TenantKind::Partner;
        t.name = q.value(3).toString();
        list.append(t);
    }
    return inTreeOrder(list);
}

Result<qint64> CustomerService::addTenant(TenantKind kind, std::optional<qint64> parentId, const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("add tenants")); !s)
        return s.error();
    const QString n = name.simplified();
    if (n.isEmpty())
        return fail(tr("New tenant: the name is empty; type the tenant's name."), QStringLiteral("name"));
    if (kind == TenantKind::Distributor && parentId)
        return fail(tr("Tenant “%1”: a distributor is the top of the tree and has no parent.").arg(n),
                    QStringLiteral("parent"));
    if (kind == TenantKind::Partner && !parentId)
        return fail(tr("Tenant “%1”: a partner belongs to a distributor or partner; choose its parent.").arg(n),
                    QStringLiteral("parent"));
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        if (parentId) {
            Sql p(m_db, QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"));
            p.bind(*parentId);
            if (Status e = p.exec(); !e)
                return e;
            if (!p.next())
                return fail(tr("Tenant “%1”: the parent tenant %2 does not exist.").arg(n).arg(*parentId),
                            QStringLiteral("parent"));
        }
        Sql q(m_db, QStringLiteral("INSERT INTO tenants (parent_id, kind, name) VALUES (?, ?, ?) RETURNING id"));
        q.bind(optionalId(parentId))
            .bind(kind == TenantKind::Distributor ? QStringLiteral("distributor") : QStringLiteral("partner"))
            .bind(n);
        if (Status e = q.exec(tr("adding a tenant")); !e)
            return e;
        id = q.next() ? q.value(0).toLongLong() : 0;
        return m_db.audit(QStringLiteral("create"), QStringLiteral("tenant"), QString::number(id), n);
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> CustomerService::defaultTenant()
{
    Sql q(m_db, QStringLiteral("SELECT id FROM tenants ORDER BY CASE kind WHEN 'partner' THEN 0 ELSE 1 END, id"));
    if (Status s = q.exec(tr("reading tenants")); !s)
        return s.error();
    if (q.next())
        return q.value(0).toLongLong();
    return addTenant(TenantKind::Distributor, std::nullopt, tr("Distributor"));
}

Result<QList<qint64>> CustomerService::tenantSubtree(qint64 tenantId)
{
    auto all = tenants();
    if (!all)
        return all.error();
    QList<qint64> out{tenantId};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (const Tenant &t : *all)
            if (t.parentId && *t.parentId == out[i])
                out.append(t.id);
    return out;
}

Status CustomerService::renameTenant(qint64 tenantId, const QString &name)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("rename tenants")); !s)
        return s;
    const QString n = name.simplified();
    if (n.isEmpty())
        return fail(tr("Tenant %1: the name is empty; type the tenant's name.").arg(tenantId), QStringLiteral("name"));
    if (n.size() > 200)
        return fail(tr("Tenant %1: the name is longer than 200 characters; shorten it.").arg(tenantId),
                    QStringLiteral("name"));
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE tenants SET name = ? WHERE id = ?"));
        q.bind(n).bind(tenantId);
        if (Status e = q.exec(tr("renaming the tenant")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("Tenant %1 does not exist; reload the list.").arg(tenantId), QStringLiteral("tenant"));
        return m_db.audit(QStringLiteral("rename"), QStringLiteral("tenant"), QString::number(tenantId), n);
    });
}

Result<QHash<qint64, int>> CustomerService::customerCountsByTenant()
{
    Sql q(m_db, QStringLiteral("SELECT tenant_id, COUNT(*) FROM customers GROUP BY tenant_id"));
    if (Status s = q.exec(tr("counting customers")); !s)
        return s.error();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Status CustomerService::validate(const Customer &c)
{
    const QString label = recordLabel(c.id);
    if (c.name.trimmed().isEmpty())
        return fail(tr("%1: the name is empty; type the customer's name.").arg(label), QStringLiteral("name"));
    if (Status s = checkLength(label, tr("the name"), c.name, 200, QStringLiteral("name")); !s)
        return s;
    if (Status s = validateContact(label, c.contact); !s)
        return s;
    if (Status s = checkLength(label, tr("the region"), c.region, 64, QStringLiteral("region")); !s)
        return s;
    if (Status s = checkLength(label, tr("the state or province"), c.state, 64, QStringLiteral("state")); !s)
        return s;
    if (c.paymentTermsDays < 0 || c.paymentTermsDays > 365)
        return fail(
            tr("%1: payment terms of %2 days are out of range; use 0 to 365 days.").arg(label).arg(c.paymentTermsDays),
            QStringLiteral("payment_terms"));
    Sql t(m_db, QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"));
    t.bind(c.tenantId);
    if (Status s = t.exec(tr("reading tenants")); !s)
        return s;
    if (!t.next())
        return fail(tr("%1: the tenant %2 does not exist; choose an existing partner or distributor.")
                        .arg(label)
                        .arg(c.tenantId),
                    QStringLiteral("tenant"));
    return success();
}

Result<Customer> CustomerService::customer(qint64 id)
{
    Sql q(m_db,
          QStringLiteral("SELECT ") + customer_rows::CustomerColumns + QStringLiteral(" FROM customers WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(tr("reading a customer")); !s)
        return s.error();
    if (!q.next())
        return fail(
            tr("There is no customer with ID %1; check the number in the Customers list.").arg(displayCustomerId(id)),
            QStringLiteral("customer"));
    return customer_rows::readCustomer(q);
}

Result<qint64> CustomerService::addCustomer(Customer input)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("add customers")); !s)
        return s.error();
    Customer c = normalised(std::move(input));
    c.id = 0;
    if (c.tenantId == 0) {
        auto t = defaultTenant();
        if (!t)
            return t.error();
        c.tenantId = *t;
    }
    if (Status s = validate(c); !s)
        return s.error();
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        // IDs are shown as #123456: they start at 100001 and never shrink. On a shared
        // server, clerks adding customers at once take turns here (SQLite's write lock
        // already serialises them).
        if (m_db.dialect() == Dialect::PostgreSQL) {
            Sql turn(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(1129665362)"));
            if (Status e = turn.exec(tr("numbering the customer")); !e)
                return e;
        }
        Sql next(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 100000) + 1 FROM customers"));
        if (Status e = next.exec(tr("numbering the customer")); !e)
            return e;
        id = next.next() ? next.value(0).toLongLong() : 100001;
        const QString now = nowUtc();
        Sql q(m_db, QStringLiteral("INSERT INTO customers (id, tenant_id, name, contact_name, email, phone, "
                                   "address_line1, address_line2, city, postal_code, country, region, state, "
                                   "payment_terms_days, search_text, row_version, created_at, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
        q.bind(id).bind(c.tenantId).bind(c.name);
        bindContact(q, c.contact);
        q.bind(nullIfEmpty(c.region))
            .bind(nullIfEmpty(c.state))
            .bind(c.paymentTermsDays)
            .bind(customerSearchText(c.name, c.contact.email, c.contact.contactName))
            .bind(now)
            .bind(now)
            .bind(m_db.actor());
        if (Status e = q.exec(tr("adding the customer")); !e)
            return e;
        return m_db.audit(QStringLiteral("create"), QStringLiteral("customer"), QString::number(id), c.name);
    });
    if (!s)
        return s.error();
    return id;
}

Status CustomerService::updateCustomer(const Customer &input)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("change customers")); !s)
        return s;
    const Customer c = normalised(input);
    if (Status s = validate(c); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE customers SET tenant_id = ?, name = ?, contact_name = ?, email = ?, "
                                   "phone = ?, address_line1 = ?, address_line2 = ?, city = ?, postal_code = ?, "
                                   "country = ?, region = ?, state = ?, payment_terms_days = ?, search_text = ?, "
                                   "row_version = row_version + 1, updated_at = ?, updated_by = ? "
                                   "WHERE id = ? AND row_version = ?"));
        q.bind(c.tenantId).bind(c.name);
        bindContact(q, c.contact);
        q.bind(nullIfEmpty(c.region))
            .bind(nullIfEmpty(c.state))
            .bind(c.paymentTermsDays)
            .bind(customerSearchText(c.name, c.contact.email, c.contact.contactName))
            .bind(nowUtc())
            .bind(m_db.actor())
            .bind(c.id)
            .bind(c.rowVersion);
        if (Status e = q.exec(tr("saving the customer")); !e)
            return e;
        if (q.rowsAffected() != 1) {
            auto current = customer(c.id);
            if (!current)
                return current.error();
            // field "conflict": a form offers Reload for it
            return fail(tr("%1 was changed by %2 at %3 after you opened it; reload it and make your "
                           "change again.")
                            .arg(recordLabel(c.id), current->updatedBy, displayTimestamp(current->updatedAt)),
                        QStringLiteral("conflict"));
        }
        return m_db.audit(QStringLiteral("update"), QStringLiteral("customer"), QString::number(c.id), c.name);
    });
}

Result<QList<Customer>> CustomerService::allCustomers()
{
    Sql q(m_db,
          QStringLiteral("SELECT ") + customer_rows::CustomerColumns + QStringLiteral(" FROM customers ORDER BY id"));
    if (Status s = q.exec(tr("reading customers")); !s)
        return s.error();
    QList<Customer> list;
    while (q.next())
        list.append(customer_rows::readCustomer(q));
    return list;
}

Status CustomerService::requireCustomer(qint64 customerId, const QString &field)
{
    Sql q(m_db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading a customer")); !s)
        return s;
    if (!q.next())
        return fail(tr("There is no customer with ID %1; check the number in the Customers list.")
                        .arg(displayCustomerId(customerId)),
                    field.isEmpty() ? QStringLiteral("customer") : field);
    return success();
}

Result<QList<CustomerProvider>> CustomerService::providers(qint64 customerId)
{
    if (Status s = requireCustomer(customerId); !s)
        return s.error();
    auto vendors = storedVendors(m_db);
    if (!vendors)
        return vendors.error();
    QList<CustomerProvider> list;
    for (Vendor v : *vendors)
        list.append(CustomerProvider{v, false, QString(), 0, QString()});
    Sql q(m_db, QStringLiteral(
                    "SELECT cp.vendor, cp.enabled, cp.currency, cp.pricebook_id, p.name FROM customer_providers cp "
                    "LEFT JOIN pricebooks p ON p.id = cp.pricebook_id WHERE cp.customer_id = ?"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading cloud providers")); !s)
        return s.error();
    while (q.next()) {
        const Vendor v = storedVendor(m_db, q.value(0));
        const auto at =
            std::find_if(list.begin(), list.end(), [v](const CustomerProvider &p) { return p.vendor == v; });
        if (at == list.end())
            continue;
        CustomerProvider &p = *at;
        p.enabled = q.value(1).toInt() != 0;
        p.currency = q.value(2).toString();
        p.pricebookId = q.value(3).toLongLong();
        p.pricebookName = q.value(4).toString();
    }
    return list;
}

Status CustomerService::setProvider(qint64 customerId, const CustomerProvider &provider)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("change Cloud Providers")); !s)
        return s;
    if (Status s = requireCustomer(customerId); !s)
        return s;
    QString currency = provider.currency.trimmed().toUpper();
    if (!currency.isEmpty()) {
        auto c = Currencies::require(currency, QStringLiteral("currency"));
        if (!c)
            return fail(recordLabel(customerId) + QStringLiteral(", ") + vendorName(provider.vendor) +
                            QStringLiteral(": ") + c.error().message,
                        QStringLiteral("currency"));
    } else if (provider.enabled) {
        return fail(tr("%1, %2: choose an invoice currency before enabling the vendor.")
                        .arg(recordLabel(customerId), vendorName(provider.vendor)),
                    QStringLiteral("currency"));
    }
    return m_db.transaction([&]() -> Status {
        if (provider.pricebookId != 0) {
            Sql book(m_db, QStringLiteral("SELECT vendor, name FROM pricebooks WHERE id = ?"));
            book.bind(provider.pricebookId);
            if (Status e = book.exec(tr("reading pricebooks")); !e)
                return e;
            if (!book.next())
                return fail(tr("%1, %2: pricebook %3 does not exist.")
                                .arg(recordLabel(customerId), vendorName(provider.vendor))
                                .arg(provider.pricebookId),
                            QStringLiteral("pricebook"));
            if (book.value(0).toString() != vendorKey(provider.vendor))
                return fail(
                    tr("%1, %2: the pricebook “%3” prices another vendor's usage; choose one of %2's pricebooks.")
                        .arg(recordLabel(customerId), vendorName(provider.vendor), book.value(1).toString()),
                    QStringLiteral("pricebook"));
        }
        Sql del(m_db, QStringLiteral("DELETE FROM customer_providers WHERE customer_id = ? AND vendor = ?"));
        del.bind(customerId).bind(vendorKey(provider.vendor));
        if (Status e = del.exec(tr("saving the cloud provider")); !e)
            return e;
        Sql q(m_db,
              QStringLiteral("INSERT INTO customer_providers (customer_id, vendor, enabled, currency, pricebook_id) "
                             "VALUES (?, ?, ?, ?, ?)"));
        q.bind(customerId)
            .bind(vendorKey(provider.vendor))
            .bind(provider.enabled ? 1 : 0)
            .bind(nullIfEmpty(currency))
            .bind(provider.pricebookId ? QVariant(provider.pricebookId) : QVariant(QMetaType(QMetaType::LongLong)));
        if (Status e = q.exec(tr("saving the cloud provider")); !e)
            return e;
        return m_db.audit(QStringLiteral("set_provider"), QStringLiteral("customer"), QString::number(customerId),
                          vendorKey(provider.vendor) +
                              (provider.enabled ? QStringLiteral(" enabled ") : QStringLiteral(" disabled ")) +
                              currency + QStringLiteral(" pricebook ") + QString::number(provider.pricebookId));
    });
}

Result<QList<VendorAccount>> CustomerService::accounts(qint64 customerId)
{
    Sql q(m_db, QStringLiteral("SELECT vendor, account_id, customer_id, label FROM vendor_accounts "
                               "WHERE customer_id = ? ORDER BY vendor, account_id"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading vendor accounts")); !s)
        return s.error();
    QList<VendorAccount> list;
    while (q.next()) {
        list.append(
            VendorAccount{storedVendor(q, 0), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    }
    return list;
}

Result<std::optional<qint64>> CustomerService::customerForAccount(Vendor vendor, const QString &accountId)
{
    Sql q(m_db, QStringLiteral("SELECT customer_id FROM vendor_accounts WHERE vendor = ? AND account_id = ?"));
    q.bind(vendorKey(vendor)).bind(normalizeAccountId(accountId));
    if (Status s = q.exec(tr("reading vendor accounts")); !s)
        return s.error();
    if (q.next())
        return std::optional<qint64>(q.value(0).toLongLong());
    return std::optional<qint64>();
}

Status CustomerService::mapAccount(const VendorAccount &input)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("map vendor accounts")); !s)
        return s;
    // The same form the importer stores: "/subscriptions/<GUID>/..." is the lower-case GUID.
    const QString account = normalizeAccountId(input.accountId);
    const QString label = recordLabel(input.customerId);
    if (account.isEmpty())
        return fail(tr("%1: the %2 account is empty; type the account or subscription ID.")
                        .arg(label, vendorName(input.vendor)),
                    QStringLiteral("account"));
    if (account.size() > 256)
        return fail(
            tr("%1: the account ID is %2 characters long; at most 256 are allowed.").arg(label).arg(account.size()),
            QStringLiteral("account"));
    for (QChar ch : account)
        if (ch.isSpace())
            return fail(
                tr("%1: the account ID “%2” contains a space; vendor account IDs have none.").arg(label, account),
                QStringLiteral("account"));
    if (Status s = requireCustomer(input.customerId); !s)
        return s;
    auto owner = customerForAccount(input.vendor, account);
    if (!owner)
        return owner.error();
    if (owner->has_value()) {
        if (**owner == input.customerId)
            return success();
        return fail(tr("The %1 account %2 is already mapped to customer %3; unmap it there first.")
                        .arg(vendorName(input.vendor), account, displayCustomerId(**owner)),
                    QStringLiteral("account"));
    }
    return m_db.transaction([&]() -> Status {
        if (Status locked = checkAccountMove(m_db, input.vendor, account, input.customerId, true); !locked)
            return locked;
        Sql q(m_db, QStringLiteral("INSERT INTO vendor_accounts (vendor, account_id, customer_id, label, created_at) "
                                   "VALUES (?, ?, ?, ?, ?)"));
        q.bind(vendorKey(input.vendor))
            .bind(account)
            .bind(input.customerId)
            .bind(nullIfEmpty(input.label.trimmed()))
            .bind(nowUtc());
        if (Status e = q.exec(tr("mapping the account")); !e)
            return e;
        return m_db.audit(QStringLiteral("map_account"), QStringLiteral("customer"), QString::number(input.customerId),
                          vendorKey(input.vendor) + u' ' + account);
    });
}

Status CustomerService::unmapAccount(Vendor vendor, const QString &accountId)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("unmap vendor accounts")); !s)
        return s;
    auto owner = customerForAccount(vendor, accountId);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return fail(tr("The %1 account %2 is not mapped to any customer.").arg(vendorName(vendor), accountId.trimmed()),
                    QStringLiteral("account"));
    return m_db.transaction([&]() -> Status {
        if (Status locked = checkAccountMove(m_db, vendor, normalizeAccountId(accountId), **owner, false); !locked)
            return locked;
        Sql q(m_db, QStringLiteral("DELETE FROM vendor_accounts WHERE vendor = ? AND account_id = ?"));
        q.bind(vendorKey(vendor)).bind(normalizeAccountId(accountId));
        if (Status e = q.exec(tr("unmapping the account")); !e)
            return e;
        return m_db.audit(QStringLiteral("unmap_account"), QStringLiteral("customer"), QString::number(**owner),
                          vendorKey(vendor) + u' ' + accountId.trimmed());
    });
}

} // namespace bursar::core
