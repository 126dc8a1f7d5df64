#pragma once

#include "commands/storecommand.h"
#include "model/participant.h"

namespace EventDesk
{

// The undo step of a CSV import. The import itself is written before the command is pushed (it needs
// progress and Cancel, and is all or nothing); the first redo() therefore does nothing. Undo tombstones the
// added registrations and writes the updated ones back, in one transaction; redo does the reverse.
class ImportParticipants : public StoreCommand
{
public:
    ImportParticipants(StorageWorker &worker, QList<QUuid> added, QList<Participant> before,
                       QList<Participant> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(bool forward);
    QList<QUuid> m_added;
    QList<Participant> m_before;
    QList<Participant> m_after;
    bool m_applied = true;
};

} // namespace EventDesk
