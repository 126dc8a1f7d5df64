#include "conflictchecker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("EventDesk::ConflictChecker", text);
}

bool overlaps(qint64 aStart, qint64 aEnd, qint64 bStart, qint64 bEnd)
{
    return aStart < bEnd && bStart < aEnd; // back-to-back sessions do not overlap
}

QList<QUuid> sorted(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

QList<ConflictChecker::Span> ConflictChecker::mergedWindows(const QList<TimeWindow> &list)
{
    QList<Span> spans;
    for (const TimeWindow &w : list)
        spans.append({w.start.toMSecsSinceEpoch(), w.end.toMSecsSinceEpoch()});
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
    QList<Span> merged; // touching windows count as one
    for (const Span &s : spans) {
        if (!merged.isEmpty() && s.start <= merged.last().end)
            merged.last().end = qMax(merged.last().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

bool ConflictChecker::Key::operator<(const Key &o) const
{
    return std::tie(rule, a, b, extra) < std::tie(o.rule, o.a, o.b, o.extra);
}

void ConflictChecker::load(const ScheduleData &data)
{
    m_data = data;
    m_timeZone = QTimeZone(data.event.timeZone.toUtf8());
    const QTimeZone &tz = m_timeZone;
    m_dayWindows.clear();
    for (QDate d = data.event.startDate; d.isValid() && d <= data.event.endDate; d = d.addDays(1))
        m_dayWindows.append({QDateTime(d, data.event.dayStart, tz).toMSecsSinceEpoch(),
                             QDateTime(d, data.event.dayEnd, tz).toMSecsSinceEpoch()});
    m_severity.clear();
    for (ConflictRule rule : allConflictRules())
        m_severity.insert(int(rule), severityFor(data.event.conflictRules, rule));
    m_changeoverMs = qint64(data.event.changeoverMinutes) * 60 * 1000;

    m_roomChangeoverMs = qint64(data.event.roomChangeoverMinutes) * 60 * 1000;
    const auto windows = &ConflictChecker::mergedWindows;
    m_roomWindows.clear();
    m_roomNames.clear();
    m_roomCapacity.clear();
    for (const Room &r : data.rooms) {
        m_roomWindows.insert(r.meta.id, windows(r.availability));
        m_roomNames.insert(r.meta.id, r.name);
        m_roomCapacity.insert(r.meta.id, r.capacity);
    }
    m_speakerWindows.clear();
    m_speakerNames.clear();
    for (const Speaker &s : data.speakers) {
        m_speakerWindows.insert(s.meta.id, windows(s.availability));
        m_speakerNames.insert(s.meta.id, s.name);
    }
    rebuildIndexes();

    m_conflicts.clear();
    m_keysBySession.clear();
    for (int i = 0; i < m_data.sessions.size(); ++i)
        checkSingle(i);
    // Pairs: sweep each room and track by start time; speakers' lists are short, so all pairs.
    auto sweep = [this](const QHash<QUuid, QList<int>> &groups, qint64 slack) {
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            QList<int> list = it.value();
            std::sort(list.begin(), list.end(),
                      [this](int x, int y) { return m_spans[x].start < m_spans[y].start; });
            for (int i = 0; i < list.size(); ++i)
                for (int j = i + 1; j < list.size() && m_spans[list[j]].start < m_spans[list[i]].end + slack;
                     ++j)
                    checkPair(list[i], list[j]);
        }
    };
    sweep(m_byRoom, m_roomChangeoverMs);
    sweep(m_byTrack, 0);
    sweep(m_bySpeaker, m_changeoverMs);
}

void ConflictChecker::rebuildIndexes()
{
    m_spans.clear();
    m_sessionIndex.clear();
    m_byRoom.clear();
    m_bySpeaker.clear();
    m_byTrack.clear();
    m_spans.resize(m_data.sessions.size());
    for (int i = 0; i < m_data.sessions.size(); ++i) {
        m_sessionIndex.insert(m_data.sessions[i].meta.id, i);
        index(i);
    }
}

void ConflictChecker::index(int i)
{
    const Session &s = m_data.sessions[i];
    if (!s.isScheduled() || s.meta.deleted) {
        m_spans[i] = {};
        return;
    }
    const qint64 start = s.start.toMSecsSinceEpoch();
    m_spans[i] = {start, start + qint64(s.durationMinutes) * 60 * 1000};
    m_byRoom[s.roomId].append(i);
    for (const QUuid &sp : s.speakerIds)
        m_bySpeaker[sp].append(i);
    if (!s.trackId.isNull())
        m_byTrack[s.trackId].append(i);
}

void ConflictChecker::unindex(int i)
{
    const Session &s = m_data.sessions[i];
    if (!scheduled(i))
        return;
    m_byRoom[s.roomId].removeOne(i);
    for (const QUuid &sp : s.speakerIds)
        m_bySpeaker[sp].removeOne(i);
    if (!s.trackId.isNull())
        m_byTrack[s.trackId].removeOne(i);
    m_spans[i] = {};
}

QString ConflictChecker::sessionLabel(int i) const
{
    return u"“"_s + m_data.sessions[i].title + u"”"_s;
}

QString ConflictChecker::localTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_timeZone).toString(u"ddd HH:mm"_s);
}

void ConflictChecker::addConflict(const Key &key, Conflict conflict)
{
    conflict.severity = severity(conflict.rule);
    if (conflict.severity == Severity::Off)
        return;
    conflict.sessions = sorted(conflict.sessions);
    for (const QUuid &s : std::as_const(conflict.sessions))
        m_keysBySession[s].append(key);
    m_conflicts[key] = std::move(conflict);
}

void ConflictChecker::removeConflictsOf(const QUuid &session)
{
    const QList<Key> keys = m_keysBySession.take(session);
    for (const Key &k : keys) {
        auto it = m_conflicts.find(k);
        if (it == m_conflicts.end())
            continue;
        for (const QUuid &other : std::as_const(it->second.sessions))
            if (other != session)
                m_keysBySession[other].removeIf([&k](const Key &x) { return !(x < k) && !(k < x); });
        m_conflicts.erase(it);
    }
}

void ConflictChecker::checkSingle(int i)
{
    if (!scheduled(i))
        return;
    const Session &s = m_data.sessions[i];
    const Span span = m_spans[i];
    const QUuid id = s.meta.id;
    auto inside = [&span](const QList<Span> &windows) {
        return std::any_of(windows.begin(), windows.end(),
                           [&span](const Span &w) { return w.start <= span.start && span.end <= w.end; });
    };
    if (!inside(m_dayWindows))
        addConflict({int(ConflictRule::OutsideEventHours), id, {}, {}},
                    {ConflictRule::OutsideEventHours,
                     {},
                     {id},
                     {},
                     {s.roomId},
                     tr("%1 (%2) is outside the event's days or daily hours.")
                         .arg(sessionLabel(i), localTime(span.start))});
    const int capacity = m_roomCapacity.value(s.roomId, 0);
    if (capacity > 0 && s.expectedAttendance > capacity)
        addConflict({int(ConflictRule::OverCapacity), id, {}, {}},
                    {ConflictRule::OverCapacity,
                     {},
                     {id},
                     {},
                     {s.roomId},
                     tr("%1 expects %2 people but %3 seats %4.")
                         .arg(sessionLabel(i))
                         .arg(s.expectedAttendance)
                         .arg(m_roomNames.value(s.roomId))
                         .arg(capacity)});
    const QList<Span> roomWindows = m_roomWindows.value(s.roomId);
    if (!roomWindows.isEmpty() && !inside(roomWindows))
        addConflict({int(ConflictRule::RoomUnavailable), id, {}, {}},
                    {ConflictRule::RoomUnavailable,
                     {},
                     {id},
                     {},
                     {s.roomId},
                     tr("%1 is not available for %2 at %3.")
                         .arg(m_roomNames.value(s.roomId), sessionLabel(i), localTime(span.start))});
    if (!s.allowedRoomIds.isEmpty() && !s.allowedRoomIds.contains(s.roomId)) {
        QStringList allowed;
        for (const QUuid &room : s.allowedRoomIds)
            allowed.append(m_roomNames.value(room, tr("a deleted room")));
        addConflict(
            {int(ConflictRule::RoomNotAllowed), id, {}, {}},
            {ConflictRule::RoomNotAllowed,
             {},
             {id},
             {},
             {s.roomId},
             tr("%1 is in %2 but is allowed only in %3.")
                 .arg(sessionLabel(i), m_roomNames.value(s.roomId), QLocale().createSeparatedList(allowed))});
    }
    if (!s.allowedTimes.isEmpty() && !inside(mergedWindows(s.allowedTimes)))
        addConflict(
            {int(ConflictRule::TimeNotAllowed), id, {}, {}},
            {ConflictRule::TimeNotAllowed,
             {},
             {id},
             {},
             {s.roomId},
             tr("%1 (%2) is outside the times it is allowed.").arg(sessionLabel(i), localTime(span.start))});
    for (const QUuid &sp : s.speakerIds) {
        const QList<Span> windows = m_speakerWindows.value(sp);
        if (!windows.isEmpty() && !inside(windows))
            addConflict({int(ConflictRule::SpeakerUnavailable), id, {}, sp},
                        {ConflictRule::SpeakerUnavailable,
                         {},
                         {id},
                         {sp},
                         {s.roomId},
                         tr("%1 is not available for %2 at %3.")
                             .arg(m_speakerNames.value(sp), sessionLabel(i), localTime(span.start))});
    }
}

void ConflictChecker::checkPair(int ia, int ib)
{
    if (ia == ib || !scheduled(ia) || !scheduled(ib))
        return;
    if (m_data.sessions[ib].meta.id < m_data.sessions[ia].meta.id)
        std::swap(ia, ib);
    const Session &a = m_data.sessions[ia];
    const Session &b = m_data.sessions[ib];
    const Span sa = m_spans[ia], sb = m_spans[ib];
    const bool overlap = overlaps(sa.start, sa.end, sb.start, sb.end);
    const QUuid ida = a.meta.id, idb = b.meta.id;
    if (overlap && a.roomId == b.roomId)
        addConflict({int(ConflictRule::RoomDoubleBooked), ida, idb, {}},
                    {ConflictRule::RoomDoubleBooked,
                     {},
                     {ida, idb},
                     {},
                     {a.roomId},
                     tr("%1 and %2 are both in %3 at %4.")
                         .arg(sessionLabel(ia), sessionLabel(ib), m_roomNames.value(a.roomId),
                              localTime(qMax(sa.start, sb.start)))});
    if (!overlap && a.roomId == b.roomId) {
        const qint64 gap = sa.end <= sb.start ? sb.start - sa.end : sa.start - sb.end;
        if (gap < m_roomChangeoverMs)
            addConflict({int(ConflictRule::RoomChangeover), ida, idb, {}},
                        {ConflictRule::RoomChangeover,
                         {},
                         {ida, idb},
                         {},
                         {a.roomId},
                         tr("%1 has only %2 minutes between %3 and %4 (%5 needed).")
                             .arg(m_roomNames.value(a.roomId))
                             .arg(gap / 60000)
                             .arg(sessionLabel(sa.start <= sb.start ? ia : ib),
                                  sessionLabel(sa.start <= sb.start ? ib : ia))
                             .arg(m_roomChangeoverMs / 60000)});
    }
    if (overlap && !a.trackId.isNull() && a.trackId == b.trackId && a.roomId != b.roomId)
        addConflict({int(ConflictRule::TrackParallel), ida, idb, {}},
                    {ConflictRule::TrackParallel,
                     {},
                     {ida, idb},
                     {},
                     {a.roomId, b.roomId},
                     tr("%1 and %2 are in the same track at the same time.")
                         .arg(sessionLabel(ia), sessionLabel(ib))});
    for (const QUuid &sp : a.speakerIds) {
        if (!b.speakerIds.contains(sp))
            continue;
        if (overlap) {
            addConflict({int(ConflictRule::SpeakerDoubleBooked), ida, idb, sp},
                        {ConflictRule::SpeakerDoubleBooked,
                         {},
                         {ida, idb},
                         {sp},
                         {a.roomId, b.roomId},
                         tr("%1 speaks in %2 and %3 at the same time.")
                             .arg(m_speakerNames.value(sp), sessionLabel(ia), sessionLabel(ib))});
        } else if (a.roomId != b.roomId) {
            const qint64 gap = sa.end <= sb.start ? sb.start - sa.end : sa.start - sb.end;
            if (gap < m_changeoverMs)
                addConflict({int(ConflictRule::SpeakerChangeover), ida, idb, sp},
                            {ConflictRule::SpeakerChangeover,
                             {},
                             {ida, idb},
                             {sp},
                             {a.roomId, b.roomId},
                             tr("%1 has only %2 minutes to move between %3 and %4 (%5 needed).")
                                 .arg(m_speakerNames.value(sp))
                                 .arg(gap / 60000)
                                 .arg(sessionLabel(ia), sessionLabel(ib))
                                 .arg(m_changeoverMs / 60000)});
        }
    }
}

void ConflictChecker::checkAround(int i)
{
    checkSingle(i);
    if (!scheduled(i))
        return;
    const Session &s = m_data.sessions[i];
    // Everyone who shares the room, the track or a speaker, each pair checked once.
    QVarLengthArray<int, 256> candidates;
    auto collect = [&candidates](const QList<int> &list) {
        candidates.append(list.constData(), list.size());
    };
    collect(m_byRoom.value(s.roomId));
    if (!s.trackId.isNull())
        collect(m_byTrack.value(s.trackId));
    for (const QUuid &sp : s.speakerIds)
        collect(m_bySpeaker.value(sp));
    std::sort(candidates.begin(), candidates.end());
    const auto end = std::unique(candidates.begin(), candidates.end());
    for (auto it = candidates.begin(); it != end; ++it)
        checkPair(i, *it);
}

void ConflictChecker::updateSession(const Session &session)
{
    removeConflictsOf(session.meta.id);
    int i = m_sessionIndex.value(session.meta.id, -1);
    if (i < 0) {
        i = int(m_data.sessions.size());
        m_data.sessions.append(session);
        m_spans.append(Span{});
        m_sessionIndex.insert(session.meta.id, i);
    } else {
        unindex(i);
        m_data.sessions[i] = session;
    }
    index(i);
    checkAround(i);
}

void ConflictChecker::removeSession(const QUuid &id)
{
    const int i = m_sessionIndex.value(id, -1);
    if (i < 0)
        return;
    removeConflictsOf(id);
    unindex(i);
    m_data.sessions[i].meta.deleted = true;
}

QList<Conflict> ConflictChecker::all() const
{
    QList<Conflict> out;
    out.reserve(qsizetype(m_conflicts.size()));
    for (const auto &[key, c] : m_conflicts)
        out.append(c);
    std::stable_sort(out.begin(), out.end(), [](const Conflict &x, const Conflict &y) {
        return std::tie(y.severity, x.rule) < std::tie(x.severity, y.rule);
    });
    return out;
}

QList<Conflict> ConflictChecker::forSession(const QUuid &id) const
{
    QList<Conflict> out;
    for (const Key &k : m_keysBySession.value(id)) {
        auto it = m_conflicts.find(k);
        if (it != m_conflicts.end())
            out.append(it->second);
    }
    return out;
}

int ConflictChecker::count(Severity severity) const
{
    int n = 0;
    for (const auto &[key, c] : m_conflicts)
        n += c.severity == severity ? 1 : 0;
    return n;
}

QList<Conflict> ConflictChecker::bruteForce(const ScheduleData &data)
{
    // Same rules, every pair compared: O(n²).
    ConflictChecker c(data);
    c.m_conflicts.clear();
    c.m_keysBySession.clear();
    for (int i = 0; i < c.m_data.sessions.size(); ++i)
        c.checkSingle(i);
    for (int i = 0; i < c.m_data.sessions.size(); ++i)
        for (int j = i + 1; j < c.m_data.sessions.size(); ++j)
            c.checkPair(i, j);
    return c.all();
}

} // namespace EventDesk
