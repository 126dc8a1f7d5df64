// Language-model commands: llm profiles, llm test, ask.
#include "clirunner.h"

#include "assistant/eventcontext.h"
#include "llm/keystore.h"
#include "llm/llmclient.h"
#include "llm/llmerror.h"
#include "llm/pricetable.h"
#include "llm/responsecache.h"
#include "llm/structuredoutput.h"
#include "llm/usageledger.h"
#include "logging.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// User-visible text of these commands, in the translation context EventDesk::LlmCommands.
struct LlmCommands {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::LlmCommands)
};

// Parses options; returns -1 when the command should go on, else the exit code.
int parse(CliRunner &r, QCommandLineParser &p, const QStringList &args, const QString &command)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{u"eventdesk-cli "_s + command} + args))
        return r.usage(p.errorText());
    return -1;
}

// The profile and its key; the CLI may wait for the keychain with a local event loop.
struct Ready {
    ProviderProfile profile;
    QString key;
};
Result<Ready> prepare(CliRunner &r)
{
    auto profile = ProviderProfile::active();
    if (!profile)
        return profile.error();
    KeyStore keys;
    std::optional<KeyStore::Lookup> lookup;
    QEventLoop loop;
    keys.keyFor(profile.value(), [&](KeyStore::Lookup l) {
        lookup = std::move(l);
        loop.quit();
    });
    if (!lookup) // the keychain answers asynchronously
        loop.exec();
    if (!lookup->notice.isEmpty())
        r.err() << lookup->notice << '\n';
    if (lookup->error)
        return *lookup->error;
    return Ready{profile.value(), lookup->key};
}

void waitFor(LlmCall *call)
{
    if (call->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(call, &LlmCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int profiles(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, LlmCommands::tr("Print JSON")});
    if (int code = parse(r, p, args, u"llm profiles"_s); code >= 0)
        return code;
    const QList<ProviderProfile> all = ProviderProfile::loadAll();
    const QString active = ProviderProfile::activeName();
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const ProviderProfile &pr : all) {
            QJsonObject o = pr.toJson();
            o.insert(u"endpoint"_s, pr.endpoint().toString(QUrl::RemoveUserInfo));
            o.insert(u"active"_s, pr.name == active);
            a.append(o);
        }
        r.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    if (all.isEmpty()) {
        r.out() << LlmCommands::tr(
                       "No language-model profiles yet; set EVENTDESK_LLM_BASE_URL and EVENTDESK_LLM_MODEL, "
                       "or add one in the settings.")
                << '\n';
        return CliRunner::Ok;
    }
    for (const ProviderProfile &pr : all) {
        r.out() << (pr.name == active ? u"* "_s : u"  "_s) << pr.name << "  " << providerKindName(pr.provider)
                << "  " << pr.model << "  " << pr.endpoint().toString(QUrl::RemoveUserInfo);
        if (pr.reasoning)
            r.out() << "  " << LlmCommands::tr("(reasoning model)");
        r.out() << "  "
                << (pr.keyRef.isEmpty() ? (pr.isLocal() ? LlmCommands::tr("no key needed")
                                                        : LlmCommands::tr("key from EVENTDESK_API_KEY"))
                                        : LlmCommands::tr("key in keychain as \"%1\"").arg(pr.keyRef))
                << '\n';
    }
    return CliRunner::Ok;
}

int test(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, LlmCommands::tr("Print JSON")});
    if (int code = parse(r, p, args, u"llm test"_s); code >= 0)
        return code;
    auto ready = prepare(r);
    if (!ready)
        return r.fail(ready.error());
    LlmClient client;
    ChatRequest request;
    request.messages = {
        {ChatMessage::Role::User, u"This is a connection test. Reply with {\"ok\": true}."_s, {}, {}, {}}};
    request.jsonSchema =
        QJsonObject{{u"type"_s, u"object"_s},
                    {u"properties"_s, QJsonObject{{u"ok"_s, QJsonObject{{u"type"_s, u"boolean"_s}}}}},
                    {u"required"_s, QJsonArray{u"ok"_s}}};
    request.schemaName = u"connection_test"_s;
    request.maxTokens = 50;
    request.useCache = false;
    QElapsedTimer timer;
    timer.start();
    std::optional<Result<bool>> outcome;
    ChatResponse last;
    QEventLoop loop;
    StructuredOutput::request(client, ready.value().profile, request, ready.value().key,
                              [&](Result<QJsonValue> v, const ChatResponse &resp) {
                                  last = resp;
                                  if (v)
                                      outcome = v.value().toObject().value(u"ok"_s).toBool();
                                  else
                                      outcome = Result<bool>(v.error());
                                  loop.quit();
                              });
    if (!outcome)
        loop.exec();
    if (!outcome->ok())
        return r.fail(outcome->error());
    const qint64 ms = timer.elapsed();
    const ProviderProfile &profile = ready.value().profile;
    if (p.isSet(u"json"_s)) {
        r.out() << QJsonDocument(QJsonObject{{u"profile"_s, profile.name},
                                             {u"model"_s, last.model.isEmpty() ? profile.model : last.model},
                                             {u"ok"_s, outcome->value()},
                                             {u"milliseconds"_s, ms},
                                             {u"inputTokens"_s, last.usage.inputTokens},
                                             {u"outputTokens"_s, last.usage.outputTokens}})
                       .toJson(QJsonDocument::Indented);
    } else {
        r.out() << LlmCommands::tr("Profile \"%1\" reached model %2 in %3 ms.")
                       .arg(profile.name, last.model.isEmpty() ? profile.model : last.model)
                       .arg(ms)
                << '\n';
    }
    return CliRunner::Ok;
}

int ask(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, LlmCommands::tr("Print JSON")});
    p.addOption({u"no-cache"_s, LlmCommands::tr("Do not use or fill the response cache")});
    p.addOption(
        {u"redact-names"_s, LlmCommands::tr("Also replace speaker and participant names before sending")});
    p.addOption({u"event"_s, LlmCommands::tr("Event id"), u"ID"_s});
    p.addPositionalArgument(u"question"_s, LlmCommands::tr("The question"));
    if (int code = parse(r, p, args, u"ask"_s); code >= 0)
        return code;
    const QString question = p.positionalArguments().join(u' ').trimmed();
    if (question.isEmpty())
        return r.usage(LlmCommands::tr("Ask a question, e.g. eventdesk-cli ask \"Which room is busiest?\"."));
    const bool json = p.isSet(u"json"_s);
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
    const EventContext context(r.store(), eventId.value());
    auto contextText = context.text();
    if (!contextText)
        return r.fail(contextText.error());
    auto ready = prepare(r);
    if (!ready)
        return r.fail(ready.error());
    const ProviderProfile &profile = ready.value().profile;

    ResponseCache cache(QString(),
                        qint64(Settings::value(Settings::Key::LlmCacheTtlHours).toLongLong()) * 3600,
                        qint64(Settings::value(Settings::Key::LlmCacheMaxMb).toLongLong()) * 1024 * 1024);
    LlmClient client;
    if (!p.isSet(u"no-cache"_s))
        client.setCache(&cache);

    ChatRequest request;
    request.messages = {
        {ChatMessage::Role::System,
         u"You help the organisers of a conference. Answer from the event data below; say so when it does "
         u"not "
         "contain the answer. Placeholders such as [EMAIL_1] stand for withheld personal data; keep them as "
         "they are. Use the search_sessions tool for details such as abstracts.\n\n"_s +
             contextText.value(),
         {},
         {},
         {}},
        {ChatMessage::Role::User, question, {}, {}, {}}};
    request.tools = EventContext::tools();
    request.temperature = 0.0; // deterministic, so the answer may be cached
    request.useCache = !p.isSet(u"no-cache"_s);
    if (p.isSet(u"redact-names"_s))
        request.redactNames = context.personalNames();

    ChatResponse answer;
    TokenUsage total;
    int attempts = 0;
    bool cached = true;
    for (int turn = 0; turn < 5; ++turn) {
        LlmCall *call = client.send(profile, request, ready.value().key);
        if (!json)
            QObject::connect(call, &LlmCall::textDelta, call, [&r](const QString &delta) {
                r.out() << delta;
                r.out().flush();
            });
        waitFor(call);
        answer = call->response();
        attempts += answer.attempts;
        cached = cached && answer.fromCache;
        total.inputTokens += answer.usage.inputTokens;
        total.outputTokens += answer.usage.outputTokens;
        const std::optional<Error> error = call->error();
        call->deleteLater();
        if (error) {
            if (answer.incomplete) {
                if (!json)
                    r.out() << '\n' << LlmCommands::tr("[answer incomplete]") << '\n';
                else
                    r.out() << QJsonDocument(QJsonObject{{u"answer"_s, answer.text}, {u"incomplete"_s, true}})
                                   .toJson(QJsonDocument::Indented);
                r.out().flush();
            }
            return r.fail(*error);
        }
        if (answer.toolCalls.isEmpty())
            break;
        request.messages.append({ChatMessage::Role::Assistant, answer.text, answer.toolCalls, {}, {}});
        for (const ToolCall &c : std::as_const(answer.toolCalls))
            request.messages.append(
                {ChatMessage::Role::Tool, context.runTool(c.name, c.arguments), {}, c.id, c.name});
    }
    if (!answer.toolCalls.isEmpty())
        return r.fail(
            Error{ErrorCode::Io, LlmCommands::tr("The model kept asking for tools without answering."), {}});

    const QString scope = eventId.value().toString(QUuid::WithoutBraces);
    const PriceTable prices = PriceTable::builtIn();
    const std::optional<double> cost =
        prices.cost(answer.model.isEmpty() ? profile.model : answer.model, total);
    UsageLedger ledger;
    if (!cached)
        ledger.record(scope, total, cost.value_or(0));
    const UsageLedger::Totals totals = ledger.totals(scope);
    if (json) {
        r.out() << QJsonDocument(
                       QJsonObject{{u"answer"_s, answer.text},
                                   {u"model"_s, answer.model.isEmpty() ? profile.model : answer.model},
                                   {u"cached"_s, cached},
                                   {u"incomplete"_s, false},
                                   {u"attempts"_s, attempts},
                                   {u"usage"_s, QJsonObject{{u"inputTokens"_s, total.inputTokens},
                                                            {u"outputTokens"_s, total.outputTokens}}},
                                   {u"cost"_s, cost ? QJsonValue(*cost) : QJsonValue()},
                                   {u"eventTotals"_s, QJsonObject{{u"requests"_s, totals.requests},
                                                                  {u"inputTokens"_s, totals.inputTokens},
                                                                  {u"outputTokens"_s, totals.outputTokens},
                                                                  {u"cost"_s, totals.cost}}}})
                       .toJson(QJsonDocument::Indented);
    } else {
        if (!answer.text.endsWith(u'\n'))
            r.out() << '\n';
        r.err() << (cached ? LlmCommands::tr("(answer from the cache)")
                           : LlmCommands::tr("(%1 input + %2 output tokens)")
                                 .arg(total.inputTokens)
                                 .arg(total.outputTokens))
                << '\n';
    }
    return CliRunner::Ok;
}

// Stores (from standard input, so it never appears in the shell history or process list) or removes the
// key a profile's keyRef names, in the system keychain.
int key(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, LlmCommands::tr("set or delete"));
    p.addPositionalArgument(u"keyref"_s, LlmCommands::tr("The keychain entry a profile's keyRef names"));
    if (int code = parse(r, p, args, u"llm key"_s); code >= 0)
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || (pos.at(0) != u"set" && pos.at(0) != u"delete"))
        return r.usage(LlmCommands::tr(
            "Use 'llm key set KEYREF' (the key on standard input) or 'llm key delete KEYREF'."));
    KeyStore keys;
    std::optional<Result<void>> done;
    QEventLoop loop;
    auto finish = [&](Result<void> result) {
        done = std::move(result);
        loop.quit();
    };
    if (pos.at(0) == u"set") {
        QTextStream in(stdin);
        const QString secret = in.readLine().trimmed();
        if (secret.isEmpty())
            return r.usage(LlmCommands::tr(
                "Give the key on standard input, e.g. 'eventdesk-cli llm key set openai < key.txt'."));
        keys.writeKey(pos.at(1), secret, finish);
    } else {
        keys.deleteKey(pos.at(1), finish);
    }
    if (!done)
        loop.exec();
    if (!done->ok())
        return r.fail(done->error());
    r.out() << (pos.at(0) == u"set" ? LlmCommands::tr("The key is stored in the system keychain as \"%1\".")
                                    : LlmCommands::tr("The key \"%1\" is removed from the system keychain."))
                   .arg(pos.at(1))
            << '\n';
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> llmCliRoutes()
{
    return {
        {u"llm"_s, u"profiles"_s, profiles},
        {u"llm"_s, u"test"_s, test},
        {u"llm"_s, u"key"_s, key},
        {u"ask"_s, QString(), ask},
    };
}

} // namespace EventDesk
