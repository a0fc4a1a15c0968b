#include "ui/finance/write_off_page.h"

#include "core/finance/write_off.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/currency_combo.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

WriteOffPage::WriteOffPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_table(makeListTable(this, {tr("Currency"), tr("Tolerance")})),
      m_currency(new QComboBox(this)), m_amount(new QLineEdit(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("writeOffPage"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_amount->setObjectName(QStringLiteral("tolerance"));
    addCurrencyItems(m_currency);
    selectCurrency(m_currency, QStringLiteral("USD"));
    setUpNumberField(m_amount, tr("Tolerance (0 removes it)"));
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("Save"), this));
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setEnabled(db.acting().can(Privilege::ManageSettings));
    connect(saveButton, &QPushButton::clicked, this,
            [this] { save(comboCurrency(m_currency), typedNumber(m_amount)); });
    auto *note = new QLabel(tr("A statement, debit memo, credit memo or payment with at most this much left can be "
                               "written off from its view (Write Off): an adjustment memo of exactly what is left is "
                               "released and applied, so both close. The document itself never changes. A currency "
                               "without a tolerance cannot be written off."),
                            this);
    note->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_currency);
    row->addWidget(m_amount, 1);
    row->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table, 1);
    reload();
}

void WriteOffPage::reload()
{
    auto all = WriteOffs(m_db).tolerances();
    if (!all) {
        m_feedback->showError(all.error());
        return;
    }
    m_table->setRowCount(int(all->size()));
    int r = 0;
    for (const auto &[currency, amount] : *all)
        fillListRow(m_table, r++, {currency, displayMoney(amount, currency)}, {1});
}

bool WriteOffPage::save(const QString &currency, const QString &amount)
{
    if (Status s = WriteOffs(m_db).setTolerance(currency, amount); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("Saved."));
    reload();
    return true;
}

} // namespace bursar::ui
