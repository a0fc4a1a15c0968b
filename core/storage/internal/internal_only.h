#pragma once
// core/storage/internal/ is the SQL under core's services: the connection, checked
// statements, bulk inserts and how stored values read back. It is not part of core's public
// API. bursar_core (and the tests that look at stored rows) define BURSAR_CORE_INTERNAL;
// a screen, the renderer or a CLI command that includes it does not compile. They call a
// core service instead (docs/ARCHITECTURE.md, "The storage seam").
#ifndef BURSAR_CORE_INTERNAL
#error "core/storage/internal/ is core's own: call a core service instead of running SQL"
#endif
