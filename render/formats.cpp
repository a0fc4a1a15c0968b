#include "render/formats.h"

#include "core/formats/document_format.h"
#include "render/statement_pdf.h"

#include <mutex>

namespace bursar::render {

void registerFormats()
{
    static std::once_flag once;
    std::call_once(once, [] {
        core::DocumentFormats::add(
            {QStringLiteral("pdf"), QStringLiteral(".pdf"), QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "PDF"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "PDF files (*.pdf)"),
             QT_TRANSLATE_NOOP("bursar::core::DocumentFormats", "Save &PDF…"), 10, false,
             [](core::Database *, const core::StatementInput &in) {
                 return statementPdf(in, documentOptions(in.settings));
             },
             [](const core::MemoInput &in) { return memoPdf(in, documentOptions(in.settings)); }});
    });
}

} // namespace bursar::render
