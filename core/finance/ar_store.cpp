#include "core/finance/ar_store.h"

#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
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

/// One document being settled: what it owes or holds, what the ledger applied to or from
/// it, and its stored status and closing date.
struct Settling
{
    QString kind;
    Decimal total;
    QString dated;
    QString status;
    QString closedOn;
    Decimal applied;
    QString lastDate;
};

/// Adds the ledger's entries to or from these documents.
Status addLedger(Database &db, const QString &idColumn, const QString &where, QHash<qint64, Settling> &docs)
{
    Sql q(db, QStringLiteral("SELECT %1, amount, on_date FROM allocations WHERE ").arg(idColumn) + where);
    if (Status s = q.exec(Words::tr("reading the allocation ledger")); !s)
        return s;
    while (q.next()) {
        auto it = docs.find(q.value(0).toLongLong());
        if (it == docs.end())
            continue;
        it->applied += storedAmount(q.value(1));
        it->lastDate = std::max(it->lastDate, q.value(2).toString());
    }
    return success();
}

/// Reads the documents' rows and what the ledger applied to or from them.
Status readSettling(Database &db, bool statements, const QList<qint64> &ids, QHash<qint64, Settling> &docs)
{
    Sql row(db, QStringLiteral("SELECT id, total, status, %1, closed_on, %2 FROM %3 WHERE id IN ")
                        .arg(statements ? QStringLiteral("issue_date") : QStringLiteral("doc_date"),
                             statements ? QStringLiteral("'statement'") : QStringLiteral("kind"),
                             statements ? QStringLiteral("statements") : QStringLiteral("ar_documents")) +
                    idList(ids));
    if (Status s = row.exec(Words::tr("reading the documents to settle")); !s)
        return s;
    QSet<qint64> found;
    QList<qint64> debitMemos, sources;
    while (row.next()) {
        const qint64 id = row.value(0).toLongLong();
        found.insert(id);
        const QString status = row.value(2).toString();
        if (status == u"draft" || status == u"hold")
            continue; // nothing is applied to or from them
        const QString kind = row.value(5).toString();
        docs.insert(id, {kind, storedAmount(row.value(1)), row.value(3).toString(), status, row.value(4).toString(),
                         Decimal(), QString()});
        if (kind == u"debit_memo")
            debitMemos.append(id);
        else if (!statements)
            sources.append(id);
    }
    for (qint64 id : ids)
        if (!found.contains(id))
            return fail(Words::tr("There is no %1 %2.")
                            .arg(statements ? QStringLiteral("statement") : QStringLiteral("AR document"))
                            .arg(id));
    // A statement's billing-run credits are already in its total: only AR applications count.
    if (statements && !docs.isEmpty())
        if (Status s = addLedger(db, QStringLiteral("target_id"),
                                 QStringLiteral("target_kind = 'statement' AND source_kind IN ('credit_memo', "
                                                "'payment') AND target_id IN ") +
                                     idList(docs.keys()),
                                 docs);
            !s)
            return s;
    if (!debitMemos.isEmpty())
        if (Status s =
                addLedger(db, QStringLiteral("target_id"),
                          QStringLiteral("target_kind = 'debit_memo' AND target_id IN ") + idList(debitMemos), docs);
            !s)
            return s;
    if (!sources.isEmpty())
        if (Status s = addLedger(
                db, QStringLiteral("source_id"),
                QStringLiteral("source_kind IN ('credit_memo', 'payment') AND source_id IN ") + idList(sources), docs);
            !s)
            return s;
    return success();
}

/// Settles up to 500 documents of one table: one read of the rows, one of the ledger per
/// kind of entry, and one UPDATE joined to the new figures for those whose status stays (it
/// touches only the indexes holding the amount) and one for those that close or re-open.
Status settleChunk(Database &db, bool statements, const QList<qint64> &ids)
{
    QHash<qint64, Settling> docs;
    if (Status s = readSettling(db, statements, ids, docs); !s)
        return s;
    struct Change
    {
        qint64 id;
        Decimal amount;
        QString status;
        QString closedOn;
    };
    QList<Change> amountOnly, withStatus;
    for (auto it = docs.cbegin(); it != docs.cend(); ++it) {
        const Decimal remaining = it->total - it->applied;
        const bool closed = remaining.isZero();
        // Closed at 0.00, on the latest entry's date (never before the document's own).
        const Change c{it.key(), statements ? remaining : it->applied,
                       closed ? QStringLiteral("closed") : QStringLiteral("open"),
                       closed ? std::max(it->lastDate, it->dated) : QString()};
        (c.status == it->status && c.closedOn == it->closedOn ? amountOnly : withStatus).append(c);
    }
    const bool pg = db.dialect() == Dialect::PostgreSQL;
    const QString table = statements ? QStringLiteral("statements") : QStringLiteral("ar_documents");
    const QString amountColumn = statements ? QStringLiteral("balance") : QStringLiteral("applied");
    const QString idColumn = pg ? QStringLiteral("CAST(v.column1 AS BIGINT)") : QStringLiteral("v.column1");
    const QString amountValue = pg ? QStringLiteral("CAST(v.column2 AS NUMERIC)") : QStringLiteral("v.column2");
    for (const bool status : {false, true}) {
        const QList<Change> &changes = status ? withStatus : amountOnly;
        if (changes.isEmpty())
            continue;
        const QString row = status ? QStringLiteral("(?, ?, ?, ?)") : QStringLiteral("(?, ?)");
        Sql u(db, QStringLiteral("UPDATE %1 SET %2 = %3%4 FROM (VALUES %5) AS v WHERE %1.id = %6")
                      .arg(table, amountColumn, amountValue,
                           status ? QStringLiteral(", status = v.column3, closed_on = v.column4") : QString(),
                           QStringList(changes.size(), row).join(u','), idColumn));
        for (const Change &c : changes) {
            u.bind(c.id).bind(c.amount);
            if (status)
                u.bind(c.status).bind(nullIfEmpty(c.closedOn));
        }
        if (Status s = u.exec(Words::tr("settling the documents")); !s)
            return s;
    }
    return success();
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
    QList<qint64> statements, others;
    QSet<qint64> seenStatements, seenOthers;
    for (const auto &[kind, id] : documents) {
        const bool statement = kind == u"statement";
        QSet<qint64> &seen = statement ? seenStatements : seenOthers;
        if (!seen.contains(id)) {
            seen.insert(id);
            (statement ? statements : others).append(id);
        }
    }
    for (qsizetype from = 0; from < statements.size(); from += 500)
        if (Status s = settleChunk(db, true, statements.mid(from, 500)); !s)
            return s;
    for (qsizetype from = 0; from < others.size(); from += 500)
        if (Status s = settleChunk(db, false, others.mid(from, 500)); !s)
            return s;
    return success();
}

} // namespace bursar::core::ar_store
