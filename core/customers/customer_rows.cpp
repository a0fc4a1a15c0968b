#include "core/customers/customer_rows.h"

#include "core/customers/customer_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QRegularExpression>

namespace bursar::core::customer_rows {

Status checkLength(const QString &label, const QString &fieldName, const QString &value, int max, const QString &field)
{
    if (value.size() > max)
        return fail(CustomerService::tr("%1: %2 is %3 characters long; shorten it to at most %4.")
                        .arg(label, fieldName)
                        .arg(value.size())
                        .arg(max),
                    field);
    return success();
}

QString recordLabel(qint64 customerId)
{
    return customerId > 0 ? CustomerService::tr("Customer %1").arg(displayCustomerId(customerId))
                          : CustomerService::tr("New customer");
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

Status validateContact(const QString &label, const Contact &c)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        return fail(
            CustomerService::tr("%1: “%2” is not an email address; type it as name@example.com or leave it empty.")
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
        {c.addressLine2, QT_TRANSLATE_NOOP("bursar::core::CustomerService", "the second address line"),
         "address_line2"},
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
    for (QString *s :
         {&c.contactName, &c.email, &c.phone, &c.addressLine1, &c.addressLine2, &c.city, &c.postalCode, &c.country})
        *s = s->trimmed();
    return c;
}

void bindContact(Sql &q, const Contact &c)
{
    q.bind(nullIfEmpty(c.contactName))
        .bind(nullIfEmpty(c.email))
        .bind(nullIfEmpty(c.phone))
        .bind(nullIfEmpty(c.addressLine1))
        .bind(nullIfEmpty(c.addressLine2))
        .bind(nullIfEmpty(c.city))
        .bind(nullIfEmpty(c.postalCode))
        .bind(nullIfEmpty(c.country));
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

const QString CustomerColumns =
    QStringLiteral("id, tenant_id, name, contact_name, email, phone, address_line1, address_line2, city, "
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

const QString BillingProfileColumns =
    QStringLiteral("id, customer_id, name, contact_name, email, phone, address_line1, "
                   "address_line2, city, postal_code, country, payment_method_id");

BillingProfile readBillingProfile(const Sql &q)
{
    BillingProfile p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.contact = readContact(q, 3);
    p.paymentMethodId = toOptionalId(q.value(11));
    return p;
}

} // namespace bursar::core::customer_rows
