#pragma once

#include "llm/providerprofile.h"
#include "result.h"

namespace EventDesk
{
class CliRunner;

// The active language-model profile and its key, for the CLI's model commands (llmcommands.cpp); waits for
// the keychain with a local event loop.
struct LlmAccess {
    ProviderProfile profile;
    QString key;
};
Result<LlmAccess> llmAccess(CliRunner &runner);

} // namespace EventDesk
