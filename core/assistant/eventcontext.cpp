#include "eventcontext.h"

#include "assistanttools.h"
#include "eventsnapshot.h"
#include "llm/tokenestimator.h"
#include "registration/registrations.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// The most each section of a summary may take, in percent of what the header leaves; what a section
// leaves unused goes to the next ones, and the speakers get the rest.
constexpr int kRoomsShare = 15;
constexpr int kTracksShare = 8;
constexpr int kOverviewShare = 20;
constexpr int kUnscheduledShare = 50;
constexpr int kClosingReserve = 40; // the lines after the unscheduled sessions

int cost(const QString &line)
{
    return TokenEstimator::estimate(line) + 1; // the line break, generously
}

// Lines with their estimated tokens.
struct Lines {
    QStringList lines;
    int tokens = 0;
    void add(const QString &line)
    {
        lines << line;
        tokens += cost(line);
    }
    void add(const Lines &other)
    {
        lines << other.lines;
        tokens += other.tokens;
    }
    // Adds items while they fit in cap, keeping room for the note that says how many were left out.
    void addUpTo(const QStringList &items, int cap, const std::function<QString(qsizetype)> &more)
    {
        const int reserve = cost(more(items.size()));
        int used = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const int c = cost(items.at(i));
            const bool last = i + 1 == items.size();
            if (used + c > cap - (last ? 0 : reserve)) {
                add(more(items.size() - i));
                return;
            }
            add(items.at(i));
            used += c;
        }
    }
};

QString weekday(const QDate &d)
{
    return QLocale::c().toString(d, u"ddd"_s); // English for the model, whatever the user's language
}

QString quoted(const QString &text)
{
    QString t = text.simplified();
    t.replace(u'"', u'\'');
    return u'"' + t + u'"';
}

QString sessionLine(const EventSnapshot &s, const Session &session)
{
    QString line = u"- [%1] %2 %3 %4 min"_s
                       .arg(s.id(session.meta.id), quoted(session.title), sessionTypeName(session.type))
                       .arg(session.durationMinutes);
    if (session.start.isValid())
        line += u", "_s + s.localTime(session.start);
    else
        line += u", unscheduled"_s;
    if (const Room *room = s.room(session.roomId))
        line += u", "_s + room->name;
    if (const Track *track = s.track(session.trackId))
        line += u", track "_s + track->name;
    QStringList names;
    for (const QUuid &id : session.speakerIds)
        if (const Speaker *speaker = s.speaker(id))
            names << speaker->name;
    if (!names.isEmpty())
        line += u", speakers "_s + names.join(u", "_s);
    if (session.expectedAttendance > 0)
        line += u"; expected %1"_s.arg(session.expectedAttendance);
    if (session.pinned)
        line += u"; pinned"_s;
    return line;
}

QString roomLine(const EventSnapshot &s, const Room &room)
{
    return u"- [%1] %2, %3 seats%4"_s.arg(s.id(room.meta.id), room.name)
        .arg(room.capacity)
        .arg(room.availability.isEmpty() ? QString() : u", limited availability"_s);
}

QString speakerLine(const EventSnapshot &s, const Speaker &speaker)
{
    return u"- [%1] %2%3"_s.arg(s.id(speaker.meta.id), speaker.name,
                                speaker.organisation.isEmpty() ? QString()
                                                               : u" ("_s + speaker.organisation + u')');
}

// The event's facts: name, time zone, days, hours, venue, registration and participant counts.
Result<Lines> header(const EventStore &store, const EventSnapshot &s, int descriptionChars)
{
    const Event &e = s.event;
    Lines out;
    out.add(u"Event: %1 (%2)"_s.arg(e.name, eventStatusName(e.status)));
    out.add(u"Time zone: %1; every time below is local to it (yyyy-MM-dd HH:mm)."_s.arg(
        QString::fromUtf8(s.zone.id())));
    QStringList days;
    for (const QDate &d : s.days())
        days << d.toString(Qt::ISODate) + u' ' + weekday(d);
    out.add(u"Days: %1; hours %2-%3 each day."_s.arg(days.join(u", "_s), e.dayStart.toString(u"HH:mm"_s),
                                                     e.dayEnd.toString(u"HH:mm"_s)));
    QStringList venue;
    for (const QString &part : {e.venueName.simplified(), e.venueAddress.simplified()})
        if (!part.isEmpty())
            venue << part;
    if (!venue.isEmpty())
        out.add(u"Venue: "_s + venue.join(u", "_s));

    auto places = Registrations::freePlaces(store, e, s.tickets);
    if (!places)
        return places.error();
    QString registration =
        e.capacity
            ? u"Registration: capacity %1, %2 free"_s.arg(*e.capacity).arg(places.value().event.value_or(0))
            : u"Registration: no overall capacity"_s;
    QStringList tickets;
    for (const TicketType &t : s.tickets) {
        const std::optional<int> free = places.value().tickets.value(t.meta.id);
        tickets << u"[%1] %2 %3"_s.arg(s.id(t.meta.id), t.name,
                                       t.quota ? u"%1 of %2 free"_s.arg(free.value_or(0)).arg(*t.quota)
                                               : u"unlimited"_s);
    }
    if (!tickets.isEmpty())
        registration += u"; tickets: "_s + tickets.join(u", "_s);
    out.add(registration + u'.');

    qint64 total = 0;
    QStringList counts;
    for (ParticipantStatus status :
         {ParticipantStatus::Confirmed, ParticipantStatus::CheckedIn, ParticipantStatus::Pending,
          ParticipantStatus::Waitlisted, ParticipantStatus::Cancelled}) {
        auto byTicket = store.countParticipantsByTicket(e.meta.id, {status});
        if (!byTicket)
            return byTicket.error();
        qint64 n = 0;
        for (qint64 v : byTicket.value())
            n += v;
        total += n;
        if (n > 0)
            counts << u"%1 %2"_s.arg(n).arg(participantStatusName(status));
    }
    out.add(u"Participants: %1 registered%2; names and contact details withheld (search_participants)."_s
                .arg(total)
                .arg(counts.isEmpty() ? QString() : u" ("_s + counts.join(u", "_s) + u')'));
    if (!e.description.isEmpty() && descriptionChars > 0) {
        QString d = e.description.simplified();
        if (d.size() > descriptionChars)
            d = d.left(descriptionChars) + u"…"_s;
        out.add(u"Description: "_s + d);
    }
    return out;
}

QString statement(int budget, int tokens)
{
    return u"Event context for the assistant, within a budget of %1 tokens (this text: about %2 tokens). Ids "
           "in brackets are short ids: refer to records by them (or by the full id); the tools accept them."_s
               .arg(budget)
               .arg(tokens);
}

// Joins the parts with the statement of the budget in front.
QString assemble(int budget, const QStringList &lines)
{
    const QString body = lines.join(u'\n') + u'\n';
    // The statement holds its own text's size: settle the number (its digits count too).
    int tokens = TokenEstimator::estimate(body);
    for (int i = 0; i < 4; ++i) {
        const int next = TokenEstimator::estimate(QString(statement(budget, tokens) + u'\n' + body));
        if (next == tokens)
            break;
        tokens = next;
    }
    return statement(budget, tokens) + u'\n' + body;
}

Lines fullListing(const EventSnapshot &s)
{
    Lines out;
    out.add(u"\nRooms (%1):"_s.arg(s.rooms.size()));
    for (const Room &r : s.rooms)
        out.add(roomLine(s, r));
    out.add(u"\nTracks (%1):"_s.arg(s.tracks.size()));
    for (const Track &t : s.tracks)
        out.add(u"- [%1] %2"_s.arg(s.id(t.meta.id), t.name));
    qsizetype unscheduled = 0;
    for (const Session &session : s.sessions)
        unscheduled += session.start.isValid() ? 0 : 1;
    out.add(u"\nSessions (%1, %2 unscheduled; id, title, type, duration, start, room, track, speakers):"_s
                .arg(s.sessions.size())
                .arg(unscheduled));
    for (const Session &session : s.sessions)
        out.add(sessionLine(s, session));
    out.add(u"\nSpeakers (%1):"_s.arg(s.speakers.size()));
    for (const Speaker &speaker : s.speakers)
        out.add(speakerLine(s, speaker));
    out.add(u"\nThe event is listed in full. Use the tools for abstracts, availability, participants, "
            "conflicts and free places."_s);
    return out;
}

Lines summary(const EventSnapshot &s, int budget, int headerTokens)
{
    Lines out;
    const int room = std::max(0, budget - headerTokens);
    auto share = [&](int percent) {
        return std::min(room * percent / 100, room - out.tokens - kClosingReserve);
    };

    out.add(u"\nThis event is too large to list within the budget, so this is a summary; look details up "
            "with the tools (search_sessions, search_speakers, search_rooms, search_participants, "
            "get_conflicts, get_event_facts)."_s);

    QStringList rooms;
    for (const Room &r : s.rooms)
        rooms << roomLine(s, r);
    out.add(u"\nRooms (%1):"_s.arg(s.rooms.size()));
    out.addUpTo(rooms, share(kRoomsShare),
                [](qsizetype n) { return u"- … and %1 more rooms (search_rooms)"_s.arg(n); });

    QHash<QUuid, int> perTrack;
    QMap<QString, int> perType;
    QMap<QDate, int> perDay;
    QHash<QUuid, QMap<QDate, std::pair<int, std::pair<QDateTime, QDateTime>>>> perRoomDay;
    QList<const Session *> unscheduled;
    for (const Session &session : s.sessions) {
        ++perTrack[session.trackId];
        ++perType[sessionTypeName(session.type)];
        if (!session.start.isValid()) {
            unscheduled.append(&session);
            continue;
        }
        const QDate day = s.localDate(session.start);
        ++perDay[day];
        if (session.roomId.isNull())
            continue;
        auto &cell = perRoomDay[session.roomId][day];
        if (cell.first++ == 0) {
            cell.second = {session.start, session.end()};
        } else {
            cell.second.first = std::min(cell.second.first, session.start);
            cell.second.second = std::max(cell.second.second, session.end());
        }
    }

    QStringList tracks;
    for (const Track &t : s.tracks)
        tracks << u"- [%1] %2 (%3 sessions)"_s.arg(s.id(t.meta.id), t.name).arg(perTrack.value(t.meta.id));
    out.add(u"\nTracks (%1):"_s.arg(s.tracks.size()));
    out.addUpTo(tracks, share(kTracksShare),
                [](qsizetype n) { return u"- … and %1 more tracks (search_sessions by track)"_s.arg(n); });

    QStringList types;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        types << u"%1 %2"_s.arg(it.value()).arg(it.key());
    out.add(u"\nSessions: %1 (%2), %3 scheduled, %4 unscheduled."_s.arg(s.sessions.size())
                .arg(types.join(u", "_s))
                .arg(s.sessions.size() - unscheduled.size())
                .arg(unscheduled.size()));
    QStringList days;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        days << u"%1 %2: %3"_s.arg(it.key().toString(Qt::ISODate), weekday(it.key())).arg(it.value());
    if (!days.isEmpty())
        out.add(u"Scheduled per day: "_s + days.join(u", "_s) + u'.');
    QStringList overview;
    for (const Room &r : s.rooms) {
        const auto cells = perRoomDay.value(r.meta.id);
        if (cells.isEmpty())
            continue;
        QStringList parts;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it)
            parts << u"%1 %2 (%3-%4)"_s.arg(weekday(it.key()))
                         .arg(it.value().first)
                         .arg(s.localTime(it.value().second.first).right(5),
                              s.localTime(it.value().second.second).right(5));
        overview << u"- %1: %2"_s.arg(r.name, parts.join(u", "_s));
    }
    out.add(u"Scheduled per room and day (count, first start-last end):"_s);
    out.addUpTo(overview, share(kOverviewShare),
                [](qsizetype n) { return u"- … and %1 more rooms (search_rooms)"_s.arg(n); });

    QStringList open;
    for (const Session *session : std::as_const(unscheduled))
        open << sessionLine(s, *session);
    if (!open.isEmpty()) {
        out.add(u"\nUnscheduled sessions (%1; id, title, type, duration, room, track, speakers):"_s.arg(
            open.size()));
        out.addUpTo(open, share(kUnscheduledShare), [](qsizetype n) {
            return u"- … and %1 more unscheduled sessions (search_sessions with unscheduled true)"_s.arg(n);
        });
    }
    out.add(
        u"Scheduled sessions are not listed: use search_sessions (words, room, track, speaker or day)."_s);

    QStringList speakers;
    for (const Speaker &speaker : s.speakers)
        speakers << speakerLine(s, speaker);
    out.add(u"\nSpeakers (%1):"_s.arg(s.speakers.size()));
    out.addUpTo(speakers, room - out.tokens,
                [](qsizetype n) { return u"- … and %1 more speakers (search_speakers)"_s.arg(n); });
    return out;
}

} // namespace

EventContext::EventContext(const EventStore &store, const QUuid &eventId) : m_store(store), m_eventId(eventId)
{
}

Result<QString> EventContext::build(int budgetTokens) const
{
    const int budget = std::max(budgetTokens, kMinimumBudgetTokens);
    auto snapshot = EventSnapshot::load(m_store, m_eventId);
    if (!snapshot)
        return snapshot.error();
    const EventSnapshot &s = snapshot.value();
    const int statementTokens = cost(statement(budget, budget));

    auto head = header(m_store, s, 1000);
    if (!head)
        return head.error();
    const Lines full = fullListing(s);
    if (statementTokens + head.value().tokens + full.tokens <= budget)
        return assemble(budget, head.value().lines + full.lines);

    head = header(m_store, s, 300);
    if (!head)
        return head.error();
    Lines all = head.value();
    all.add(summary(s, budget, statementTokens + head.value().tokens + 40));
    QStringList lines = all.lines;
    // Only a very small budget gets here: drop whole lines from the end until the text fits.
    QString text = assemble(budget, lines);
    while (TokenEstimator::estimate(text) > budget && lines.size() > 1) {
        lines.removeLast();
        lines.last() = u"(cut to fit the budget; use the tools)"_s;
        text = assemble(budget, lines);
    }
    return text;
}

QStringList EventContext::personalNames() const
{
    QStringList names;
    if (auto speakers = m_store.list<Speaker>(m_eventId))
        for (const Speaker &s : speakers.value())
            names << s.name;
    if (auto participants = m_store.list<Participant>(m_eventId))
        for (const Participant &p : participants.value())
            names << p.name;
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

QList<ToolDefinition> EventContext::tools()
{
    return AssistantTools::definitions();
}

QString EventContext::runTool(const QString &name, const QString &arguments) const
{
    return AssistantTools(m_store, m_eventId).run(name, arguments);
}

namespace
{
template <typename T> bool inEvent(const EventStore &store, const QUuid &id, const QUuid &eventId)
{
    auto record = store.get<T>(id);
    return record && record.value().eventId == eventId && !record.value().meta.deleted;
}
} // namespace

Result<QUuid> EventContext::resolve(RecordKind kind, const QString &idOrPrefix) const
{
    auto id = m_store.resolveId(kind, idOrPrefix);
    if (!id)
        return id.error();
    bool ok = false;
    switch (kind) {
    case RecordKind::Event:
        ok = id.value() == m_eventId;
        break;
    case RecordKind::Room:
        ok = inEvent<Room>(m_store, id.value(), m_eventId);
        break;
    case RecordKind::Track:
        ok = inEvent<Track>(m_store, id.value(), m_eventId);
        break;
    case RecordKind::Session:
        ok = inEvent<Session>(m_store, id.value(), m_eventId);
        break;
    case RecordKind::Speaker:
        ok = inEvent<Speaker>(m_store, id.value(), m_eventId);
        break;
    case RecordKind::Participant:
        ok = inEvent<Participant>(m_store, id.value(), m_eventId);
        break;
    case RecordKind::TicketType:
        ok = inEvent<TicketType>(m_store, id.value(), m_eventId);
        break;
    case RecordKind::ScheduleRelease:
        ok = inEvent<ScheduleRelease>(m_store, id.value(), m_eventId);
        break;
    }
    if (!ok)
        return Error{
            ErrorCode::NotFound,
            tr("There is no %1 with id %2 in this event.").arg(recordKindDisplayName(kind), idOrPrefix),
            {}};
    return id.value();
}

} // namespace EventDesk
