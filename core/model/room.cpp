#include "room.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

FieldErrors Room::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"name"_s, name, tr("The room name"), 200);
    Check::requireNonNegative(errors, u"capacity"_s, capacity, tr("The room capacity"));
    Check::windows(errors, u"availability"_s, availability);
    return errors;
}

} // namespace EventDesk
