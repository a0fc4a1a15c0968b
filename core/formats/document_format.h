#pragma once

#include "core/billing/statement.h"
#include "core/einvoice/einvoice.h"
#include "core/finance/ar_document.h"
#include "core/result.h"
#include "core/settings/document_settings.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace bursar::core {

class Database;

/// One statement as a document format is handed it: the statement whole (lines, tax,
/// allocations), our logo, the day that decides the status printed, and the settings of
/// Settings > Statement Documents (paper, PDF/A, locale, CSV options).
struct StatementInput
{
    Statement statement;
    QByteArray logo;
    QDate today = QDate::currentDate();
    DocumentSettings settings = {};
    /// Both parties' e-invoice data, for UBL (StatementExporter::inputs fills it).
    EInvoiceParties einvoice = {};
};

/// A credit memo, debit memo or payment as a document format is handed it: the document
/// whole (lines, tax), both parties (the snapshot taken at release; today's for a Hold
/// memo), our logo and the document settings.
struct MemoInput
{
    ArDocument document;
    StatementParty seller;
    StatementParty customer;
    QByteArray logo;
    DocumentSettings settings = {};
    EInvoiceParties einvoice = {}; ///< for UBL (ArDocuments::documentInput fills it)
};

/// A format statements are written in, in the spirit of Tiled's MapFormat: the export dialog,
/// the statement view's buttons and the command line list what is registered, so a new
/// format (UBL, a memo PDF) is one registration and no switch to edit. CSV and Detailed CSV
/// register from core; the PDF registers from render (render::registerFormats()).
struct DocumentFormat
{
    QString key;                 ///< "pdf", "csv", "detailed-csv": the command line's --as
    QString suffix;              ///< what the file name ends with: ".pdf", "-detailed.csv"
    const char *title = "";      ///< for people, translated in the context "bursar::core::DocumentFormats"
    const char *nameFilter = ""; ///< for file dialogs, translated the same way
    const char *action = "";     ///< a button's text with its mnemonic ("Save &PDF…"), translated the same way
    int order = 0;               ///< lists show formats by this, then by key
    /// Reads the database while writing (the Detailed CSV's usage lines): written on the
    /// thread that owns the connection. Other formats are written on worker threads.
    bool needsDatabase = false;
    /// Writes one statement. `db` is the reading thread's connection when needsDatabase,
    /// else null.
    std::function<Result<QByteArray>(Database *db, const StatementInput &input)> write;
    /// Writes one AR document (memo or payment); empty when the format writes statements only.
    std::function<Result<QByteArray>(const MemoInput &input)> writeMemo = {};
    /// Each file written is kept with its document: its SHA-256 and the e-invoice data it
    /// was written from (EInvoices::record), so the next export is the same file. UBL.
    bool keepsExports = false;

    QString titleText() const;
    QString nameFilterText() const;
    QString actionText() const;
};

/// The registry of document formats. Thread-safe; a second format with a key replaces the
/// first.
class DocumentFormats
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::DocumentFormats)

public:
    static void add(const DocumentFormat &format);
    /// Every registered format, in order.
    static QList<DocumentFormat> all();
    /// The format with `key` (case-insensitive), or none.
    static std::optional<DocumentFormat> find(QStringView key);
    /// "pdf, csv or detailed-csv": the keys, for messages.
    static QString keyList();
};

} // namespace bursar::core
