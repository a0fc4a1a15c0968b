// Finance > Documents against a model of its own (issue 13): random create / release / pay /
// apply / auto-apply / unapply / cancel / delete, with a fixed seed, checked after every step:
// for every document total − available = applied and nothing over-applied on either side;
// stored balances equal what the ledger says; a receivable is Closed exactly when its
// balance is 0; the customer balance equals the formula of PRODUCT.md §7 and the aging total;
// numbers are gapless per series; reversals net to zero; and an aging as of an earlier day
// prints the same after later steps. Sharded: BURSAR_SHARD=k/n runs every n-th scenario.
#include "core/finance/aging.h"
#include "core/finance/ar_applications.h"
#include "core/finance/ar_service.h"
#include "tests/finance/ar_fixture.h"

#include <QRandomGenerator>
#include <QTest>
#include <map>

using namespace bursar::core;
using bursar::test::arCustomer;
using bursar::test::dec;
using bursar::test::openStatement;
using bursar::test::TestDatabase;

namespace {

constexpr quint32 Seed = 20261204;

struct ModelDoc
{
    QString kind; // statement, credit_memo, debit_memo, payment
    qint64 id = 0;
    QString currency;
    Decimal total;
    Decimal applied;
    bool hold = false;
    bool cancelled = false;
    bool reversing = false;
    QDate date;
};

struct ModelEntry
{
    qint64 id = 0;
    QString sourceKey, targetKey;
    Decimal amount;
    bool standing = true;
    bool pair = false;
};

QString key(const QString &kind, qint64 id)
{
    return (kind == u"statement" ? QStringLiteral("s") : QStringLiteral("d")) + QString::number(id);
}

bool isSource(const QString &kind)
{
    return kind == u"credit_memo" || kind == u"payment";
}

Decimal amountFrom(QRandomGenerator &rng, int maxCents)
{
    return Decimal::fromInt(rng.bounded(1, maxCents + 1)).divided(Decimal::fromInt(100), 2, Rounding::HalfUp);
}

class Scenario
{
public:
    Scenario(TestDatabase &t, QRandomGenerator &rng, int number) : m_t(t), m_rng(rng), m_no(number) {}

    bool run()
    {
        m_customer = arCustomer(m_t.db(), QStringLiteral("Property %1").arg(m_no));
        m_day = QDate(2026, 1, 1).addDays(m_no % 300);
        const int statements = m_rng.bounded(1, 4);
        for (int i = 0; i < statements; ++i) {
            const QString currency = m_rng.bounded(4) ? QStringLiteral("USD") : QStringLiteral("EUR");
            const Decimal total = amountFrom(m_rng, 30000);
            const qint64 id = openStatement(m_t.db(), m_customer, total.toString().toLatin1().constData(), m_day,
                                            m_day.addDays(m_rng.bounded(0, 60)), currency);
            m_docs[key(QStringLiteral("statement"), id)] = {
                QStringLiteral("statement"), id, currency, total, {}, false, false, false, m_day};
        }
        const int steps = m_rng.bounded(4, 10);
        for (int s = 0; s < steps; ++s) {
            m_day = m_day.addDays(1);
            if (!step() || !check(s))
                return false;
            if (s == steps / 2)
                snapshot();
        }
        return checkSnapshot();
    }

private:
    bool fail(const QString &what)
    {
        qWarning("scenario %d: %s", m_no, qPrintable(what));
        return false;
    }

    ModelDoc *pick(const std::function<bool(const ModelDoc &)> &which = {})
    {
        QList<ModelDoc *> all;
        for (auto &[k, d] : m_docs)
            if (!which || which(d))
                all.append(&d);
        return all.isEmpty() ? nullptr : all.at(m_rng.bounded(int(all.size())));
    }

    /// Whether the model would accept applying `amount` from `src` to `dst`.
    bool acceptable(const ModelDoc &src, const ModelDoc &dst, Decimal amount) const
    {
        return isSource(src.kind) && !src.hold &&
               (dst.kind == u"statement" || (dst.kind == u"debit_memo" && !dst.hold)) && src.currency == dst.currency &&
               amount.isPositive() && amount <= src.total - src.applied && amount <= dst.total - dst.applied;
    }

    bool step()
    {
        ArDocuments docs(m_t.db());
        ArApplications apps(m_t.db());
        const int op = m_rng.bounded(100);
        const QString currency = m_rng.bounded(4) ? QStringLiteral("USD") : QStringLiteral("EUR");
        if (op < 20) { // a memo, released most of the time
            NewMemo m;
            m.kind = m_rng.bounded(3) ? ArKind::CreditMemo : ArKind::DebitMemo;
            m.customerId = m_customer;
            m.currency = currency;
            m.date = m_day;
            m.description = QStringLiteral("Property memo");
            const Decimal price = amountFrom(m_rng, 20000);
            m.lines = {{QStringLiteral("Line"), QStringLiteral("1"), QStringLiteral("each"), price.toString(), {}, {}}};
            auto id = docs.createMemo(m, m_day);
            if (!id)
                return fail(QStringLiteral("create: ") + id.message());
            ModelDoc d{arKindKey(m.kind), *id, currency, price, {}, true, false, false, m_day};
            d.date = m_day;
            if (m_rng.bounded(10) < 8) {
                if (auto r = docs.release({*id}, m_day); !r)
                    return fail(QStringLiteral("release: ") + r.message());
                d.hold = false;
            }
            m_docs[key(d.kind, d.id)] = d;
        } else if (op < 35) { // a payment
            const Decimal amount = amountFrom(m_rng, 40000);
            auto id = docs.recordPayment({m_customer, amount.toString(), currency, m_day, {}, {}}, m_day);
            if (!id)
                return fail(QStringLiteral("payment: ") + id.message());
            m_docs[key(QStringLiteral("payment"), *id)] = {
                QStringLiteral("payment"), *id, currency, amount, {}, false, false, false, m_day};
        } else if (op < 60) { // apply by hand: sometimes too much, sometimes to the wrong document
            ModelDoc *src = pick();
            ModelDoc *dst = pick();
            if (!src || !dst)
                return true;
            Decimal amount = amountFrom(m_rng, 30000);
            const int shape = m_rng.bounded(6);
            if (shape < 2) // exactly what is left on one side
                amount = std::min(src->total - src->applied, dst->total - dst->applied);
            else if (shape == 2) // all but a few cents: remainders under 1.00 happen too
                amount = std::min(src->total - src->applied, dst->total - dst->applied) - amountFrom(m_rng, 99);
            const bool expected = acceptable(*src, *dst, amount);
            auto r = apps.apply({src->kind, src->id}, {{{dst->kind, dst->id}, amount}}, m_day);
            if (bool(r) != expected)
                return fail(QStringLiteral("apply %1 → %2 of %3: model says %4, Bursar says %5")
                                .arg(key(src->kind, src->id), key(dst->kind, dst->id), amount.toString())
                                .arg(expected)
                                .arg(r ? QStringLiteral("ok") : r.message()));
            if (r) {
                src->applied += amount;
                dst->applied += amount;
                m_entries.append({r->first(), key(src->kind, src->id), key(dst->kind, dst->id), amount});
            }
        } else if (op < 72) { // auto-apply: read back what it did and check it against the model
            ModelDoc *src = pick([](const ModelDoc &d) { return isSource(d.kind) && !d.hold; });
            if (!src)
                return true;
            Decimal owed;
            for (auto &[k, d] : m_docs)
                if ((d.kind == u"statement" || (d.kind == u"debit_memo" && !d.hold)) && d.currency == src->currency)
                    owed += d.total - d.applied;
            const Decimal expected = std::min(src->total - src->applied, owed);
            auto r = apps.applyAuto({src->kind, src->id}, m_day);
            if (bool(r) != expected.isPositive())
                return fail(QStringLiteral("auto %1: %2").arg(key(src->kind, src->id), r ? QString() : r.message()));
            if (!r)
                return true;
            auto history = apps.history({src->kind, src->id});
            Decimal moved;
            for (const ArApplication &a : *history)
                if (r->contains(a.entryId)) {
                    ModelDoc &dst = m_docs[key(a.target.kind, a.target.id)];
                    if (a.amount > dst.total - dst.applied || dst.currency != src->currency)
                        return fail(QStringLiteral("auto over-applied %1").arg(key(a.target.kind, a.target.id)));
                    dst.applied += a.amount;
                    moved += a.amount;
                    m_entries.append({a.entryId, key(src->kind, src->id), key(a.target.kind, a.target.id), a.amount});
                }
            if (moved != expected)
                return fail(QStringLiteral("auto moved %1, expected %2").arg(moved.toString(), expected.toString()));
            src->applied += moved;
        } else if (op < 84) { // unapply one entry: standing or not
            if (m_entries.isEmpty())
                return true;
            ModelEntry &e = m_entries[m_rng.bounded(int(m_entries.size()))];
            const bool expected = e.standing && !e.pair;
            auto r = apps.unapply(e.id, m_day);
            if (bool(r) != expected)
                return fail(QStringLiteral("unapply %1: model %2, Bursar %3")
                                .arg(e.id)
                                .arg(expected)
                                .arg(r ? QStringLiteral("ok") : r.message()));
            if (r) {
                e.standing = false;
                m_docs[e.sourceKey].applied -= e.amount;
                m_docs[e.targetKey].applied -= e.amount;
            }
        } else if (op < 92) { // cancel
            ModelDoc *d = pick([](const ModelDoc &x) { return x.kind != u"statement"; });
            if (!d)
                return true;
            const bool expected = !d->hold && !d->cancelled && !d->reversing && d->applied.isZero();
            auto r = docs.cancel(d->id, m_day);
            if (bool(r) != expected)
                return fail(QStringLiteral("cancel %1: model %2, Bursar %3")
                                .arg(d->id)
                                .arg(expected)
                                .arg(r ? QStringLiteral("ok") : r.message()));
            if (r) {
                const QString kind =
                    d->kind == u"debit_memo" ? QStringLiteral("credit_memo") : QStringLiteral("debit_memo");
                ModelDoc rev{kind, *r, d->currency, d->total, d->total, false, false, true, m_day};
                d->cancelled = true;
                d->applied = d->total;
                const QString pairEntry =
                    m_t.scalar(QStringLiteral("SELECT id FROM allocations WHERE reason = 'cancel' AND (source_id = %1 "
                                              "OR target_id = %1) ORDER BY id DESC")
                                   .arg(d->id))
                        .toString();
                m_entries.append({pairEntry.toLongLong(), {}, {}, d->total, true, true});
                m_docs[key(kind, *r)] = rev;
            }
        } else if (op < 96) { // delete
            ModelDoc *d = pick([](const ModelDoc &x) { return x.kind != u"statement"; });
            if (!d)
                return true;
            const bool expected = d->hold;
            Status s = docs.deleteMemos({d->id});
            if (s.ok() != expected)
                return fail(QStringLiteral("delete %1").arg(d->id));
            if (s.ok())
                m_docs.erase(key(d->kind, d->id));
        } else { // release
            ModelDoc *d = pick([](const ModelDoc &x) { return x.kind != u"statement"; });
            if (!d)
                return true;
            auto r = docs.release({d->id}, m_day);
            if (bool(r) != d->hold)
                return fail(QStringLiteral("release %1").arg(d->id));
            // A memo dated on or before the snapshot's day counts there once released: the
            // aging counts documents by their date (PRODUCT.md §7), so that day changes.
            if (r && m_snapshotDay.isValid() && d->date <= m_snapshotDay)
                m_pastChanged = true;
            d->hold = false;
        }
        return true;
    }

    bool check(int stepNo)
    {
        const QString at = QStringLiteral("after step %1: ").arg(stepNo);
        std::map<QString, Decimal> balance;
        for (const auto &[k, d] : m_docs) {
            Decimal stored, ledger;
            QString status;
            if (d.kind == u"statement") {
                Sql q(m_t.db(), QStringLiteral("SELECT balance, status FROM statements WHERE id = ?"));
                q.bind(d.id);
                if (!q.exec().ok() || !q.next())
                    return fail(at + k + QStringLiteral(" unreadable"));
                stored = d.total - *Decimal::parse(q.value(0).toString());
                status = q.value(1).toString();
                ledger = sum(QStringLiteral("target_kind = 'statement' AND target_id = %1 AND source_kind IN "
                                            "('credit_memo', 'payment')")
                                 .arg(d.id));
            } else {
                Sql q(m_t.db(), QStringLiteral("SELECT applied, status FROM ar_documents WHERE id = ?"));
                q.bind(d.id);
                if (!q.exec().ok() || !q.next())
                    return fail(at + k + QStringLiteral(" unreadable"));
                stored = *Decimal::parse(q.value(0).toString());
                status = q.value(1).toString();
                ledger = isSource(d.kind)
                             ? sum(QStringLiteral("source_kind = '%1' AND source_id = %2").arg(d.kind).arg(d.id))
                             : sum(QStringLiteral("target_kind = 'debit_memo' AND target_id = %1").arg(d.id));
            }
            if (stored != d.applied || ledger != d.applied)
                return fail(at + QStringLiteral("%1 applied: model %2, stored %3, ledger %4")
                                     .arg(k, d.applied.toString(), stored.toString(), ledger.toString()));
            if (d.applied.isNegative() || d.applied > d.total)
                return fail(at + k + QStringLiteral(" over-applied"));
            const bool closed = d.applied == d.total;
            if (!d.hold && (status == u"closed") != closed)
                return fail(at + QStringLiteral("%1 is %2 with %3 of %4 applied")
                                     .arg(k, status, d.applied.toString(), d.total.toString()));
            if (!d.hold)
                balance[d.currency] += isSource(d.kind) ? -(d.total - d.applied) : d.total - d.applied;
        }
        auto balances = Aging(m_t.db()).balances(m_customer, m_day);
        if (!balances)
            return fail(at + balances.message());
        std::map<QString, Decimal> got;
        for (const CustomerBalance &b : *balances)
            got[b.currency] = b.balance;
        for (auto &[c, b] : balance)
            if (got[c] != b)
                return fail(at +
                            QStringLiteral("balance %1: model %2, Bursar %3").arg(c, b.toString(), got[c].toString()));
        auto report = Aging(m_t.db()).report(m_day, std::nullopt, m_customer);
        if (!report || !report->proven())
            return fail(at + QStringLiteral("aging not proven"));
        for (const AgingRow &r : report->rows)
            if (r.total != got[r.currency])
                return fail(
                    at +
                    QStringLiteral("aging total %1 ≠ balance %2").arg(r.total.toString(), got[r.currency].toString()));
        // Reversals net to zero.
        if (m_t.scalar(QStringLiteral("SELECT COUNT(*) FROM allocations r JOIN allocations a ON a.id = r.reverses_id "
                                      "WHERE CAST(a.amount AS NUMERIC) + CAST(r.amount AS NUMERIC) <> 0"))
                .toInt() != 0)
            return fail(at + QStringLiteral("a reversal does not net to zero"));
        return true;
    }

    Decimal sum(const QString &where)
    {
        Sql q(m_t.db(), QStringLiteral("SELECT amount FROM allocations WHERE ") + where);
        Decimal s;
        if (q.exec().ok())
            while (q.next())
                s += *Decimal::parse(q.value(0).toString());
        return s;
    }

    void snapshot()
    {
        m_snapshotDay = m_day;
        auto r = Aging(m_t.db()).report(m_day, std::nullopt, m_customer);
        m_snapshot = r ? *r : AgingReport{};
    }

    bool checkSnapshot()
    {
        if (m_pastChanged)
            return true;
        auto again = Aging(m_t.db()).report(m_snapshotDay, std::nullopt, m_customer);
        if (!again || again->rows.size() != m_snapshot.rows.size())
            return fail(QStringLiteral("aging as of %1 changed its rows").arg(m_snapshotDay.toString(Qt::ISODate)));
        for (qsizetype i = 0; i < again->rows.size(); ++i)
            if (again->rows.at(i).buckets != m_snapshot.rows.at(i).buckets ||
                again->rows.at(i).unapplied != m_snapshot.rows.at(i).unapplied)
                return fail(QStringLiteral("aging as of %1 changed").arg(m_snapshotDay.toString(Qt::ISODate)));
        return true;
    }

    TestDatabase &m_t;
    QRandomGenerator &m_rng;
    int m_no;
    qint64 m_customer = 0;
    QDate m_day, m_snapshotDay;
    std::map<QString, ModelDoc> m_docs;
    QList<ModelEntry> m_entries;
    AgingReport m_snapshot;
    bool m_pastChanged = false;
};

/// Every series' numbers are 1..N with no hole.
bool gapless(TestDatabase &t)
{
    for (const char *prefix : {"CM-", "DM-", "PAY-"}) {
        Sql q(t.db(), QStringLiteral("SELECT number FROM ar_documents WHERE number LIKE '%1%' ORDER BY number")
                          .arg(QLatin1String(prefix)));
        if (!q.exec().ok())
            return false;
        int expected = 0;
        while (q.next())
            if (q.value(0).toString().section(u'-', -1).toInt() != ++expected) {
                qWarning("%s series has a hole before %s", prefix, qPrintable(q.value(0).toString()));
                return false;
            }
    }
    return true;
}

} // namespace

class TestArProperty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios()
    {
        const QStringList shard = qEnvironmentVariable("BURSAR_SHARD", QStringLiteral("0/1")).split(u'/');
        const int k = shard.value(0).toInt(), n = std::max(1, shard.value(1).toInt());
        const int total = qEnvironmentVariableIntValue("BURSAR_SCENARIOS") > 0
                              ? qEnvironmentVariableIntValue("BURSAR_SCENARIOS")
                              : 10000;
        // Scenarios share a database (each its own customer), a new one every 500, so the
        // numbering check covers thousands of documents at once.
        std::unique_ptr<TestDatabase> t;
        int ran = 0;
        for (int i = k; i < total; i += n) {
            if (!t || ran % 500 == 0) {
                if (t)
                    QVERIFY(gapless(*t));
                t = std::make_unique<TestDatabase>();
            }
            QRandomGenerator rng(Seed + quint32(i));
            QVERIFY2(Scenario(*t, rng, i).run(),
                     qPrintable(QStringLiteral("scenario %1 (seed %2)").arg(i).arg(Seed + quint32(i))));
            ++ran;
        }
        QVERIFY(gapless(*t));
        qInfo("%d scenarios", ran);
    }
};

QTEST_GUILESS_MAIN(TestArProperty)
#include "tst_ar_property.moc"
