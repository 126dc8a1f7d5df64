#pragma once

#include "conflict.h"
#include "scheduledata.h"

#include <QHash>
#include <QTimeZone>

#include <map>

namespace EventDesk
{

// Finds schedule conflicts. load() + all() is a full check; updateSession() re-checks only the sessions a
// change can affect (same room, same speakers, same track), so a drag in the editor stays cheap.
class ConflictChecker
{
public:
    ConflictChecker() = default;
    explicit ConflictChecker(const ScheduleData &data) { load(data); }

    void load(const ScheduleData &data);        // full check
    void updateSession(const Session &session); // insert or replace one session, then re-check around it
    void removeSession(const QUuid &id);

    QList<Conflict> all() const; // ordered by severity (errors first), then rule
    QList<Conflict> forSession(const QUuid &id) const;
    int count(Severity severity) const;
    const ScheduleData &data() const { return m_data; }

    // The straightforward all-pairs check with the same rule functions: the benchmark's baseline. Not an
    // independent oracle; tests/core/schedule/conflictcheckertest.cpp writes the rules again for that.
    static QList<Conflict> bruteForce(const ScheduleData &data);

private:
    struct Key {
        int rule;
        QUuid a, b, extra;
        bool operator<(const Key &o) const;
    };
    struct Span {
        qint64 start = 0;
        qint64 end = 0;
    };
    void rebuildIndexes();
    void addConflict(const Key &key, Conflict conflict);
    void removeConflictsOf(const QUuid &session);
    void checkSingle(int index);
    void checkPair(int a, int b);
    void checkAround(int index);
    void index(int i);
    void unindex(int i);
    bool scheduled(int i) const { return m_spans.value(i).end > m_spans.value(i).start; }
    Severity severity(ConflictRule rule) const { return m_severity.value(int(rule), Severity::Warning); }
    QString sessionLabel(int i) const;
    QString localTime(qint64 ms) const;
    static QList<Span> mergedWindows(const QList<TimeWindow> &list);

    ScheduleData m_data;
    QTimeZone m_timeZone;
    QList<Span> m_spans; // per session; empty span when unscheduled
    QHash<QUuid, int> m_sessionIndex;
    QHash<QUuid, QList<int>> m_byRoom, m_bySpeaker, m_byTrack;
    QHash<QUuid, QList<Span>> m_roomWindows, m_speakerWindows;
    QHash<QUuid, QString> m_roomNames, m_speakerNames;
    QHash<QUuid, int> m_roomCapacity;
    QList<Span> m_dayWindows;
    QHash<int, Severity> m_severity;
    qint64 m_changeoverMs = 0;
    qint64 m_roomChangeoverMs = 0;
    std::map<Key, Conflict> m_conflicts;
    QHash<QUuid, QList<Key>> m_keysBySession;
};

} // namespace EventDesk
