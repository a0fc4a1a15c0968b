#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace bursar::core {
class Database;
}

namespace bursar::ui {

class FormFeedback;
class TaxCategoriesBox;
class PlaceCombo;

/// Settings > Tax Tables: rates by region and state/province, each from a date on. A
/// customer pays its region's own rate and its state's, each as a tax line; statements keep
/// the rates they were made with.
class TaxTablesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxTablesPage)
public:
    explicit TaxTablesPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    bool setRate(const QString &region, const QString &state, const QString &rate, const QString &name);
    QTableWidget *table() const { return m_table; }
    QDateEdit *from() const { return m_from; }
    QString feedbackText() const;
    TaxCategoriesBox *categories() const { return m_categories; }

private:
    core::Database &m_db;
    QTableWidget *m_table;
    PlaceCombo *m_region;
    PlaceCombo *m_state;
    QLineEdit *m_rate;
    QLineEdit *m_name;
    QDateEdit *m_from;
    FormFeedback *m_feedback;
    TaxCategoriesBox *m_categories;
};

/// Settings > Exchange Rates: 1 FROM = RATE TO from a date on; used to bill usage in
/// another currency than the invoice currency and to show a statement in another currency.
class ExchangeRatesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRatesPage)
public:
    explicit ExchangeRatesPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    bool setRate(const QString &base, const QString &quote, const QString &rate);
    QTableWidget *table() const { return m_table; }
    QDateEdit *date() const { return m_date; }
    QString feedbackText() const;

private:
    core::Database &m_db;
    QTableWidget *m_table;
    QLineEdit *m_base;
    QLineEdit *m_quote;
    QLineEdit *m_rate;
    QDateEdit *m_date;
    FormFeedback *m_feedback;
};

/// Settings > Statement Numbering: the pattern each series gives numbers from (gapless, per
/// year or month as the pattern says): statements when approved, credit and debit memos when
/// released, payments when recorded.
class NumberingPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberingPage)
public:
    explicit NumberingPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    /// Saves the statements' pattern.
    bool save(const QString &pattern);
    /// Saves the pattern of `series`: "statement", "credit_memo", "debit_memo" or "payment".
    bool save(const QString &series, const QString &pattern);
    QString feedbackText() const;
    /// The next number `series` gives (the statements' by default).
    QString exampleText(const QString &series = QStringLiteral("statement")) const;
    QLineEdit *patternEdit(const QString &series) const;

protected:
    /// Approvals elsewhere move the counter: the next number is read again each time.
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        QString series;
        QString title;
        QLineEdit *pattern = nullptr;
        QLabel *next = nullptr;
    };
    void showNext(const Row &row);
    const Row *row(const QString &series) const;

    core::Database &m_db;
    QList<Row> m_rows;
    FormFeedback *m_feedback;
};

/// Settings > Statement Documents: paper (A4 or Letter), PDF/A-1b, export file names, and
/// CSV for spreadsheets in comma-decimal locales (a byte order mark, `;` and decimal commas).
class DocumentSettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSettingsPage)
public:
    explicit DocumentSettingsPage(core::Database &db, QWidget *parent = nullptr);
    void reload();
    bool save();
    QComboBox *paper() const { return m_paper; }
    QCheckBox *pdfA() const { return m_pdfA; }
    QLineEdit *pattern() const { return m_pattern; }
    QCheckBox *bom() const { return m_bom; }
    QCheckBox *semicolon() const { return m_semicolon; }
    QComboBox *locale() const { return m_locale; }
    QString feedbackText() const;

private:
    core::Database &m_db;
    QComboBox *m_paper;
    QCheckBox *m_pdfA;
    QLineEdit *m_pattern;
    QCheckBox *m_bom;
    QCheckBox *m_semicolon;
    QComboBox *m_locale;
    FormFeedback *m_feedback;
};

} // namespace bursar::ui
