#pragma once

#include "core/domain/contact.h"

#include <QByteArray>
#include <QString>

namespace bursar::core {

/// Settings > Account Information: who we are, as printed on every statement.
struct AccountInfo
{
    QString companyName;
    Contact contact;
    QString defaultCurrency = QStringLiteral("USD");
    QByteArray logo; ///< image file bytes (PNG, JPEG or SVG)
    QString logoMime;
    int rowVersion = 0;
};

} // namespace bursar::core
