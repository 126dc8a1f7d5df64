#include "schedulereview.h"

#include "eventcontext.h"
#include "model/participant.h"
#include "registration/registrations.h"
#include "schedule/conflictchecker.h"
#include "storage/eventstore.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString ReviewFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::RoomTooSmall:
        return u"room-too-small"_s;
    case Kind::NoSpeaker:
        return u"no-speaker"_s;
    case Kind::NoRoom:
        return u"no-room"_s;
    case Kind::Unscheduled:
        return u"unscheduled"_s;
    case Kind::RoomGap:
        return u"room-gap"_s;
    case Kind::SpeakerUnavailable:
        return u"speaker-unavailable"_s;
    case Kind::SpeakerOverbooked:
        return u"speaker-overbooked"_s;
    case Kind::Model:
        return u"model"_s;
    }
    return {};
}

QString ReviewFinding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

QString ReviewFinding::severityDisplayName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return ScheduleReview::tr("Info");
    case Severity::Warning:
        return ScheduleReview::tr("Warning");
    case Severity::Error:
        return ScheduleReview::tr("Error");
    }
    return {};
}

QJsonObject ReviewFinding::toJson() const
{
    QJsonObject o{{u"kind"_s, kindName(kind)}, {u"severity"_s, severityName(severity)},
                  {u"itemKind"_s, itemKind},   {u"itemId"_s, itemId.toString(QUuid::WithoutBraces)},
                  {u"message"_s, message},     {u"fromModel"_s, fromModel}};
    if (!rule.isEmpty())
        o.insert(u"rule"_s, rule);
    return o;
}

namespace
{
bool needsSpeaker(SessionType type)
{
    return type == SessionType::Talk || type == SessionType::Workshop || type == SessionType::Keynote ||
           type == SessionType::Panel;
}

ReviewFinding::Severity fromConflictSeverity(Severity s)
{
    return s == Severity::Error ? ReviewFinding::Severity::Error : ReviewFinding::Severity::Warning;
}

qint64 minutesOf(const QList<TimeWindow> &windows)
{
    qint64 total = 0;
    for (const TimeWindow &w : windows)
        total += std::max<qint64>(0, w.start.secsTo(w.end) / 60);
    return total;
}
} // namespace

QList<ReviewFinding> ScheduleReview::compute(const ScheduleData &data, int placesHeld, const Options &options)
{
    using Kind = ReviewFinding::Kind;
    using Sev = ReviewFinding::Severity;
    QList<ReviewFinding> out;
    const QTimeZone zone(data.event.timeZone.toUtf8());
    auto label = [](const Session &s) { return u"\u201c%1\u201d"_s.arg(s.title); };
    auto local = [&](const QDateTime &utc) { return utc.toTimeZone(zone).toString(u"HH:mm"_s); };

    // Conflicts as the checker finds them, with the event's rule severities; over-capacity is reported
    // below as a room too small, which also covers registrations.
    const ConflictChecker checker(data);
    for (const Conflict &c : checker.all()) {
        if (c.rule == ConflictRule::OverCapacity)
            continue;
        ReviewFinding f;
        f.kind = c.rule == ConflictRule::SpeakerUnavailable ? Kind::SpeakerUnavailable : Kind::Conflict;
        f.severity = fromConflictSeverity(c.severity);
        f.rule = conflictRuleName(c.rule);
        f.message = c.message;
        if (!c.sessions.isEmpty()) {
            f.itemKind = u"session"_s;
            f.itemId = c.sessions.first();
        } else if (!c.rooms.isEmpty()) {
            f.itemKind = u"room"_s;
            f.itemId = c.rooms.first();
        } else if (!c.speakers.isEmpty()) {
            f.itemKind = u"speaker"_s;
            f.itemId = c.speakers.first();
        }
        out.append(f);
    }

    for (const Session &s : data.sessions) {
        auto finding = [&](Kind kind, Sev severity, const QString &message) {
            out.append({kind, severity, u"session"_s, s.meta.id, message, {}, false});
        };
        const Room *room = s.roomId.isNull() ? nullptr : data.room(s.roomId);
        if (room && room->meta.deleted)
            room = nullptr;
        if (room && room->capacity > 0) {
            if (s.expectedAttendance > room->capacity)
                finding(Kind::RoomTooSmall, Sev::Warning,
                        tr("%1 expects %2 people but %3 has %4 seats.")
                            .arg(label(s))
                            .arg(s.expectedAttendance)
                            .arg(room->name)
                            .arg(room->capacity));
            else if (s.expectedAttendance == 0 && s.type == SessionType::Keynote &&
                     placesHeld > room->capacity)
                finding(Kind::RoomTooSmall, Sev::Warning,
                        tr("The keynote %1 is in %2 with %3 seats, but %4 people are registered.")
                            .arg(label(s), room->name)
                            .arg(room->capacity)
                            .arg(placesHeld));
        }
        if (needsSpeaker(s.type) && s.speakerIds.isEmpty())
            finding(Kind::NoSpeaker, Sev::Warning, tr("%1 has no speaker.").arg(label(s)));
        if (!s.start.isValid())
            finding(Kind::Unscheduled, Sev::Info, tr("%1 is not scheduled yet.").arg(label(s)));
        else if (!room) // none given, or deleted since
            finding(Kind::NoRoom, Sev::Warning,
                    tr("%1 has a time (%2) but no room.").arg(label(s), local(s.start)));
    }

    // Idle stretches between sessions of one room on one day.
    QMap<std::pair<QString, QDate>, QList<const Session *>> byRoomDay;
    for (const Session &s : data.sessions)
        if (s.isScheduled())
            byRoomDay[{s.roomId.toString(), s.start.toTimeZone(zone).date()}].append(&s);
    for (auto it = byRoomDay.begin(); it != byRoomDay.end(); ++it) {
        QList<const Session *> day = it.value();
        std::sort(day.begin(), day.end(),
                  [](const Session *a, const Session *b) { return a->start < b->start; });
        QDateTime busyUntil = day.first()->end();
        const Session *before = day.first();
        for (qsizetype i = 1; i < day.size(); ++i) {
            const Session *next = day.at(i);
            if (busyUntil.secsTo(next->start) > qint64(options.gapMinutes) * 60) {
                const Room *room = data.room(next->roomId);
                out.append({Kind::RoomGap,
                            Sev::Info,
                            u"room"_s,
                            next->roomId,
                            tr("%1 is idle from %2 to %3 on %4, between %5 and %6.")
                                .arg(room ? room->name : QString(), local(busyUntil), local(next->start),
                                     it.key().second.toString(Qt::ISODate), label(*before), label(*next)),
                            {},
                            false});
            }
            if (next->end() > busyUntil) {
                busyUntil = next->end();
                before = next;
            }
        }
    }

    // Speakers with more scheduled minutes than their availability holds.
    QHash<QUuid, qint64> scheduledMinutes;
    for (const Session &s : data.sessions)
        if (s.start.isValid())
            for (const QUuid &sp : s.speakerIds)
                scheduledMinutes[sp] += s.durationMinutes;
    for (const Speaker &sp : data.speakers) {
        if (sp.availability.isEmpty())
            continue;
        const qint64 available = minutesOf(sp.availability);
        const qint64 scheduled = scheduledMinutes.value(sp.meta.id);
        if (scheduled > available)
            out.append({Kind::SpeakerOverbooked,
                        Sev::Warning,
                        u"speaker"_s,
                        sp.meta.id,
                        tr("%1 is scheduled for %2 minutes but available for only %3.")
                            .arg(sp.name)
                            .arg(scheduled)
                            .arg(available),
                        {},
                        false});
    }

    std::stable_sort(out.begin(), out.end(), [](const ReviewFinding &a, const ReviewFinding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return int(a.kind) < int(b.kind);
    });
    return out;
}

Result<QList<ReviewFinding>> ScheduleReview::compute(const EventStore &store, const QUuid &eventId,
                                                     const Options &options)
{
    auto data = ScheduleData::load(store, eventId);
    if (!data)
        return data.error();
    auto participants = store.list<Participant>(eventId);
    if (!participants)
        return participants.error();
    const auto held = std::count_if(participants.value().cbegin(), participants.value().cend(),
                                    [](const Participant &p) { return Registrations::holdsPlace(p.status); });
    return compute(data.value(), int(held), options);
}

QJsonObject ScheduleReview::modelSchema()
{
    const QJsonObject finding{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{
             {u"severity"_s, QJsonObject{{u"type"_s, u"string"_s},
                                         {u"enum"_s, QJsonArray{u"info"_s, u"warning"_s, u"error"_s}}}},
             {u"kind"_s, QJsonObject{{u"type"_s, u"string"_s},
                                     {u"enum"_s, QJsonArray{u"session"_s, u"room"_s, u"speaker"_s, u"track"_s,
                                                            u"event"_s}}}},
             {u"id"_s, QJsonObject{{u"type"_s, u"string"_s}}},
             {u"message"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"severity"_s, u"kind"_s, u"id"_s, u"message"_s}},
        {u"additionalProperties"_s, false}};
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"properties"_s, QJsonObject{{u"findings"_s, QJsonObject{{u"type"_s, u"array"_s},
                                                                                 {u"items"_s, finding}}}}},
                       {u"required"_s, QJsonArray{u"findings"_s}},
                       {u"additionalProperties"_s, false}};
}

Result<ScheduleReview::ModelRequest> ScheduleReview::modelRequest(const EventStore &store,
                                                                  const QUuid &eventId,
                                                                  const QList<ReviewFinding> &computed)
{
    auto data = ScheduleData::load(store, eventId);
    if (!data)
        return data.error();
    auto contextText = EventContext(store, eventId).text();
    if (!contextText)
        return contextText.error();
    ModelRequest m;
    QString cite;
    auto add = [&](const QString &kind, const QUuid &id, const QString &label) {
        m.index.add(kind, id, label);
        cite += u"- %1 [%2] %3\n"_s.arg(kind, RecordIndex::shortId(id), label);
    };
    add(u"event"_s, data.value().event.meta.id, data.value().event.name);
    for (const Room &r : data.value().rooms)
        add(u"room"_s, r.meta.id, r.name);
    for (const Track &t : data.value().tracks)
        add(u"track"_s, t.meta.id, t.name);
    for (const Speaker &s : data.value().speakers)
        add(u"speaker"_s, s.meta.id, s.name);
    for (const Session &s : data.value().sessions)
        add(u"session"_s, s.meta.id, s.title);
    QString known;
    for (const ReviewFinding &f : computed)
        known += u"- %1: %2\n"_s.arg(ReviewFinding::kindName(f.kind), f.message);
    const QString system =
        u"You review an event's schedule for its organisers. The program already checked conflicts, rooms "
        "too small, sessions without speakers or rooms, unscheduled sessions, idle gaps and speaker "
        "availability; its findings are listed below: do not repeat them. Add only other actionable findings "
        "the data supports (for example related talks in parallel, an unbalanced track, a day without "
        "breaks), each about one record named by its kind and the id in square brackets from the records "
        "list. An empty list is a fine answer. Answer with JSON.\n\n## Event data\n"_s +
        contextText.value() + u"\n## Records\n"_s + cite + u"\n## Findings already computed\n"_s +
        (known.isEmpty() ? u"(none)\n"_s : known);
    m.request.messages = {{ChatMessage::Role::System, system, {}, {}, {}},
                          {ChatMessage::Role::User, u"Review the schedule."_s, {}, {}, {}}};
    m.request.jsonSchema = modelSchema();
    m.request.schemaName = u"schedule_review"_s;
    m.request.temperature = 0.0;
    m.request.stream = false;
    m.request.redact = true;
    return m;
}

ScheduleReview::Merged ScheduleReview::merge(const QList<ReviewFinding> &computed, const QJsonValue &answer,
                                             const RecordIndex &index)
{
    Merged merged{computed, {}};
    const QJsonArray items = answer[u"findings"_s].toArray();
    for (const QJsonValue &v : items) {
        const QString kind = v[u"kind"_s].toString();
        const QString id = v[u"id"_s].toString();
        const RecordIndex::Resolution r = index.resolve(kind, id);
        if (r.match != RecordIndex::Match::Found) {
            merged.notes
                << tr("A finding of the model about %1 \"%2\" was dropped: the event has no such record.")
                       .arg(kind, id);
            continue;
        }
        const QString severity = v[u"severity"_s].toString();
        ReviewFinding f;
        f.kind = ReviewFinding::Kind::Model;
        f.severity = severity == u"error"  ? ReviewFinding::Severity::Error
                     : severity == u"info" ? ReviewFinding::Severity::Info
                                           : ReviewFinding::Severity::Warning;
        f.itemKind = kind;
        f.itemId = r.entry.id;
        f.message = v[u"message"_s].toString().trimmed();
        f.fromModel = true;
        merged.findings.append(f);
    }
    return merged;
}

} // namespace EventDesk
