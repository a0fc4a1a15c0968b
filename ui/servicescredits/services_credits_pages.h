#pragma once

#include "core/servicescredits/services_credit.h"
#include "ui/widgets/paged_model.h"

#include <QDialog>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;
class CustomerPicker;

/// New or Edit of a services credits customer purchase (seed 003's form). While Settings >
/// Services Credits keeps the amount paid equal to the value, the paid field follows the
/// value and is read-only.
class PurchaseDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseDialog)
public:
    /// `existing`: Edit of that purchase; none: New.
    PurchaseDialog(core::Database &db, const std::optional<core::ServicesPurchase> &existing, QWidget *parent);
    /// Saves through core; false with the refusal shown beside its field.
    bool save();
    qint64 savedId() const { return m_savedId; }
    void done(int result) override;

    CustomerPicker *m_customer;
    QLineEdit *m_credits, *m_value, *m_paid;
    QComboBox *m_currency;
    QLineEdit *m_description;
    QDateEdit *m_start, *m_expiry;
    QCheckBox *m_draft;

private:
    core::Database &m_db;
    std::optional<core::ServicesPurchase> m_existing;
    FormFeedback *m_feedback;
    qint64 m_savedId = 0;
};

/// Services Credits > Customer Purchases: every purchase with its credits purchased,
/// allocated, redeemed, expired and available and their value; New, Edit, draft and undraft,
/// the expiry run, and the selected purchase's history with running balances.
class PurchasesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchasesPage)
public:
    explicit PurchasesPage(core::Database &db, QWidget *parent = nullptr);
    PagedListModel<core::ServicesPurchase> *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *history() const { return m_history; }
    FormFeedback *feedback() const { return m_feedback; }
    void refresh();
    /// Marks the selected purchase draft or not; the refusal (credits moved) is shown.
    bool setDraft(bool draft);
    /// Runs the expiry as of today and says what expired.
    void runExpiry();
    void showHistory(qint64 purchaseId);

Q_SIGNALS:
    void changed();

private:
    std::optional<qint64> customerFilter() const;
    qint64 selectedId() const;
    void edit(bool isNew);

    core::Database &m_db;
    CustomerPicker *m_customer;
    PagedListModel<core::ServicesPurchase> *m_model;
    QTableView *m_table;
    QTableWidget *m_history;
    QLabel *m_historyTitle;
    FormFeedback *m_feedback;
};

/// Services Credits > Opportunities: opportunities and their products, and Create Services
/// Credits Customer Purchase.
class OpportunitiesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunitiesPage)
public:
    explicit OpportunitiesPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    void showProducts(qint64 opportunityId);
    qint64 currentOpportunity() const { return m_current; }
    QTableWidget *opportunities() const { return m_opportunities; }
    QTableWidget *products() const { return m_products; }
    FormFeedback *feedback() const { return m_feedback; }
    bool addOpportunity(const QString &customer, const QString &name, QDate close);
    bool addProduct(const QString &name, const QString &quantity, const QString &price, const QString &credits);

Q_SIGNALS:
    void changed();

private:
    void createPurchases();

    core::Database &m_db;
    QTableWidget *m_opportunities, *m_products;
    CustomerPicker *m_customer;
    QLineEdit *m_name, *m_productName, *m_quantity, *m_price, *m_credits;
    QDateEdit *m_close;
    FormFeedback *m_feedback;
    qint64 m_current = 0;
};

/// Create Services Credits Customer Purchase: the products with services credits and no
/// purchase yet, each with its value and amount paid per credit (the product's total / its
/// credits, exact, shown rounded), start, expiry and description, all changeable.
class CreatePurchasesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePurchasesDialog)
public:
    CreatePurchasesDialog(core::Database &db, qint64 opportunityId, QWidget *parent);
    /// Creates the ticked products' purchases; false with the refusal shown.
    bool create();
    QList<qint64> created() const { return m_created; }
    QTableWidget *table() const { return m_table; }
    QComboBox *currency() const { return m_currency; }
    void done(int result) override;

private:
    void fill();

    core::Database &m_db;
    qint64 m_opportunity;
    QTableWidget *m_table;
    QComboBox *m_currency;
    FormFeedback *m_feedback;
    QList<core::PurchaseFromProduct> m_defaults;
    QList<qint64> m_created;
};

/// Services Credits > Projects & Milestones: projects per customer, their milestones with
/// what each holds, and the movements: allocate (from chosen purchases or automatically),
/// return, complete (redeem) and the recorded correction of a completion.
class ProjectsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)
public:
    explicit ProjectsPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    void showMilestones(qint64 projectId);
    void showAllocations(qint64 milestoneId);
    QTableWidget *projects() const { return m_projects; }
    QTableWidget *milestones() const { return m_milestones; }
    QTableWidget *allocations() const { return m_allocations; }
    FormFeedback *feedback() const { return m_feedback; }
    bool addProject(const QString &customer, const QString &name);
    bool addMilestone(const QString &name, const QString &credits, QDate due, const QString &currency);
    bool allocate(qint64 purchaseId, const QString &credits);
    bool allocateAutomatically(bool allOpen);
    bool returnCredits(const QString &credits);
    bool complete();
    bool reopen(const QString &reason);
    qint64 currentMilestone() const { return m_milestone; }

Q_SIGNALS:
    void changed();

private:
    bool after(const core::Status &s, const QString &done);
    void allocateDialog();

    core::Database &m_db;
    QTableWidget *m_projects, *m_milestones, *m_allocations;
    CustomerPicker *m_customer;
    QLineEdit *m_name, *m_milestoneName, *m_credits;
    QComboBox *m_currency;
    QDateEdit *m_due;
    FormFeedback *m_feedback;
    qint64 m_project = 0, m_milestone = 0;
};

/// Settings > Services Credits: keep amount paid equal to value per credit, new purchases
/// default to draft, manual allocation allowed, allocate after expiry, grace period.
class ServicesCreditsSettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesCreditsSettingsPage)
public:
    explicit ServicesCreditsSettingsPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    bool save();
    QCheckBox *m_paidEqualsValue, *m_newDraft, *m_manual, *m_afterExpiry;
    QSpinBox *m_grace;

private:
    core::Database &m_db;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
