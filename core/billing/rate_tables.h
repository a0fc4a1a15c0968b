#pragma once

#include "core/money/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace bursar::core {

class Database;

/// One row of the tax table: a rate for a region (state empty: the whole region) or for
/// one state or province of it, in force from a date until the next row for the same place.
struct TaxRate
{
    qint64 id = 0;
    QString region; ///< upper case, as customers' regions are compared: "US", "CA", "DE"
    QString state;  ///< upper case; empty for the region's own rate
    QString name;   ///< printed on the statement: "WA sales tax", "GST"
    Decimal rate;   ///< percent: 10.25 is 10.25 %
    QDate from;
    QString createdAt;
    QString createdBy;
};

/// Settings > Tax Tables. A customer in region R and state S pays R's own rate and S's rate,
/// each as its own tax line, at the rates in force on the statement's tax date. A rate of 0
/// ends an earlier one. Changing the table never changes a statement already made: each
/// keeps the rates it was made with. ManageSettings is required to write.
class TaxTable
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::TaxTable)

public:
    explicit TaxTable(Database &db) : m_db(db) {}

    /// Checks a tax rate typed as a percent: 0 to 100, at most 4 decimals.
    static Result<Decimal> parseRate(const QString &text);

    /// Sets the rate of `region` (and `state`) from `from` on; replaces a row of the same
    /// place and date. `name` defaults to "<state or region> tax".
    Result<qint64> set(const QString &region, const QString &state, const QString &rateText, QDate from,
                       const QString &name = {});
    Result<QList<TaxRate>> list();
    /// The rates a customer in `region`/`state` pays on `on`: the region's, then the state's
    /// (rates of 0 left out).
    Result<QList<TaxRate>> ratesFor(const QString &region, const QString &state, QDate on);
    /// The same, picked from a table read once (a billing run reads it for every customer).
    static QList<TaxRate> ratesIn(const QList<TaxRate> &table, const QString &region, const QString &state, QDate on);

private:
    Database &m_db;
};

/// One exchange rate: 1 `base` = `rate` `quote`, from `date` on.
struct ExchangeRate
{
    QString base;
    QString quote;
    QDate date;
    Decimal rate;
    bool inverted = false; ///< found as quote -> base and inverted (1 / rate, 18 decimals)
};

/// Settings > Exchange Rates, used to bill usage in another currency than the invoice
/// currency and to show a statement in another currency. ManageSettings is required to write.
class ExchangeRates
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ExchangeRates)

public:
    explicit ExchangeRates(Database &db) : m_db(db) {}

    Status set(const QString &base, const QString &quote, QDate date, const QString &rateText);
    Result<QList<ExchangeRate>> list();
    /// The latest rate base -> quote dated on or before `on`; the inverse of quote -> base
    /// when only that exists. Nothing when neither is known. 1 for a currency to itself.
    Result<std::optional<ExchangeRate>> rateOn(const QString &base, const QString &quote, QDate on);
    /// The same, picked from a table read once.
    static std::optional<ExchangeRate> rateIn(const QList<ExchangeRate> &table, const QString &base,
                                              const QString &quote, QDate on);

private:
    Database &m_db;
};

} // namespace bursar::core
