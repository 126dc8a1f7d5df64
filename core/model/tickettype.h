#pragma once

#include "record.h"

#include <optional>

namespace EventDesk
{

struct TicketType {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::TicketType)
public:
    static constexpr RecordKind kind = RecordKind::TicketType;
    RecordMeta meta;
    QUuid eventId;
    QString name;
    std::optional<int> quota; // no value: unlimited
    qint64 priceCents = 0;
    QString currency = QStringLiteral("EUR");

    FieldErrors validate() const;
};

} // namespace EventDesk
