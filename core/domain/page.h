#pragma once

namespace bursar::core {

/// Rows [offset, offset + limit) of a list, for the window's lazy lists; a negative limit
/// means every row from offset on (the command line reads whole lists).
struct Page
{
    int offset = 0;
    int limit = -1;
};

} // namespace bursar::core
