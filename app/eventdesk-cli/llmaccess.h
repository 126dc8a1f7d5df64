#pragma once

#include "assistant/assistantsettings.h"
#include "llm/providerprofile.h"
#include "result.h"

namespace EventDesk
{
class CliRunner;

// The profile an assistant task uses (Tools › Assistant Settings, else the default) and its key, for the
// CLI's model commands (defined in llmcommands.cpp); waits for the keychain with a local event loop.
struct LlmAccess {
    ProviderProfile profile;
    QString key;
};
Result<LlmAccess> llmAccess(CliRunner &runner, AssistantTask task);

} // namespace EventDesk
