#include "core/settings/account_info_service.h"

#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/database_files.h"
#include "core/storage/internal/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace bursar::core {

namespace {
constexpr qint64 MaxLogoBytes = 2 * 1024 * 1024;

QString sniffImage(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    const QByteArray head = bytes.left(512);
    if (head.contains("<svg"))
        return QStringLiteral("image/svg+xml");
    return {};
}
} // namespace

Result<AccountInfo> AccountInfoService::load()
{
    Sql q(m_db, QStringLiteral("SELECT company_name, contact_name, email, phone, address_line1, address_line2, city, "
                               "postal_code, country, default_currency, logo, logo_mime, row_version "
                               "FROM account_info WHERE id = 1"));
    if (Status s = q.exec(tr("reading the account information")); !s)
        return s.error();
    AccountInfo info;
    if (!q.next())
        return info;
    info.companyName = q.value(0).toString();
    info.contact.contactName = q.value(1).toString();
    info.contact.email = q.value(2).toString();
    info.contact.phone = q.value(3).toString();
    info.contact.addressLine1 = q.value(4).toString();
    info.contact.addressLine2 = q.value(5).toString();
    info.contact.city = q.value(6).toString();
    info.contact.postalCode = q.value(7).toString();
    info.contact.country = q.value(8).toString();
    info.defaultCurrency = q.value(9).toString();
    info.logo = q.value(10).toByteArray();
    info.logoMime = q.value(11).toString();
    info.rowVersion = q.value(12).toInt();
    return info;
}

Status AccountInfoService::save(const AccountInfo &input)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the Account Information")); !s)
        return s;
    AccountInfo info = input;
    info.companyName = info.companyName.simplified();
    const QString label = tr("Account Information");
    if (info.companyName.isEmpty())
        return fail(tr("%1: the company name is empty; type your company's name as it should appear on "
                       "statements.")
                        .arg(label),
                    QStringLiteral("company_name"));
    if (info.companyName.size() > 200)
        return fail(tr("%1: the company name is longer than 200 characters; shorten it.").arg(label),
                    QStringLiteral("company_name"));
    if (!info.contact.email.isEmpty() && !info.contact.email.contains(u'@'))
        return fail(tr("%1: “%2” is not an email address; type it as name@example.com or leave it empty.")
                        .arg(label, info.contact.email),
                    QStringLiteral("email"));
    auto currency = Currencies::require(info.defaultCurrency, QStringLiteral("default_currency"));
    if (!currency)
        return fail(label + QStringLiteral(": ") + currency.error().message, QStringLiteral("default_currency"));
    info.defaultCurrency = currency->code;
    if (!info.logo.isEmpty() && sniffImage(info.logo).isEmpty())
        return fail(tr("%1: the logo is not a PNG, JPEG or SVG image; choose another file.").arg(label),
                    QStringLiteral("logo"));

    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE account_info SET company_name = ?, contact_name = ?, email = ?, phone = ?, "
                                   "address_line1 = ?, address_line2 = ?, city = ?, postal_code = ?, country = ?, "
                                   "default_currency = ?, logo = ?, logo_mime = ?, row_version = row_version + 1 "
                                   "WHERE id = 1 AND row_version = ?"));
        const Contact &c = info.contact;
        q.bind(info.companyName)
            .bind(nullIfEmpty(c.contactName.trimmed()))
            .bind(nullIfEmpty(c.email.trimmed()))
            .bind(nullIfEmpty(c.phone.trimmed()))
            .bind(nullIfEmpty(c.addressLine1.trimmed()))
            .bind(nullIfEmpty(c.addressLine2.trimmed()))
            .bind(nullIfEmpty(c.city.trimmed()))
            .bind(nullIfEmpty(c.postalCode.trimmed()))
            .bind(nullIfEmpty(c.country.trimmed()))
            .bind(info.defaultCurrency)
            .bind(info.logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(info.logo))
            .bind(nullIfEmpty(info.logo.isEmpty() ? QString() : sniffImage(info.logo)))
            .bind(info.rowVersion);
        if (Status e = q.exec(tr("saving the account information")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("%1 was changed by someone else after you opened it; reload it and make your "
                           "change again.")
                            .arg(label));
        return m_db.audit(QStringLiteral("update"), QStringLiteral("account_info"), QStringLiteral("1"),
                          info.companyName);
    });
}

Result<AccountInfo> AccountInfoService::withLogoFromFile(AccountInfo info, const QString &path)
{
    if (Status s = refuseDatabaseFile(path, tr("use it as the logo")); !s)
        return fail(s.message(), QStringLiteral("logo"));
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the logo “%1”: %2.").arg(name, file.errorString()), QStringLiteral("logo"));
    if (file.size() > MaxLogoBytes)
        return fail(tr("The logo “%1” is larger than 2 MB; choose a smaller image.").arg(name), QStringLiteral("logo"));
    const QByteArray bytes = file.readAll();
    const QString mime = sniffImage(bytes);
    if (mime.isEmpty())
        return fail(tr("The logo “%1” is not a PNG, JPEG or SVG image; choose another file.").arg(name),
                    QStringLiteral("logo"));
    info.logo = bytes;
    info.logoMime = mime;
    return info;
}

} // namespace bursar::core
