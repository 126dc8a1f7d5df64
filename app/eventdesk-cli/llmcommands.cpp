// Language-model commands: llm profiles, llm test, ask.
#include "clirunner.h"

namespace EventDesk
{

QList<CliRoute> llmCliRoutes()
{
    return {};
}

} // namespace EventDesk
