#include "customers/customer_service.h"

#include "billing/statements.h"
#include "usage/usage_importer.h"

#include "money/currency.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace bursar::core {

namespace {


QString recordLabel(qint64 customerId)
{
    return customerId > 0 ? CustomerService::tr("Customer %1").arg(displayCustomerId(customerId)) : CustomerService::tr("New customer");
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Status checkLength(const QString &label, const QString &fieldName, const QString &value, int max,
                   const QString &field)
{
    if (value.size() > max)
        return fail(CustomerService::tr("%1: %2 is %3 characters long; shorten it to at most %4.")
                        .arg(label, fieldName)
                        .arg(value.size())
                        .arg(max),
                    field);
    return success();
}

Status validateContact(const QString &label, const Contact &c)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        return fail(CustomerService::tr("%1: “%2” is not an email address; type it as name@example.com or leave it empty.")
                        .arg(label, c.email),
                    QStringLiteral("email"));
    static const QRegularExpression phone(QStringLiteral("^[0-9+()./ -]*$"));
    if (!phone.match(c.phone).hasMatch())
        return fail(CustomerService::tr("%1: the phone number “%2” may hold digits, spaces and + ( ) - . / only.")
                        .arg(label, c.phone),
                    QStringLiteral("phone"));
    const struct
    {
        const QString &value;
        const char *name;
        const char *field;
    } fields[] = {
        {c.contactName, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the contact name"), "contact_name"},
        {c.email, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the email"), "email"},
        {c.phone, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the phone number"), "phone"},
        {c.addressLine1, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the address"), "address_line1"},
        {c.addressLine2, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the second address line"), "address_line2"},
        {c.city, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the city"), "city"},
        {c.postalCode, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the postal code"), "postal_code"},
        {c.country, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the country"), "country"},
    };
    for (const auto &f : fields)
        if (Status s = checkLength(label, CustomerService::tr(f.name), f.value, 200, QString::fromLatin1(f.field)); !s)
            return s;
    return success();
}

Contact trimmed(Contact c)
{
    for (QString *s : {&c.contactName, &c.email, &c.phone, &c.addressLine1, &c.addressLine2, &c.city,
                       &c.postalCode, &c.country})
        *s = s->trimmed();
    return c;
}

void bindContact(Sql &q, const Contact &c)
{
    q.bind(nullIfEmpty(c.contactName)).bind(nullIfEmpty(c.email)).bind(nullIfEmpty(c.phone))
        .bind(nullIfEmpty(c.addressLine1)).bind(nullIfEmpty(c.addressLine2)).bind(nullIfEmpty(c.city))
        .bind(nullIfEmpty(c.postalCode)).bind(nullIfEmpty(c.country));
}

Contact readContact(const Sql &q, int first)
{
    Contact c;
    c.contactName = q.value(first).toString();
    c.email = q.value(first + 1).toString();
    c.phone = q.value(first + 2).toString();
    c.addressLine1 = q.value(first + 3).toString();
    c.addressLine2 = q.value(first + 4).toString();
    c.city = q.value(first + 5).toString();
    c.postalCode = q.value(first + 6).toString();
    c.country = q.value(first + 7).toString();
    return c;
}

const QString CustomerColumns = QStringLiteral(
    "id, tenant_id, name, contact_name, email, phone, address_line1, address_line2, city, "
    "postal_code, country, region, state, payment_terms_days, row_version, updated_at, updated_by");

Customer readCustomer(const Sql &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.tenantId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.contact = readContact(q, 3);
    c.region = q.value(11).toString();
    c.state = q.value(12).toString();
    c.paymentTermsDays = q.value(13).toInt();
    c.rowVersion = q.value(14).toInt();
    c.updatedAt = q.value(15).toString();
    c.updatedBy = q.value(16).toString();
    return c;
}

Customer normalised(Customer c)
{
    c.name = c.name.simplified();
    c.contact = trimmed(c.contact);
    c.region = c.region.trimmed().toUpper();
    c.state = c.state.trimmed().toUpper();
    return c;
}

} // namespace

QString foldForSearch(const QString &term) { return term.simplified().toCaseFolded(); }

QString customerSearchText(const QString &name, const QString &email, const QString &contactName)
{
    return foldForSearch(name) + u'\x1f' + foldForSearch(email) + u'\x1f' + foldForSearch(contactName);
}

Result<QString> maskPaymentReference(PaymentKind kind, const QString &input)
{
    QString digitsAndLetters;
    for (QChar ch : input)
        if (ch.isLetterOrNumber())
            digitsAndLetters += ch.toUpper();
    if (digitsAndLetters.size() < 4)
        return fail(CustomerService::tr("Type at least the last four characters of the card or account number."),
                    QStringLiteral("reference"));
    if (kind == PaymentKind::Card) {
        for (QChar ch : digitsAndLetters)
            if (!ch.isDigit())
                return fail(CustomerService::tr("A card reference holds digits only, for example 4242 or the full "
                               "number; Bursar keeps only the last four digits."),
                            QStringLiteral("reference"));
    }
    return QString(QStringLiteral("**** ") + digitsAndLetters.right(4));
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
        t.kind = q.value(2).toString() == QLatin1String("distributor") ? TenantKind::Distributor
                                                                        : TenantKind::Partner;
        t.name = q.value(3).toString();
        list.append(t);
    }
    return list;
}

Result<qint64> CustomerService::addTenant(TenantKind kind, std::optional<qint64> parentId,
                                          const QString &name)
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
        return fail(tr("Tenant “%1”: a partner belongs to a distributor or partner; choose its parent.")
                        .arg(n),
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
        return fail(tr("%1: payment terms of %2 days are out of range; use 0 to 365 days.")
                        .arg(label)
                        .arg(c.paymentTermsDays),
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
    Sql q(m_db, QStringLiteral("SELECT ") + CustomerColumns + QStringLiteral(" FROM customers WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(tr("reading a customer")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no customer with ID %1; check the number in the Customers list.")
                        .arg(displayCustomerId(id)),
                    QStringLiteral("customer"));
    return readCustomer(q);
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
        q.bind(nullIfEmpty(c.region)).bind(nullIfEmpty(c.state)).bind(c.paymentTermsDays)
            .bind(customerSearchText(c.name, c.contact.email, c.contact.contactName))
            .bind(now).bind(now).bind(m_db.actor());
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
        q.bind(nullIfEmpty(c.region)).bind(nullIfEmpty(c.state)).bind(c.paymentTermsDays)
            .bind(customerSearchText(c.name, c.contact.email, c.contact.contactName))
            .bind(nowUtc()).bind(m_db.actor()).bind(c.id).bind(c.rowVersion);
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
    Sql q(m_db, QStringLiteral("SELECT ") + CustomerColumns + QStringLiteral(" FROM customers ORDER BY id"));
    if (Status s = q.exec(tr("reading customers")); !s)
        return s.error();
    QList<Customer> list;
    while (q.next())
        list.append(readCustomer(q));
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
    QList<CustomerProvider> list;
    for (Vendor v : AllVendors)
        list.append(CustomerProvider{v, false, QString(), 0, QString()});
    Sql q(m_db, QStringLiteral("SELECT cp.vendor, cp.enabled, cp.currency, cp.pricebook_id, p.name FROM customer_providers cp "
                               "LEFT JOIN pricebooks p ON p.id = cp.pricebook_id WHERE cp.customer_id = ?"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading cloud providers")); !s)
        return s.error();
    while (q.next()) {
        const auto v = vendorFromText(q.value(0).toString());
        if (!v)
            continue;
        CustomerProvider &p = list[static_cast<qsizetype>(*v)];
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
                return fail(tr("%1, %2: the pricebook “%3” prices another vendor's usage; choose a %2 pricebook.")
                                .arg(recordLabel(customerId), vendorName(provider.vendor), book.value(1).toString()),
                            QStringLiteral("pricebook"));
        }
        Sql del(m_db, QStringLiteral("DELETE FROM customer_providers WHERE customer_id = ? AND vendor = ?"));
        del.bind(customerId).bind(vendorKey(provider.vendor));
        if (Status e = del.exec(tr("saving the cloud provider")); !e)
            return e;
        Sql q(m_db, QStringLiteral("INSERT INTO customer_providers (customer_id, vendor, enabled, currency, pricebook_id) "
                                   "VALUES (?, ?, ?, ?, ?)"));
        q.bind(customerId).bind(vendorKey(provider.vendor)).bind(provider.enabled ? 1 : 0).bind(nullIfEmpty(currency))
            .bind(provider.pricebookId ? QVariant(provider.pricebookId) : QVariant(QMetaType(QMetaType::LongLong)));
        if (Status e = q.exec(tr("saving the cloud provider")); !e)
            return e;
        return m_db.audit(QStringLiteral("set_provider"), QStringLiteral("customer"), QString::number(customerId),
                          vendorKey(provider.vendor) + (provider.enabled ? QStringLiteral(" enabled ")
                                                                         : QStringLiteral(" disabled ")) +
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
        const auto v = vendorFromText(q.value(0).toString());
        if (v)
            list.append(VendorAccount{*v, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
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
        return fail(tr("%1: the account ID is %2 characters long; at most 256 are allowed.")
                        .arg(label)
                        .arg(account.size()),
                    QStringLiteral("account"));
    for (QChar ch : account)
        if (ch.isSpace())
            return fail(tr("%1: the account ID “%2” contains a space; vendor account IDs have none.")
                            .arg(label, account),
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
        q.bind(vendorKey(input.vendor)).bind(account).bind(input.customerId)
            .bind(nullIfEmpty(input.label.trimmed())).bind(nowUtc());
        if (Status e = q.exec(tr("mapping the account")); !e)
            return e;
        return m_db.audit(QStringLiteral("map_account"), QStringLiteral("customer"),
                          QString::number(input.customerId), vendorKey(input.vendor) + u' ' + account);
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
        return m_db.audit(QStringLiteral("unmap_account"), QStringLiteral("customer"),
                          QString::number(**owner), vendorKey(vendor) + u' ' + accountId.trimmed());
    });
}

Result<QList<PaymentMethod>> CustomerService::paymentMethods(qint64 customerId)
{
    Sql q(m_db, QStringLiteral("SELECT id, customer_id, kind, masked_reference, holder_name FROM payment_methods "
                               "WHERE customer_id = ? ORDER BY id"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading payment methods")); !s)
        return s.error();
    QList<PaymentMethod> list;
    while (q.next()) {
        PaymentMethod pm;
        pm.id = q.value(0).toLongLong();
        pm.customerId = q.value(1).toLongLong();
        pm.kind = paymentKindFromKey(q.value(2).toString()).value_or(PaymentKind::Other);
        pm.maskedReference = q.value(3).toString();
        pm.holderName = q.value(4).toString();
        list.append(pm);
    }
    return list;
}

Result<qint64> CustomerService::addPaymentMethod(qint64 customerId, PaymentKind kind,
                                                 const QString &referenceInput, const QString &holderName)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("add payment methods")); !s)
        return s.error();
    if (Status s = requireCustomer(customerId); !s)
        return s.error();
    auto masked = maskPaymentReference(kind, referenceInput);
    if (!masked)
        return fail(recordLabel(customerId) + QStringLiteral(": ") + masked.error().message, masked.error().field);
    const QString holder = holderName.simplified();
    if (Status s = checkLength(recordLabel(customerId), tr("the holder name"), holder, 200, QStringLiteral("holder")); !s)
        return s.error();
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("INSERT INTO payment_methods (customer_id, kind, masked_reference, holder_name) "
                                   "VALUES (?, ?, ?, ?) RETURNING id"));
        q.bind(customerId).bind(paymentKindKey(kind)).bind(*masked).bind(nullIfEmpty(holder));
        if (Status e = q.exec(tr("adding the payment method")); !e)
            return e;
        id = q.next() ? q.value(0).toLongLong() : 0;
        return m_db.audit(QStringLiteral("create"), QStringLiteral("payment_method"), QString::number(id),
                          paymentKindKey(kind) + u' ' + *masked);
    });
    if (!s)
        return s.error();
    return id;
}

Status CustomerService::removePaymentMethod(qint64 id)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("remove payment methods")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("DELETE FROM payment_methods WHERE id = ?"));
        q.bind(id);
        if (Status e = q.exec(tr("removing the payment method")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("Payment method %1 no longer exists; reload the customer.").arg(id));
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("payment_method"), QString::number(id));
    });
}

Result<QList<BillingProfile>> CustomerService::billingProfiles(qint64 customerId)
{
    Sql q(m_db, QStringLiteral("SELECT id, customer_id, name, contact_name, email, phone, address_line1, "
                               "address_line2, city, postal_code, country, payment_method_id "
                               "FROM billing_profiles WHERE customer_id = ? ORDER BY id"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading billing profiles")); !s)
        return s.error();
    QList<BillingProfile> list;
    while (q.next()) {
        BillingProfile p;
        p.id = q.value(0).toLongLong();
        p.customerId = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        p.contact = readContact(q, 3);
        p.paymentMethodId = toOptionalId(q.value(11));
        list.append(p);
    }
    return list;
}

Result<qint64> CustomerService::saveBillingProfile(const BillingProfile &input)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("change billing profiles")); !s)
        return s.error();
    BillingProfile p = input;
    p.name = p.name.simplified();
    p.contact = trimmed(p.contact);
    const QString label = recordLabel(p.customerId) + tr(", billing profile “%1”").arg(p.name);
    if (p.name.isEmpty())
        return fail(recordLabel(p.customerId) + tr(", new billing profile: the name is empty; type a name such as Head office."),
                    QStringLiteral("name"));
    if (Status s = requireCustomer(p.customerId); !s)
        return s.error();
    if (Status s = validateContact(label, p.contact); !s)
        return s.error();
    if (p.paymentMethodId) {
        auto methods = paymentMethods(p.customerId);
        if (!methods)
            return methods.error();
        const bool own = std::any_of(methods->cbegin(), methods->cend(),
                                     [&](const PaymentMethod &m) { return m.id == *p.paymentMethodId; });
        if (!own)
            return fail(tr("%1: the payment method does not belong to this customer; choose one of its own.")
                            .arg(label),
                        QStringLiteral("payment_method"));
    }
    qint64 id = p.id;
    Status s = m_db.transaction([&]() -> Status {
        if (p.id == 0) {
            Sql q(m_db, QStringLiteral("INSERT INTO billing_profiles (customer_id, name, contact_name, email, phone, "
                                       "address_line1, address_line2, city, postal_code, country, payment_method_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            q.bind(p.customerId).bind(p.name);
            bindContact(q, p.contact);
            q.bind(optionalId(p.paymentMethodId));
            if (Status e = q.exec(tr("adding the billing profile")); !e)
                return e;
            id = q.next() ? q.value(0).toLongLong() : 0;
        } else {
            Sql q(m_db, QStringLiteral("UPDATE billing_profiles SET name = ?, contact_name = ?, email = ?, phone = ?, "
                                       "address_line1 = ?, address_line2 = ?, city = ?, postal_code = ?, country = ?, "
                                       "payment_method_id = ? WHERE id = ? AND customer_id = ?"));
            q.bind(p.name);
            bindContact(q, p.contact);
            q.bind(optionalId(p.paymentMethodId)).bind(p.id).bind(p.customerId);
            if (Status e = q.exec(tr("saving the billing profile")); !e)
                return e;
            if (q.rowsAffected() != 1)
                return fail(tr("%1 no longer exists; reload the customer.").arg(label));
        }
        return m_db.audit(p.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                          QStringLiteral("billing_profile"), QString::number(id), p.name);
    });
    if (!s)
        return s.error();
    return id;
}

Status CustomerService::removeBillingProfile(qint64 id)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("remove billing profiles")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("DELETE FROM billing_profiles WHERE id = ?"));
        q.bind(id);
        if (Status e = q.exec(tr("removing the billing profile")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("Billing profile %1 no longer exists; reload the customer.").arg(id));
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("billing_profile"), QString::number(id));
    });
}

Result<QList<Subscription>> CustomerService::subscriptions(qint64 customerId)
{
    Sql q(m_db, QStringLiteral("SELECT id, customer_id, name, region, state, billing_profile_id, is_default "
                               "FROM subscriptions WHERE customer_id = ? ORDER BY id"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading subscriptions")); !s)
        return s.error();
    QList<Subscription> list;
    while (q.next()) {
        Subscription sub;
        sub.id = q.value(0).toLongLong();
        sub.customerId = q.value(1).toLongLong();
        sub.name = q.value(2).toString();
        sub.region = q.value(3).toString();
        sub.state = q.value(4).toString();
        sub.billingProfileId = toOptionalId(q.value(5));
        sub.isDefault = q.value(6).toInt() != 0;
        list.append(sub);
    }
    return list;
}

Result<qint64> CustomerService::saveSubscription(const Subscription &input)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("change subscriptions")); !s)
        return s.error();
    Subscription sub = input;
    sub.name = sub.name.simplified();
    sub.region = sub.region.trimmed().toUpper();
    sub.state = sub.state.trimmed().toUpper();
    const QString label = recordLabel(sub.customerId) + tr(", subscription “%1”").arg(sub.name);
    if (sub.name.isEmpty())
        return fail(recordLabel(sub.customerId) + tr(", new subscription: the name is empty; type the subscription's name."),
                    QStringLiteral("name"));
    if (Status s = checkLength(label, tr("the name"), sub.name, 200, QStringLiteral("name")); !s)
        return s.error();
    if (Status s = checkLength(label, tr("the region"), sub.region, 64, QStringLiteral("region")); !s)
        return s.error();
    if (Status s = checkLength(label, tr("the state or province"), sub.state, 64, QStringLiteral("state")); !s)
        return s.error();
    if (Status s = requireCustomer(sub.customerId); !s)
        return s.error();
    if (sub.billingProfileId) {
        auto profiles = billingProfiles(sub.customerId);
        if (!profiles)
            return profiles.error();
        const bool own = std::any_of(profiles->cbegin(), profiles->cend(),
                                     [&](const BillingProfile &p) { return p.id == *sub.billingProfileId; });
        if (!own)
            return fail(tr("%1: the billing profile does not belong to this customer; choose one of its own.")
                            .arg(label),
                        QStringLiteral("billing_profile"));
    }
    qint64 id = sub.id;
    Status s = m_db.transaction([&]() -> Status {
        if (sub.isDefault) {
            Sql clear(m_db, QStringLiteral("UPDATE subscriptions SET is_default = 0 WHERE customer_id = ? AND id <> ?"));
            clear.bind(sub.customerId).bind(sub.id);
            if (Status e = clear.exec(tr("saving the subscription")); !e)
                return e;
        }
        if (sub.id == 0) {
            Sql q(m_db, QStringLiteral("INSERT INTO subscriptions (customer_id, name, region, state, "
                                       "billing_profile_id, is_default) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
            q.bind(sub.customerId).bind(sub.name).bind(nullIfEmpty(sub.region)).bind(nullIfEmpty(sub.state))
                .bind(optionalId(sub.billingProfileId)).bind(sub.isDefault ? 1 : 0);
            if (Status e = q.exec(tr("adding the subscription")); !e)
                return e;
            id = q.next() ? q.value(0).toLongLong() : 0;
        } else {
            Sql q(m_db, QStringLiteral("UPDATE subscriptions SET name = ?, region = ?, state = ?, billing_profile_id = ?, "
                                       "is_default = ? WHERE id = ? AND customer_id = ?"));
            q.bind(sub.name).bind(nullIfEmpty(sub.region)).bind(nullIfEmpty(sub.state))
                .bind(optionalId(sub.billingProfileId)).bind(sub.isDefault ? 1 : 0).bind(sub.id).bind(sub.customerId);
            if (Status e = q.exec(tr("saving the subscription")); !e)
                return e;
            if (q.rowsAffected() != 1)
                return fail(tr("%1 no longer exists; reload the customer.").arg(label));
        }
        return m_db.audit(sub.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                          QStringLiteral("subscription"), QString::number(id), sub.name);
    });
    if (!s)
        return s.error();
    return id;
}

Status CustomerService::removeSubscription(qint64 id)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("remove subscriptions")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"));
        q.bind(id);
        if (Status e = q.exec(tr("removing the subscription")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("Subscription %1 no longer exists; reload the customer.").arg(id));
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("subscription"), QString::number(id));
    });
}

} // namespace bursar::core
