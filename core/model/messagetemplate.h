#pragma once

#include "record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QRegularExpression;

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
    // Matches one placeholder; captured(1) is its name without the braces.
    static const QRegularExpression &placeholderPattern();
    // The subject and body are not empty and use only known placeholders. Field names: subject, body.
    FieldErrors validate() const;
    bool operator==(const MessageTemplate &) const = default;
};

} // namespace EventDesk
