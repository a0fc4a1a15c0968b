#pragma once

#include "core/domain/vendor.h"
#include "core/money/wide_decimal.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace bursar::core {

class CsvReader;

/// The usage exports Bursar reads.
enum class UsageFormat {
    Focus,         ///< FinOps FOCUS 1.x CSV (every vendor)
    AwsCur,        ///< AWS Cost and Usage Report CSV
    Azure,         ///< Microsoft Azure cost details export
    PartnerCenter, ///< Microsoft Partner Center daily rated usage reconciliation file
};
QList<UsageFormat> allUsageFormats();
/// Command-line key: focus, aws-cur, azure, partner-center.
QString usageFormatKey(UsageFormat f);
QString usageFormatName(UsageFormat f);
std::optional<UsageFormat> usageFormatFromKey(QStringView key);

/// What a row charges, after FOCUS's ChargeCategory. Tax and Credit rows are the vendor's
/// tax and credits to the distributor: kept and shown, never the customer's charges.
enum class ChargeKind { Usage, Purchase, Tax, Credit, Adjustment };
QString chargeKindKey(ChargeKind k);
std::optional<ChargeKind> chargeKindFromKey(QStringView key);
/// Whether rows of this kind are the customer's charges (priced and billed).
inline bool isCustomerCharge(ChargeKind k)
{
    return k != ChargeKind::Tax && k != ChargeKind::Credit;
}

/// How far a FOCUS row's ChargePeriodStart may lie outside its billing period (the row is
/// billed in the BillingPeriodStart's period all the same): up to 7 days before its first
/// day, for usage the vendor reports late and for charge times written in another time zone,
/// and up to 1 day after its last, for time zones. Further out the file is refused.
inline constexpr int FocusChargeDaysBefore = 7;
inline constexpr int FocusChargeDaysAfter = 1;

/// One row of a usage export, in Bursar's terms. Amounts are exact, never rounded.
struct UsageRow
{
    QString period;      ///< billing period "YYYY-MM"
    QDate usageDate;     ///< the day the charge is for
    QString accountId;   ///< vendor account / subscription, as mapped to customers
    QString customerRef; ///< Partner Center's CustomerId; empty elsewhere
    ChargeKind kind = ChargeKind::Usage;
    bool correction = false;        ///< FOCUS ChargeClass "Correction"
    bool marketplaceByFile = false; ///< the file itself says marketplace (CUR billing entity, Azure publisher type)
    bool ignored = false;           ///< an AWS Free Tier benefit, which Bursar disregards
    QString provider;               ///< the cloud (FOCUS ProviderName/HostProviderName) when the file names it
    QString publisher;              ///< who sells the service; a marketplace seller when not the vendor
    QString productType;            ///< the report's grouping (ServiceCategory, MeterCategory, product family)
    QString product;                ///< ServiceName / ProductName
    QString unit;
    QString currency;
    WideDecimal cost; ///< up to 36 places, as the vendor wrote it
    std::optional<WideDecimal> quantity;
    std::optional<WideDecimal> listCost;
};

/// Reads the rows of one format. Made from the file's header, which it checks.
class UsageRowMapper
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::UsageRowMapper)

public:
    virtual ~UsageRowMapper() = default;

    /// The format a header belongs to, or nothing.
    static std::optional<UsageFormat> detect(const QList<QByteArrayView> &header);
    /// A mapper for `format`; refused when the header lacks a required column or names a
    /// column twice. Errors name the column and the format.
    static Result<std::unique_ptr<UsageRowMapper>> create(UsageFormat format, const QList<QByteArrayView> &header);

    /// The vendor whose export this format is, when the format says (CUR: AWS, ...).
    virtual std::optional<Vendor> fixedVendor() const = 0;

    struct Problem
    {
        int column = 0; ///< 1-based; 0 for the whole row
        QString message;
    };
    /// Fills `row` from the reader's current record, or says what is wrong with it.
    std::optional<Problem> map(const CsvReader &reader, UsageRow &row);

    QString columnName(int column) const { return m_header.value(column - 1); }
    UsageFormat format() const { return m_format; }

protected:
    UsageRowMapper(UsageFormat format, QStringList header) : m_format(format), m_header(std::move(header)) {}
    virtual std::optional<Problem> mapRecord(UsageRow &row) = 0;

    /// Index of a column (case-insensitive), or -1.
    int column(QStringView name) const;
    /// The first of several alternative names that exists, or -1.
    int columnAny(std::initializer_list<const char *> names) const;
    /// The cell of column `index`; empty for -1 and for a bare NULL.
    QByteArrayView cell(int index) const;
    /// The cell, trimmed, is `word` in any letter case.
    bool cellIs(int index, const char *word) const;
    /// Text cell as a QString, shared between equal values.
    QString text(int index);
    std::optional<Problem> amount(int index, WideDecimal &out, bool required);
    std::optional<Problem> optionalAmount(int index, std::optional<WideDecimal> &out);
    std::optional<Problem> date(int index, QDate &out, bool required);
    Problem problem(int index, const QString &message) const { return {index + 1, message}; }
    /// Empty once decoded counts as empty: a cell holding only a byte order mark decodes
    /// to nothing (QString::fromUtf8 drops it) and must not pass as a value.
    std::optional<Problem> required(int index);
    /// "YYYY-MM" of a date, made once per month seen.
    QString period(QDate d);
    /// What every row needs, in the columns a format names: the cost, its currency, the
    /// account, the day and the billing period (from `periodStart`, or the day's month when
    /// that column is absent or empty).
    std::optional<Problem> costAccountAndDay(UsageRow &row, int cost, int currency, int account, int day,
                                             int periodStart);

private:
    UsageFormat m_format;
    QStringList m_header;
    QHash<QByteArray, QString> m_strings;
    QHash<int, QString> m_periods;
    const CsvReader *m_reader = nullptr;
};

/// Parses the date part of "2024-09-01", "2024-09-01T00:00:00Z", "2024-09-01T00:00:00.000Z",
/// "2024-09-01 00:00:00", "2024-09-01T00:00:00+00:00" and Microsoft's month-first "09/01/2024"
/// and "9/1/2024" (with or without a time after a space). Slashed dates are always read month
/// first: Microsoft's exports write them so in every locale. A file re-saved day first is
/// refused at its first day above 12 (read as a month).
std::optional<QDate> parseUsageDate(QByteArrayView text);

} // namespace bursar::core
