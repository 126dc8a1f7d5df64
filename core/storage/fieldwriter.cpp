#include "fieldwriter.h"

#include "eventstore.h"
#include "recordcodec.h"
#include "storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

namespace
{

const QString kDeleted = u"deleted"_s;

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"1"_s : u"0"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

std::optional<bool> deletedFlag(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    if (v.isString() && (v.toString() == u"0"_s || v.toString() == u"1"_s))
        return v.toString() == u"1"_s;
    return std::nullopt;
}

QString recordLabel(const Session &r)
{
    return r.title;
}
template <typename T> QString recordLabel(const T &r)
{
    return r.name;
}

template <typename T> QStringList columnsOf()
{
    return RecordCodec<T>::columns() + QStringList{kDeleted};
}

template <typename T> struct Writer {
    static Result<qint64> write(EventStore &store, const QUuid &id, const QJsonObject &values,
                                std::optional<qint64> expectedRevision)
    {
        using Codec = RecordCodec<T>;
        auto current = store.get<T>(id);
        if (!current)
            return current.error();
        if (expectedRevision && *expectedRevision != current.value().meta.revision)
            return Error{ErrorCode::Conflict,
                         EventStore::tr("The %1 \"%2\" was changed elsewhere in the meantime.")
                             .arg(recordKindDisplayName(T::kind), recordLabel(current.value())),
                         {}};
        std::optional<bool> deleted;
        if (values.contains(kDeleted)) {
            deleted = deletedFlag(values.value(kDeleted));
            if (!deleted)
                return Error{
                    ErrorCode::Validation,
                    EventStore::tr("\"deleted\" is 0 or 1, not %1.").arg(textOf(values.value(kDeleted))),
                    kDeleted};
        }
        if (deleted == false && current.value().meta.deleted)
            if (auto ok = store.setDeleted<T>({id}, false); !ok)
                return ok.error();

        QStringList select;
        QList<std::pair<qsizetype, QJsonValue>> written;
        for (qsizetype i = 0; i < Codec::columns().size(); ++i) {
            const QString &column = Codec::columns().at(i);
            if (values.contains(column)) {
                select.append(u"?"_s);
                written.append({i, values.value(column)});
            } else {
                select.append(column);
            }
        }
        if (!written.isEmpty()) {
            auto record = store.get<T>(id);
            if (!record)
                return record.error();
            // The record with the new values, read through the codec as a stored row would be.
            QSqlQuery q(StoreAccess::db(store));
            q.prepare(u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + Codec::table() +
                      u" WHERE id = ?"_s);
            for (const auto &[index, value] : written)
                q.addBindValue(columnFromJson(value));
            q.addBindValue(toDb(id));
            if (!q.exec() || !q.next())
                return StoreAccess::dbError(store, EventStore::tr("The workspace could not be read."),
                                            q.lastError().text());
            T changed = record.value();
            Codec::read(changed, q, 0);
            q.finish();
            const QVariantList stored = Codec::values(changed);
            for (const auto &[index, value] : written)
                if (!FieldWriter::sameValue(value, columnToJson(stored.at(index))))
                    return Error{ErrorCode::Validation,
                                 EventStore::tr("\"%1\" is not a valid value for %2.")
                                     .arg(textOf(value), Codec::columns().at(index)),
                                 Codec::columns().at(index)};
            if (auto ok = store.update<T>(changed, EventStore::RevisionCheck::Strict); !ok)
                return ok.error();
        }

        if (deleted == true && !current.value().meta.deleted)
            if (auto ok = store.setDeleted<T>({id}, true); !ok)
                return ok.error();
        auto after = store.revisions(T::kind, {id});
        if (!after)
            return after.error();
        return after.value().value(id);
    }
};

template <template <typename> class F, typename... Args> auto forKind(RecordKind kind, Args &&...args)
{
    switch (kind) {
    case RecordKind::Event:
        return F<Event>::run(std::forward<Args>(args)...);
    case RecordKind::Room:
        return F<Room>::run(std::forward<Args>(args)...);
    case RecordKind::Track:
        return F<Track>::run(std::forward<Args>(args)...);
    case RecordKind::Session:
        return F<Session>::run(std::forward<Args>(args)...);
    case RecordKind::Speaker:
        return F<Speaker>::run(std::forward<Args>(args)...);
    case RecordKind::Participant:
        return F<Participant>::run(std::forward<Args>(args)...);
    case RecordKind::TicketType:
        return F<TicketType>::run(std::forward<Args>(args)...);
    case RecordKind::ScheduleRelease:
        break;
    }
    return F<ScheduleRelease>::run(std::forward<Args>(args)...);
}

template <typename T> struct ColumnsOf {
    static QStringList run() { return columnsOf<T>(); }
};
template <typename T> struct TableOf {
    static QString run() { return RecordCodec<T>::table(); }
};
template <typename T> struct WriteOf {
    static Result<qint64> run(EventStore &store, const QUuid &id, const QJsonObject &values,
                              std::optional<qint64> expectedRevision)
    {
        return Writer<T>::write(store, id, values, expectedRevision);
    }
};

Error unknownColumn(RecordKind kind, const QString &column)
{
    return Error{ErrorCode::Validation,
                 EventStore::tr("A %1 has no field \"%2\" that can be changed.")
                     .arg(recordKindDisplayName(kind), column),
                 column};
}

} // namespace

QStringList FieldWriter::writableColumns(RecordKind kind)
{
    return forKind<ColumnsOf>(kind);
}

Result<QJsonObject> FieldWriter::read(RecordKind kind, const QUuid &id, const QStringList &columns) const
{
    const QStringList writable = writableColumns(kind);
    for (const QString &c : columns)
        if (!writable.contains(c))
            return unknownColumn(kind, c);
    QJsonObject out;
    if (columns.isEmpty())
        return out;
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + forKind<TableOf>(kind) +
              u" WHERE id = ?"_s);
    q.addBindValue(toDb(id));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    if (!q.next())
        return Error{ErrorCode::NotFound,
                     EventStore::tr("There is no %1 with id %2.").arg(recordKindDisplayName(kind), toDb(id)),
                     {}};
    for (qsizetype i = 0; i < columns.size(); ++i)
        out.insert(columns.at(i), columnToJson(q.value(int(i))));
    return out;
}

Result<qint64> FieldWriter::write(RecordKind kind, const QUuid &id, const QJsonObject &values,
                                  std::optional<qint64> expectedRevision)
{
    const QStringList writable = writableColumns(kind);
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!writable.contains(it.key()))
            return unknownColumn(kind, it.key());
    qint64 revision = 0;
    auto ok = m_store.inTransaction([&]() -> Result<void> {
        auto written = forKind<WriteOf>(kind, m_store, id, values, expectedRevision);
        if (!written)
            return written.error();
        revision = written.value();
        return {};
    });
    if (!ok)
        return ok.error();
    return revision;
}

bool FieldWriter::sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (isBlank(a) && isBlank(b))
        return true;
    if (isBlank(a) || isBlank(b))
        return false;
    if (a == b)
        return true;
    const QString ta = textOf(a);
    const QString tb = textOf(b);
    if (ta == tb)
        return true;
    bool numberA = false;
    bool numberB = false;
    const double da = ta.toDouble(&numberA);
    const double db = tb.toDouble(&numberB);
    if (numberA || numberB)
        return numberA && numberB && da == db;
    const QDateTime dtA = QDateTime::fromString(ta, Qt::ISODateWithMs);
    const QDateTime dtB = QDateTime::fromString(tb, Qt::ISODateWithMs);
    if (dtA.isValid() && dtB.isValid())
        return dtA.toUTC() == dtB.toUTC();
    QJsonParseError e1;
    QJsonParseError e2;
    const QJsonDocument ja = QJsonDocument::fromJson(ta.toUtf8(), &e1);
    const QJsonDocument jb = QJsonDocument::fromJson(tb.toUtf8(), &e2);
    return e1.error == QJsonParseError::NoError && e2.error == QJsonParseError::NoError && ja == jb;
}

} // namespace EventDesk
