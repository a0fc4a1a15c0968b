#pragma once

#include "core/result.h"
#include "core/users/privilege.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;

/// Settings > Account Information > Billing API: whether this window runs the Billing API,
/// where it listens, and the API keys — made (shown once), listed with their last use, and
/// revoked. `bursar serve` and `bursar api-keys` do the same from the command line.
class BillingApiBox : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingApiBox)
public:
    explicit BillingApiBox(core::Database &db, QWidget *parent = nullptr);

    void load();
    /// Saves the switch and the address; emits settingsSaved() so the window (re)starts or
    /// stops its server.
    bool save();
    /// Makes a key and returns its text (the only time it exists); the list shows it after.
    core::Result<QString> createKey(const QString &name, core::Scope scope, QDate expiresOn = {});
    bool revokeKey(const QString &name);

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *listenField() const { return m_listen; }
    QTableWidget *keys() const { return m_keys; }
    QString feedbackText() const;

Q_SIGNALS:
    void settingsSaved();

private:
    void newKeyDialog();
    void showKeyOnce(const QString &name, const QString &key);
    void reloadKeys();

    core::Database &m_db;
    QCheckBox *m_enabled;
    QLineEdit *m_listen;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QSpinBox *m_rate;
    QTableWidget *m_keys;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
