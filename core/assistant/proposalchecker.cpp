#include "proposalchecker.h"

#include "schedule/conflictchecker.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

int CheckedProposal::validCount() const
{
    return int(std::count_if(items.begin(), items.end(), [](const ProposalItem &i) { return i.valid(); }));
}

QStringList CheckedProposal::unknownIdProblems() const
{
    QStringList out;
    for (const ProposalItem &i : items)
        if (i.unknownId)
            out += i.problems;
    out.removeDuplicates();
    return out;
}

QStringList CheckedProposal::problems() const
{
    QStringList out;
    for (const ProposalItem &i : items)
        out += i.problems;
    out.removeDuplicates();
    return out;
}

namespace
{

// Full ids and unique prefixes of one kind of record.
class IdIndex
{
public:
    template <typename T> explicit IdIndex(const QList<T> &records)
    {
        for (const T &r : records) {
            if (r.meta.deleted)
                continue;
            m_keys.append({r.meta.id.toString(QUuid::WithoutBraces), r.meta.id});
        }
        std::sort(m_keys.begin(), m_keys.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    // The matching ids: none, one, or (an ambiguous prefix) several.
    QList<QUuid> find(QString text) const
    {
        text = text.trimmed().toLower();
        if (text.startsWith(u'{'))
            text = text.mid(1);
        if (text.endsWith(u'}'))
            text.chop(1);
        QList<QUuid> out;
        if (text.isEmpty())
            return out;
        auto it = std::lower_bound(m_keys.begin(), m_keys.end(), text,
                                   [](const auto &key, const QString &t) { return key.first < t; });
        for (; it != m_keys.end() && it->first.startsWith(text); ++it) {
            if (it->first == text)
                return {it->second};
            out.append(it->second);
        }
        return out;
    }

private:
    QList<std::pair<QString, QUuid>> m_keys;
};

QDateTime parseLocal(const QString &text, const QTimeZone &zone)
{
    QString t = text.trimmed();
    t.replace(u' ', u'T');
    if (t.size() < 16)
        return {};
    const QDateTime local = QDateTime::fromString(t.left(16), u"yyyy-MM-ddTHH:mm"_s);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

QString quoted(const QString &s)
{
    return u"“"_s + s + u"”"_s;
}

QString localText(const QDateTime &utc, const QTimeZone &zone, const QString &format)
{
    return utc.toTimeZone(zone).toString(format);
}

// Problems of an item on its own: dates, daily hours and length.
void checkTimes(const Event &event, const QTimeZone &zone, ProposalItem &item)
{
    const Session &s = item.session;
    const QDateTime start = s.start.toTimeZone(zone);
    const QDateTime end = s.end().toTimeZone(zone);
    if (start.date() < event.startDate || start.date() > event.endDate) {
        item.problems << ProposalChecker::tr("%1 would start on %2, outside the event's dates (%3 to %4).")
                             .arg(quoted(s.title), start.date().toString(Qt::ISODate),
                                  event.startDate.toString(Qt::ISODate), event.endDate.toString(Qt::ISODate));
        return;
    }
    if (start.time() < event.dayStart || end.date() != start.date() || end.time() > event.dayEnd)
        item.problems << ProposalChecker::tr("%1 would run from %2 to %3, outside the event's hours (%4–%5).")
                             .arg(quoted(s.title), start.toString(u"HH:mm"_s), end.toString(u"HH:mm"_s),
                                  event.dayStart.toString(u"HH:mm"_s), event.dayEnd.toString(u"HH:mm"_s));
}

// Checks the placeable items on the schedule as it would be with all of them applied: times, then every
// conflict the engine finds that involves one of them.
void evaluate(const ScheduleData &data, QList<ProposalItem> &items)
{
    const QTimeZone zone(data.event.timeZone.toUtf8());
    ScheduleData after = data;
    QHash<QUuid, int> sessionIndex;
    for (int i = 0; i < after.sessions.size(); ++i)
        sessionIndex.insert(after.sessions.at(i).meta.id, i);
    QHash<QUuid, QList<int>> itemsBySession;
    for (int i = 0; i < items.size(); ++i) {
        ProposalItem &item = items[i];
        if (!item.placeable)
            continue;
        checkTimes(data.event, zone, item);
        itemsBySession[item.session.meta.id].append(i);
        if (const auto at = sessionIndex.constFind(item.session.meta.id); at != sessionIndex.constEnd())
            after.sessions[*at] = item.session;
        else
            after.sessions.append(item.session);
    }
    const ConflictChecker checker(after);
    for (const Conflict &c : checker.all()) {
        if (c.rule == ConflictRule::OutsideEventHours)
            continue; // checkTimes said it in its own words
        for (const QUuid &id : c.sessions)
            for (int i : itemsBySession.value(id)) {
                items[i].problems << c.message;
                items[i].conflicting = true;
            }
    }
    for (ProposalItem &item : items)
        item.problems.removeDuplicates();
}

} // namespace

CheckedProposal ProposalChecker::check(const ScheduleData &data, const AgendaProposal &proposal)
{
    CheckedProposal out;
    out.summary = proposal.summary;
    out.timeZone = data.event.timeZone;
    const QTimeZone zone(data.event.timeZone.toUtf8());
    const IdIndex sessions(data.sessions);
    const IdIndex rooms(data.rooms);
    QHash<QUuid, const Session *> sessionById;
    for (const Session &s : data.sessions)
        sessionById.insert(s.meta.id, &s);
    QHash<QUuid, const Room *> roomById;
    for (const Room &r : data.rooms)
        roomById.insert(r.meta.id, &r);

    // A room id: sets room and its name, or says what is wrong. Empty text: no room, fine when optional.
    auto resolveRoom = [&](ProposalItem &item, const QString &text, bool required) {
        if (text.isEmpty()) {
            if (required)
                item.problems << tr("%1 has no room.").arg(quoted(item.session.title));
            return !required;
        }
        const QList<QUuid> found = rooms.find(text);
        if (found.size() == 1) {
            item.session.roomId = found.first();
            item.roomName = roomById.value(found.first())->name;
            return true;
        }
        item.unknownId = true;
        if (found.isEmpty()) {
            item.problems << tr("The room %1 given for %2 is not a room of this event.")
                                 .arg(quoted(text), quoted(item.session.title));
        } else {
            QStringList names;
            for (const QUuid &id : found)
                names << quoted(roomById.value(id)->name);
            item.problems << tr("The room id %1 given for %2 matches several rooms: %3.")
                                 .arg(quoted(text), quoted(item.session.title), names.join(u", "_s));
        }
        return false;
    };
    auto resolveTime = [&](ProposalItem &item, const QString &start, std::optional<int> minutes) {
        bool ok = true;
        const QDateTime when = parseLocal(start, zone);
        if (!when.isValid()) {
            item.problems << tr("The start %1 of %2 is not a date and time such as 2026-05-04T10:00.")
                                 .arg(quoted(start), quoted(item.session.title));
            ok = false;
        } else {
            item.session.start = when;
        }
        if (!minutes) {
            item.problems << tr("%1 has no length in whole minutes.").arg(quoted(item.session.title));
            ok = false;
        } else if (*minutes < 1 || *minutes > 24 * 60) {
            item.problems << tr("A length of %1 minutes for %2 is not possible.")
                                 .arg(*minutes)
                                 .arg(quoted(item.session.title));
            ok = false;
        } else {
            item.session.durationMinutes = *minutes;
        }
        return ok;
    };

    QHash<QUuid, int> placedCount;
    for (int i = 0; i < proposal.placements.size(); ++i) {
        const AgendaProposal::Placement &p = proposal.placements.at(i);
        ProposalItem item;
        item.index = i;
        const QList<QUuid> found = sessions.find(p.session);
        if (found.size() != 1) {
            item.unknownId = true;
            item.session.title = p.session;
            if (found.isEmpty()) {
                item.problems << tr("The proposal names a session %1 that this event does not have.")
                                     .arg(quoted(p.session));
            } else {
                QStringList titles;
                for (const QUuid &id : found)
                    titles << quoted(sessionById.value(id)->title);
                item.problems << tr("The session id %1 matches several sessions: %2.")
                                     .arg(quoted(p.session), titles.join(u", "_s));
            }
            out.items.append(item);
            continue;
        }
        const Session &current = *sessionById.value(found.first());
        item.before = current;
        item.session = current;
        item.kind = current.isScheduled() ? ProposalItemKind::Moved : ProposalItemKind::Placed;
        if (item.kind == ProposalItemKind::Moved && roomById.contains(current.roomId))
            item.fromRoomName = roomById.value(current.roomId)->name;
        const bool room = resolveRoom(item, p.room, true);
        const bool time = resolveTime(item, p.start, p.durationMinutes);
        item.placeable = room && time;
        ++placedCount[current.meta.id];
        out.items.append(item);
    }
    for (ProposalItem &item : out.items)
        if (item.before && placedCount.value(item.session.meta.id) > 1)
            item.problems
                << tr("%1 is placed more than once in this proposal.").arg(quoted(item.session.title));

    for (int i = 0; i < proposal.newSessions.size(); ++i) {
        const AgendaProposal::NewSession &n = proposal.newSessions.at(i);
        ProposalItem item;
        item.kind = ProposalItemKind::New;
        item.index = i;
        item.session.meta.id = newRecordId();
        item.session.eventId = data.event.meta.id;
        item.session.title = n.title;
        bool ok = true;
        if (n.title.isEmpty()) {
            item.problems << tr("A new session in the proposal has no title.");
            ok = false;
        }
        if (const auto type = sessionTypeFromName(n.type.toLower())) {
            item.session.type = *type;
        } else {
            item.problems << tr("%1 has the unknown session type %2.").arg(quoted(n.title), quoted(n.type));
            ok = false;
        }
        bool room = resolveRoom(item, n.room, false);
        if (room && n.room.isEmpty()) { // a session at a time needs a room (Session::validate)
            item.problems << tr("%1 has no room; every new session needs one (a break for all rooms is one "
                                "session per room).")
                                 .arg(quoted(item.session.title));
            room = false;
        }
        const bool time = resolveTime(item, n.start, n.durationMinutes);
        item.placeable = ok && room && time;
        out.items.append(item);
    }
    evaluate(data, out.items);
    return out;
}

ProposalChecker::Recheck ProposalChecker::recheck(const ScheduleData &current,
                                                  const QList<ProposalItem> &items)
{
    Recheck out;
    QList<ProposalItem> live;
    for (ProposalItem item : items) {
        const Session *now = item.before ? current.session(item.session.meta.id) : nullptr;
        if (item.before && (!now || now->meta.deleted || now->meta.revision != item.before->meta.revision)) {
            out.refused << tr("%1 was changed since the proposal was checked, so it was left as it is.")
                               .arg(quoted(item.session.title));
            continue;
        }
        if (!item.session.roomId.isNull()) {
            const Room *room = current.room(item.session.roomId);
            if (!room || room->meta.deleted) {
                out.refused << tr("The room of %1 no longer exists, so it was left out.")
                                   .arg(quoted(item.session.title));
                continue;
            }
        }
        if (!item.valid()) {
            out.refused << describe(item, QTimeZone(current.event.timeZone.toUtf8())) + u": "_s +
                               item.problems.join(u' ');
            continue;
        }
        item.placeable = true;
        live.append(item);
    }
    // Leaving an item out can change what the others meet (a session stays where it was): until stable.
    for (;;) {
        for (ProposalItem &item : live) {
            item.problems.clear();
            item.conflicting = false;
        }
        evaluate(current, live);
        QList<ProposalItem> valid;
        for (const ProposalItem &item : std::as_const(live)) {
            if (item.valid())
                valid.append(item);
            else
                out.refused << describe(item, QTimeZone(current.event.timeZone.toUtf8())) + u": "_s +
                                   item.problems.join(u' ');
        }
        const bool stable = valid.size() == live.size();
        live = valid;
        if (stable)
            break;
    }
    out.applicable = live;
    return out;
}

QString ProposalChecker::describe(const ProposalItem &item, const QTimeZone &zone)
{
    const Session &s = item.session;
    const QString room = item.roomName.isEmpty() ? tr("no room") : item.roomName;
    const QString when = s.start.isValid() ? localText(s.start, zone, u"yyyy-MM-dd HH:mm"_s) + u"–"_s +
                                                 localText(s.end(), zone, u"HH:mm"_s)
                                           : tr("no valid time");
    if (item.kind != ProposalItemKind::New && !item.before)
        return tr("Place %1 (no such session)").arg(quoted(s.title));
    switch (item.kind) {
    case ProposalItemKind::Placed:
        return tr("Place %1 in %2, %3").arg(quoted(s.title), room, when);
    case ProposalItemKind::Moved:
        return tr("Move %1 from %2, %3 to %4, %5")
            .arg(quoted(s.title), item.fromRoomName,
                 item.before ? localText(item.before->start, zone, u"yyyy-MM-dd HH:mm"_s) : QString(), room,
                 when);
    case ProposalItemKind::New:
        return tr("Add %1 (%2) in %3, %4").arg(quoted(s.title), sessionTypeDisplayName(s.type), room, when);
    }
    return {};
}

QString ProposalChecker::kindName(ProposalItemKind kind)
{
    switch (kind) {
    case ProposalItemKind::Placed:
        return u"placed"_s;
    case ProposalItemKind::Moved:
        return u"moved"_s;
    case ProposalItemKind::New:
        return u"new"_s;
    }
    return {};
}

} // namespace EventDesk
