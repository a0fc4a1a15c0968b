// What every usage format shares: reading one cell of a row (NULL, text, exact amounts,
// the vendors' date spellings, required cells) and the problems that name line and column.
#include "core/usage/csv_reader.h"
#include "core/usage/usage_formats.h"

namespace bursar::core {

namespace {

bool digits(QByteArrayView t, qsizetype from, qsizetype n)
{
    for (qsizetype i = from; i < from + n; ++i)
        if (t[i] < '0' || t[i] > '9')
            return false;
    return true;
}

int number(QByteArrayView t, qsizetype from, qsizetype n)
{
    int v = 0;
    for (qsizetype i = from; i < from + n; ++i)
        v = v * 10 + (t[i] - '0');
    return v;
}

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    return QLatin1StringView(a.data(), a.size()).compare(QLatin1StringView(b), Qt::CaseInsensitive) == 0;
}

QString periodOf(QDate d)
{
    return QStringLiteral("%1-%2").arg(d.year(), 4, 10, QChar(u'0')).arg(d.month(), 2, 10, QChar(u'0'));
}

} // namespace

std::optional<QDate> parseUsageDate(QByteArrayView t)
{
    t = t.trimmed();
    if (const qsizetype slash = t.indexOf('/'); slash == 1 || slash == 2) {
        // Microsoft's month-first form, as its exports write it whatever the locale: 09/02/2023
        // or, in the cost details and Partner Center files, 9/2/2023; a time ("12:00:00 AM")
        // may follow after a space.
        const qsizetype second = t.indexOf('/', slash + 1);
        const qsizetype dayDigits = second - slash - 1;
        if (second < 0 || dayDigits < 1 || dayDigits > 2 || t.size() < second + 5 || !digits(t, 0, slash) ||
            !digits(t, slash + 1, dayDigits) || !digits(t, second + 1, 4))
            return std::nullopt;
        if (t.size() > second + 5 && t[second + 5] != ' ')
            return std::nullopt;
        const QDate d(number(t, second + 1, 4), number(t, 0, slash), number(t, slash + 1, dayDigits));
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    if (t.size() < 10 || t[4] != '-' || t[7] != '-' || !digits(t, 0, 4) || !digits(t, 5, 2) || !digits(t, 8, 2))
        return std::nullopt;
    const QDate d(number(t, 0, 4), number(t, 5, 2), number(t, 8, 2));
    if (!d.isValid())
        return std::nullopt;
    if (t.size() == 10)
        return d;
    // A time: "T" or " ", then hh:mm[:ss[.fff]] and an optional Z or offset.
    if (t[10] != 'T' && t[10] != ' ')
        return std::nullopt;
    const QByteArrayView time = t.sliced(11);
    if (time.size() < 5 || !digits(time, 0, 2) || time[2] != ':' || !digits(time, 3, 2))
        return std::nullopt;
    for (char c : time)
        if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-'))
            return std::nullopt;
    return d;
}

int UsageRowMapper::column(QStringView name) const
{
    for (int i = 0; i < m_header.size(); ++i)
        if (m_header[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int UsageRowMapper::columnAny(std::initializer_list<const char *> names) const
{
    for (const char *n : names)
        if (int i = column(QString::fromLatin1(n)); i >= 0)
            return i;
    return -1;
}

bool UsageRowMapper::cellIs(int index, const char *word) const
{
    const QByteArrayView v = cell(index).trimmed();
    return !v.isEmpty() && equalsIgnoringCase(v, word);
}

QByteArrayView UsageRowMapper::cell(int index) const
{
    if (index < 0 || index >= m_reader->fields().size())
        return {};
    const QByteArrayView v = m_reader->fields()[index];
    if (!m_reader->quoted(index) && v.size() == 4 && equalsIgnoringCase(v, "NULL"))
        return {};
    return v;
}

QString UsageRowMapper::text(int index)
{
    const QByteArrayView v = cell(index).trimmed();
    if (v.isEmpty())
        return {};
    const QByteArray probe = QByteArray::fromRawData(v.data(), v.size());
    if (auto it = m_strings.constFind(probe); it != m_strings.constEnd())
        return it.value();
    QString s = QString::fromUtf8(v);
    if (m_strings.size() < 100000) // distinct values repeat; IDs of lines would not
        m_strings.insert(QByteArray(v.data(), v.size()), s);
    return s;
}

QString UsageRowMapper::period(QDate d)
{
    QString &p = m_periods[d.year() * 12 + d.month()];
    if (p.isEmpty())
        p = periodOf(d);
    return p;
}

std::optional<UsageRowMapper::Problem> UsageRowMapper::costAccountAndDay(UsageRow &row, int cost, int currency,
                                                                         int account, int day, int periodStart)
{
    if (auto p = amount(cost, row.cost, true))
        return p;
    if (auto p = required(currency))
        return p;
    row.currency = text(currency).toUpper();
    if (auto p = required(account))
        return p;
    row.accountId = text(account);
    if (auto p = date(day, row.usageDate, true))
        return p;
    QDate first;
    if (auto p = date(periodStart, first, false))
        return p;
    row.period = period(first.isValid() ? first : row.usageDate);
    return std::nullopt;
}

std::optional<UsageRowMapper::Problem> UsageRowMapper::required(int index)
{
    const QByteArrayView raw = cell(index).trimmed();
    // Only a cell that starts outside ASCII can decode to nothing (a byte order mark, which
    // QString::fromUtf8 drops, or Unicode spaces); the decoding is looked at only then, since
    // this runs for every row of a million-row file.
    if (raw.isEmpty() || (static_cast<unsigned char>(raw.front()) >= 0x80 && text(index).trimmed().isEmpty()))
        return problem(index, tr("%1 is empty; every row needs it.").arg(columnName(index + 1)));
    return std::nullopt;
}

std::optional<UsageRowMapper::Problem> UsageRowMapper::amount(int index, WideDecimal &out, bool isRequired)
{
    const QByteArrayView v = cell(index).trimmed();
    if (v.isEmpty()) {
        if (isRequired)
            return problem(index, tr("%1 is empty; every row needs an amount.").arg(columnName(index + 1)));
        out = WideDecimal();
        return std::nullopt;
    }
    auto parsed = WideDecimal::parseVendor(v);
    if (!parsed)
        return problem(index, tr("“%1” in %2 is not an amount: %3")
                                  .arg(QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 40))), columnName(index + 1),
                                       parsed.message()));
    out = *parsed;
    return std::nullopt;
}

std::optional<UsageRowMapper::Problem> UsageRowMapper::optionalAmount(int index, std::optional<WideDecimal> &out)
{
    out.reset();
    if (index < 0 || cell(index).trimmed().isEmpty())
        return std::nullopt;
    WideDecimal d;
    if (auto p = amount(index, d, true))
        return p;
    out = d;
    return std::nullopt;
}

std::optional<UsageRowMapper::Problem> UsageRowMapper::date(int index, QDate &out, bool isRequired)
{
    const QByteArrayView v = cell(index).trimmed();
    if (v.isEmpty()) {
        out = QDate();
        if (isRequired)
            return problem(index, tr("%1 is empty; every row needs a date.").arg(columnName(index + 1)));
        return std::nullopt;
    }
    const auto d = parseUsageDate(v);
    if (!d)
        return problem(index,
                       tr("“%1” in %2 is not a date Bursar reads (2024-09-01, 2024-09-01T00:00:00Z, "
                          "2024-09-01 00:00:00, or month first as Microsoft writes it: 9/1/2024 or 09/01/2024).")
                           .arg(QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 40))), columnName(index + 1)));
    out = *d;
    return std::nullopt;
}

std::optional<UsageRowMapper::Problem> UsageRowMapper::map(const CsvReader &reader, UsageRow &row)
{
    m_reader = &reader;
    if (reader.fields().size() != m_header.size())
        return Problem{0, tr("the row has %1 columns but the header has %2; a delimiter or quote is probably "
                             "missing or extra.")
                              .arg(reader.fields().size())
                              .arg(m_header.size())};
    row = UsageRow();
    return mapRecord(row);
}

} // namespace bursar::core
