#pragma once

#include "core/usage/vendor_catalog.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Vendors: the vendors Bursar bills. AWS, Microsoft and Google ship with Bursar;
/// a clerk adds others (key, name, account label, whether marketplace fees are billed, the
/// FOCUS provider names that mean it, its own legal entities) and adds or removes a vendor's
/// names. Vendors are never removed. The core checks every field and privilege.
class VendorsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VendorsPage)
public:
    explicit VendorsPage(core::Database &db, QWidget *parent = nullptr);

    void reload();
    bool addVendor(const core::NewVendor &vendor);
    /// Applies `change` to the vendor in the table's selected row.
    bool changeSelected(const core::VendorChange &change);
    QTableWidget *table() const { return m_table; }
    QString feedbackText() const;

private:
    void submitAdd();
    core::Database &m_db;
    QTableWidget *m_table;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QLineEdit *m_label;
    QCheckBox *m_marketplace;
    QPlainTextEdit *m_providers;
    QPlainTextEdit *m_entities;
    QLineEdit *m_changeName;
    FormFeedback *m_feedback;
    QList<core::VendorRecord> m_records;
};

} // namespace bursar::ui
