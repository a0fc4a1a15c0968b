#pragma once
// What render's documents share, not part of render's API: layout units and colours, fonts,
// text blocks that wrap, the logo, addresses, the page machinery (footer, watermark,
// repeated headers; measuring and painting run the same code) and the PDF writer's set-up.

#include "core/billing/statement.h"
#include "render/statement_pdf.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextLayout>
#include <functional>

namespace bursar::render::paint {

using namespace bursar::core;

// Layout units: tenths of a point. Fonts are sized in them too (pixel sizes), so a layout
// measured once paints the same on a PDF writer and on any printer.
constexpr qreal Unit = 10;
constexpr qreal Margin = 40 * Unit;
constexpr qreal FooterHeight = 28 * Unit;
inline const QColor Ink(0x1f, 0x29, 0x33);
inline const QColor Muted(0x5f, 0x6b, 0x76);
inline const QColor Rule(0xc8, 0xcf, 0xd6);
inline const QColor Band(0xee, 0xf2, 0xf6);
inline const QColor Accent(0x1f, 0x4e, 0x79);

inline QFont font(int tenthsOfPoint)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica")});
    f.setPixelSize(tenthsOfPoint);
    f.setHintingPreference(QFont::PreferNoHinting); // scalable metrics: the same on every device
    return f;
}

/// One weight only: every weight a PDF uses is embedded again in every file, and the
/// embedding is most of what a statement costs to write. Hierarchy comes from size,
/// colour, bands and rules instead.
struct Fonts
{
    QFont body = font(88);
    QFont bold = font(96);
    QFont small = font(74);
    QFont label = font(70);
    QFont title = font(200);
    QFont header = font(82);
    QFont total = font(108);
    QFont watermark = font(1300);
};

/// Lays out wrapped text in `width`; paints it at `at` when `painter` is set. Returns the
/// height. Words wrap at spaces, and a word longer than the width wraps anywhere: nothing
/// is ever clipped or elided.
inline qreal textBlock(QPainter *painter, const QFont &f, const QString &text, QPointF at, qreal width,
                       Qt::Alignment align = Qt::AlignLeft, const QColor &color = Ink)
{
    QTextLayout layout(text, f);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter) {
        painter->setPen(color);
        layout.draw(painter, at);
    }
    return height;
}

/// The width `text` takes on one line.
inline qreal textWidth(const QFont &f, const QString &text)
{
    QTextLayout layout(text, f);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    qreal width = 0;
    if (line.isValid()) {
        line.setLineWidth(1e6);
        width = line.naturalTextWidth();
    }
    layout.endLayout();
    return width;
}

inline qreal lineHeight(const QFont &f)
{
    return textBlock(nullptr, f, QStringLiteral("Xg"), {}, 1e6);
}

inline void drawLogo(QPainter *painter, const QByteArray &bytes, const QRectF &box)
{
    if (!painter || bytes.isEmpty())
        return;
    QSvgRenderer svg(bytes);
    if (svg.isValid()) {
        const QSizeF size = QSizeF(svg.defaultSize()).scaled(box.size(), Qt::KeepAspectRatio);
        svg.render(painter, QRectF(box.topLeft(), size));
        return;
    }
    QImage image;
    if (!image.loadFromData(bytes))
        return;
    const QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    painter->drawImage(QRectF(box.topLeft(), size), image);
}

inline QStringList addressLines(const StatementParty &p)
{
    QStringList lines;
    for (const QString &l : {p.contact.addressLine1, p.contact.addressLine2,
                             QStringList{p.contact.postalCode, p.contact.city}.join(u' ').trimmed(), p.contact.country})
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    return lines;
}

/// The page machinery both documents share: pages with a footer, a watermark, a repeated
/// header; measuring (no painter) and painting run the same code.
class Pages
{
public:
    Pages(QPainter *painter, QPagedPaintDevice *device, const DocumentOptions &options, int totalPages,
          bool firstDocument)
        : m_painter(painter), m_device(device), m_total(totalPages), m_first(firstDocument)
    {
        const QSizeF points = QPageSize(options.paper).size(QPageSize::Point);
        m_page = QSizeF(points.width() * Unit, points.height() * Unit);
    }

    QPainter *painter() const { return m_painter; }
    qreal left() const { return Margin; }
    qreal width() const { return m_page.width() - 2 * Margin; }
    qreal right() const { return m_page.width() - Margin; }
    qreal bottom() const { return m_page.height() - Margin - FooterHeight; }
    qreal y = 0;
    int page() const { return m_pageNo; }

    std::function<void(QPainter *, int page, int total)> decorate; ///< footer, watermark
    std::function<void()> continuation;                            ///< what starts a later page

    void begin()
    {
        ++m_pageNo;
        if (m_painter) {
            if (!(m_first && m_pageNo == 1))
                m_device->newPage();
            m_painter->setWindow(QRectF(QPointF(0, 0), m_page).toRect());
            if (decorate)
                decorate(m_painter, m_pageNo, m_total);
        }
        y = Margin;
    }
    /// Starts a new page unless `height` still fits on this one.
    void need(qreal height)
    {
        if (y + height <= bottom())
            return;
        begin();
        if (continuation)
            continuation();
    }

private:
    QPainter *m_painter;
    QPagedPaintDevice *m_device;
    QSizeF m_page;
    int m_pageNo = 0;
    int m_total;
    bool m_first;
};

/// A PDF of `pages` painted by `paint`, with the writer set up once for both documents.
inline Result<QByteArray> pdfOf(const DocumentOptions &options, const QString &title,
                                const std::function<void(QPainter &, QPdfWriter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(options.paper));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(720);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Bursar"));
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(StatementPainter::tr("The PDF for “%1” could not be started.").arg(title));
        paint(painter, writer);
        painter.end();
    }
    return bytes;
}

} // namespace bursar::render::paint
