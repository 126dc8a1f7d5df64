#pragma once

#include "model/customquestion.h"
#include "model/event.h"
#include "model/participant.h"
#include "model/tickettype.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QList>

namespace EventDesk
{
class EventStore;

// The rules of registration: quotas, the waitlist and status changes. Pure functions plan; the store
// functions plan and write in one transaction, so two registrations never both take the last place.
class Registrations
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Registrations)

public:
    // Lower case, all white space removed: how duplicates are recognised.
    static QString normalizeEmail(const QString &email);
    static bool holdsPlace(ParticipantStatus status); // confirmed or checked in

    // Free places: of the event (capacity) and of each ticket type (quota); no value means unlimited.
    struct Places {
        std::optional<int> event;
        QHash<QUuid, std::optional<int>> tickets;
        bool hasRoomFor(const QUuid &ticketTypeId) const;
        void take(const QUuid &ticketTypeId);
        void giveBack(const QUuid &ticketTypeId);
    };
    static Places freePlaces(const Event &event, const QList<TicketType> &tickets,
                             const QList<Participant> &participants);
    // The same from the workspace, counting the places held without loading the participants.
    static Result<Places> freePlaces(const EventStore &store, const Event &event,
                                     const QList<TicketType> &tickets);
    static Result<Places> freePlaces(const EventStore &store, const QUuid &eventId);

    // New registrations asking for a place (pending or confirmed) get Confirmed while there is room, else
    // Waitlisted, in list order. Others keep their status.
    static QList<Participant> admit(QList<Participant> incoming, Places &places);
    static void admitOne(Participant &p, Places &places);

    // The participants whose status changes when ids are set to status, including the waitlisted ones
    // promoted (oldest registration first) when this change frees places and the event promotes
    // automatically. Returns the changed records (after the change), in the order of ids, then promotions.
    static QList<Participant> planStatusChange(const Event &event, const QList<TicketType> &tickets,
                                               const QList<Participant> &participants,
                                               const QList<QUuid> &ids, ParticipantStatus status);
    // The waitlisted participants promoted (oldest first, when the event promotes automatically) into the
    // places that deleting ids frees. Returns them after the change.
    static QList<Participant> planRemoval(const Event &event, const QList<TicketType> &tickets,
                                          const QList<Participant> &participants, const QList<QUuid> &ids);
    // The same two with the places already counted (freePlaces from the workspace): participants then needs
    // only those in ids and the waitlisted ones, in registration order.
    static QList<Participant> planStatusChange(const Event &event, Places places,
                                               const QList<Participant> &participants,
                                               const QList<QUuid> &ids, ParticipantStatus status);
    static QList<Participant> planRemoval(const Event &event, Places places,
                                          const QList<Participant> &participants, const QList<QUuid> &ids);
    // Promotes waitlisted participants (oldest first) while there is room; for manual promotion.
    static QList<Participant> planPromotion(const Event &event, const QList<TicketType> &tickets,
                                            const QList<Participant> &participants, int maxCount = -1);

    // The rules one registration must meet: its fields and its answers to the event's questions.
    static FieldErrors validate(const Participant &p, const QList<CustomQuestion> &questions);

    // What registering one participant runs into, as registerMany and check() report it.
    struct Check {
        FieldErrors errors;                   // validate(); any makes registerMany refuse the batch
        std::optional<Participant> duplicate; // a live registration of the event (or earlier in the
                                              // batch) with the same email, ignoring case and spaces
        bool isClean() const { return errors.isEmpty() && !duplicate; }
    };
    enum class DuplicateEmails { Refuse, Allow };
    // The checks registerMany makes, without writing (for forms): one per incoming, in order.
    static Result<QList<Check>> check(EventStore &store, const QUuid &eventId,
                                      const QList<Participant> &incoming);
    // One sentence for a refused registration (the first error, else the duplicate); empty when clean.
    static QString describe(const Check &check, const Participant &p);

    // In one transaction: checks every registration (validate(), and duplicate emails unless allowed),
    // reads the event's places, admits and adds the participants; answers to hidden questions are dropped.
    // Returns them as saved. When one is refused nothing is written, the error (ErrorCode::Validation) is
    // the first refusal's sentence and checks, when given, receives the check of each incoming.
    static Result<QList<Participant>> registerMany(EventStore &store, const QUuid &eventId,
                                                   QList<Participant> incoming,
                                                   DuplicateEmails duplicates = DuplicateEmails::Refuse,
                                                   QList<Check> *checks = nullptr);
    // In one transaction: deletes (tombstones) ids and promotes from the waitlist into the places they
    // held. Returns the promoted participants as they were before (to undo) and after.
    struct Removal {
        QList<Participant> promotedBefore;
        QList<Participant> promotedAfter;
    };
    static Result<Removal> removeMany(EventStore &store, const QUuid &eventId, const QList<QUuid> &ids);
    // In one transaction: plans the status change with the current data and writes it. Returns the changed.
    // before, when given, receives the changed participants as they were (same order), to undo.
    static Result<QList<Participant>> changeStatus(EventStore &store, const QUuid &eventId,
                                                   const QList<QUuid> &ids, ParticipantStatus status,
                                                   QList<Participant> *before = nullptr);

    // Check-in: who may be let in. Confirmed and pending registrations may; a cancelled or waitlisted one is
    // refused unless the organizer overrides it; a second check-in is refused and says when the first was.
    struct CheckInVerdict {
        enum class Outcome { Allowed, AlreadyCheckedIn, Cancelled, Waitlisted };
        Outcome outcome = Outcome::Allowed;
        QString name;
        QDateTime checkedInUtc; // AlreadyCheckedIn: when, if the status history knows
        bool allowed() const { return outcome == Outcome::Allowed; }
        bool overridable() const { return outcome == Outcome::Cancelled || outcome == Outcome::Waitlisted; }
        // One translated sentence for the person at the desk: who is let in, or why not.
        QString message() const;
    };
    static CheckInVerdict checkInVerdict(const Participant &p, const QDateTime &checkedInUtc = {});
    // The verdict on the participant as stored now (a live registration of the event), with the time of its
    // check-in from its status history.
    static Result<CheckInVerdict> checkInVerdict(EventStore &store, const QUuid &eventId,
                                                 const QUuid &participantId);
    // In one transaction: the verdict on each of ids (same order); when none is refused, or force overrides
    // the refusals of cancelled and waitlisted ones, checks in all but those already checked in. Nothing is
    // written when one is refused without force.
    struct CheckIn {
        QList<CheckInVerdict> verdicts;
        QList<Participant> checkedIn; // as saved; empty when refused
        bool refused() const;
    };
    static Result<CheckIn> checkIn(EventStore &store, const QUuid &eventId, const QList<QUuid> &ids,
                                   bool force);
};

} // namespace EventDesk
