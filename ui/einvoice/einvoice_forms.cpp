#include "ui/einvoice/einvoice_forms.h"

#include "core/einvoice/einvoice_service.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QLineEdit *field(QWidget *parent, const char *name, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setPlaceholderText(placeholder);
    return e;
}

QHBoxLayout *saveRow(QWidget *parent, const QString &text, QPushButton **save)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    *save = withIcon(Icon::Save, new QPushButton(text, parent));
    (*save)->setObjectName(QStringLiteral("saveEInvoicing"));
    row->addWidget(*save);
    return row;
}

/// The electronic address: its scheme and its ID side by side, the label's mnemonic on the
/// scheme.
void addEndpointRow(QFormLayout *form, QWidget *parent, const QString &label, QComboBox *scheme, QLineEdit *id)
{
    scheme->setObjectName(QStringLiteral("endpoint_scheme"));
    addEndpointSchemeItems(scheme);
    scheme->setAccessibleName(
        QCoreApplication::translate("bursar::ui::SellerEInvoiceForm", "Electronic address scheme"));
    id->setAccessibleName(QCoreApplication::translate("bursar::ui::SellerEInvoiceForm", "Electronic address"));
    auto *row = new QHBoxLayout;
    row->addWidget(scheme, 1);
    row->addWidget(id, 1);
    auto *text = new QLabel(label, parent);
    text->setBuddy(scheme);
    form->addRow(text, row);
}

/// Below the form: what the form says, its Save button, and the fields a refusal points at.
QPushButton *finishForm(QVBoxLayout *layout, QFormLayout *form, FormFeedback *feedback, const QString &saveText,
                        std::initializer_list<QWidget *> fields)
{
    layout->addLayout(form);
    layout->addWidget(feedback);
    QPushButton *saveButton = nullptr;
    layout->addLayout(saveRow(layout->parentWidget(), saveText, &saveButton));
    layout->addStretch(1);
    for (QWidget *w : fields)
        feedback->addField(w->objectName(), w);
    return saveButton;
}

} // namespace

void addEndpointSchemeItems(QComboBox *combo)
{
    struct Known
    {
        const char *code, *name;
    };
    static const Known known[] = {
        {"0088", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "GLN (Global Location Number)")},
        {"0060", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "DUNS number")},
        {"0208", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "Belgian enterprise number")},
        {"0106", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "Dutch KvK number")},
        {"0192", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "Norwegian organisation number")},
        {"0007", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "Swedish organisation number")},
        {"0184", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "Danish CVR number")},
        {"0009", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "French SIRET")},
        {"9930", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "German VAT number")},
        {"9957", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "French VAT number")},
        {"9944", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "Dutch VAT number")},
        {"9925", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "Belgian VAT number")},
        {"9932", QT_TRANSLATE_NOOP("bursar::ui::SellerEInvoiceForm", "UK VAT number")}};
    combo->addItem(QCoreApplication::translate("bursar::ui::SellerEInvoiceForm", "(none)"), QString());
    for (const Known &k : known)
        combo->addItem(
            QStringLiteral("%1 — %2").arg(QLatin1String(k.code),
                                          QCoreApplication::translate("bursar::ui::SellerEInvoiceForm", k.name)),
            QString::fromLatin1(k.code));
    for (const QString &code : peppolEndpointSchemes())
        if (combo->findData(code) < 0)
            combo->addItem(code, code);
}

SellerEInvoiceForm::SellerEInvoiceForm(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_legalName(field(this, "legal_name")),
      m_vatId(field(this, "vat_id", QStringLiteral("DE123456789"))), m_companyId(field(this, "company_id")),
      m_endpointId(field(this, "endpoint_id")),
      m_iban(field(this, "iban", QStringLiteral("DE89 3704 0044 0532 0130 00"))),
      m_bic(field(this, "bic", QStringLiteral("COBADEFFXXX"))), m_scheme(new QComboBox(this)),
      m_vatCurrency(new QComboBox(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("sellerEInvoice"));
    m_vatCurrency->setObjectName(QStringLiteral("vat_currency"));
    m_vatCurrency->addItem(tr("(each document's own)"), QString());
    addCurrencyItems(m_vatCurrency);
    m_legalName->setPlaceholderText(tr("empty: the company name"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What EN 16931 and Peppol e-invoices (UBL) name us by, besides the name and address "
                                "on the Company tab. Each UBL file keeps what it was written with."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("&Legal name:"), m_legalName);
    form->addRow(tr("&VAT ID:"), m_vatId);
    form->addRow(tr("Company &registration:"), m_companyId);
    addEndpointRow(form, this, tr("&Electronic address:"), m_scheme, m_endpointId);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(tr("&BIC:"), m_bic);
    form->addRow(tr("VAT c&urrency:"), m_vatCurrency);
    QPushButton *saveButton =
        finishForm(layout, form, m_feedback, tr("&Save"),
                   {m_legalName, m_vatId, m_companyId, m_endpointId, m_scheme, m_iban, m_bic, m_vatCurrency});
    connect(saveButton, &QPushButton::clicked, this, &SellerEInvoiceForm::save);
    load();
}

void SellerEInvoiceForm::load()
{
    auto s = EInvoices(m_db).seller();
    if (!s)
        return m_feedback->showError(s.error());
    m_loaded = *s;
    m_legalName->setText(s->legalName);
    m_vatId->setText(s->vatId);
    m_companyId->setText(s->companyId);
    m_endpointId->setText(s->endpointId);
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(s->endpointScheme)));
    m_iban->setText(s->iban);
    m_bic->setText(s->bic);
    m_vatCurrency->setCurrentIndex(std::max(0, m_vatCurrency->findData(s->vatCurrency)));
}

bool SellerEInvoiceForm::save()
{
    EInvoiceSeller s = m_loaded;
    s.legalName = m_legalName->text();
    s.vatId = m_vatId->text();
    s.companyId = m_companyId->text();
    s.endpointId = m_endpointId->text();
    s.endpointScheme = m_scheme->currentData().toString();
    s.iban = m_iban->text();
    s.bic = m_bic->text();
    s.vatCurrency = m_vatCurrency->currentData().toString();
    if (Status r = EInvoices(m_db).saveSeller(s); !r) {
        m_feedback->showError(r.error());
        return false;
    }
    load();
    m_feedback->showInfo(tr("E-invoicing settings saved."));
    return true;
}

QString SellerEInvoiceForm::feedbackText() const
{
    return m_feedback->text();
}

CustomerEInvoiceForm::CustomerEInvoiceForm(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db),
      m_receives(new QCheckBox(tr("This customer &receives e-invoices (UBL, Peppol BIS Billing 3.0)"), this)),
      m_vatId(field(this, "vat_id", QStringLiteral("FR40303265045"))), m_endpointId(field(this, "endpoint_id")),
      m_buyerReference(field(this, "buyer_reference", tr("empty: the customer ID"))),
      m_exemptionReason(field(this, "exemption_reason")), m_scheme(new QComboBox(this)),
      m_category(new QComboBox(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("customerEInvoice"));
    m_receives->setObjectName(QStringLiteral("receives"));
    m_category->setObjectName(QStringLiteral("tax_category"));
    m_category->addItem(tr("By region (reverse charge inside the EU, export outside it)"), QString());
    m_category->addItem(tr("Z — zero-rated"), QStringLiteral("Z"));
    m_category->addItem(tr("E — exempt (give the reason)"), QStringLiteral("E"));
    m_category->addItem(tr("AE — reverse charge"), QStringLiteral("AE"));
    m_category->addItem(tr("K — intra-community supply"), QStringLiteral("K"));
    m_category->addItem(tr("G — export outside the EU"), QStringLiteral("G"));
    m_category->addItem(tr("O — not subject to VAT"), QStringLiteral("O"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(QString(), m_receives);
    form->addRow(tr("&VAT ID:"), m_vatId);
    addEndpointRow(form, this, tr("&Electronic address:"), m_scheme, m_endpointId);
    form->addRow(tr("&Buyer reference:"), m_buyerReference);
    form->addRow(tr("VAT &category when untaxed:"), m_category);
    form->addRow(tr("E&xemption reason:"), m_exemptionReason);
    QPushButton *saveButton =
        finishForm(layout, form, m_feedback, tr("Save E-&invoicing"),
                   {m_vatId, m_endpointId, m_scheme, m_buyerReference, m_category, m_exemptionReason});
    connect(saveButton, &QPushButton::clicked, this, &CustomerEInvoiceForm::save);
}

void CustomerEInvoiceForm::setCustomer(qint64 customerId)
{
    auto c = EInvoices(m_db).customer(customerId);
    if (!c)
        return m_feedback->showError(c.error());
    m_loaded = *c;
    m_receives->setChecked(c->receives);
    m_vatId->setText(c->vatId);
    m_endpointId->setText(c->endpointId);
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(c->endpointScheme)));
    m_buyerReference->setText(c->buyerReference);
    m_category->setCurrentIndex(std::max(0, m_category->findData(c->taxCategory)));
    m_exemptionReason->setText(c->exemptionReason);
}

bool CustomerEInvoiceForm::save()
{
    EInvoiceCustomer c = m_loaded;
    c.receives = m_receives->isChecked();
    c.vatId = m_vatId->text();
    c.endpointId = m_endpointId->text();
    c.endpointScheme = m_scheme->currentData().toString();
    c.buyerReference = m_buyerReference->text();
    c.taxCategory = m_category->currentData().toString();
    c.exemptionReason = m_exemptionReason->text();
    if (Status r = EInvoices(m_db).saveCustomer(c); !r) {
        m_feedback->showError(r.error());
        return false;
    }
    setCustomer(c.customerId);
    m_feedback->showInfo(tr("E-invoicing saved."));
    return true;
}

QString CustomerEInvoiceForm::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
