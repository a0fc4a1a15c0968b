#include "core/einvoice/einvoice_service.h"

#include "core/billing/rate_tables.h"
#include "core/customers/customer.h"
#include "core/money/currency.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace bursar::core {

namespace {

QString placeholders(qsizetype n)
{
    QStringList q(n, QStringLiteral("?"));
    return q.join(u',');
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// Empty text as '' rather than NULL: the columns are NOT NULL with '' for "not set".
QString notNull(const QString &t)
{
    return t.isNull() ? QStringLiteral("") : t;
}

Decimal decimalOf(const QString &t)
{
    auto d = Decimal::parse(t);
    return d ? *d : Decimal();
}

} // namespace

QJsonObject einvoiceJson(const EInvoiceSeller &s)
{
    return {{QStringLiteral("legal_name"), s.legalName},
            {QStringLiteral("vat_id"), s.vatId},
            {QStringLiteral("company_id"), s.companyId},
            {QStringLiteral("endpoint_id"), s.endpointId},
            {QStringLiteral("endpoint_scheme"), s.endpointScheme},
            {QStringLiteral("iban"), s.iban},
            {QStringLiteral("bic"), s.bic},
            {QStringLiteral("vat_currency"), s.vatCurrency}};
}

QJsonObject einvoiceJson(const EInvoiceCustomer &c)
{
    return {{QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("receives"), c.receives},
            {QStringLiteral("vat_id"), c.vatId},
            {QStringLiteral("endpoint_id"), c.endpointId},
            {QStringLiteral("endpoint_scheme"), c.endpointScheme},
            {QStringLiteral("buyer_reference"), c.buyerReference},
            {QStringLiteral("tax_category"), c.taxCategory},
            {QStringLiteral("exemption_reason"), c.exemptionReason}};
}

QString EInvoices::partiesText(const EInvoiceParties &p)
{
    QJsonObject o{{QStringLiteral("seller"), einvoiceJson(p.seller)},
                  {QStringLiteral("buyer"), einvoiceJson(p.buyer)},
                  {QStringLiteral("prepaid"), p.prepaid.toString()}};
    if (p.taxCurrencyRate) {
        o[QStringLiteral("tax_currency_rate")] = p.taxCurrencyRate->toString();
        o[QStringLiteral("tax_currency_rate_date")] = p.taxCurrencyRateDate.toString(Qt::ISODate);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

EInvoiceParties EInvoices::partiesFrom(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject s = o.value(QLatin1String("seller")).toObject();
    const QJsonObject b = o.value(QLatin1String("buyer")).toObject();
    EInvoiceParties p;
    p.seller = {text(s, "legal_name"),  text(s, "vat_id"),          text(s, "company_id"),
                text(s, "endpoint_id"), text(s, "endpoint_scheme"), text(s, "iban"),
                text(s, "bic"),         text(s, "vat_currency"),    0};
    p.buyer.customerId = b.value(QLatin1String("customer_id")).toInteger();
    p.buyer.receives = b.value(QLatin1String("receives")).toBool();
    p.buyer.vatId = text(b, "vat_id");
    p.buyer.endpointId = text(b, "endpoint_id");
    p.buyer.endpointScheme = text(b, "endpoint_scheme");
    p.buyer.buyerReference = text(b, "buyer_reference");
    p.buyer.taxCategory = text(b, "tax_category");
    p.buyer.exemptionReason = text(b, "exemption_reason");
    p.prepaid = decimalOf(text(o, "prepaid"));
    if (o.contains(QLatin1String("tax_currency_rate"))) {
        p.taxCurrencyRate = decimalOf(text(o, "tax_currency_rate"));
        p.taxCurrencyRateDate = QDate::fromString(text(o, "tax_currency_rate_date"), Qt::ISODate);
    }
    p.kept = true;
    return p;
}

Status EInvoices::check(const EInvoiceSeller &s)
{
    const QString label = tr("Account Information > E-invoicing");
    if (!s.vatId.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$")).match(s.vatId).hasMatch())
        return fail(tr("%1: the VAT ID “%2” must start with the country code and hold no spaces (DE123456789).")
                        .arg(label, s.vatId),
                    QStringLiteral("vat_id"));
    if (!s.endpointId.isEmpty() && !peppolEndpointSchemes().contains(s.endpointScheme))
        return fail(tr("%1: the electronic address needs its scheme, a Peppol EAS code such as 0088 (GLN), 0208 "
                       "(Belgian company number) or 9930 (German VAT ID); “%2” is not one.")
                        .arg(label, s.endpointScheme),
                    QStringLiteral("endpoint_scheme"));
    if (!s.iban.isEmpty() && !isValidIban(s.iban))
        return fail(tr("%1: “%2” is not an IBAN; its check digits do not match. Type it as your bank prints it.")
                        .arg(label, s.iban),
                    QStringLiteral("iban"));
    if (!s.bic.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")).match(s.bic).hasMatch())
        return fail(tr("%1: “%2” is not a BIC; it has 8 or 11 letters and digits (DEUTDEFF).").arg(label, s.bic),
                    QStringLiteral("bic"));
    if (!s.vatCurrency.isEmpty() && !Currencies::find(s.vatCurrency))
        return fail(tr("%1: “%2” is not an ISO 4217 currency code.").arg(label, s.vatCurrency),
                    QStringLiteral("vat_currency"));
    return success();
}

Status EInvoices::check(const EInvoiceCustomer &c)
{
    const QString label = tr("Customer %1 > E-invoicing").arg(displayCustomerId(c.customerId));
    if (!c.vatId.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$")).match(c.vatId).hasMatch())
        return fail(tr("%1: the VAT ID “%2” must start with the country code and hold no spaces (FR12345678901).")
                        .arg(label, c.vatId),
                    QStringLiteral("vat_id"));
    if (!c.endpointId.isEmpty() && !peppolEndpointSchemes().contains(c.endpointScheme))
        return fail(tr("%1: the electronic address needs its scheme, a Peppol EAS code such as 0088 (GLN), 0208 "
                       "(Belgian company number) or 9930 (German VAT ID); “%2” is not one.")
                        .arg(label, c.endpointScheme),
                    QStringLiteral("endpoint_scheme"));
    if (!c.taxCategory.isEmpty() && !einvoiceTaxCategories().contains(c.taxCategory))
        return fail(tr("%1: “%2” is not a VAT category Bursar writes; use %3, or leave it empty to decide by region.")
                        .arg(label, c.taxCategory, einvoiceTaxCategories().join(QStringLiteral(", "))),
                    QStringLiteral("tax_category"));
    if (c.taxCategory == QLatin1String("E") && c.exemptionReason.trimmed().isEmpty())
        return fail(tr("%1: exempt (E) needs the reason for the exemption (BR-E-10), for example “Exempt under "
                       "Article 132 of Directive 2006/112/EC”.")
                        .arg(label),
                    QStringLiteral("exemption_reason"));
    if (c.receives && c.endpointId.trimmed().isEmpty())
        return fail(tr("%1: a customer who receives e-invoices needs its electronic address (Peppol ID) and scheme.")
                        .arg(label),
                    QStringLiteral("endpoint_id"));
    return success();
}

Result<EInvoiceSeller> EInvoices::seller()
{
    Sql q(m_db, QStringLiteral("SELECT legal_name, vat_id, company_id, endpoint_id, endpoint_scheme, iban, bic, "
                               "vat_currency, row_version FROM einvoice_seller WHERE id = 1"));
    if (Status s = q.exec(tr("reading the e-invoicing settings")); !s)
        return s.error();
    EInvoiceSeller s;
    if (q.next())
        s = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
             q.value(6).toString(), q.value(7).toString(), q.value(8).toInt()};
    return s;
}

Status EInvoices::saveSeller(const EInvoiceSeller &input)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the e-invoicing settings")); !s)
        return s;
    EInvoiceSeller s = input;
    for (QString *f : {&s.legalName, &s.vatId, &s.companyId, &s.endpointId, &s.endpointScheme, &s.bic, &s.vatCurrency})
        *f = f->trimmed();
    s.vatId = s.vatId.toUpper().remove(u' ');
    s.iban = s.iban.toUpper().remove(u' ');
    s.bic = s.bic.toUpper();
    s.vatCurrency = s.vatCurrency.toUpper();
    if (Status c = check(s); !c)
        return c;
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE einvoice_seller SET legal_name = ?, vat_id = ?, company_id = ?, "
                                   "endpoint_id = ?, endpoint_scheme = ?, iban = ?, bic = ?, vat_currency = ?, "
                                   "row_version = row_version + 1, updated_at = ?, updated_by = ? "
                                   "WHERE id = 1 AND row_version = ?"));
        for (const QString *f :
             {&s.legalName, &s.vatId, &s.companyId, &s.endpointId, &s.endpointScheme, &s.iban, &s.bic, &s.vatCurrency})
            q.bind(notNull(*f));
        q.bind(nowUtc()).bind(m_db.actor()).bind(s.rowVersion);
        if (Status e = q.exec(tr("saving the e-invoicing settings")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("The e-invoicing settings were changed by someone else after you opened them; reload "
                           "them and make your change again."));
        return m_db.audit(QStringLiteral("update"), QStringLiteral("einvoice_seller"), QStringLiteral("1"),
                          QString::fromUtf8(QJsonDocument(einvoiceJson(s)).toJson(QJsonDocument::Compact)));
    });
}

Result<QHash<qint64, EInvoiceCustomer>> EInvoices::customers(const QList<qint64> &ids)
{
    QHash<qint64, EInvoiceCustomer> out;
    if (ids.isEmpty())
        return out;
    Sql q(m_db, QStringLiteral("SELECT customer_id, receives, vat_id, endpoint_id, endpoint_scheme, buyer_reference, "
                               "tax_category, exemption_reason, row_version FROM customer_einvoice "
                               "WHERE customer_id IN (%1)")
                    .arg(placeholders(ids.size())));
    for (qint64 id : ids)
        q.bind(id);
    if (Status s = q.exec(tr("reading the customers' e-invoicing settings")); !s)
        return s.error();
    while (q.next()) {
        EInvoiceCustomer c{q.value(0).toLongLong(), q.value(1).toInt() == 1, q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                           q.value(6).toString(),   q.value(7).toString(),   q.value(8).toInt()};
        out.insert(c.customerId, c);
    }
    return out;
}

Result<EInvoiceCustomer> EInvoices::customer(qint64 customerId)
{
    auto all = customers({customerId});
    if (!all)
        return all.error();
    EInvoiceCustomer c = all->value(customerId);
    c.customerId = customerId;
    return c;
}

Status EInvoices::saveCustomer(const EInvoiceCustomer &input)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("change customers")); !s)
        return s;
    EInvoiceCustomer c = input;
    for (QString *f :
         {&c.vatId, &c.endpointId, &c.endpointScheme, &c.buyerReference, &c.taxCategory, &c.exemptionReason})
        *f = f->trimmed();
    c.vatId = c.vatId.toUpper().remove(u' ');
    c.taxCategory = c.taxCategory.toUpper();
    if (Status s = check(c); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql exists(m_db, QStringLiteral("SELECT row_version FROM customer_einvoice WHERE customer_id = ?"));
        exists.bind(c.customerId);
        if (Status e = exists.exec(tr("reading the customer's e-invoicing settings")); !e)
            return e;
        const bool update = exists.next();
        if (update && exists.value(0).toInt() != c.rowVersion)
            return fail(tr("Customer %1's e-invoicing settings were changed by someone else after you opened them; "
                           "reload them and make your change again.")
                            .arg(displayCustomerId(c.customerId)));
        Sql q(m_db, update
                        ? QStringLiteral("UPDATE customer_einvoice SET receives = ?, vat_id = ?, endpoint_id = ?, "
                                         "endpoint_scheme = ?, buyer_reference = ?, tax_category = ?, "
                                         "exemption_reason = ?, updated_at = ?, updated_by = ?, "
                                         "row_version = row_version + 1 WHERE customer_id = ?")
                        : QStringLiteral("INSERT INTO customer_einvoice (receives, vat_id, endpoint_id, "
                                         "endpoint_scheme, buyer_reference, tax_category, exemption_reason, "
                                         "updated_at, updated_by, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(c.receives ? 1 : 0);
        for (const QString *f :
             {&c.vatId, &c.endpointId, &c.endpointScheme, &c.buyerReference, &c.taxCategory, &c.exemptionReason})
            q.bind(notNull(*f));
        q.bind(nowUtc()).bind(m_db.actor()).bind(c.customerId);
        if (Status e = q.exec(tr("saving the customer's e-invoicing settings")); !e)
            return e;
        if (q.rowsAffected() != 1)
            return fail(tr("There is no customer %1.").arg(displayCustomerId(c.customerId)));
        return m_db.audit(QStringLiteral("update"), QStringLiteral("customer_einvoice"), QString::number(c.customerId),
                          QString::fromUtf8(QJsonDocument(einvoiceJson(c)).toJson(QJsonDocument::Compact)));
    });
}

Result<QHash<qint64, EInvoiceParties>> EInvoices::kept(const QString &documentKind, const QList<qint64> &ids)
{
    QHash<qint64, EInvoiceParties> out;
    if (ids.isEmpty())
        return out;
    // The first export of each document is the one later exports are written from.
    Sql q(m_db, QStringLiteral("SELECT document_id, parties FROM einvoice_exports WHERE document_kind = ? AND "
                               "document_id IN (%1) ORDER BY document_id, id")
                    .arg(placeholders(ids.size())));
    q.bind(documentKind);
    for (qint64 id : ids)
        q.bind(id);
    if (Status s = q.exec(tr("reading the e-invoices written")); !s)
        return s.error();
    while (q.next())
        if (!out.contains(q.value(0).toLongLong()))
            out.insert(q.value(0).toLongLong(), partiesFrom(q.value(1).toString()));
    return out;
}

Status EInvoices::addTaxCurrencyRate(EInvoiceParties &p, const QString &currency, QDate on)
{
    const QString vat = p.seller.vatCurrency;
    if (vat.isEmpty() || vat == currency)
        return success();
    auto rate = ExchangeRates(m_db).rateOn(currency, vat, on);
    if (!rate)
        return rate.error();
    if (*rate) {
        p.taxCurrencyRate = (*rate)->rate;
        p.taxCurrencyRateDate = (*rate)->date;
    }
    return success();
}

Result<QHash<qint64, EInvoiceParties>> EInvoices::forStatements(const QList<Statement> &statements)
{
    QList<qint64> ids, customerIds;
    for (const Statement &s : statements) {
        ids << s.id;
        customerIds << s.customerId;
    }
    auto earlier = kept(QStringLiteral("statement"), ids);
    if (!earlier)
        return earlier.error();
    QHash<qint64, EInvoiceParties> out = *earlier;
    auto ours = seller();
    if (!ours)
        return ours.error();
    auto theirs = customers(customerIds);
    if (!theirs)
        return theirs.error();
    for (const Statement &s : statements) {
        if (out.contains(s.id))
            continue;
        EInvoiceParties p;
        p.seller = *ours;
        p.buyer = theirs->value(s.customerId);
        p.buyer.customerId = s.customerId;
        p.prepaid = std::max(Decimal(), s.total - s.balance);
        if (Status r = addTaxCurrencyRate(p, s.currency, s.issueDate); !r)
            return r.error();
        out.insert(s.id, p);
    }
    return out;
}

QString EInvoices::documentKind(const ArDocument &memo)
{
    return arKindKey(memo.kind);
}

Result<EInvoiceParties> EInvoices::forMemo(const ArDocument &memo)
{
    auto out = kept(documentKind(memo), {memo.id});
    if (!out)
        return out.error();
    if (out->contains(memo.id))
        return out->value(memo.id);
    EInvoiceParties p;
    auto ours = seller();
    if (!ours)
        return ours.error();
    auto theirs = customer(memo.customerId);
    if (!theirs)
        return theirs.error();
    p.seller = *ours;
    p.buyer = *theirs;
    if (memo.kind == ArKind::DebitMemo)
        p.prepaid = memo.applied;
    if (Status r = addTaxCurrencyRate(p, memo.currency, memo.date); !r)
        return r.error();
    return p;
}

Status EInvoices::record(const QList<EInvoiceExport> &exports)
{
    if (exports.isEmpty())
        return success();
    return m_db.transaction([&]() -> Status {
        const QString now = nowUtc();
        for (const EInvoiceExport &e : exports) {
            Sql q(m_db, QStringLiteral("INSERT INTO einvoice_exports (document_kind, document_id, parties, sha256, "
                                       "file_name, exported_at, exported_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.bind(e.documentKind).bind(e.documentId).bind(partiesText(e.parties)).bind(e.sha256);
            q.bind(e.fileName).bind(now).bind(m_db.actor());
            if (Status s = q.exec(tr("keeping the e-invoice written")); !s)
                return s;
        }
        return success();
    });
}

Result<QList<EInvoiceExport>> EInvoices::exports(const QString &documentKind, qint64 documentId)
{
    Sql q(m_db, QStringLiteral("SELECT parties, sha256, file_name, exported_at, exported_by FROM einvoice_exports "
                               "WHERE document_kind = ? AND document_id = ? ORDER BY id"));
    q.bind(documentKind).bind(documentId);
    if (Status s = q.exec(tr("reading the e-invoices written")); !s)
        return s.error();
    QList<EInvoiceExport> out;
    while (q.next())
        out.append({documentKind, documentId, partiesFrom(q.value(0).toString()), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    return out;
}

Status recordExport(Database &db, const DocumentFormat &format, const QString &documentKind, qint64 documentId,
                    const EInvoiceParties &parties, const QByteArray &bytes, const QString &fileName)
{
    if (!format.keepsExports)
        return success();
    EInvoiceExport e{documentKind,
                     documentId,
                     parties,
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     fileName,
                     {},
                     {}};
    return EInvoices(db).record({e});
}

} // namespace bursar::core
