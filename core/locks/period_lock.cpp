#include "core/locks/period_lock.h"

#include "core/customers/customer.h"
#include "core/storage/internal/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <tuple>

namespace bursar::core {

namespace {

QString lockMessage(Vendor vendor, const QString &account, const QString &period, qint64 customer, qint64 statement,
                    const QString &number)
{
    if (number.isEmpty())
        return QCoreApplication::translate(
                   "bursar::core::StatementService",
                   "the usage of %1 account %2 for %3 belongs to the customer with ID %4, whose billing for "
                   "that period is locked by draft statement %5: delete the draft first (Billing > Preview "
                   "Generated Billing Statements), then try again.")
            .arg(vendorName(vendor), account, period, displayCustomerId(customer))
            .arg(statement);
    return QCoreApplication::translate(
               "bursar::core::StatementService",
               "the usage of %1 account %2 for %3 belongs to the customer with ID %4, whose statement %5 for "
               "that period is approved and never changes: correct it with a credit or debit memo.")
        .arg(vendorName(vendor), account, period, displayCustomerId(customer), number);
}

} // namespace

Result<QStringList> usageLocks(Database &db, Vendor vendor, const QList<std::pair<QString, QString>> &accountPeriods,
                               int max)
{
    QStringList out;
    QSet<QString> periods, accounts;
    for (const auto &[account, period] : accountPeriods) {
        periods.insert(period);
        accounts.insert(account);
    }
    if (periods.isEmpty())
        return out;
    QStringList periodMarks;
    for (qsizetype i = 0; i < periods.size(); ++i)
        periodMarks << QStringLiteral("?");
    // From the file's accounts to their customers' statements of those periods: a file of a
    // few accounts reads a few rows, however many statements the period has.
    QHash<std::pair<QString, QString>, std::tuple<qint64, qint64, QString>> locked;
    const QStringList accountList(accounts.cbegin(), accounts.cend());
    for (qsizetype from = 0; from < accountList.size(); from += 500) {
        const QStringList chunk = accountList.mid(from, 500);
        QStringList accountMarks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            accountMarks << QStringLiteral("?");
        Sql q(db,
              QStringLiteral("SELECT va.account_id, s.period, s.customer_id, s.id, s.number FROM vendor_accounts va "
                             "JOIN statements s ON s.customer_id = va.customer_id AND s.vendor = va.vendor "
                             "WHERE va.vendor = ? AND va.account_id IN (%1) AND s.period IN (%2)")
                  .arg(accountMarks.join(u','), periodMarks.join(u',')));
        q.bind(vendorKey(vendor));
        for (const QString &a : chunk)
            q.bind(a);
        for (const QString &p : periods)
            q.bind(p);
        if (Status s = q.exec(QCoreApplication::translate("bursar::core::StatementService", "checking locked periods"));
            !s)
            return s.error();
        while (q.next())
            locked.insert({q.value(0).toString(), q.value(1).toString()},
                          {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toString()});
    }
    if (locked.isEmpty())
        return out;
    for (const auto &pair : accountPeriods) {
        auto it = locked.constFind(pair);
        if (it == locked.constEnd())
            continue;
        const auto &[customer, statement, number] = it.value();
        out << lockMessage(vendor, pair.first, pair.second, customer, statement, number);
        if (out.size() >= max)
            break;
    }
    return out;
}

Status checkAccountMove(Database &db, Vendor vendor, const QString &account, qint64 customerId, bool mapping)
{
    // Mapping: periods with usage of the account not billed yet would change the customer's
    // statements. Unmapping: the periods its drafts bill.
    Sql q(db,
          mapping
              ? QStringLiteral("SELECT DISTINCT s.period, s.id, s.number FROM statements s JOIN usage_totals t ON "
                               "t.vendor = s.vendor AND t.period = s.period WHERE s.vendor = ? AND s.customer_id = ? "
                               "AND t.account_id = ? AND NOT EXISTS (SELECT 1 FROM statement_usage su WHERE "
                               "su.import_id = t.import_id AND su.total_no = t.total_no) ORDER BY s.period")
              : QStringLiteral("SELECT DISTINCT s.period, s.id, s.number FROM statements s JOIN statement_usage su ON "
                               "su.statement_id = s.id JOIN usage_totals t ON t.import_id = su.import_id AND "
                               "t.total_no = su.total_no WHERE s.vendor = ? AND s.customer_id = ? AND "
                               "t.account_id = ? AND s.status = 'draft' ORDER BY s.period"));
    q.bind(vendorKey(vendor)).bind(customerId).bind(account);
    if (Status s = q.exec(QCoreApplication::translate("bursar::core::StatementService", "checking locked periods")); !s)
        return s;
    if (!q.next())
        return success();
    const QString why =
        lockMessage(vendor, account, q.value(0).toString(), customerId, q.value(1).toLongLong(), q.value(2).toString());
    return fail(
        mapping
            ? QCoreApplication::translate("bursar::core::StatementService", "The account cannot be mapped: %1").arg(why)
            : QCoreApplication::translate("bursar::core::StatementService", "The account cannot be unmapped: %1")
                  .arg(why),
        QStringLiteral("account"));
}

} // namespace bursar::core
