#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace bursar::render {

/// Draws a logo (PNG, JPEG or SVG bytes, as stored in Account Information) into an image
/// that fits `box`, keeping its aspect ratio, on a transparent background. A null image
/// when the bytes are not a readable image.
QImage logoImage(const QByteArray &bytes, const QSize &box);

} // namespace bursar::render
