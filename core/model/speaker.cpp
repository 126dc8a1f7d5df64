#include "speaker.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

FieldErrors Speaker::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"name"_s, name, tr("The speaker name"), 200);
    Check::email(errors, u"email"_s, email, false);
    Check::windows(errors, u"availability"_s, availability);
    return errors;
}

} // namespace EventDesk
