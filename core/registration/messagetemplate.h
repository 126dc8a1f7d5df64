#pragma once

#include "model/event.h"
#include "model/participant.h"
#include "result.h"

#include <QCoreApplication>

#include <QUrl>

#include <optional>

namespace EventDesk
{

// A message to participants with placeholders: {name}, {email}, {organisation}, {status}, {ticket}, {event},
// {venue}, {start}, {id}. Rendered per participant, saved as .eml files or opened as a mailto: link; no mail
// server is needed.
struct MessageTemplate {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::MessageTemplate)
public:
    enum class Kind { Confirmation, Waitlist, Reminder };
    Kind kind = Kind::Confirmation;
    QString subject;
    QString body;

    static MessageTemplate defaultFor(Kind kind); // translated defaults
    static QString kindDisplayName(Kind kind);
    static QString kindName(Kind kind); // confirmation, waitlist, reminder (storage and CLI)
    static std::optional<Kind> kindFromName(const QString &name);
    static QList<Kind> allKinds();
    // The placeholders with a translated description each, in display order.
    static QList<std::pair<QString, QString>> placeholders();
    // The subject and body are not empty and use only known placeholders. Field names: subject, body.
    FieldErrors validate() const;
    bool operator==(const MessageTemplate &) const = default;
};

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
};

} // namespace EventDesk
