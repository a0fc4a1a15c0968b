// Credit memos, debit memos and payments on paper (issue 13): our logo and address, the
// customer's, the number (or a HOLD watermark and the draft reference), the dates, the
// adjusted document, the lines with their discounts, tax by category and rate, the one
// rounding and the total; a payment shows its method and reference. Headless.
#include "core/money/currency.h"
#include "render/document_language.h"
#include "render/paint_kit.h"
#include "render/statement_pdf.h"

namespace bursar::render {

using namespace bursar::core;

namespace {

using namespace paint;

class MemoLayout
{
    Q_DECLARE_TR_FUNCTIONS(bursar::render::StatementPainter)

public:
    MemoLayout(const MemoInput &in, const DocumentOptions &options) : m_in(in), m_doc(in.document), m_options(options)
    {
    }

    QString money(const Decimal &d) const
    {
        return formatForDisplay(d, Currencies::lookup(m_doc.currency), m_options.locale);
    }

    int run(QPainter *painter, QPagedPaintDevice *device, int totalPages)
    {
        Pages pg(painter, device, m_options, totalPages, true);
        const bool hold = m_doc.status == ArStatus::Hold;
        pg.decorate = [&](QPainter *p, int page, int total) {
            if (hold) { // as a statement's DRAFT
                p->save();
                p->translate(pg.left() + pg.width() / 2, (Margin + pg.bottom()) / 2);
                p->rotate(-40);
                p->setFont(m_fonts.watermark);
                p->setPen(QColor(0xb0, 0x2a, 0x1c, 40));
                p->drawText(QRectF(-3000 * Unit, -700 * Unit, 6000 * Unit, 1400 * Unit), Qt::AlignCenter, tr("HOLD"));
                p->restore();
            }
            const qreal footerTop = pg.bottom() + 14 * Unit;
            p->setPen(QPen(Rule, 0.5 * Unit));
            p->drawLine(QPointF(pg.left(), footerTop), QPointF(pg.right(), footerTop));
            p->setFont(m_fonts.small);
            p->setPen(Muted);
            const QRectF area(pg.left(), footerTop + 4 * Unit, pg.width(), 12 * Unit);
            p->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                        tr("%1 · %2 %3").arg(m_in.seller.name, arKindName(m_doc.kind), m_doc.displayNumber()));
            p->drawText(area, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(total));
        };
        const qreal cols[] = {0.34, 0.1, 0.1, 0.14, 0.12, 0.2};
        auto columnX = [&](int c) {
            qreal x = pg.left();
            for (int i = 0; i < c; ++i)
                x += pg.width() * cols[i];
            return x;
        };
        auto rowCells = [&](const QStringList &cells, const QFont &f, bool band) {
            qreal h = lineHeight(f) + 6 * Unit;
            // The description wraps; the row is as tall as it needs.
            const qreal descH = textBlock(nullptr, f, cells.value(0), {0, 0}, pg.width() * cols[0] - 6 * Unit);
            h = std::max(h, descH + 6 * Unit);
            pg.need(h);
            if (painter) {
                if (band)
                    painter->fillRect(QRectF(pg.left(), pg.y, pg.width(), h), Band);
                textBlock(painter, f, cells.value(0), {pg.left() + 3 * Unit, pg.y + 3 * Unit},
                          pg.width() * cols[0] - 6 * Unit);
                painter->setFont(f);
                painter->setPen(Ink);
                for (int c = 1; c < cells.size(); ++c)
                    painter->drawText(QRectF(columnX(c) + 3 * Unit, pg.y, pg.width() * cols[c] - 6 * Unit, h),
                                      (c == 2 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells.at(c));
            }
            pg.y += h;
        };
        const QStringList headers{tr("Description"), tr("Quantity"), tr("Unit"),
                                  tr("Price"),       tr("Discount"), tr("Amount")};
        pg.continuation = [&] { rowCells(headers, m_fonts.header, true); };
        pg.begin();
        header(painter, pg);
        if (m_doc.kind != ArKind::Payment) {
            rowCells(headers, m_fonts.header, true);
            for (const MemoLine &l : m_doc.lines)
                rowCells(
                    {l.description + (l.taxCategory.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.taxCategory)),
                     l.quantity.toString(), l.unit, money(l.price), money(l.discount), money(l.amount)},
                    m_fonts.body, false);
            pg.y += 8 * Unit;
        }
        totals(painter, pg);
        return pg.page();
    }

private:
    void header(QPainter *painter, Pages &pg)
    {
        drawLogo(painter, m_in.logo, QRectF(pg.left(), pg.y, 170 * Unit, 56 * Unit));
        qreal ry = pg.y;
        ry += textBlock(painter, m_fonts.bold, m_in.seller.name, {pg.right() - 230 * Unit, ry}, 230 * Unit,
                        Qt::AlignRight);
        for (const QString &l : addressLines(m_in.seller))
            ry +=
                textBlock(painter, m_fonts.small, l, {pg.right() - 230 * Unit, ry}, 230 * Unit, Qt::AlignRight, Muted);
        pg.y = std::max(pg.y + 64 * Unit, ry + 14 * Unit);
        pg.y += textBlock(painter, m_fonts.title, arKindName(m_doc.kind) + u' ' + m_doc.displayNumber(),
                          {pg.left(), pg.y}, pg.width(), Qt::AlignLeft, Accent);
        pg.y += 6 * Unit;
        pg.y += textBlock(painter, m_fonts.bold, m_in.customer.name, {pg.left(), pg.y}, pg.width());
        for (const QString &l : addressLines(m_in.customer))
            pg.y += textBlock(painter, m_fonts.body, l, {pg.left(), pg.y}, pg.width());
        QStringList facts{tr("Customer ID %1").arg(displayCustomerId(m_doc.customerId)),
                          tr("Date %1").arg(m_doc.date.toString(Qt::ISODate))};
        if (m_doc.kind != ArKind::Payment && m_doc.dueDate.isValid())
            facts << tr("Due %1").arg(m_doc.dueDate.toString(Qt::ISODate));
        facts << tr("Currency %1").arg(m_doc.currency);
        pg.y += textBlock(painter, m_fonts.body, facts.join(QStringLiteral(" · ")), {pg.left(), pg.y}, pg.width());
        if (!m_doc.adjustsNumber.isEmpty())
            pg.y += textBlock(painter, m_fonts.body, tr("Adjusts %1").arg(m_doc.adjustsNumber), {pg.left(), pg.y},
                              pg.width());
        if (m_doc.kind == ArKind::Payment)
            pg.y += textBlock(painter, m_fonts.body,
                              tr("Method %1 · reference %2").arg(m_doc.paymentMethod, m_doc.reference),
                              {pg.left(), pg.y}, pg.width());
        if (!m_doc.description.isEmpty())
            pg.y += textBlock(painter, m_fonts.body, m_doc.description, {pg.left(), pg.y}, pg.width());
        if (m_doc.status == ArStatus::Hold)
            pg.y += textBlock(painter, m_fonts.small, tr("On hold: not released, no number yet."), {pg.left(), pg.y},
                              pg.width(), Qt::AlignLeft, Muted);
        pg.y += 12 * Unit;
    }

    void totals(QPainter *painter, Pages &pg)
    {
        auto line = [&](const QString &label, const QString &amount, const QFont &f) {
            pg.need(lineHeight(f) + 4 * Unit);
            const qreal w = 200 * Unit;
            textBlock(painter, f, label, {pg.right() - 2 * w, pg.y}, w, Qt::AlignRight);
            pg.y += textBlock(painter, f, amount, {pg.right() - w, pg.y}, w, Qt::AlignRight);
        };
        if (m_doc.kind != ArKind::Payment) {
            line(tr("Subtotal"), money(m_doc.subtotal), m_fonts.body);
            for (const MemoTax &t : m_doc.taxes)
                line(tr("%1 %2 % on %3 (%4)").arg(t.line.name, t.line.rate.toString(), money(t.line.base), t.category),
                     money(t.line.amount), m_fonts.body);
            if (!m_doc.rounding.isZero())
                line(tr("Rounding"), m_doc.rounding.toString(), m_fonts.small);
        }
        line(tr("Total %1").arg(m_doc.currency), money(m_doc.total), m_fonts.total);
        if (m_doc.status != ArStatus::Hold) {
            line(tr("Applied"), money(m_doc.applied), m_fonts.body);
            line(isArSource(m_doc.kind) ? tr("Available") : tr("Balance"), money(m_doc.remaining()), m_fonts.bold);
        }
    }

    const MemoInput &m_in;
    const ArDocument &m_doc;
    DocumentOptions m_options;
    Fonts m_fonts;
};

} // namespace

int StatementPainter::paintMemo(QPainter &painter, QPagedPaintDevice &device, const MemoInput &document) const
{
    const DocumentLanguage language(m_options.locale);
    MemoLayout measure(document, m_options);
    const int pages = measure.run(nullptr, nullptr, 0);
    MemoLayout layout(document, m_options);
    return layout.run(&painter, &device, pages);
}

Result<QByteArray> memoPdf(const MemoInput &document, const DocumentOptions &options)
{
    const DocumentLanguage language(options.locale);
    return pdfOf(
        options, arKindName(document.document.kind) + u' ' + document.document.displayNumber(),
        [&](QPainter &painter, QPdfWriter &writer) { StatementPainter(options).paintMemo(painter, writer, document); });
}

} // namespace bursar::render
