#include "ui/reports/credits_report_page.h"

#include "core/billing/expiring_credits.h"
#include "core/customers/customer.h"
#include "core/formats/csv.h"
#include "core/storage/database_files.h"
#include "core/usage/csv_reader.h"
#include "ui/customers/credits_panel.h"
#include "ui/widgets/export_done.h"
#include "ui/widgets/find_field.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

namespace bursar::ui {

using namespace bursar::core;

CreditsReportPage::CreditsReportPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_vendor(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_remainingOnly(new QCheckBox(tr("With something remaining only"), this)), m_summary(new QLabel(this)),
      m_table(makeListTable(this,
                            {tr("Credit"), tr("Customer"), tr("Name"), tr("Vendor"), tr("Kind"), tr("Currency"),
                             tr("Issued"), tr("Applied"), tr("Remaining"), tr("Expires"), tr("State"), tr("Comment")})),
      m_expiring(makeListTable(this, {tr("Customer"), tr("Name"), tr("Vendor"), tr("Currency"), tr("Within 30 days"),
                                      tr("Within 60 days"), tr("Within 90 days"), tr("First expiry")}))
{
    setObjectName(QStringLiteral("creditsReportPage"));
    m_vendor->addItem(tr("All vendors"), QString());
    addVendorItems(m_vendor);
    m_filter->setPlaceholderText(tr("Filter by customer ID, name or comment"));
    m_filter->setClearButtonEnabled(true);
    markFindField(m_filter, m_table);
    m_table->setSortingEnabled(false);
    auto *exportButton = withIcon(Icon::Export, new QPushButton(tr("Export CSV…"), this));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Credits"), QStringLiteral("credits.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export Credits"), error);
        else
            announceSavedFile(this, tr("Export Credits"), path);
    });
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &CreditsReportPage::fill);
    connect(m_filter, &QLineEdit::textChanged, this, &CreditsReportPage::fill);
    connect(m_remainingOnly, &QCheckBox::toggled, this, &CreditsReportPage::fill);
    auto *top = new QHBoxLayout;
    top->addWidget(m_vendor);
    top->addWidget(m_filter, 1);
    top->addWidget(m_remainingOnly);
    top->addWidget(exportButton);
    auto *note =
        new QLabel(tr("Credits never appear in the Billing Customers Report; they are applied when statements are "
                      "generated with Apply Credits. Issued = applied + remaining for every credit."),
                   this);
    note->setWordWrap(true);
    m_expiring->setObjectName(QStringLiteral("expiringCredits"));
    m_expiring->setSortingEnabled(false);
    auto *expiringBox = new QWidget(this);
    auto *expiringLayout = new QVBoxLayout(expiringBox);
    expiringLayout->setContentsMargins(0, 0, 0, 0);
    auto *expiringTitle =
        new QLabel(tr("<b>Expiring credits</b>: what remains of the credits shown that expires within 30, 60 and 90 "
                      "days (each column includes the ones before it; a credit expiring today still pays today)."),
                   expiringBox);
    expiringTitle->setWordWrap(true);
    expiringLayout->addWidget(expiringTitle);
    expiringLayout->addWidget(m_expiring, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(expiringBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

void CreditsReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CreditsReportPage::reload()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    auto list = CreditService(m_db).list();
    if (!list) {
        m_summary->setText(list.message());
        return;
    }
    m_all = *list;
    fill();
}

void CreditsReportPage::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void CreditsReportPage::fill()
{
    const QString text = m_filter->text().trimmed();
    const auto vendor = comboVendor(m_vendor);
    const QDate today = QDate::currentDate();
    m_shown.clear();
    for (const Credit &c : std::as_const(m_all)) {
        if (vendor && c.vendor != *vendor)
            continue;
        if (m_remainingOnly->isChecked() && (c.voided() || c.remaining().isZero()))
            continue;
        if (!text.isEmpty() && !displayCustomerId(c.customerId).contains(text) &&
            !QString::number(c.customerId).startsWith(text) && !c.customerName.contains(text, Qt::CaseInsensitive) &&
            !c.comment.contains(text, Qt::CaseInsensitive))
            continue;
        m_shown << c;
    }
    m_table->setRowCount(int(m_shown.size()));
    std::map<std::pair<QString, QString>, std::tuple<Decimal, Decimal, Decimal, Decimal>> totals;
    for (int r = 0; r < m_shown.size(); ++r) {
        const Credit &c = m_shown.at(r);
        fillListRow(m_table, r,
                    {QString::number(c.id), displayCustomerId(c.customerId), c.customerName, vendorName(c.vendor),
                     creditKindName(c.kind), c.currency, displayMoney(c.amount, c.currency),
                     displayMoney(c.applied, c.currency), displayMoney(c.remaining(), c.currency),
                     c.expiresOn.isValid() ? c.expiresOn.toString(Qt::ISODate) : QString(), creditStateName(c, today),
                     c.comment},
                    {0, 6, 7, 8}, c.id);
        if (c.voided())
            continue;
        auto &[issued, applied, remaining, expired] = totals[{vendorName(c.vendor), c.currency}];
        issued += c.amount;
        applied += c.applied;
        remaining += c.remaining();
        if (c.expired(today))
            expired += c.remaining();
    }
    fitColumns(m_table);
    QStringList parts{tr("%n credit(s) shown", nullptr, int(m_shown.size()))};
    for (const auto &[key, sums] : totals) {
        const auto &[issued, applied, remaining, expired] = sums;
        QString part = tr("%1 %2: issued %3, applied %4, remaining %5")
                           .arg(key.first, key.second, displayMoney(issued, key.second),
                                displayMoney(applied, key.second), displayMoney(remaining, key.second));
        if (!expired.isZero())
            part += tr(" (expired %1)").arg(displayMoney(expired, key.second));
        parts << part;
    }
    m_summary->setText(parts.join(u'\n')); // one line per vendor and currency: a wrapped line was clipped

    const QList<ExpiringCredits> expiring = expiringCredits(m_shown, today);
    m_expiring->setRowCount(int(expiring.size()));
    for (int r = 0; r < expiring.size(); ++r) {
        const ExpiringCredits &e = expiring.at(r);
        fillListRow(m_expiring, r,
                    {displayCustomerId(e.customerId), e.customerName, vendorName(e.vendor), e.currency,
                     displayMoney(e.within30, e.currency), displayMoney(e.within60, e.currency),
                     displayMoney(e.within90, e.currency), e.firstExpiry.toString(Qt::ISODate)},
                    {4, 5, 6}, e.customerId);
    }
    fitColumns(m_expiring);
}

bool CreditsReportPage::exportCsv(const QString &path, QString *error)
{
    QByteArray out =
        "credit_id,customer_id,customer,vendor,kind,currency,amount,applied,remaining,expires,voided,comment\r\n";
    for (const Credit &c : std::as_const(m_shown))
        out += QByteArray::number(c.id) + ',' + QByteArray::number(c.customerId) + ',' + csvField(c.customerName) +
               ',' + vendorKey(c.vendor).toUtf8() + ',' + creditKindKey(c.kind).toUtf8() + ',' + c.currency.toUtf8() +
               ',' + c.amount.toUtf8() + ',' + c.applied.toUtf8() + ',' + c.remaining().toUtf8() + ',' +
               c.expiresOn.toString(Qt::ISODate).toUtf8() + ',' + (c.voided() ? "yes" : "no") + ',' +
               csvField(c.comment) + "\r\n";
    if (Status s = core::writeFileAtomically(path, out); !s) {
        *error = s.message();
        return false;
    }
    return true;
}

QString CreditsReportPage::summaryText() const
{
    return m_summary->text();
}

} // namespace bursar::ui
