#pragma once

namespace bursar::render {

/// Registers the formats render paints (the statement PDF) in core's DocumentFormats beside
/// core's own CSV formats. Idempotent and thread-safe; the window and the command line call
/// it before they list formats.
void registerFormats();

} // namespace bursar::render
