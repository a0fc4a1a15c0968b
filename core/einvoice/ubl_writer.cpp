#include "core/einvoice/ubl_writer.h"

#include "core/einvoice/ubl_model.h"

namespace bursar::core {

namespace {

Result<QByteArray> written(ubl::Document doc)
{
    ubl::check(doc);
    if (!doc.problems.isEmpty()) {
        QStringList lines;
        for (const EInvoiceProblem &p : doc.problems)
            lines << p.message;
        return fail(lines.join(u'\n'), doc.problems.first().field);
    }
    return ubl::write(doc);
}

QList<EInvoiceProblem> found(ubl::Document doc)
{
    ubl::check(doc);
    return doc.problems;
}

} // namespace

Result<QByteArray> UblWriter::statement(const StatementInput &input)
{
    return written(ubl::fromStatement(input));
}

Result<QByteArray> UblWriter::memo(const MemoInput &input)
{
    return written(ubl::fromMemo(input));
}

QList<EInvoiceProblem> UblWriter::problems(const StatementInput &input)
{
    return found(ubl::fromStatement(input));
}

QList<EInvoiceProblem> UblWriter::problems(const MemoInput &input)
{
    return found(ubl::fromMemo(input));
}

} // namespace bursar::core
