#include "backupwriter.h"

#include "io/atomicfile.h"
#include "storage/workspacetables.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QJsonObject{{u"base64"_s, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return v.toString();
    }
}
} // namespace

Result<QJsonObject> BackupWriter::toJson(const EventStore &store)
{
    auto tables = WorkspaceTables::dump(store);
    if (!tables)
        return tables.error();
    QJsonArray out;
    for (const WorkspaceTables::Table &t : tables.value()) {
        QJsonArray rows;
        for (const QVariantList &row : t.rows) {
            QJsonArray values;
            for (const QVariant &v : row)
                values.append(jsonValue(v));
            rows.append(values);
        }
        out.append(QJsonObject{
            {u"name"_s, t.name}, {u"columns"_s, QJsonArray::fromStringList(t.columns)}, {u"rows"_s, rows}});
    }
    return QJsonObject{{u"format"_s, kFormatName},
                       {u"formatVersion"_s, kFormatVersion},
                       {u"schemaVersion"_s, store.schemaVersion()},
                       {u"workspaceId"_s, store.workspaceId()},
                       {u"createdUtc"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {u"application"_s, QCoreApplication::applicationVersion()},
                       {u"tables"_s, out}};
}

Result<void> BackupWriter::write(const EventStore &store, const QString &path)
{
    auto json = toJson(store);
    if (!json)
        return json.error();
    return AtomicFile::write(path, QJsonDocument(json.value()).toJson(QJsonDocument::Indented));
}

} // namespace EventDesk
