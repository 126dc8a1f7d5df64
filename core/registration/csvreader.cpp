#include "csvreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace EventDesk
{

Result<CsvTable> CsvReader::parse(QStringView text, QChar delimiter)
{
    CsvTable table;
    table.delimiter = delimiter;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    QStringList row;
    QString cell;
    int rowLine = 1;
    bool rowHasContent = false;

    auto endRow = [&] {
        row.append(cell);
        cell.clear();
        const bool blank = !rowHasContent && row.size() == 1 && row.first().isEmpty();
        if (!blank) {
            table.rows.append(row);
            table.lines.append(rowLine);
        }
        row.clear();
        rowHasContent = false;
    };

    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && cell.isEmpty()) {
            // A quoted field: up to the closing quote; "" is one quote.
            const int openedOn = line;
            rowHasContent = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == u'\r') {
                    ++line;
                    cell.append(u'\r');
                    if (i + 1 < n && text[i + 1] == u'\n') {
                        cell.append(u'\n');
                        ++i;
                    }
                    ++i;
                    continue;
                }
                if (q == u'\n')
                    ++line;
                cell.append(q);
                ++i;
            }
            if (!closed)
                return Error{ErrorCode::Validation,
                             tr("Line %1: a quoted field is never closed.").arg(openedOn),
                             QString::number(openedOn)};
            if (i < n && text[i] != delimiter && text[i] != u'\n' && text[i] != u'\r')
                return Error{ErrorCode::Validation,
                             tr("Line %1: unexpected text after a closing quote.").arg(line),
                             QString::number(line)};
            continue;
        }
        if (c == delimiter) {
            rowHasContent = true;
            row.append(cell);
            cell.clear();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endRow();
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            ++i;
            ++line;
            rowLine = line;
            continue;
        }
        if (c == u'"')
            return Error{ErrorCode::Validation, tr("Line %1: a quote inside an unquoted field.").arg(line),
                         QString::number(line)};
        rowHasContent = true;
        cell.append(c);
        ++i;
    }
    if (rowHasContent || !cell.isEmpty() || !row.isEmpty())
        endRow();
    return table;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    // Count delimiters per line outside quotes, over the first lines.
    QChar best = u',';
    int bestScore = -1;
    for (char16_t d : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar c = text[i];
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == d)
                ++count;
            else if (!quoted && c == u'\n') {
                counts.append(count);
                count = 0;
            }
        }
        if (count > 0)
            counts.append(count);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        int consistent = 0;
        for (int k : counts)
            if (k == counts.first())
                ++consistent;
        const int score = consistent * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = QChar(d);
        }
    }
    return best;
}

} // namespace EventDesk
