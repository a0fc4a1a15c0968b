// Writes a checked e-invoice as UBL 2.1 XML, element by element in the order the OASIS
// schemas require, with the identifiers Peppol BIS Billing 3.0 requires.

#include "core/einvoice/ubl_model.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace bursar::core::ubl {

namespace {

constexpr auto Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
constexpr auto Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

class Xml
{
public:
    Xml(QXmlStreamWriter &w, const Document &doc) : m_w(w), m_doc(doc) {}

    void cbc(const char *name, const QString &text)
    {
        if (!text.isEmpty())
            m_w.writeTextElement(QLatin1String(Cbc), QLatin1String(name), xmlSafe(text));
    }
    void cbc(const char *name, const QString &text, const char *attribute, const QString &value)
    {
        m_w.writeStartElement(QLatin1String(Cbc), QLatin1String(name));
        m_w.writeAttribute(QLatin1String(attribute), value);
        m_w.writeCharacters(xmlSafe(text));
        m_w.writeEndElement();
    }
    void date(const char *name, QDate d)
    {
        if (d.isValid())
            cbc(name, d.toString(Qt::ISODate));
    }
    void amount(const char *name, Decimal value, const QString &currency = {})
    {
        cbc(name, value.rounded(m_doc.places, Rounding::HalfUp).toString(m_doc.places), "currencyID",
            currency.isEmpty() ? m_doc.currency : currency);
    }
    void open(const char *name) { m_w.writeStartElement(QLatin1String(Cac), QLatin1String(name)); }
    void close() { m_w.writeEndElement(); }

    void country(const QString &code)
    {
        open("Country");
        cbc("IdentificationCode", code);
        close();
    }
    void taxScheme()
    {
        open("TaxScheme");
        cbc("ID", QStringLiteral("VAT"));
        close();
    }
    void category(const char *element, const QString &id, Decimal rate, const Tax *reason = nullptr)
    {
        open(element);
        cbc("ID", id);
        if (id != QLatin1String("O"))
            cbc("Percent", rate.toString());
        if (reason) {
            cbc("TaxExemptionReasonCode", reason->reasonCode);
            cbc("TaxExemptionReason", reason->reason);
        }
        taxScheme();
        close();
    }

    void party(const char *role, const Party &p, bool outsideVat)
    {
        open(role);
        open("Party");
        cbc("EndpointID", p.endpointId, "schemeID", p.endpointScheme);
        open("PartyName");
        cbc("Name", p.name);
        close();
        open("PostalAddress");
        cbc("StreetName", p.street);
        cbc("AdditionalStreetName", p.street2);
        cbc("CityName", p.city);
        cbc("PostalZone", p.postalZone);
        country(p.countryCode);
        close();
        if (!p.vatId.isEmpty() && !outsideVat) {
            open("PartyTaxScheme");
            cbc("CompanyID", p.vatId);
            taxScheme();
            close();
        }
        open("PartyLegalEntity");
        cbc("RegistrationName", p.legalName);
        cbc("CompanyID", p.companyId);
        close();
        if (!p.contactName.isEmpty() || !p.phone.isEmpty() || !p.email.isEmpty()) {
            open("Contact");
            cbc("Name", p.contactName);
            cbc("Telephone", p.phone);
            cbc("ElectronicMail", p.email);
            close();
        }
        close();
        close();
    }

    void header()
    {
        cbc("CustomizationID",
            QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
        cbc("ProfileID", QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"));
        cbc("ID", m_doc.number);
        date("IssueDate", m_doc.issueDate);
        if (!m_doc.creditNote)
            date("DueDate", m_doc.dueDate);
        cbc(m_doc.creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode", m_doc.typeCode);
        cbc("Note", m_doc.note);
        cbc("DocumentCurrencyCode", m_doc.currency);
        cbc("TaxCurrencyCode", m_doc.taxCurrency);
        cbc("BuyerReference", m_doc.buyerReference);
        if (m_doc.periodStart.isValid()) {
            open("InvoicePeriod");
            date("StartDate", m_doc.periodStart);
            date("EndDate", m_doc.periodEnd);
            close();
        }
        if (!m_doc.precedingNumber.isEmpty()) {
            open("BillingReference");
            open("InvoiceDocumentReference");
            cbc("ID", m_doc.precedingNumber);
            close();
            close();
        }
    }

    void payment()
    {
        if (!m_doc.deliveryCountry.isEmpty()) {
            open("Delivery");
            date("ActualDeliveryDate", m_doc.deliveryDate);
            open("DeliveryLocation");
            open("Address");
            country(m_doc.deliveryCountry);
            close();
            close();
            close();
        }
        if (!m_doc.creditNote && !m_doc.iban.isEmpty()) {
            open("PaymentMeans");
            cbc("PaymentMeansCode", m_doc.paymentMeansCode);
            cbc("PaymentID", m_doc.paymentId);
            open("PayeeFinancialAccount");
            cbc("ID", QString(m_doc.iban).remove(u' ').toUpper());
            if (!m_doc.bic.isEmpty()) {
                open("FinancialInstitutionBranch");
                cbc("ID", m_doc.bic);
                close();
            }
            close();
            close();
        }
        if (!m_doc.paymentTerms.isEmpty()) {
            open("PaymentTerms");
            cbc("Note", m_doc.paymentTerms);
            close();
        }
    }

    void totals()
    {
        for (const Allowance &a : m_doc.allowances) {
            open("AllowanceCharge");
            cbc("ChargeIndicator", QStringLiteral("false"));
            cbc("AllowanceChargeReason", a.reason);
            amount("Amount", a.amount);
            category("TaxCategory", a.category, a.rate);
            close();
        }
        open("TaxTotal");
        amount("TaxAmount", m_doc.taxTotal);
        for (const Tax &t : m_doc.taxes) {
            open("TaxSubtotal");
            amount("TaxableAmount", t.base);
            amount("TaxAmount", t.amount);
            category("TaxCategory", t.category, t.rate, &t);
            close();
        }
        close();
        if (!m_doc.taxCurrency.isEmpty()) {
            open("TaxTotal");
            cbc("TaxAmount", m_doc.taxInTaxCurrency.toString(2), "currencyID", m_doc.taxCurrency);
            close();
        }
        open("LegalMonetaryTotal");
        amount("LineExtensionAmount", m_doc.lineTotal);
        amount("TaxExclusiveAmount", m_doc.taxExclusive);
        amount("TaxInclusiveAmount", m_doc.taxInclusive);
        if (!m_doc.allowances.isEmpty())
            amount("AllowanceTotalAmount", m_doc.allowanceTotal);
        if (!m_doc.prepaid.isZero())
            amount("PrepaidAmount", m_doc.prepaid);
        if (!m_doc.rounding.isZero())
            amount("PayableRoundingAmount", m_doc.rounding);
        amount("PayableAmount", m_doc.payable);
        close();
    }

    void lines()
    {
        for (const Line &l : m_doc.lines) {
            open(m_doc.creditNote ? "CreditNoteLine" : "InvoiceLine");
            cbc("ID", l.id);
            cbc(m_doc.creditNote ? "CreditedQuantity" : "InvoicedQuantity", l.quantity.toString(), "unitCode",
                l.unitCode);
            amount("LineExtensionAmount", l.net);
            if (!l.discount.isZero()) {
                open("AllowanceCharge");
                cbc("ChargeIndicator", QStringLiteral("false"));
                cbc("AllowanceChargeReason", QStringLiteral("Discount")); // English, as every text of the file
                amount("Amount", l.discount);
                close();
            }
            open("Item");
            cbc("Description", l.description);
            cbc("Name", l.name.isEmpty() ? l.description : l.name);
            category("ClassifiedTaxCategory", l.category, l.rate);
            close();
            open("Price");
            cbc("PriceAmount", l.price.toString(), "currencyID", m_doc.currency);
            close();
            close();
        }
    }

private:
    QXmlStreamWriter &m_w;
    const Document &m_doc;
};

} // namespace

QByteArray write(const Document &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    const QString root = doc.creditNote ? QStringLiteral("CreditNote") : QStringLiteral("Invoice");
    const QString ns = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:%1-2").arg(root);
    w.writeDefaultNamespace(ns);
    w.writeNamespace(QLatin1String(Cac), QStringLiteral("cac"));
    w.writeNamespace(QLatin1String(Cbc), QStringLiteral("cbc"));
    w.writeStartElement(ns, root);
    bool outsideVat = false;
    for (const Tax &t : doc.taxes)
        outsideVat = outsideVat || t.category == QLatin1String("O");
    Xml x(w, doc);
    x.header();
    x.party("AccountingSupplierParty", doc.seller, outsideVat);
    x.party("AccountingCustomerParty", doc.buyer, outsideVat);
    x.payment();
    x.totals();
    x.lines();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

} // namespace bursar::core::ubl
