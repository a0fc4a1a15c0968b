#pragma once

#include "core/pricing/pricing_rules.h"
#include "core/result.h"

#include <QDate>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Pricebooks: each vendor's pricebooks, their effective-dated rules and
/// per-product overrides. A change never reaches into a period that has ended; the page
/// says from which period a change applies.
class PricebooksPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricebooksPage)
public:
    explicit PricebooksPage(core::Database &db, QWidget *parent = nullptr);
    void setToday(QDate today) { m_today = today; }
    void reload();
    bool addPricebook(const QString &name, const QString &percent);
    /// Sets the selected pricebook's percent (product empty) or an override.
    bool setRule(const QString &product, const QString &percent, QDate effective);
    QListWidget *pricebooks() const { return m_books; }
    QTableWidget *rules() const { return m_rules; }
    QString feedbackText() const;

Q_SIGNALS:
    void pricingChanged();

private:
    void showRules();

    core::Database &m_db;
    QDate m_today;
    QComboBox *m_vendor;
    QListWidget *m_books;
    QTableWidget *m_rules;
    QLineEdit *m_name;
    QLineEdit *m_bookPercent;
    QLineEdit *m_product;
    QLineEdit *m_rulePercent;
    QDateEdit *m_effective;
    FormFeedback *m_feedback;
};

/// Settings > Discounts, Charges & Support: global discounts and uplifts per vendor, each
/// customer's custom charges (fixed monthly lines) and support plans (a percent of usage
/// with a minimum). Every entry is effective-dated; ending one keeps it for the periods
/// that have ended.
class PricingAdjustmentsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingAdjustmentsPage)
public:
    explicit PricingAdjustmentsPage(core::Database &db, QWidget *parent = nullptr);
    void setToday(QDate today) { m_today = today; }
    void reload();
    bool addGlobal(const QString &vendor, const QString &description, const QString &percent, QDate effective);
    bool addCharge(const QString &customer, const QString &vendor, const QString &description, const QString &amount,
                   const QString &currency, QDate effective);
    bool addSupport(const QString &customer, const QString &vendor, const QString &name, const QString &percent,
                    const QString &minimum, const QString &currency, QDate effective);
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *globals() const { return m_globals; }
    QTableWidget *charges() const { return m_charges; }
    QTableWidget *plans() const { return m_plans; }
    QString feedbackText() const;

Q_SIGNALS:
    void pricingChanged();

private:
    void addTab(QTableWidget *table, const QString &title, const QList<QWidget *> &fields,
                const std::function<bool(QDate)> &add,
                const std::function<core::Result<core::EffectiveFrom>(qint64)> &end);

    core::Database &m_db;
    QDate m_today;
    QTabWidget *m_tabs;
    QTableWidget *m_globals;
    QTableWidget *m_charges;
    QTableWidget *m_plans;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
