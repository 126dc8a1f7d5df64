#include "structuredoutput.h"

#include "logging.h"
#include "providercodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

Result<QJsonValue> StructuredOutput::extractJson(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression fence(u"```(?:json|JSON)?\\s*\\n?([\\s\\S]*?)```"_s);
    const auto m = fence.match(t);
    if (m.hasMatch())
        t = m.captured(1).trimmed();
    auto tryParse = [](const QString &s) -> std::optional<QJsonValue> {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            return std::nullopt;
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    };
    if (auto v = tryParse(t))
        return *v;
    // Prose around it: take the span from the first opening bracket to the last matching closer.
    const qsizetype obj = t.indexOf(u'{');
    const qsizetype arr = t.indexOf(u'[');
    qsizetype start = obj < 0 ? arr : (arr < 0 ? obj : qMin(obj, arr));
    if (start >= 0) {
        const QChar close = t.at(start) == u'{' ? u'}' : u']';
        const qsizetype end = t.lastIndexOf(close);
        if (end > start)
            if (auto v = tryParse(t.mid(start, end - start + 1)))
                return *v;
    }
    return Error{ErrorCode::Validation, tr("The model's answer contained no readable JSON."), text.left(200)};
}

std::optional<QString> StructuredOutput::validate(const QJsonValue &value, const QJsonObject &schema,
                                                  const QString &path)
{
    const QString type = schema.value(u"type"_s).toString();
    auto typeOk = [&]() {
        if (type.isEmpty())
            return true;
        if (type == u"object")
            return value.isObject();
        if (type == u"array")
            return value.isArray();
        if (type == u"string")
            return value.isString();
        if (type == u"boolean")
            return value.isBool();
        if (type == u"null")
            return value.isNull();
        if (type == u"number")
            return value.isDouble();
        if (type == u"integer")
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        return true;
    };
    if (!typeOk())
        return u"%1 must be of type %2"_s.arg(path, type);
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        return u"%1 must be one of %2"_s.arg(
            path, QString::fromUtf8(
                      QJsonDocument(schema.value(u"enum"_s).toArray()).toJson(QJsonDocument::Compact)));
    if (value.isDouble()) {
        if (schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble())
            return u"%1 must be at least %2"_s.arg(path).arg(schema.value(u"minimum"_s).toDouble());
        if (schema.contains(u"maximum"_s) && value.toDouble() > schema.value(u"maximum"_s).toDouble())
            return u"%1 must be at most %2"_s.arg(path).arg(schema.value(u"maximum"_s).toDouble());
    }
    if (value.isString()) {
        const qsizetype n = value.toString().size();
        if (schema.contains(u"minLength"_s) && n < schema.value(u"minLength"_s).toInteger())
            return u"%1 is too short"_s.arg(path);
        if (schema.contains(u"maxLength"_s) && n > schema.value(u"maxLength"_s).toInteger())
            return u"%1 is too long"_s.arg(path);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &r : schema.value(u"required"_s).toArray())
            if (!o.contains(r.toString()))
                return u"%1 is missing the required property \"%2\""_s.arg(path, r.toString());
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (props.contains(it.key())) {
                if (auto e = validate(it.value(), props.value(it.key()).toObject(), path + u'.' + it.key()))
                    return e;
            } else if (schema.value(u"additionalProperties"_s) == QJsonValue(false)) {
                return u"%1 has an unexpected property \"%2\""_s.arg(path, it.key());
            }
        }
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (schema.contains(u"minItems"_s) && a.size() < schema.value(u"minItems"_s).toInteger())
            return u"%1 has too few items"_s.arg(path);
        if (schema.contains(u"maxItems"_s) && a.size() > schema.value(u"maxItems"_s).toInteger())
            return u"%1 has too many items"_s.arg(path);
        const QJsonObject items = schema.value(u"items"_s).toObject();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto e = validate(a.at(i), items, u"%1[%2]"_s.arg(path).arg(i)))
                return e;
    }
    return std::nullopt;
}

namespace
{
void attempt(LlmClient &client, const ProviderProfile &profile, ChatRequest request, const QString &key,
             StructuredOutput::Done done, bool repairLeft, std::function<void(LlmCall *)> started)
{
    LlmCall *call = client.send(profile, request, key);
    if (started)
        started(call);
    QObject::connect(
        call, &LlmCall::finished, call,
        [&client, profile, request, key, done, repairLeft, call, started]() mutable {
            call->deleteLater();
            if (call->error()) {
                done(*call->error(), call->response());
                return;
            }
            const ChatResponse r = call->response();
            Result<QJsonValue> value = StructuredOutput::extractJson(r.text);
            std::optional<QString> problem;
            if (!value)
                problem = value.error().message;
            else
                problem = StructuredOutput::validate(value.value(), request.jsonSchema);
            if (!problem) {
                done(value, r);
                return;
            }
            qCInfo(lcLlm).noquote() << "structured answer rejected:" << *problem;
            client.forget(r.cacheKey); // asked again, the model gets another chance instead of this answer
            if (!repairLeft) {
                done(Error{ErrorCode::Validation,
                           StructuredOutput::tr(
                               "The model's answer did not have the expected structure, even after a "
                               "second try."),
                           *problem},
                     r);
                return;
            }
            request.messages.append({ChatMessage::Role::Assistant, r.text, {}, {}, {}});
            QString sentence = *problem; // the validator's "$.x must be …", or a sentence of its own
            while (sentence.endsWith(u'.'))
                sentence.chop(1);
            request.messages.append({ChatMessage::Role::User,
                                     u"Your answer did not match the JSON Schema: "_s + sentence +
                                         u". Reply with the corrected JSON only."_s,
                                     {},
                                     {},
                                     {}});
            attempt(client, profile, request, key, done, false, started);
        });
}
} // namespace

void StructuredOutput::request(LlmClient &client, const ProviderProfile &profile, ChatRequest request,
                               const QString &key, Done done)
{
    StructuredOutput::request(client, profile, std::move(request), key, std::move(done), {});
}

void StructuredOutput::request(LlmClient &client, const ProviderProfile &profile, ChatRequest request,
                               const QString &key, Done done, std::function<void(LlmCall *)> started)
{
    if (!ProviderCodec::supportsJsonSchema(profile.provider) || profile.reasoning) {
        // No enforced schema: the instructions carry it (ProviderCodec puts it in Anthropic's system prompt).
        if (profile.provider != ProviderKind::Anthropic)
            request.messages.prepend(
                {ChatMessage::Role::System,
                 u"Answer with one JSON value only, matching this JSON Schema:\n"_s +
                     QString::fromUtf8(QJsonDocument(request.jsonSchema).toJson(QJsonDocument::Compact)),
                 {},
                 {},
                 {}});
    }
    attempt(client, profile, std::move(request), key, std::move(done), true, std::move(started));
}

} // namespace EventDesk
