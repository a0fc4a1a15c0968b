#pragma once
// The one table-or-JSON printer of the command line. A listing command reads its records
// once and says, per record, how it reads as JSON (core/json's forms), as a line of the
// table and as a CSV record; the printer writes the format the clerk asked for: a JSON
// array, the table with its count line, or CSV with its header (RFC 4180, CRLF).

#include "core/formats/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace bursar::app {

enum class Format { Table, Json, Csv };

template <typename T> struct Listing
{
    std::function<QJsonObject(const T &)> json;
    QString heading;                           ///< the table's first line; empty: none
    std::function<QString(const T &)> line;    ///< one line of the table
    std::function<QString(qsizetype)> count;   ///< the line under the table ("3 credits"); empty: none
    QStringList csvHeader;                     ///< CSV column names; CSV needs them
    std::function<QStringList(const T &)> csv; ///< one CSV record's cells, quoted by the printer
};

/// Writes `text` on stdout, ending it with a line break when it has none.
inline void out(const QString &text)
{
    QTextStream s(stdout);
    s << text;
    if (!text.endsWith(u'\n'))
        s << '\n';
}

inline void outJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

template <typename T> void print(Format format, const QList<T> &rows, const Listing<T> &listing)
{
    if (format == Format::Json) {
        QJsonArray a;
        for (const T &r : rows)
            a.append(listing.json(r));
        outJson(a);
        return;
    }
    QByteArray text;
    if (format == Format::Csv) {
        text = listing.csvHeader.join(u',').toUtf8() + "\r\n";
        for (const T &r : rows) {
            const QStringList cells = listing.csv(r);
            for (qsizetype i = 0; i < cells.size(); ++i)
                text += (i ? "," : "") + core::csvField(cells.at(i));
            text += "\r\n";
        }
        QTextStream(stdout) << QString::fromUtf8(text);
        return;
    }
    QString table = listing.heading.isEmpty() ? QString() : listing.heading + u'\n';
    for (const T &r : rows)
        table += listing.line(r) + u'\n';
    if (listing.count)
        table += listing.count(rows.size());
    out(table);
}

} // namespace bursar::app
