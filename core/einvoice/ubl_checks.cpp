// The rules Bursar checks itself before an e-invoice is written (issue 19): the data each
// VAT category requires, the electronic addresses Peppol requires, and the BR-CO sums,
// recomputed from the document as it would be written. Each problem names the rule and the
// Bursar field a clerk sets; none of them is ever written "anyway".

#include "core/customers/customer.h"
#include "core/einvoice/ubl_model.h"
#include "core/money/currency.h"

#include <QRegularExpression>
#include <set>

namespace bursar::core::ubl {

namespace {

/// A field's path as the clerk reads it, each step in the window's language: the field
/// itself (the error's field) stays the English path, for scripts and tests.
QString shownPath(const QString &field)
{
    static const char *const steps[] = {QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Settings"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Account Information"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "E-invoicing"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Legal name"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "VAT ID"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Electronic address"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "IBAN"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Country"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Customers"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Name"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Region"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "VAT category"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Exemption reason"),
                                        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "Receives e-invoices")};
    QStringList out;
    for (const QString &step : field.split(QStringLiteral(" > "))) {
        QString shown = step;
        for (const char *known : steps)
            if (step == QLatin1String(known))
                shown = UblWriter::tr(known);
        out << shown;
    }
    return out.join(QStringLiteral(" > "));
}

struct Checker
{
    Document &doc;
    static QString sellerField(const char *name)
    {
        return QStringLiteral("Settings > Account Information > E-invoicing > %1").arg(QLatin1String(name));
    }
    QString buyerField(const char *name) const
    {
        return QStringLiteral("Customers > %1 > E-invoicing > %2").arg(customer, QLatin1String(name));
    }
    void add(const QString &rule, const QString &field, const QString &message)
    {
        doc.problems.append({rule, field, QStringLiteral("%1: %2").arg(doc.record, message)});
    }
    void missing(const QString &rule, const QString &field, const QString &what)
    {
        add(rule, field, UblWriter::tr("%1 is missing (%2). Set it in %3.").arg(what, rule, shownPath(field)));
    }
    QString customer;
};

bool vatIdHasCountry(const QString &vatId)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$"));
    return form.match(vatId).hasMatch();
}

void checkParties(Checker &c, const std::set<QString> &categories)
{
    Document &doc = c.doc;
    if (doc.seller.legalName.trimmed().isEmpty())
        c.missing(QStringLiteral("BR-06"), c.sellerField("Legal name"), UblWriter::tr("Our legal name"));
    if (doc.seller.countryCode.isEmpty())
        c.missing(QStringLiteral("BR-09"), QStringLiteral("Settings > Account Information > Country"),
                  UblWriter::tr("Our country (a country name or ISO code Bursar knows)"));
    if (doc.buyer.legalName.trimmed().isEmpty())
        c.missing(QStringLiteral("BR-07"), QStringLiteral("Customers > %1 > Name").arg(c.customer),
                  UblWriter::tr("The customer's name"));
    if (doc.buyer.countryCode.isEmpty())
        c.missing(QStringLiteral("BR-11"), QStringLiteral("Customers > %1 > Region").arg(c.customer),
                  UblWriter::tr("The customer's country (its region)"));
    const std::pair<const Party *, bool> parties[] = {{&doc.seller, true}, {&doc.buyer, false}};
    for (const auto &[party, seller] : parties) {
        const QString field = seller ? c.sellerField("Electronic address") : c.buyerField("Electronic address");
        if (party->endpointId.trimmed().isEmpty())
            c.missing(seller ? QStringLiteral("PEPPOL-EN16931-R020") : QStringLiteral("PEPPOL-EN16931-R010"), field,
                      seller ? UblWriter::tr("Our electronic address")
                             : UblWriter::tr("The customer's electronic address"));
        else if (!peppolEndpointSchemes().contains(party->endpointScheme))
            c.add(QStringLiteral("PEPPOL-EN16931-CL008"), field,
                  UblWriter::tr(
                      "the electronic address scheme “%1” is not a Peppol EAS code (for example 0088, 0208, 9930). "
                      "Set it in %2.")
                      .arg(party->endpointScheme, shownPath(field)));
    }
    const bool outside = categories.contains(QStringLiteral("O"));
    if (outside && categories.size() > 1)
        c.add(QStringLiteral("BR-O-11"), c.buyerField("VAT category"),
              UblWriter::tr(
                  "it mixes lines not subject to VAT with taxed lines; a document not subject to VAT holds no other "
                  "VAT category."));
    if (!outside && doc.seller.vatId.isEmpty())
        c.missing(QStringLiteral("BR-%1-02")
                      .arg(*categories.begin() == QLatin1String("K") ? QStringLiteral("IC") : *categories.begin()),
                  c.sellerField("VAT ID"), UblWriter::tr("Our VAT identifier"));
    for (const auto &[id, field] :
         {std::pair{doc.seller.vatId, c.sellerField("VAT ID")}, std::pair{doc.buyer.vatId, c.buyerField("VAT ID")}})
        if (!outside && !id.isEmpty() && !vatIdHasCountry(id))
            c.add(QStringLiteral("BR-CO-09"), field,
                  UblWriter::tr(
                      "the VAT identifier “%1” does not start with a country code (DE…, FR…, EL… for Greece). Set it "
                      "in %2.")
                      .arg(id, shownPath(field)));
    for (const QString &cat : {QStringLiteral("AE"), QStringLiteral("K")})
        if (categories.contains(cat) && doc.buyer.vatId.isEmpty())
            c.missing(cat == QLatin1String("AE") ? QStringLiteral("BR-AE-02") : QStringLiteral("BR-IC-02"),
                      c.buyerField("VAT ID"),
                      cat == QLatin1String("AE")
                          ? UblWriter::tr("Under reverse charge, the customer's VAT identifier")
                          : UblWriter::tr("For an intra-community supply, the customer's VAT identifier"));
}

void checkPayment(Checker &c)
{
    Document &doc = c.doc;
    if (doc.creditNote)
        return;
    if (doc.iban.isEmpty())
        c.missing(QStringLiteral("BR-50"), c.sellerField("IBAN"),
                  UblWriter::tr("Our bank account (IBAN), where the customer pays"));
    else if (!isValidIban(doc.iban))
        c.add(QStringLiteral("BR-50"), c.sellerField("IBAN"),
              UblWriter::tr("“%1” is not an IBAN (its check digits do not match).").arg(doc.iban));
    if (doc.payable.isPositive() && !doc.dueDate.isValid() && doc.paymentTerms.isEmpty())
        c.add(QStringLiteral("BR-CO-25"), QStringLiteral("due date"),
              UblWriter::tr("an amount is due but no due date is known."));
}

/// BR-CO-10, 13, 14, 15, 16 and 17 and BR-S-08, recomputed from what would be written.
void checkSums(Checker &c)
{
    Document &doc = c.doc;
    const QString currency = doc.currency;
    Decimal lines, allowances, taxes;
    for (const Line &l : doc.lines)
        lines += l.net;
    for (const Allowance &a : doc.allowances)
        allowances += a.amount;
    for (const Tax &t : doc.taxes)
        taxes += t.amount;
    auto sum = [&](const char *rule, Decimal shown, Decimal computed, const char *what) {
        if (shown != computed)
            c.add(QString::fromLatin1(rule), QStringLiteral("statement"),
                  UblWriter::tr(
                      "%1 is %2 %3 but the parts add up to %4 %3 (%5). The document is inconsistent; report it.")
                      .arg(UblWriter::tr(what), shown.toString(), currency, computed.toString(),
                           QString::fromLatin1(rule)));
    };
    sum("BR-CO-10", doc.lineTotal, lines, QT_TRANSLATE_NOOP("bursar::core::UblWriter", "The sum of the lines"));
    sum("BR-CO-13", doc.taxExclusive, lines - allowances,
        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "The total without VAT"));
    sum("BR-CO-14", doc.taxTotal, taxes, QT_TRANSLATE_NOOP("bursar::core::UblWriter", "The VAT total"));
    sum("BR-CO-15", doc.taxInclusive, doc.taxExclusive + doc.taxTotal,
        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "The total with VAT"));
    sum("BR-CO-16", doc.payable, doc.taxInclusive - doc.prepaid + doc.rounding,
        QT_TRANSLATE_NOOP("bursar::core::UblWriter", "The amount due"));
    const Decimal hundred = Decimal::fromInt(100);
    for (const Tax &t : doc.taxes) {
        const Decimal expected =
            t.base.multiplied(t.rate, 18, Rounding::HalfEven).divided(hundred, 2, Rounding::HalfUp);
        if ((t.amount - expected).abs() >= Decimal::fromInt(1))
            c.add(QStringLiteral("BR-CO-17"), QStringLiteral("Settings > Tax Tables"),
                  UblWriter::tr("the %1 %2 % VAT is %3 %4 on a base of %5 %4; the base at that rate gives %6.")
                      .arg(t.category, t.rate.toString(), t.amount.toString(), currency, t.base.toString(),
                           expected.toString()));
        Decimal base;
        for (const Line &l : doc.lines)
            if (l.category == t.category && l.rate == t.rate)
                base += l.net;
        for (const Allowance &a : doc.allowances)
            if (a.category == t.category && a.rate == t.rate)
                base -= a.amount;
        if (base != t.base)
            sum(t.category == QLatin1String("S") ? "BR-S-08" : "BR-CO-18", t.base, base,
                QT_TRANSLATE_NOOP("bursar::core::UblWriter", "A VAT category's taxable amount"));
        if (t.category == QLatin1String("E") && t.reason.isEmpty() && t.reasonCode.isEmpty())
            c.missing(QStringLiteral("BR-E-10"), c.buyerField("Exemption reason"),
                      UblWriter::tr("The reason for the VAT exemption"));
        if (t.category != QLatin1String("S") && !t.amount.isZero())
            c.add(QStringLiteral("BR-%1-09").arg(t.category), QStringLiteral("Settings > Tax Tables"),
                  UblWriter::tr("VAT category %1 carries no tax, but %2 %3 is charged.")
                      .arg(t.category, t.amount.toString(), currency));
    }
}

} // namespace

void check(Document &doc)
{
    std::set<QString> categories;
    for (const Tax &t : doc.taxes)
        categories.insert(t.category);
    Checker c{doc, doc.customer};
    if (!doc.buyerReceives) {
        // Not a customer of e-invoices: that alone is what to say (a batch export of a month
        // names these customers rather than every field they never needed).
        const QString field = c.buyerField("Receives e-invoices");
        c.add(
            QString(), field,
            UblWriter::tr("customer %1 does not receive e-invoices. Tick “receives e-invoices” in %2 and give its VAT "
                          "ID and electronic address, or send it the PDF.")
                .arg(doc.customer, shownPath(QStringLiteral("Customers > %1 > E-invoicing").arg(doc.customer))));
        return;
    }
    if (!Currencies::find(doc.currency))
        c.add(QStringLiteral("BR-CL-04"), QStringLiteral("currency"),
              UblWriter::tr("“%1” is not an ISO 4217 currency code.").arg(doc.currency));
    if (!doc.issueDate.isValid())
        c.add(QStringLiteral("BR-03"), QStringLiteral("issue date"), UblWriter::tr("it has no issue date."));
    if (!categories.empty())
        checkParties(c, categories);
    checkPayment(c);
    checkSums(c);
}

} // namespace bursar::core::ubl
