#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace bursar::core {

class Database;

/// One row of the audit log, as its hash covers it.
struct AuditRecord
{
    qint64 id = 0;
    QString at, actor, action, entity, entityId;
    std::optional<QString> detail; ///< NULL is not the empty text
    QString prevHash;              ///< the hash of the row before it in the chain
};

/// The first row of the chain that does not fit, and why.
struct AuditChainBreak
{
    qint64 id = 0; ///< the audit row (audit_log.id)
    QString at, action, entity, entityId;
    QString reason; ///< translated, complete
};

/// What `bursar audit verify` found.
struct AuditChainReport
{
    qint64 rows = 0;   ///< rows read
    qint64 lastId = 0; ///< the chain's head: its last row
    QString headHash;  ///< and that row's hash (an auditor may note it to compare later)
    std::optional<AuditChainBreak> broken;
};

/// The audit log is tamper-evident: each row carries the hash of the row before it and its
/// own SHA-256 over its columns and that hash, and a one-row head (audit_chain) holds the
/// last row's ID and hash and the number of rows. A row changed, removed or added behind
/// Bursar's back breaks the chain at that row; rows removed from the end disagree with the
/// head. (Whoever can rewrite every later row and the head can hide a change: note the head
/// hash verify prints, somewhere outside the database, to rule that out.)
///
/// Database::audit collects a transaction's records and writes them just before its commit
/// while holding the head (a row lock on PostgreSQL, the write lock on SQLite), so rows are
/// numbered and chained in the order their transactions commit.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::AuditChain)

public:
    explicit AuditChain(Database &db) : m_db(db) {}

    /// Reads the whole log in ID order, in one snapshot, and checks every link and hash.
    Result<AuditChainReport> verify();

    /// Lower-case hex SHA-256 of the row's canonical form: a version line, then each of ID,
    /// time, actor, action, entity, entity ID, detail and previous hash as its UTF-8 length,
    /// ':' and its bytes (detail NULL as '-'), one per line.
    static QString hashOf(const AuditRecord &record);
    /// The previous hash of the chain's first row.
    static QString genesis();
    /// Text as the database keeps it: what UTF-8 can hold, without NUL characters. Hashes
    /// are taken over this form, so they match what is read back.
    static QString storable(const QString &text);

private:
    Database &m_db;
};

} // namespace bursar::core
