#include "setmessagetemplates.h"

#include "storage/messagetemplatestore.h"
#include "storage/storageworker.h"

#include <QCoreApplication>

namespace EventDesk
{

namespace
{
Result<MessageTemplates> saved(EventStore &s, const QUuid &eventId, const QList<MessageTemplate::Kind> &kinds)
{
    MessageTemplates out;
    for (MessageTemplate::Kind kind : kinds) {
        auto t = MessageTemplateStore(s).saved(eventId, kind);
        if (!t)
            return t.error();
        out.insert(kind, t.value());
    }
    return out;
}
} // namespace

SetMessageTemplates::SetMessageTemplates(const QUuid &eventId, MessageTemplates after)
    : StoreCommand(QCoreApplication::translate("EventDesk::Command", "Edit the message templates")),
      m_eventId(eventId), m_after(std::move(after))
{
}

StoreCommand::Work SetMessageTemplates::work(Step step)
{
    return [eventId = m_eventId, after = m_after, state = m_state, step](EventStore &s) -> Result<void> {
        State next = *state;
        const QList<MessageTemplate::Kind> kinds = after.keys();
        auto ok = s.inTransaction([&]() -> Result<void> {
            auto current = saved(s, eventId, kinds);
            if (!current)
                return current.error();
            if (step == Step::First)
                next.before = current.value();
            else if (current.value() != state->written)
                return Error{
                    ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "EventDesk::Command",
                        "The message templates of the event were changed elsewhere in the meantime."),
                    {}};
            const MessageTemplates &values = step == Step::Undo ? state->before : after;
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                auto ok = it.value() ? MessageTemplateStore(s).save(eventId, *it.value())
                                     : MessageTemplateStore(s).reset(eventId, it.key());
                if (!ok)
                    return ok;
            }
            auto written = saved(s, eventId, kinds);
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
