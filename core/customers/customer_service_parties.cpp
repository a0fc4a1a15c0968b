// A customer's billing parties: payment methods (masked references only), billing profiles
// and subscriptions (one default per customer).
#include "core/customers/customer_rows.h"
#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

namespace bursar::core {

using namespace customer_rows;

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

Result<qint64> CustomerService::addPaymentMethod(qint64 customerId, PaymentKind kind, const QString &referenceInput,
                                                 const QString &holderName)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("add payment methods")); !s)
        return s.error();
    if (Status s = requireCustomer(customerId); !s)
        return s.error();
    auto masked = maskPaymentReference(kind, referenceInput);
    if (!masked)
        return fail(recordLabel(customerId) + QStringLiteral(": ") + masked.error().message, masked.error().field);
    const QString holder = holderName.simplified();
    if (Status s = checkLength(recordLabel(customerId), tr("the holder name"), holder, 200, QStringLiteral("holder"));
        !s)
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
    Sql q(m_db, QStringLiteral("SELECT ") + customer_rows::BillingProfileColumns +
                    QStringLiteral(" FROM billing_profiles WHERE customer_id = ? ORDER BY id"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading billing profiles")); !s)
        return s.error();
    QList<BillingProfile> list;
    while (q.next())
        list.append(customer_rows::readBillingProfile(q));
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
        return fail(recordLabel(p.customerId) +
                        tr(", new billing profile: the name is empty; type a name such as Head office."),
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
            return fail(
                tr("%1: the payment method does not belong to this customer; choose one of its own.").arg(label),
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
        return fail(recordLabel(sub.customerId) +
                        tr(", new subscription: the name is empty; type the subscription's name."),
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
            return fail(
                tr("%1: the billing profile does not belong to this customer; choose one of its own.").arg(label),
                QStringLiteral("billing_profile"));
    }
    qint64 id = sub.id;
    Status s = m_db.transaction([&]() -> Status {
        if (sub.isDefault) {
            Sql clear(m_db,
                      QStringLiteral("UPDATE subscriptions SET is_default = 0 WHERE customer_id = ? AND id <> ?"));
            clear.bind(sub.customerId).bind(sub.id);
            if (Status e = clear.exec(tr("saving the subscription")); !e)
                return e;
        }
        if (sub.id == 0) {
            Sql q(m_db, QStringLiteral("INSERT INTO subscriptions (customer_id, name, region, state, "
                                       "billing_profile_id, is_default) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
            q.bind(sub.customerId)
                .bind(sub.name)
                .bind(nullIfEmpty(sub.region))
                .bind(nullIfEmpty(sub.state))
                .bind(optionalId(sub.billingProfileId))
                .bind(sub.isDefault ? 1 : 0);
            if (Status e = q.exec(tr("adding the subscription")); !e)
                return e;
            id = q.next() ? q.value(0).toLongLong() : 0;
        } else {
            Sql q(m_db,
                  QStringLiteral("UPDATE subscriptions SET name = ?, region = ?, state = ?, billing_profile_id = ?, "
                                 "is_default = ? WHERE id = ? AND customer_id = ?"));
            q.bind(sub.name)
                .bind(nullIfEmpty(sub.region))
                .bind(nullIfEmpty(sub.state))
                .bind(optionalId(sub.billingProfileId))
                .bind(sub.isDefault ? 1 : 0)
                .bind(sub.id)
                .bind(sub.customerId);
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
