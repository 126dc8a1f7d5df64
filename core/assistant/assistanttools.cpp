#include "assistanttools.h"

#include "eventsnapshot.h"
#include "registration/registrations.h"
#include "schedule/conflictchecker.h"
#include "shortids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QJsonObject property(const QString &type, const QString &description)
{
    return {{u"type"_s, type}, {u"description"_s, description}};
}

QJsonObject schema(const QJsonObject &properties, const QStringList &required = {})
{
    QJsonObject o{
        {u"type"_s, u"object"_s}, {u"properties"_s, properties}, {u"additionalProperties"_s, false}};
    if (!required.isEmpty())
        o.insert(u"required"_s, QJsonArray::fromStringList(required));
    return o;
}

QJsonObject limitProperty()
{
    return {{u"type"_s, u"integer"_s},
            {u"minimum"_s, 1},
            {u"maximum"_s, AssistantTools::kMaxLimit},
            {u"description"_s, u"Most results to return (default 20)"_s}};
}

int limitOf(const QJsonObject &args)
{
    const int n = args.value(u"limit"_s).toInt(AssistantTools::kDefaultLimit);
    return std::clamp(n, 1, AssistantTools::kMaxLimit);
}

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

QString cut(const QString &text, qsizetype chars)
{
    const QString t = text.simplified();
    return t.size() <= chars ? t : t.left(chars) + u"…"_s;
}

// Results in order while the answer stays under the cap; says how many matched and whether some were
// left out.
QJsonObject capped(const QString &key, const QList<QJsonObject> &items, int limit)
{
    QJsonArray out;
    qsizetype size = 200; // the envelope
    for (const QJsonObject &item : items) {
        if (out.size() >= limit)
            break;
        const qsizetype itemSize = QJsonDocument(item).toJson(QJsonDocument::Compact).size() + 1;
        if (size + itemSize > AssistantTools::kMaxResultChars)
            break;
        size += itemSize;
        out.append(item);
    }
    return {{key, out},
            {u"total"_s, items.size()},
            {u"returned"_s, out.size()},
            {u"truncated"_s, out.size() < items.size()}};
}

QJsonArray windows(const EventSnapshot &s, const QList<TimeWindow> &list)
{
    QJsonArray out;
    for (const TimeWindow &w : list)
        out.append(QJsonObject{{u"start"_s, s.localTime(w.start)}, {u"end"_s, s.localTime(w.end)}});
    return out;
}

// A record named by an id (full or a short prefix) or by its name.
template <typename T>
QList<QUuid> matching(const EventSnapshot &s, const QList<T> &records, const QString &idOrName)
{
    const QString needle = idOrName.trimmed().toLower().remove(u'{').remove(u'}');
    QList<QUuid> exact, byId, byName;
    for (const T &r : records) {
        if (r.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            exact << r.meta.id;
        else if (needle.size() >= 4 && ShortIds::full(r.meta.id).startsWith(needle))
            byId << r.meta.id;
        else if (contains(r.name, idOrName.trimmed()))
            byName << r.meta.id;
    }
    Q_UNUSED(s)
    return !exact.isEmpty() ? exact : !byId.isEmpty() ? byId : byName;
}

QJsonObject error(const QString &message)
{
    return {{u"error"_s, message}};
}

} // namespace

AssistantTools::AssistantTools(const EventStore &store, const QUuid &eventId)
    : m_store(store), m_eventId(eventId)
{
}

QList<ToolDefinition> AssistantTools::definitions()
{
    const QString idOrName = u"An id from the context (or a unique prefix) or a name"_s;
    return {
        {u"search_sessions"_s,
         u"Find sessions of the current event by words in the title, abstract or tags, and by room, track, "
         "speaker, day or whether they are unscheduled. Returns their details, abstracts included."_s,
         schema({{u"query"_s, property(u"string"_s, u"Words to look for; empty: any"_s)},
                 {u"room"_s, property(u"string"_s, idOrName)},
                 {u"track"_s, property(u"string"_s, idOrName)},
                 {u"speaker"_s, property(u"string"_s, idOrName)},
                 {u"day"_s, property(u"string"_s, u"A date, YYYY-MM-DD, in the event's time zone"_s)},
                 {u"unscheduled"_s, property(u"boolean"_s, u"true: only sessions without a start time"_s)},
                 {u"limit"_s, limitProperty()}})},
        {u"search_speakers"_s,
         u"Find speakers by name, organisation or words in their bio; returns their availability and "
         "sessions. Contact details are never given."_s,
         schema({{u"query"_s, property(u"string"_s, u"Words to look for; empty: any"_s)},
                 {u"limit"_s, limitProperty()}})},
        {u"search_rooms"_s,
         u"Find rooms by name; returns capacity, availability and how many sessions each day."_s,
         schema({{u"query"_s, property(u"string"_s, u"Words to look for; empty: all rooms"_s)},
                 {u"limit"_s, limitProperty()}})},
        {u"search_participants"_s,
         u"Find registered participants by name or organisation, optionally by status or ticket type. "
         "Returns name, organisation, status and ticket only: emails and phone numbers are never given."_s,
         schema(
             {{u"query"_s, property(u"string"_s, u"Words in the name or organisation; empty: any"_s)},
              {u"status"_s, QJsonObject{{u"type"_s, u"string"_s},
                                        {u"enum"_s, QJsonArray{u"pending"_s, u"confirmed"_s, u"waitlisted"_s,
                                                               u"cancelled"_s, u"checked-in"_s}}}},
              {u"ticket"_s, property(u"string"_s, u"A ticket type's id or name"_s)},
              {u"limit"_s, limitProperty()}})},
        {u"get_conflicts"_s,
         u"The schedule's conflicts as the conflict checker finds them (double bookings, speakers "
         "unavailable, sessions outside hours or over capacity…), errors first."_s,
         schema({{u"session"_s, property(u"string"_s, u"Only the conflicts of this session (id)"_s)},
                 {u"severity"_s,
                  QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"error"_s, u"warning"_s}}}},
                 {u"limit"_s, limitProperty()}})},
        {u"get_event_facts"_s,
         u"The event's facts: venue, dates, daily hours, time zone, capacity, ticket types with their free "
         "places, and participant counts by status."_s,
         schema({})},
    };
}

QString AssistantTools::run(const QString &name, const QString &arguments) const
{
    QJsonObject result;
    QJsonParseError pe;
    const QString text = arguments.trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(text.isEmpty() ? "{}" : text.toUtf8(), &pe);
    const QStringList known{u"search_sessions"_s,     u"search_speakers"_s, u"search_rooms"_s,
                            u"search_participants"_s, u"get_conflicts"_s,   u"get_event_facts"_s};
    if (!known.contains(name)) {
        result = error(u"unknown tool \"%1\"; the tools are %2"_s.arg(name, known.join(u", "_s)));
    } else if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        result = error(u"the arguments are not a JSON object"_s);
    } else if (auto s = EventSnapshot::load(m_store, m_eventId); !s) {
        result = error(s.error().message);
    } else {
        const QJsonObject args = doc.object();
        if (name == u"search_sessions")
            result = searchSessions(s.value(), args);
        else if (name == u"search_speakers")
            result = searchSpeakers(s.value(), args);
        else if (name == u"search_rooms")
            result = searchRooms(s.value(), args);
        else if (name == u"search_participants")
            result = searchParticipants(s.value(), args);
        else if (name == u"get_conflicts")
            result = conflicts(s.value(), args);
        else
            result = eventFacts(s.value());
    }
    return QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
}

QJsonObject AssistantTools::searchSessions(const EventSnapshot &s, const QJsonObject &args) const
{
    const QString query = args.value(u"query"_s).toString().trimmed();
    std::optional<QList<QUuid>> rooms, tracks, speakers;
    if (const QString v = args.value(u"room"_s).toString(); !v.trimmed().isEmpty())
        rooms = matching(s, s.rooms, v);
    if (const QString v = args.value(u"track"_s).toString(); !v.trimmed().isEmpty())
        tracks = matching(s, s.tracks, v);
    if (const QString v = args.value(u"speaker"_s).toString(); !v.trimmed().isEmpty())
        speakers = matching(s, s.speakers, v);
    std::optional<QDate> day;
    if (const QString v = args.value(u"day"_s).toString().trimmed(); !v.isEmpty()) {
        day = QDate::fromString(v.left(10), Qt::ISODate);
        if (!day->isValid())
            return error(u"day must be a date as YYYY-MM-DD, not \"%1\""_s.arg(v));
    }
    const bool onlyUnscheduled = args.value(u"unscheduled"_s).toBool();

    QList<QJsonObject> found;
    for (const Session &session : s.sessions) {
        if (!query.isEmpty() && !contains(session.title, query) && !contains(session.abstract, query) &&
            !session.tags.contains(query, Qt::CaseInsensitive))
            continue;
        if (rooms && !rooms->contains(session.roomId))
            continue;
        if (tracks && !tracks->contains(session.trackId))
            continue;
        if (speakers && std::none_of(session.speakerIds.cbegin(), session.speakerIds.cend(),
                                     [&](const QUuid &id) { return speakers->contains(id); }))
            continue;
        if (onlyUnscheduled && session.start.isValid())
            continue;
        if (day && (!session.start.isValid() || s.localDate(session.start) != *day))
            continue;
        QJsonObject o{{u"id"_s, s.id(session.meta.id)},
                      {u"title"_s, session.title},
                      {u"type"_s, sessionTypeName(session.type)},
                      {u"durationMinutes"_s, session.durationMinutes},
                      {u"language"_s, session.language},
                      {u"tags"_s, QJsonArray::fromStringList(session.tags)},
                      {u"abstract"_s, cut(session.abstract, 600)},
                      {u"pinned"_s, session.pinned},
                      {u"expectedAttendance"_s, session.expectedAttendance}};
        o.insert(u"start"_s, session.start.isValid() ? QJsonValue(s.localTime(session.start)) : QJsonValue());
        o.insert(u"end"_s, session.start.isValid() ? QJsonValue(s.localTime(session.end())) : QJsonValue());
        if (const Room *r = s.room(session.roomId))
            o.insert(u"room"_s, QJsonObject{{u"id"_s, s.id(r->meta.id)}, {u"name"_s, r->name}});
        if (const Track *t = s.track(session.trackId))
            o.insert(u"track"_s, QJsonObject{{u"id"_s, s.id(t->meta.id)}, {u"name"_s, t->name}});
        QJsonArray people;
        for (const QUuid &id : session.speakerIds)
            if (const Speaker *sp = s.speaker(id))
                people.append(QJsonObject{{u"id"_s, s.id(sp->meta.id)}, {u"name"_s, sp->name}});
        o.insert(u"speakers"_s, people);
        found.append(o);
    }
    return capped(u"sessions"_s, found, limitOf(args));
}

QJsonObject AssistantTools::searchSpeakers(const EventSnapshot &s, const QJsonObject &args) const
{
    const QString query = args.value(u"query"_s).toString().trimmed();
    QHash<QUuid, QJsonArray> sessionsOf;
    for (const Session &session : s.sessions)
        for (const QUuid &id : session.speakerIds)
            sessionsOf[id].append(
                QJsonObject{{u"id"_s, s.id(session.meta.id)},
                            {u"title"_s, session.title},
                            {u"start"_s, session.start.isValid() ? QJsonValue(s.localTime(session.start))
                                                                 : QJsonValue()}});
    QList<QJsonObject> found;
    for (const Speaker &sp : s.speakers) {
        if (!query.isEmpty() && !contains(sp.name, query) && !contains(sp.organisation, query) &&
            !contains(sp.bio, query))
            continue;
        found.append(QJsonObject{{u"id"_s, s.id(sp.meta.id)},
                                 {u"name"_s, sp.name},
                                 {u"organisation"_s, sp.organisation},
                                 {u"bio"_s, cut(sp.bio, 300)},
                                 {u"availability"_s, windows(s, sp.availability)},
                                 {u"sessions"_s, sessionsOf.value(sp.meta.id)}});
    }
    return capped(u"speakers"_s, found, limitOf(args));
}

QJsonObject AssistantTools::searchRooms(const EventSnapshot &s, const QJsonObject &args) const
{
    const QString query = args.value(u"query"_s).toString().trimmed();
    QHash<QUuid, QMap<QString, int>> perDay;
    for (const Session &session : s.sessions)
        if (session.start.isValid() && !session.roomId.isNull())
            ++perDay[session.roomId][s.localDate(session.start).toString(Qt::ISODate)];
    QList<QJsonObject> found;
    for (const Room &r : s.rooms) {
        if (!query.isEmpty() && !contains(r.name, query) && !ShortIds::full(r.meta.id).startsWith(query))
            continue;
        QJsonObject days;
        const QMap<QString, int> counts = perDay.value(r.meta.id);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            days.insert(it.key(), it.value());
        found.append(QJsonObject{{u"id"_s, s.id(r.meta.id)},
                                 {u"name"_s, r.name},
                                 {u"capacity"_s, r.capacity},
                                 {u"availability"_s, windows(s, r.availability)},
                                 {u"sessionsPerDay"_s, days}});
    }
    return capped(u"rooms"_s, found, limitOf(args));
}

QJsonObject AssistantTools::searchParticipants(const EventSnapshot &s, const QJsonObject &args) const
{
    const QString query = args.value(u"query"_s).toString().trimmed();
    std::optional<ParticipantStatus> status;
    if (const QString v = args.value(u"status"_s).toString().trimmed(); !v.isEmpty()) {
        status = participantStatusFromName(v);
        if (!status)
            return error(u"unknown status \"%1\""_s.arg(v));
    }
    std::optional<QList<QUuid>> tickets;
    if (const QString v = args.value(u"ticket"_s).toString(); !v.trimmed().isEmpty())
        tickets = matching(s, s.tickets, v);
    auto participants = m_store.list<Participant>(m_eventId);
    if (!participants)
        return error(participants.error().message);
    auto all = m_store.list<Participant>(); // short ids unique in the workspace
    if (!all)
        return error(all.error().message);
    QList<QUuid> allIds;
    allIds.reserve(all.value().size());
    for (const Participant &p : all.value())
        allIds.append(p.meta.id);
    const QHash<QUuid, QString> shortIds = ShortIds::of(allIds);
    QHash<QUuid, QString> ticketNames;
    for (const TicketType &t : s.tickets)
        ticketNames.insert(t.meta.id, t.name);

    QList<Participant> list = participants.value();
    std::sort(list.begin(), list.end(), [](const Participant &a, const Participant &b) {
        if (a.name != b.name)
            return a.name < b.name;
        return a.meta.id.toString() < b.meta.id.toString();
    });
    QList<QJsonObject> found;
    for (const Participant &p : std::as_const(list)) {
        // Only the name and organisation are searched: a search by email or phone would reveal them.
        if (!query.isEmpty() && !contains(p.name, query) && !contains(p.organisation, query))
            continue;
        if (status && p.status != *status)
            continue;
        if (tickets && !tickets->contains(p.ticketTypeId))
            continue;
        QJsonObject o{{u"id"_s, shortIds.value(p.meta.id)},
                      {u"name"_s, p.name},
                      {u"organisation"_s, p.organisation},
                      {u"status"_s, participantStatusName(p.status)}};
        o.insert(u"ticket"_s, p.ticketTypeId.isNull()
                                  ? QJsonValue()
                                  : QJsonValue(QJsonObject{{u"id"_s, s.id(p.ticketTypeId)},
                                                           {u"name"_s, ticketNames.value(p.ticketTypeId)}}));
        found.append(o);
    }
    return capped(u"participants"_s, found, limitOf(args));
}

QJsonObject AssistantTools::conflicts(const EventSnapshot &s, const QJsonObject &args) const
{
    ScheduleData data;
    data.event = s.event;
    data.rooms = s.rooms;
    data.tracks = s.tracks;
    data.speakers = s.speakers;
    data.sessions = s.sessions;
    const ConflictChecker checker(data);
    std::optional<QUuid> session;
    if (const QString v = args.value(u"session"_s).toString().trimmed(); !v.isEmpty()) {
        const QString needle = v.toLower().remove(u'{').remove(u'}');
        QList<QUuid> hits;
        for (const Session &x : s.sessions)
            if (needle.size() >= 4 && ShortIds::full(x.meta.id).startsWith(needle))
                hits << x.meta.id;
        if (hits.size() != 1)
            return error(hits.isEmpty() ? u"no session with id \"%1\""_s.arg(v)
                                        : u"the id \"%1\" matches more than one session"_s.arg(v));
        session = hits.first();
    }
    std::optional<Severity> severity;
    if (const QString v = args.value(u"severity"_s).toString().trimmed(); !v.isEmpty())
        severity = severityFromName(v);
    QHash<QUuid, QString> titles;
    for (const Session &x : s.sessions)
        titles.insert(x.meta.id, x.title);
    auto ids = [&s](const QList<QUuid> &list) {
        QJsonArray out;
        for (const QUuid &id : list)
            out.append(s.id(id));
        return out;
    };
    QList<QJsonObject> found;
    const QList<Conflict> all = session ? checker.forSession(*session) : checker.all();
    for (const Conflict &c : all) {
        if (severity && c.severity != *severity)
            continue;
        QJsonArray sessions;
        for (const QUuid &id : c.sessions)
            sessions.append(QJsonObject{{u"id"_s, s.id(id)}, {u"title"_s, titles.value(id)}});
        found.append(QJsonObject{{u"rule"_s, conflictRuleName(c.rule)},
                                 {u"severity"_s, severityName(c.severity)},
                                 {u"message"_s, c.message},
                                 {u"sessions"_s, sessions},
                                 {u"rooms"_s, ids(c.rooms)},
                                 {u"speakers"_s, ids(c.speakers)}});
    }
    QJsonObject out = capped(u"conflicts"_s, found, limitOf(args));
    out.insert(u"errors"_s, checker.count(Severity::Error));
    out.insert(u"warnings"_s, checker.count(Severity::Warning));
    return out;
}

QJsonObject AssistantTools::eventFacts(const EventSnapshot &s) const
{
    const Event &e = s.event;
    auto places = Registrations::freePlaces(m_store, e, s.tickets);
    if (!places)
        return error(places.error().message);
    QJsonArray tickets;
    for (const TicketType &t : s.tickets) {
        const std::optional<int> free = places.value().tickets.value(t.meta.id);
        tickets.append(QJsonObject{{u"id"_s, s.id(t.meta.id)},
                                   {u"name"_s, t.name},
                                   {u"quota"_s, t.quota ? QJsonValue(*t.quota) : QJsonValue()},
                                   {u"freePlaces"_s, t.quota ? QJsonValue(free.value_or(0)) : QJsonValue()},
                                   {u"price"_s, QString::number(double(t.priceCents) / 100.0, 'f', 2)},
                                   {u"currency"_s, t.currency}});
    }
    QJsonObject participants;
    for (ParticipantStatus status :
         {ParticipantStatus::Pending, ParticipantStatus::Confirmed, ParticipantStatus::Waitlisted,
          ParticipantStatus::Cancelled, ParticipantStatus::CheckedIn}) {
        auto byTicket = m_store.countParticipantsByTicket(e.meta.id, {status});
        if (!byTicket)
            return error(byTicket.error().message);
        qint64 n = 0;
        for (qint64 v : byTicket.value())
            n += v;
        participants.insert(participantStatusName(status), n);
    }
    QJsonArray days;
    for (const QDate &d : s.days())
        days.append(d.toString(Qt::ISODate));
    return {{u"name"_s, e.name},
            {u"status"_s, eventStatusName(e.status)},
            {u"venue"_s, e.venueName},
            {u"address"_s, e.venueAddress},
            {u"timeZone"_s, QString::fromUtf8(s.zone.id())},
            {u"startDate"_s, e.startDate.toString(Qt::ISODate)},
            {u"endDate"_s, e.endDate.toString(Qt::ISODate)},
            {u"days"_s, days},
            {u"dailyHours"_s, QJsonObject{{u"start"_s, e.dayStart.toString(u"HH:mm"_s)},
                                          {u"end"_s, e.dayEnd.toString(u"HH:mm"_s)}}},
            {u"capacity"_s, e.capacity ? QJsonValue(*e.capacity) : QJsonValue()},
            {u"freePlaces"_s, e.capacity ? QJsonValue(places.value().event.value_or(0)) : QJsonValue()},
            {u"ticketTypes"_s, tickets},
            {u"participants"_s, participants},
            {u"rooms"_s, s.rooms.size()},
            {u"sessions"_s, s.sessions.size()},
            {u"speakers"_s, s.speakers.size()}};
}

} // namespace EventDesk
