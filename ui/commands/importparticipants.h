#pragma once

#include "model/participant.h"
#include "registration/participantimport.h"
#include "storecommand.h"

#include <atomic>
#include <memory>

namespace EventDesk
{

// What to import: the table as read, the column mapping and the duplicate policy.
struct ParticipantImportRequest {
    QUuid eventId;
    CsvTable table;
    ImportOptions options;
    // False: the import is refused (nothing written) when lines would be skipped, until a dry run showed
    // them.
    bool allowSkippedLines = false;
    // Set (from any thread) to stop the import; it then writes nothing.
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    // Called on the storage thread while the import is written.
    std::function<void(int done, int total)> progress;
};

// The undo step of a CSV import. The first write plans and writes the whole import in one transaction
// (all or nothing; Cancel stops it), and the step is on the stack only when that committed. Undo tombstones
// the added registrations and writes the updated ones back; redo does the reverse; both in one transaction
// and only while none of the records changed since.
class ImportParticipants : public StoreCommand
{
public:
    explicit ImportParticipants(ParticipantImportRequest request);
    Work work(Step step) override;
    void committed(Step step) override;
    // What the first write did (valid once it committed).
    const ImportPlan &plan() const { return m_state->plan; }

private:
    struct State {
        ImportPlan plan; // added with their ids, before and updated
        Revisions revisions;
    };
    ParticipantImportRequest m_request;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace EventDesk
