#include "backupreader.h"

#include "io/backupwriter.h"
#include "storage/eventstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QVariant sqlValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const QVariant variant = v.toVariant(); // qlonglong for integers, double otherwise
        return variant;
    }
    case QJsonValue::Object:
        return QByteArray::fromBase64(v.toObject().value(u"base64"_s).toString().toLatin1());
    default:
        return v.toString();
    }
}
} // namespace

Result<BackupReader::Backup> BackupReader::parse(const QByteArray &bytes, int maxSchemaVersion)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            ErrorCode::Corrupt,
            tr("The backup is not valid JSON at offset %1: %2.").arg(error.offset).arg(error.errorString()),
            {}};
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != BackupWriter::kFormatName)
        return Error{ErrorCode::Corrupt, tr("The file is not an EventDesk backup."), {}};
    Backup b;
    b.formatVersion = root.value(u"formatVersion"_s).toInt();
    b.schemaVersion = root.value(u"schemaVersion"_s).toInt();
    b.workspaceId = root.value(u"workspaceId"_s).toString();
    b.createdUtc = root.value(u"createdUtc"_s).toString();
    if (b.formatVersion > BackupWriter::kFormatVersion)
        return Error{
            ErrorCode::NewerSchema,
            tr("The backup was made by a newer EventDesk (backup format %1; this version reads up to %2).")
                .arg(b.formatVersion)
                .arg(BackupWriter::kFormatVersion),
            {}};
    if (b.schemaVersion > maxSchemaVersion)
        return Error{
            ErrorCode::NewerSchema,
            tr("The backup was made by a newer EventDesk (workspace version %1; this version has %2).")
                .arg(b.schemaVersion)
                .arg(maxSchemaVersion),
            {}};
    if (b.formatVersion < 1 || !root.value(u"tables"_s).isArray())
        return Error{ErrorCode::Corrupt, tr("The backup has no version or no tables."), {}};
    const QJsonArray tables = root.value(u"tables"_s).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QJsonObject t = tables.at(i).toObject();
        WorkspaceTables::Table table;
        table.name = t.value(u"name"_s).toString();
        if (table.name.isEmpty())
            return Error{
                ErrorCode::Corrupt, tr("Table %1 of the backup has no name ($.tables[%1]).").arg(i), {}};
        for (const QJsonValue &c : t.value(u"columns"_s).toArray())
            table.columns.append(c.toString());
        const QJsonArray rows = t.value(u"rows"_s).toArray();
        table.rows.reserve(rows.size());
        for (const QJsonValue &r : rows) {
            const QJsonArray values = r.toArray();
            QVariantList row;
            row.reserve(values.size());
            for (const QJsonValue &v : values)
                row.append(sqlValue(v));
            table.rows.append(row);
        }
        b.tables.append(table);
    }
    return b;
}

Result<BackupReader::Backup> BackupReader::read(const QString &path, int maxSchemaVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return parse(file.readAll(), maxSchemaVersion);
}

Result<void> BackupReader::checkEmpty(const EventStore &store)
{
    auto empty = WorkspaceTables::isEmpty(store);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{ErrorCode::Validation,
                     tr("A backup can only be restored into an empty workspace; this one already has data."),
                     {}};
    return {};
}

Result<void> BackupReader::restore(EventStore &store, const Backup &backup)
{
    if (auto empty = checkEmpty(store); !empty)
        return empty;
    return WorkspaceTables::load(store, backup.tables);
}

Result<BackupReader::Backup> BackupReader::restore(EventStore &store, const QString &path)
{
    auto backup = read(path, store.schemaVersion());
    if (!backup)
        return backup.error();
    if (auto done = restore(store, backup.value()); !done)
        return done.error();
    return backup;
}

} // namespace EventDesk
