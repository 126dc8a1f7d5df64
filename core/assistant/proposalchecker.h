#pragma once

#include "agendaproposal.h"
#include "schedule/scheduledata.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace EventDesk
{

// What one item of a proposal would do: place an unscheduled session, move a scheduled one, or add a new one.
enum class ProposalItemKind { Placed, Moved, New };

// One item of a checked proposal and its verdict.
struct ProposalItem {
    ProposalItemKind kind = ProposalItemKind::Placed;
    int index = 0;                 // in the answer's placements (Placed, Moved) or new_sessions (New)
    Session session;               // as it would be after the proposal (New: a fresh id, not yet stored)
    std::optional<Session> before; // Placed, Moved: as it was when checked (its revision guards the write)
    QString roomName;              // empty: no room
    QString fromRoomName;          // Moved: the room it was in
    QStringList problems;          // one human sentence each; empty: valid
    bool conflicting = false;      // some problems are conflicts the engine found
    bool unknownId = false;        // a session or room id the event does not have (or several match)
    bool placeable = false;        // resolved enough to be put on the schedule

    bool valid() const { return problems.isEmpty(); }
};

// A proposal after checking: the model's summary and one verdict per item, placements first (in the
// answer's order), then new sessions.
struct CheckedProposal {
    QString summary;
    QString timeZone;
    QList<ProposalItem> items;

    int validCount() const;
    // The problems worth sending back in a repair round: unknown or ambiguous ids.
    QStringList unknownIdProblems() const;
    QStringList problems() const; // every item's problems, for a revision request
};

// Checks a proposal against an event's schedule before anything is shown, and again at write time. Pure: it
// reads ScheduleData and writes nothing.
class ProposalChecker
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ProposalChecker)

public:
    // Resolves ids (a full id or a unique prefix), reads times in the event's time zone, and checks each
    // item: unknown or ambiguous ids, rooms, times outside the event's dates and daily hours, lengths, and
    // every conflict the ConflictChecker finds on the schedule as it would be after the proposal.
    static CheckedProposal check(const ScheduleData &data, const AgendaProposal &proposal);

    // At write time: the items to apply against the schedule as it is now. An item whose session changed
    // since it was checked, or that is no longer valid with only these items applied, is refused with a
    // sentence; the others are returned.
    struct Recheck {
        QList<ProposalItem> applicable;
        QStringList refused;
    };
    static Recheck recheck(const ScheduleData &current, const QList<ProposalItem> &items);

    // One line for people: "Move “Keynote” from Room A, … to Main Hall, 2026-05-04 10:00–10:45".
    static QString describe(const ProposalItem &item, const QTimeZone &zone);
    static QString kindName(ProposalItemKind kind); // "placed", "moved", "new" (stable, for JSON)
};

} // namespace EventDesk
