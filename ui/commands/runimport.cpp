#include "runimport.h"

namespace EventDesk
{

RunImport::RunImport(ImportSteps steps) : StoreCommand(steps.text), m_steps(std::move(steps)) {}

StoreCommand::Work RunImport::work(Step step)
{
    switch (step) {
    case Step::First:
        return [write = m_steps.write, sentence = m_sentence](EventStore &store) -> Result<void> {
            auto done = write(store);
            if (!done)
                return done.error();
            *sentence = done.value();
            return {};
        };
    case Step::Undo:
        return m_steps.undo;
    case Step::Redo:
        return m_steps.redo;
    }
    return {};
}

} // namespace EventDesk
