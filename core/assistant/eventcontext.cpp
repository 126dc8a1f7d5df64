#include "eventcontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

EventContext::EventContext(const EventStore &store, const QUuid &eventId) : m_store(store), m_eventId(eventId)
{
}

namespace
{
QString localTime(const QDateTime &utc, const QString &tz)
{
    return utc.toTimeZone(QTimeZone(tz.toUtf8())).toString(u"yyyy-MM-dd HH:mm"_s);
}
} // namespace

Result<QString> EventContext::text() const
{
    auto event = m_store.get<Event>(m_eventId);
    if (!event)
        return event.error();
    const Event &e = event.value();
    auto rooms = m_store.list<Room>(m_eventId);
    auto tracks = m_store.list<Track>(m_eventId);
    auto sessions = m_store.list<Session>(m_eventId);
    auto speakers = m_store.list<Speaker>(m_eventId);
    auto participants = m_store.list<Participant>(m_eventId);
    for (const Error *err : {rooms ? nullptr : &rooms.error(), tracks ? nullptr : &tracks.error(),
                             sessions ? nullptr : &sessions.error(), speakers ? nullptr : &speakers.error(),
                             participants ? nullptr : &participants.error()})
        if (err)
            return *err;

    QHash<QUuid, QString> roomName, trackName, speakerName;
    for (const Room &r : rooms.value())
        roomName.insert(r.meta.id, r.name);
    for (const Track &t : tracks.value())
        trackName.insert(t.meta.id, t.name);
    for (const Speaker &s : speakers.value())
        speakerName.insert(s.meta.id, s.name);

    QString out;
    out += u"Event: %1\nDates: %2 to %3 (time zone %4), days %5:00-%6\n"_s.arg(
        e.name, e.startDate.toString(Qt::ISODate), e.endDate.toString(Qt::ISODate), e.timeZone,
        e.dayStart.toString(u"HH"_s), e.dayEnd.toString(u"HH:mm"_s));
    if (!e.venueName.isEmpty())
        out += u"Venue: %1 %2\n"_s.arg(e.venueName, e.venueAddress);
    out += u"Status: %1\n"_s.arg(eventStatusName(e.status));
    if (!e.description.isEmpty())
        out += u"Description: %1\n"_s.arg(e.description.left(1000));
    out += u"\nRooms (%1):\n"_s.arg(rooms.value().size());
    for (const Room &r : rooms.value())
        out += u"- %1, %2 seats\n"_s.arg(r.name).arg(r.capacity);
    out += u"\nTracks (%1):\n"_s.arg(tracks.value().size());
    for (const Track &t : tracks.value())
        out += u"- %1\n"_s.arg(t.name);
    QList<Session> sorted = sessions.value();
    std::sort(sorted.begin(), sorted.end(), [](const Session &a, const Session &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start || (a.start == b.start && a.title < b.title);
    });
    out += u"\nSessions (%1; times in the event's zone):\n"_s.arg(sorted.size());
    for (const Session &s : std::as_const(sorted)) {
        QStringList names;
        for (const QUuid &id : s.speakerIds)
            names << speakerName.value(id);
        out += u"- \"%1\" (%2, %3 min)"_s.arg(s.title, sessionTypeName(s.type)).arg(s.durationMinutes);
        out += s.start.isValid() ? u" at %1"_s.arg(localTime(s.start, e.timeZone)) : u" unscheduled"_s;
        if (!s.roomId.isNull())
            out += u" in %1"_s.arg(roomName.value(s.roomId));
        if (!s.trackId.isNull())
            out += u", track %1"_s.arg(trackName.value(s.trackId));
        if (!names.isEmpty())
            out += u", speakers: %1"_s.arg(names.join(u", "_s));
        out += u'\n';
    }
    out += u"\nSpeakers (%1):\n"_s.arg(speakers.value().size());
    for (const Speaker &s : speakers.value())
        out +=
            u"- %1%2\n"_s.arg(s.name, s.organisation.isEmpty() ? QString() : u" (%1)"_s.arg(s.organisation));
    QHash<QString, int> byStatus;
    for (const Participant &p : participants.value())
        ++byStatus[participantStatusName(p.status)];
    QStringList statusKeys = byStatus.keys();
    statusKeys.sort();
    QStringList counts;
    for (const QString &k : std::as_const(statusKeys))
        counts << u"%1 %2"_s.arg(byStatus.value(k)).arg(k);
    out += u"\nParticipants: %1 registered%2 (personal data withheld)\n"_s.arg(participants.value().size())
               .arg(counts.isEmpty() ? QString() : u" ("_s + counts.join(u", "_s) + u')');
    return out;
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
    return {{u"search_sessions"_s,
             u"Find sessions of the current event whose title, abstract or tags contain the query; returns "
             "their full details including abstracts."_s,
             QJsonObject{{u"type"_s, u"object"_s},
                         {u"properties"_s,
                          QJsonObject{{u"query"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                               {u"description"_s, u"Words to look for"_s}}}}},
                         {u"required"_s, QJsonArray{u"query"_s}}}}};
}

QString EventContext::runTool(const QString &name, const QString &arguments) const
{
    if (name != u"search_sessions")
        return QStringLiteral(R"({"error":"unknown tool"})");
    const QString query =
        QJsonDocument::fromJson(arguments.toUtf8()).object().value(u"query"_s).toString().trimmed();
    QJsonArray found;
    auto sessions = m_store.list<Session>(m_eventId);
    if (sessions) {
        for (const Session &s : sessions.value()) {
            const bool match = query.isEmpty() || s.title.contains(query, Qt::CaseInsensitive) ||
                               s.abstract.contains(query, Qt::CaseInsensitive) ||
                               s.tags.contains(query, Qt::CaseInsensitive);
            if (!match)
                continue;
            found.append(QJsonObject{{u"title"_s, s.title},
                                     {u"abstract"_s, s.abstract.left(2000)},
                                     {u"type"_s, sessionTypeName(s.type)},
                                     {u"durationMinutes"_s, s.durationMinutes},
                                     {u"language"_s, s.language},
                                     {u"tags"_s, QJsonArray::fromStringList(s.tags)}});
            if (found.size() >= 20)
                break;
        }
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"sessions"_s, found}}).toJson(QJsonDocument::Compact));
}

} // namespace EventDesk
