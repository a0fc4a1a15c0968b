#include "core/finance/ar_store.h"

#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace bursar::core::ar_store {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ArDocuments)
};

const QString Columns = QStringLiteral(
    "d.id, d.kind, d.status, d.customer_id, c.name, d.currency, d.number, d.doc_date, d.due_date, "
    "d.payment_terms_days, d.description, d.sales_branch, d.sales_person, d.adjusts_kind, d.adjusts_id, "
    "d.reverses_id, rv.id, d.payment_method_id, d.payment_method, d.reference, d.subtotal, d.tax, d.total_exact, "
    "d.rounding, d.total, d.applied, d.closed_on, d.region, d.state, d.created_at, d.created_by, d.released_at, "
    "d.released_by, CASE WHEN d.adjusts_kind = 'statement' THEN (SELECT s.number FROM statements s WHERE s.id = "
    "d.adjusts_id) ELSE (SELECT a.number FROM ar_documents a WHERE a.id = d.adjusts_id) END");
const QString From = QStringLiteral(
    " FROM ar_documents d JOIN customers c ON c.id = d.customer_id LEFT JOIN ar_documents rv ON rv.reverses_id = d.id");

ArDocument readRow(const Sql &q, QDate today)
{
    ArDocument d;
    int c = 0;
    d.id = q.value(c++).toLongLong();
    d.kind = arKindFromKey(q.value(c++).toString()).value_or(ArKind::CreditMemo);
    d.storedStatus = q.value(c++).toString();
    d.customerId = q.value(c++).toLongLong();
    d.customerName = q.value(c++).toString();
    d.currency = q.value(c++).toString();
    d.number = q.value(c++).toString();
    d.date = storedDate(q.value(c++));
    d.dueDate = storedDate(q.value(c++));
    d.paymentTermsDays = q.value(c++).toInt();
    d.description = q.value(c++).toString();
    d.salesBranch = q.value(c++).toString();
    d.salesPerson = q.value(c++).toString();
    d.adjustsKind = q.value(c++).toString();
    d.adjustsId = q.value(c++).toLongLong();
    d.reversesId = q.value(c++).toLongLong();
    d.reversedById = q.value(c++).toLongLong();
    d.paymentMethodId = q.value(c++).toLongLong();
    d.paymentMethod = q.value(c++).toString();
    d.reference = q.value(c++).toString();
    d.subtotal = storedAmount(q.value(c++));
    d.tax = storedAmount(q.value(c++));
    d.totalExact = storedAmount(q.value(c++));
    d.rounding = storedAmount(q.value(c++));
    d.total = storedAmount(q.value(c++));
    d.applied = storedAmount(q.value(c++));
    d.closedOn = storedDate(q.value(c++));
    d.region = q.value(c++).toString();
    d.state = q.value(c++).toString();
    d.createdAt = q.value(c++).toString();
    d.createdBy = q.value(c++).toString();
    d.releasedAt = q.value(c++).toString();
    d.releasedBy = q.value(c++).toString();
    d.adjustsNumber = q.value(c++).toString();
    if (d.storedStatus == u"hold")
        d.status = ArStatus::Hold;
    else if (d.storedStatus == u"closed")
        d.status = d.reversedById ? ArStatus::Cancelled : ArStatus::Closed;
    else if (d.kind == ArKind::DebitMemo && d.dueDate.isValid() && today > d.dueDate)
        d.status = ArStatus::PastDue;
    else
        d.status = ArStatus::Open;
    return d;
}

Status readDetails(Database &db, ArDocument &d)
{
    Sql lines(db, QStringLiteral("SELECT line_no, description, quantity, unit, price, discount, tax_category, amount "
                                 "FROM ar_document_lines WHERE document_id = ? ORDER BY line_no"));
    lines.bind(d.id);
    if (Status s = lines.exec(Words::tr("reading the memo's lines")); !s)
        return s;
    while (lines.next())
        d.lines.append({lines.value(0).toInt(), lines.value(1).toString(), storedAmount(lines.value(2)),
                        lines.value(3).toString(), storedAmount(lines.value(4)), storedAmount(lines.value(5)),
                        lines.value(6).toString(), storedAmount(lines.value(7))});
    Sql taxes(db, QStringLiteral("SELECT line_no, category, name, region, state, rate, rate_from, base, amount FROM "
                                 "ar_document_taxes WHERE document_id = ? ORDER BY line_no"));
    taxes.bind(d.id);
    if (Status s = taxes.exec(Words::tr("reading the memo's tax")); !s)
        return s;
    while (taxes.next())
        d.taxes.append({taxes.value(1).toString(),
                        TaxLine{taxes.value(0).toInt(), taxes.value(2).toString(), taxes.value(3).toString(),
                                taxes.value(4).toString(), storedAmount(taxes.value(5)), storedDate(taxes.value(6)),
                                storedAmount(taxes.value(7)), storedAmount(taxes.value(8))}});
    return success();
}

struct Settled
{
    Decimal applied;
    QString lastDate;
};

/// What the ledger applied from or to one document, and the latest entry's date.
Result<Settled> ledgerSum(Database &db, const QString &where, qint64 id)
{
    Sql q(db, QStringLiteral("SELECT amount, on_date FROM allocations WHERE ") + where);
    q.bind(id);
    if (Status s = q.exec(Words::tr("reading the allocation ledger")); !s)
        return s.error();
    Settled out;
    while (q.next()) {
        out.applied += storedAmount(q.value(0));
        out.lastDate = std::max(out.lastDate, q.value(1).toString());
    }
    return out;
}

} // namespace

Status lock(Database &db, QList<std::pair<QString, qint64>> documents)
{
    if (db.dialect() != Dialect::PostgreSQL)
        return success();
    std::sort(documents.begin(), documents.end());
    for (const auto &[table, id] : documents) {
        Sql q(db, table == u"statement" ? QStringLiteral("SELECT id FROM statements WHERE id = ? FOR UPDATE")
                                        : QStringLiteral("SELECT id FROM ar_documents WHERE id = ? FOR UPDATE"));
        q.bind(id);
        if (Status s = q.exec(Words::tr("locking a document")); !s)
            return s;
    }
    return success();
}

Result<QList<ArDocument>> read(Database &db, const QString &where, const QVariantList &binds, const QString &order,
                               Page page, QDate today, bool withDetails)
{
    Sql q(db, QStringLiteral("SELECT ") + Columns + From + (where.isEmpty() ? QString() : u" WHERE " + where) +
                  (order.isEmpty() ? QStringLiteral(" ORDER BY d.id") : u" ORDER BY " + order) + limitClause(page));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(Words::tr("reading AR documents")); !s)
        return s.error();
    QList<ArDocument> out;
    while (q.next())
        out.append(readRow(q, today));
    if (withDetails)
        for (ArDocument &d : out)
            if (Status s = readDetails(db, d); !s)
                return s.error();
    return out;
}

Result<qint64> count(Database &db, const QString &where, const QVariantList &binds)
{
    Sql q(db, QStringLiteral("SELECT COUNT(*) FROM ar_documents d JOIN customers c ON c.id = d.customer_id") +
                  (where.isEmpty() ? QString() : u" WHERE " + where));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(Words::tr("counting AR documents")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status writeDetails(Database &db, qint64 documentId, const QList<MemoLine> &lines, const QList<MemoTax> &taxes)
{
    BulkInsert l(db, QStringLiteral("ar_document_lines"),
                 {QStringLiteral("document_id"), QStringLiteral("line_no"), QStringLiteral("description"),
                  QStringLiteral("quantity"), QStringLiteral("unit"), QStringLiteral("price"),
                  QStringLiteral("discount"), QStringLiteral("tax_category"), QStringLiteral("amount")});
    for (const MemoLine &m : lines) {
        l.integer(documentId)
            .integer(m.lineNo)
            .text(m.description)
            .amount(m.quantity)
            .text(m.unit)
            .amount(m.price)
            .amount(m.discount)
            .text(m.taxCategory)
            .amount(m.amount);
        if (Status s = l.endRow(); !s)
            return s;
    }
    if (Status s = l.finish(); !s)
        return s;
    BulkInsert t(db, QStringLiteral("ar_document_taxes"),
                 {QStringLiteral("document_id"), QStringLiteral("line_no"), QStringLiteral("category"),
                  QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("state"), QStringLiteral("rate"),
                  QStringLiteral("rate_from"), QStringLiteral("base"), QStringLiteral("amount")});
    for (const MemoTax &m : taxes) {
        t.integer(documentId)
            .integer(m.line.lineNo)
            .text(m.category)
            .text(m.line.name)
            .text(m.line.region)
            .text(m.line.state)
            .amount(m.line.rate)
            .text(m.line.rateFrom.toString(Qt::ISODate))
            .amount(m.line.base)
            .amount(m.line.amount);
        if (Status s = t.endRow(); !s)
            return s;
    }
    return t.finish();
}

Status settle(Database &db, const QList<std::pair<QString, qint64>> &documents)
{
    for (const auto &[kind, id] : documents) {
        const bool statement = kind == u"statement";
        Sql row(db, statement ? QStringLiteral("SELECT total, status, issue_date FROM statements WHERE id = ?")
                              : QStringLiteral("SELECT total, status, doc_date FROM ar_documents WHERE id = ?"));
        row.bind(id);
        if (Status s = row.exec(Words::tr("reading a document to settle")); !s)
            return s;
        if (!row.next())
            return fail(Words::tr("There is no %1 %2.").arg(kind).arg(id));
        const Decimal total = storedAmount(row.value(0));
        const QString status = row.value(1).toString();
        if (status == u"draft" || status == u"hold")
            continue;
        const QString dated = row.value(2).toString();
        Result<Settled> sum = statement ? ledgerSum(db,
                                                    QStringLiteral("target_kind = 'statement' AND target_id = ? AND "
                                                                   "source_kind IN ('credit_memo', 'payment')"),
                                                    id)
                              : kind == u"debit_memo"
                                  ? ledgerSum(db, QStringLiteral("target_kind = 'debit_memo' AND target_id = ?"), id)
                                  : ledgerSum(db, QStringLiteral("source_kind = '%1' AND source_id = ?").arg(kind), id);
        if (!sum)
            return sum.error();
        const Decimal remaining = total - sum->applied;
        const bool closed = remaining.isZero();
        const QString closedOn = closed ? std::max(sum->lastDate, dated) : QString();
        Sql u(db, statement
                      ? QStringLiteral("UPDATE statements SET balance = ?, status = ?, closed_on = ? WHERE id = ?")
                      : QStringLiteral("UPDATE ar_documents SET applied = ?, status = ?, closed_on = ? WHERE id = ?"));
        u.bind(statement ? remaining : sum->applied)
            .bind(closed ? QStringLiteral("closed") : QStringLiteral("open"))
            .bind(nullIfEmpty(closedOn))
            .bind(id);
        if (Status s = u.exec(Words::tr("settling a document")); !s)
            return s;
    }
    return success();
}

} // namespace bursar::core::ar_store
