#pragma once

#include "llm/chatrequest.h"
#include "recordindex.h"
#include "result.h"
#include "schedule/scheduledata.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace EventDesk
{

class EventStore;

// One actionable finding of a schedule review, linked to the record it is about.
struct ReviewFinding {
    enum class Kind {
        Conflict,           // from the conflict checker (rule names the rule)
        RoomTooSmall,       // expected attendance, or a keynote's registrations, over the room's seats
        NoSpeaker,          // a talk, workshop, keynote or panel without speakers
        NoRoom,             // a start time but no room
        Unscheduled,        // no start time
        RoomGap,            // a room idle between two sessions for longer than the threshold
        SpeakerUnavailable, // scheduled outside the speaker's availability
        SpeakerOverbooked,  // more minutes scheduled than the speaker's availability holds
        Model,              // added by the language model
    };
    enum class Severity { Info, Warning, Error };

    Kind kind = Kind::Conflict;
    Severity severity = Severity::Warning;
    QString itemKind; // session, room, speaker, track, event
    QUuid itemId;
    QString message; // one sentence for people
    QString rule;    // Conflict: the conflict rule's name
    bool fromModel = false;

    QJsonObject toJson() const;
    static QString kindName(Kind kind);      // stable: "conflict", "room-too-small", …
    static QString severityName(Severity s); // "info", "warning", "error"
    static QString severityDisplayName(Severity s);
};

// A review of an event's schedule. What the engine can compute is computed here (compute()); the model
// only adds the rest: modelRequest() asks it for findings beyond the computed ones, merge() keeps those
// that name a record of the request and drops the others with a note.
class ScheduleReview
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleReview)

public:
    struct Options {
        int gapMinutes = 90; // a room idle between sessions longer than this is a gap
    };
    // placesHeld: registrations holding a place (confirmed or checked in), compared with a keynote's room
    // when the keynote states no expected attendance. Ordered by severity (errors first), then kind.
    static QList<ReviewFinding> compute(const ScheduleData &data, int placesHeld, const Options &options);
    static Result<QList<ReviewFinding>> compute(const EventStore &store, const QUuid &eventId,
                                                const Options &options);

    struct ModelRequest {
        ChatRequest request;
        RecordIndex index;
    };
    static Result<ModelRequest> modelRequest(const EventStore &store, const QUuid &eventId,
                                             const QList<ReviewFinding> &computed);
    // {"findings": [{"severity": "info|warning|error", "kind": "session|room|speaker|track|event",
    //                "id": "ID or prefix", "message": "…"}]}
    static QJsonObject modelSchema();
    struct Merged {
        QList<ReviewFinding> findings;
        QStringList notes; // one sentence per dropped model finding
    };
    static Merged merge(const QList<ReviewFinding> &computed, const QJsonValue &answer,
                        const RecordIndex &index);
};

} // namespace EventDesk
