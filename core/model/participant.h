#pragma once

#include "record.h"

#include <QJsonObject>

#include <optional>

namespace EventDesk
{

enum class ParticipantStatus { Pending, Confirmed, Waitlisted, Cancelled, CheckedIn };
QString participantStatusName(ParticipantStatus status);
std::optional<ParticipantStatus> participantStatusFromName(const QString &name);
QString participantStatusDisplayName(ParticipantStatus status);
// A registration's reference for people, "7F3A-91C2": the last eight hex digits of its id, upper case, in
// two groups. Messages quote it; typed into the participants' or check-in search, it finds the registration.
QString registrationReference(const QUuid &id);

struct Participant {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Participant)
public:
    static constexpr RecordKind kind = RecordKind::Participant;
    RecordMeta meta;
    QUuid eventId;
    QString name;
    QString email;
    QString phone;
    QString organisation;
    QUuid ticketTypeId; // null: no ticket type
    ParticipantStatus status = ParticipantStatus::Pending;
    QJsonObject answers; // custom question id -> answer
    QString notes;
    QString source = QStringLiteral("manual"); // manual, import, assistant, …

    FieldErrors validate() const;
};

// One entry of a participant's status history. from is empty for the first status.
struct ParticipantStatusChange {
    QUuid participantId;
    std::optional<ParticipantStatus> from;
    ParticipantStatus to = ParticipantStatus::Pending;
    QDateTime changedUtc;
    QString changedBy;
};

} // namespace EventDesk
