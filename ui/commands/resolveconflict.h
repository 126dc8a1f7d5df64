#pragma once

#include "storecommand.h"
#include "sync/conflictresolver.h"

#include <memory>

namespace EventDesk
{

// Resolves a team-sync conflict (Keep mine, Take theirs or a typed value) as one undo step. The first write
// writes the chosen value as an ordinary edit of the record when it does not hold it yet and marks the
// conflict resolved (ConflictResolver); undo writes the previous value back and opens the conflict again;
// redo repeats the write. Undo and redo refuse a record changed elsewhere since, and a conflict the server
// has settled since (after a sync): nothing is written then.
class ResolveConflict : public StoreCommand
{
public:
    ResolveConflict(const QUuid &conflictId, ConflictResolver::Choice choice, const QJsonValue &value = {});
    Work work(Step step) override;
    void committed(Step step) override;

private:
    struct State {
        ConflictResolution resolution;
        Revisions revisions;
    };
    QUuid m_conflictId;
    ConflictResolver::Choice m_choice;
    QJsonValue m_value;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// Tells the conflict views on the GUI thread that a resolution was written, undone or redone (one that wrote
// no value changes no record, so recordsChanged does not say it).
class ConflictResolutionNotifier : public QObject
{
    Q_OBJECT
public:
    static ConflictResolutionNotifier *instance();
signals:
    void changed();
};

} // namespace EventDesk
