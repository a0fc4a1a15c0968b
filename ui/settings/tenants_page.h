#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Tenants: the tree Distributor > Partner > sub-partner, with the number of
/// customers under each; add a tenant or rename one.
class TenantsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantsPage)
public:
    explicit TenantsPage(core::Database &db, QWidget *parent = nullptr);

    void reload();
    /// Adds a tenant under `parentId` (0: a new distributor at the top).
    bool addTenant(const QString &name, qint64 parentId);
    QTreeWidget *tree() const { return m_tree; }
    QString feedbackText() const;

Q_SIGNALS:
    void tenantsChanged();

private:
    core::Database &m_db;
    QTreeWidget *m_tree;
    QLineEdit *m_name;
    QComboBox *m_parent;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
