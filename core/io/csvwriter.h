#pragma once

#include "result.h"

#include <QCoreApplication>

#include <QStringList>

namespace EventDesk
{

// Writes RFC 4180 CSV (CRLF line ends, fields quoted when needed) in UTF-8, optionally with a BOM for Excel.
// Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a
// leading apostrophe.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::CsvWriter)

public:
    static QString escapeFormula(const QString &cell);
    static QString encodeRow(const QStringList &cells, QChar delimiter = u',');
    static QByteArray encode(const QList<QStringList> &rows, bool bom);
    // Atomic: the file is replaced only when everything was written (QSaveFile).
    static Result<void> writeFile(const QString &path, const QList<QStringList> &rows, bool bom);
};

} // namespace EventDesk
