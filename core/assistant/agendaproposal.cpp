#include "agendaproposal.h"

#include "llm/structuredoutput.h"
#include "model/session.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QJsonObject stringType(const QString &description)
{
    return {{u"type"_s, u"string"_s}, {u"description"_s, description}};
}

QJsonObject durationType()
{
    // No minimum or maximum: not every provider's strict mode takes them; the checker judges lengths.
    return {{u"type"_s, u"integer"_s}, {u"description"_s, u"Length in minutes"_s}};
}

std::optional<int> wholeMinutes(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d >= -1e6 && d <= 1e6)
            return int(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

// Whether the brackets opened in text (outside strings) are all closed again.
bool balanced(const QString &text)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            --depth;
        }
    }
    return depth <= 0 && !inString;
}

} // namespace

QJsonObject AgendaProposal::schema()
{
    QJsonArray types;
    for (SessionType t : {SessionType::Talk, SessionType::Workshop, SessionType::Keynote, SessionType::Panel,
                          SessionType::Break, SessionType::Other})
        types.append(sessionTypeName(t));
    const QJsonObject placement{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"session"_s, stringType(u"Id of an existing session (full or a unique prefix)"_s)},
                     {u"room"_s, stringType(u"Id of a room (full or a unique prefix)"_s)},
                     {u"start"_s, stringType(u"YYYY-MM-DDTHH:MM in the event's time zone"_s)},
                     {u"duration_minutes"_s, durationType()}}},
        {u"required"_s, QJsonArray{u"session"_s, u"room"_s, u"start"_s, u"duration_minutes"_s}},
        {u"additionalProperties"_s, false}};
    const QJsonObject newSession{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"title"_s, stringType(u"Title of the new session, e.g. Lunch"_s)},
                     {u"type"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, types}}},
                     {u"room"_s, QJsonObject{{u"type"_s, QJsonArray{u"string"_s, u"null"_s}},
                                             {u"description"_s,
                                              u"Id of a room (null: none, which cannot be applied)"_s}}},
                     {u"start"_s, stringType(u"YYYY-MM-DDTHH:MM in the event's time zone"_s)},
                     {u"duration_minutes"_s, durationType()}}},
        {u"required"_s, QJsonArray{u"title"_s, u"type"_s, u"room"_s, u"start"_s, u"duration_minutes"_s}},
        {u"additionalProperties"_s, false}};
    return {
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"summary"_s, stringType(u"One or two sentences on what the proposal does"_s)},
                     {u"placements"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, placement}}},
                     {u"new_sessions"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, newSession}}}}},
        {u"required"_s, QJsonArray{u"summary"_s, u"placements"_s, u"new_sessions"_s}},
        {u"additionalProperties"_s, false}};
}

QString AgendaProposal::withoutComments(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
            out += c;
        } else if (c == u'/' && next == u'/') {
            while (i < text.size() && text.at(i) != u'\n')
                ++i;
            out += u'\n';
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? text.size() : end + 1;
            out += u' ';
        } else {
            out += c;
        }
    }
    return out;
}

Result<AgendaProposal> AgendaProposal::parse(const QString &answer)
{
    auto object = extract(answer);
    if (!object)
        return object.error();
    return fromJson(object.value());
}

Result<QJsonObject> AgendaProposal::extract(const QString &answer)
{
    const QString trimmed = answer.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Validation, tr("The model gave an empty answer instead of a proposal."), {}};
    // The JSON itself: inside a code fence when there is one (possibly never closed), from its first brace.
    QString candidate = trimmed;
    static const QRegularExpression fence(u"```[A-Za-z]*[ \\t]*\\n?"_s);
    if (const auto m = fence.match(candidate); m.hasMatch()) {
        candidate = candidate.mid(m.capturedEnd());
        if (const qsizetype close = candidate.indexOf(u"```"_s); close >= 0)
            candidate.truncate(close);
    }
    const qsizetype brace = candidate.indexOf(u'{');
    if (brace < 0)
        return Error{ErrorCode::Validation,
                     tr("The model did not answer with a proposal: “%1”").arg(trimmed.left(200)),
                     trimmed.left(200)};
    candidate = withoutComments(candidate.mid(brace));
    auto value = StructuredOutput::extractJson(candidate);
    if (!value || !value.value().isObject()) {
        if (!balanced(candidate))
            return Error{ErrorCode::Validation,
                         tr("The model's answer was cut off before the proposal was complete."),
                         trimmed.right(200)};
        return Error{ErrorCode::Validation, tr("The model's answer is not a readable proposal in JSON."),
                     trimmed.left(200)};
    }
    return value.value().toObject();
}

Result<AgendaProposal> AgendaProposal::fromJson(const QJsonObject &o)
{
    const QJsonValue placements = o.value(u"placements"_s);
    const QJsonValue newSessions = o.value(u"new_sessions"_s);
    if ((!placements.isUndefined() && !placements.isNull() && !placements.isArray()) ||
        (!newSessions.isUndefined() && !newSessions.isNull() && !newSessions.isArray()))
        return Error{ErrorCode::Validation,
                     tr("The model's proposal lists its placements or new sessions in the wrong form."),
                     {}};
    if (!o.contains(u"placements"_s) && !o.contains(u"new_sessions"_s))
        return Error{ErrorCode::Validation,
                     tr("The model's answer has neither placements nor new sessions, so it is no proposal."),
                     {}};
    AgendaProposal p;
    p.summary = o.value(u"summary"_s).toString().trimmed();
    for (const QJsonValue &v : placements.toArray()) {
        const QJsonObject item = v.toObject();
        p.placements.append({text(item, u"session"_s), text(item, u"room"_s), text(item, u"start"_s),
                             wholeMinutes(item.value(u"duration_minutes"_s))});
    }
    for (const QJsonValue &v : newSessions.toArray()) {
        const QJsonObject item = v.toObject();
        p.newSessions.append({text(item, u"title"_s), text(item, u"type"_s), text(item, u"room"_s),
                              text(item, u"start"_s), wholeMinutes(item.value(u"duration_minutes"_s))});
    }
    return p;
}

} // namespace EventDesk
