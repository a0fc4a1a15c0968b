#pragma once

#include "core/domain/contact.h"
#include "core/domain/vendor.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace bursar::core {

/// Customer IDs are shown as "#123456".
QString displayCustomerId(qint64 id);
/// Accepts "123456" or "#123456".
std::optional<qint64> parseCustomerId(QStringView text);

struct Customer
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString name;
    Contact contact;
    QString region; ///< drives tax, with state
    QString state;
    int paymentTermsDays = 30;
    int rowVersion = 0; ///< optimistic lock: an update must name the version it read
    QString updatedAt;
    QString updatedBy;
};

/// A customer's Cloud Provider setting for one vendor.
struct CustomerProvider
{
    Vendor vendor = Vendor::Aws;
    bool enabled = true;
    QString currency;           ///< invoice currency; empty when not set yet
    qint64 pricebookId = 0;     ///< the vendor's pricebook that prices this customer; 0 when none
    QString pricebookName = {}; ///< read only: the pricebook's name
};

} // namespace bursar::core
