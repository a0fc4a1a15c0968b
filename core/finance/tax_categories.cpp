#include "core/finance/tax_categories.h"

#include "core/finance/ar_document.h"
#include "core/storage/database.h"
#include "core/storage/internal/sql.h"

namespace bursar::core {

namespace {

/// The stored name of a category, compared without case; empty when there is none.
Result<QString> storedName(Database &db, const QString &name)
{
    Sql q(db, QStringLiteral("SELECT name FROM tax_categories WHERE LOWER(name) = LOWER(?)"));
    q.bind(name);
    if (Status s = q.exec(TaxCategories::tr("reading the tax categories")); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

QString ratesText(bool regionRate, bool stateRate)
{
    if (regionRate && stateRate)
        return TaxCategories::tr("region and state rates");
    if (regionRate)
        return TaxCategories::tr("region rate only");
    if (stateRate)
        return TaxCategories::tr("state rate only");
    return TaxCategories::tr("no rate (not taxed)");
}

} // namespace

Result<QList<TaxCategory>> TaxCategories::list()
{
    Sql q(m_db, QStringLiteral("SELECT name, region_rate, state_rate FROM tax_categories ORDER BY name"));
    if (Status s = q.exec(tr("reading the tax categories")); !s)
        return s.error();
    QList<TaxCategory> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toInt() != 0});
    return out;
}

Status TaxCategories::set(const QString &nameText, bool regionRate, bool stateRate)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the tax categories")); !s)
        return s;
    const QString name = nameText.simplified();
    if (name.isEmpty())
        return fail(tr("A tax category needs a name, such as Standard or Reduced."), QStringLiteral("name"));
    if (name.size() > 40)
        return fail(tr("The tax category name “%1” is longer than 40 characters; shorten it.").arg(name),
                    QStringLiteral("name"));
    if (name.contains(u'|'))
        return fail(tr("The tax category name “%1” contains “|”, which separates a memo line's fields on the "
                       "command line; leave it out.")
                        .arg(name),
                    QStringLiteral("name"));
    return m_db.transaction([&]() -> Status {
        auto stored = storedName(m_db, name);
        if (!stored)
            return stored.error();
        Sql q(m_db, stored->isEmpty()
                        ? QStringLiteral("INSERT INTO tax_categories (region_rate, state_rate, name) VALUES (?, ?, ?)")
                        : QStringLiteral("UPDATE tax_categories SET region_rate = ?, state_rate = ? WHERE name = ?"));
        q.bind(regionRate ? 1 : 0).bind(stateRate ? 1 : 0).bind(stored->isEmpty() ? name : *stored);
        if (Status e = q.exec(tr("saving the tax category")); !e)
            return e;
        return m_db.audit(stored->isEmpty() ? QStringLiteral("create") : QStringLiteral("update"),
                          QStringLiteral("tax_category"), stored->isEmpty() ? name : *stored,
                          ratesText(regionRate, stateRate));
    });
}

Status TaxCategories::remove(const QString &nameText)
{
    if (Status s = m_db.require(Privilege::ManageSettings, tr("change the tax categories")); !s)
        return s;
    const QString name = nameText.simplified();
    return m_db.transaction([&]() -> Status {
        auto stored = storedName(m_db, name);
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            return fail(tr("There is no tax category “%1”; nothing was removed.").arg(name), QStringLiteral("name"));
        Sql used(m_db, QStringLiteral("SELECT d.id, d.kind FROM ar_document_lines l JOIN ar_documents d ON d.id = "
                                      "l.document_id WHERE d.status = 'hold' AND l.tax_category = ? ORDER BY d.id"));
        used.bind(*stored);
        if (Status e = used.exec(tr("reading the memos")); !e)
            return e;
        if (used.next()) {
            ArDocument memo;
            memo.id = used.value(0).toLongLong();
            memo.kind = arKindFromKey(used.value(1).toString()).value_or(ArKind::CreditMemo);
            return fail(tr("The tax category “%1” is on a line of the Hold memo %2; change that line or delete "
                           "the memo first. Released memos keep their tax whatever happens to the category.")
                            .arg(*stored, memo.displayNumber()),
                        QStringLiteral("name"));
        }
        Sql del(m_db, QStringLiteral("DELETE FROM tax_categories WHERE name = ?"));
        del.bind(*stored);
        if (Status e = del.exec(tr("removing the tax category")); !e)
            return e;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("tax_category"), *stored);
    });
}

} // namespace bursar::core
