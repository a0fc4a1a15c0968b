#pragma once

#include <QString>

class QLineEdit;

namespace bursar::ui {

/// Makes `edit` an entry of a number (an amount, a quantity, a rate) in the clerk's locale:
/// the placeholder shows the locale's form ("e.g. 1.234,50" in German, after `hint` when
/// given), and while the text is not a number the field is framed red with the reason in
/// its tooltip. Core still decides what is allowed; this only reads the locale's form.
void setUpNumberField(QLineEdit *edit, const QString &hint = {}, int places = 2);

/// The number typed in `edit` as core reads it ("1234.50" for "1.234,50" in German); the
/// text as typed when it is not a number, so core's refusal names what the clerk typed.
QString typedNumber(const QLineEdit *edit);

/// `plain` ("1234.5", as core writes it) in the clerk's locale ("1234,5"), for prefilling.
QString numberForEditing(const QString &plain);

} // namespace bursar::ui
