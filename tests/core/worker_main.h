#pragma once
// The start every second-desktop worker shares: check the argument count, open the
// database named first, then run the worker's body. Exit 2: wrong usage; 1: cannot open.

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>

inline int runWorker(int argc, char **argv, int argumentCount,
                     const std::function<int(const QStringList &, bursar::core::Database &)> &body)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != argumentCount + 1)
        return 2;
    auto db = bursar::core::Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << Qt::endl;
        return 1;
    }
    return body(args, **db);
}
