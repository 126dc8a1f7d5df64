#pragma once

#include "record.h"

#include <QStringList>

#include <optional>

namespace EventDesk
{

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
    QString abstract;
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

    bool isScheduled() const { return start.isValid() && !roomId.isNull(); }
    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
    FieldErrors validate() const;
};

} // namespace EventDesk
