// The statement of account on paper: the customer's open documents and what they owe per
// currency and age, as core's AccountStatements made them (core/finance/account_statement).
#include "core/money/currency.h"
#include "render/document_language.h"
#include "render/paint_kit.h"
#include "render/statement_pdf.h"

namespace bursar::render {

using namespace bursar::core;

namespace {

using namespace paint;

class AccountLayout
{
    Q_DECLARE_TR_FUNCTIONS(bursar::render::StatementPainter)

public:
    AccountLayout(const AccountStatementDocument &doc, const DocumentOptions &options) : m_doc(doc), m_options(options)
    {
    }

    /// The document's kind in the document's language (core's name is in the window's).
    static QString kindName(const AccountDocument &d)
    {
        if (d.kindKey == u"statement")
            return tr("Statement");
        if (d.kindKey == u"credit_memo")
            return tr("Credit Memo");
        if (d.kindKey == u"debit_memo")
            return tr("Debit Memo");
        if (d.kindKey == u"payment")
            return tr("Payment");
        return d.kind;
    }

    int run(QPainter *painter, QPagedPaintDevice *device, int totalPages)
    {
        Pages pg(painter, device, m_options, totalPages, true);
        pg.decorate = [&](QPainter *p, int page, int total) {
            const qreal footerTop = pg.bottom() + 14 * Unit;
            p->setPen(QPen(Rule, 0.5 * Unit));
            p->drawLine(QPointF(pg.left(), footerTop), QPointF(pg.right(), footerTop));
            p->setFont(m_fonts.small);
            p->setPen(Muted);
            const QRectF area(pg.left(), footerTop + 4 * Unit, pg.width(), 12 * Unit);
            p->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                        tr("%1 · statement of account · customer %2")
                            .arg(m_doc.seller.name, displayCustomerId(m_doc.customerId)));
            p->drawText(area, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(total));
        };
        const QStringList headers{tr("Document"),  tr("Number"), tr("Date"),   tr("Due"),
                                  tr("Days late"), tr("Amount"), tr("Balance")};
        QList<QStringList> rows;
        for (const AccountDocument &d : m_doc.documents) {
            const Currency c = Currencies::lookup(d.currency);
            rows.append({kindName(d), d.number, d.date.toString(Qt::ISODate),
                         d.unapplied ? QString() : d.dueDate.toString(Qt::ISODate),
                         d.unapplied ? tr("unapplied") : QString::number(d.daysPastDue(m_doc.asOf)),
                         QStringLiteral("%1 %2").arg(d.currency, formatForDisplay(d.amount, c, m_options.locale)),
                         QStringLiteral("%1 %2").arg(d.currency, formatForDisplay(d.balance, c, m_options.locale))});
        }
        const QList<qreal> widths = columnWidths(headers, rows, pg.width());
        auto rowCells = [&](const QStringList &cells, const QFont &f, bool band) {
            qreal h = lineHeight(f);
            for (int c = 0; c < cells.size(); ++c)
                h = std::max(h, textBlock(nullptr, f, cells.at(c), {}, widths.at(c) - Pad));
            h += 6 * Unit;
            pg.need(h);
            if (painter) {
                if (band)
                    painter->fillRect(QRectF(pg.left(), pg.y, pg.width(), h), Band);
                qreal x = pg.left();
                for (int c = 0; c < cells.size(); ++c) {
                    textBlock(painter, f, cells.at(c), {x + Pad / 2, pg.y + 3 * Unit}, widths.at(c) - Pad,
                              c >= 4 ? Qt::AlignRight : Qt::AlignLeft);
                    x += widths.at(c);
                }
            }
            pg.y += h;
        };
        pg.continuation = [&] { rowCells(headers, m_fonts.header, true); };
        pg.begin();
        drawLogo(painter, m_doc.logo, QRectF(pg.left(), pg.y, 170 * Unit, 56 * Unit));
        qreal ry = pg.y;
        ry += textBlock(painter, m_fonts.bold, m_doc.seller.name, {pg.right() - 230 * Unit, ry}, 230 * Unit,
                        Qt::AlignRight);
        for (const QString &l : addressLines(m_doc.seller))
            ry +=
                textBlock(painter, m_fonts.small, l, {pg.right() - 230 * Unit, ry}, 230 * Unit, Qt::AlignRight, Muted);
        pg.y = std::max(pg.y + 64 * Unit, ry + 14 * Unit);
        pg.y += textBlock(painter, m_fonts.title, tr("Statement of Account"), {pg.left(), pg.y}, pg.width(),
                          Qt::AlignLeft, Accent);
        pg.y += 6 * Unit;
        pg.y += textBlock(painter, m_fonts.bold, m_doc.customer.name, {pg.left(), pg.y}, pg.width());
        for (const QString &l : addressLines(m_doc.customer))
            pg.y += textBlock(painter, m_fonts.body, l, {pg.left(), pg.y}, pg.width());
        pg.y += textBlock(painter, m_fonts.body,
                          tr("Customer ID %1 · open documents and balance as of %2")
                              .arg(displayCustomerId(m_doc.customerId), m_doc.asOf.toString(Qt::ISODate)),
                          {pg.left(), pg.y}, pg.width());
        pg.y += 12 * Unit;
        rowCells(headers, m_fonts.header, true);
        for (const QStringList &r : rows)
            rowCells(r, m_fonts.body, false);
        if (m_doc.documents.isEmpty())
            rowCells({tr("No open documents."), {}, {}, {}, {}, {}, {}}, m_fonts.body, false);
        pg.y += 10 * Unit;
        for (const AccountBalance &b : m_doc.balances) {
            const QString &currency = b.currency;
            const Decimal &balance = b.balance;
            const Currency c = Currencies::lookup(currency);
            const auto &a = b.aging;
            pg.need(2 * lineHeight(m_fonts.total) + 20 * Unit);
            pg.y += textBlock(painter, m_fonts.total,
                              tr("Balance %1 %2").arg(currency, formatForDisplay(balance, c, m_options.locale)),
                              {pg.left(), pg.y}, pg.width(), Qt::AlignRight);
            pg.y += textBlock(
                painter, m_fonts.small,
                tr("Current %1 · 1–30 days %2 · 31–60 days %3 · 61–90 days %4 · over 90 days %5 · unapplied %6")
                    .arg(formatForDisplay(a[0], c, m_options.locale), formatForDisplay(a[1], c, m_options.locale),
                         formatForDisplay(a[2], c, m_options.locale), formatForDisplay(a[3], c, m_options.locale),
                         formatForDisplay(a[4], c, m_options.locale),
                         formatForDisplay(b.unapplied, c, m_options.locale)),
                {pg.left(), pg.y}, pg.width(), Qt::AlignRight, Muted);
            pg.y += 8 * Unit;
        }
        return pg.page();
    }

private:
    static constexpr qreal Pad = 8 * Unit;

    /// Every column as wide as its widest cell, so an amount of any currency and size is
    /// never cut; Document and Number share what is left (and wrap if it is not enough).
    QList<qreal> columnWidths(const QStringList &headers, const QList<QStringList> &rows, qreal page) const
    {
        QList<qreal> natural;
        for (const QString &h : headers)
            natural.append(textWidth(m_fonts.header, h) + Pad);
        for (const QStringList &r : rows)
            for (int c = 0; c < r.size(); ++c)
                natural[c] = std::max(natural.at(c), textWidth(m_fonts.body, r.at(c)) + Pad);
        qreal fixed = 0;
        for (int c = 2; c < natural.size(); ++c)
            fixed += natural.at(c);
        const qreal left = std::max(page - fixed, 0.3 * page);
        const qreal wanted = natural.at(0) + natural.at(1);
        QList<qreal> widths = natural;
        widths[0] = left * natural.at(0) / wanted;
        widths[1] = left * natural.at(1) / wanted;
        // Wider than the page only if the amounts themselves are: then they shrink evenly.
        const qreal total = left + fixed;
        if (total > page)
            for (int c = 2; c < widths.size(); ++c)
                widths[c] = widths.at(c) * (page - left) / fixed;
        return widths;
    }

    const AccountStatementDocument &m_doc;
    DocumentOptions m_options;
    Fonts m_fonts;
};

} // namespace

int StatementPainter::paintAccountStatement(QPainter &painter, QPagedPaintDevice &device,
                                            const AccountStatementDocument &document) const
{
    const DocumentLanguage language(m_options.locale);
    const int total = AccountLayout(document, m_options).run(nullptr, nullptr, 0);
    AccountLayout(document, m_options).run(&painter, &device, total);
    return total;
}

Result<QByteArray> accountStatementPdf(const AccountStatementDocument &document, const DocumentOptions &options)
{
    const DocumentLanguage language(options.locale);
    const QString title =
        StatementPainter::tr("Statement of Account — %1 %2, %3")
            .arg(displayCustomerId(document.customerId), document.customer.name, document.asOf.toString(Qt::ISODate));
    return pdfOf(options, title, [&](QPainter &painter, QPdfWriter &writer) {
        StatementPainter(options).paintAccountStatement(painter, writer, document);
    });
}

} // namespace bursar::render
