#include "core/usage/usage_formats.h"

#include "core/usage/csv_reader.h"

namespace bursar::core {

QList<UsageFormat> allUsageFormats()
{
    return {UsageFormat::Focus, UsageFormat::AwsCur, UsageFormat::Azure, UsageFormat::PartnerCenter};
}

QString usageFormatKey(UsageFormat f)
{
    switch (f) {
    case UsageFormat::Focus:
        return QStringLiteral("focus");
    case UsageFormat::AwsCur:
        return QStringLiteral("aws-cur");
    case UsageFormat::Azure:
        return QStringLiteral("azure");
    case UsageFormat::PartnerCenter:
        return QStringLiteral("partner-center");
    }
    return {};
}

QString usageFormatName(UsageFormat f)
{
    switch (f) {
    case UsageFormat::Focus:
        return UsageRowMapper::tr("FinOps FOCUS");
    case UsageFormat::AwsCur:
        return UsageRowMapper::tr("AWS Cost and Usage Report");
    case UsageFormat::Azure:
        return UsageRowMapper::tr("Azure cost details");
    case UsageFormat::PartnerCenter:
        return UsageRowMapper::tr("Partner Center daily rated usage");
    }
    return {};
}

std::optional<UsageFormat> usageFormatFromKey(QStringView key)
{
    for (UsageFormat f : allUsageFormats())
        if (usageFormatKey(f).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString chargeKindKey(ChargeKind k)
{
    switch (k) {
    case ChargeKind::Usage:
        return QStringLiteral("usage");
    case ChargeKind::Purchase:
        return QStringLiteral("purchase");
    case ChargeKind::Tax:
        return QStringLiteral("tax");
    case ChargeKind::Credit:
        return QStringLiteral("credit");
    case ChargeKind::Adjustment:
        return QStringLiteral("adjustment");
    }
    return {};
}

std::optional<ChargeKind> chargeKindFromKey(QStringView key)
{
    for (ChargeKind k :
         {ChargeKind::Usage, ChargeKind::Purchase, ChargeKind::Tax, ChargeKind::Credit, ChargeKind::Adjustment})
        if (chargeKindKey(k).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

namespace {

using Problem = UsageRowMapper::Problem;

/// Shared checks of the billing period: the period's month and, unless the row corrects an
/// earlier period, a charge date inside the period.
class FocusMapper final : public UsageRowMapper
{
public:
    FocusMapper(QStringList header) : UsageRowMapper(UsageFormat::Focus, std::move(header))
    {
        billedCost = column(u"BilledCost");
        listCost = column(u"ListCost");
        effectiveCost = column(u"EffectiveCost");
        currency = column(u"BillingCurrency");
        periodStart = column(u"BillingPeriodStart");
        periodEnd = column(u"BillingPeriodEnd");
        chargeStart = column(u"ChargePeriodStart");
        category = column(u"ChargeCategory");
        chargeClass = column(u"ChargeClass");
        provider = columnAny({"HostProviderName", "ProviderName", "InvoiceIssuerName"});
        publisher = columnAny({"ServiceProviderName", "PublisherName"});
        subAccount = column(u"SubAccountId");
        billingAccount = column(u"BillingAccountId");
        service = column(u"ServiceName");
        serviceCategory = column(u"ServiceCategory");
        quantity = column(u"ConsumedQuantity");
        unit = columnAny({"PricingUnit", "ConsumedUnit"});
    }
    std::optional<Vendor> fixedVendor() const override { return std::nullopt; }

    int billedCost, listCost, effectiveCost, currency, periodStart, periodEnd, chargeStart, category, chargeClass,
        provider, publisher, subAccount, billingAccount, service, serviceCategory, quantity, unit;

protected:
    std::optional<Problem> mapRecord(UsageRow &row) override
    {
        if (auto p = amount(billedCost, row.cost, true))
            return p;
        if (auto p = optionalAmount(listCost, row.listCost))
            return p;
        std::optional<WideDecimal> effective;
        if (auto p = optionalAmount(effectiveCost, effective))
            return p;
        if (auto p = required(currency))
            return p;
        row.currency = text(currency).toUpper();
        QDate start, end, charge;
        if (auto p = date(periodStart, start, true))
            return p;
        if (auto p = date(periodEnd, end, false))
            return p;
        if (auto p = date(chargeStart, charge, true))
            return p;
        row.period = period(start);
        row.usageDate = charge;
        row.correction = cellIs(chargeClass, "Correction");
        // A row belongs to its BillingPeriodStart's period. Corrections of an earlier period
        // carry that period's dates. Other charges lie in their billing period (whose end is
        // exclusive in FOCUS) give or take the tolerance: usage reported late and charge
        // times in another time zone than the billing period's.
        if (!row.correction) {
            const QDate last = end.isValid() ? end : start.addMonths(1);
            if (charge < start.addDays(-FocusChargeDaysBefore) || charge >= last.addDays(FocusChargeDaysAfter))
                return problem(chargeStart,
                               tr("the charge date %1 lies outside the billing period %2 to %3 by more than Bursar "
                                  "accepts (%4 days before, %5 after); the export is inconsistent. Export the "
                                  "period again.")
                                   .arg(charge.toString(Qt::ISODate), start.toString(Qt::ISODate),
                                        last.addDays(-1).toString(Qt::ISODate))
                                   .arg(FocusChargeDaysBefore)
                                   .arg(FocusChargeDaysAfter));
        }
        if (auto p = required(category))
            return p;
        const auto kind = chargeKindFromKey(text(category));
        if (!kind)
            return problem(category,
                           tr("“%1” is not a FOCUS charge category (Usage, Purchase, Tax, Credit, Adjustment).")
                               .arg(text(category)));
        row.kind = *kind;
        QString account = text(subAccount);
        if (account.isEmpty())
            account = text(billingAccount);
        if (account.isEmpty())
            return problem(subAccount, tr("SubAccountId is empty and there is no BillingAccountId; the row belongs "
                                          "to no account."));
        row.accountId = account;
        row.provider = text(provider);
        row.publisher = text(publisher);
        row.product = text(service);
        if (row.product.isEmpty())
            row.product = text(category);
        row.productType = text(serviceCategory);
        if (row.productType.isEmpty())
            row.productType = QStringLiteral("Other");
        if (auto p = optionalAmount(quantity, row.quantity))
            return p;
        row.unit = text(unit);
        return std::nullopt;
    }
};

class CurMapper final : public UsageRowMapper
{
public:
    CurMapper(QStringList header) : UsageRowMapper(UsageFormat::AwsCur, std::move(header))
    {
        account = column(u"lineItem/UsageAccountId");
        type = column(u"lineItem/LineItemType");
        cost = column(u"lineItem/UnblendedCost");
        currency = column(u"lineItem/CurrencyCode");
        start = column(u"lineItem/UsageStartDate");
        product = column(u"product/ProductName");
        productCode = column(u"lineItem/ProductCode");
        family = column(u"product/productFamily");
        entity = column(u"bill/BillingEntity");
        periodStart = column(u"bill/BillingPeriodStartDate");
        description = column(u"lineItem/LineItemDescription");
        quantity = column(u"lineItem/UsageAmount");
        unit = column(u"pricing/unit");
        legalEntity = column(u"lineItem/LegalEntity");
    }
    std::optional<Vendor> fixedVendor() const override { return Vendor::Aws; }
    int account, type, cost, currency, start, product, productCode, family, entity, periodStart, description, quantity,
        unit, legalEntity;

protected:
    std::optional<Problem> mapRecord(UsageRow &row) override
    {
        if (auto p = costAccountAndDay(row, cost, currency, account, start, periodStart))
            return p;
        if (auto p = required(type))
            return p;
        const QString t = text(type);
        static const QHash<QString, ChargeKind> kinds{
            {QStringLiteral("usage"), ChargeKind::Usage},
            {QStringLiteral("discountedusage"), ChargeKind::Usage},
            {QStringLiteral("savingsplancoveredusage"), ChargeKind::Usage},
            {QStringLiteral("fee"), ChargeKind::Purchase},
            {QStringLiteral("rifee"), ChargeKind::Purchase},
            {QStringLiteral("savingsplanupfrontfee"), ChargeKind::Purchase},
            {QStringLiteral("savingsplanrecurringfee"), ChargeKind::Purchase},
            {QStringLiteral("tax"), ChargeKind::Tax},
            {QStringLiteral("credit"), ChargeKind::Credit},
            {QStringLiteral("refund"), ChargeKind::Credit},
            {QStringLiteral("bundleddiscount"), ChargeKind::Adjustment},
            {QStringLiteral("edpdiscount"), ChargeKind::Adjustment},
            {QStringLiteral("privaterateddiscount"), ChargeKind::Adjustment},
            {QStringLiteral("savingsplannegation"), ChargeKind::Adjustment},
            {QStringLiteral("discount"), ChargeKind::Adjustment},
        };
        const auto kind = kinds.constFind(t.toLower());
        if (kind == kinds.constEnd())
            return problem(type, tr("“%1” is not a line item type Bursar knows (Usage, DiscountedUsage, "
                                    "SavingsPlanCoveredUsage, Fee, RIFee, Tax, Credit, Refund, discounts).")
                                     .arg(t));
        row.kind = kind.value();
        row.product = text(product);
        if (row.product.isEmpty())
            row.product = text(productCode);
        if (row.product.isEmpty())
            row.product = t;
        row.productType = text(family);
        if (row.productType.isEmpty())
            row.productType = row.product;
        row.publisher = text(legalEntity);
        row.marketplaceByFile = text(entity).compare(QLatin1String("AWS Marketplace"), Qt::CaseInsensitive) == 0;
        // AWS Free Tier benefits are not shared among accounts; Bursar disregards them.
        const QString what = text(description);
        row.ignored = row.cost.signum() <= 0 && what.contains(QLatin1String("free tier"), Qt::CaseInsensitive);
        if (auto p = optionalAmount(quantity, row.quantity))
            return p;
        row.unit = text(unit);
        return std::nullopt;
    }
};

class AzureMapper final : public UsageRowMapper
{
public:
    AzureMapper(QStringList header) : UsageRowMapper(UsageFormat::Azure, std::move(header))
    {
        // The older EA schema has SubscriptionGuid beside a numeric SubscriptionId; the GUID
        // is what the portal and the newer exports call the subscription.
        subscription = columnAny({"SubscriptionGuid", "SubscriptionId"});
        product = columnAny({"ProductName", "Product"});
        meterCategory = column(u"MeterCategory");
        quantity = columnAny({"Quantity", "ConsumedQuantity"});
        price = columnAny({"EffectivePrice", "UnitPrice", "ResourceRate"});
        // The charge in the billing currency: CostInBillingCurrency (MCA, newer EA), Cost
        // (older EA and MCA usage details). In an amortized export it is the amortized cost.
        cost = columnAny({"CostInBillingCurrency", "Cost"});
        currency = columnAny({"BillingCurrencyCode", "BillingCurrency"});
        day = columnAny({"Date", "UsageDate"});
        publisherType = column(u"PublisherType");
        publisherName = column(u"PublisherName");
        chargeType = column(u"ChargeType");
        periodStart = column(u"BillingPeriodStartDate");
        unit = column(u"UnitOfMeasure");
    }
    std::optional<Vendor> fixedVendor() const override { return Vendor::Microsoft; }
    int subscription, product, meterCategory, quantity, price, cost, currency, day, publisherType, publisherName,
        chargeType, periodStart, unit;

protected:
    std::optional<Problem> mapRecord(UsageRow &row) override
    {
        if (auto p = costAccountAndDay(row, cost, currency, subscription, day, periodStart))
            return p;
        const QString charge = text(chargeType).toLower();
        row.kind = charge.isEmpty() || charge == QLatin1String("usage")                     ? ChargeKind::Usage
                   : charge == QLatin1String("purchase")                                    ? ChargeKind::Purchase
                   : charge == QLatin1String("tax")                                         ? ChargeKind::Tax
                   : charge == QLatin1String("refund") || charge == QLatin1String("credit") ? ChargeKind::Credit
                                                                                            : ChargeKind::Adjustment;
        if (auto p = required(product))
            return p;
        row.product = text(product);
        row.productType = text(meterCategory);
        if (row.productType.isEmpty())
            row.productType = row.product;
        row.marketplaceByFile = text(publisherType).compare(QLatin1String("Marketplace"), Qt::CaseInsensitive) == 0;
        row.publisher = text(publisherName);
        if (auto p = optionalAmount(quantity, row.quantity))
            return p;
        std::optional<WideDecimal> unitPrice;
        if (auto p = optionalAmount(price, unitPrice))
            return p;
        row.unit = text(unit);
        return std::nullopt;
    }
};

class PartnerCenterMapper final : public UsageRowMapper
{
public:
    PartnerCenterMapper(QStringList header) : UsageRowMapper(UsageFormat::PartnerCenter, std::move(header))
    {
        customer = column(u"CustomerId");
        subscription = column(u"SubscriptionId");
        product = column(u"ProductName");
        quantity = column(u"Quantity");
        unitPrice = column(u"UnitPrice");
        total = column(u"BillingPreTaxTotal");
        currency = column(u"BillingCurrency");
        day = column(u"UsageDate");
        meterCategory = column(u"MeterCategory");
        publisher = column(u"PublisherName");
        chargeType = column(u"ChargeType");
        unit = column(u"UnitType");
    }
    std::optional<Vendor> fixedVendor() const override { return Vendor::Microsoft; }
    int customer, subscription, product, quantity, unitPrice, total, currency, day, meterCategory, publisher,
        chargeType, unit;

protected:
    std::optional<Problem> mapRecord(UsageRow &row) override
    {
        if (auto p = costAccountAndDay(row, total, currency, subscription, day, -1))
            return p;
        row.customerRef = text(customer);
        const QString charge = text(chargeType).toLower();
        row.kind = charge.contains(QLatin1String("refund")) || charge.contains(QLatin1String("credit"))
                       ? ChargeKind::Credit
                   : charge.contains(QLatin1String("tax")) ? ChargeKind::Tax
                                                           : ChargeKind::Usage;
        if (auto p = required(product))
            return p;
        row.product = text(product);
        row.productType = text(meterCategory);
        if (row.productType.isEmpty())
            row.productType = row.product;
        row.publisher = text(publisher);
        if (auto p = optionalAmount(quantity, row.quantity))
            return p;
        std::optional<WideDecimal> price;
        if (auto p = optionalAmount(unitPrice, price))
            return p;
        row.unit = text(unit);
        return std::nullopt;
    }
};

struct FormatColumns
{
    UsageFormat format;
    QList<QList<const char *>> required; ///< each entry: alternative names, one must exist
};

const QList<FormatColumns> &formatColumns()
{
    static const QList<FormatColumns> table{
        {UsageFormat::Focus,
         {{"BilledCost"},
          {"BillingCurrency"},
          {"BillingPeriodStart"},
          {"ChargePeriodStart"},
          {"ChargeCategory"},
          {"SubAccountId", "BillingAccountId"},
          {"ServiceName"}}},
        {UsageFormat::AwsCur,
         {{"lineItem/UsageAccountId"},
          {"lineItem/LineItemType"},
          {"lineItem/UnblendedCost"},
          {"lineItem/CurrencyCode"},
          {"lineItem/UsageStartDate"}}},
        {UsageFormat::Azure,
         {{"SubscriptionId", "SubscriptionGuid"},
          {"ProductName", "Product"},
          {"CostInBillingCurrency", "Cost"},
          {"BillingCurrencyCode", "BillingCurrency"},
          {"Date", "UsageDate"}}},
        {UsageFormat::PartnerCenter,
         {{"CustomerId"},
          {"SubscriptionId"},
          {"ProductName"},
          {"BillingPreTaxTotal"},
          {"BillingCurrency"},
          {"UsageDate"}}},
    };
    return table;
}

/// The column that identifies a format beyond doubt.
const char *signature(UsageFormat f)
{
    switch (f) {
    case UsageFormat::Focus:
        return "BilledCost";
    case UsageFormat::AwsCur:
        return "lineItem/UnblendedCost";
    case UsageFormat::Azure:
        return "CostInBillingCurrency";
    case UsageFormat::PartnerCenter:
        return "BillingPreTaxTotal";
    }
    return "";
}

QStringList headerNames(const QList<QByteArrayView> &header)
{
    QStringList names;
    names.reserve(header.size());
    for (QByteArrayView h : header)
        names << QString::fromUtf8(h).trimmed();
    return names;
}

} // namespace

std::optional<UsageFormat> UsageRowMapper::detect(const QList<QByteArrayView> &header)
{
    const QStringList names = headerNames(header);
    auto has = [&](const char *name) { return names.contains(QString::fromLatin1(name), Qt::CaseInsensitive); };
    for (UsageFormat f : allUsageFormats())
        if (has(signature(f)))
            return f;
    // The older EA and MCA usage details name the charge just "Cost": Azure when the meter
    // columns are there too.
    if (has("Cost") && has("MeterCategory") && (has("SubscriptionGuid") || has("SubscriptionId")))
        return UsageFormat::Azure;
    return std::nullopt;
}

Result<std::unique_ptr<UsageRowMapper>> UsageRowMapper::create(UsageFormat format, const QList<QByteArrayView> &header)
{
    const QStringList names = headerNames(header);
    for (int i = 0; i < names.size(); ++i) {
        if (names[i].isEmpty())
            return fail(tr("Column %1 of the header has no name; the first line must name every column.").arg(i + 1));
        for (int j = 0; j < i; ++j)
            if (names[i].compare(names[j], Qt::CaseInsensitive) == 0)
                return fail(tr("The header names “%1” twice (columns %2 and %3); Bursar cannot tell which one to read.")
                                .arg(names[i])
                                .arg(j + 1)
                                .arg(i + 1));
    }
    for (const FormatColumns &fc : formatColumns()) {
        if (fc.format != format)
            continue;
        for (const auto &alternatives : fc.required) {
            bool found = false;
            for (const char *n : alternatives)
                found = found || names.contains(QString::fromLatin1(n), Qt::CaseInsensitive);
            if (!found)
                return fail(tr("The header lacks the column %1, which every %2 file has.")
                                .arg(QString::fromLatin1(alternatives.first()), usageFormatName(format)));
        }
    }
    std::unique_ptr<UsageRowMapper> mapper;
    switch (format) {
    case UsageFormat::Focus:
        mapper = std::make_unique<FocusMapper>(names);
        break;
    case UsageFormat::AwsCur:
        mapper = std::make_unique<CurMapper>(names);
        break;
    case UsageFormat::Azure:
        mapper = std::make_unique<AzureMapper>(names);
        break;
    case UsageFormat::PartnerCenter:
        mapper = std::make_unique<PartnerCenterMapper>(names);
        break;
    }
    return mapper;
}

} // namespace bursar::core
