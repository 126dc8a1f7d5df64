#include "outbox.h"

#include "eventstore.h"
#include "recordcodec.h"
#include "sqlitestatement.h"
#include "storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

Result<QList<Change>> Outbox::pending(int limit) const
{
    const bool batched = StoreAccess::openVersion(m_store) >= 6;
    // Read through SQLite's handle: a push reads up to a batch of entries (10,000), most of them alike.
    SqliteStatement q(
        StoreAccess::db(m_store),
        u"SELECT seq, record_kind, record_id, fields, base_revision, revision, changed_utc, pushed"_s +
            (batched ? u", record_ids"_s : QString()) +
            u" FROM changes WHERE pushed = 0 ORDER BY seq LIMIT ?"_s);
    q.bind(0, QVariant(limit));
    QList<Change> out;
    out.reserve(limit);
    static const RecordKind kinds[] = {
        RecordKind::Event,   RecordKind::Room,        RecordKind::Track,      RecordKind::Session,
        RecordKind::Speaker, RecordKind::Participant, RecordKind::TicketType, RecordKind::ScheduleRelease};
    // Entries written together share their kind, fields and time: each text is parsed once.
    QByteArray lastKind;
    RecordKind kind = RecordKind::Event;
    QByteArray lastFields;
    QStringList fields;
    QByteArray lastTime;
    QDateTime time;
    while (q.next()) {
        Change c;
        c.sequence = q.int64(0);
        if (const QByteArray kindText = q.utf8(1); kindText != lastKind || lastKind.isEmpty()) {
            lastKind = kindText;
            const QString name = QString::fromLatin1(kindText);
            kind = RecordKind::Event;
            for (RecordKind k : kinds)
                if (recordKindName(k) == name)
                    kind = k;
        }
        c.kind = kind;
        c.recordId = QUuid::fromString(QLatin1StringView(q.utf8(2)));
        const QByteArray fieldsText = q.utf8(3);
        if (fieldsText != lastFields || fields.isEmpty()) {
            lastFields = fieldsText;
            fields.clear();
            for (const QJsonValue &f : QJsonDocument::fromJson(fieldsText).array())
                fields.append(f.toString());
        }
        c.fields = fields;
        c.baseRevision = q.int64(4);
        c.revision = q.int64(5);
        const QByteArray timeText = q.utf8(6);
        if (timeText != lastTime || !time.isValid()) {
            lastTime = timeText;
            time = dateTimeFromDb(QString::fromUtf8(timeText));
        }
        c.changedUtc = time;
        c.pushed = q.int64(7) != 0;
        const QByteArray many = batched ? q.utf8(8) : QByteArray();
        if (many.isEmpty()) {
            out.append(std::move(c));
            continue;
        }
        // One entry for records created together: the same change for each of them.
        for (const QByteArray &id : many.split(',')) {
            c.recordId = QUuid::fromString(QLatin1StringView(id));
            out.append(c);
        }
    }
    if (!q.lastError().isEmpty())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError());
    return out;
}

} // namespace EventDesk
