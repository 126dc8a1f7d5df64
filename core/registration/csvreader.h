#pragma once

#include "result.h"

#include <QCoreApplication>

#include <QList>
#include <QStringList>

namespace EventDesk
{

// A parsed CSV file: rows of cells, each row with the line it starts on (1-based).
struct CsvTable {
    QList<QStringList> rows;
    QList<int> lines;
    QChar delimiter = u',';
};

// RFC 4180 reader over decoded text: quoted fields with delimiters, newlines and doubled quotes; CRLF, LF or
// CR line ends; a trailing delimiter gives an empty last cell; blank lines are skipped. A BOM left in the
// text is ignored. Ragged rows are kept as they are (the importer reports them per line).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::CsvReader)

public:
    // Fails on an unbalanced quote (naming the line it opened on) or a quote inside an unquoted field.
    static Result<CsvTable> parse(QStringView text, QChar delimiter = u',');
    // Comma, semicolon, tab or pipe: the one that splits the first lines most consistently.
    static QChar detectDelimiter(QStringView text);
};

} // namespace EventDesk
