#include "ui/settings/billing_settings_pages.h"

#include "core/billing/rate_tables.h"
#include "core/billing/statement_service.h"
#include "core/domain/timestamp.h"
#include "core/finance/ar_service.h"
#include "core/money/currency.h"
#include "core/numbering/number_series.h"
#include "core/settings/document_settings.h"
#include "ui/finance/tax_categories_box.h"
#include "ui/widgets/contact_form.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/number_field.h"
#include "ui/widgets/region_picker.h"
#include "ui/widgets/tables.h"
#include "ui/widgets/view_state.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bursar::ui {

using namespace bursar::core;

namespace {

QDateEdit *dayEdit(QWidget *parent)
{
    auto *e = new QDateEdit(QDate::currentDate(), parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

/// A settings form reads best at a line's length, with its button at its own size at the left.
void addButtonRow(QFormLayout *form, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    form->addRow(QString(), row);
}

constexpr int kFormMaxWidth = 720;

/// A rate table page: what the rates do, the form at its own width, feedback, the table.
void layOutRatePage(QWidget *page, QLabel *note, QGroupBox *form, FormFeedback *feedback, QTableWidget *table,
                    QWidget *beside = nullptr)
{
    note->setWordWrap(true);
    // Sixty letters wide in its font: the fields and their hints read whole; with the box beside,
    // the page fits 1024 px.
    form->setMinimumWidth(form->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    auto *row = new QHBoxLayout;
    row->addWidget(form);
    if (beside)
        row->addWidget(beside, 1);
    else
        row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(feedback);
    layout->addWidget(table, 1);
}

} // namespace

TaxTablesPage::TaxTablesPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db),
      m_table(makeListTable(this, {tr("Region"), tr("State / province"), tr("Name on statements"), tr("Rate"),
                                   tr("From"), tr("Changed by"), tr("Changed at")})),
      m_region(new PlaceCombo(this)), m_state(new PlaceCombo(this)), m_rate(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_from(dayEdit(this)), m_feedback(new FormFeedback(this)),
      m_categories(new TaxCategoriesBox(db, this))
{
    setObjectName(QStringLiteral("taxTablesPage"));
    m_region->setObjectName(QStringLiteral("region"));
    m_state->setObjectName(QStringLiteral("state"));
    linkRegionAndState(m_region, m_state);
    m_state->setWhatsThis(tr("(whole region): the region's own rate, charged in all its states."));
    setUpNumberField(m_rate, tr("Percent (0 ends a rate)"));
    m_name->setPlaceholderText(tr("e.g. WA sales tax, GST (optional)"));
    m_feedback->addFields(
        {{QStringLiteral("region"), m_region}, {QStringLiteral("rate"), m_rate}, {QStringLiteral("from"), m_from}});
    auto *box = new QGroupBox(tr("Set a rate"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("State / province:"), m_state);
    form->addRow(tr("Rate:"), m_rate);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("From:"), m_from);
    auto *save = withIcon(Icon::Save, new QPushButton(tr("Save Rate"), box));
    addButtonRow(form, save);
    connect(save, &QPushButton::clicked, this,
            [this] { setRate(m_region->code(), m_state->code(), typedNumber(m_rate), m_name->text()); });
    auto *note =
        new QLabel(tr("Include Tax charges a customer its region's own rate and its state's rate, each as a tax "
                      "line, at the rates in force on the last day of the billing period, on the amount after "
                      "credits. Statements already made keep their rates."),
                   this);
    layOutRatePage(this, note, box, m_feedback, m_table, m_categories);
    reload();
}

void TaxTablesPage::reload()
{
    auto list = TaxTable(m_db).list();
    if (!list)
        return m_feedback->showError(list.error());
    m_table->setRowCount(int(list->size()));
    int r = 0;
    for (const TaxRate &t : *list)
        fillListRow(m_table, r++,
                    {t.region, t.state.isEmpty() ? tr("(all)") : t.state, t.name, t.rate.toString() + u'%',
                     t.from.toString(Qt::ISODate), t.createdBy, displayTimestamp(t.createdAt)},
                    {3});
    fitColumns(m_table);
}

bool TaxTablesPage::setRate(const QString &region, const QString &state, const QString &rate, const QString &name)
{
    auto id = TaxTable(m_db).set(region, state, rate, m_from->date(), name);
    if (!id) {
        m_feedback->showError(id.error());
        return false;
    }
    m_feedback->showInfo(tr("Saved: %1 from %2.")
                             .arg(region.trimmed().toUpper() +
                                      (state.trimmed().isEmpty() ? QString() : u'/' + state.trimmed().toUpper()),
                                  m_from->date().toString(Qt::ISODate)));
    reload();
    return true;
}

QString TaxTablesPage::feedbackText() const
{
    return m_feedback->text();
}

ExchangeRatesPage::ExchangeRatesPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_table(makeListTable(this, {tr("From"), tr("To"), tr("Rate"), tr("Date")})),
      m_base(new QLineEdit(QStringLiteral("USD"), this)), m_quote(new QLineEdit(this)), m_rate(new QLineEdit(this)),
      m_date(dayEdit(this)), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("exchangeRatesPage"));
    m_quote->setPlaceholderText(tr("e.g. EUR"));
    setUpNumberField(m_rate, tr("Units of To per unit of From"), 4);
    m_feedback->addFields(
        {{QStringLiteral("base"), m_base}, {QStringLiteral("quote"), m_quote}, {QStringLiteral("rate"), m_rate}});
    auto *box = new QGroupBox(tr("Set a rate"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("From currency:"), m_base);
    form->addRow(tr("To currency:"), m_quote);
    form->addRow(tr("Rate:"), m_rate);
    form->addRow(tr("Date:"), m_date);
    auto *save = withIcon(Icon::Save, new QPushButton(tr("Save Rate"), box));
    addButtonRow(form, save);
    connect(save, &QPushButton::clicked, this,
            [this] { setRate(m_base->text(), m_quote->text(), typedNumber(m_rate)); });
    auto *note =
        new QLabel(tr("A statement whose usage is in another currency than the customer's invoice currency is "
                      "converted at the latest rate on or before the period's last day. Showing a statement in "
                      "another currency uses the rate on or before its issue date. The rate and its date are "
                      "recorded with the statement."),
                   this);
    layOutRatePage(this, note, box, m_feedback, m_table);
    reload();
}

void ExchangeRatesPage::reload()
{
    auto list = ExchangeRates(m_db).list();
    if (!list)
        return m_feedback->showError(list.error());
    m_table->setRowCount(int(list->size()));
    int r = 0;
    for (const ExchangeRate &x : *list)
        fillListRow(m_table, r++, {x.base, x.quote, x.rate.toString(), x.date.toString(Qt::ISODate)}, {2});
    fitColumns(m_table);
}

bool ExchangeRatesPage::setRate(const QString &base, const QString &quote, const QString &rate)
{
    if (Status s = ExchangeRates(m_db).set(base, quote, m_date->date(), rate); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("Saved: 1 %1 = %2 %3 from %4.")
                             .arg(base.trimmed().toUpper(), rate.trimmed(), quote.trimmed().toUpper(),
                                  m_date->date().toString(Qt::ISODate)));
    reload();
    return true;
}

QString ExchangeRatesPage::feedbackText() const
{
    return m_feedback->text();
}

NumberingPage::NumberingPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_feedback(new FormFeedback(this))
{
    setObjectName(QStringLiteral("numberingPage"));
    auto *box = new QGroupBox(tr("Number series"), this);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Documents"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Pattern"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Next number"), box), 0, 2);
    const QList<std::pair<QString, QString>> series = {
        {StatementService::series(), tr("Statements:")},
        {ArDocuments::series(ArKind::CreditMemo), tr("Credit memos:")},
        {ArDocuments::series(ArKind::DebitMemo), tr("Debit memos:")},
        {ArDocuments::series(ArKind::Payment), tr("Payments:")},
    };
    for (const auto &[name, title] : series) {
        Row r{name, title, new QLineEdit(box), new QLabel(box)};
        r.pattern->setObjectName(name + QStringLiteral("Pattern"));
        // A pattern and the number it makes next, whole in their font.
        const int letter = box->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        r.pattern->setMinimumWidth(letter * 31);
        r.next->setMinimumWidth(letter * 23);
        m_feedback->addField(name, r.pattern);
        auto *save = withIcon(Icon::Save, new QPushButton(tr("Save"), box));
        save->setObjectName(name + QStringLiteral("Save"));
        const int line = int(m_rows.size()) + 1;
        grid->addWidget(new QLabel(title, box), line, 0);
        grid->addWidget(r.pattern, line, 1);
        grid->addWidget(r.next, line, 2);
        grid->addWidget(save, line, 3);
        connect(save, &QPushButton::clicked, this, [this, name, edit = r.pattern] { this->save(name, edit->text()); });
        m_rows.append(r);
        // The number the series will really give next: read from its counter, never assumed to be 1.
        connect(r.pattern, &QLineEdit::textChanged, this, [this, name] { showNext(*row(name)); });
    }
    grid->setColumnStretch(1, 1);
    box->setMaximumWidth(kFormMaxWidth);
    auto *note = new QLabel(tr("A statement gets its number when it is approved, a credit or debit memo when it is "
                               "released and a payment when it is recorded, so deleted drafts leave no gap. Tokens: "
                               "{YYYY} or {YY} (year), {MM} (month) and one counter, {000000} (zero-padded) or {N}. "
                               "The counter starts again each year (or month) the pattern names."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(box);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    reload();
}

const NumberingPage::Row *NumberingPage::row(const QString &series) const
{
    for (const Row &r : m_rows)
        if (r.series == series)
            return &r;
    return nullptr;
}

void NumberingPage::reload()
{
    NumberSeries numbers(m_db);
    for (const Row &r : std::as_const(m_rows)) {
        auto p = numbers.pattern(r.series);
        if (!p)
            return m_feedback->showError(p.error());
        if (r.pattern->text() == *p)
            showNext(r); // setText would not signal: the counter may have moved all the same
        else
            r.pattern->setText(*p);
    }
}

void NumberingPage::showNext(const Row &row)
{
    const QString pattern = row.pattern->text();
    if (!NumberSeries::validatePattern(pattern).ok()) {
        row.next->setText(tr("(not a valid pattern yet)"));
        return;
    }
    auto next = NumberSeries(m_db).peek(row.series, QDate::currentDate(), pattern);
    row.next->setText(next ? *next : next.message());
}

void NumberingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    for (const Row &r : std::as_const(m_rows))
        showNext(r);
}

bool NumberingPage::save(const QString &pattern)
{
    return save(StatementService::series(), pattern);
}

bool NumberingPage::save(const QString &series, const QString &pattern)
{
    if (Status s = NumberSeries(m_db).define(series, pattern.trimmed()); !s) {
        // Name the series and mark its field: four patterns share one feedback line.
        Error e = s.error();
        if (const Row *r = row(series)) {
            e.message = r->title + u' ' + e.message;
            e.field = series;
        }
        m_feedback->showError(e);
        return false;
    }
    m_feedback->showInfo(tr("Saved. Numbers already given stay as they are."));
    reload();
    return true;
}

QString NumberingPage::feedbackText() const
{
    return m_feedback->text();
}

QString NumberingPage::exampleText(const QString &series) const
{
    const Row *r = row(series);
    return r ? r->next->text() : QString();
}

QLineEdit *NumberingPage::patternEdit(const QString &series) const
{
    const Row *r = row(series);
    return r ? r->pattern : nullptr;
}

DocumentSettingsPage::DocumentSettingsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_paper(new QComboBox(this)),
      m_pdfA(new QCheckBox(tr("Write PDF/A-1b (for archiving)"), this)), m_pattern(new QLineEdit(this)),
      m_bom(new QCheckBox(tr("Start CSV files with a byte order mark"), this)),
      m_semicolon(new QCheckBox(tr("Separate CSV fields with “;” and write decimal commas"), this)),
      m_locale(new QComboBox(this)), m_feedback(new FormFeedback(this))
{
    // Each choice shows how an amount reads in it.
    const Decimal example = *Decimal::parse(QStringLiteral("1234567.89"));
    const Currency usd = *Currencies::find(QStringLiteral("USD"));
    for (const char *name : {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "ja_JP"}) {
        const QLocale l(QString::fromLatin1(name));
        m_locale->addItem(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(name), formatForDisplay(example, usd, l)),
                          QString::fromLatin1(name));
    }
    setObjectName(QStringLiteral("documentSettingsPage"));
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_pattern->setToolTip(tr("{number} (DRAFT-<id> for a draft), {id}, {customer}, {period}, {vendor}, {currency}; "
                             "{number} or {id} is needed."));
    m_feedback->addField(QStringLiteral("pattern"), m_pattern);
    m_feedback->addField(QStringLiteral("paper"), m_paper);
    auto *box = new QGroupBox(tr("Statement documents"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Amounts and dates:"), m_locale);
    form->addRow(QString(), m_pdfA);
    form->addRow(tr("Export file names:"), m_pattern);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_semicolon);
    auto *saveButton = withIcon(Icon::Save, new QPushButton(tr("Save"), box));
    addButtonRow(form, saveButton);
    box->setMaximumWidth(kFormMaxWidth);
    connect(saveButton, &QPushButton::clicked, this, &DocumentSettingsPage::save);
    auto *note =
        new QLabel(tr("Statements are PDFs with their fonts embedded and searchable text. The CSV options help "
                      "spreadsheets in comma-decimal locales open the files; the amounts stay exact."),
                   this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(box);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    reload();
}

void DocumentSettingsPage::reload()
{
    auto d = DocumentSettingsService(m_db).load();
    if (!d)
        return m_feedback->showError(d.error());
    m_paper->setCurrentIndex(m_paper->findData(d->paper));
    m_pdfA->setChecked(d->pdfA);
    m_pattern->setText(d->filePattern);
    m_bom->setChecked(d->csvBom);
    m_semicolon->setChecked(d->csvSemicolon);
    if (m_locale->findData(d->locale) < 0)
        m_locale->addItem(d->locale, d->locale);
    m_locale->setCurrentIndex(m_locale->findData(d->locale));
}

bool DocumentSettingsPage::save()
{
    DocumentSettings d;
    d.paper = m_paper->currentData().toString();
    d.pdfA = m_pdfA->isChecked();
    d.filePattern = m_pattern->text();
    d.csvBom = m_bom->isChecked();
    d.csvSemicolon = m_semicolon->isChecked();
    d.locale = m_locale->currentData().toString();
    if (Status s = DocumentSettingsService(m_db).save(d); !s) {
        m_feedback->showError(s.error());
        return false;
    }
    m_feedback->showInfo(tr("Saved."));
    return true;
}

QString DocumentSettingsPage::feedbackText() const
{
    return m_feedback->text();
}

} // namespace bursar::ui
