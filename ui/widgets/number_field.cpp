#include "ui/widgets/number_field.h"

#include "core/money/currency.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>

namespace bursar::ui {

void setUpNumberField(QLineEdit *edit, const QString &hint, int places)
{
    const QString example = core::localizedExample(edit->locale(), places);
    edit->setPlaceholderText(
        hint.isEmpty() ? QCoreApplication::translate("bursar::ui::NumberField", "e.g. %1").arg(example)
                       : QCoreApplication::translate("bursar::ui::NumberField", "%1, e.g. %2").arg(hint, example));
    edit->setProperty("bursarNumber", true);
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit](const QString &text) {
        const bool bad = !text.trimmed().isEmpty() && !core::parseLocalized(text, edit->locale());
        if (bad == edit->property("bursarNumberBad").toBool())
            return;
        edit->setProperty("bursarNumberBad", bad);
        edit->setStyleSheet(bad ? QStringLiteral("border: 2px solid #b00020; border-radius: 3px;") : QString());
        edit->setToolTip(bad ? core::parseLocalized(text, edit->locale()).message() : QString());
    });
}

QString typedNumber(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return text;
    auto value = core::parseLocalized(text, edit->locale());
    return value ? value->toString() : text;
}

QString numberForEditing(const QString &plain)
{
    auto value = core::Decimal::parse(plain);
    return value ? core::formatExact(*value, QLocale()) : plain;
}

} // namespace bursar::ui
