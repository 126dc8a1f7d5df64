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
    int line = 1;
    if (auto ok = parseRows(text, delimiter, &line, table); !ok)
        return ok.error();
    return table;
}

CsvReader::CsvReader(QChar delimiter)
{
    m_table.delimiter = delimiter;
}

Result<void> CsvReader::feed(QStringView piece)
{
    if (!m_started && piece.startsWith(QChar(0xFEFF)))
        piece = piece.mid(1);
    m_started = true;
    m_pending.append(piece);
    // The last row end outside quotes: a line break, where \r\n counts once (a \r at the very end waits for
    // the next piece). A doubled quote toggles twice, so counting quotes tells whether we are inside.
    const QChar *const data = m_pending.constData();
    const qsizetype n = m_pending.size();
    qsizetype cut = 0;
    qsizetype i = m_scanned;
    for (; i < n; ++i) {
        const QChar c = data[i];
        if (c == u'"') {
            m_quoted = !m_quoted;
        } else if (!m_quoted && c == u'\n') {
            cut = i + 1;
        } else if (!m_quoted && c == u'\r') {
            if (i + 1 == n)
                break; // is a \n next?
            if (data[i + 1] != u'\n')
                cut = i + 1;
        }
    }
    m_scanned = i;
    if (cut == 0)
        return {};
    if (auto ok = parseRows(QStringView(m_pending).left(cut), m_table.delimiter, &m_line, m_table); !ok)
        return ok.error();
    m_pending.remove(0, cut);
    m_scanned -= cut;
    if (m_pending.isEmpty())
        m_pending.squeeze();
    return {};
}

Result<CsvTable> CsvReader::finish()
{
    if (auto ok = parseRows(m_pending, m_table.delimiter, &m_line, m_table); !ok)
        return ok.error();
    m_pending.clear();
    return std::move(m_table);
}

Result<void> CsvReader::parseRows(QStringView text, QChar delimiter, int *lineNumber, CsvTable &table)
{
    const qsizetype n = text.size();
    const QChar *const data = text.data();
    qsizetype i = 0;
    int line = *lineNumber;
    int rowLine = line;
    QStringList row;
    qsizetype width = 0; // the previous row's, to reserve

    auto endRow = [&] {
        const bool blank = row.size() == 1 && row.first().isEmpty();
        if (!blank) {
            width = row.size();
            table.rows.append(std::move(row));
            table.lines.append(rowLine);
        }
        row = QStringList();
        row.reserve(width);
    };
    // After a field: a delimiter starts the next one, a line end ends the row.
    // Returns false at a line end or the end of the text.
    auto afterField = [&]() -> bool {
        if (i < n && data[i] == delimiter) {
            ++i; // at the very end, the next field is empty
            return true;
        }
        if (i < n) { // \r or \n
            if (data[i] == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                ++i;
            ++i;
            ++line;
        }
        endRow();
        rowLine = line;
        return false;
    };

    while (i < n) {
        // One row: fields until a line end.
        bool more = true;
        while (more) {
            if (i < n && data[i] == u'"') {
                // A quoted field: up to the closing quote; "" is one quote. Copied in runs between quotes.
                const int openedOn = line;
                QString cell;
                ++i;
                qsizetype runStart = i;
                bool closed = false;
                while (i < n) {
                    const char16_t q = data[i].unicode();
                    if (q == u'"') {
                        cell.append(data + runStart, i - runStart);
                        if (i + 1 < n && data[i + 1] == u'"') {
                            cell.append(u'"');
                            i += 2;
                            runStart = i;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    if (q == u'\n' || (q == u'\r' && !(i + 1 < n && data[i + 1] == u'\n')))
                        ++line;
                    ++i;
                }
                if (!closed)
                    return Error{ErrorCode::Validation,
                                 tr("Line %1: a quoted field is never closed.").arg(openedOn),
                                 QString::number(openedOn)};
                if (i < n && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                    return Error{ErrorCode::Validation,
                                 tr("Line %1: unexpected text after a closing quote.").arg(line),
                                 QString::number(line)};
                row.append(std::move(cell));
            } else {
                const qsizetype start = i;
                while (i < n) {
                    const QChar c = data[i];
                    if (c == delimiter || c == u'\n' || c == u'\r')
                        break;
                    if (c == u'"')
                        return Error{ErrorCode::Validation,
                                     tr("Line %1: a quote inside an unquoted field.").arg(line),
                                     QString::number(line)};
                    ++i;
                }
                row.append(QString(data + start, i - start));
            }
            more = afterField();
        }
    }
    *lineNumber = line;
    return {};
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
