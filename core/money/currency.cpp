#include "core/money/currency.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <algorithm>

namespace bursar::core {

namespace {

struct Table
{
    QList<Currency> list;
    QHash<QString, qsizetype> byCode;
};

const Table &table()
{
    static const Table t = [] {
        Table result;
        QFile file(QStringLiteral(":/bursar/currencies.csv"));
        const bool opened = file.open(QIODevice::ReadOnly | QIODevice::Text);
        Q_ASSERT_X(opened, "Currencies", "the currency table is missing from the resources");
        if (!opened)
            return result;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> cells = file.readLine().trimmed().split(',');
            if (cells.size() < 3)
                continue;
            Currency c{QString::fromLatin1(cells[0]), cells[1].toInt(), QString::fromUtf8(cells[2])};
            result.byCode.insert(c.code, result.list.size());
            result.list.append(c);
        }
        return result;
    }();
    return t;
}

QString groupDigits(const QString &digits, const QLocale &locale)
{
    // QLocale knows each locale's grouping (3 everywhere but e.g. en_IN); use it when the
    // integer part fits in 64 bits, which covers every real amount.
    bool fits = false;
    const qulonglong v = digits.toULongLong(&fits);
    if (fits)
        return locale.toString(v);
    QString out;
    const QString sep = locale.groupSeparator();
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += sep;
        out += digits.at(i);
    }
    return out;
}

QString localise(const QString &plain, const QLocale &locale)
{
    QStringView s(plain);
    const bool negative = s.startsWith(u'-');
    if (negative)
        s = s.mid(1);
    const qsizetype point = s.indexOf(u'.');
    const QString intPart = (point < 0 ? s : s.left(point)).toString();
    QString out = groupDigits(intPart, locale);
    if (point >= 0)
        out += locale.decimalPoint() + s.mid(point + 1).toString();
    if (negative)
        out.prepend(locale.negativeSign());
    return out;
}

} // namespace

std::optional<Currency> Currencies::find(QStringView code)
{
    const Table &t = table();
    const auto it = t.byCode.constFind(code.trimmed().toString().toUpper());
    if (it == t.byCode.cend())
        return std::nullopt;
    return t.list.at(*it);
}

Currency Currencies::lookup(QStringView code)
{
    if (auto c = find(code))
        return *c;
    return Currency{code.toString(), 2, {}};
}

const QList<Currency> &Currencies::all()
{
    return table().list;
}

Result<Currency> Currencies::require(QStringView code, const QString &field)
{
    if (code.trimmed().isEmpty())
        return fail(QCoreApplication::translate("bursar::Currencies", "Choose a currency, for example USD."), field);
    if (auto c = find(code))
        return *c;
    return fail(QCoreApplication::translate("bursar::Currencies", "“%1” is not an ISO 4217 currency code Bursar knows; "
                                                                  "use a three-letter code such as USD, EUR or JPY.")
                    .arg(code.trimmed().toString()),
                field);
}

QString formatPlain(Decimal amount, const Currency &currency, Rounding mode)
{
    return amount.rounded(currency.minorUnits, mode).toString(currency.minorUnits);
}

QString formatForDisplay(Decimal amount, const Currency &currency, const QLocale &locale, Rounding mode)
{
    if (!amount.isValid())
        return amount.toString();
    return localise(formatPlain(amount, currency, mode), locale);
}

namespace {

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

/// `text` in the locale's form as plain "[-]digits[.digits]", or empty.
QString plainFromLocalized(QString text, const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    // Spaces as group separators come typed as any of the three spaces.
    if (group.size() == 1 && isSpace(group.at(0)))
        for (QChar &c : text)
            if (isSpace(c))
                c = group.at(0);
    QString sign;
    for (const QString &minus : {QStringLiteral("-"), locale.negativeSign(), QString(QChar(0x2212))})
        if (!minus.isEmpty() && text.startsWith(minus)) {
            sign = QStringLiteral("-");
            text = text.mid(minus.size());
            break;
        }
    if (sign.isEmpty() && text.startsWith(u'+'))
        text = text.mid(1);
    const QString point = locale.decimalPoint();
    const qsizetype at = text.indexOf(point);
    const QString intPart = at < 0 ? text : text.left(at);
    const QString fraction = at < 0 ? QString() : text.mid(at + point.size());
    QString digits = intPart;
    if (!group.isEmpty())
        digits.remove(group);
    if (digits.isEmpty() || !allDigits(digits) || (at >= 0 && (fraction.isEmpty() || !allDigits(fraction))))
        return {};
    // Grouped text must be grouped as the locale groups it.
    if (digits != intPart && groupDigits(digits, locale) != intPart)
        return {};
    return sign + digits + (at < 0 ? QString() : QStringLiteral(".") + fraction);
}

} // namespace

Result<Decimal> parseLocalized(QStringView text, const QLocale &locale, const QString &field)
{
    const QString trimmed = text.trimmed().toString();
    if (const QString plain = plainFromLocalized(trimmed, locale); !plain.isEmpty())
        if (auto d = Decimal::parse(plain))
            return d;
    if (auto d = Decimal::parse(trimmed))
        return d;
    return fail(QCoreApplication::translate("bursar::Currencies", "“%1” is not a number: write it as %2 or %3.")
                    .arg(trimmed, localizedExample(locale), QStringLiteral("1234.50")),
                field);
}

QString localizedExample(const QLocale &locale, int places)
{
    return localise(Decimal::parse(u"1234.5")->toString(places), locale);
}

QString formatExact(Decimal value, const QLocale &locale, int minPlaces)
{
    if (!value.isValid())
        return value.toString();
    return localise(value.toString(minPlaces), locale);
}

QString formatExact(WideDecimal value, const QLocale &locale)
{
    if (!value.isValid())
        return value.toString();
    return localise(value.toString(), locale);
}

} // namespace bursar::core
