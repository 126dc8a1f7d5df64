#include "outbox.h"

#include "eventstore.h"
#include "recordcodec.h"
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
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT seq, record_kind, record_id, fields, base_revision, revision, changed_utc, pushed"_s +
              (batched ? u", record_ids"_s : QString()) +
              u" FROM changes WHERE pushed = 0 ORDER BY seq LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    QList<Change> out;
    static const RecordKind kinds[] = {
        RecordKind::Event,   RecordKind::Room,        RecordKind::Track,      RecordKind::Session,
        RecordKind::Speaker, RecordKind::Participant, RecordKind::TicketType, RecordKind::ScheduleRelease};
    while (q.next()) {
        Change c;
        c.sequence = q.value(0).toLongLong();
        for (RecordKind k : kinds)
            if (recordKindName(k) == q.value(1).toString())
                c.kind = k;
        c.recordId = uuidFromDb(q.value(2));
        const QJsonArray fields = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
        for (const QJsonValue &f : fields)
            c.fields.append(f.toString());
        c.baseRevision = q.value(4).toLongLong();
        c.revision = q.value(5).toLongLong();
        c.changedUtc = dateTimeFromDb(q.value(6));
        c.pushed = q.value(7).toInt() != 0;
        const QString many = batched ? q.value(8).toString() : QString();
        if (many.isEmpty()) {
            out.append(c);
            continue;
        }
        // One entry for records created together: the same change for each of them.
        for (const QStringView id : QStringView(many).split(u',')) {
            c.recordId = QUuid::fromString(id);
            out.append(c);
        }
    }
    return out;
}

} // namespace EventDesk
