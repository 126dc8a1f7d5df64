// Schedule commands: conflicts, session move, schedule publish/diff.
#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace EventDesk {

QList<CliRoute> scheduleCliRoutes()
{
    return {};
}

} // namespace EventDesk
