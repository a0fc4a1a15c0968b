#pragma once

#include "core/notify/notification.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace bursar::core {

class Database;

/// The email each statement gets when it becomes Open, and its log. Approving queues it (in
/// the approval's transaction, so an approval and its email are one fact); a sender sends
/// the due ones (core/notify/notification_sender.h) and records what the server answered. A
/// failed send never touches the statement.
class NotificationService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::NotificationService)

public:
    /// Tries after a temporary failure: the first try and four more (after 1, 5, 15 and 60
    /// minutes); then the email is failed for good.
    static constexpr int MaxAttempts = 5;
    /// How long a sender holds an email it is sending before another sender may take it.
    static constexpr int ClaimSeconds = 600;

    explicit NotificationService(Database &db) : m_db(db) {}

    /// The customer's billing contact and on/off (on, to the customer's email, until set).
    Result<CustomerNotification> customer(qint64 customerId);
    /// ManageCustomers is required. An empty email means the customer's own. Audited.
    Status setCustomer(qint64 customerId, const QString &email, bool enabled);

    /// Inside approve's transaction: one email for each statement whose customer gets them,
    /// when Settings > Notifications is on. Statements without an address are left out.
    static Status queueApproved(Database &db, const QList<qint64> &statementIds);
    /// Queues the statement's email again (to `recipient`, or the billing contact's address);
    /// the statement must be approved. ApproveStatements is required. Returns the new email.
    Result<qint64> resend(qint64 statementId, const QString &recipient = {});

    Result<qint64> count(const NotificationFilter &filter);
    /// Newest first.
    Result<QList<Notification>> list(const NotificationFilter &filter, int offset = 0, int limit = -1);
    /// The statement's log, oldest first.
    Result<QList<NotificationEvent>> events(qint64 statementId);

    /// Takes the queued emails due at `now` for this sender (each held for ClaimSeconds so a
    /// second sender, in another process, does not send it too). ApproveStatements is required.
    Result<QList<Notification>> claimDue(const QDateTime &now, int limit);
    Status recordSent(qint64 id, const QString &reply);
    /// A permanent failure (the server refused: 5xx) or the last attempt fails the email for
    /// good; otherwise it is tried again later.
    Status recordFailure(qint64 id, const QString &reply, bool permanent, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace bursar::core
