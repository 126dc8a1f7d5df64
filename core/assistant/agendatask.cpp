#include "agendatask.h"

#include "llm/llmclient.h"
#include "llm/providercodec.h"
#include "logging.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AgendaTask::AgendaTask(LlmClient &client, ProviderProfile profile, QString key, QObject *parent)
    : QObject(parent), m_client(client), m_profile(std::move(profile)), m_key(std::move(key))
{
}

AgendaTask::~AgendaTask()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
}

namespace
{

template <typename T> QHash<QUuid, QString> shortIds(const QList<T> &records)
{
    QList<QString> full;
    for (const T &r : records)
        if (!r.meta.deleted)
            full.append(r.meta.id.toString(QUuid::WithoutBraces));
    int length = 8;
    for (; length < 36; ++length) {
        QSet<QString> seen;
        for (const QString &id : std::as_const(full))
            seen.insert(id.left(length));
        if (seen.size() == full.size())
            break;
    }
    QHash<QUuid, QString> out;
    for (const T &r : records)
        out.insert(r.meta.id, r.meta.id.toString(QUuid::WithoutBraces).left(length));
    return out;
}

} // namespace

QString AgendaTask::idTable(const ScheduleData &data)
{
    const QTimeZone zone(data.event.timeZone.toUtf8());
    const QHash<QUuid, QString> roomIds = shortIds(data.rooms);
    const QHash<QUuid, QString> sessionIds = shortIds(data.sessions);
    QHash<QUuid, QString> roomName;
    QString out = u"Ids to use in the proposal (a unique prefix as given here is enough).\nRooms:\n"_s;
    for (const Room &r : data.rooms) {
        if (r.meta.deleted)
            continue;
        roomName.insert(r.meta.id, r.name);
        out += u"- %1 %2 (%3 seats)\n"_s.arg(roomIds.value(r.meta.id), r.name).arg(r.capacity);
    }
    out += u"Sessions:\n"_s;
    for (const Session &s : data.sessions) {
        if (s.meta.deleted)
            continue;
        out += u"- %1 \"%2\" %3 min, "_s.arg(sessionIds.value(s.meta.id), s.title).arg(s.durationMinutes);
        out += s.isScheduled() ? u"%1 %2\n"_s.arg(roomName.value(s.roomId),
                                                  s.start.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm"_s))
                               : u"unscheduled\n"_s;
    }
    return out;
}

ChatRequest AgendaTask::buildRequest(const Input &input, const QString &request,
                                     const ProviderProfile &profile)
{
    const Event &e = input.data.event;
    ChatRequest chat;
    QString system =
        u"You plan the agenda of an event for its organizers. Answer with one JSON object only, of this "
        u"shape: "
        "{\"summary\": text, \"placements\": [{\"session\": ID, \"room\": ID, \"start\": "
        "\"YYYY-MM-DDTHH:MM\", "
        "\"duration_minutes\": N}], \"new_sessions\": [{\"title\": text, \"type\": "
        "\"talk|workshop|keynote|panel|break|other\", \"room\": ID, \"start\": "
        "\"YYYY-MM-DDTHH:MM\", \"duration_minutes\": N}]}. Placements put existing sessions into a room at a "
        "time (or move them); new_sessions adds sessions such as breaks (a break for all rooms: one per "
        "room). Use only the ids listed below. "
        "Times "
        "are local to the event's time zone %1, within %2 to %3 and the daily hours %4 to %5. Never put two "
        "sessions in one room at the same time, and respect speakers' other sessions.\n\n"_s.arg(
            e.timeZone, e.startDate.toString(Qt::ISODate), e.endDate.toString(Qt::ISODate),
            e.dayStart.toString(u"HH:mm"_s), e.dayEnd.toString(u"HH:mm"_s));
    system += input.context + u"\n\n"_s + idTable(input.data);
    if (!ProviderCodec::supportsJsonSchema(profile.provider) || profile.reasoning) {
        if (profile.provider != ProviderKind::Anthropic) // Anthropic's codec puts the schema in the prompt
            system +=
                u"\nThe answer must match this JSON Schema:\n"_s +
                QString::fromUtf8(QJsonDocument(AgendaProposal::schema()).toJson(QJsonDocument::Compact));
    }
    chat.messages = {{ChatMessage::Role::System, system, {}, {}, {}},
                     {ChatMessage::Role::User, request, {}, {}, {}}};
    chat.jsonSchema = AgendaProposal::schema();
    chat.schemaName = u"agenda_proposal"_s;
    chat.temperature = 0.0;
    return chat;
}

void AgendaTask::start(const Input &input, const QString &request)
{
    m_input = input;
    m_requestText = request;
    m_chat = buildRequest(input, request, m_profile);
    send(true);
}

void AgendaTask::restore(const Input &input, const QString &request, const QString &rawJson)
{
    m_input = input;
    m_requestText = request;
    m_chat = buildRequest(input, request, m_profile);
    m_chat.messages.append({ChatMessage::Role::Assistant, rawJson, {}, {}, {}});
    m_raw = rawJson;
    m_error.reset();
    auto parsed = AgendaProposal::parse(rawJson);
    if (parsed)
        m_proposal = ProposalChecker::check(input.data, parsed.value());
    else
        m_error = parsed.error();
}

void AgendaTask::revise(const QStringList &problems)
{
    if (isRunning())
        return;
    m_chat.messages.append({ChatMessage::Role::User,
                            u"Please revise the proposal. These problems were found:\n- "_s +
                                problems.join(u"\n- "_s) +
                                u"\nAnswer with the complete corrected proposal as JSON only."_s,
                            {},
                            {},
                            {}});
    send(true);
}

void AgendaTask::cancel()
{
    if (m_call)
        m_call->cancel();
}

void AgendaTask::send(bool repairAllowed)
{
    m_error.reset();
    ++m_requests;
    m_chat.useCache = m_useCache;
    LlmCall *call = m_client.send(m_profile, m_chat, m_key);
    m_call = call;
    AssistantUsage::track(call, m_usage, m_profile.model);
    connect(call, &LlmCall::finished, this, [this, call, repairAllowed] {
        call->deleteLater();
        m_call = nullptr;
        m_fromCache = call->response().fromCache;
        if (call->error()) {
            fail(*call->error());
            return;
        }
        handle(call->response().text, call->response().cacheKey, repairAllowed);
    });
}

void AgendaTask::handle(const QString &answer, const QByteArray &cacheKey, bool repairAllowed)
{
    QStringList problems;
    auto object = AgendaProposal::extract(answer);
    std::optional<AgendaProposal> parsed;
    std::optional<Error> parseError;
    if (object) {
        if (auto p = AgendaProposal::fromJson(object.value()))
            parsed = p.value();
        else
            parseError = p.error();
    } else {
        parseError = object.error();
    }
    CheckedProposal checked;
    if (parseError) {
        problems << parseError->message;
    } else {
        checked = ProposalChecker::check(m_input.data, *parsed);
        problems = checked.unknownIdProblems();
    }
    m_chat.messages.append({ChatMessage::Role::Assistant, answer, {}, {}, {}});
    if (!problems.isEmpty())
        m_client.forget(cacheKey); // asked again, the model gets another chance instead of this answer
    if (!problems.isEmpty() && repairAllowed) {
        qCInfo(lcLlm).noquote() << "agenda proposal repair round:" << problems.join(u' ');
        m_chat.messages.append({ChatMessage::Role::User,
                                u"Your answer could not be used. Problems:\n- "_s + problems.join(u"\n- "_s) +
                                    u"\nUse only the ids listed in the instructions. Answer with the "
                                    u"complete corrected proposal "
                                    "as JSON only."_s,
                                {},
                                {},
                                {}});
        send(false);
        return;
    }
    if (parseError) {
        fail(*parseError);
        return;
    }
    m_proposal = checked;
    m_raw = QString::fromUtf8(QJsonDocument(object.value()).toJson(QJsonDocument::Compact));
    emit finished();
}

void AgendaTask::fail(const Error &error)
{
    m_error = error;
    emit finished();
}

} // namespace EventDesk
