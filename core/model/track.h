#pragma once

#include "record.h"

namespace EventDesk
{

struct Track {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Track)
public:
    static constexpr RecordKind kind = RecordKind::Track;
    RecordMeta meta;
    QUuid eventId;
    QString name;
    QString color = QStringLiteral("#607d8b"); // #rrggbb

    FieldErrors validate() const;
};

} // namespace EventDesk
