#include "statushistory.h"

#include "eventstore.h"
#include "recordcodec.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

Result<void> StoreAccess::recordStatusChange(EventStore &s, const QUuid &id,
                                             std::optional<ParticipantStatus> from, ParticipantStatus to)
{
    return StatusHistory(s).record(id, from, to);
}

Result<void> StatusHistory::record(const QUuid &participantId, std::optional<ParticipantStatus> from,
                                   ParticipantStatus to, const QDateTime &changedUtc)
{
    if (StoreAccess::openVersion(m_store) < 4)
        return {}; // schema 3 and older (tests only) have no history table
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"INSERT INTO participant_status_history (participant_id, from_status, to_status, changed_utc, "
              "changed_by) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(toDb(participantId));
    q.addBindValue(from ? QVariant(participantStatusName(*from)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(participantStatusName(to));
    q.addBindValue(toDb(changedUtc.isValid() ? changedUtc.toUTC() : QDateTime::currentDateTimeUtc()));
    q.addBindValue(m_store.actor());
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                    q.lastError().text());
    return {};
}

Result<QList<ParticipantStatusChange>> StatusHistory::forParticipant(const QUuid &participantId) const
{
    QSqlDatabase db = StoreAccess::db(m_store);
    QList<ParticipantStatusChange> out;
    // From schema 6 on the first entry (registered with its first status) comes from the participant row.
    std::optional<ParticipantStatus> currentStatus;
    if (StoreAccess::openVersion(m_store) >= 6) {
        QSqlQuery p(db);
        p.prepare(u"SELECT status, created_utc, created_by FROM participants WHERE id = ?"_s);
        p.addBindValue(toDb(participantId));
        if (!p.exec())
            return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                        p.lastError().text());
        if (!p.next())
            return out;
        currentStatus = participantStatusFromName(p.value(0).toString());
        ParticipantStatusChange first;
        first.participantId = participantId;
        first.changedUtc = dateTimeFromDb(p.value(1));
        first.changedBy = p.value(2).toString();
        out.append(first);
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT from_status, to_status, changed_utc, changed_by FROM participant_status_history "
              "WHERE participant_id = ? ORDER BY seq"_s);
    q.addBindValue(toDb(participantId));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    while (q.next()) {
        ParticipantStatusChange c;
        c.participantId = participantId;
        if (!q.value(0).isNull())
            c.from = participantStatusFromName(q.value(0).toString());
        c.to = participantStatusFromName(q.value(1).toString()).value_or(ParticipantStatus::Pending);
        c.changedUtc = dateTimeFromDb(q.value(2));
        c.changedBy = q.value(3).toString();
        out.append(c);
    }
    if (currentStatus) // the first status is where the first stored change started, else the current one
        out.first().to = out.size() > 1 && out.at(1).from ? *out.at(1).from : *currentStatus;
    return out;
}

} // namespace EventDesk
