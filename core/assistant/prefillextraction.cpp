#include "prefillextraction.h"

#include "registration/customquestions.h"
#include "registration/registrations.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

const QString kName = u"name"_s;
const QString kEmail = u"email"_s;
const QString kPhone = u"phone"_s;
const QString kOrganisation = u"organisation"_s;
const QString kTicket = u"ticketType"_s;

// The answer's property of each field.
QString jsonName(const QString &key)
{
    return key == kTicket ? u"ticket_type"_s : key;
}

QJsonObject fieldSchema()
{
    const QJsonObject nullableString{{u"type"_s, QJsonArray{u"string"_s, u"null"_s}}};
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"value"_s, nullableString}, {u"quote"_s, nullableString}}},
        {u"required"_s, QJsonArray{u"value"_s, u"quote"_s}},
        {u"additionalProperties"_s, false}};
}

QString questionRef(qsizetype index)
{
    return u"Q%1"_s.arg(index + 1);
}

QString typeHint(const CustomQuestion &q)
{
    switch (q.type) {
    case CustomQuestion::Type::Text:
        return u"free text"_s;
    case CustomQuestion::Type::SingleChoice:
        return u"one of: "_s + q.options.join(u" | "_s);
    case CustomQuestion::Type::MultipleChoice:
        return u"any of (separated by ';'): "_s + q.options.join(u" | "_s);
    case CustomQuestion::Type::YesNo:
        return u"yes or no"_s;
    }
    return {};
}

std::optional<SourceSpan> find(const QString &text, qsizetype from, qsizetype to, const QString &needle)
{
    if (needle.isEmpty())
        return std::nullopt;
    const QStringView hay = QStringView(text).mid(from, to - from);
    for (auto cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        const qsizetype at = hay.indexOf(needle, 0, cs);
        if (at >= 0)
            return SourceSpan{from + at, needle.size()};
    }
    // Spaces, dashes, dots and brackets between the characters may differ (phone numbers, wrapped lines).
    QString pattern;
    for (QChar c : needle) {
        if (c.isSpace() || u"-.()/"_s.contains(c))
            continue;
        if (!pattern.isEmpty())
            pattern += u"[\\s\\-.()/]*"_s;
        pattern += QRegularExpression::escape(QString(c));
    }
    if (pattern.isEmpty())
        return std::nullopt;
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.left(to), from);
    if (m.hasMatch())
        return SourceSpan{m.capturedStart(), m.capturedLength()};
    return std::nullopt;
}

DraftField field(const QJsonValue &v, const QString &text)
{
    const QJsonObject o = v.toObject();
    DraftField f;
    f.value = o.value(u"value"_s).toString().trimmed();
    if (!f.value.isEmpty())
        f.span = PrefillExtraction::locate(text, f.value, o.value(u"quote"_s).toString());
    return f;
}

} // namespace

Result<PrefillExtraction::Setup> PrefillExtraction::load(const EventStore &store, const QUuid &eventId)
{
    auto event = store.get<Event>(eventId);
    if (!event)
        return event.error();
    auto tickets = store.list<TicketType>(eventId);
    if (!tickets)
        return tickets.error();
    auto questions = CustomQuestionStore(const_cast<EventStore &>(store)).list(eventId);
    if (!questions)
        return questions.error();
    return Setup{eventId, event.value().name, tickets.value(), questions.value()};
}

QJsonObject PrefillExtraction::schema(const Setup &setup)
{
    QJsonArray refs;
    for (qsizetype i = 0; i < setup.questions.size(); ++i)
        refs.append(questionRef(i));
    const QJsonObject nullableString{{u"type"_s, QJsonArray{u"string"_s, u"null"_s}}};
    const QJsonObject answer{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"question"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, refs}}},
                     {u"value"_s, nullableString},
                     {u"quote"_s, nullableString}}},
        {u"required"_s, QJsonArray{u"question"_s, u"value"_s, u"quote"_s}},
        {u"additionalProperties"_s, false}};
    QJsonObject answers{{u"type"_s, u"array"_s}, {u"items"_s, answer}};
    if (setup.questions.isEmpty())
        answers.insert(u"maxItems"_s, 0);
    const QJsonObject registration{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"message"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}}},
                     {kName, fieldSchema()},
                     {kEmail, fieldSchema()},
                     {kPhone, fieldSchema()},
                     {kOrganisation, fieldSchema()},
                     {jsonName(kTicket), fieldSchema()},
                     {u"answers"_s, answers}}},
        {u"required"_s,
         QJsonArray{u"message"_s, kName, kEmail, kPhone, kOrganisation, jsonName(kTicket), u"answers"_s}},
        {u"additionalProperties"_s, false}};
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"registrations"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, registration}}}}},
        {u"required"_s, QJsonArray{u"registrations"_s}},
        {u"additionalProperties"_s, false}};
}

ChatRequest PrefillExtraction::request(const Setup &setup, const QList<MailMessage> &messages, int first,
                                       int count)
{
    QString system =
        u"You extract registrations for the event \"%1\" from e-mail messages (English, Chinese or other "
        "languages). Each message is numbered. Return one entry per person who asks to be registered; a "
        "message may register several people or none (questions, replies, spam: none). For each field give "
        "\"value\" as written in the message (names in the message's script) and \"quote\": the shortest "
        "exact "
        "passage of the message it comes from, or null when you inferred it. Use null for a value the "
        "message "
        "does not give. Placeholders such as [EMAIL_1] or [PHONE_2] stand for withheld personal data: copy "
        "them "
        "exactly as they are.\n"_s.arg(setup.eventName);
    QStringList tickets;
    for (const TicketType &t : setup.tickets)
        tickets.append(t.name);
    system += tickets.isEmpty() ? u"The event has no ticket types: ticket_type is null.\n"_s
                                : u"ticket_type is one of: "_s + tickets.join(u" | "_s) + u".\n"_s;
    if (setup.questions.isEmpty()) {
        system += u"The event asks no questions: answers is empty.\n"_s;
    } else {
        system += u"Answers to the event's questions, only those the message answers:\n"_s;
        for (qsizetype i = 0; i < setup.questions.size(); ++i)
            system += u"%1: %2 (%3)\n"_s.arg(questionRef(i), setup.questions.at(i).label,
                                             typeHint(setup.questions.at(i)));
    }
    QString user;
    for (int i = 0; i < count; ++i) {
        const MailMessage &m = messages.at(first + i);
        user +=
            u"=== Message %1 ===\n"_s.arg(i + 1) + m.text() + u"\n=== End of message %1 ===\n\n"_s.arg(i + 1);
    }
    ChatRequest r;
    r.messages = {{ChatMessage::Role::System, system, {}, {}, {}},
                  {ChatMessage::Role::User, user, {}, {}, {}}};
    r.jsonSchema = schema(setup);
    r.schemaName = u"registrations"_s;
    r.temperature = 0.0;
    r.stream = false;
    r.redact = true;
    return r;
}

SourceSpan PrefillExtraction::locate(const QString &text, const QString &value, const QString &quote)
{
    const QString v = value.trimmed();
    const QString q = quote.trimmed();
    if (!q.isEmpty())
        if (auto quoted = find(text, 0, text.size(), q)) {
            if (auto inside = find(text, quoted->start, quoted->start + quoted->length, v))
                return *inside;
            if (auto anywhere = find(text, 0, text.size(), v))
                return *anywhere;
            return *quoted;
        }
    if (auto anywhere = find(text, 0, text.size(), v))
        return *anywhere;
    return {};
}

QList<RegistrationDraft> PrefillExtraction::drafts(const QJsonValue &answer, const Setup &setup,
                                                   const QList<MailMessage> &messages, int first)
{
    QList<RegistrationDraft> out;
    const QJsonArray registrations = answer.toObject().value(u"registrations"_s).toArray();
    for (const QJsonValue &value : registrations) {
        const QJsonObject o = value.toObject();
        const int index = first + o.value(u"message"_s).toInt() - 1;
        if (index < first || index >= messages.size())
            continue; // a message number the batch does not have
        const QString text = messages.at(index).text();
        RegistrationDraft d;
        d.message = index;
        for (const QString &key : {kName, kEmail, kPhone, kOrganisation, kTicket}) {
            DraftField f = field(o.value(jsonName(key)), text);
            if (!f.value.isEmpty())
                d.fields.insert(key, f);
        }
        Participant &p = d.participant;
        p.eventId = setup.eventId;
        p.status = ParticipantStatus::Pending;
        p.source = u"assistant"_s;
        p.name = d.fields.value(kName).value;
        p.email = d.fields.value(kEmail).value;
        p.phone = d.fields.value(kPhone).value;
        p.organisation = d.fields.value(kOrganisation).value;
        if (const QString ticket = d.fields.value(kTicket).value; !ticket.isEmpty()) {
            for (const TicketType &t : setup.tickets)
                if (t.name.compare(ticket, Qt::CaseInsensitive) == 0)
                    p.ticketTypeId = t.meta.id;
            if (p.ticketTypeId.isNull())
                d.valueErrors.append({kTicket, tr("\"%1\" is not a ticket type of this event.").arg(ticket)});
        }
        for (const QJsonValue &a : o.value(u"answers"_s).toArray()) {
            const QJsonObject ao = a.toObject();
            const qsizetype qi = ao.value(u"question"_s).toString().mid(1).toInt() - 1;
            if (qi < 0 || qi >= setup.questions.size())
                continue;
            const CustomQuestion &q = setup.questions.at(qi);
            const QString key = q.id.toString(QUuid::WithoutBraces);
            DraftField f = field(a, text);
            if (f.value.isEmpty())
                continue;
            d.fields.insert(key, f);
            auto converted = CustomQuestions::answerFromText(q, f.value);
            if (!converted)
                d.valueErrors.append({key, converted.error().message});
            else if (!converted.value().isNull())
                p.answers.insert(key, converted.value());
        }
        d.errors = d.valueErrors;
        out.append(std::move(d));
    }
    return out;
}

Result<void> PrefillExtraction::check(EventStore &store, const QUuid &eventId,
                                      QList<RegistrationDraft> &drafts)
{
    QList<Participant> incoming;
    for (const RegistrationDraft &d : std::as_const(drafts))
        incoming.append(d.participant);
    auto checks = Registrations::check(store, eventId, incoming);
    if (!checks)
        return checks.error();
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        RegistrationDraft &d = drafts[i];
        d.errors = d.valueErrors + checks.value().at(i).errors;
        d.duplicate = checks.value().at(i).duplicate;
    }
    return {};
}

QStringList PrefillExtraction::fieldKeys(const Setup &setup)
{
    QStringList keys{kName, kEmail, kPhone, kOrganisation, kTicket};
    for (const CustomQuestion &q : setup.questions)
        keys.append(q.id.toString(QUuid::WithoutBraces));
    return keys;
}

QString PrefillExtraction::fieldLabel(const Setup &setup, const QString &key)
{
    if (key == kName)
        return tr("Name");
    if (key == kEmail)
        return tr("Email");
    if (key == kPhone)
        return tr("Phone");
    if (key == kOrganisation)
        return tr("Organisation");
    if (key == kTicket)
        return tr("Ticket type");
    for (const CustomQuestion &q : setup.questions)
        if (q.id.toString(QUuid::WithoutBraces) == key)
            return q.label;
    return key;
}

QString PrefillExtraction::reason(const RegistrationDraft &draft)
{
    if (!draft.errors.isEmpty())
        return draft.errors.first().message;
    return duplicateReason(draft);
}

QString PrefillExtraction::duplicateReason(const RegistrationDraft &draft)
{
    if (draft.duplicate) {
        if (draft.duplicate->meta.id.isNull())
            return tr("%1 appears in an earlier draft too.").arg(draft.participant.email);
        Registrations::Check c;
        c.duplicate = draft.duplicate;
        return Registrations::describe(c, draft.participant);
    }
    return {};
}

QJsonObject PrefillExtraction::toJson(const RegistrationDraft &draft, const Setup &setup,
                                      const QList<MailMessage> &messages)
{
    QJsonObject fields;
    for (auto it = draft.fields.cbegin(); it != draft.fields.cend(); ++it) {
        QJsonObject f{{u"value"_s, it->value}, {u"guess"_s, it->isGuess()}};
        if (it->span.isKnown()) {
            f.insert(u"start"_s, it->span.start);
            f.insert(u"length"_s, it->span.length);
        }
        fields.insert(it.key() == kName || it.key() == kEmail || it.key() == kPhone ||
                              it.key() == kOrganisation || it.key() == kTicket
                          ? it.key()
                          : fieldLabel(setup, it.key()),
                      f);
    }
    QJsonArray errors;
    for (const FieldError &e : draft.errors)
        errors.append(QJsonObject{{u"field"_s, e.field}, {u"message"_s, e.message}});
    QJsonObject o{{u"message"_s, draft.message + 1},
                  {u"source"_s, messages.value(draft.message).source},
                  {u"fields"_s, fields},
                  {u"valid"_s, draft.isValid()},
                  {u"duplicate"_s, bool(draft.duplicate)},
                  {u"errors"_s, errors}};
    if (draft.duplicate && !draft.duplicate->meta.id.isNull())
        o.insert(u"duplicateOf"_s, draft.duplicate->meta.id.toString(QUuid::WithoutBraces));
    if (!draft.isRegistrable())
        o.insert(u"reason"_s, reason(draft));
    return o;
}

} // namespace EventDesk
