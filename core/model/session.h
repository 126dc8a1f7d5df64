#pragma once

#include "record.h"

#include <QStringList>

#include <optional>

namespace EventDesk
{

// A link or an attachment of a session, as frab's schedule.xml and the c3voc JSON carry them.
struct SessionLink {
    QString url;
    QString title;
    bool operator==(const SessionLink &) const = default;
};

enum class SessionType { Talk, Workshop, Keynote, Panel, Break, Other };
QString sessionTypeName(SessionType type);
std::optional<SessionType> sessionTypeFromName(const QString &name);
QString sessionTypeDisplayName(SessionType type);

struct Session {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Session)
public:
    static constexpr RecordKind kind = RecordKind::Session;
    RecordMeta meta;
    QUuid eventId;
    QString title;
    QString subtitle;
    QString abstract;
    QString description; // the long text; abstract is the short one
    SessionType type = SessionType::Talk;
    int durationMinutes = 30;
    QString language = QStringLiteral("en");
    QUuid trackId;   // null: no track
    QUuid roomId;    // null: no room yet
    QDateTime start; // invalid: unscheduled
    QList<QUuid> speakerIds;
    int expectedAttendance = 0;
    bool pinned = false;
    QStringList tags;
    QList<SessionLink> links;
    QList<SessionLink> attachments;
    QList<QUuid> allowedRoomIds;    // empty: any room
    QList<TimeWindow> allowedTimes; // empty: any time

    bool isScheduled() const { return start.isValid() && !roomId.isNull(); }
    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
    FieldErrors validate() const;
};

} // namespace EventDesk
