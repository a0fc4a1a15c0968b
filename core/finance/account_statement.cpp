#include "core/finance/account_statement.h"

#include "core/billing/statement_service.h"
#include "core/customers/customer_service.h"
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
    StatementFilter f;
    f.customerId = customerId;
    f.outstandingOnly = true;
    f.today = asOf;
    auto open = StatementService(m_db).list(f, 0, -1, QStringLiteral("due_date"));
    if (!open)
        return open.error();
    for (const Statement &s : *open)
        if (s.issueDate.isValid() && s.issueDate <= asOf && !s.balance.isZero())
            d.documents.append({tr("Statement"), s.number, s.issueDate, s.dueDate, s.currency, s.total, s.balance});
    std::map<QString, AccountBalance> balances;
    for (const AccountDocument &doc : std::as_const(d.documents)) {
        AccountBalance &b = balances[doc.currency];
        b.currency = doc.currency;
        b.balance += doc.balance;
        b.aging[size_t(agingBucket(doc.daysPastDue(asOf)))] += doc.balance;
    }
    for (const auto &[currency, balance] : balances)
        d.balances.append(balance);
    return d;
}

} // namespace bursar::core
