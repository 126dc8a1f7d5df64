#include "schedulerelease.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

FieldErrors ScheduleRelease::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"name"_s, name, tr("The release name"), 200);
    if (version < 1)
        errors.append({u"version"_s, tr("The release version must be 1 or more.")});
    return errors;
}

} // namespace EventDesk
