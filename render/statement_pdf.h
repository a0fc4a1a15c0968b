#pragma once

#include "core/billing/statement_service.h"
#include "core/result.h"
#include "core/billing/statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;

namespace bursar::render {

/// How statement documents are laid out (Settings > Statement Documents).
struct DocumentOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4; ///< A4 or Letter
    bool pdfA = false;                           ///< write PDF/A-1b
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); ///< how amounts and dates read
};

/// What a statement document shows beyond the statement's own snapshot.
struct StatementDocument
{
    core::Statement statement; ///< whole: lines, tax, allocations
    QByteArray logo;           ///< our logo (PNG, JPEG or SVG bytes), may be empty
    QDate today = QDate::currentDate(); ///< decides the status printed (Past Due)
};

/// One line of a customer's statement of account.
struct AccountDocument
{
    QString kind;      ///< "Statement" now; memos and payments later
    QString number;
    QDate date;
    QDate dueDate;
    QString currency;
    core::Decimal amount;
    core::Decimal balance;
};

/// A customer's open documents and balance as of a date (PRODUCT.md §6-7).
struct AccountStatementDocument
{
    core::StatementParty seller;
    core::StatementParty customer;
    qint64 customerId = 0;
    QDate asOf;
    QList<AccountDocument> documents;
    QByteArray logo;
};

/// Lays out statements with QPainter on any paged device: a QPdfWriter for PDF files, a
/// QPrinter for printing and print preview. Headless: it needs no window system. Long
/// descriptions wrap (never clipped, never elided); the table header repeats on every page;
/// every page has "Page X of Y"; a draft carries a DRAFT watermark and no number.
class StatementPainter
{
    Q_DECLARE_TR_FUNCTIONS(bursar::render::StatementPainter)

public:
    explicit StatementPainter(const DocumentOptions &options) : m_options(options) {}

    /// Paints `documents` one after another on `device`, each starting on a new page.
    /// `painter` must be active on `device`. Returns the number of pages painted.
    int paint(QPainter &painter, QPagedPaintDevice &device, const QList<StatementDocument> &documents) const;
    int paintAccountStatement(QPainter &painter, QPagedPaintDevice &device, const AccountStatementDocument &document) const;

    /// Pages `document` takes (lays it out without painting).
    int pageCount(const StatementDocument &document) const;

private:
    DocumentOptions m_options;
};

/// The statement as a PDF: fonts embedded, text searchable, title and creator set,
/// PDF/A-1b when the options say so.
core::Result<QByteArray> statementPdf(const StatementDocument &document, const DocumentOptions &options);
core::Result<QByteArray> accountStatementPdf(const AccountStatementDocument &document, const DocumentOptions &options);

} // namespace bursar::render
