#pragma once

#include <QString>

namespace bursar::core {

/// Postal address and the people to reach.
struct Contact
{
    QString contactName;
    QString email;
    QString phone;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString postalCode;
    QString country;

    bool operator==(const Contact &) const = default;
};

} // namespace bursar::core
