#include "ui/billing/generate_dialog.h"

#include "core/billing/credit_service.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/window_size.h"
#include "ui/widgets/worker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {
/// The failed or skipped row's CustomerOutcome::fix, on its first cell.
constexpr int FixRole = Qt::UserRole + 1;
} // namespace

GenerateHistory GenerateHistory::of(Database &db, Vendor vendor, const QString &period)
{
    GenerateHistory h;
    BillingRun runs(db);
    if (auto last = runs.lastOptions(vendor))
        h.lastOptions = *last;
    if (auto tax = runs.taxInPeriod(vendor, period))
        h.period = *tax;
    return h;
}

GenerateInvoicesDialog::GenerateInvoicesDialog(Vendor vendor, const QString &period, const QList<qint64> &customers,
                                               QWidget *parent, const GenerateHistory &history)
    : QDialog(parent), m_applyCredits(new QCheckBox(tr("Apply Credits"), this)),
      m_includeTax(new QCheckBox(tr("Include Tax"), this)),
      m_marketplaceFees(new QCheckBox(tr("Include Marketplace Fees"), this)),
      m_marketplaceCredits(new QCheckBox(tr("Use Credits for Marketplace Fees"), this)), m_remembered(new QLabel(this)),
      m_warning(new QLabel(this)), m_history(history)
{
    setObjectName(QStringLiteral("generateInvoicesDialog"));
    setWindowTitle(tr("Generate Invoices"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 66); // the switches' texts whole
    m_request.vendor = vendor;
    m_request.period = period;
    m_request.customers = customers;
    auto *what = new QLabel(tr("<b>%1 Billing Customers Report, %2</b><br>%n customer(s) selected. Each gets a draft "
                               "statement; a customer that cannot be billed fails alone and the others go on.",
                               nullptr, int(customers.size()))
                                .arg(vendorName(vendor), period),
                            this);
    what->setWordWrap(true);
    m_applyCredits->setToolTip(CreditService::orderOfUse());
    m_includeTax->setToolTip(
        tr("Tax from Settings > Tax Tables by the customer's region and state, on the amount after "
           "credits."));
    m_marketplaceFees->setToolTip(tr("Marketplace charges, passed through at cost with 0 margin."));
    m_marketplaceCredits->setToolTip(
        tr("The vendor's marketplace credit (separate from the credits added by hand) pays "
           "marketplace fees only."));
    m_applyCredits->setChecked(true);
    m_marketplaceCredits->setEnabled(false);
    connect(m_marketplaceFees, &QCheckBox::toggled, m_marketplaceCredits, [this](bool on) {
        m_marketplaceCredits->setEnabled(on);
        if (!on)
            m_marketplaceCredits->setChecked(false);
    });
    if (!marketplaceFeesInReports(vendor)) {
        m_marketplaceFees->setEnabled(false);
        m_marketplaceFees->setToolTip(tr("Azure Marketplace fees are not in the reports."));
    }
    // The switches of the vendor's last run: month after month a clerk bills the same way.
    if (const auto &last = history.lastOptions) {
        m_applyCredits->setChecked(last->applyCredits);
        m_includeTax->setChecked(last->includeTax);
        m_marketplaceFees->setChecked(last->marketplaceFees && m_marketplaceFees->isEnabled());
        m_marketplaceCredits->setChecked(last->marketplaceCredits && m_marketplaceFees->isChecked());
        m_remembered->setText(tr("The switches are as in the last %1 run.").arg(vendorName(vendor)));
    }
    m_remembered->setObjectName(QStringLiteral("rememberedSwitches"));
    m_remembered->setVisible(history.lastOptions.has_value());
    m_warning->setObjectName(QStringLiteral("taxWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: 600;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = withIcon(Icon::Approve, buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole));
    m_generate->setObjectName(QStringLiteral("generate"));
    m_generate->setEnabled(!customers.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_includeTax, &QCheckBox::toggled, this, &GenerateInvoicesDialog::updateWarning);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    for (QCheckBox *c : {m_applyCredits, m_includeTax, m_marketplaceFees, m_marketplaceCredits})
        layout->addWidget(c);
    layout->addWidget(m_remembered);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    updateWarning();
}

void GenerateInvoicesDialog::updateWarning()
{
    const QString warning =
        BillingRun::taxWarning(m_request.vendor, m_request.period, m_history.period, request().options);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    // The button says what it will do when the run differs from the period's statements.
    m_generate->setText(warning.isEmpty()           ? tr("&Generate")
                        : m_includeTax->isChecked() ? tr("&Generate With Tax")
                                                    : tr("&Generate Without Tax"));
}

QString GenerateInvoicesDialog::warningText() const
{
    return m_warning->text();
}

GenerateRequest GenerateInvoicesDialog::request() const
{
    GenerateRequest r = m_request;
    r.options = {m_applyCredits->isChecked(), m_includeTax->isChecked(), m_marketplaceFees->isChecked(),
                 m_marketplaceCredits->isChecked()};
    return r;
}

GenerateSummaryDialog::GenerateSummaryDialog(const GenerateResult &result, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)),
      m_problems(makeListTable(this, {tr("Customer"), tr("Name"), tr("Outcome"), tr("What to do")}))
{
    setObjectName(QStringLiteral("generateSummaryDialog"));
    setWindowTitle(result.runId == 0 ? tr("Generate Invoices — nothing to bill")
                                     : tr("Generate Invoices — run %1").arg(result.runId));
    resizeWithinScreen(this, QSize(900, 420));
    Decimal total;
    QString currency;
    bool oneCurrency = true;
    for (const GeneratedStatement &g : result.generated) {
        if (!currency.isEmpty() && g.currency != currency)
            oneCurrency = false;
        currency = g.currency;
        total += g.total;
    }
    QString text = tr("%n draft statement(s) generated.", nullptr, int(result.generated.size()));
    if (oneCurrency && !currency.isEmpty())
        text += u' ' + tr("Total %1 %2.").arg(displayMoney(total, currency), currency);
    if (!result.failed.isEmpty())
        text += u' ' + tr("%n customer(s) failed and need you.", nullptr, int(result.failed.size()));
    if (!result.skipped.isEmpty())
        text += u' ' + tr("%n skipped.", nullptr, int(result.skipped.size()));
    if (result.cancelled)
        text += u' ' + tr("Cancelled: the statements made before Cancel are whole; generate again for the rest.");
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    m_problems->setRowCount(int(result.failed.size() + result.skipped.size()));
    m_problems->setWordWrap(true);
    int r = 0;
    auto addRow = [&](const CustomerOutcome &o, const QString &outcome) {
        fillListRow(m_problems, r, {displayCustomerId(o.customerId), o.customerName, outcome, o.message}, {},
                    o.customerId);
        m_problems->item(r, 0)->setData(FixRole, o.fix);
        for (int c = 0; c < m_problems->columnCount(); ++c)
            m_problems->item(r, c)->setToolTip(tr("Double-click to open %1.").arg(fixPlace(o.fix)));
        ++r;
    };
    for (const CustomerOutcome &o : result.failed)
        addRow(o, tr("Failed"));
    for (const CustomerOutcome &o : result.skipped)
        addRow(o, tr("Skipped"));
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openFix(row); });
    auto *hint = new QLabel(tr("Double-click a customer to open where it is fixed."), this);
    hint->setObjectName(QStringLiteral("fixHint"));
    // Messages wrap instead of being cut off: each says what to fix.
    m_problems->setTextElideMode(Qt::ElideNone);
    for (int c = 0; c < 3; ++c)
        m_problems->resizeColumnToContents(c);
    // Each row as tall as its wrapped message at the width it has now, also after a resize.
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = withIcon(Icon::View, buttons->addButton(tr("&Preview Invoices"), QDialogButtonBox::AcceptRole));
    preview->setObjectName(QStringLiteral("previewInvoices"));
    preview->setEnabled(!result.generated.isEmpty());
    const qint64 run = result.runId;
    connect(preview, &QPushButton::clicked, this, [this, run] {
        Q_EMIT previewRequested(run);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_problems->setVisible(m_problems->rowCount() > 0);
    hint->setVisible(m_problems->rowCount() > 0);
}

QString GenerateSummaryDialog::fixPlace(const QString &fix)
{
    if (fix == QLatin1String("cloud_providers"))
        return tr("the customer's Cloud Providers");
    if (fix == QLatin1String("credits"))
        return tr("the customer's Credits");
    if (fix == QLatin1String("exchange_rates"))
        return tr("Settings > Exchange Rates");
    if (fix == QLatin1String("invoices"))
        return tr("the customer's statements in Billing > Customer Invoices");
    return tr("the customer's profile");
}

void GenerateSummaryDialog::openFix(int row)
{
    const QTableWidgetItem *first = m_problems->item(row, 0);
    if (!first)
        return;
    Q_EMIT fixRequested(first->data(Qt::UserRole).toLongLong(), first->data(FixRole).toString());
}

QString GenerateSummaryDialog::summaryText() const
{
    return m_summary->text();
}

Result<GenerateResult> generateWithProgress(QWidget *parent, Database &db, const GenerateRequest &request)
{
    return runWithProgress<GenerateResult>(
        parent, db,
        GenerateInvoicesDialog::tr("Generating %1 statements for %2…").arg(vendorName(request.vendor), request.period),
        [&](Database &connection, WorkerProgress &progress) {
            return BillingRun(connection).generate(request, [&](int d, int t) { return progress.report(d, t); });
        },
        GenerateInvoicesDialog::tr("%1 of %2 customers"));
}

} // namespace bursar::ui
