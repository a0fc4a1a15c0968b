#include "ui/finance/aging_page.h"

#include "core/customers/customer.h"
#include "core/customers/customer_service.h"
#include "core/formats/csv.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/tenant_combo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QStringList rowCells(const AgingRow &r, const QString &who)
{
    QStringList cells{who, r.customerName, r.currency};
    for (const Decimal &b : r.buckets)
        cells << displayMoney(b, r.currency);
    cells << displayMoney(r.unapplied, r.currency) << displayMoney(r.total, r.currency);
    return cells;
}

} // namespace

AgingPage::AgingPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_asOf(new QDateEdit(QDate::currentDate(), this)), m_tenant(new QComboBox(this)),
      m_table(makeListTable(this, {tr("Customer"), tr("Name"), tr("Currency"), tr("Current"), tr("1–30"), tr("31–60"),
                                   tr("61–90"), tr("Over 90"), tr("Unapplied"), tr("Total")})),
      m_proof(new QLabel(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("agingPage"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setMinimumWidth(120);
    m_tenant->addItem(tr("All tenants"), QVariant());
    if (auto tenants = CustomerService(db).tenants())
        addTenantItems(m_tenant, *tenants);
    auto *exportCsv = new QPushButton(tr("Export CSV…"), this);
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Aging"), QStringLiteral("aging-%1.csv").arg(m_asOf->date().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit())
            m_feedback->showError(fail(tr("Could not write %1: %2").arg(path, file.errorString())));
        else
            m_feedback->showInfo(tr("Written to %1.").arg(path));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("As of:"), this));
    row->addWidget(m_asOf);
    row->addWidget(new QLabel(tr("Tenant:"), this));
    row->addWidget(m_tenant);
    row->addStretch(1);
    row->addWidget(exportCsv);
    auto *hint = new QLabel(tr("By due date. Only documents and applications dated on or before the date count, so "
                               "the same date prints the same numbers later. Double-click a row for its documents."),
                            this);
    hint->setWordWrap(true);
    m_proof->setObjectName(QStringLiteral("agingProof"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_proof);
    connect(m_asOf, &QDateEdit::dateChanged, this, &AgingPage::reload);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &AgingPage::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r, int) { drillDown(r); });
    reload();
}

void AgingPage::setAsOf(QDate date)
{
    m_asOf->setDate(date);
}

void AgingPage::reload()
{
    m_feedback->clear();
    m_table->setRowCount(0);
    const QVariant tenant = m_tenant->currentData();
    auto report = Aging(m_db).report(m_asOf->date(),
                                     tenant.isValid() ? std::optional<qint64>(tenant.toLongLong()) : std::nullopt);
    if (!report) {
        m_feedback->showError(report.error());
        return;
    }
    m_report = *report;
    const QList<int> right{3, 4, 5, 6, 7, 8, 9};
    for (const AgingRow &r : m_report.rows) {
        const int n = m_table->rowCount();
        m_table->insertRow(n);
        fillListRow(m_table, n, rowCells(r, displayCustomerId(r.customerId)), right, r.customerId);
    }
    for (const AgingRow &r : m_report.totals) {
        const int n = m_table->rowCount();
        m_table->insertRow(n);
        fillListRow(m_table, n, rowCells(r, tr("Total")), right);
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QFont f = m_table->item(n, c)->font();
            f.setBold(true);
            m_table->item(n, c)->setFont(f);
        }
    }
    QStringList proof;
    for (qsizetype i = 0; i < m_report.totals.size(); ++i) {
        const QString c = m_report.totals.at(i).currency;
        const auto &[rows, documents] = m_report.proof.at(i);
        proof << tr("%1: Σ buckets %2 = Σ balances %3 %4")
                     .arg(c, displayMoney(rows, c), displayMoney(documents, c),
                          rows == documents ? QStringLiteral("✓") : tr("— NOT EQUAL"));
    }
    m_proof->setText(proof.isEmpty() ? tr("Nothing is owed and nothing is unapplied as of this date.")
                                     : tr("Proof: ") + proof.join(QStringLiteral(" · ")));
}

QString AgingPage::proofText() const
{
    return m_proof->text();
}

QByteArray AgingPage::csv() const
{
    return agingCsv(m_report);
}

Result<QList<AgingDocument>> AgingPage::documentsOf(int row)
{
    if (row < 0 || row >= m_report.rows.size())
        return QList<AgingDocument>();
    const AgingRow &r = m_report.rows.at(row);
    return Aging(m_db).documents(m_report.asOf, r.customerId, r.currency);
}

void AgingPage::drillDown(int row)
{
    auto docs = documentsOf(row);
    if (!docs) {
        m_feedback->showError(docs.error());
        return;
    }
    if (docs->isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Open documents of customer %1 as of %2")
                              .arg(displayCustomerId(docs->first().customerId), m_report.asOf.toString(Qt::ISODate)));
    auto *table =
        makeListTable(&dialog, {tr("Document"), tr("Date"), tr("Due"), tr("Total"), tr("Balance"), tr("Bucket")});
    const QStringList buckets{tr("Current"), tr("1–30"), tr("31–60"), tr("61–90"), tr("Over 90")};
    for (const AgingDocument &d : *docs) {
        const int n = table->rowCount();
        table->insertRow(n);
        fillListRow(table, n,
                    {d.number, d.date.toString(Qt::ISODate), d.dueDate.toString(Qt::ISODate),
                     displayMoney(d.total, d.currency), displayMoney(d.balance, d.currency),
                     d.bucket ? buckets.at(int(*d.bucket)) : tr("Unapplied")},
                    {3, 4});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(720, 400);
    dialog.exec();
}

} // namespace bursar::ui
