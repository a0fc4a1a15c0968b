#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace bursar::core {

class Database;

/// Settings > Statement Documents: how statements are printed and exported.
struct DocumentSettings
{
    QString paper = QStringLiteral("A4"); ///< "A4" or "Letter"
    bool pdfA = false;                    ///< write PDF/A-1b
    QString filePattern = QStringLiteral("{period}-{vendor}-{customer}-{number}");
    bool csvBom = false;                      ///< CSV files start with a byte order mark
    bool csvSemicolon = false;                ///< `;` between CSV fields, decimal commas
    QString locale = QStringLiteral("en_US"); ///< how amounts and dates read on statements
};

class DocumentSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(bursar::core::DocumentSettingsService)

public:
    explicit DocumentSettingsService(Database &db) : m_db(db) {}
    Result<DocumentSettings> load();
    /// ManageSettings is required.
    Status save(const DocumentSettings &settings);

    /// Checks a file name pattern: known tokens only, and {number} or {id} so that two
    /// statements never get one name.
    static Status validatePattern(const QString &pattern);

private:
    Database &m_db;
};

} // namespace bursar::core
