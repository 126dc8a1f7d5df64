#include "recordcodec.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace EventDesk::Storage
{

// Timestamps are stored as UTC in ISO 8601 with milliseconds, "2024-02-03T09:30:00.000Z". Both directions
// take a direct path for that form (QDateTime's own formatting and parsing cost ~10 µs each, a large share
// of an import or export of a few thousand records) and give the same result as Qt's, which they fall back
// to for anything else.
QString toDb(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text);
}

QDateTime dateTimeFromDb(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    static constexpr char kPattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    bool direct = s.size() == 24;
    for (qsizetype i = 0; direct && i < 24; ++i) {
        const char16_t c = s.at(i).unicode();
        direct = kPattern[i] == 'd' ? (c >= u'0' && c <= u'9') : c == char16_t(kPattern[i]);
    }
    if (direct) {
        auto number = [&s](qsizetype from, qsizetype digits) {
            int n = 0;
            for (qsizetype i = from; i < from + digits; ++i)
                n = n * 10 + (s.at(i).unicode() - u'0');
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    return dt.toUTC();
}

QString toDb(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QUuid uuidFromDb(const QVariant &v)
{
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}

namespace
{

QVariant nullable(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(toDb(id));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString windowsToDb(const QList<TimeWindow> &windows)
{
    QJsonArray a;
    for (const TimeWindow &w : windows)
        a.append(QJsonObject{{u"start"_s, toDb(w.start)}, {u"end"_s, toDb(w.end)}});
    return json(a);
}

QList<TimeWindow> windowsFromDb(const QVariant &v)
{
    QList<TimeWindow> out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : a) {
        const QJsonObject o = item.toObject();
        out.append(
            {dateTimeFromDb(o.value(u"start"_s).toString()), dateTimeFromDb(o.value(u"end"_s).toString())});
    }
    return out;
}

// The compact JSON array of the ids' strings, written directly (the same text as through QJsonDocument:
// the strings are hex digits and dashes, or empty, and need no escaping).
QString uuidsToDb(const QList<QUuid> &ids)
{
    QString out;
    out.reserve(2 + ids.size() * 39);
    out += u'[';
    for (const QUuid &id : ids) {
        if (out.size() > 1)
            out += u',';
        out += u'"';
        out += toDb(id);
        out += u'"';
    }
    out += u']';
    return out;
}

QList<QUuid> uuidsFromDb(const QVariant &v)
{
    QList<QUuid> out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : a)
        out.append(QUuid::fromString(item.toString()));
    return out;
}

QString stringsToDb(const QStringList &list)
{
    return json(QJsonArray::fromStringList(list));
}

QStringList stringsFromDb(const QVariant &v)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : a)
        out.append(item.toString());
    return out;
}

QString linksToDb(const QList<SessionLink> &links)
{
    QJsonArray a;
    for (const SessionLink &l : links)
        a.append(QJsonObject{{u"url"_s, l.url}, {u"title"_s, l.title}});
    return json(a);
}

QList<SessionLink> linksFromDb(const QVariant &v)
{
    QList<SessionLink> out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : a) {
        const QJsonObject o = item.toObject();
        out.append({o.value(u"url"_s).toString(), o.value(u"title"_s).toString()});
    }
    return out;
}

} // namespace

// ---- Event
QString RecordCodec<Event>::table()
{
    return u"events"_s;
}
QString RecordCodec<Event>::orderBy()
{
    return u"start_date, name"_s;
}
const QStringList &RecordCodec<Event>::columns()
{
    static const QStringList c{u"name"_s,
                               u"description"_s,
                               u"time_zone"_s,
                               u"start_date"_s,
                               u"end_date"_s,
                               u"day_start"_s,
                               u"day_end"_s,
                               u"venue_name"_s,
                               u"venue_address"_s,
                               u"status"_s,
                               u"capacity"_s,
                               u"auto_promote"_s,
                               u"changeover_minutes"_s,
                               u"conflict_rules"_s,
                               u"acronym"_s,
                               u"room_changeover_minutes"_s};
    return c;
}
QVariantList RecordCodec<Event>::values(const Event &r)
{
    return {r.name,
            r.description,
            r.timeZone,
            r.startDate.toString(Qt::ISODate),
            r.endDate.toString(Qt::ISODate),
            r.dayStart.toString(u"HH:mm"_s),
            r.dayEnd.toString(u"HH:mm"_s),
            r.venueName,
            r.venueAddress,
            eventStatusName(r.status),
            r.capacity ? QVariant(*r.capacity) : QVariant(QMetaType::fromType<int>()),
            r.autoPromoteWaitlist ? 1 : 0,
            r.changeoverMinutes,
            QString::fromUtf8(QJsonDocument(r.conflictRules).toJson(QJsonDocument::Compact)),
            r.acronym,
            r.roomChangeoverMinutes};
}
void RecordCodec<Event>::read(Event &r, const QSqlQuery &q, int o)
{
    r.name = q.value(o).toString();
    r.description = q.value(o + 1).toString();
    r.timeZone = q.value(o + 2).toString();
    r.startDate = QDate::fromString(q.value(o + 3).toString(), Qt::ISODate);
    r.endDate = QDate::fromString(q.value(o + 4).toString(), Qt::ISODate);
    r.dayStart = QTime::fromString(q.value(o + 5).toString(), u"HH:mm"_s);
    r.dayEnd = QTime::fromString(q.value(o + 6).toString(), u"HH:mm"_s);
    r.venueName = q.value(o + 7).toString();
    r.venueAddress = q.value(o + 8).toString();
    r.status = eventStatusFromName(q.value(o + 9).toString()).value_or(EventStatus::Draft);
    r.capacity = q.value(o + 10).isNull() ? std::nullopt : std::optional<int>(q.value(o + 10).toInt());
    r.autoPromoteWaitlist = q.value(o + 11).toInt() != 0;
    r.changeoverMinutes = q.value(o + 12).toInt();
    r.conflictRules = QJsonDocument::fromJson(q.value(o + 13).toString().toUtf8()).object();
    r.acronym = q.value(o + 14).toString();
    r.roomChangeoverMinutes = q.value(o + 15).toInt();
}

// ---- Room
QString RecordCodec<Room>::table()
{
    return u"rooms"_s;
}
QString RecordCodec<Room>::orderBy()
{
    return u"name"_s;
}
const QStringList &RecordCodec<Room>::columns()
{
    static const QStringList c{u"event_id"_s, u"name"_s, u"capacity"_s, u"availability"_s};
    return c;
}
QVariantList RecordCodec<Room>::values(const Room &r)
{
    return {toDb(r.eventId), r.name, r.capacity, windowsToDb(r.availability)};
}
void RecordCodec<Room>::read(Room &r, const QSqlQuery &q, int o)
{
    r.eventId = uuidFromDb(q.value(o));
    r.name = q.value(o + 1).toString();
    r.capacity = q.value(o + 2).toInt();
    r.availability = windowsFromDb(q.value(o + 3));
}

// ---- Track
QString RecordCodec<Track>::table()
{
    return u"tracks"_s;
}
QString RecordCodec<Track>::orderBy()
{
    return u"name"_s;
}
const QStringList &RecordCodec<Track>::columns()
{
    static const QStringList c{u"event_id"_s, u"name"_s, u"color"_s};
    return c;
}
QVariantList RecordCodec<Track>::values(const Track &r)
{
    return {toDb(r.eventId), r.name, r.color};
}
void RecordCodec<Track>::read(Track &r, const QSqlQuery &q, int o)
{
    r.eventId = uuidFromDb(q.value(o));
    r.name = q.value(o + 1).toString();
    r.color = q.value(o + 2).toString();
}

// ---- Session
QString RecordCodec<Session>::table()
{
    return u"sessions"_s;
}
QString RecordCodec<Session>::orderBy()
{
    return u"start_utc IS NULL, start_utc, title"_s;
}
const QStringList &RecordCodec<Session>::columns()
{
    static const QStringList c{u"event_id"_s,
                               u"title"_s,
                               u"abstract"_s,
                               u"type"_s,
                               u"duration_minutes"_s,
                               u"language"_s,
                               u"track_id"_s,
                               u"room_id"_s,
                               u"start_utc"_s,
                               u"speaker_ids"_s,
                               u"expected_attendance"_s,
                               u"pinned"_s,
                               u"tags"_s,
                               u"subtitle"_s,
                               u"description"_s,
                               u"links"_s,
                               u"attachments"_s,
                               u"allowed_rooms"_s,
                               u"allowed_times"_s};
    return c;
}
QVariantList RecordCodec<Session>::values(const Session &r)
{
    return {toDb(r.eventId),
            r.title,
            r.abstract,
            sessionTypeName(r.type),
            r.durationMinutes,
            r.language,
            nullable(r.trackId),
            nullable(r.roomId),
            r.start.isValid() ? QVariant(toDb(r.start)) : QVariant(QMetaType::fromType<QString>()),
            uuidsToDb(r.speakerIds),
            r.expectedAttendance,
            r.pinned ? 1 : 0,
            stringsToDb(r.tags),
            r.subtitle,
            r.description,
            linksToDb(r.links),
            linksToDb(r.attachments),
            uuidsToDb(r.allowedRoomIds),
            windowsToDb(r.allowedTimes)};
}
void RecordCodec<Session>::read(Session &r, const QSqlQuery &q, int o)
{
    r.eventId = uuidFromDb(q.value(o));
    r.title = q.value(o + 1).toString();
    r.abstract = q.value(o + 2).toString();
    r.type = sessionTypeFromName(q.value(o + 3).toString()).value_or(SessionType::Other);
    r.durationMinutes = q.value(o + 4).toInt();
    r.language = q.value(o + 5).toString();
    r.trackId = uuidFromDb(q.value(o + 6));
    r.roomId = uuidFromDb(q.value(o + 7));
    r.start = dateTimeFromDb(q.value(o + 8));
    r.speakerIds = uuidsFromDb(q.value(o + 9));
    r.expectedAttendance = q.value(o + 10).toInt();
    r.pinned = q.value(o + 11).toInt() != 0;
    r.tags = stringsFromDb(q.value(o + 12));
    r.subtitle = q.value(o + 13).toString();
    r.description = q.value(o + 14).toString();
    r.links = linksFromDb(q.value(o + 15));
    r.attachments = linksFromDb(q.value(o + 16));
    r.allowedRoomIds = uuidsFromDb(q.value(o + 17));
    r.allowedTimes = windowsFromDb(q.value(o + 18));
}

// ---- Speaker
QString RecordCodec<Speaker>::table()
{
    return u"speakers"_s;
}
QString RecordCodec<Speaker>::orderBy()
{
    return u"name"_s;
}
const QStringList &RecordCodec<Speaker>::columns()
{
    static const QStringList c{u"event_id"_s,     u"name"_s, u"email"_s,
                               u"organisation"_s, u"bio"_s,  u"availability"_s};
    return c;
}
QVariantList RecordCodec<Speaker>::values(const Speaker &r)
{
    return {toDb(r.eventId), r.name, r.email, r.organisation, r.bio, windowsToDb(r.availability)};
}
void RecordCodec<Speaker>::read(Speaker &r, const QSqlQuery &q, int o)
{
    r.eventId = uuidFromDb(q.value(o));
    r.name = q.value(o + 1).toString();
    r.email = q.value(o + 2).toString();
    r.organisation = q.value(o + 3).toString();
    r.bio = q.value(o + 4).toString();
    r.availability = windowsFromDb(q.value(o + 5));
}

// ---- Participant
QString RecordCodec<Participant>::table()
{
    return u"participants"_s;
}
QString RecordCodec<Participant>::orderBy()
{
    return u"created_utc, rowid"_s; // registration order: the waitlist moves up in it
}
const QStringList &RecordCodec<Participant>::columns()
{
    static const QStringList c{u"event_id"_s,       u"name"_s,   u"email"_s,   u"phone"_s, u"organisation"_s,
                               u"ticket_type_id"_s, u"status"_s, u"answers"_s, u"notes"_s, u"source"_s};
    return c;
}
QVariantList RecordCodec<Participant>::values(const Participant &r)
{
    return {toDb(r.eventId),
            r.name,
            r.email,
            r.phone,
            r.organisation,
            nullable(r.ticketTypeId),
            participantStatusName(r.status),
            r.answers.isEmpty() ? u"{}"_s
                                : QString::fromUtf8(QJsonDocument(r.answers).toJson(QJsonDocument::Compact)),
            r.notes,
            r.source};
}
void RecordCodec<Participant>::read(Participant &r, const QSqlQuery &q, int o)
{
    r.eventId = uuidFromDb(q.value(o));
    r.name = q.value(o + 1).toString();
    r.email = q.value(o + 2).toString();
    r.phone = q.value(o + 3).toString();
    r.organisation = q.value(o + 4).toString();
    r.ticketTypeId = uuidFromDb(q.value(o + 5));
    r.status = participantStatusFromName(q.value(o + 6).toString()).value_or(ParticipantStatus::Pending);
    r.answers = QJsonDocument::fromJson(q.value(o + 7).toString().toUtf8()).object();
    r.notes = q.value(o + 8).toString();
    r.source = q.value(o + 9).toString();
}

// ---- TicketType
QString RecordCodec<TicketType>::table()
{
    return u"ticket_types"_s;
}
QString RecordCodec<TicketType>::orderBy()
{
    return u"name"_s;
}
const QStringList &RecordCodec<TicketType>::columns()
{
    static const QStringList c{u"event_id"_s, u"name"_s, u"quota"_s, u"price_cents"_s, u"currency"_s};
    return c;
}
QVariantList RecordCodec<TicketType>::values(const TicketType &r)
{
    return {toDb(r.eventId), r.name, r.quota ? QVariant(*r.quota) : QVariant(QMetaType::fromType<int>()),
            r.priceCents, r.currency};
}
void RecordCodec<TicketType>::read(TicketType &r, const QSqlQuery &q, int o)
{
    r.eventId = uuidFromDb(q.value(o));
    r.name = q.value(o + 1).toString();
    r.quota = q.value(o + 2).isNull() ? std::nullopt : std::optional<int>(q.value(o + 2).toInt());
    r.priceCents = q.value(o + 3).toLongLong();
    r.currency = q.value(o + 4).toString();
}

// ---- ScheduleRelease
QString RecordCodec<ScheduleRelease>::table()
{
    return u"schedule_releases"_s;
}
QString RecordCodec<ScheduleRelease>::orderBy()
{
    return u"version"_s;
}
const QStringList &RecordCodec<ScheduleRelease>::columns()
{
    static const QStringList c{u"event_id"_s, u"version"_s, u"name"_s, u"comment"_s, u"sessions"_s};
    return c;
}
QVariantList RecordCodec<ScheduleRelease>::values(const ScheduleRelease &r)
{
    return {toDb(r.eventId), r.version, r.name, r.comment,
            QString::fromUtf8(QJsonDocument(r.sessions).toJson(QJsonDocument::Compact))};
}
void RecordCodec<ScheduleRelease>::read(ScheduleRelease &r, const QSqlQuery &q, int o)
{
    r.eventId = uuidFromDb(q.value(o));
    r.version = q.value(o + 1).toInt();
    r.name = q.value(o + 2).toString();
    r.comment = q.value(o + 3).toString();
    r.sessions = QJsonDocument::fromJson(q.value(o + 4).toString().toUtf8()).array();
}

QString tableFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Event:
        return RecordCodec<Event>::table();
    case RecordKind::Room:
        return RecordCodec<Room>::table();
    case RecordKind::Track:
        return RecordCodec<Track>::table();
    case RecordKind::Session:
        return RecordCodec<Session>::table();
    case RecordKind::Speaker:
        return RecordCodec<Speaker>::table();
    case RecordKind::Participant:
        return RecordCodec<Participant>::table();
    case RecordKind::TicketType:
        return RecordCodec<TicketType>::table();
    case RecordKind::ScheduleRelease:
        return RecordCodec<ScheduleRelease>::table();
    }
    return {};
}

QJsonValue columnToJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant columnFromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            return static_cast<qint64>(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString::fromUtf8(
            QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                .toJson(QJsonDocument::Compact));
    }
}

} // namespace EventDesk::Storage
