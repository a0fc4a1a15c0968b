#include "core/finance/ar_checks.h"

#include "core/customers/customer.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QCoreApplication>

namespace bursar::core::ar_checks {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::ArApplications)
};

} // namespace

QString kindName(const QString &kind)
{
    if (kind == u"statement")
        return Words::tr("Statement");
    if (auto k = arKindFromKey(kind))
        return arKindName(*k);
    return kind;
}

QString label(const Doc &d)
{
    return d.item.number.isEmpty() ? Words::tr("%1 %2 (not numbered yet)").arg(kindName(d.item.kind)).arg(d.item.id)
                                   : Words::tr("%1 %2").arg(kindName(d.item.kind), d.item.number);
}

Result<Doc> readDoc(Database &db, const ArRef &ref)
{
    const bool statement = ref.kind == u"statement";
    Sql q(db, statement ? QStringLiteral("SELECT id, number, customer_id, currency, issue_date, due_date, total, "
                                         "balance, status, 'statement' FROM statements WHERE id = ?")
                        : QStringLiteral("SELECT id, number, customer_id, currency, doc_date, due_date, total, "
                                         "applied, status, kind FROM ar_documents WHERE id = ?"));
    q.bind(ref.id);
    if (Status s = q.exec(Words::tr("reading the document")); !s)
        return s.error();
    if (!q.next()) {
        Doc d;
        d.item.kind = ref.kind;
        d.item.id = ref.id;
        return d;
    }
    return docFromRow(q);
}

Doc docFromRow(const Sql &q)
{
    Doc d;
    d.exists = true;
    d.item.kind = q.value(9).toString();
    d.item.id = q.value(0).toLongLong();
    d.item.number = q.value(1).toString();
    d.item.customerId = q.value(2).toLongLong();
    d.item.currency = q.value(3).toString();
    d.item.date = storedDate(q.value(4));
    d.item.dueDate = storedDate(q.value(5));
    d.item.total = storedAmount(q.value(6));
    d.status = q.value(8).toString();
    // a statement stores its balance; an AR document what was applied
    d.item.remaining = d.item.kind == u"statement" ? storedAmount(q.value(7)) : d.item.total - storedAmount(q.value(7));
    return d;
}

Status checkTarget(const Doc &src, const Doc &target, QDate on)
{
    const ArItem &t = target.item;
    if (t.kind != u"statement" && t.kind != u"debit_memo")
        return fail(Words::tr("%1 cannot be paid: a credit memo or payment is applied to a statement or a debit memo.")
                        .arg(label(target)),
                    QStringLiteral("to"));
    if (target.status == u"draft")
        return fail(Words::tr("%1 is a Draft: approve it first; only an Open or Past Due statement is paid.")
                        .arg(label(target)),
                    QStringLiteral("to"));
    if (target.status == u"hold")
        return fail(Words::tr("%1 is Hold: release it first.").arg(label(target)), QStringLiteral("to"));
    if (t.customerId != src.item.customerId)
        return fail(Words::tr("%1 is customer %2's and %3 is customer %4's: a document is applied to its own "
                              "customer's documents only.")
                        .arg(label(target), displayCustomerId(t.customerId), label(src),
                             displayCustomerId(src.item.customerId)),
                    QStringLiteral("to"));
    if (t.currency != src.item.currency)
        return fail(Words::tr("%1 is in %2 and %3 in %4: a document is applied to documents of its own currency.")
                        .arg(label(target), t.currency, label(src), src.item.currency),
                    QStringLiteral("to"));
    if (on < t.date)
        return fail(Words::tr("%1 is dated %2; an application dated %3 would come before it. Date it %2 or later.")
                        .arg(label(target), t.date.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                    QStringLiteral("date"));
    return success();
}

bool dueFirst(const ArItem &a, const ArItem &b)
{
    if (a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    if (a.date != b.date)
        return a.date < b.date;
    return a.id < b.id;
}

} // namespace bursar::core::ar_checks
