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

    // The same over text that arrives in pieces split anywhere: feed() parses the rows each piece completes
    // and keeps only the unfinished rest, so the whole text is never held. finish() parses the rest.
    explicit CsvReader(QChar delimiter = u',');
    Result<void> feed(QStringView piece);
    Result<CsvTable> finish();
    // Comma, semicolon, tab or pipe: the one that splits the first lines most consistently.
    static QChar detectDelimiter(QStringView text);

private:
    // Parses whole rows of text into table, counting lines from *line (updated).
    static Result<void> parseRows(QStringView text, QChar delimiter, int *line, CsvTable &table);

    CsvTable m_table;
    QString m_pending;       // text after the last complete row
    qsizetype m_scanned = 0; // how much of m_pending has been scanned for row ends
    bool m_quoted = false;   // inside quotes at m_scanned
    bool m_started = false;  // a piece has been fed (a BOM can only come first)
    int m_line = 1;
};

} // namespace EventDesk
