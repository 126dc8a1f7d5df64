#pragma once

#include "llm/chatrequest.h"
#include "model/participant.h"
#include "recordindex.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

namespace EventDesk
{

class EventStore;

// One fact a draft reply used, resolved to its record.
struct ReplyFact {
    QString kind; // event, session, room, ticket, participant
    QUuid id;
    QString label; // the record's name or title
    QString text;  // the fact as the model stated it
};

// A draft reply to a participant: the text, whether the event's data held the answer, the facts it used
// (only those that resolve to records) and one sentence per fact the model cited that is not in the data.
struct ReplyDraft {
    QString reply;
    bool answered = false;
    QList<ReplyFact> facts;
    QStringList unresolved;
    QJsonObject toJson() const;
};

// Builds the grounded request for a participant's question and turns the model's structured answer into a
// ReplyDraft. The request holds the event's context (EventContext), the records the model may cite with
// their short ids (event, rooms, ticket types with free places, sessions) and, when a registration is
// picked, its status and ticket type; never an email or phone number, and the request is redacted.
class ReplyGrounding
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ReplyGrounding)

public:
    // At most this many sessions are listed for citing: those the question mentions first, then by time.
    static constexpr int kMaxCitedSessions = 80;

    static Result<ReplyGrounding> build(const EventStore &store, const QUuid &eventId,
                                        const QString &question, const QUuid &participantId = {});
    // {"reply": string, "answered": bool, "facts": [{"kind", "id", "text"}]}
    static QJsonObject schema();
    // The registration's facts as the request states them: short id, name, status and ticket type.
    static QString registrationFacts(const Participant &participant, const QString &ticketName);

    const ChatRequest &request() const { return m_request; }
    const RecordIndex &index() const { return m_index; }
    Result<ReplyDraft> draft(const QJsonValue &answer) const;

private:
    ChatRequest m_request;
    RecordIndex m_index;
};

} // namespace EventDesk
