#pragma once

#include "core/money/decimal.h"
#include "core/pricing/pricing_rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <deque>
#include <optional>

namespace bursar::core {

/// Multiplies amounts by (100 + percent) / 100, exactly as Decimal::multiplied(factor, 18,
/// HalfEven) does, with a fast path in 128-bit integers for the report's many lines.
class PercentFactor
{
public:
    PercentFactor() = default;
    explicit PercentFactor(Decimal percent);
    Decimal apply(Decimal amount) const;
    Decimal factor() const { return m_factor; }

private:
    Decimal m_factor = Decimal::fromInt(1);
    std::int64_t m_scaled = 0; ///< (100 + percent) × 10^6, or 0 when the fast path cannot be used
};

/// amount × (100 + percent) / 100, at full precision.
Decimal applyPercent(Decimal amount, Decimal percent);

/// "+10%", "-2.5%": a percent rule as the clerk reads it.
QString percentText(Decimal percent);

/// Whether a rule that runs from `from` to `to` (empty: open-ended) is in force in `period`.
bool inForce(const QString &from, const QString &to, const QString &period);

/// What priced a line: the pricebook's rule (its own percent or a product's override) with
/// the global adjustments of the period applied after it, in turn.
struct Rate
{
    int id = 0; ///< the rule's text and percents within one Rater (Rater::text)
    PercentFactor factor;
    QString period;
};

/// A support plan's charge for one period: a percent of the usage price, at least the
/// plan's minimum.
struct SupportCharge
{
    Decimal amount;
    bool minimumApplied = false;
    QString text;
};

/// Rating (PRODUCT.md §3): turns a vendor's cost into the customer's price with the
/// pricebook rules and global adjustments in force in a period. Pure: the caller loads the
/// rules (the Billing Customers Report does, and through it the billing run); nothing here
/// reads a database or rounds. Rates are looked up once per (pricebook, product, period) and
/// kept, so pricing a million usage totals is a hash lookup and two multiplications each.
class Rater
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::BillingReportBuilder)

public:
    /// `rules`: every rule of the vendor's pricebooks, in any order; `globals`: the vendor's
    /// global adjustments; `pricebookNames` name the pricebooks in the rule texts.
    Rater(const QHash<qint64, QString> &pricebookNames, const QList<PricebookRule> &rules,
          const QList<GlobalAdjustment> &globals);

    /// The rule in force for `product` in `period`: a product's override beats the pricebook's
    /// own percent, and of each the latest that has started wins. None when the pricebook has
    /// no rule that has started by then.
    const std::optional<Rate> &rate(qint64 pricebookId, const QString &product, const QString &period);
    /// The same, looked up by numbers first: `productId` names `product` within this Rater's
    /// caller (the report numbers its product texts), so a line costs no string hashing.
    const std::optional<Rate> &rate(qint64 pricebookId, int productId, const QString &product, const QString &period);

    /// The customer's price of `cost`: the rule's factor, then each global adjustment of the
    /// rate's period in turn. Full precision (18 places, half-even at each step).
    Decimal price(const Rate &rate, Decimal cost);

    /// A support plan's charge in `period` on the customer's usage price of that period.
    static SupportCharge supportCharge(const SupportPlan &plan, Decimal usagePrice);

    /// The words and the percents ("10;-2") of a rate or of a line added with addText().
    const QString &text(int id) const { return m_texts.at(id); }
    const QString &percents(int id) const { return m_percents.at(id); }
    /// Numbers a text of the caller's own (marketplace pass-through, custom charges) the way
    /// rates are numbered; the same text twice gets the same number.
    int addText(const QString &text, const QString &percents = {});

private:
    struct Adjustment
    {
        PercentFactor factor;
        QString text;
        QString percents;
    };
    const QList<Adjustment> &globalsFor(const QString &period);

    struct Key
    {
        qint64 pricebookId;
        QString product;
        QString period;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.pricebookId == b.pricebookId && a.product == b.product && a.period == b.period;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.pricebookId, k.product, k.period);
        }
    };

    QHash<qint64, QString> m_pricebookNames;
    QHash<qint64, QList<PricebookRule>> m_rules; ///< by pricebook, ordered by first period
    QList<GlobalAdjustment> m_globals;
    std::deque<std::optional<Rate>> m_store;         ///< never moves what it holds
    QHash<Key, const std::optional<Rate> *> m_cache; ///< points into m_store
    QHash<QString, QHash<quint64, const std::optional<Rate> *>> m_fastCache;
    QString m_fastPeriod;
    QHash<quint64, const std::optional<Rate> *> *m_fast = nullptr;
    QHash<QString, QList<Adjustment>> m_globalCache; ///< by period
    QStringList m_texts{QString()};
    QStringList m_percents{QString()};
    QHash<QString, int> m_textIds;
};

} // namespace bursar::core
