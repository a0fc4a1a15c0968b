// Must not compile: a screen that runs SQL itself. Qt6::Sql links to core PRIVATE, so its
// headers are not on a ui source's include path.
#include "ui/mainwindow.h"

#include <QSqlQuery>

bool floorQuery()
{
    QSqlQuery q;
    return q.exec(QStringLiteral("SELECT 1"));
}
