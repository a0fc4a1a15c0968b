#include "ui/finance/customer_ar_panel.h"

#include "core/finance/aging.h"
#include "core/finance/ar_service.h"
#include "ui/finance/document_dialogs.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

CustomerArPanel::CustomerArPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_balance(new QLabel(this)),
      m_table(makeListTable(
          this, {tr("Document"), tr("Status"), tr("Date"), tr("Due"), tr("Total"), tr("Applied"), tr("Left")})),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("customerArPanel"));
    m_balance->setObjectName(QStringLiteral("customerBalance"));
    QFont f = m_balance->font();
    f.setBold(true);
    m_balance->setFont(f);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_balance);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row < 0 || row >= m_documents.size())
            return;
        const ArDocument &d = m_documents.at(row);
        DocumentView view(m_db, {arKindKey(d.kind), d.id}, this);
        connect(&view, &DocumentView::changed, this, &CustomerArPanel::reload);
        view.exec();
    });
}

void CustomerArPanel::setCustomer(qint64 customerId)
{
    m_customer = customerId;
    reload();
}

void CustomerArPanel::reload()
{
    m_feedback->clear();
    m_table->setRowCount(0);
    m_documents.clear();
    if (m_customer <= 0) {
        m_balance->setText(tr("Save the customer first."));
        return;
    }
    auto balances = Aging(m_db).balances(m_customer, QDate::currentDate());
    if (!balances) {
        m_feedback->showError(balances.error());
        return;
    }
    QStringList parts;
    for (const CustomerBalance &b : *balances)
        parts << b.currency + u' ' + displayMoney(b.balance, b.currency);
    m_balance->setText(parts.isEmpty() ? tr("Balance: nothing owed, nothing unapplied.")
                                       : tr("Balance: %1").arg(parts.join(QStringLiteral(" · "))));
    ArFilter f;
    f.customerId = m_customer;
    auto docs = ArDocuments(m_db).list(f);
    if (!docs) {
        m_feedback->showError(docs.error());
        return;
    }
    m_documents = *docs;
    for (const ArDocument &d : std::as_const(m_documents)) {
        const int n = m_table->rowCount();
        m_table->insertRow(n);
        fillListRow(m_table, n,
                    {arKindName(d.kind) + u' ' + d.displayNumber(), arStatusName(d.status),
                     QLocale().toString(d.date, QLocale::ShortFormat),
                     d.kind == ArKind::Payment ? QString() : QLocale().toString(d.dueDate, QLocale::ShortFormat),
                     d.currency + u' ' + displayMoney(d.total, d.currency), displayMoney(d.applied, d.currency),
                     displayMoney(d.remaining(), d.currency)},
                    {4, 5, 6}, d.id);
    }
}

QString CustomerArPanel::balanceText() const
{
    return m_balance->text();
}

} // namespace bursar::ui
