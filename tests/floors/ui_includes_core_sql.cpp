// Must not compile: a screen that reaches for core's own SQL helpers.
#include "core/storage/internal/sql.h"
#include "ui/mainwindow.h"

int floorInternal(bursar::core::Database &db)
{
    bursar::core::Sql q(db, QStringLiteral("SELECT 1"));
    return q.exec() ? 1 : 0;
}
