// Registration commands: participant import/export, ticket types, check-in.
#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

QList<CliRoute> registrationCliRoutes()
{
    return {};
}

} // namespace EventDesk
