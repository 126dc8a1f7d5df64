#include "recordjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QJsonValue id(const QUuid &u)
{
    return u.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.toString(QUuid::WithoutBraces));
}
QJsonValue time(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonArray windows(const QList<TimeWindow> &list)
{
    QJsonArray a;
    for (const TimeWindow &w : list)
        a.append(QJsonObject{{u"start"_s, time(w.start)}, {u"end"_s, time(w.end)}});
    return a;
}
QJsonArray links(const QList<SessionLink> &list)
{
    QJsonArray a;
    for (const SessionLink &l : list)
        a.append(QJsonObject{{u"url"_s, l.url}, {u"title"_s, l.title}});
    return a;
}
QJsonObject with(QJsonObject base, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}
} // namespace

QJsonObject toJson(const RecordMeta &meta)
{
    return {{u"id"_s, id(meta.id)},
            {u"created"_s, time(meta.createdUtc)},
            {u"updated"_s, time(meta.updatedUtc)},
            {u"revision"_s, meta.revision},
            {u"deleted"_s, meta.deleted}};
}

QJsonObject toJson(const Event &r)
{
    return with(toJson(r.meta),
                {{u"name"_s, r.name},
                 {u"description"_s, r.description},
                 {u"timeZone"_s, r.timeZone},
                 {u"startDate"_s, r.startDate.toString(Qt::ISODate)},
                 {u"endDate"_s, r.endDate.toString(Qt::ISODate)},
                 {u"dayStart"_s, r.dayStart.toString(u"HH:mm"_s)},
                 {u"dayEnd"_s, r.dayEnd.toString(u"HH:mm"_s)},
                 {u"venueName"_s, r.venueName},
                 {u"venueAddress"_s, r.venueAddress},
                 {u"status"_s, eventStatusName(r.status)},
                 {u"capacity"_s, r.capacity ? QJsonValue(*r.capacity) : QJsonValue(QJsonValue::Null)},
                 {u"autoPromoteWaitlist"_s, r.autoPromoteWaitlist},
                 {u"changeoverMinutes"_s, r.changeoverMinutes},
                 {u"conflictRules"_s, r.conflictRules},
                 {u"acronym"_s, r.acronym},
                 {u"roomChangeoverMinutes"_s, r.roomChangeoverMinutes}});
}

QJsonObject toJson(const Room &r)
{
    return with(toJson(r.meta), {{u"eventId"_s, id(r.eventId)},
                                 {u"name"_s, r.name},
                                 {u"capacity"_s, r.capacity},
                                 {u"availability"_s, windows(r.availability)}});
}

QJsonObject toJson(const Track &r)
{
    return with(toJson(r.meta), {{u"eventId"_s, id(r.eventId)}, {u"name"_s, r.name}, {u"color"_s, r.color}});
}

QJsonObject toJson(const Session &r)
{
    QJsonArray speakers;
    for (const QUuid &s : r.speakerIds)
        speakers.append(id(s));
    QJsonArray allowedRooms;
    for (const QUuid &room : r.allowedRoomIds)
        allowedRooms.append(id(room));
    return with(toJson(r.meta), {{u"eventId"_s, id(r.eventId)},
                                 {u"title"_s, r.title},
                                 {u"abstract"_s, r.abstract},
                                 {u"type"_s, sessionTypeName(r.type)},
                                 {u"durationMinutes"_s, r.durationMinutes},
                                 {u"language"_s, r.language},
                                 {u"trackId"_s, id(r.trackId)},
                                 {u"roomId"_s, id(r.roomId)},
                                 {u"start"_s, time(r.start)},
                                 {u"speakerIds"_s, speakers},
                                 {u"expectedAttendance"_s, r.expectedAttendance},
                                 {u"pinned"_s, r.pinned},
                                 {u"tags"_s, QJsonArray::fromStringList(r.tags)},
                                 {u"subtitle"_s, r.subtitle},
                                 {u"description"_s, r.description},
                                 {u"links"_s, links(r.links)},
                                 {u"attachments"_s, links(r.attachments)},
                                 {u"allowedRoomIds"_s, allowedRooms},
                                 {u"allowedTimes"_s, windows(r.allowedTimes)}});
}

QJsonObject toJson(const Speaker &r)
{
    return with(toJson(r.meta), {{u"eventId"_s, id(r.eventId)},
                                 {u"name"_s, r.name},
                                 {u"email"_s, r.email},
                                 {u"organisation"_s, r.organisation},
                                 {u"bio"_s, r.bio},
                                 {u"availability"_s, windows(r.availability)}});
}

QJsonObject toJson(const Participant &r)
{
    return with(toJson(r.meta), {{u"eventId"_s, id(r.eventId)},
                                 {u"name"_s, r.name},
                                 {u"email"_s, r.email},
                                 {u"phone"_s, r.phone},
                                 {u"organisation"_s, r.organisation},
                                 {u"ticketTypeId"_s, id(r.ticketTypeId)},
                                 {u"status"_s, participantStatusName(r.status)},
                                 {u"answers"_s, r.answers},
                                 {u"notes"_s, r.notes},
                                 {u"source"_s, r.source}});
}

QJsonObject toJson(const TicketType &r)
{
    return with(toJson(r.meta), {{u"eventId"_s, id(r.eventId)},
                                 {u"name"_s, r.name},
                                 {u"quota"_s, r.quota ? QJsonValue(*r.quota) : QJsonValue(QJsonValue::Null)},
                                 {u"priceCents"_s, r.priceCents},
                                 {u"currency"_s, r.currency}});
}

QJsonObject toJson(const ScheduleRelease &r)
{
    return with(toJson(r.meta), {{u"eventId"_s, id(r.eventId)},
                                 {u"version"_s, r.version},
                                 {u"name"_s, r.name},
                                 {u"comment"_s, r.comment},
                                 {u"sessions"_s, r.sessions}});
}

QJsonObject toJson(const CustomQuestion &q)
{
    QJsonObject o{{u"id"_s, q.id.toString(QUuid::WithoutBraces)},
                  {u"label"_s, q.label},
                  {u"type"_s, customQuestionTypeName(q.type)},
                  {u"options"_s, QJsonArray::fromStringList(q.options)},
                  {u"required"_s, q.required}};
    if (!q.showIfQuestion.isNull()) {
        o.insert(u"showIfQuestion"_s, q.showIfQuestion.toString(QUuid::WithoutBraces));
        o.insert(u"showIfValue"_s, q.showIfValue);
    }
    return o;
}

CustomQuestion customQuestionFromJson(const QJsonObject &o)
{
    CustomQuestion q;
    q.id = QUuid::fromString(o.value(u"id"_s).toString());
    q.label = o.value(u"label"_s).toString();
    q.type = customQuestionTypeFromName(o.value(u"type"_s).toString()).value_or(CustomQuestion::Type::Text);
    for (const QJsonValue &v : o.value(u"options"_s).toArray())
        q.options.append(v.toString());
    q.required = o.value(u"required"_s).toBool();
    q.showIfQuestion = QUuid::fromString(o.value(u"showIfQuestion"_s).toString());
    q.showIfValue = o.value(u"showIfValue"_s).toString();
    return q;
}

} // namespace EventDesk
