#pragma once

#include "record.h"

namespace EventDesk
{

struct Room {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Room)
public:
    static constexpr RecordKind kind = RecordKind::Room;
    RecordMeta meta;
    QUuid eventId;
    QString name;
    int capacity = 0;
    QList<TimeWindow> availability; // empty: always available

    FieldErrors validate() const;
};

} // namespace EventDesk
