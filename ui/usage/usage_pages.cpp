#include "ui/usage/usage_pages.h"

#include "core/customers/customer_service.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/worker.h"
#include "core/domain/billing_period.h"

#include <QComboBox>
#include <QDateEdit>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QString totalsText(const QList<CurrencyTotal> &totals)
{
    QStringList parts;
    const QLocale locale;
    for (const CurrencyTotal &t : totals)
        parts << t.currency + u' ' + formatExact(t.cost, locale);
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<ImportSummary> importUsageWithProgress(QWidget *parent, Database &db, const QString &path,
                                             const ImportOptions &options)
{
    return runWithProgress<ImportSummary>(
        parent, db, UsageImportsPage::tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [&](Database &connection, WorkerProgress &progress) {
            return UsageImporter(connection).importFile(path, options,
                                                        [&](qint64 d, qint64 t) { return progress.report(d, t); });
        });
}

// ---- Usage > Imports ------------------------------------------------------------------

UsageImportsPage::UsageImportsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_vendor(new QComboBox(this)), m_format(new QComboBox(this)),
      m_table(makeListTable(this, {tr("ID"), tr("Imported at"), tr("By"), tr("Vendor"), tr("Format"), tr("File"), tr("Rows"),
                               tr("Lines"), tr("Free Tier rows ignored"), tr("Cost"), tr("SHA-256")})),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("usageImportsPage"));
    m_vendor->addItem(tr("Vendor from the file"), -1);
    for (Vendor v : AllVendors)
        m_vendor->addItem(vendorName(v), int(v));
    m_format->addItem(tr("Format from the header"), -1);
    for (UsageFormat f : allUsageFormats())
        m_format->addItem(usageFormatName(f), int(f));
    auto *import = new QPushButton(tr("Import Usage File…"), this);
    import->setObjectName(QStringLiteral("importUsage"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Usage File"), QString(),
                                                          tr("Usage exports (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    auto *hint = new QLabel(tr("FinOps FOCUS, AWS Cost and Usage Report, Azure cost details and Partner Center daily "
                               "rated usage files. A file imports completely or not at all; the same file twice changes "
                               "nothing."),
                            this);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_vendor);
    row->addWidget(m_format);
    row->addWidget(import);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table, 1);
    reload();
}

void UsageImportsPage::reload()
{
    auto history = UsageImporter(m_db).history();
    if (!history) {
        m_feedback->showError(history.error());
        return;
    }
    m_table->setRowCount(int(history->size()));
    int r = 0;
    for (const ImportRecord &i : *history)
        fillListRow(m_table, r++,
                {QString::number(i.id), i.importedAt, i.importedBy, vendorName(i.vendor), i.format, i.fileName,
                 QString::number(i.rows), QString::number(i.lines), QString::number(i.ignored), totalsText(i.totals),
                 i.sha256},
                {0, 6, 7, 8, 9});
    m_table->resizeColumnsToContents();
}

bool UsageImportsPage::importFile(const QString &path)
{
    ImportOptions options;
    if (m_vendor->currentData().toInt() >= 0)
        options.vendor = Vendor(m_vendor->currentData().toInt());
    if (m_format->currentData().toInt() >= 0)
        options.format = UsageFormat(m_format->currentData().toInt());
    auto result = importUsageWithProgress(this, m_db, path, options);
    if (!result) {
        m_feedback->showError(result.error());
        return false;
    }
    const ImportSummary &s = *result;
    if (s.alreadyImported) {
        m_feedback->showInfo(tr("%1 was already imported on %2 by %3; nothing changed.")
                                 .arg(s.fileName, s.importedAt, s.importedBy));
    } else {
        QString text = tr("Imported %1 (%2, %3): %4 usage lines for %5; cost %6.")
                           .arg(s.fileName, usageFormatName(s.format), vendorName(s.vendor))
                           .arg(s.lines)
                           .arg(s.periods.join(QStringLiteral(", ")), totalsText(s.totals));
        if (!s.unmappedAccounts.isEmpty())
            text += u' ' + tr("%n account(s) have no customer yet: map them in Usage > Unmapped Accounts.", nullptr,
                              int(s.unmappedAccounts.size()));
        m_feedback->showInfo(text);
    }
    reload();
    Q_EMIT usageChanged();
    return true;
}

QString UsageImportsPage::feedbackText() const
{
    return m_feedback->text();
}

// ---- Usage > Unmapped Accounts -------------------------------------------------------------

UnmappedAccountsPage::UnmappedAccountsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db),
      m_table(makeListTable(this, {tr("Vendor"), tr("Account / subscription"), tr("Periods"), tr("Usage lines"), tr("Cost")})),
      m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("unmappedAccountsPage"));
    auto *map = new QPushButton(tr("Map to Customer…"), this);
    auto *hint = new QLabel(tr("Usage of these accounts is kept but belongs to no customer. Map an account and its usage "
                               "counts in the reports at once, without importing again."),
                            this);
    hint->setWordWrap(true);
    connect(map, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) {
            m_feedback->showInfo(tr("Choose an account first."));
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Map to Customer"),
                                                   tr("Customer ID for %1 account %2:")
                                                       .arg(vendorName(m_accounts.at(row).vendor), m_accounts.at(row).accountId),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const auto id = parseCustomerId(text);
        if (!id) {
            m_feedback->showError({tr("“%1” is not a customer ID; type the number, for example 100042.").arg(text), {}});
            return;
        }
        mapRow(row, *id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, map, &QPushButton::click);
    auto *row = new QHBoxLayout;
    row->addWidget(map);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table, 1);
    reload();
}

void UnmappedAccountsPage::reload()
{
    auto accounts = UsageImporter(m_db).unmappedAccounts();
    if (!accounts) {
        m_feedback->showError(accounts.error());
        return;
    }
    m_accounts = *accounts;
    m_table->setRowCount(int(m_accounts.size()));
    int r = 0;
    for (const UnmappedAccount &a : std::as_const(m_accounts))
        fillListRow(m_table, r++,
                {vendorName(a.vendor), a.accountId, a.periods.join(QStringLiteral(", ")), QString::number(a.lines),
                 totalsText(a.totals)},
                {3, 4});
    m_table->resizeColumnsToContents();
}

bool UnmappedAccountsPage::mapRow(int row, qint64 customerId)
{
    if (row < 0 || row >= m_accounts.size())
        return false;
    const UnmappedAccount a = m_accounts.at(row);
    if (Status s = CustomerService(m_db).mapAccount({a.vendor, a.accountId, customerId, {}}); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("%1 account %2 now belongs to %3; its usage counts in the reports.")
                             .arg(vendorName(a.vendor), a.accountId, displayCustomerId(customerId)));
    reload();
    Q_EMIT usageChanged();
    return true;
}

QString UnmappedAccountsPage::feedbackText() const
{
    return m_feedback->text();
}

// ---- Usage > Vendor Credits -----------------------------------------------------------------

VendorCreditsPage::VendorCreditsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_vendor(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_table(makeListTable(this, {tr("Customer"), tr("Name"), tr("Account / subscription"), tr("Period"), tr("Product"),
                                   tr("Credit")})),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("vendorCreditsPage"));
    for (Vendor v : AllVendors)
        m_vendor->addItem(vendorName(v), int(v));
    const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM"));
        e->setCalendarPopup(true);
    }
    m_from->setDate(first.addMonths(-3));
    m_to->setDate(first.addMonths(-1));
    auto *hint = new QLabel(tr("Credits the vendor gave the distributor, as its usage files list them. They are not passed "
                               "on by themselves: issue them as customer credits where they are owed."),
                            this);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_vendor);
    row->addWidget(new QLabel(tr("From:"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("To:"), this));
    row->addWidget(m_to);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &VendorCreditsPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &VendorCreditsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &VendorCreditsPage::reload);
    reload();
}

void VendorCreditsPage::setRange(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void VendorCreditsPage::reload()
{
    auto credits = UsageImporter(m_db).vendorCredits(Vendor(m_vendor->currentData().toInt()), periodOfDate(m_from->date()),
                                                     periodOfDate(m_to->date()));
    if (!credits) {
        m_summary->setText(credits.error().message);
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(credits->size()));
    int r = 0;
    for (const VendorCredit &c : *credits)
        fillListRow(m_table, r++,
                    {c.customerId ? displayCustomerId(c.customerId) : tr("(no customer)"), c.customerName, c.accountId,
                     c.period, c.product, c.currency + u' ' + formatExact(c.amount, locale)},
                    {5});
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n vendor credit(s)", nullptr, int(credits->size())));
}

} // namespace bursar::ui
