#include "setcustomquestions.h"

#include "storage/customquestionstore.h"
#include "storage/storageworker.h"

#include <QCoreApplication>

namespace EventDesk
{

SetCustomQuestions::SetCustomQuestions(const QUuid &eventId, QList<CustomQuestion> after)
    : StoreCommand(QCoreApplication::translate("EventDesk::Command", "Edit the registration questions")),
      m_eventId(eventId), m_after(std::move(after))
{
}

StoreCommand::Work SetCustomQuestions::work(Step step)
{
    return [eventId = m_eventId, after = m_after, state = m_state, step](EventStore &s) -> Result<void> {
        State next = *state;
        auto ok = s.inTransaction([&]() -> Result<void> {
            auto current = CustomQuestionStore(s).list(eventId);
            if (!current)
                return current.error();
            if (step == Step::First)
                next.before = current.value();
            else if (current.value() != state->written)
                return Error{
                    ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "EventDesk::Command",
                        "The registration questions of the event were changed elsewhere in the meantime."),
                    {}};
            if (auto set =
                    CustomQuestionStore(s).replace(eventId, step == Step::Undo ? state->before : after);
                !set)
                return set;
            auto written = CustomQuestionStore(s).list(eventId);
            if (!written)
                return written.error();
            next.written = written.value();
            return {};
        });
        if (ok)
            *state = next;
        return ok;
    };
}

} // namespace EventDesk
