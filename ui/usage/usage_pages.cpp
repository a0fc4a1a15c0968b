#include "ui/usage/usage_pages.h"

#include "core/customers/customer_service.h"
#include "core/domain/billing_period.h"
#include "core/domain/timestamp.h"
#include "core/money/currency.h"
#include "core/pricing/pricing_service.h"
#include "core/storage/database.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/customer_picker.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/page_title.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/vendor_combo.h"
#include "ui/widgets/view_state.h"
#include "ui/widgets/worker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

/// Per currency, rounded to its units ("USD 1,234.57"); `exact` keeps every place the vendor
/// wrote (for the tooltip).
QString totalsText(const QList<WideCurrencyTotal> &totals, bool exact = false)
{
    QStringList parts;
    for (const WideCurrencyTotal &t : totals)
        parts << t.currency + u' ' + (exact ? exactWide(t.cost) : displayWide(t.cost, t.currency));
    return parts.join(QStringLiteral(", "));
}

QVariant exactTotalsTip(const QList<WideCurrencyTotal> &totals, int role)
{
    return role == Qt::ToolTipRole ? QVariant(totalsText(totals, true)) : QVariant();
}

} // namespace

Result<ImportSummary> importUsageWithProgress(QWidget *parent, Database &db, const QString &path,
                                              const ImportOptions &options)
{
    return runWithProgress<ImportSummary>(
        parent, db, UsageImportsPage::tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [&](Database &connection, WorkerProgress &progress) {
            return UsageImporter(connection).importFile(path, options, [&](qint64 d, qint64 t) {
                return progress.report(d, t);
            });
        });
}

namespace {

const Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

QList<ListColumn<ImportRecord>> UsageImportsPage::columns()
{
    auto number = [](qint64 n) { return QVariant(QString::number(n)); };
    return {
        {tr("ID"), [number](const ImportRecord &i) { return number(i.id); }, -1, Right},
        {tr("Imported at"), [](const ImportRecord &i) { return QVariant(displayTimestamp(i.importedAt)); }},
        {tr("By"), [](const ImportRecord &i) { return QVariant(i.importedBy); }},
        {tr("Vendor"), [](const ImportRecord &i) { return QVariant(vendorNames(i.vendors, i.vendor)); }},
        {tr("Format"), [](const ImportRecord &i) { return QVariant(i.format); }},
        {tr("File"), [](const ImportRecord &i) { return QVariant(i.fileName); }},
        {tr("Replaced"),
         [](const ImportRecord &i) {
             return QVariant(i.replacedBy == 0 ? QString()
                                               : tr("by import %1 on %2 by %3")
                                                     .arg(QString::number(i.replacedBy), displayTimestamp(i.replacedAt),
                                                          i.replacedByUser));
         }},
        {tr("Rows"), [number](const ImportRecord &i) { return number(i.rows); }, -1, Right},
        {tr("Lines"), [number](const ImportRecord &i) { return number(i.lines); }, -1, Right},
        {tr("Free Tier rows ignored"), [number](const ImportRecord &i) { return number(i.ignored); }, -1, Right},
        {tr("Cost"), [](const ImportRecord &i) { return QVariant(totalsText(i.totals)); }, -1, Right,
         [](const ImportRecord &i, int role) { return exactTotalsTip(i.totals, role); }},
        {tr("SHA-256"), [](const ImportRecord &i) { return QVariant(i.sha256); }},
    };
}

QList<ListColumn<UnmappedAccount>> UnmappedAccountsPage::columns()
{
    return {
        {tr("Vendor"), [](const UnmappedAccount &a) { return QVariant(vendorName(a.vendor)); }},
        {tr("Account / subscription"), [](const UnmappedAccount &a) { return QVariant(a.accountId); }},
        {tr("Periods"), [](const UnmappedAccount &a) { return QVariant(a.periods.join(QStringLiteral(", "))); }},
        {tr("Usage lines"), [](const UnmappedAccount &a) { return QVariant(QString::number(a.lines)); }, -1, Right},
        {tr("Cost"), [](const UnmappedAccount &a) { return QVariant(totalsText(a.totals)); }, -1, Right,
         [](const UnmappedAccount &a, int role) { return exactTotalsTip(a.totals, role); }},
    };
}

// ---- Usage > Imports ------------------------------------------------------------------

UsageImportsPage::UsageImportsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_vendor(new QComboBox(this)), m_format(new QComboBox(this)),
      m_skip(new QLineEdit(this)), m_model(new PagedListModel<ImportRecord>(
                                       columns(), [&db] { return UsageImporter(db).historyCount(); },
                                       [&db](int offset, int limit, int, bool) {
                                           return UsageImporter(db).history(Page{offset, limit});
                                       },
                                       this)),
      m_table(makeListView(this, m_model)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("usageImportsPage"));
    m_vendor->addItem(tr("Vendor from the file"), QString());
    addVendorItems(m_vendor);
    m_format->addItem(tr("Format from the header"), -1);
    for (UsageFormat f : allUsageFormats())
        m_format->addItem(usageFormatName(f), int(f));
    m_skip->setObjectName(QStringLiteral("skipProviders"));
    m_skip->setPlaceholderText(tr("Leave out providers (FOCUS)"));
    m_skip->setToolTip(tr("A FOCUS file of a FinOps tool holds every provider. Name the providers (ProviderName) "
                          "whose rows Bursar leaves out, separated by commas; the import records them."));
    m_skip->setMinimumWidth(m_skip->fontMetrics().horizontalAdvance(m_skip->placeholderText()) + 24);
    auto *import = withIcon(Icon::Import, new QPushButton(tr("Import Usage File…"), this));
    import->setObjectName(QStringLiteral("importUsage"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Usage File"), QString(),
                                                          tr("Usage exports (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    auto *replace = withIcon(Icon::Import, new QPushButton(tr("Replace With Corrected File…"), this));
    replace->setObjectName(QStringLiteral("replaceImport"));
    replace->setToolTip(tr("The vendor re-issued the month: the chosen file replaces the selected import of an "
                           "unbilled period, which stays in the history and no longer counts."));
    connect(replace, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            m_feedback->showError({tr("Select the import to replace in the list first."), {}});
            return;
        }
        const QString path = QFileDialog::getOpenFileName(this, tr("Replace With Corrected File"), QString(),
                                                          tr("Usage exports (*.csv);;All files (*)"));
        if (!path.isEmpty())
            replaceRow(current.row(), path);
    });
    auto *hint =
        new QLabel(tr("FinOps FOCUS, AWS Cost and Usage Report, Azure cost details and Partner Center daily "
                      "rated usage files. A file imports completely or not at all; the same file twice, or the "
                      "same usage in other bytes, changes nothing. A re-issued month replaces its estimate."),
                   this);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_vendor);
    row->addWidget(m_format);
    row->addWidget(m_skip, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(replace);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Usage Imports"), this));
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addWidget(m_table, 1);
    reload();
}

void UsageImportsPage::reload()
{
    m_model->refresh();
    if (!m_model->lastError().isEmpty())
        m_feedback->showError({m_model->lastError(), {}});
    fitColumns(m_table);
}

void UsageImportsPage::setSkippedProviders(const QString &names)
{
    m_skip->setText(names);
}

bool UsageImportsPage::replaceRow(int row, const QString &path)
{
    const ImportRecord *record = m_model->rowAt(row);
    if (!record)
        return false;
    return importFile(path, record->id);
}

bool UsageImportsPage::importFile(const QString &path, qint64 replaces)
{
    ImportOptions options;
    options.replaces = replaces;
    for (const QString &name : m_skip->text().split(u',', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            options.skipProviders << name.trimmed();
    options.vendor = comboVendor(m_vendor);
    if (m_format->currentData().toInt() >= 0)
        options.format = UsageFormat(m_format->currentData().toInt());
    auto result = importUsageWithProgress(this, m_db, path, options);
    if (!result) {
        m_feedback->showError(result.error());
        return false;
    }
    const ImportSummary &s = *result;
    if (s.alreadyImported) {
        m_feedback->showInfo(tr("%1 was already imported as %2 on %3 by %4; nothing changed.")
                                 .arg(s.fileName, s.earlierFileName, displayTimestamp(s.importedAt), s.importedBy));
    } else {
        QString text =
            tr("Imported %1 (%2, %3): %4 usage lines for %5; cost %6.")
                .arg(s.fileName, usageFormatName(s.format), vendorNames(s.vendors, s.vendor))
                .arg(s.lines)
                .arg(s.periods.join(QStringLiteral(", ")), totalsText(s.totals, true)); // the file's sum, to reconcile
        if (!s.unmappedAccounts.isEmpty())
            text += u' ' + tr("%n account(s) have no customer yet: map them in Usage > Unmapped Accounts.", nullptr,
                              int(s.unmappedAccounts.size()));
        for (const SkippedProvider &k : s.skippedProviders)
            text += u' ' + tr("Left out as asked: the rows of “%1” (%2).").arg(k.provider).arg(k.rows);
        if (s.replacedImport != 0)
            text +=
                u' ' + tr("Import %1 is replaced: it stays in the list and no longer counts.").arg(s.replacedImport);
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
    : QWidget(parent), m_db(db), m_model(new PagedListModel<UnmappedAccount>(
                                     columns(), [&db] { return UsageImporter(db).unmappedAccountCount(); },
                                     [&db](int offset, int limit, int, bool) {
                                         return UsageImporter(db).unmappedAccounts({}, Page{offset, limit});
                                     },
                                     this)),
      m_table(makeListView(this, m_model)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("unmappedAccountsPage"));
    auto *map = withIcon(Icon::Link, new QPushButton(tr("Map to Customer…"), this));
    map->setObjectName(QStringLiteral("mapToCustomer"));
    auto *hint =
        new QLabel(tr("Usage of these accounts is kept but belongs to no customer. Map an account and its usage "
                      "counts in the reports at once, without importing again."),
                   this);
    hint->setWordWrap(true);
    connect(map, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        const UnmappedAccount *account = m_model->rowAt(row);
        if (!account) {
            m_feedback->showInfo(tr("Choose an account first."));
            return;
        }
        const auto id = pickCustomer(this, m_db, tr("Map to Customer"),
                                     tr("The customer whose usage %1 account %2 is (type part of the name, or #ID):")
                                         .arg(vendorName(account->vendor), account->accountId));
        if (id)
            mapRow(row, *id);
    });
    connect(m_table, &QTableView::doubleClicked, map, &QPushButton::click);
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
    m_model->refresh();
    if (!m_model->lastError().isEmpty())
        m_feedback->showError({m_model->lastError(), {}});
    fitColumns(m_table);
}

bool UnmappedAccountsPage::mapRow(int row, qint64 customerId)
{
    const UnmappedAccount *found = m_model->rowAt(row);
    if (!found)
        return false;
    const UnmappedAccount a = *found;
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

} // namespace bursar::ui
