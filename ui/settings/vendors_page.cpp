#include "ui/settings/vendors_page.h"

#include "core/domain/timestamp.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/vendor_combo.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    return edit->toPlainText().split(u'\n', Qt::SkipEmptyParts);
}

QPlainTextEdit *namesEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

} // namespace

VendorsPage::VendorsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_table(new QTableWidget(this)), m_key(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_label(new QLineEdit(this)), m_marketplace(new QCheckBox(this)),
      m_providers(namesEdit(QStringLiteral("focusProviders"),
                            tr("one per line, as the FOCUS file's ProviderName "
                               "column writes it: Oracle"),
                            this)),
      m_entities(namesEdit(QStringLiteral("entities"),
                           tr("one per line, as usage files write the publisher: Oracle America, Inc."), this)),
      m_changeName(new QLineEdit(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("vendorsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Vendors"), this));
    auto *note = new QLabel(tr("The vendors whose usage Bursar bills. A FOCUS file's rows go to the vendor whose "
                               "provider name they carry; a publisher that is not one of the vendor's own legal "
                               "entities is a marketplace seller. Vendors are never removed: their usage, "
                               "pricebooks, credits and statements keep their key."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table->setObjectName(QStringLiteral("vendors"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Name"), tr("Account label"), tr("Marketplace fees"),
                                        tr("FOCUS provider names"), tr("Legal entities")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    // The selected vendor's names.
    auto *change = new QHBoxLayout;
    m_changeName->setObjectName(QStringLiteral("changeName"));
    m_changeName->setPlaceholderText(tr("a name for the selected vendor"));
    change->addWidget(new QLabel(tr("Selected vendor:"), this));
    change->addWidget(m_changeName, 1);
    // The four buttons under the name: beside it they made the page wider than 1024 px in German.
    auto *changeButtons = new QHBoxLayout;
    const auto nameButton = [&](Icon kind, const QString &text, const QString &objectName, auto fill) {
        auto *b = withIcon(kind, new QPushButton(text, this));
        b->setObjectName(objectName);
        changeButtons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, fill] {
            VendorChange c;
            fill(c, m_changeName->text());
            if (changeSelected(c))
                m_changeName->clear();
        });
    };
    nameButton(Icon::Add, tr("Add Provider Name"), QStringLiteral("addProvider"),
               [](VendorChange &c, const QString &n) { c.addFocusProviders << n; });
    nameButton(Icon::Remove, tr("Remove Provider Name"), QStringLiteral("removeProvider"),
               [](VendorChange &c, const QString &n) { c.removeFocusProviders << n; });
    nameButton(Icon::Add, tr("Add Entity"), QStringLiteral("addEntity"),
               [](VendorChange &c, const QString &n) { c.addEntities << n; });
    nameButton(Icon::Remove, tr("Remove Entity"), QStringLiteral("removeEntity"),
               [](VendorChange &c, const QString &n) { c.removeEntities << n; });
    changeButtons->addStretch(1);
    layout->addLayout(change);
    layout->addLayout(changeButtons);

    // A new vendor.
    auto *heading = new QLabel(tr("<b>New vendor</b>"), this);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setPlaceholderText(tr("oracle"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Oracle Cloud"));
    m_label->setObjectName(QStringLiteral("accountLabel"));
    m_label->setPlaceholderText(tr("account"));
    m_marketplace->setObjectName(QStringLiteral("marketplaceFees"));
    m_marketplace->setText(tr("Its marketplace fees are billed (as AWS's are; Azure's are not)"));
    m_marketplace->setChecked(true);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Account &label:"), m_label);
    form->addRow(QString(), m_marketplace);
    form->addRow(tr("&FOCUS provider names:"), m_providers);
    form->addRow(tr("Legal &entities:"), m_entities);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *add = withIcon(Icon::Add, new QPushButton(tr("&Add Vendor"), this));
    add->setObjectName(QStringLiteral("addVendor"));
    buttons->addWidget(add);
    layout->addLayout(buttons);
    m_feedback->addFields({{QStringLiteral("key"), m_key},
                           {QStringLiteral("name"), m_name},
                           {QStringLiteral("focus_provider"), m_providers}});
    add->setEnabled(db.acting().can(Privilege::ManageSettings)); // a convenience: the core refuses anyway
    connect(add, &QPushButton::clicked, this, &VendorsPage::submitAdd);
    reload();
}

void VendorsPage::reload()
{
    auto list = VendorCatalog(m_db).list();
    if (!list)
        return m_feedback->showError(list.error());
    const int keep = m_table->currentRow();
    m_records = *list;
    m_table->setRowCount(int(m_records.size()));
    int row = 0;
    for (const VendorRecord &r : std::as_const(m_records)) {
        const QStringList cells{r.info.key,
                                r.info.name,
                                r.info.accountLabel,
                                r.info.marketplaceFeesInReports ? tr("billed") : tr("not billed"),
                                r.focusProviders.join(u'\n'),
                                r.entities.join(u'\n')};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
    }
    m_table->resizeRowsToContents();
    m_table->selectRow(keep >= 0 && keep < m_table->rowCount() ? keep : 0);
}

void VendorsPage::submitAdd()
{
    NewVendor v;
    v.key = m_key->text();
    v.name = m_name->text();
    v.accountLabel = m_label->text();
    v.marketplaceFeesInReports = m_marketplace->isChecked();
    v.focusProviders = lines(m_providers);
    v.entities = lines(m_entities);
    addVendor(v);
}

bool VendorsPage::addVendor(const NewVendor &vendor)
{
    auto added = VendorCatalog(m_db).add(vendor);
    if (!added) {
        m_feedback->showError(added.error());
        return false;
    }
    m_feedback->showInfo(tr("%1 added. Its usage can be imported now; give customers its accounts and a "
                            "pricebook to bill it.")
                             .arg(vendorName(*added)));
    for (QLineEdit *e : {m_key, m_name, m_label})
        e->clear();
    m_providers->clear();
    m_entities->clear();
    m_marketplace->setChecked(true);
    reload();
    m_table->selectRow(int(m_records.size()) - 1);
    vendorsAdded();
    return true;
}

bool VendorsPage::changeSelected(const VendorChange &change)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.size()) {
        m_feedback->showError(fail(tr("Choose a vendor in the list first.")));
        return false;
    }
    const Vendor vendor = m_records.at(row).vendor;
    if (Status s = VendorCatalog(m_db).change(vendor, change); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("%1 saved.").arg(vendorName(vendor)));
    reload();
    return true;
}

QString VendorsPage::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
