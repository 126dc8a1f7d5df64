#pragma once

#include "llm/chatrequest.h"
#include "result.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace EventDesk
{

// Summarises one event for a language model: the event, its rooms, tracks, sessions and speakers (names
// and organisations, never emails), and only counts of participants, never their personal data. Also
// offers a read-only tool the model may call to look sessions up in detail.
class EventContext
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::EventContext)

public:
    EventContext(const EventStore &store, const QUuid &eventId);

    Result<QString> text() const;
    // Names a redaction pass should replace when name redaction is enabled: speakers and participants.
    QStringList personalNames() const;

    static QList<ToolDefinition> tools();
    // Runs a tool call; returns the JSON text to send back as the tool result.
    QString runTool(const QString &name, const QString &arguments) const;

private:
    const EventStore &m_store;
    QUuid m_eventId;
};

} // namespace EventDesk
