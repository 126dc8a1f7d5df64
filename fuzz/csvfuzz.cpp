// libFuzzer target for the CSV import path: encoding detection, delimiter detection and the RFC 4180 reader.
// Checks that reading never crashes, that every row has a line number, and that writing a parsed table and
// reading it back gives the same cells.
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "registration/textdecoder.h"

#include <cstdint>
#include <cstdlib>

using namespace EventDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return 0;
    const QString &text = decoded.value().text;
    const QChar delimiter = CsvReader::detectDelimiter(text);
    auto table = CsvReader::parse(text, delimiter);
    if (!table)
        return 0;
    const CsvTable &t = table.value();
    if (t.rows.size() != t.lines.size())
        std::abort();
    for (qsizetype i = 1; i < t.lines.size(); ++i)
        if (t.lines.at(i) <= t.lines.at(i - 1))
            std::abort();
    // Round trip through the writer (formula escaping changes cells, so compare with escaped cells). The
    // written text starts with a blank line so that a first cell starting with U+FEFF is not taken for a BOM.
    QString written = QStringLiteral("\r\n");
    QList<QStringList> expected;
    for (const QStringList &row : t.rows) {
        written += CsvWriter::encodeRow(row, delimiter);
        QStringList escaped;
        for (const QString &cell : row)
            escaped.append(CsvWriter::escapeFormula(cell));
        expected.append(escaped);
    }
    auto back = CsvReader::parse(written, delimiter);
    if (!back)
        std::abort();
    // Rows that are one empty cell are blank lines and are skipped on reading.
    QList<QStringList> nonBlank;
    for (const QStringList &row : expected)
        if (!(row.size() == 1 && row.first().isEmpty()))
            nonBlank.append(row);
    if (back.value().rows != nonBlank)
        std::abort();
    return 0;
}
