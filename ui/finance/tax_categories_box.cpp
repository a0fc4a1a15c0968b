#include "ui/finance/tax_categories_box.h"

#include "core/finance/tax_categories.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/view_state.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

TaxCategoriesBox::TaxCategoriesBox(Database &db, QWidget *parent)
    : QGroupBox(tr("Tax categories of memo lines"), parent), m_db(db),
      m_table(makeListTable(this, {tr("Category"), tr("Region rate"), tr("State rate")})), m_name(new QLineEdit(this)),
      m_region(new QCheckBox(tr("Region rate"), this)), m_state(new QCheckBox(tr("State rate"), this)),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("taxCategories"));
    m_name->setPlaceholderText(tr("Name, e.g. Reduced"));
    m_name->setMaxLength(40);
    m_region->setChecked(true);
    m_state->setChecked(true);
    m_feedback->addField(QStringLiteral("name"), m_name);
    const bool allowed = db.acting().can(Privilege::ManageSettings);
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("Save Category"), this));
    saveButton->setObjectName(QStringLiteral("saveCategory"));
    saveButton->setEnabled(allowed);
    auto *removeButton = withIcon(Icon::Remove, new QPushButton(tr("Remove"), this));
    removeButton->setObjectName(QStringLiteral("removeCategory"));
    removeButton->setEnabled(allowed);
    connect(saveButton, &QPushButton::clicked, this,
            [this] { save(m_name->text(), m_region->isChecked(), m_state->isChecked()); });
    connect(removeButton, &QPushButton::clicked, this, [this] { remove(m_name->text()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !m_table->item(row, 0))
            return;
        m_name->setText(m_table->item(row, 0)->text());
        m_region->setChecked(m_table->item(row, 1)->data(Qt::UserRole + 1).toBool());
        m_state->setChecked(m_table->item(row, 2)->data(Qt::UserRole + 1).toBool());
    });
    auto *note = new QLabel(tr("A memo line of a category pays the rates ticked here; a line without a category is "
                               "not taxed. Memos keep the tax they were made with."),
                            this);
    note->setWordWrap(true);
    m_table->setMinimumHeight(110);
    // The rates ticked under the name: beside it the page was wider than a 1024 px window in
    // German.
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    auto *rates = new QHBoxLayout;
    rates->addWidget(m_region);
    rates->addWidget(m_state);
    rates->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addLayout(rates);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    reload();
}

void TaxCategoriesBox::reload()
{
    auto all = TaxCategories(m_db).list();
    if (!all) {
        m_feedback->showError(all.error());
        return;
    }
    m_table->setRowCount(int(all->size()));
    int r = 0;
    for (const TaxCategory &c : *all) {
        fillListRow(m_table, r, {c.name, c.regionRate ? tr("yes") : tr("no"), c.stateRate ? tr("yes") : tr("no")});
        m_table->item(r, 1)->setData(Qt::UserRole + 1, c.regionRate);
        m_table->item(r, 2)->setData(Qt::UserRole + 1, c.stateRate);
        ++r;
    }
    fitColumns(m_table);
}

bool TaxCategoriesBox::save(const QString &name, bool regionRate, bool stateRate)
{
    if (Status s = TaxCategories(m_db).set(name, regionRate, stateRate); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("Saved: %1. Memos made from now on are taxed by it.").arg(name.simplified()));
    reload();
    return true;
}

bool TaxCategoriesBox::remove(const QString &name)
{
    if (Status s = TaxCategories(m_db).remove(name); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("Removed: %1.").arg(name.simplified()));
    m_name->clear();
    reload();
    return true;
}

QString TaxCategoriesBox::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
