#pragma once

#include "record.h"

namespace EventDesk
{

struct Speaker {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Speaker)
public:
    static constexpr RecordKind kind = RecordKind::Speaker;
    RecordMeta meta;
    QUuid eventId;
    QString name;
    QString email;
    QString organisation;
    QString bio;
    QList<TimeWindow> availability; // empty: always available

    FieldErrors validate() const;
};

} // namespace EventDesk
