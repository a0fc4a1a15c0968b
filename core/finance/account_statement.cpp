#include "core/finance/account_statement.h"

#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
#include "core/finance/aging.h"
#include "core/finance/ar_document.h"
#include "core/settings/account_info_service.h"

#include <map>

namespace bursar::core {

AgingBucket agingBucket(qint64 daysPastDue)
{
    if (daysPastDue <= 0)
        return AgingBucket::Current;
    if (daysPastDue <= 30)
        return AgingBucket::Days1To30;
    if (daysPastDue <= 60)
        return AgingBucket::Days31To60;
    if (daysPastDue <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

Result<AccountStatement> AccountStatements::asOf(qint64 customerId, QDate asOf)
{
    auto customer = CustomerService(m_db).customer(customerId);
    if (!customer)
        return customer.error();
    auto ours = AccountInfoService(m_db).load();
    if (!ours)
        return ours.error();
    AccountStatement d;
    d.customerId = customerId;
    d.asOf = asOf;
    d.logo = ours->logo;
    d.seller.name = ours->companyName;
    d.seller.contact = ours->contact;
    d.customer.name = customer->name;
    d.customer.contact = customer->contact;
    // The open items as of the date, as the aging reads them (statements, debit memos, and
    // credit memos and payments not applied yet), each with its balance on that day.
    auto open = Aging(m_db).documents(asOf, customerId);
    if (!open)
        return open.error();
    for (const AgingDocument &a : *open) {
        const QString kind = a.kind == u"statement"  ? tr("Statement")
                             : arKindFromKey(a.kind) ? arKindName(*arKindFromKey(a.kind))
                                                     : a.kind;
        d.documents.append({kind, a.kind, a.number, a.date, a.dueDate, a.currency, a.total, a.balance, !a.bucket});
    }
    std::map<QString, AccountBalance> balances;
    for (const AccountDocument &doc : std::as_const(d.documents)) {
        AccountBalance &b = balances[doc.currency];
        b.currency = doc.currency;
        b.balance += doc.balance;
        if (doc.unapplied)
            b.unapplied += doc.balance;
        else
            b.aging[size_t(agingBucket(doc.daysPastDue(asOf)))] += doc.balance;
    }
    for (const auto &[currency, balance] : balances)
        d.balances.append(balance);
    return d;
}

} // namespace bursar::core
