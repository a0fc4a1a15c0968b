#pragma once

#include "core/finance/account_statement.h"
#include "core/formats/document_format.h"
#include "core/result.h"

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
    QPageSize::PageSizeId paper = QPageSize::A4;                       ///< A4 or Letter
    bool pdfA = false;                                                 ///< write PDF/A-1b
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); ///< how amounts and dates read
};

/// What a statement document shows beyond the statement's own snapshot: the formats'
/// input (core/formats/document_format.h), painted as it is handed.
using StatementDocument = core::StatementInput;

/// A customer's statement of account, as core makes it (core/finance/account_statement.h).
using AccountStatementDocument = core::AccountStatement;

/// The layout options the settings say.
DocumentOptions documentOptions(const core::DocumentSettings &settings);

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
    int paintAccountStatement(QPainter &painter, QPagedPaintDevice &device,
                              const AccountStatementDocument &document) const;
    /// A credit memo, debit memo or payment; a Hold memo carries a HOLD watermark.
    int paintMemo(QPainter &painter, QPagedPaintDevice &device, const core::MemoInput &document) const;

    /// Pages `document` takes (lays it out without painting).
    int pageCount(const StatementDocument &document) const;

private:
    DocumentOptions m_options;
};

/// The statement as a PDF: fonts embedded, text searchable, title and creator set,
/// PDF/A-1b when the options say so.
core::Result<QByteArray> statementPdf(const StatementDocument &document, const DocumentOptions &options);
core::Result<QByteArray> accountStatementPdf(const AccountStatementDocument &document, const DocumentOptions &options);
core::Result<QByteArray> memoPdf(const core::MemoInput &document, const DocumentOptions &options);

} // namespace bursar::render
