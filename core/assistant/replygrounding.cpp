#include "replygrounding.h"

#include "eventcontext.h"
#include "model/room.h"
#include "model/session.h"
#include "model/speaker.h"
#include "model/tickettype.h"
#include "registration/registrations.h"
#include "storage/eventstore.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QJsonObject ReplyDraft::toJson() const
{
    QJsonArray factArray;
    for (const ReplyFact &f : facts)
        factArray.append(QJsonObject{{u"kind"_s, f.kind},
                                     {u"id"_s, f.id.toString(QUuid::WithoutBraces)},
                                     {u"label"_s, f.label},
                                     {u"text"_s, f.text}});
    return QJsonObject{{u"reply"_s, reply},
                       {u"answered"_s, answered},
                       {u"facts"_s, factArray},
                       {u"unresolved"_s, QJsonArray::fromStringList(unresolved)}};
}

QJsonObject ReplyGrounding::schema()
{
    const QJsonObject fact{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"kind"_s, QJsonObject{{u"type"_s, u"string"_s},
                                             {u"enum"_s, QJsonArray{u"event"_s, u"session"_s, u"room"_s,
                                                                    u"ticket"_s, u"participant"_s}}}},
                     {u"id"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                     {u"text"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"kind"_s, u"id"_s, u"text"_s}},
        {u"additionalProperties"_s, false}};
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"properties"_s,
                        QJsonObject{{u"reply"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                    {u"answered"_s, QJsonObject{{u"type"_s, u"boolean"_s}}},
                                    {u"facts"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, fact}}}}},
                       {u"required"_s, QJsonArray{u"reply"_s, u"answered"_s, u"facts"_s}},
                       {u"additionalProperties"_s, false}};
}

QString ReplyGrounding::registrationFacts(const Participant &p, const QString &ticketName)
{
    // Status and ticket are what a reply needs; email and phone never leave the machine from here.
    return u"- participant [%1] %2: registration status %3, ticket type %4\n"_s.arg(
        RecordIndex::shortId(p.meta.id), p.name, participantStatusName(p.status),
        ticketName.isEmpty() ? u"none"_s : ticketName);
}

namespace
{
QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString money(qint64 cents, const QString &currency)
{
    return u"%1.%2 %3"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0')).arg(currency);
}
} // namespace

Result<ReplyGrounding> ReplyGrounding::build(const EventStore &store, const QUuid &eventId,
                                             const QString &question, const QUuid &participantId)
{
    auto event = store.get<Event>(eventId);
    if (!event)
        return event.error();
    const Event &e = event.value();
    const EventContext context(store, eventId);
    auto contextText = context.text();
    if (!contextText)
        return contextText.error();
    auto rooms = store.list<Room>(eventId);
    auto sessions = store.list<Session>(eventId);
    auto speakers = store.list<Speaker>(eventId);
    auto tickets = store.list<TicketType>(eventId);
    for (const Error *err : {rooms ? nullptr : &rooms.error(), sessions ? nullptr : &sessions.error(),
                             speakers ? nullptr : &speakers.error(), tickets ? nullptr : &tickets.error()})
        if (err)
            return *err;
    auto places = Registrations::freePlaces(store, e, tickets.value());
    if (!places)
        return places.error();

    ReplyGrounding g;
    const QTimeZone zone(e.timeZone.toUtf8());
    QString cite;
    g.m_index.add(u"event"_s, e.meta.id, e.name);
    cite += u"- event [%1] %2: %3 to %4, daily %5-%6 (time zone %7)"_s.arg(
        RecordIndex::shortId(e.meta.id), e.name, e.startDate.toString(Qt::ISODate),
        e.endDate.toString(Qt::ISODate), e.dayStart.toString(u"HH:mm"_s), e.dayEnd.toString(u"HH:mm"_s),
        e.timeZone);
    if (!e.venueName.isEmpty())
        cite += u", venue %1 %2"_s.arg(e.venueName, e.venueAddress).trimmed();
    if (places.value().event)
        cite += u", %1 free places"_s.arg(*places.value().event);
    cite += u'\n';

    QHash<QUuid, QString> roomName, speakerName;
    for (const Room &r : rooms.value()) {
        roomName.insert(r.meta.id, r.name);
        g.m_index.add(u"room"_s, r.meta.id, r.name);
        cite += u"- room [%1] %2, %3 seats\n"_s.arg(RecordIndex::shortId(r.meta.id), r.name).arg(r.capacity);
    }
    QHash<QUuid, QString> ticketName;
    for (const TicketType &t : tickets.value()) {
        ticketName.insert(t.meta.id, t.name);
        g.m_index.add(u"ticket"_s, t.meta.id, t.name);
        const std::optional<int> free = places.value().tickets.value(t.meta.id);
        cite += u"- ticket [%1] %2, price %3, %4\n"_s.arg(
            RecordIndex::shortId(t.meta.id), t.name, money(t.priceCents, t.currency),
            free ? u"%1 free places"_s.arg(*free) : u"no quota"_s);
    }
    for (const Speaker &s : speakers.value())
        speakerName.insert(s.meta.id, s.name);

    // Sessions the question mentions (a word of four letters or more in the title, tags or a speaker's
    // name) come first, then the rest by start time: a long programme is cut, never the relevant part.
    QStringList words;
    static const QRegularExpression wordPattern(u"\\w{4,}"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = wordPattern.globalMatch(question); it.hasNext();)
        words << it.next().captured().toLower();
    auto mentions = [&](const Session &s) {
        QString hay = s.title + u' ' + s.tags.join(u' ');
        for (const QUuid &id : s.speakerIds)
            hay += u' ' + speakerName.value(id);
        hay = hay.toLower();
        return std::count_if(words.cbegin(), words.cend(), [&](const QString &w) { return hay.contains(w); });
    };
    QList<std::pair<qsizetype, Session>> ranked;
    for (const Session &s : sessions.value())
        ranked.append({mentions(s), s});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        if (a.second.start.isValid() != b.second.start.isValid())
            return a.second.start.isValid();
        return a.second.start < b.second.start ||
               (a.second.start == b.second.start && a.second.title < b.second.title);
    });
    const qsizetype listed = std::min<qsizetype>(ranked.size(), kMaxCitedSessions);
    for (qsizetype i = 0; i < listed; ++i) {
        const Session &s = ranked.at(i).second;
        g.m_index.add(u"session"_s, s.meta.id, s.title);
        cite += u"- session [%1] \"%2\" (%3, %4 min)"_s
                    .arg(RecordIndex::shortId(s.meta.id), s.title, sessionTypeName(s.type))
                    .arg(s.durationMinutes);
        cite += s.start.isValid() ? u" at %1"_s.arg(localTime(s.start, zone)) : u" not scheduled yet"_s;
        if (!s.roomId.isNull())
            cite += u" in %1"_s.arg(roomName.value(s.roomId));
        QStringList names;
        for (const QUuid &id : s.speakerIds)
            names << speakerName.value(id);
        if (!names.isEmpty())
            cite += u", speakers: %1"_s.arg(names.join(u", "_s));
        cite += u'\n';
    }
    if (listed < ranked.size())
        cite += u"(%1 more sessions are not listed here.)\n"_s.arg(ranked.size() - listed);

    QString registration;
    if (!participantId.isNull()) {
        auto p = store.get<Participant>(participantId);
        if (!p)
            return p.error();
        if (p.value().eventId != eventId || p.value().meta.deleted)
            return Error{ErrorCode::NotFound, tr("That registration is not part of this event."), {}};
        g.m_index.add(u"participant"_s, p.value().meta.id, p.value().name);
        registration = registrationFacts(p.value(), ticketName.value(p.value().ticketTypeId));
    }

    QString system =
        u"You draft replies to participants of an event, for its organisers. Use only the event data below; "
        "never invent times, places, prices, policies or other facts. Answer with JSON: \"reply\" is the "
        "reply text in the language of the question; \"answered\" is false when the data does not hold the "
        "answer, and then the reply says so and that the organisers will follow up; \"facts\" lists every "
        "fact the reply uses, each with the kind and the id in square brackets from the records below (the "
        "eight-digit short id is enough) and the fact in a few words. Placeholders such as [EMAIL_1] stand "
        "for withheld personal data; keep them as they are.\n\n## Event data\n"_s +
        contextText.value() + u"\n## Records you may cite\n"_s + cite;
    if (!registration.isEmpty())
        system += u"\n## The participant's registration\n"_s + registration;
    g.m_request.messages = {
        {ChatMessage::Role::System, system, {}, {}, {}},
        {ChatMessage::Role::User, u"The participant's question:\n"_s + question, {}, {}, {}}};
    g.m_request.jsonSchema = schema();
    g.m_request.schemaName = u"reply_draft"_s;
    g.m_request.temperature = 0.0;
    g.m_request.stream = false;
    g.m_request.redact = true;
    return g;
}

Result<ReplyDraft> ReplyGrounding::draft(const QJsonValue &answer) const
{
    const QJsonObject o = answer.toObject();
    ReplyDraft d;
    d.reply = o.value(u"reply"_s).toString().trimmed();
    d.answered = o.value(u"answered"_s).toBool();
    if (d.reply.isEmpty())
        return Error{ErrorCode::Validation, tr("The model's answer held no reply text."), {}};
    const QJsonArray facts = o.value(u"facts"_s).toArray();
    for (const QJsonValue &v : facts) {
        const QString kind = v[u"kind"_s].toString();
        const QString id = v[u"id"_s].toString();
        const RecordIndex::Resolution r = m_index.resolve(kind, id);
        if (r.match == RecordIndex::Match::Found)
            d.facts.append({kind, r.entry.id, r.entry.label, v[u"text"_s].toString()});
        else
            d.unresolved
                << (r.match == RecordIndex::Match::Ambiguous
                        ? tr("The draft cited %1 \"%2\", which matches more than one record; that "
                             "fact is left out.")
                        : tr("The draft cited %1 \"%2\", which is not in the event's data; that fact "
                             "is left out."))
                       .arg(kind, id);
    }
    return d;
}

} // namespace EventDesk
