#pragma once

#include "core/domain/contact.h"
#include "core/result.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bursar::ui {

/// The contact and postal address fields shared by customers, billing profiles and our own
/// Account Information. Adds its rows to a form layout the caller owns.
class ContactForm : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactForm)
public:
    /// `prefix` goes before each field's object name and feedback key ("profile_" gives
    /// "profile_email"), so two contact forms in one window stay apart.
    ContactForm(QFormLayout *layout, QWidget *parent, const QString &prefix = {});

    void setContact(const core::Contact &contact);
    core::Contact contact() const;
    const QHash<QString, QWidget *> &fields() const { return m_fields; }
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void edited();

private:
    QLineEdit *add(QFormLayout *layout, const QString &label, const QString &field, const QString &placeholder = {});
    QLineEdit *m_contactName, *m_email, *m_phone, *m_address1, *m_address2, *m_city, *m_postal, *m_country;
    QString m_prefix;
    QHash<QString, QWidget *> m_fields;
};

/// A red message area under a form (of fixed place: it neither widens nor moves the form)
/// that names what is wrong; marks the field it concerns
/// and puts the cursor there.
class FormFeedback : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormFeedback)
public:
    explicit FormFeedback(QWidget *parent = nullptr);
    void addFields(const QHash<QString, QWidget *> &fields);
    void addField(const QString &name, QWidget *widget) { m_fields.insert(name, widget); }
    void showError(const core::Error &error);
    /// An error the clerk can act on at once: a button beside it (Reload after a conflict).
    void showError(const core::Error &error, const QString &actionText, const std::function<void()> &action);
    QPushButton *actionButton() const { return m_action; }
    void showInfo(const QString &text);
    void clear();
    QString text() const;

private:
    QLabel *m_label;
    QPushButton *m_action;
    std::function<void()> m_onAction;
    QHash<QString, QWidget *> m_fields;
    QWidget *m_marked = nullptr;
};

} // namespace bursar::ui
