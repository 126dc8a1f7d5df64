#include "setmessagetemplates.h"

#include "storage/messagetemplatestore.h"
#include "storage/storageworker.h"

#include <QCoreApplication>

namespace EventDesk
{

SetMessageTemplates::SetMessageTemplates(StorageWorker &worker, const QUuid &eventId, MessageTemplates before,
                                         MessageTemplates after)
    : StoreCommand(worker, QCoreApplication::translate("EventDesk::Command", "Edit the message templates")),
      m_eventId(eventId), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetMessageTemplates::writeValues(const MessageTemplates &values)
{
    const QUuid eventId = m_eventId;
    write([eventId, values](EventStore &s) {
        return s.inTransaction([&]() -> Result<void> {
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                auto ok = it.value() ? MessageTemplateStore(s).save(eventId, *it.value())
                                     : MessageTemplateStore(s).reset(eventId, it.key());
                if (!ok)
                    return ok;
            }
            return {};
        });
    });
}

void SetMessageTemplates::redo()
{
    writeValues(m_after);
}

void SetMessageTemplates::undo()
{
    writeValues(m_before);
}

} // namespace EventDesk
