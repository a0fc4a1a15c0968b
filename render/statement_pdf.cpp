#include "render/statement_pdf.h"

#include "core/money/currency.h"
#include "render/document_language.h"
#include "render/paint_kit.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextLayout>
#include <array>
#include <functional>
#include <map>

namespace bursar::render {

using namespace bursar::core;

namespace {

using namespace paint;

/// Draws one statement; with no painter it only counts its pages.
class StatementLayout
{
    Q_DECLARE_TR_FUNCTIONS(bursar::render::StatementPainter)

public:
    StatementLayout(const StatementDocument &doc, const DocumentOptions &options)
        : m_doc(doc), m_s(doc.statement), m_options(options), m_currency(Currencies::lookup(m_s.currency))
    {
        // The amount column is as wide as the widest amount it shows (at least 110 pt), so
        // nine digits of any currency are never cut.
        std::map<QString, Decimal> subtotals;
        QList<Decimal> amounts{m_s.charges, m_s.credits, m_s.marketplace, m_s.marketplaceCredits,
                               m_s.total,   m_s.balance};
        for (const StatementLine &l : m_s.lines) {
            amounts.append(l.price);
            subtotals[l.productType] += l.price;
        }
        for (const auto &[type, sum] : subtotals)
            amounts.append(sum);
        for (const StatementTax &t : m_s.taxes)
            amounts.append(t.amount);
        for (const Decimal &a : amounts)
            m_amountWidth = std::max(m_amountWidth, textWidth(m_fonts.bold, money(a)) + 12 * Unit);
    }

    int run(QPainter *painter, QPagedPaintDevice *device, int totalPages, bool first)
    {
        Pages pages(painter, device, m_options, totalPages, first);
        m_pages = &pages;
        const bool draft = m_s.number.isEmpty();
        pages.decorate = [this, draft](QPainter *p, int page, int total) {
            if (draft) {
                p->save();
                p->translate(m_pages->left() + m_pages->width() / 2, (Margin + m_pages->bottom()) / 2);
                p->rotate(-40);
                p->setFont(m_fonts.watermark);
                p->setPen(QColor(0xb0, 0x2a, 0x1c, 40));
                p->drawText(QRectF(-3000 * Unit, -700 * Unit, 6000 * Unit, 1400 * Unit), Qt::AlignCenter, tr("DRAFT"));
                p->restore();
            }
            const qreal footerTop = m_pages->bottom() + 14 * Unit;
            p->setPen(QPen(Rule, 0.5 * Unit));
            p->drawLine(QPointF(m_pages->left(), footerTop), QPointF(m_pages->right(), footerTop));
            p->setFont(m_fonts.small);
            p->setPen(Muted);
            const QRectF area(m_pages->left(), footerTop + 4 * Unit, m_pages->width(), 12 * Unit);
            p->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                        tr("%1 · statement %2 · customer %3")
                            .arg(m_s.seller.name, reference(), displayCustomerId(m_s.customerId)));
            p->drawText(area, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(total));
        };
        pages.begin();
        header();
        pages.continuation = [this] {
            continuationHeader();
            tableHeader();
        };
        table();
        pages.continuation = [this] { continuationHeader(); };
        summary();
        return pages.page();
    }

private:
    QString reference() const { return m_s.number.isEmpty() ? tr("DRAFT (not numbered)") : m_s.number; }
    QString money(Decimal d) const { return formatForDisplay(d, m_currency, m_options.locale); }
    QString date(QDate d) const { return d.isValid() ? d.toString(Qt::ISODate) : tr("on approval"); }
    QPainter *p() const { return m_pages->painter(); }

    void header()
    {
        Pages &pg = *m_pages;
        const qreal top = pg.y;
        // Our logo and contact (Account Information, as it was when the statement was made).
        drawLogo(p(), m_doc.logo, QRectF(pg.left(), top, 170 * Unit, 56 * Unit));
        qreal ry = top;
        const qreal rightWidth = 230 * Unit;
        const qreal rightX = pg.right() - rightWidth;
        ry += textBlock(p(), m_fonts.bold, m_s.seller.name, {rightX, ry}, rightWidth, Qt::AlignRight);
        QStringList ours = addressLines(m_s.seller);
        for (const QString &c : {m_s.seller.contact.email, m_s.seller.contact.phone})
            if (!c.isEmpty())
                ours << c;
        for (const QString &l : ours)
            ry += textBlock(p(), m_fonts.small, l, {rightX, ry}, rightWidth, Qt::AlignRight, Muted);
        pg.y = std::max(top + 64 * Unit, ry + 14 * Unit);

        pg.y += textBlock(p(), m_fonts.title, tr("Billing Statement"), {pg.left(), pg.y}, pg.width(), Qt::AlignLeft,
                          Accent);
        pg.y += 10 * Unit;

        // Bill to on the left, the statement's facts on the right.
        const qreal blockTop = pg.y;
        const qreal leftWidth = pg.width() * 0.52;
        qreal ly = blockTop;
        ly += textBlock(p(), m_fonts.label, tr("BILL TO"), {pg.left(), ly}, leftWidth, Qt::AlignLeft, Muted);
        ly += textBlock(p(), m_fonts.bold, m_s.customer.name, {pg.left(), ly}, leftWidth, Qt::AlignLeft, Accent);
        QStringList theirs;
        if (!m_s.customer.contact.contactName.isEmpty())
            theirs << tr("Attn. %1").arg(m_s.customer.contact.contactName);
        theirs << addressLines(m_s.customer);
        if (!m_s.customer.contact.email.isEmpty())
            theirs << m_s.customer.contact.email;
        theirs << tr("Customer ID %1").arg(displayCustomerId(m_s.customerId));
        for (const QString &l : theirs)
            ly += textBlock(p(), m_fonts.body, l, {pg.left(), ly}, leftWidth);

        const QDate periodStart = QDate::fromString(m_s.period + QStringLiteral("-01"), Qt::ISODate);
        const QList<std::pair<QString, QString>> facts{
            {tr("Statement"), reference()},
            {tr("Billing period"),
             QStringLiteral("%1 (%2)").arg(m_options.locale.toString(periodStart, QStringLiteral("MMMM yyyy")),
                                           m_s.period)},
            {tr("Cloud provider"), vendorName(m_s.vendor)},
            {tr("Issue date"), date(m_s.issueDate)},
            {tr("Due date"), m_s.dueDate.isValid() ? m_s.dueDate.toString(Qt::ISODate)
                                                   : tr("%n day(s) after approval", nullptr, m_s.paymentTermsDays)},
            {tr("Currency"), m_s.currency},
        };
        const qreal factsX = pg.left() + leftWidth + 20 * Unit;
        const qreal factsWidth = pg.right() - factsX;
        qreal fy = blockTop;
        for (const auto &[label, value] : facts) {
            const bool key = label == tr("Statement");
            const qreal h =
                std::max(textBlock(p(), m_fonts.small, label, {factsX, fy}, factsWidth * 0.42, Qt::AlignLeft, Muted),
                         textBlock(p(), key ? m_fonts.bold : m_fonts.body, value, {factsX + factsWidth * 0.42, fy},
                                   factsWidth * 0.58, Qt::AlignRight, key ? Accent : Ink));
            fy += h + 2 * Unit;
        }
        pg.y = std::max(ly, fy) + 18 * Unit;
    }

    void continuationHeader()
    {
        Pages &pg = *m_pages;
        pg.y += textBlock(p(), m_fonts.bold,
                          tr("Billing Statement %1 · %2 · %3 %4 (continued)")
                              .arg(reference(), m_s.customer.name, vendorName(m_s.vendor), m_s.period),
                          {pg.left(), pg.y}, pg.width());
        pg.y += 8 * Unit;
    }

    qreal amountWidth() const { return m_amountWidth; }

    void tableHeader()
    {
        Pages &pg = *m_pages;
        const qreal h = lineHeight(m_fonts.header) + 8 * Unit;
        if (p()) {
            p()->fillRect(QRectF(pg.left(), pg.y, pg.width(), h), Accent);
            p()->setFont(m_fonts.header);
            p()->setPen(Qt::white);
            p()->drawText(QRectF(pg.left() + 6 * Unit, pg.y, pg.width() - amountWidth(), h),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("Description"));
            p()->drawText(QRectF(pg.right() - amountWidth() - 6 * Unit, pg.y, amountWidth(), h),
                          Qt::AlignRight | Qt::AlignVCenter, tr("Amount (%1)").arg(m_s.currency));
        }
        pg.y += h + 3 * Unit;
    }

    /// One row: description wrapped on the left, the amount on the right. Heights are kept:
    /// the measuring pass and the painting pass ask for the same rows.
    qreal rowHeight(const QFont &f, const QString &description, qreal indent)
    {
        const QString key = QString::number(f.pixelSize()) + u'|' + QString::number(indent) + u'|' + description;
        auto it = m_heights.constFind(key);
        if (it == m_heights.constEnd())
            it = m_heights.insert(
                key, textBlock(nullptr, f, description, {}, m_pages->width() - amountWidth() - indent - 18 * Unit) +
                         4 * Unit);
        return it.value();
    }
    enum class RowStyle { Item, Group, Subtotal };
    void row(const QFont &f, const QString &description, const QString &amount, qreal indent,
             RowStyle style = RowStyle::Item)
    {
        Pages &pg = *m_pages;
        const qreal h = rowHeight(f, description, indent);
        pg.need(h);
        if (p()) {
            if (style == RowStyle::Group)
                p()->fillRect(QRectF(pg.left(), pg.y, pg.width(), h), Band);
            if (style == RowStyle::Subtotal) {
                p()->setPen(QPen(Rule, 0.6 * Unit));
                p()->drawLine(QPointF(pg.right() - amountWidth(), pg.y + 0.5 * Unit),
                              QPointF(pg.right(), pg.y + 0.5 * Unit));
            }
            const QColor color = style == RowStyle::Group ? Accent : Ink;
            textBlock(p(), f, description, {pg.left() + 6 * Unit + indent, pg.y + 2 * Unit},
                      pg.width() - amountWidth() - indent - 18 * Unit, Qt::AlignLeft, color);
            textBlock(p(), f, amount, {pg.right() - amountWidth() - 6 * Unit, pg.y + 2 * Unit}, amountWidth(),
                      Qt::AlignRight, color);
        }
        pg.y += h;
    }

    void table()
    {
        tableHeader();
        // Lines grouped by product type; marketplace fees come after, in the summary.
        std::map<QString, QList<const StatementLine *>> groups;
        for (const StatementLine &l : m_s.lines)
            if (l.kind != ChargeLineKind::Marketplace)
                groups[l.productType].append(&l);
        for (const auto &[type, lines] : groups) {
            // A group's title stays with its first line.
            m_pages->need(rowHeight(m_fonts.bold, type, 0) +
                          rowHeight(m_fonts.body, lines.first()->product, 12 * Unit));
            row(m_fonts.bold, type, QString(), 0, RowStyle::Group);
            Decimal subtotal;
            for (const StatementLine *l : lines) {
                row(m_fonts.body, l->product, money(l->price), 12 * Unit);
                subtotal += l->price;
            }
            row(m_fonts.body, tr("Subtotal %1").arg(type), money(subtotal), 12 * Unit, RowStyle::Subtotal);
        }
        if (groups.empty())
            row(m_fonts.body, tr("No charges for this period."), money(Decimal()), 12 * Unit);
    }

    void summary()
    {
        Pages &pg = *m_pages;
        QList<std::tuple<QString, Decimal, bool>> rows;
        rows.append({tr("Charges"), m_s.charges, false});
        if (m_s.options.applyCredits || !m_s.credits.isZero())
            rows.append({tr("%1 credits").arg(vendorName(m_s.vendor)), m_s.credits, false});
        if (m_s.options.marketplaceFees) {
            rows.append({tr("%1 Marketplace fees (passed through at cost)").arg(vendorName(m_s.vendor)),
                         m_s.marketplace, false});
            if (m_s.options.marketplaceCredits || !m_s.marketplaceCredits.isZero())
                rows.append({tr("%1 Marketplace credit").arg(vendorName(m_s.vendor)), m_s.marketplaceCredits, false});
        }
        for (const StatementTax &t : m_s.taxes)
            rows.append({tr("%1 %2% on %3").arg(t.name, formatExact(t.rate, m_options.locale), money(t.base)), t.amount,
                         false});
        rows.append({tr("Total"), m_s.total, true});
        const qreal boxH = lineHeight(m_fonts.total) + 16 * Unit;
        const qreal x = pg.left() + pg.width() * 0.42;
        const qreal w = pg.right() - x;
        const qreal labelWidth = w - amountWidth() - 12 * Unit;
        // Labels wrap like descriptions do; the summary stays together on one page.
        qreal summaryHeight = 8 * Unit + boxH + 40 * Unit;
        for (const auto &[label, amount, strong] : rows)
            summaryHeight += textBlock(nullptr, strong ? m_fonts.bold : m_fonts.body, label, {}, labelWidth) + 6 * Unit;
        pg.need(summaryHeight);
        pg.y += 8 * Unit;
        for (const auto &[label, amount, strong] : rows) {
            const QFont &f = strong ? m_fonts.bold : m_fonts.body;
            const qreal rowH = textBlock(nullptr, f, label, {}, labelWidth) + 6 * Unit;
            if (p() && strong) {
                p()->setPen(QPen(Ink, 0.8 * Unit));
                p()->drawLine(QPointF(x, pg.y), QPointF(pg.right(), pg.y));
            }
            textBlock(p(), f, label, {x, pg.y + 3 * Unit}, labelWidth);
            textBlock(p(), f, money(amount), {pg.right() - amountWidth() - 6 * Unit, pg.y + 3 * Unit}, amountWidth(),
                      Qt::AlignRight);
            pg.y += rowH;
        }
        pg.y += 6 * Unit;
        if (p()) {
            p()->fillRect(QRectF(x, pg.y, w, boxH), Accent);
            p()->setFont(m_fonts.total);
            p()->setPen(Qt::white);
            p()->drawText(QRectF(x + 8 * Unit, pg.y, w - 16 * Unit, boxH), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("Amount due"));
            p()->drawText(QRectF(x + 8 * Unit, pg.y, w - 16 * Unit, boxH), Qt::AlignRight | Qt::AlignVCenter,
                          QStringLiteral("%1 %2").arg(m_s.currency, money(m_s.balance)));
        }
        pg.y += boxH + 14 * Unit;
        QString note =
            m_s.dueDate.isValid()
                ? tr("Please pay by %1. ").arg(m_s.dueDate.toString(Qt::ISODate))
                : tr("This is a draft: it is not yet approved, has no number and is not visible to you in the customer "
                     "portal. ");
        note += tr("Amounts are calculated at full precision and rounded to the currency's units for display; the "
                   "Detailed CSV lists every usage line.");
        pg.need(rowHeight(m_fonts.small, note, 0));
        pg.y += textBlock(p(), m_fonts.small, note, {pg.left(), pg.y}, pg.width(), Qt::AlignLeft, Muted);
    }

    const StatementDocument &m_doc;
    const Statement &m_s;
    DocumentOptions m_options;
    Currency m_currency;
    Fonts m_fonts;
    Pages *m_pages = nullptr;
    QHash<QString, qreal> m_heights;
    qreal m_amountWidth = 110 * Unit;
};

} // namespace

int StatementPainter::pageCount(const StatementDocument &document) const
{
    const DocumentLanguage language(m_options.locale);
    return StatementLayout(document, m_options).run(nullptr, nullptr, 0, true);
}

int StatementPainter::paint(QPainter &painter, QPagedPaintDevice &device,
                            const QList<StatementDocument> &documents) const
{
    const DocumentLanguage language(m_options.locale);
    int pages = 0;
    bool first = true;
    for (const StatementDocument &d : documents) {
        // Measured first (for "Page X of Y"), then painted, by one layout that keeps its measures.
        StatementLayout layout(d, m_options);
        const int total = layout.run(nullptr, nullptr, 0, true);
        layout.run(&painter, &device, total, first);
        first = false;
        pages += total;
    }
    return pages;
}

DocumentOptions documentOptions(const DocumentSettings &settings)
{
    DocumentOptions o;
    o.paper = settings.paper == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
    o.pdfA = settings.pdfA;
    o.locale = QLocale(settings.locale);
    return o;
}

Result<QByteArray> statementPdf(const StatementDocument &document, const DocumentOptions &options)
{
    const DocumentLanguage language(options.locale);
    const Statement &s = document.statement;
    const QString title = StatementPainter::tr("Billing Statement %1 — %2, %3 %4")
                              .arg(s.number.isEmpty() ? StatementPainter::tr("DRAFT %1").arg(s.id) : s.number,
                                   s.customerName, vendorName(s.vendor), s.period);
    return pdfOf(options, title, [&](QPainter &painter, QPdfWriter &writer) {
        StatementPainter(options).paint(painter, writer, {document});
    });
}

} // namespace bursar::render
