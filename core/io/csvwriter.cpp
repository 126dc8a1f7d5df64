#include "csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString CsvWriter::escapeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::encodeRow(const QStringList &cells, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const QString cell = escapeFormula(cells.at(i));
        if (cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            QString quoted = cell;
            quoted.replace(u'"', u"\"\""_s);
            line += u'"' + quoted + u'"';
        } else {
            line += cell;
        }
    }
    return line + u"\r\n"_s;
}

QByteArray CsvWriter::encode(const QList<QStringList> &rows, bool bom)
{
    QByteArray out;
    if (bom)
        out += "\xEF\xBB\xBF";
    for (const QStringList &row : rows)
        out += encodeRow(row).toUtf8();
    return out;
}

Result<void> CsvWriter::writeFile(const QString &path, const QList<QStringList> &rows, bool bom)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("%1 cannot be written: %2.").arg(shown, file.errorString()), {}};
    const QByteArray bytes = encode(rows, bom);
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return Error{ErrorCode::Io, tr("%1 could not be saved: %2.").arg(shown, file.errorString()), {}};
    return {};
}

} // namespace EventDesk
