#include "ui/widgets/contact_form.h"

#include "core/domain/regions.h"
#include "core/result.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace bursar::ui {

ContactForm::ContactForm(QFormLayout *layout, QWidget *parent, const QString &prefix)
    : QObject(parent), m_prefix(prefix)
{
    m_contactName = add(layout, tr("Contact &name:"), QStringLiteral("contact_name"));
    m_email = add(layout, tr("&Email:"), QStringLiteral("email"), QStringLiteral("billing@example.com"));
    m_phone = add(layout, tr("&Phone:"), QStringLiteral("phone"));
    m_address1 = add(layout, tr("&Address:"), QStringLiteral("address_line1"));
    m_address2 = add(layout, QString(), QStringLiteral("address_line2"));
    m_address2->setAccessibleName(tr("Address, second line"));
    m_city = add(layout, tr("Ci&ty:"), QStringLiteral("city"));
    m_postal = add(layout, tr("Postal &code:"), QStringLiteral("postal_code"));
    m_country = add(layout, tr("Co&untry:"), QStringLiteral("country"));
    // The address's country as written on documents: offered from the ISO 3166 list as the
    // clerk types, free text still allowed (an address may name it in its own language).
    QStringList names;
    for (const core::Place &p : core::Regions::countries())
        names << p.name;
    auto *completer = new QCompleter(names, m_country);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_country->setCompleter(completer);
}

QLineEdit *ContactForm::add(QFormLayout *layout, const QString &label, const QString &field, const QString &placeholder)
{
    auto *edit = new QLineEdit(layout->parentWidget());
    edit->setObjectName(m_prefix + field);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(200);
    layout->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, &ContactForm::edited);
    m_fields.insert(m_prefix + field, edit);
    return edit;
}

void ContactForm::setContact(const core::Contact &c)
{
    m_contactName->setText(c.contactName);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_address1->setText(c.addressLine1);
    m_address2->setText(c.addressLine2);
    m_city->setText(c.city);
    m_postal->setText(c.postalCode);
    m_country->setText(c.country);
}

core::Contact ContactForm::contact() const
{
    core::Contact c;
    c.contactName = m_contactName->text();
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.addressLine1 = m_address1->text();
    c.addressLine2 = m_address2->text();
    c.city = m_city->text();
    c.postalCode = m_postal->text();
    c.country = m_country->text();
    return c;
}

void ContactForm::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::as_const(m_fields))
        static_cast<QLineEdit *>(w)->setReadOnly(readOnly);
}

FormFeedback::FormFeedback(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_action(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("formFeedback"));
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A message never widens the form (its text wraps to the width the fields give it), and
    // the area keeps the height of two lines whether it speaks or not, so a message of one
    // or two lines moves nothing; a longer one grows the area rather than being cut.
    QSizePolicy wrap(QSizePolicy::Ignored, QSizePolicy::Minimum);
    wrap.setHeightForWidth(true);
    m_label->setSizePolicy(wrap);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    layout->addWidget(m_label, 1);
    m_action->setObjectName(QStringLiteral("feedbackAction"));
    m_action->setAutoDefault(false);
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto action = m_onAction;
        if (action)
            action();
    });
}

void FormFeedback::showError(const core::Error &error, const QString &actionText, const std::function<void()> &action)
{
    showError(error);
    m_onAction = action;
    m_action->setText(actionText);
    m_action->show();
}

void FormFeedback::addFields(const QHash<QString, QWidget *> &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_fields.insert(it.key(), it.value());
}

void FormFeedback::showError(const core::Error &error)
{
    clear();
    m_label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
    m_label->setText(error.message);
    m_label->setToolTip(error.message);
    if (QWidget *w = m_fields.value(error.field)) {
        w->setStyleSheet(QStringLiteral("border: 2px solid #b00020; border-radius: 3px;"));
        w->setToolTip(error.message);
        w->setFocus(Qt::OtherFocusReason);
        m_marked = w;
    }
}

void FormFeedback::showInfo(const QString &text)
{
    clear();
    m_label->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_label->setText(text);
    m_label->setToolTip(text);
}

void FormFeedback::clear()
{
    m_action->hide();
    m_onAction = nullptr;
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked->setToolTip(QString());
        m_marked = nullptr;
    }
    m_label->clear();
    m_label->setToolTip(QString());
}

QString FormFeedback::text() const
{
    return m_label->text();
}

} // namespace bursar::ui
