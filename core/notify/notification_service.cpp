#include "core/notify/notification_service.h"

#include "core/money/currency.h"
#include "core/notify/notification_settings.h"
#include "core/settings/account_info_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"
#include "core/storage/internal/stored.h"

#include <QHash>

namespace bursar::core {

namespace {

constexpr const char *NotificationColumns =
    "n.id, n.statement_id, n.customer_id, s.number, s.customer_name, n.recipient, n.subject, n.body, n.status, "
    "n.attempts, n.next_attempt_at, n.last_reply, n.queued_at, n.queued_by, n.sent_at";

Notification readNotification(Sql &q)
{
    Notification n;
    n.id = q.value(0).toLongLong();
    n.statementId = q.value(1).toLongLong();
    n.customerId = q.value(2).toLongLong();
    n.statementNumber = q.value(3).toString();
    n.customerName = q.value(4).toString();
    n.recipient = q.value(5).toString();
    n.subject = q.value(6).toString();
    n.body = q.value(7).toString();
    n.status = q.value(8).toString();
    n.attempts = q.value(9).toInt();
    n.nextAttemptAt = q.value(10).toString();
    n.lastReply = q.value(11).toString();
    n.queuedAt = q.value(12).toString();
    n.queuedBy = q.value(13).toString();
    n.sentAt = q.value(14).toString();
    return n;
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// One statement's email as it will be sent: the address and the filled templates.
struct Draft
{
    qint64 statementId = 0;
    qint64 customerId = 0;
    QString recipient;
    QString subject;
    QString body;
};

/// Reads the statements' figures and contacts (chunks of 500 IDs) and writes their emails.
/// Statements that are not Open, customers switched off and customers without an address
/// are left out.
Result<QList<Draft>> draftsFor(Database &db, const QList<qint64> &ids, const NotificationSettings &settings,
                               const QString &overrideRecipient)
{
    auto company = AccountInfoService(db).load();
    if (!company)
        return company.error();
    QList<Draft> out;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QStringList list;
        for (qint64 id : ids.mid(from, 500))
            list << QString::number(id);
        Sql q(db, QStringLiteral("SELECT s.id, s.customer_id, s.number, s.period, s.total, s.currency, s.due_date, "
                                 "s.customer_name, c.email, cn.email, cn.enabled FROM statements s "
                                 "JOIN customers c ON c.id = s.customer_id "
                                 "LEFT JOIN customer_notifications cn ON cn.customer_id = s.customer_id "
                                 "WHERE s.status = 'open' AND s.id IN (%1) ORDER BY s.id")
                      .arg(list.join(u',')));
        if (Status s = q.exec(NotificationService::tr("reading the approved statements")); !s)
            return s.error();
        while (q.next()) {
            const bool explicitlyOff = !q.value(10).isNull() && q.value(10).toInt() == 0;
            QString to = overrideRecipient;
            if (to.isEmpty()) {
                if (explicitlyOff)
                    continue;
                const QString contact = q.value(9).toString();
                to = contact.isEmpty() ? q.value(8).toString().trimmed() : contact;
            }
            if (!NotificationSettingsService::isAddress(to))
                continue;
            const QString currency = q.value(5).toString();
            const QHash<QString, QString> values{
                {QStringLiteral("number"), q.value(2).toString()},
                {QStringLiteral("period"), q.value(3).toString()},
                {QStringLiteral("total"), storedAmount(q.value(4)).toString(Currencies::lookup(currency).minorUnits)},
                {QStringLiteral("currency"), currency},
                {QStringLiteral("due_date"), q.value(6).toString()},
                {QStringLiteral("customer"), q.value(7).toString()},
                {QStringLiteral("company"), company->companyName}};
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), to,
                        NotificationSettingsService::fill(settings.subject, values).simplified(),
                        NotificationSettingsService::fill(settings.body, values)});
        }
    }
    return out;
}

Status writeEvent(Database &db, qint64 notificationId, const QString &event, const QString &detail)
{
    Sql q(db,
          QStringLiteral("INSERT INTO notification_events (notification_id, statement_id, at, event, detail, actor) "
                         "SELECT id, statement_id, ?, ?, ?, ? FROM notifications WHERE id = ?"));
    q.bind(nowUtc()).bind(event).bind(detail).bind(db.actor()).bind(notificationId);
    return q.exec(NotificationService::tr("writing the notification log"));
}

QString whereOf(const NotificationFilter &f, QVariantList &binds)
{
    QStringList where{QStringLiteral("1 = 1")};
    if (f.statementId) {
        where << QStringLiteral("n.statement_id = ?");
        binds << *f.statementId;
    }
    if (f.customerId) {
        where << QStringLiteral("n.customer_id = ?");
        binds << *f.customerId;
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("n.status = ?");
        binds << f.status;
    }
    return where.join(QStringLiteral(" AND "));
}

} // namespace

Result<CustomerNotification> NotificationService::customer(qint64 customerId)
{
    Sql q(m_db, QStringLiteral("SELECT c.email, cn.email, cn.enabled FROM customers c "
                               "LEFT JOIN customer_notifications cn ON cn.customer_id = c.id WHERE c.id = ?"));
    q.bind(customerId);
    if (Status s = q.exec(tr("reading the customer's billing contact")); !s)
        return s.error();
    if (!q.next())
        return fail(tr("There is no customer #%1.").arg(customerId), QStringLiteral("customer"));
    CustomerNotification c;
    c.customerId = customerId;
    c.customerEmail = q.value(0).toString().trimmed();
    c.email = q.value(1).toString();
    c.enabled = q.value(2).isNull() || q.value(2).toInt() != 0;
    return c;
}

Status NotificationService::setCustomer(qint64 customerId, const QString &emailIn, bool enabled)
{
    if (Status s = m_db.require(Privilege::ManageCustomers, tr("change a customer's billing contact")); !s)
        return s;
    const QString email = emailIn.trimmed();
    if (!email.isEmpty() && !NotificationSettingsService::isAddress(email))
        return fail(tr("The billing contact “%1” of customer #%2 is not an email address like "
                       "billing@example.com; correct it or leave it empty to use the customer's email.")
                        .arg(email)
                        .arg(customerId),
                    QStringLiteral("billing_email"));
    return m_db.transaction([&]() -> Status {
        auto current = customer(customerId);
        if (!current)
            return current.error();
        Sql del(m_db, QStringLiteral("DELETE FROM customer_notifications WHERE customer_id = ?"));
        del.bind(customerId);
        if (Status s = del.exec(tr("saving the customer's billing contact")); !s)
            return s;
        Sql ins(m_db, QStringLiteral("INSERT INTO customer_notifications (customer_id, email, enabled, updated_at, "
                                     "updated_by) VALUES (?, ?, ?, ?, ?)"));
        ins.bind(customerId)
            .bind(email.isEmpty() ? QStringLiteral("") : email)
            .bind(enabled ? 1 : 0)
            .bind(nowUtc())
            .bind(m_db.actor());
        if (Status s = ins.exec(tr("saving the customer's billing contact")); !s)
            return s;
        return m_db.audit(QStringLiteral("set"), QStringLiteral("customer notifications"), QString::number(customerId),
                          QStringLiteral("%1 %2").arg(enabled ? QStringLiteral("on") : QStringLiteral("off"),
                                                      email.isEmpty() ? QStringLiteral("(customer email)") : email));
    });
}

Status NotificationService::queueApproved(Database &db, const QList<qint64> &statementIds)
{
    auto settings = NotificationSettingsService(db).load();
    if (!settings)
        return settings.error();
    if (!settings->enabled || statementIds.isEmpty())
        return success();
    auto drafts = draftsFor(db, statementIds, *settings, {});
    if (!drafts)
        return drafts.error();
    if (drafts->isEmpty())
        return success();
    const QString at = nowUtc();
    BulkInsert rows(db, QStringLiteral("notifications"),
                    {QStringLiteral("statement_id"), QStringLiteral("customer_id"), QStringLiteral("recipient"),
                     QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("status"),
                     QStringLiteral("attempts"), QStringLiteral("next_attempt_at"), QStringLiteral("queued_at"),
                     QStringLiteral("queued_by")});
    for (const Draft &d : std::as_const(*drafts)) {
        rows.integer(d.statementId)
            .integer(d.customerId)
            .text(d.recipient)
            .text(d.subject)
            .text(d.body)
            .text(QStringLiteral("queued"))
            .integer(0)
            .text(at)
            .text(at)
            .text(db.actor());
        if (Status s = rows.endRow(); !s)
            return s;
    }
    if (Status s = rows.finish(); !s)
        return s;
    // The log's first line for each: one statement for any number of approvals.
    Sql log(db, QStringLiteral("INSERT INTO notification_events (notification_id, statement_id, at, event, detail, "
                               "actor) SELECT n.id, n.statement_id, n.queued_at, 'queued', n.recipient, n.queued_by "
                               "FROM notifications n WHERE n.queued_at = ? AND n.attempts = 0 AND NOT EXISTS "
                               "(SELECT 1 FROM notification_events e WHERE e.notification_id = n.id)"));
    log.bind(at);
    return log.exec(tr("writing the notification log"));
}

Result<qint64> NotificationService::resend(qint64 statementId, const QString &recipient)
{
    if (Status s = m_db.require(Privilege::ApproveStatements, tr("send statement emails")); !s)
        return s.error();
    auto settings = NotificationSettingsService(m_db).load();
    if (!settings)
        return settings.error();
    if (Status s = NotificationSettingsService::requireServer(*settings); !s)
        return s.error();
    const QString to = recipient.trimmed();
    if (!to.isEmpty() && !NotificationSettingsService::isAddress(to))
        return fail(tr("“%1” is not an email address like billing@example.com.").arg(to), QStringLiteral("to"));
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Sql st(m_db, QStringLiteral("SELECT status, customer_id FROM statements WHERE id = ?"));
        st.bind(statementId);
        if (Status e = st.exec(tr("reading the statement")); !e)
            return e;
        if (!st.next())
            return fail(tr("There is no statement %1.").arg(statementId), QStringLiteral("statement"));
        if (st.value(0).toString() != QLatin1String("open"))
            return fail(tr("Statement %1 is %2: only an Open statement is emailed.")
                            .arg(statementId)
                            .arg(st.value(0).toString()),
                        QStringLiteral("statement"));
        auto drafts = draftsFor(m_db, {statementId}, *settings, to);
        if (!drafts)
            return drafts.error();
        if (drafts->isEmpty())
            return fail(tr("Customer #%1 has no billing contact address: set one on the customer "
                           "(bursar notify contact --customer %1 --email ADDRESS) or give --to.")
                            .arg(st.value(1).toLongLong()),
                        QStringLiteral("to"));
        const Draft &d = drafts->first();
        const QString at = nowUtc();
        Sql ins(m_db, QStringLiteral("INSERT INTO notifications (statement_id, customer_id, recipient, subject, body, "
                                     "status, attempts, next_attempt_at, queued_at, queued_by) "
                                     "VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?) RETURNING id"));
        ins.bind(d.statementId).bind(d.customerId).bind(d.recipient).bind(d.subject).bind(d.body);
        ins.bind(at).bind(at).bind(m_db.actor());
        if (Status e = ins.exec(tr("queuing the statement's email")); !e)
            return e;
        id = ins.next() ? ins.value(0).toLongLong() : 0;
        if (Status e = writeEvent(m_db, id, QStringLiteral("resent"), d.recipient); !e)
            return e;
        return m_db.audit(QStringLiteral("resend"), QStringLiteral("statement"), QString::number(statementId),
                          d.recipient);
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> NotificationService::count(const NotificationFilter &filter)
{
    QVariantList binds;
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM notifications n WHERE ") + whereOf(filter, binds));
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("counting statement emails")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<Notification>> NotificationService::list(const NotificationFilter &filter, int offset, int limit)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + QLatin1String(NotificationColumns) +
                  QStringLiteral(" FROM notifications n JOIN statements s ON s.id = n.statement_id WHERE ") +
                  whereOf(filter, binds) + QStringLiteral(" ORDER BY n.id DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    Sql q(m_db, sql);
    for (const QVariant &b : binds)
        q.bind(b);
    if (Status s = q.exec(tr("reading statement emails")); !s)
        return s.error();
    QList<Notification> out;
    while (q.next())
        out << readNotification(q);
    return out;
}

Result<QList<NotificationEvent>> NotificationService::events(qint64 statementId)
{
    Sql q(m_db, QStringLiteral("SELECT id, notification_id, statement_id, at, event, detail, actor "
                               "FROM notification_events WHERE statement_id = ? ORDER BY id"));
    q.bind(statementId);
    if (Status s = q.exec(tr("reading the notification log")); !s)
        return s.error();
    QList<NotificationEvent> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

Result<QList<Notification>> NotificationService::claimDue(const QDateTime &now, int limit)
{
    if (Status s = m_db.require(Privilege::ApproveStatements, tr("send statement emails")); !s)
        return s.error();
    const QString at = timeText(now), until = timeText(now.addSecs(ClaimSeconds));
    Sql q(m_db, QStringLiteral("SELECT ") + QLatin1String(NotificationColumns) +
                    QStringLiteral(" FROM notifications n JOIN statements s ON s.id = n.statement_id "
                                   "WHERE n.status = 'queued' AND n.next_attempt_at <= ? ORDER BY n.id LIMIT %1")
                        .arg(limit));
    q.bind(at);
    if (Status s = q.exec(tr("reading the emails to send")); !s)
        return s.error();
    QList<Notification> due;
    while (q.next())
        due << readNotification(q);
    QList<Notification> claimed;
    for (Notification &n : due) {
        // Only the sender whose UPDATE still finds the email due sends it.
        Sql claim(m_db, QStringLiteral("UPDATE notifications SET next_attempt_at = ? WHERE id = ? AND "
                                       "status = 'queued' AND next_attempt_at = ?"));
        claim.bind(until).bind(n.id).bind(n.nextAttemptAt);
        if (Status s = claim.exec(tr("taking an email to send")); !s)
            return s.error();
        if (claim.rowsAffected() == 1) {
            n.nextAttemptAt = until;
            claimed << n;
        }
    }
    return claimed;
}

Status NotificationService::recordSent(qint64 id, const QString &reply)
{
    return m_db.transaction([&]() -> Status {
        Sql q(m_db, QStringLiteral("UPDATE notifications SET status = 'sent', attempts = attempts + 1, sent_at = ?, "
                                   "last_reply = ? WHERE id = ?"));
        q.bind(nowUtc()).bind(reply).bind(id);
        if (Status s = q.exec(tr("recording a sent email")); !s)
            return s;
        return writeEvent(m_db, id, QStringLiteral("sent"), reply);
    });
}

Status NotificationService::recordFailure(qint64 id, const QString &reply, bool permanent, const QDateTime &now)
{
    static constexpr int WaitMinutes[] = {1, 5, 15, 60};
    return m_db.transaction([&]() -> Status {
        Sql read(m_db, QStringLiteral("SELECT attempts FROM notifications WHERE id = ?"));
        read.bind(id);
        if (Status s = read.exec(tr("reading an email")); !s)
            return s;
        const int attempts = (read.next() ? read.value(0).toInt() : 0) + 1;
        const bool final = permanent || attempts >= MaxAttempts;
        const QString next = final ? timeText(now) : timeText(now.addSecs(60 * WaitMinutes[attempts - 1]));
        Sql q(m_db, QStringLiteral("UPDATE notifications SET status = ?, attempts = ?, next_attempt_at = ?, "
                                   "last_reply = ? WHERE id = ?"));
        q.bind(final ? QStringLiteral("failed") : QStringLiteral("queued")).bind(attempts).bind(next).bind(reply);
        q.bind(id);
        if (Status s = q.exec(tr("recording a failed email")); !s)
            return s;
        return writeEvent(m_db, id, final ? QStringLiteral("failed") : QStringLiteral("retry"),
                          final ? reply : tr("%1 (trying again at %2)").arg(reply, next));
    });
}

} // namespace bursar::core
