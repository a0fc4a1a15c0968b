#include "core/einvoice/ubl_model.h"

#include "core/calculators/tax_calculator.h"
#include "core/customers/customer.h"
#include "core/domain/billing_period.h"
#include "core/domain/charge_line.h"
#include "core/domain/regions.h"
#include "core/domain/vendor.h"
#include "core/money/currency.h"

#include <map>

namespace bursar::core::ubl {

namespace {

void problem(Document &doc, const QString &rule, const QString &field, const QString &message)
{
    doc.problems.append({rule, field, QStringLiteral("%1: %2").arg(doc.record, message)});
}

/// The ISO code of a country typed as its code or its English name ("United States").
QString countryCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (auto c = Regions::country(t))
        return c->code;
    for (const Place &p : Regions::countries())
        if (p.name.compare(t, Qt::CaseInsensitive) == 0)
            return p.code;
    return {};
}

Party partyFrom(const StatementParty &p, const QString &country)
{
    Party out;
    out.name = p.name;
    out.street = p.contact.addressLine1;
    out.street2 = p.contact.addressLine2;
    out.city = p.contact.city;
    out.postalZone = p.contact.postalCode;
    out.countryCode = country;
    out.contactName = p.contact.contactName;
    out.phone = p.contact.phone;
    out.email = p.contact.email;
    return out;
}

void addSeller(Document &doc, const StatementParty &snapshot, const EInvoiceSeller &s)
{
    doc.seller = partyFrom(snapshot, countryCode(snapshot.contact.country));
    doc.seller.legalName = s.legalName.isEmpty() ? snapshot.name : s.legalName;
    doc.seller.vatId = s.vatId;
    doc.seller.companyId = s.companyId;
    doc.seller.endpointId = s.endpointId;
    doc.seller.endpointScheme = s.endpointScheme;
    doc.iban = s.iban;
    doc.bic = s.bic;
}

void addBuyer(Document &doc, const StatementParty &snapshot, const QString &region, const EInvoiceParties &e,
              qint64 customerId)
{
    QString country = countryCode(region);
    if (country.isEmpty())
        country = countryCode(snapshot.contact.country);
    doc.buyer = partyFrom(snapshot, country);
    doc.customer = displayCustomerId(customerId);
    doc.buyerReceives = e.buyer.receives;
    doc.buyer.legalName = snapshot.name;
    doc.buyer.vatId = e.buyer.vatId;
    doc.buyer.endpointId = e.buyer.endpointId;
    doc.buyer.endpointScheme = e.buyer.endpointScheme;
    doc.buyerReference = e.buyer.buyerReference.isEmpty() ? displayCustomerId(customerId) : e.buyer.buyerReference;
}

/// The VAT category of what carries no tax, with its exemption code and reason.
Tax untaxedCategory(Document &doc, const EInvoiceCustomer &buyer, qint64 customerId)
{
    Tax t;
    QString category = buyer.taxCategory.toUpper();
    const QString seller = doc.seller.countryCode, customer = doc.buyer.countryCode;
    if (category.isEmpty() && !seller.isEmpty() && !customer.isEmpty()) {
        if (seller != customer && isEuCountry(customer))
            category = QStringLiteral("AE");
        else if (seller != customer && isEuCountry(seller))
            category = QStringLiteral("G");
        else if (!isEuCountry(seller) && !isEuCountry(customer))
            category = QStringLiteral("O");
    }
    if (category.isEmpty()) {
        problem(
            doc, QStringLiteral("BR-CO-18"),
            QStringLiteral("Customers > %1 > E-invoicing > VAT category").arg(displayCustomerId(customerId)),
            UblWriter::tr(
                "it carries no tax, and seller and buyer are both in %1, so Bursar cannot tell why. Choose the VAT "
                "category for untaxed documents (Z zero-rated, E exempt with a reason, O not subject to VAT) in "
                "Customers > %2 > E-invoicing.")
                .arg(seller.isEmpty() ? UblWriter::tr("an unknown country") : seller, displayCustomerId(customerId)));
        category = QStringLiteral("O");
    }
    t.category = category;
    struct Reason
    {
        const char *category, *code, *text;
    };
    static const Reason reasons[] = {{"AE", "VATEX-EU-AE", "Reverse charge"},
                                     {"K", "VATEX-EU-IC", "Intra-Community supply"},
                                     {"G", "VATEX-EU-G", "Export outside the EU"},
                                     {"O", "VATEX-EU-O", "Not subject to VAT"}};
    for (const Reason &r : reasons)
        if (category == QLatin1String(r.category)) {
            t.reasonCode = QString::fromLatin1(r.code);
            t.reason = QString::fromLatin1(r.text);
        }
    if (!buyer.exemptionReason.isEmpty() && category != QLatin1String("Z"))
        t.reason = buyer.exemptionReason;
    return t;
}

/// An amount in the currency's units as the file writes it: EN 16931 allows two decimals
/// (BR-DEC), so a KWD amount with a third is refused rather than rounded again.
Decimal exact(Document &doc, Decimal amount, const QString &what)
{
    const Decimal r = amount.rounded(doc.places, ShownRounding);
    if (r != amount)
        problem(doc, QStringLiteral("BR-DEC-09"), what,
                UblWriter::tr("the %1 %2 %3 has more decimals than the %4 EN 16931 allows; this document cannot be an "
                              "e-invoice.")
                    .arg(what, amount.toString(), doc.currency)
                    .arg(doc.places));
    return r;
}

/// The exact amounts in `places` decimals, adding up to `target`: each rounded half-up, then
/// what the sum still differs from `target` (the document's single rounding) moved one unit
/// at a time onto the lines that rounding moved furthest the other way, lower line first.
/// So the lines of an e-invoice add up to the amount the document shows.
QList<Decimal> spread(const QList<Decimal> &exactAmounts, Decimal exactTarget, int places)
{
    const Decimal target = exactTarget.rounded(places, ShownRounding);
    QList<Decimal> out;
    Decimal sum;
    for (const Decimal &e : exactAmounts) {
        out.append(e.rounded(places, ShownRounding));
        sum += out.last();
    }
    Decimal one = Decimal::fromInt(1);
    for (int i = 0; i < places; ++i)
        one = one.divided(Decimal::fromInt(10), 18, Rounding::HalfEven);
    while (sum != target && !out.isEmpty()) {
        const bool up = sum < target;
        qsizetype best = 0;
        for (qsizetype i = 1; i < out.size(); ++i) {
            const Decimal errI = out[i] - exactAmounts[i], errBest = out[best] - exactAmounts[best];
            if (up ? errI < errBest : errI > errBest)
                best = i;
        }
        out[best] += up ? one : -one;
        sum += up ? one : -one;
    }
    return out;
}

/// The UN/ECE Recommendation 20 code of a unit a clerk typed on a memo line; C62 ("one")
/// for what it does not name (the unit stays in the line's description).
QString unitCode(const QString &typed)
{
    static const std::map<QString, QString> codes{
        {QStringLiteral("h"), QStringLiteral("HUR")},     {QStringLiteral("hr"), QStringLiteral("HUR")},
        {QStringLiteral("hour"), QStringLiteral("HUR")},  {QStringLiteral("hours"), QStringLiteral("HUR")},
        {QStringLiteral("day"), QStringLiteral("DAY")},   {QStringLiteral("days"), QStringLiteral("DAY")},
        {QStringLiteral("month"), QStringLiteral("MON")}, {QStringLiteral("months"), QStringLiteral("MON")},
        {QStringLiteral("gb"), QStringLiteral("E34")},    {QStringLiteral("tb"), QStringLiteral("E35")},
        {QStringLiteral("pcs"), QStringLiteral("H87")},   {QStringLiteral("piece"), QStringLiteral("H87")}};
    const auto it = codes.find(typed.trimmed().toLower());
    return it == codes.end() ? QStringLiteral("C62") : it->second;
}

void baseDocument(Document &doc, const QString &currency)
{
    doc.currency = currency;
    doc.places = std::min(Currencies::lookup(currency).minorUnits, 2);
}

void addTaxCurrency(Document &doc, const EInvoiceParties &e)
{
    const QString vat = e.seller.vatCurrency.toUpper();
    if (vat.isEmpty() || vat == doc.currency)
        return;
    doc.taxCurrency = vat;
    if (!e.taxCurrencyRate) {
        problem(doc, QStringLiteral("BR-53"), QStringLiteral("Settings > Exchange Rates"),
                UblWriter::tr(
                    "our VAT is accounted in %1, and Settings > Exchange Rates has no %2 → %1 rate on or before %3. "
                    "Add the rate.")
                    .arg(vat, doc.currency, doc.issueDate.toString(Qt::ISODate)));
        return;
    }
    doc.taxInTaxCurrency = doc.taxTotal.multiplied(*e.taxCurrencyRate, 2, ShownRounding);
}

/// The texts written into the file (its note, payment terms, allowance and exemption
/// reasons) are English whatever the clerk's language: an export by a German clerk and one
/// by a French clerk next year must be the same file.
QString paymentTerms(int days)
{
    return days == 1 ? QStringLiteral("Payment due in 1 day.") : QStringLiteral("Payment due in %1 days.").arg(days);
}

void finishTotals(Document &doc, Decimal total, Decimal prepaid)
{
    for (const Line &l : doc.lines)
        doc.lineTotal += l.net;
    for (const Allowance &a : doc.allowances)
        doc.allowanceTotal += a.amount;
    doc.taxExclusive = doc.lineTotal - doc.allowanceTotal;
    doc.taxInclusive = doc.taxExclusive + doc.taxTotal;
    doc.rounding = total - doc.taxInclusive;
    doc.prepaid = prepaid;
    doc.payable = total - prepaid;
}

} // namespace

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed =
            u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u < 0xFFFE);
        if (allowed)
            out += c;
    }
    return out;
}

Document fromStatement(const StatementInput &input)
{
    const Statement &s = input.statement;
    const EInvoiceParties &e = input.einvoice;
    Document doc;
    doc.record = UblWriter::tr("Statement %1").arg(s.reference());
    baseDocument(doc, s.currency);
    doc.typeCode = QStringLiteral("380");
    doc.number = s.number;
    doc.issueDate = s.issueDate;
    doc.dueDate = s.dueDate;
    doc.note = QStringLiteral("%1 cloud services, %2").arg(vendorName(s.vendor), s.period);
    if (auto period = BillingPeriod::parse(s.period)) {
        doc.periodStart = period->firstDay();
        doc.periodEnd = period->lastDay();
    }
    if (s.storedStatus == QLatin1String("draft") || s.number.isEmpty())
        problem(doc, QString(), QStringLiteral("status"),
                UblWriter::tr("it is a draft. Only approved statements leave as e-invoices; approve it first."));
    addSeller(doc, s.seller, e.seller);
    addBuyer(doc, s.customer, s.region, e, s.customerId);
    // One invoice line per statement line, each in the currency's units on its own; what
    // the statement's single rounding of the sum adds is the PayableRoundingAmount.
    QList<TaxLine> taxes;
    for (const StatementTax &t : s.taxes)
        if (!t.amount.isZero() || t.rate.isPositive())
            taxes.append(t);
    Tax category;
    if (taxes.size() > 1) {
        problem(doc, QStringLiteral("BR-CO-04"), QStringLiteral("Settings > Tax Tables"),
                UblWriter::tr(
                    "it carries %1 taxes on one base (%2). An e-invoice gives each line one VAT rate; EN 16931 has "
                    "no stacked taxes.")
                    .arg(taxes.size())
                    .arg(taxes.first().name + QStringLiteral(", ") + taxes.at(1).name));
    }
    if (!taxes.isEmpty()) {
        category.category = QStringLiteral("S");
        category.rate = taxes.first().rate;
        category.amount = s.tax;
    } else {
        category = untaxedCategory(doc, e.buyer, s.customerId);
        if (category.category == QLatin1String("K"))
            doc.deliveryCountry = doc.buyer.countryCode;
    }
    // Usage and marketplace lines each add up to the amount the statement shows for them.
    QList<Decimal> charges, marketplace;
    Decimal chargesExact, marketplaceExact;
    for (const StatementLine &l : s.lines) {
        QList<Decimal> &group = l.kind == ChargeLineKind::Marketplace ? marketplace : charges;
        group.append(l.price);
        (l.kind == ChargeLineKind::Marketplace ? marketplaceExact : chargesExact) += l.price;
    }
    const QList<Decimal> chargesNet = spread(charges, chargesExact, doc.places);
    const QList<Decimal> marketplaceNet = spread(marketplace, marketplaceExact, doc.places);
    qsizetype nextCharge = 0, nextMarketplace = 0;
    for (const StatementLine &l : s.lines) {
        Line line;
        line.id = QString::number(l.lineNo);
        line.name = l.product.isEmpty() ? l.productType : l.product;
        line.description = l.productType;
        line.net = l.kind == ChargeLineKind::Marketplace ? marketplaceNet[nextMarketplace++] : chargesNet[nextCharge++];
        line.quantity = Decimal::fromInt(line.net.isNegative() ? -1 : 1);
        line.price = line.net.abs();
        line.category = category.category;
        line.rate = category.rate;
        doc.lines.append(line);
    }
    const std::pair<Decimal, const char *> credits[] = {{s.credits, "Credits applied"},
                                                        {s.marketplaceCredits, "Marketplace credit applied"}};
    for (const auto &[amount, reason] : credits)
        if (!amount.isZero())
            doc.allowances.append({QString::fromLatin1(reason), exact(doc, -amount, UblWriter::tr("credit")),
                                   category.category, category.rate});
    doc.taxTotal = exact(doc, s.tax, UblWriter::tr("tax"));
    finishTotals(doc, exact(doc, s.total, UblWriter::tr("total")), exact(doc, e.prepaid, UblWriter::tr("amount paid")));
    if (doc.lineTotal != exact(doc, s.charges + s.marketplace, UblWriter::tr("charges")))
        problem(
            doc, QStringLiteral("BR-CO-10"), QStringLiteral("statement"),
            UblWriter::tr("its lines add up to %1 %2, but it shows charges and marketplace fees of %3 %2; report it.")
                .arg(doc.lineTotal.toString(), doc.currency, (s.charges + s.marketplace).toString()));
    category.base = doc.taxExclusive;
    category.amount = doc.taxTotal;
    doc.taxes.append(category);
    addTaxCurrency(doc, e);
    doc.paymentMeansCode = doc.currency == QLatin1String("EUR") ? QStringLiteral("58") : QStringLiteral("30");
    doc.paymentId = s.number;
    doc.paymentTerms = paymentTerms(s.paymentTermsDays);
    return doc;
}

Document fromMemo(const MemoInput &input)
{
    const ArDocument &m = input.document;
    const EInvoiceParties &e = input.einvoice;
    Document doc;
    doc.record = UblWriter::tr("%1 %2").arg(arKindName(m.kind), m.displayNumber());
    baseDocument(doc, m.currency);
    doc.creditNote = m.kind == ArKind::CreditMemo;
    doc.typeCode = doc.creditNote ? QStringLiteral("381") : QStringLiteral("383");
    doc.number = m.number;
    doc.issueDate = m.date;
    doc.dueDate = doc.creditNote ? QDate() : m.dueDate;
    doc.note = m.description;
    if (m.kind == ArKind::Payment)
        problem(doc, QString(), QStringLiteral("kind"),
                UblWriter::tr("a payment is not an invoice; only memos leave as e-invoices."));
    if (m.status == ArStatus::Hold || m.number.isEmpty())
        problem(doc, QString(), QStringLiteral("status"),
                UblWriter::tr("it is on Hold. Only released memos leave as e-invoices; release it first."));
    if (m.adjustsId != 0)
        doc.precedingNumber = m.adjustsNumber;
    addSeller(doc, input.seller, e.seller);
    addBuyer(doc, input.customer, m.region, e, m.customerId);
    // The VAT category of untaxed lines is decided only when the memo has one.
    std::optional<Tax> untaxedOnce;
    auto untaxed = [&]() -> const Tax & {
        if (!untaxedOnce) {
            untaxedOnce = untaxedCategory(doc, e.buyer, m.customerId);
            if (untaxedOnce->category == QLatin1String("K")) {
                doc.deliveryCountry = doc.buyer.countryCode;
                doc.deliveryDate = m.date;
            }
        }
        return *untaxedOnce;
    };
    std::map<QString, QList<TaxLine>> byCategory;
    for (const MemoTax &t : m.taxes)
        byCategory[t.category.toCaseFolded()].append(t.line);
    // One VAT breakdown per category and rate: memo categories of the same rate add up.
    std::map<std::pair<QString, Decimal>, Tax> breakdown;
    QList<Decimal> amounts;
    for (const MemoLine &ml : m.lines)
        amounts.append(ml.amount);
    const QList<Decimal> nets = spread(amounts, m.subtotal, doc.places);
    for (const MemoLine &ml : m.lines) {
        Line line;
        line.id = QString::number(ml.lineNo);
        line.name = ml.description;
        line.description = ml.unit;
        line.unitCode = unitCode(ml.unit);
        line.quantity = ml.quantity;
        line.price = ml.price;
        line.discount = ml.discount;
        line.net = nets[doc.lines.size()];
        const auto taxed = byCategory.find(ml.taxCategory.toCaseFolded());
        if (ml.taxCategory.isEmpty() || taxed == byCategory.end() || taxed->second.isEmpty()) {
            line.category = untaxed().category;
        } else {
            if (taxed->second.size() > 1)
                problem(doc, QStringLiteral("BR-CO-04"), QStringLiteral("Settings > Tax Tables"),
                        UblWriter::tr(
                            "line %1's tax category %2 takes %3 rates at once; an e-invoice gives each line one VAT "
                            "rate.")
                            .arg(ml.lineNo)
                            .arg(ml.taxCategory)
                            .arg(taxed->second.size()));
            line.category = QStringLiteral("S");
            line.rate = taxed->second.first().rate;
        }
        if (ml.price.isNegative())
            problem(doc, QStringLiteral("BR-27"), UblWriter::tr("line %1's price").arg(ml.lineNo),
                    UblWriter::tr("line %1 has a negative price; write the line with a negative quantity instead.")
                        .arg(ml.lineNo));
        if (!ml.discount.isZero())
            exact(doc, ml.discount, UblWriter::tr("line %1's discount").arg(ml.lineNo));
        doc.lines.append(line);
        Tax &t = breakdown[{line.category, line.rate}];
        if (t.category.isEmpty())
            t = line.category == QLatin1String("S") ? Tax{line.category, line.rate, {}, {}, {}, {}} : untaxed();
        t.base += line.net;
    }
    for (const auto &[category, lines] : byCategory) {
        Q_UNUSED(category)
        const auto t = breakdown.find({QStringLiteral("S"), lines.isEmpty() ? Decimal() : lines.first().rate});
        if (lines.size() == 1 && t != breakdown.end())
            t->second.amount += lines.first().amount;
    }
    for (auto &[key, t] : breakdown)
        doc.taxes.append(t);
    doc.taxTotal = exact(doc, m.tax, UblWriter::tr("tax"));
    const Decimal prepaid = doc.creditNote ? Decimal() : e.prepaid;
    finishTotals(doc, exact(doc, m.total, UblWriter::tr("total")), exact(doc, prepaid, UblWriter::tr("amount paid")));
    addTaxCurrency(doc, e);
    doc.paymentMeansCode = doc.currency == QLatin1String("EUR") ? QStringLiteral("58") : QStringLiteral("30");
    doc.paymentId = m.number;
    if (!doc.creditNote)
        doc.paymentTerms = paymentTerms(m.paymentTermsDays);
    return doc;
}

} // namespace bursar::core::ubl
