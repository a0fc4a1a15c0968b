#include "core/finance/ar_service.h"

#include "core/billing/rate_tables.h"
#include "core/calculators/statement_calculator.h"
#include "core/customers/customer_rows.h"
#include "core/customers/customer_service.h"
#include "core/finance/ar_store.h"
#include "core/formats/document_format.h"
#include "core/json/records_json.h"
#include "core/ledger/allocation_ledger.h"
#include "core/numbering/number_series.h"
#include "core/settings/account_info_service.h"
#include "core/settings/document_settings.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <map>

namespace bursar::core {

Status ArDocuments::deleteMemos(const QList<qint64> &ids)
{
    if (Status s = m_db.require(Privilege::ArdocsCreate, tr("delete memos")); !s)
        return s;
    if (ids.isEmpty())
        return success();
    return m_db.transaction([&]() -> Status {
        auto docs = ar_store::read(m_db, QStringLiteral("d.id IN ") + idList(ids), {}, {}, {}, QDate::currentDate());
        if (!docs)
            return docs.error();
        QSet<qint64> found;
        for (const ArDocument &d : *docs) {
            found.insert(d.id);
            if (d.kind == ArKind::Payment || d.status != ArStatus::Hold)
                return fail(tr("%1 %2 is %3 and cannot be deleted: only a Hold memo is deleted (no number is used). "
                               "Cancel it instead; it is then closed by a reversing document.")
                                .arg(arKindName(d.kind), d.displayNumber(), arStatusName(d.status)),
                            QStringLiteral("status"));
        }
        for (qint64 id : ids)
            if (!found.contains(id))
                return fail(tr("There is no memo %1; nothing was deleted.").arg(id));
        Sql del(m_db, QStringLiteral("DELETE FROM ar_documents WHERE status = 'hold' AND id IN ") + idList(ids));
        if (Status e = del.exec(tr("deleting memos")); !e)
            return e;
        for (const ArDocument &d : *docs)
            if (Status e = m_db.audit(QStringLiteral("delete"), arKindKey(d.kind), QString::number(d.id),
                                      d.currency + u' ' + d.total.toString());
                !e)
                return e;
        return success();
    });
}

Result<QStringList> ArDocuments::release(const QList<qint64> &ids, QDate today)
{
    if (Status s = m_db.require(Privilege::ReleaseArdocs, tr("release memos")); !s)
        return s.error();
    QStringList numbers;
    Status s = m_db.transaction([&]() -> Status {
        numbers.clear();
        if (ids.isEmpty())
            return success();
        auto docs = ar_store::read(m_db, QStringLiteral("d.id IN ") + idList(ids), {},
                                   QStringLiteral("d.doc_date, d.id"), {}, today);
        if (!docs)
            return docs.error();
        if (docs->size() != QSet<qint64>(ids.cbegin(), ids.cend()).size())
            for (qint64 id : ids)
                if (std::none_of(docs->cbegin(), docs->cend(), [id](const ArDocument &d) { return d.id == id; }))
                    return fail(tr("There is no memo %1; nothing was released.").arg(id));
        for (const ArDocument &d : *docs)
            if (d.kind == ArKind::Payment || d.status != ArStatus::Hold)
                return fail(tr("%1 %2 is %3, not Hold: only a Hold memo is released, once. Nothing was released.")
                                .arg(arKindName(d.kind), d.displayNumber(), arStatusName(d.status)),
                            QStringLiteral("status"));
        auto seller = AccountInfoService(m_db).load();
        if (!seller)
            return seller.error();
        const QString sellerJson =
            statementPartyJson(seller->companyName, seller->contact, QString(), QString(), QString());
        // Numbers in blocks per series and counter period, in date order within each.
        std::map<std::pair<QString, QString>, QList<const ArDocument *>> groups;
        NumberSeries series(m_db);
        QHash<QString, QString> patterns;
        for (const ArDocument &d : *docs) {
            const QString name = this->series(d.kind);
            if (!patterns.contains(name)) {
                auto pattern = series.pattern(name);
                if (!pattern)
                    return pattern.error();
                patterns.insert(name, *pattern);
            }
            groups[{name, NumberSeries::periodOf(patterns.value(name), d.date)}].append(&d);
        }
        // Every customer's snapshot read at once (a batch of 10,000 memos is one query per
        // 500 customers, not one per memo: on PostgreSQL each is a round trip).
        QHash<qint64, QString> customerJson;
        {
            QList<qint64> customers;
            for (const ArDocument &d : *docs)
                if (!customers.contains(d.customerId))
                    customers.append(d.customerId);
            for (qsizetype from = 0; from < customers.size(); from += 500) {
                Sql q(m_db, QStringLiteral("SELECT ") + customer_rows::CustomerColumns +
                                QStringLiteral(" FROM customers WHERE id IN ") + idList(customers.mid(from, 500)));
                if (Status e = q.exec(tr("reading the customers")); !e)
                    return e;
                while (q.next()) {
                    const Customer c = customer_rows::readCustomer(q);
                    customerJson.insert(c.id, statementPartyJson(c.name, c.contact, c.region, c.state, QString()));
                }
            }
        }
        const QString at = nowUtc();
        struct Numbered
        {
            const ArDocument *doc;
            QString number;
        };
        QList<Numbered> all;
        for (const auto &[key, group] : groups) {
            auto block = series.nextBlock(key.first, group.first()->date, int(group.size()));
            if (!block)
                return block.error();
            for (qsizetype i = 0; i < group.size(); ++i)
                all.append({group.at(i), block->at(i)});
        }
        // One UPDATE per 500 memos joined to their numbers and parties, as Approve All does.
        for (qsizetype from = 0; from < all.size(); from += 500) {
            QString rows;
            QVariantList binds;
            for (qsizetype i = from; i < std::min(all.size(), from + 500); ++i) {
                const ArDocument &d = *all.at(i).doc;
                rows += (rows.isEmpty() ? QString() : QStringLiteral(",")) + QStringLiteral("(?, ?, ?, ?)");
                binds << d.id << all.at(i).number << d.date.addDays(d.paymentTermsDays).toString(Qt::ISODate)
                      << customerJson.value(d.customerId);
            }
            Sql u(m_db, QStringLiteral("UPDATE ar_documents SET status = 'open', number = v.column2, due_date = "
                                       "v.column3, customer = v.column4, seller = ?, released_at = ?, released_by = ? "
                                       "FROM (VALUES %1) AS v WHERE ar_documents.id = %2 AND ar_documents.status = "
                                       "'hold'")
                            .arg(rows, m_db.dialect() == Dialect::PostgreSQL ? QStringLiteral("CAST(v.column1 AS "
                                                                                              "BIGINT)")
                                                                             : QStringLiteral("v.column1")));
            u.bind(sellerJson).bind(at).bind(m_db.actor()); // the SET's, before the VALUES'
            for (const QVariant &b : binds)
                u.bind(b);
            if (Status e = u.exec(tr("releasing the memos")); !e)
                return e;
            if (u.rowsAffected() != std::min(all.size(), from + 500) - from)
                return fail(tr("A memo was released by someone else meanwhile; nothing was released."));
        }
        for (const Numbered &n : std::as_const(all)) {
            if (Status e = m_db.auditAt(at, QStringLiteral("release"), arKindKey(n.doc->kind),
                                        QString::number(n.doc->id), n.number);
                !e)
                return e;
            numbers.append(n.number);
        }
        return success();
    });
    if (!s)
        return s.error();
    return numbers;
}

Result<qint64> ArDocuments::recordPayment(const NewPayment &payment, QDate today)
{
    if (Status s = m_db.require(Privilege::RecordPayments, tr("record payments")); !s)
        return s.error();
    const QString label = memoLabel(ArKind::Payment, payment.customerId);
    auto customer = CustomerService(m_db).customer(payment.customerId);
    if (!customer)
        return fail(tr("%1: %2").arg(label, customer.message()), QStringLiteral("customer"));
    auto currency = Currencies::require(payment.currency.trimmed(), QStringLiteral("currency"));
    if (!currency)
        return fail(tr("%1: %2").arg(label, currency.message()), QStringLiteral("currency"));
    const QString text = payment.amount.trimmed();
    auto amount = Decimal::parse(text);
    if (!amount || !amount->isPositive())
        return fail(tr("%1: the amount “%2” is not a positive number; enter it as 1250.00.").arg(label, text),
                    QStringLiteral("amount"));
    if (amount->places() > currency->minorUnits)
        return fail(tr("%1: the amount %2 has %3 decimals; %4 has %5.")
                        .arg(label, text)
                        .arg(amount->places())
                        .arg(currency->code)
                        .arg(currency->minorUnits),
                    QStringLiteral("amount"));
    const QDate date = payment.date.isValid() ? payment.date : today;
    qint64 methodId = 0;
    QString methodText = payment.method.trimmed();
    if (!methodText.isEmpty()) {
        auto methods = CustomerService(m_db).paymentMethods(payment.customerId);
        if (!methods)
            return methods.error();
        bool numeric = false;
        const qint64 asId = methodText.toLongLong(&numeric);
        for (const PaymentMethod &m : *methods)
            if (numeric && m.id == asId) {
                methodId = m.id;
                methodText = m.maskedReference;
            }
    }
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        auto number = NumberSeries(m_db).next(series(ArKind::Payment), date);
        if (!number)
            return number.error();
        Sql q(m_db, QStringLiteral(
                        "INSERT INTO ar_documents (kind, status, customer_id, currency, number, doc_date, "
                        "payment_terms_days, description, payment_method_id, payment_method, reference, subtotal, tax, "
                        "total_exact, rounding, total, applied, region, state, created_at, created_by, released_at, "
                        "released_by) VALUES ('payment', 'open', ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?, ?) RETURNING id"));
        const QString at = nowUtc();
        q.bind(payment.customerId)
            .bind(currency->code)
            .bind(*number)
            .bind(date.toString(Qt::ISODate))
            .bind(tr("Payment"))
            .bind(methodId ? QVariant(methodId) : QVariant(QMetaType::fromType<qint64>()))
            .bind(nullIfEmpty(methodText))
            .bind(nullIfEmpty(payment.reference.trimmed()))
            .bind(*amount)
            .bind(Decimal())
            .bind(*amount)
            .bind(Decimal())
            .bind(*amount)
            .bind(Decimal())
            .bind(nullIfEmpty(customer->region))
            .bind(nullIfEmpty(customer->state))
            .bind(at)
            .bind(m_db.actor())
            .bind(at)
            .bind(m_db.actor());
        if (Status e = q.exec(tr("recording the payment")); !e)
            return e;
        q.next();
        id = q.value(0).toLongLong();
        return m_db.audit(QStringLiteral("record"), QStringLiteral("payment"), QString::number(id),
                          QStringLiteral("%1, customer %2, %3 %4")
                              .arg(*number)
                              .arg(payment.customerId)
                              .arg(currency->code, amount->toString(currency->minorUnits)));
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> ArDocuments::cancel(qint64 id, QDate on, const QString &reason)
{
    if (Status s = m_db.require(Privilege::ReleaseArdocs, tr("cancel AR documents")); !s)
        return s.error();
    qint64 reversingId = 0;
    Status s = m_db.transaction([&]() -> Status {
        if (Status e = ar_store::lock(m_db, {{QStringLiteral("ar"), id}}); !e)
            return e;
        auto docs = ar_store::read(m_db, QStringLiteral("d.id = ?"), {id}, {}, {}, on, true);
        if (!docs)
            return docs.error();
        if (docs->isEmpty())
            return fail(tr("There is no AR document %1.").arg(id));
        const ArDocument d = docs->first();
        if (d.status == ArStatus::Hold)
            return fail(tr("%1 is Hold: delete it instead (no number is used).").arg(d.displayNumber()),
                        QStringLiteral("status"));
        if (d.status == ArStatus::Cancelled || d.reversesId)
            return fail(tr("%1 is already cancelled or is itself a reversing document.").arg(d.displayNumber()),
                        QStringLiteral("status"));
        if (!d.applied.isZero())
            return fail(tr("%1 still has %2 %3 applied: reverse its applications first (Unapply), then cancel it.")
                            .arg(d.displayNumber(), d.currency, d.applied.toString()),
                        QStringLiteral("applications"));
        if (on < d.date)
            return fail(tr("%1 is dated %2; it cannot be cancelled on %3, before it.")
                            .arg(d.displayNumber(), d.date.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                        QStringLiteral("date"));
        const ArKind reversingKind = d.kind == ArKind::DebitMemo ? ArKind::CreditMemo : ArKind::DebitMemo;
        auto number = NumberSeries(m_db).next(series(reversingKind), on);
        if (!number)
            return number.error();
        const QString at = nowUtc();
        const QString why = reason.trimmed().isEmpty() ? tr("Cancels %1").arg(d.number)
                                                       : tr("Cancels %1: %2").arg(d.number, reason.trimmed());
        Sql q(m_db,
              QStringLiteral(
                  "INSERT INTO ar_documents (kind, status, customer_id, currency, number, doc_date, due_date, "
                  "payment_terms_days, description, adjusts_kind, adjusts_id, reverses_id, subtotal, tax, total_exact, "
                  "rounding, total, applied, region, state, seller, customer, created_at, created_by, released_at, "
                  "released_by) SELECT ?, 'open', customer_id, currency, ?, ?, ?, 0, ?, kind, id, id, subtotal, tax, "
                  "total_exact, rounding, total, '0', region, state, seller, customer, ?, ?, ?, ? FROM ar_documents "
                  "WHERE id = ? RETURNING id"));
        q.bind(arKindKey(reversingKind))
            .bind(*number)
            .bind(on.toString(Qt::ISODate))
            .bind(on.toString(Qt::ISODate))
            .bind(why)
            .bind(at)
            .bind(m_db.actor())
            .bind(at)
            .bind(m_db.actor())
            .bind(d.id);
        if (Status e = q.exec(tr("creating the reversing document")); !e)
            return e;
        q.next();
        reversingId = q.value(0).toLongLong();
        if (d.kind != ArKind::Payment) {
            Sql copyLines(m_db, QStringLiteral("INSERT INTO ar_document_lines (document_id, line_no, description, "
                                               "quantity, unit, price, discount, tax_category, amount) SELECT ?, "
                                               "line_no, description, quantity, unit, price, discount, tax_category, "
                                               "amount FROM ar_document_lines WHERE document_id = ?"));
            copyLines.bind(reversingId).bind(d.id);
            Sql copyTaxes(m_db, QStringLiteral("INSERT INTO ar_document_taxes (document_id, line_no, category, name, "
                                               "region, state, rate, rate_from, base, amount) SELECT ?, line_no, "
                                               "category, name, region, state, rate, rate_from, base, amount FROM "
                                               "ar_document_taxes WHERE document_id = ?"));
            copyTaxes.bind(reversingId).bind(d.id);
            if (Status e = copyLines.exec(tr("copying the memo's lines")); !e)
                return e;
            if (Status e = copyTaxes.exec(tr("copying the memo's tax")); !e)
                return e;
        }
        // The pair offsets itself in the ledger: the credit side is applied to the debit side.
        NewAllocation entry;
        const bool originalIsSource = isArSource(d.kind);
        entry.source = originalIsSource
                           ? (d.kind == ArKind::Payment ? AllocationSource::Payment : AllocationSource::CreditMemo)
                           : AllocationSource::CreditMemo;
        entry.sourceId = originalIsSource ? d.id : reversingId;
        entry.target = AllocationTarget::DebitMemo;
        entry.targetId = originalIsSource ? reversingId : d.id;
        entry.amount = d.total;
        entry.on = on;
        entry.reason = QStringLiteral("cancel");
        if (Status e = AllocationLedger(m_db).record({entry}); !e)
            return e;
        if (Status e = ar_store::settle(m_db, {{arKindKey(d.kind), d.id}, {arKindKey(reversingKind), reversingId}}); !e)
            return e;
        return m_db.audit(QStringLiteral("cancel"), arKindKey(d.kind), QString::number(d.id),
                          QStringLiteral("%1 by %2").arg(d.number, *number));
    });
    if (!s)
        return s.error();
    return reversingId;
}

} // namespace bursar::core
