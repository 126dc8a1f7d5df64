#include "messagetemplate.h"

#include <QRegularExpression>

#include <tuple>

using namespace Qt::StringLiterals;

namespace EventDesk
{

MessageTemplate MessageTemplate::defaultFor(Kind kind)
{
    MessageTemplate t;
    t.kind = kind;
    switch (kind) {
    case Kind::Confirmation:
        t.subject = tr("Your registration for {event} is confirmed");
        t.body =
            tr("Dear {name},\n\nyour registration for {event} ({ticket}) is confirmed. We look forward to "
               "seeing you at {venue} on {start}.\n\nYour registration id: {id}\n");
        break;
    case Kind::Waitlist:
        t.subject = tr("You are on the waitlist for {event}");
        t.body =
            tr("Dear {name},\n\n{event} is fully booked, so you are on the waitlist. We will write to you "
               "as soon as a place is free.\n");
        break;
    case Kind::Reminder:
        t.subject = tr("Reminder: {event} starts on {start}");
        t.body = tr("Dear {name},\n\nthis is a reminder that {event} starts on {start} at {venue}.\n");
        break;
    }
    return t;
}

QString MessageTemplate::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Confirmation:
        return tr("Confirmation");
    case Kind::Waitlist:
        return tr("Waitlist");
    case Kind::Reminder:
        return tr("Reminder");
    }
    return {};
}

QString MessageTemplate::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Confirmation:
        return u"confirmation"_s;
    case Kind::Waitlist:
        return u"waitlist"_s;
    case Kind::Reminder:
        return u"reminder"_s;
    }
    return {};
}

std::optional<MessageTemplate::Kind> MessageTemplate::kindFromName(const QString &name)
{
    for (Kind k : allKinds())
        if (kindName(k) == name.trimmed().toLower())
            return k;
    return std::nullopt;
}

QList<MessageTemplate::Kind> MessageTemplate::allKinds()
{
    return {Kind::Confirmation, Kind::Waitlist, Kind::Reminder};
}

QList<std::pair<QString, QString>> MessageTemplate::placeholders()
{
    return {
        {u"{name}"_s, tr("the participant's name")},
        {u"{email}"_s, tr("the participant's email address")},
        {u"{organisation}"_s, tr("the participant's organisation")},
        {u"{status}"_s, tr("the registration status")},
        {u"{ticket}"_s, tr("the ticket type")},
        {u"{event}"_s, tr("the event's name")},
        {u"{venue}"_s, tr("the venue")},
        {u"{start}"_s, tr("the first day of the event")},
        {u"{id}"_s, tr("the registration reference (like 7F3A-91C2)")},
    };
}

const QRegularExpression &MessageTemplate::placeholderPattern()
{
    static const QRegularExpression placeholder(u"\\{([a-z]+)\\}"_s);
    return placeholder;
}

FieldErrors MessageTemplate::validate() const
{
    FieldErrors errors;
    QStringList known;
    for (const auto &p : placeholders())
        known.append(p.first);
    for (const auto &[field, text, label] : {std::tuple{u"subject"_s, subject, tr("The subject")},
                                             std::tuple{u"body"_s, body, tr("The text")}}) {
        if (text.trimmed().isEmpty()) {
            errors.append({field, tr("%1 is required.").arg(label)});
            continue;
        }
        for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured(0);
            if (!known.contains(found)) {
                errors.append({field, tr("%1 uses the unknown placeholder %2.").arg(label, found)});
                break;
            }
        }
    }
    if (subject.contains(u'\n'))
        errors.append({u"subject"_s, tr("The subject must be one line.")});
    return errors;
}

} // namespace EventDesk
