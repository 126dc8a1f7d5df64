#include "resolveconflict.h"

#include "storage/eventstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace EventDesk
{

namespace
{
QString textFor(ConflictResolver::Choice choice)
{
    switch (choice) {
    case ConflictResolver::Choice::KeepMine:
        return QCoreApplication::translate("EventDesk::Command", "Resolve a conflict (keep mine)");
    case ConflictResolver::Choice::TakeTheirs:
        return QCoreApplication::translate("EventDesk::Command", "Resolve a conflict (take theirs)");
    case ConflictResolver::Choice::Value:
        break;
    }
    return QCoreApplication::translate("EventDesk::Command", "Resolve a conflict (new value)");
}
} // namespace

ResolveConflict::ResolveConflict(const QUuid &conflictId, ConflictResolver::Choice choice,
                                 const QJsonValue &value)
    : StoreCommand(textFor(choice)), m_conflictId(conflictId), m_choice(choice), m_value(value)
{
}

StoreCommand::Work ResolveConflict::work(Step step)
{
    return [id = m_conflictId, choice = m_choice, value = m_value, state = m_state,
            step](EventStore &s) -> Result<void> {
        ConflictResolver resolver(s);
        // Only a step that writes the record remembers its revision as ours: one that only marks the
        // conflict must not vouch for a revision a teammate or a sync wrote.
        auto write = [&](RecordKind kind, const QUuid &recordId, const std::function<Result<void>()> &work) {
            return StoreWrite::remembering(s, kind, {recordId}, &state->revisions, work);
        };
        if (step == Step::First) {
            auto open = resolver.open();
            if (!open)
                return open.error();
            const auto it = std::find_if(open.value().begin(), open.value().end(),
                                         [&](const ConflictSides &c) { return c.conflict.id == id; });
            if (it == open.value().end())
                return Error{ErrorCode::NotFound,
                             QCoreApplication::translate("EventDesk::Command",
                                                         "The conflict is no longer open: it was resolved or "
                                                         "settled with the team since."),
                             {}};
            ConflictResolution resolution;
            auto ok = s.inTransaction([&]() -> Result<void> {
                auto values = resolver.plan(id, choice, value);
                if (!values)
                    return values.error();
                auto resolve = [&]() -> Result<void> {
                    auto done = resolver.resolveWith(id, values.value());
                    if (!done)
                        return done.error();
                    resolution = done.value();
                    return {};
                };
                return values.value().isEmpty() ? resolve()
                                                : write(it->conflict.kind, it->conflict.recordId, resolve);
            });
            if (ok)
                state->resolution = resolution;
            return ok;
        }
        const ConflictResolution &r = state->resolution;
        auto undoOrRedo = [&](std::optional<qint64> expected) -> Result<void> {
            if (step == Step::Undo)
                return StoreWrite::done(resolver.unresolve(r, expected));
            return StoreWrite::done(resolver.resolveWith(r.conflictId, r.after, expected));
        };
        if (r.before.isEmpty())
            return undoOrRedo(std::nullopt);
        // The record as this step left it: later steps of ours on it, undone before this one, moved its
        // revision on; a change made elsewhere still refuses the write.
        qint64 expected = state->revisions.value(r.recordId, -1);
        auto now = s.revisions(r.kind, {r.recordId});
        if (!now)
            return now.error();
        const qint64 current = now.value().value(r.recordId, -1);
        if (current > expected && StoreWrite::onlyOwnWritesSince(r.recordId, expected, current))
            expected = current;
        return write(r.kind, r.recordId, [&] { return undoOrRedo(expected); });
    };
}

void ResolveConflict::committed(Step step)
{
    Q_UNUSED(step);
    emit ConflictResolutionNotifier::instance()->changed();
}

ConflictResolutionNotifier *ConflictResolutionNotifier::instance()
{
    static ConflictResolutionNotifier notifier;
    return &notifier;
}

} // namespace EventDesk
