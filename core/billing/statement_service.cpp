#include "core/billing/statement_service.h"

#include "core/billing/rate_tables.h"
#include "core/billing/statement.h"
#include "core/billing/statement_store.h"
#include "core/json/records_json.h"
#include "core/ledger/allocation_ledger.h"
#include "core/money/currency.h"
#include "core/notify/notification_service.h"
#include "core/numbering/number_series.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace bursar::core {

QString statementStatusKey(StatementStatus s)
{
    switch (s) {
    case StatementStatus::Draft:
        return QStringLiteral("draft");
    case StatementStatus::Open:
        return QStringLiteral("open");
    case StatementStatus::Closed:
        return QStringLiteral("closed");
    case StatementStatus::PastDue:
        return QStringLiteral("past-due");
    }
    return QStringLiteral("draft");
}

QString statementStatusName(StatementStatus s)
{
    switch (s) {
    case StatementStatus::Draft:
        return StatementService::tr("Draft");
    case StatementStatus::Open:
        return StatementService::tr("Open");
    case StatementStatus::Closed:
        return StatementService::tr("Closed");
    case StatementStatus::PastDue:
        return StatementService::tr("Past Due");
    }
    return {};
}

std::optional<StatementStatus> statementStatusFromKey(QStringView key)
{
    for (StatementStatus s :
         {StatementStatus::Draft, StatementStatus::Open, StatementStatus::Closed, StatementStatus::PastDue})
        if (key.compare(statementStatusKey(s), Qt::CaseInsensitive) == 0 ||
            key.compare(statementStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    if (key.compare(QLatin1String("pastdue"), Qt::CaseInsensitive) == 0 ||
        key.compare(QLatin1String("past_due"), Qt::CaseInsensitive) == 0)
        return StatementStatus::PastDue;
    return std::nullopt;
}

bool visibleToCustomer(StatementStatus s)
{
    return s != StatementStatus::Draft;
}

StatementStatus Statement::status(QDate today) const
{
    if (storedStatus == QLatin1String("draft"))
        return StatementStatus::Draft;
    if (storedStatus == QLatin1String("closed"))
        return StatementStatus::Closed;
    return dueDate.isValid() && today > dueDate ? StatementStatus::PastDue : StatementStatus::Open;
}

QString Statement::reference() const
{
    return number.isEmpty() ? StatementService::tr("Draft %1").arg(id) : number;
}

namespace {

/// The WHERE clause of a filter, with its values.
QString whereOf(const StatementFilter &f, QVariantList &binds)
{
    QStringList where{QStringLiteral("1 = 1")};
    if (f.customerId) {
        where << QStringLiteral("s.customer_id = ?");
        binds << *f.customerId;
    }
    if (f.vendor) {
        where << QStringLiteral("s.vendor = ?");
        binds << vendorKey(*f.vendor);
    }
    if (!f.fromPeriod.isEmpty()) {
        where << QStringLiteral("s.period >= ?");
        binds << f.fromPeriod;
    }
    if (!f.toPeriod.isEmpty()) {
        where << QStringLiteral("s.period <= ?");
        binds << f.toPeriod;
    }
    if (f.runId) {
        where << QStringLiteral("s.run_id = ?");
        binds << *f.runId;
    }
    if (f.outstandingOnly)
        where << QStringLiteral("s.status = 'open'");
    if (f.approvedOnly)
        where << QStringLiteral("s.status <> 'draft'");
    if (f.afterId) { // keyset pages (the Billing API): ordered by ID
        where << QStringLiteral("s.id > ?");
        binds << *f.afterId;
    }
    if (f.status) {
        const QString today = f.today.toString(Qt::ISODate);
        switch (*f.status) {
        case StatementStatus::Draft:
            where << QStringLiteral("s.status = 'draft'");
            break;
        case StatementStatus::Closed:
            where << QStringLiteral("s.status = 'closed'");
            break;
        case StatementStatus::Open:
            where << QStringLiteral("s.status = 'open' AND s.due_date >= ?");
            binds << today;
            break;
        case StatementStatus::PastDue:
            where << QStringLiteral("s.status = 'open' AND s.due_date < ?");
            binds << today;
            break;
        }
    }
    return where.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> StatementService::count(const StatementFilter &filter)
{
    QVariantList binds;
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM statements s WHERE ") + whereOf(filter, binds));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("counting statements")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<Statement>> StatementService::list(const StatementFilter &filter, int offset, int limit,
                                                const QString &orderBy, bool descending)
{
    static const QStringList sortable{
        QStringLiteral("id"),       QStringLiteral("customer_id"), QStringLiteral("customer_name"),
        QStringLiteral("period"),   QStringLiteral("number"),      QStringLiteral("status"),
        QStringLiteral("vendor"),   QStringLiteral("currency"),    QStringLiteral("issue_date"),
        QStringLiteral("due_date"), QStringLiteral("created_at")};
    Q_ASSERT(orderBy.isEmpty() || sortable.contains(orderBy));
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    const QString order = orderBy.isEmpty() || !sortable.contains(orderBy)
                              ? QStringLiteral("s.customer_id%1, s.period%1, s.vendor, s.id").arg(direction)
                              : QStringLiteral("s.%1%2, s.id%2").arg(orderBy, direction);
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + statement_store::Columns + QStringLiteral(" FROM statements s WHERE ") +
                  whereOf(filter, binds) + QStringLiteral(" ORDER BY ") + order;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    Sql q(m_db, sql);
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("reading statements")); !s)
        return s.error();
    QList<Statement> out;
    while (q.next())
        out.append(statement_store::read(q));
    return out;
}

Result<Statement> StatementService::statement(qint64 id)
{
    Sql q(m_db,
          QStringLiteral("SELECT ") + statement_store::Columns + QStringLiteral(" FROM statements s WHERE s.id = ?"));
    q.bind(id);
    if (Status s = q.exec(tr("reading the statement")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no statement %1; it may have been a draft that was deleted.").arg(id));
    Statement st = statement_store::read(q);

    Sql lines(m_db,
              QStringLiteral("SELECT line_no, kind, product_type, product, usage_lines, currency, cost, price, rule, "
                             "percents FROM statement_lines WHERE statement_id = ? ORDER BY line_no"));
    lines.bind(id);
    if (Status s = lines.exec(tr("reading the statement's lines")); !s)
        return s.error();
    while (lines.next())
        st.lines.append({lines.value(0).toInt(),
                         chargeLineKindFromKey(lines.value(1).toString()).value_or(ChargeLineKind::Usage),
                         lines.value(2).toString(), lines.value(3).toString(), lines.value(4).toLongLong(),
                         lines.value(5).toString(), storedAmount(lines.value(6)), storedAmount(lines.value(7)),
                         lines.value(8).toString(), lines.value(9).toString()});

    Sql taxes(m_db,
              QStringLiteral("SELECT line_no, name, region, state, rate, rate_from, base, amount FROM statement_taxes "
                             "WHERE statement_id = ? ORDER BY line_no"));
    taxes.bind(id);
    if (Status s = taxes.exec(tr("reading the statement's tax")); !s)
        return s.error();
    while (taxes.next())
        st.taxes.append({taxes.value(0).toInt(), taxes.value(1).toString(), taxes.value(2).toString(),
                         taxes.value(3).toString(), storedAmount(taxes.value(4)), storedDate(taxes.value(5)),
                         storedAmount(taxes.value(6)), storedAmount(taxes.value(7))});

    // The credits that pay it: the ledger's standing entries on the statement, in order.
    auto entries = AllocationLedger(m_db).entriesOn(AllocationTarget::Statement, id);
    if (!entries)
        return entries.error();
    QStringList creditIds;
    for (const LedgerEntry &e : *entries)
        if (e.stands() && e.source == AllocationSource::Credit)
            creditIds << QString::number(e.sourceId);
    if (creditIds.isEmpty())
        return st;
    Sql credits(m_db, QStringLiteral("SELECT id, kind, comment, expires_on, created_at FROM credits WHERE id IN (%1)")
                          .arg(creditIds.join(u',')));
    if (Status s = credits.exec(tr("reading the statement's credits")); !s)
        return s.error();
    QHash<qint64, StatementCredit> creditOf;
    while (credits.next())
        creditOf.insert(credits.value(0).toLongLong(),
                        {credits.value(0).toLongLong(),
                         creditKindFromKey(credits.value(1).toString()).value_or(CreditKind::Manual),
                         credits.value(2).toString(), storedDate(credits.value(3)), credits.value(4).toString(),
                         QString(), Decimal()});
    for (const LedgerEntry &e : *entries) {
        if (!e.stands() || e.source != AllocationSource::Credit)
            continue;
        StatementCredit c = creditOf.value(e.sourceId);
        c.creditId = e.sourceId;
        c.accountId = e.accountId;
        c.amount = e.amount;
        st.allocations.append(c);
    }
    return st;
}

Result<Statement> StatementService::statementByNumber(const QString &number)
{
    Sql q(m_db, QStringLiteral("SELECT id FROM statements WHERE number = ?"));
    q.bind(number.trimmed());
    if (Status s = q.exec(tr("finding the statement")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no statement numbered %1.").arg(number.trimmed()));
    return statement(q.value(0).toLongLong());
}

Result<ApproveResult> StatementService::approve(const QList<qint64> &ids, QDate today)
{
    if (Status s = m_db.require(Privilege::ApproveStatements, tr("approve statements")); !s)
        return s.error();
    ApproveResult result;
    if (ids.isEmpty())
        return result;
    Status s = m_db.transaction([&]() -> Status {
        result = {};
        // The drafts, locked on a shared server so two clerks cannot approve one twice.
        struct Draft
        {
            int terms;
            Decimal total;
        };
        QHash<qint64, Draft> drafts;
        QHash<qint64, QString> notDraft;
        const bool pg = m_db.dialect() == Dialect::PostgreSQL;
        for (qsizetype from = 0; from < ids.size(); from += 500) {
            QStringList list;
            for (qint64 id : ids.mid(from, 500))
                list << QString::number(id);
            Sql q(m_db, QStringLiteral(
                            "SELECT id, status, number, payment_terms_days, total FROM statements WHERE id IN (%1)%2")
                            .arg(list.join(u','), pg ? QStringLiteral(" FOR UPDATE") : QString()));
            if (Status e = q.exec(tr("reading the drafts")); !e)
                return e;
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (q.value(1).toString() == QLatin1String("draft"))
                    drafts.insert(id, {q.value(3).toInt(), storedAmount(q.value(4))});
                else
                    notDraft.insert(id, q.value(2).toString());
            }
        }
        QList<qint64> ordered;
        QSet<qint64> seen;
        for (qint64 id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            if (drafts.contains(id))
                ordered << id;
            else if (notDraft.contains(id))
                result.refused.append(
                    {id, tr("Statement %1 is not a draft: it was approved as %2.").arg(id).arg(notDraft.value(id))});
            else
                result.refused.append({id, tr("There is no statement %1; it may have been deleted.").arg(id)});
        }
        if (ordered.isEmpty())
            return success();
        auto numbers = NumberSeries(m_db).nextBlock(series(), today, int(ordered.size()));
        if (!numbers)
            return numbers.error();
        const QString at = nowUtc(), issue = today.toString(Qt::ISODate);
        // One UPDATE per 500 statements, joined to their new numbers: Approve All stays quick
        // for thousands of drafts.
        for (qsizetype from = 0; from < ordered.size(); from += 500) {
            QString rows;
            for (qsizetype i = from; i < std::min(ordered.size(), from + 500); ++i) {
                const qint64 id = ordered.at(i);
                const Draft &d = drafts.value(id);
                rows += (rows.isEmpty() ? QString() : QStringLiteral(",")) +
                        QStringLiteral("(%1, '%2', '%3', '%4')")
                            .arg(id)
                            .arg(QString(numbers->at(i)).replace(u'\'', QStringLiteral("''")),
                                 d.total.isZero() ? QStringLiteral("closed") : QStringLiteral("open"),
                                 today.addDays(d.terms).toString(Qt::ISODate));
                result.approved.append({id, numbers->at(i)});
            }
            Sql u(m_db,
                  QStringLiteral("UPDATE statements SET number = v.column2, status = v.column3, due_date = v.column4, "
                                 "issue_date = ?, approved_at = ?, approved_by = ? FROM (VALUES %1) AS v "
                                 "WHERE statements.id = v.column1 AND statements.status = 'draft'")
                      .arg(rows));
            u.bind(issue).bind(at).bind(m_db.actor());
            if (Status e = u.exec(tr("approving the statements")); !e)
                return e;
        }
        // Each statement that became Open queues its email in this transaction (sent later,
        // in the background: a mail server never holds up or undoes an approval).
        if (Status e = NotificationService::queueApproved(m_db, ordered); !e)
            return e;
        for (const auto &[id, number] : std::as_const(result.approved))
            if (Status e = m_db.auditAt(at, QStringLiteral("approve"), QStringLiteral("statement"), QString::number(id),
                                        number);
                !e)
                return e;
        return success();
    });
    if (!s)
        return s.error();
    return result;
}

Result<ApproveResult> StatementService::approveAll(const StatementFilter &filter, QDate today,
                                                   const std::function<bool(int, int)> &progress, int batchSize)
{
    StatementFilter drafts = filter;
    drafts.status = StatementStatus::Draft;
    QVariantList binds;
    Sql q(m_db, QStringLiteral("SELECT s.id FROM statements s WHERE ") + whereOf(drafts, binds) +
                    QStringLiteral(" ORDER BY s.id"));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("reading the drafts")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    ApproveResult all;
    const int total = int(ids.size());
    const int batch = std::max(1, batchSize);
    for (int from = 0; from < total; from += batch) {
        if (progress && !progress(from, total)) {
            all.cancelled = true;
            break;
        }
        auto done = approve(ids.mid(from, batch), today);
        if (!done)
            return all.approved.isEmpty() ? done
                                          : fail(tr("%1 The %n statement(s) approved before stay approved.", nullptr,
                                                    int(all.approved.size()))
                                                     .arg(done.message()));
        all.approved += done->approved;
        all.refused += done->refused;
    }
    if (progress && !all.cancelled)
        progress(total, total);
    return all;
}

Status StatementService::deleteDraft(qint64 id)
{
    if (Status s = m_db.require(Privilege::GenerateStatements, tr("delete draft statements")); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("SELECT status, number, customer_id, vendor, period FROM statements WHERE id = ?") +
                        (m_db.dialect() == Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString()));
        q.bind(id);
        if (Status e = q.exec(tr("reading the statement")); !e)
            return e;
        if (!q.next())
            return fail(tr("There is no statement %1; it may have been deleted already.").arg(id));
        if (q.value(0).toString() != QLatin1String("draft"))
            return fail(tr("Statement %1 was approved as %2 and never changes; correct it with a credit or debit memo.")
                            .arg(id)
                            .arg(q.value(1).toString()));
        const QString detail = QStringLiteral("customer %1, %2 %3")
                                   .arg(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
        // Its credits return through counter-entries in the ledger (the applications stay on
        // record); the cascade takes its lines, usage links (unlocking the usage) and tax lines.
        if (Status e = AllocationLedger(m_db).reverseAllOn(AllocationTarget::Statement, id,
                                                           QDateTime::currentDateTimeUtc().date(),
                                                           QStringLiteral("draft statement %1 deleted").arg(id));
            !e)
            return e;
        Sql del(m_db, QStringLiteral("DELETE FROM statements WHERE id = ? AND status = 'draft'"));
        del.bind(id);
        if (Status e = del.exec(tr("deleting the draft")); !e)
            return e;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("statement"), QString::number(id), detail);
    });
}

Result<DisplayConversion> StatementService::showIn(qint64 id, const QString &currencyText, QDate today)
{
    auto st = statement(id);
    if (!st)
        return st.error();
    auto target = Currencies::require(currencyText.trimmed(), QStringLiteral("currency"));
    if (!target)
        return target.error();
    const QDate on = st->issueDate.isValid() ? st->issueDate : today;
    auto rate = ExchangeRates(m_db).rateOn(st->currency, target->code, on);
    if (!rate)
        return rate.error();
    if (!rate->has_value())
        return fail(tr("There is no %1 → %2 exchange rate on or before %3; add one in Settings > Exchange Rates.")
                        .arg(st->currency, target->code, on.toString(Qt::ISODate)),
                    QStringLiteral("currency"));
    const ExchangeRate &r = **rate;
    auto convert = [&](Decimal d) { return d.multiplied(r.rate, target->minorUnits, Rounding::HalfUp); };
    DisplayConversion c{target->code,
                        r.rate,
                        r.date,
                        r.inverted,
                        convert(st->charges),
                        convert(st->credits),
                        convert(st->marketplace),
                        convert(st->marketplaceCredits),
                        convert(st->tax),
                        Decimal()};
    // The converted total is the sum of the converted parts, so the shown statement adds up.
    c.total = c.charges + c.credits + c.marketplace + c.marketplaceCredits + c.tax;
    Status s = m_db.transaction([&]() -> Status {
        Sql q(m_db,
              QStringLiteral("INSERT INTO statement_display_rates (statement_id, currency, rate, rate_date, total, "
                             "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bind(id)
            .bind(c.currency)
            .bind(c.rate)
            .bind(c.rateDate.toString(Qt::ISODate))
            .bind(c.total)
            .bind(nowUtc())
            .bind(m_db.actor());
        return q.exec(tr("recording the exchange rate"));
    });
    if (!s)
        return s.error();
    return c;
}

Result<QList<DisplayConversion>> StatementService::displayHistory(qint64 id)
{
    Sql q(m_db,
          QStringLiteral("SELECT currency, rate, rate_date, total FROM statement_display_rates WHERE statement_id = ? "
                         "ORDER BY id"));
    q.bind(id);
    if (Status s = q.exec(tr("reading the statement's exchange rates")); !s)
        return s.error();
    QList<DisplayConversion> out;
    while (q.next()) {
        DisplayConversion c;
        c.currency = q.value(0).toString();
        c.rate = storedAmount(q.value(1));
        c.rateDate = storedDate(q.value(2));
        c.total = storedAmount(q.value(3));
        out.append(c);
    }
    return out;
}

} // namespace bursar::core
