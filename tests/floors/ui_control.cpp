// The control: a screen that uses core the way screens do (a Database handed to a service)
// compiles, so the other two sources fail for their include, not for the build around them.
#include "core/storage/database.h"
#include "ui/mainwindow.h"

int floorControl(bursar::core::Database &db)
{
    return db.schemaVersion();
}
