#include "usage_fixture.h"

#include "core/customers/customer_service.h"

#include <QFile>

namespace bursar::test {

using namespace bursar::core;

Result<ImportSummary> importRows(TestDatabase &t, const QList<UsageRow> &rows, const QByteArray &provider)
{
    static int n = 0;
    QByteArray bytes = "BilledCost,BillingCurrency,BillingPeriodStart,ChargePeriodStart,ChargeCategory,ProviderName,"
                       "PublisherName,SubAccountId,ServiceName,ServiceCategory\n";
    for (const UsageRow &r : rows)
        bytes += r.cost + ',' + r.currency + ',' + r.period + "-01T00:00:00Z," + r.period + "-02 00:00:00," +
                 r.category + ',' + provider + ",\"" + r.publisher + "\"," + r.account + ",\"" + r.product + "\"," +
                 r.type + '\n';
    const QString path = t.dir() + QStringLiteral("/usage-%1.csv").arg(++n);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(path));
    f.write(bytes);
    f.close();
    auto imported = UsageImporter(t.db()).importFile(path, {});
    QFile::remove(path); // thousands of files in one folder slow every later create
    return imported;
}

qint64 customerWith(TestDatabase &t, const QString &name, Vendor vendor, const QString &account, qint64 pricebook,
                    const QString &currency, const QString &region, const QString &state)
{
    CustomerService s(t.db());
    Customer c = named(name);
    c.region = region;
    c.state = state;
    const qint64 id = *s.addCustomer(c);
    CustomerProvider p;
    p.vendor = vendor;
    p.enabled = !currency.isEmpty(); // a vendor is enabled with an invoice currency only
    p.currency = currency;
    p.pricebookId = pricebook;
    if (!s.setProvider(id, p).ok() || !s.mapAccount({vendor, account, id, {}}).ok())
        qFatal("setting up %s failed", qPrintable(name));
    return id;
}

} // namespace bursar::test
