#include "render/logo.h"

#include <QPainter>
#include <QSvgRenderer>

namespace bursar::render {

QImage logoImage(const QByteArray &bytes, const QSize &box)
{
    if (bytes.isEmpty() || box.isEmpty())
        return {};
    QSvgRenderer svg(bytes);
    if (svg.isValid()) {
        const QSize size = svg.defaultSize().scaled(box, Qt::KeepAspectRatio);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        return image;
    }
    QImage raster;
    if (!raster.loadFromData(bytes))
        return {};
    return raster.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace bursar::render
