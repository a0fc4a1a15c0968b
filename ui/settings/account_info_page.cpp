#include "ui/settings/account_info_page.h"

#include "core/money/currency.h"
#include "core/settings/account_info_service.h"
#include "render/logo.h"
#include "ui/einvoice/einvoice_forms.h"
#include "ui/settings/billing_api_box.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/page_title.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

AccountInfoPage::AccountInfoPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_company(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_logo(new QLabel(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("accountInfoPage"));
    auto *page = new QVBoxLayout(this);
    page->addWidget(pageTitle(tr("Account Information"), this));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("accountTabs"));
    page->addWidget(tabs, 1);
    auto *company = new QWidget(tabs);
    tabs->addTab(company, tr("&Company"));
    m_einvoice = new SellerEInvoiceForm(db, tabs);
    tabs->addTab(m_einvoice, tr("&E-invoicing"));
    m_api = new BillingApiBox(db, tabs);
    tabs->addTab(m_api, tr("Billing &API"));
    connect(m_api, &BillingApiBox::settingsSaved, this, &AccountInfoPage::apiSettingsChanged);
    auto *layout = new QVBoxLayout(company);
    auto *intro = new QLabel(tr("Your company as it appears on every billing statement."), this);
    layout->addWidget(intro);

    auto *columns = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_company->setObjectName(QStringLiteral("company_name"));
    m_company->setMaxLength(200);
    form->addRow(tr("Company &name:"), m_company);
    m_contact = new ContactForm(form, this);
    m_currency->setObjectName(QStringLiteral("default_currency"));
    addCurrencyItems(m_currency);
    form->addRow(tr("Default &currency:"), m_currency);
    columns->addLayout(form, 3);

    auto *logoColumn = new QVBoxLayout;
    logoColumn->addWidget(new QLabel(tr("Logo:"), this));
    m_logo->setObjectName(QStringLiteral("logo"));
    m_logo->setFixedSize(260, 90);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    logoColumn->addWidget(m_logo);
    auto *choose = withIcon(Icon::Open, new QPushButton(tr("C&hoose Logo…"), this));
    auto *remove = withIcon(Icon::Remove, new QPushButton(tr("Remo&ve Logo"), this));
    logoColumn->addWidget(choose);
    logoColumn->addWidget(remove);
    logoColumn->addStretch(1);
    columns->addLayout(logoColumn, 1);
    layout->addLayout(columns);

    layout->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *revert = withIcon(Icon::Revert, new QPushButton(tr("&Revert"), this));
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("&Save"), this));
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setDefault(true);
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_feedback->addFields(m_contact->fields());
    m_feedback->addField(QStringLiteral("company_name"), m_company);
    m_feedback->addField(QStringLiteral("default_currency"), m_currency);
    m_feedback->addField(QStringLiteral("logo"), m_logo);

    connect(saveButton, &QPushButton::clicked, this, &AccountInfoPage::save);
    connect(revert, &QPushButton::clicked, this, &AccountInfoPage::load);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            setLogoFile(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_info.logo.clear();
        m_info.logoMime.clear();
        showLogo();
    });
    load();
}

void AccountInfoPage::load()
{
    m_feedback->clear();
    auto info = AccountInfoService(m_db).load();
    if (!info) {
        m_feedback->showError(info.error());
        return;
    }
    m_info = *info;
    m_company->setText(m_info.companyName);
    m_contact->setContact(m_info.contact);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_info.defaultCurrency)));
    showLogo();
}

bool AccountInfoPage::save()
{
    AccountInfo info = m_info;
    info.companyName = m_company->text();
    info.contact = m_contact->contact();
    info.defaultCurrency = m_currency->currentData().toString();
    if (Status s = AccountInfoService(m_db).save(info); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    load();
    m_feedback->showInfo(tr("Account information saved."));
    return true;
}

bool AccountInfoPage::setLogoFile(const QString &path)
{
    auto info = AccountInfoService::withLogoFromFile(m_info, path);
    if (!info) {
        m_feedback->showError(info.error());
        return false;
    }
    m_info = *info;
    m_feedback->showInfo(tr("Logo chosen; Save to keep it."));
    showLogo();
    return true;
}

void AccountInfoPage::showLogo()
{
    const QImage image = render::logoImage(m_info.logo, m_logo->size() - QSize(12, 12));
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(image));
    }
}

QString AccountInfoPage::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
