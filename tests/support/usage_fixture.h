#pragma once
// Usage and customers for the billing tests: a few FOCUS rows imported through the real
// importer, and customers set up through the real services.

#include "core/domain/vendor.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/usage/usage_importer.h"
#include "core/usage/usage_records.h"
#include "test_database.h"

#include <QByteArray>
#include <QList>

namespace bursar::test {

/// One FOCUS usage row.
struct UsageRow
{
    QByteArray account;
    QByteArray product;
    QByteArray cost;
    QByteArray period = "2026-09";
    QByteArray publisher = "Amazon Web Services, Inc.";
    QByteArray category = "Usage";
    QByteArray currency = "USD";
    QByteArray type = "Compute";
};

/// Imports the rows as one FOCUS file (vendor from ProviderName) through UsageImporter.
core::Result<core::ImportSummary> importRows(TestDatabase &t, const QList<UsageRow> &rows,
                                             const QByteArray &provider = "AWS");

/// A customer with an account, an invoice currency and (optionally) a pricebook; `region`
/// and `state` drive its tax.
qint64 customerWith(TestDatabase &t, const QString &name, core::Vendor vendor, const QString &account, qint64 pricebook,
                    const QString &currency = QStringLiteral("USD"), const QString &region = {},
                    const QString &state = {});

/// An exact decimal from text the test wrote itself.
inline core::Decimal dec(const char *text)
{
    return *core::Decimal::parse(QString::fromLatin1(text));
}

} // namespace bursar::test
