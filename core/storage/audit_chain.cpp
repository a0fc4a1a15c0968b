// The audit log's hash chain: written by Database just before each commit, checked by
// AuditChain::verify (bursar audit verify).
#include "core/storage/audit_chain.h"

#include "core/storage/database.h"
#include "core/storage/internal/bulk_insert.h"
#include "core/storage/internal/sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace bursar::core {

using storage_internal::driverText;

namespace {

void field(QByteArray &out, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

AuditRecord recordFrom(const Sql &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.entity = q.value(4).toString();
    r.entityId = q.value(5).toString();
    if (!q.value(6).isNull())
        r.detail = q.value(6).toString();
    return r;
}

const char *const RowColumns = "id, at, actor, action, entity, entity_id, detail";

struct Head
{
    qint64 lastId = 0;
    QString lastHash;
    qint64 rows = 0;
};

Result<Head> readHead(Database &db, bool lock)
{
    const bool pg = db.dialect() == Dialect::PostgreSQL;
    Sql q(db, QStringLiteral("SELECT last_id, last_hash, row_count FROM audit_chain WHERE id = 1%1")
                  .arg(lock && pg ? QStringLiteral(" FOR UPDATE") : QString()));
    if (Status s = q.exec(AuditChain::tr("reading the audit log's chain")); !s)
        return s.error();
    if (!q.next())
        return fail(AuditChain::tr("The head of the audit log's chain (table audit_chain) is missing: the database "
                                   "was changed outside Bursar. Restore it from a backup."));
    return Head{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

Status writeHead(Database &db, const Head &head)
{
    Sql q(db, QStringLiteral("UPDATE audit_chain SET last_id = ?, last_hash = ?, row_count = ? WHERE id = 1"));
    q.bind(head.lastId).bind(head.lastHash).bind(head.rows);
    return q.exec(AuditChain::tr("writing the audit log's chain"));
}

} // namespace

QString AuditChain::genesis()
{
    return QString(64, u'0');
}

QString AuditChain::storable(const QString &text)
{
    QString clean = QString::fromUtf8(text.toUtf8());
    clean.remove(QChar(0));
    return clean;
}

QString AuditChain::hashOf(const AuditRecord &r)
{
    QByteArray canonical("bursar-audit-1\n");
    field(canonical, QString::number(r.id));
    field(canonical, r.at);
    field(canonical, r.actor);
    field(canonical, r.action);
    field(canonical, r.entity);
    field(canonical, r.entityId);
    if (r.detail)
        field(canonical, *r.detail);
    else
        canonical += "-\n";
    field(canonical, r.prevHash);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Status Database::writePendingAudit()
{
    auto head = readHead(*this, true);
    if (!head)
        return head.error();
    // Rows someone added by hand stay outside the chain (verify names them); ours follow them.
    Sql largest(*this, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    if (Status s = largest.exec(tr("writing the audit log")); !s)
        return s;
    qint64 id = std::max(head->lastId, largest.next() ? largest.value(0).toLongLong() : 0);
    BulkInsert rows(*this, QStringLiteral("audit_log"),
                    {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                     QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("detail"),
                     QStringLiteral("prev_hash"), QStringLiteral("hash")});
    QString prev = head->lastHash;
    for (const PendingAudit &p : std::as_const(m_pendingAudit)) {
        AuditRecord r{++id,
                      AuditChain::storable(p.at),
                      AuditChain::storable(p.actor),
                      AuditChain::storable(p.action),
                      AuditChain::storable(p.entity),
                      AuditChain::storable(p.entityId),
                      std::nullopt,
                      prev};
        if (const QString detail = AuditChain::storable(p.detail); !detail.isEmpty())
            r.detail = detail;
        const QString hash = AuditChain::hashOf(r);
        rows.integer(r.id).text(r.at).text(r.actor).text(r.action).text(r.entity).text(r.entityId);
        if (r.detail)
            rows.text(*r.detail);
        else
            rows.null();
        rows.text(prev).text(hash);
        if (Status s = rows.endRow(); !s)
            return s;
        prev = hash;
    }
    if (Status s = rows.finish(); !s)
        return s;
    if (m_dialect == Dialect::PostgreSQL) { // the table's own numbering stays after the rows
        Sql numbering(*this, QStringLiteral("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), ?)"));
        numbering.bind(id);
        if (Status s = numbering.exec(tr("writing the audit log")); !s)
            return s;
    }
    return writeHead(*this, {id, prev, head->rows + m_pendingAudit.size()});
}

Status Database::sealUnchainedAudit()
{
    auto head = readHead(*this, true);
    if (!head)
        return head.error();
    const QString doing = tr("chaining the audit log");
    Head next = *head;
    for (;;) {
        // In slices, so a long log never sits in memory whole.
        Sql q(*this, QStringLiteral("SELECT %1 FROM audit_log WHERE hash IS NULL AND id > ? ORDER BY id LIMIT 5000")
                         .arg(QLatin1String(RowColumns)));
        q.bind(next.lastId);
        if (Status s = q.exec(doing); !s)
            return s;
        QList<AuditRecord> slice;
        while (q.next())
            slice.append(recordFrom(q));
        if (slice.isEmpty())
            break;
        for (AuditRecord &r : slice) {
            r.prevHash = next.lastHash;
            const QString hash = AuditChain::hashOf(r);
            Sql u(*this, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
            u.bind(r.prevHash).bind(hash).bind(r.id);
            if (Status s = u.exec(doing); !s)
                return s;
            next = {r.id, hash, next.rows + 1};
        }
    }
    return writeHead(*this, next);
}

Result<AuditChainReport> AuditChain::verify()
{
    // One snapshot: the head and the rows as one moment saw them, while others go on writing.
    auto &db = m_db.connection().db;
    if (!db.transaction())
        return fail(tr("Cannot read the audit log: %1").arg(driverText(db.lastError())));
    struct Rollback
    {
        QSqlDatabase &db;
        ~Rollback() { db.rollback(); }
    } end{db};
    if (m_db.dialect() == Dialect::PostgreSQL) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return fail(tr("Cannot read the audit log: %1").arg(driverText(q.lastError())));
    }
    auto head = readHead(m_db, false);
    if (!head)
        return head.error();
    AuditChainReport report;
    report.lastId = head->lastId;
    report.headHash = head->lastHash;
    Sql q(m_db, QStringLiteral("SELECT %1, prev_hash, hash FROM audit_log ORDER BY id").arg(QLatin1String(RowColumns)));
    if (Status s = q.exec(tr("reading the audit log")); !s)
        return s.error();
    QString prev = genesis();
    qint64 prevId = 0;
    auto breakAt = [&](const AuditRecord &r, const QString &why) {
        report.broken = AuditChainBreak{r.id, r.at, r.action, r.entity, r.entityId, why};
    };
    while (q.next()) {
        AuditRecord r = recordFrom(q);
        ++report.rows;
        if (q.value(7).isNull() || q.value(8).isNull()) {
            breakAt(r, tr("it has no hash, so it was not written by Bursar"));
            return report;
        }
        r.prevHash = q.value(7).toString();
        const QString stored = q.value(8).toString();
        if (r.id > head->lastId) {
            breakAt(
                r,
                tr("it comes after the chain's last row (%1), so it was added behind Bursar's back").arg(head->lastId));
            return report;
        }
        if (r.prevHash != prev) {
            breakAt(r, prevId == 0 ? tr("it should be the first row of the chain but follows a row that is no "
                                        "longer there: rows before it were removed")
                                   : tr("it does not follow row %1: row %1 was changed, or a row between them was "
                                        "removed")
                                         .arg(prevId));
            return report;
        }
        if (hashOf(r) != stored) {
            breakAt(r, tr("its columns are not what was written: it was changed after it was written"));
            return report;
        }
        prev = stored;
        prevId = r.id;
    }
    if (prevId != head->lastId || prev != head->lastHash || report.rows != head->rows) {
        AuditRecord missing;
        missing.id = head->lastId;
        breakAt(missing, tr("the chain ends at row %1 with %2 rows, but the log ends at row %3 with %4: rows at the "
                            "end were removed")
                             .arg(head->lastId)
                             .arg(head->rows)
                             .arg(prevId)
                             .arg(report.rows));
    }
    return report;
}

} // namespace bursar::core
