#pragma once

#include "model/event.h"
#include "model/messagetemplate.h"
#include "model/participant.h"
#include "result.h"

#include <QCoreApplication>

#include <QUrl>

#include <optional>

namespace EventDesk
{

struct RenderedMessage {
    QString to;
    QString subject;
    QString body;
};

class MessageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::MessageRenderer)

public:
    static RenderedMessage render(const MessageTemplate &t, const Participant &p, const Event &event,
                                  const QString &ticketName);
    // A made-up participant for previews when none is selected.
    static Participant sampleParticipant(const QUuid &eventId);
    // RFC 5322 text with UTF-8 headers (RFC 2047) and a quoted-printable body.
    static QByteArray toEml(const RenderedMessage &m, const QString &from = {});
    static QUrl mailtoUrl(const RenderedMessage &m);
    // One .eml per message into folder (created if missing), each written atomically. Returns the files.
    static Result<QStringList> writeEmlFiles(const QString &folder, const QList<RenderedMessage> &messages);
    // One message as an .eml file at path, written atomically (a reply drafted by the assistant).
    static Result<void> writeEmlFile(const QString &path, const RenderedMessage &message);
};

} // namespace EventDesk
