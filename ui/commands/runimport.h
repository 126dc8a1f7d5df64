#pragma once

#include "storecommand.h"

#include <memory>

namespace EventDesk
{

// What File › Import… writes: the import's first write, and, when it can be taken back, its undo and redo.
// Each runs in one transaction of its own on the storage thread.
struct ImportSteps {
    QString text;                                       // the undo step's name, "Import schedule.xml"
    std::function<Result<QString>(EventStore &)> write; // the import; returns the sentence shown after it
    // Empty: the import is no undo step (a backup restore). Undo and redo write only while the records
    // are as the import (or the last redo) left them, else they fail with ErrorCode::Conflict.
    std::function<Result<void>(EventStore &)> undo;
    std::function<Result<void>(EventStore &)> redo;
};

// The undo step of an import: pushed only when its first write committed (Cancel or a failure leaves nothing
// on the stack).
class RunImport : public StoreCommand
{
public:
    explicit RunImport(ImportSteps steps);
    Work work(Step step) override;
    // The first write's sentence, once it committed.
    std::shared_ptr<const QString> sentence() const { return m_sentence; }

private:
    ImportSteps m_steps;
    std::shared_ptr<QString> m_sentence = std::make_shared<QString>();
};

} // namespace EventDesk
