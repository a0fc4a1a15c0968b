// ArDocuments' reads: one document, by number, the lists, what a document format is handed.
#include "core/customers/customer_service.h"
#include "core/einvoice/einvoice_service.h"
#include "core/finance/ar_service.h"
#include "core/finance/ar_store.h"
#include "core/finance/tax_categories.h"
#include "core/formats/document_format.h"
#include "core/json/records_json.h"
#include "core/settings/account_info_service.h"
#include "core/settings/document_settings.h"
#include "core/storage/database.h"
#include "core/storage/database_files.h"
#include "core/storage/internal/sql.h"

#include <QFileInfo>

namespace bursar::core {

Result<QList<TaxCategory>> ArDocuments::taxCategories()
{
    return TaxCategories(m_db).list();
}

Result<MemoInput> ArDocuments::documentInput(qint64 id)
{
    MemoInput in;
    auto doc = document(id);
    if (!doc)
        return doc.error();
    in.document = *doc;
    auto ours = AccountInfoService(m_db).load();
    if (!ours)
        return ours.error();
    in.logo = ours->logo;
    auto settings = DocumentSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    in.settings = *settings;
    Sql q(m_db, QStringLiteral("SELECT seller, customer FROM ar_documents WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(tr("reading the document's parties")); !s)
        return s.error();
    if (q.next() && !q.value(0).toString().isEmpty()) {
        in.seller = json::partyFromText(q.value(0).toString());
        in.customer = json::partyFromText(q.value(1).toString());
    } else { // Hold: nothing frozen yet, so today's
        in.seller.name = ours->companyName;
        in.seller.contact = ours->contact;
        auto c = CustomerService(m_db).customer(doc->customerId);
        if (!c)
            return c.error();
        in.customer.name = c->name;
        in.customer.contact = c->contact;
    }
    if (doc->kind != ArKind::Payment) {
        auto einvoice = EInvoices(m_db).forMemo(*doc);
        if (!einvoice)
            return einvoice.error();
        in.einvoice = *einvoice;
    }
    return in;
}

Status ArDocuments::save(const MemoInput &input, const DocumentFormat &format, const QString &path)
{
    if (!format.writeMemo)
        return fail(tr("%1 writes statements only.").arg(format.titleText()));
    auto bytes = format.writeMemo(input);
    if (!bytes)
        return bytes.error();
    if (Status s = writeFileAtomically(path, *bytes); !s)
        return s;
    return recordExport(m_db, format, EInvoices::documentKind(input.document), input.document.id, input.einvoice,
                        *bytes, QFileInfo(path).fileName());
}

Result<ArDocument> ArDocuments::document(qint64 id, QDate today)
{
    auto docs = ar_store::read(m_db, QStringLiteral("d.id = ?"), {id}, {}, {}, today, true);
    if (!docs)
        return docs.error();
    if (docs->isEmpty())
        return fail(tr("There is no AR document %1.").arg(id));
    return docs->first();
}

Result<ArDocument> ArDocuments::find(const QString &idOrNumber, QDate today)
{
    const QString ref = idOrNumber.trimmed();
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    auto docs = numeric ? ar_store::read(m_db, QStringLiteral("d.id = ?"), {id}, {}, {}, today, true)
                        : ar_store::read(m_db, QStringLiteral("d.number = ?"), {ref}, {}, {}, today, true);
    if (!docs)
        return docs.error();
    if (docs->isEmpty())
        return fail(tr("There is no credit memo, debit memo or payment “%1”; give its ID or number (CM-…, DM-…, "
                       "PAY-…).")
                        .arg(ref),
                    QStringLiteral("document"));
    return docs->first();
}

Status ArDocuments::where(const ArFilter &f, QDate today, QString &sql, QVariantList &binds)
{
    QStringList w;
    if (f.kind) {
        w << QStringLiteral("d.kind = ?");
        binds << arKindKey(*f.kind);
    }
    if (f.customerId) {
        w << QStringLiteral("d.customer_id = ?");
        binds << *f.customerId;
    }
    if (f.status) {
        switch (*f.status) {
        case ArStatus::Hold:
            w << QStringLiteral("d.status = 'hold'");
            break;
        case ArStatus::Open:
            w << QStringLiteral("d.status = 'open' AND (d.kind <> 'debit_memo' OR d.due_date >= ?)");
            binds << today.toString(Qt::ISODate);
            break;
        case ArStatus::PastDue:
            w << QStringLiteral("d.status = 'open' AND d.kind = 'debit_memo' AND d.due_date < ?");
            binds << today.toString(Qt::ISODate);
            break;
        case ArStatus::Closed:
            w << QStringLiteral("d.status = 'closed' AND NOT EXISTS (SELECT 1 FROM ar_documents r WHERE r.reverses_id "
                                "= d.id)");
            break;
        case ArStatus::Cancelled:
            w << QStringLiteral("EXISTS (SELECT 1 FROM ar_documents r WHERE r.reverses_id = d.id)");
            break;
        }
    }
    if (f.from.isValid()) {
        w << QStringLiteral("d.doc_date >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        w << QStringLiteral("d.doc_date <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    // A filter only: SQLite compares the stored text as a number (a double), exact for the
    // totals of up to 15 digits a list is filtered by; no amount is computed from it.
    for (const auto &[text, op] :
         {std::pair{f.minAmount, QStringLiteral(">=")}, std::pair{f.maxAmount, QStringLiteral("<=")}}) {
        if (text.trimmed().isEmpty())
            continue;
        auto amount = Decimal::parse(text.trimmed());
        if (!amount)
            return fail(tr("The amount filter “%1” is not a number.").arg(text), QStringLiteral("amount"));
        w << QStringLiteral("CAST(d.total AS NUMERIC) %1 CAST(? AS NUMERIC)").arg(op);
        binds << amount->toString();
    }
    if (f.releasedOnly)
        w << QStringLiteral("d.status <> 'hold'");
    if (f.afterId) {
        w << QStringLiteral("d.id > ?");
        binds << *f.afterId;
    }
    sql = w.join(QStringLiteral(" AND "));
    return success();
}

Result<QList<ArDocument>> ArDocuments::list(const ArFilter &filter, Page page, QDate today)
{
    QString sql;
    QVariantList binds;
    if (Status s = where(filter, today, sql, binds); !s)
        return s.error();
    return ar_store::read(m_db, sql, binds,
                          filter.afterId ? QStringLiteral("d.id") : QStringLiteral("d.doc_date DESC, d.id DESC"), page,
                          today);
}

Result<qint64> ArDocuments::count(const ArFilter &filter, QDate today)
{
    QString sql;
    QVariantList binds;
    if (Status s = where(filter, today, sql, binds); !s)
        return s.error();
    return ar_store::count(m_db, sql, binds);
}

} // namespace bursar::core
