// Finance > Documents' batch work, round after round until killed: 150 Hold memos (credit
// and debit) released in one batch, 100 payments auto-applied in one batch, a few
// applications reversed. Says "started" first.
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"
#include "tests/core/worker_main.h"

#include <QRandomGenerator>
#include <QTextStream>

using namespace bursar::core;

int main(int argc, char **argv)
{
    return runWorker(argc, argv, 2, [](const QStringList &args, Database &db) {
        QTextStream out(stdout);
        out << "started" << Qt::endl;
        QRandomGenerator rng(args.at(2).toUInt());
        const QDate day(2026, 11, 20);
        ArDocuments docs(db);
        ArApplications apps(db);
        for (int round = 0; round < 20; ++round) {
            QList<qint64> hold;
            for (int i = 0; i < 150; ++i) {
                NewMemo m;
                m.kind = rng.bounded(3) ? ArKind::CreditMemo : ArKind::DebitMemo;
                m.customerId = 100001 + rng.bounded(200);
                m.currency = QStringLiteral("USD");
                m.date = day;
                m.description = QStringLiteral("Crash memo");
                m.lines = {{QStringLiteral("Line"),
                            QStringLiteral("1"),
                            QStringLiteral("each"),
                            QString::number(1 + rng.bounded(90)) + QStringLiteral(".25"),
                            {},
                            {}}};
                auto id = docs.createMemo(m, day);
                if (!id) {
                    out << "failed: " << id.message() << Qt::endl;
                    return 1;
                }
                hold.append(*id);
            }
            if (auto r = docs.release(hold, day); !r) {
                out << "failed: " << r.message() << Qt::endl;
                return 1;
            }
            QList<ArRef> sources;
            for (int i = 0; i < 100; ++i) {
                auto p = docs.recordPayment({100001 + rng.bounded(200),
                                             QString::number(5 + rng.bounded(60)),
                                             QStringLiteral("USD"),
                                             day,
                                             {},
                                             {}},
                                            day);
                if (!p) {
                    out << "failed: " << p.message() << Qt::endl;
                    return 1;
                }
                sources.append({QStringLiteral("payment"), *p});
            }
            for (qint64 id : hold)
                sources.append({QStringLiteral("credit_memo"), id}); // debit memos among them are skipped
            if (auto r = apps.applyAutoAll(sources, day); !r) {
                out << "failed: " << r.message() << Qt::endl;
                return 1;
            }
            Sql standing(db, QStringLiteral("SELECT a.id FROM allocations a WHERE a.reverses_id IS NULL AND a.reason = "
                                            "'apply' AND NOT EXISTS (SELECT 1 FROM allocations r WHERE r.reverses_id "
                                            "= a.id) ORDER BY a.id DESC LIMIT 5"));
            QList<qint64> undo;
            if (standing.exec().ok())
                while (standing.next())
                    undo.append(standing.value(0).toLongLong());
            for (qint64 e : undo)
                (void)apps.unapply(e, day);
            out << "round " << round << Qt::endl;
        }
        return 0;
    });
}
