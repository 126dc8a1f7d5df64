// Language-model commands: llm profiles, llm profile add|update|remove|default, llm test, llm key, ask.
#include "clirunner.h"
#include "llmaccess.h"

#include "assistant/assistantsettings.h"
#include "assistant/assistantturn.h"
#include "assistant/eventcontext.h"
#include "llm/connectiontest.h"
#include "llm/keystore.h"
#include "llm/llmclient.h"
#include "llm/llmerror.h"
#include "llm/profilestore.h"
#include "llm/responsecache.h"
#include "llm/tokenestimator.h"
#include "llm/usageledger.h"
#include "logging.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
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

// The profile and its key; the CLI may wait for the keychain with a local event loop.
struct Ready {
    ProviderProfile profile;
    QString key;
};
Result<Ready> prepare(CliRunner &r, const Result<ProviderProfile> &profile = ProviderProfile::active())
{
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

int profiles(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, LlmCommands::tr("Print JSON")});
    if (auto stop = r.parse(p, args, u"llm profiles"_s))
        return *stop;
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
                       "No language-model profiles yet; add one with 'eventdesk-cli llm profile add', or set "
                       "EVENTDESK_LLM_BASE_URL and EVENTDESK_LLM_MODEL.")
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
    if (auto stop = r.parse(p, args, u"llm test"_s))
        return *stop;
    auto ready = prepare(r);
    if (!ready)
        return r.fail(ready.error());
    ConnectionTest check;
    QEventLoop loop;
    QObject::connect(&check, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    check.start(ready.value().profile, ready.value().key);
    if (!check.result())
        loop.exec();
    const Result<ConnectionTest::Outcome> &outcome = *check.result();
    if (!outcome)
        return r.fail(outcome.error());
    const ConnectionTest::Outcome &o = outcome.value();
    if (p.isSet(u"json"_s)) {
        r.out() << QJsonDocument(QJsonObject{{u"profile"_s, o.profile},
                                             {u"model"_s, o.model},
                                             {u"ok"_s, o.ok},
                                             {u"milliseconds"_s, o.milliseconds},
                                             {u"inputTokens"_s, o.usage.inputTokens},
                                             {u"outputTokens"_s, o.usage.outputTokens}})
                       .toJson(QJsonDocument::Indented);
    } else {
        r.out() << ConnectionTest::successSentence(o) << '\n';
    }
    return CliRunner::Ok;
}

// The options of `llm profile add` and `llm profile update`.
void addProfileOptions(QCommandLineParser &p, bool update)
{
    p.addOption({u"provider"_s, LlmCommands::tr("openai (also Ollama, llama.cpp, vLLM…), azure or anthropic"),
                 u"PROVIDER"_s});
    p.addOption(
        {u"base-url"_s, LlmCommands::tr("The service's address, e.g. http://localhost:11434/v1"), u"URL"_s});
    p.addOption({u"model"_s, LlmCommands::tr("Model name (Azure: the deployment)"), u"MODEL"_s});
    p.addOption({u"key-ref"_s, LlmCommands::tr("Name of the API key in the system keychain ('' for none)"),
                 u"REF"_s});
    p.addOption({u"temperature"_s, LlmCommands::tr("0 to 2, or 'default' for the model's"), u"T"_s});
    p.addOption({u"max-tokens"_s, LlmCommands::tr("Longest answer, in tokens"), u"N"_s});
    p.addOption({u"context-window"_s,
                 LlmCommands::tr("The model's context window in tokens; 0 for the provider's usual size"),
                 u"N"_s});
    p.addOption({u"reasoning"_s, LlmCommands::tr("A reasoning model: send no temperature")});
    if (update)
        p.addOption({u"no-reasoning"_s, LlmCommands::tr("Not a reasoning model")});
    p.addOption({u"proxy"_s, LlmCommands::tr("Proxy URL, 'none', or 'system' for the system's"), u"URL"_s});
    p.addOption(
        {u"ca-file"_s, LlmCommands::tr("Extra trusted CA certificates (PEM), or '' for none"), u"PATH"_s});
    p.addOption({u"api-version"_s, LlmCommands::tr("Azure api-version"), u"V"_s});
    p.addOption({u"default"_s, LlmCommands::tr("Use this profile by default")});
    if (update)
        p.addOption({u"name"_s, LlmCommands::tr("Rename the profile"), u"NAME"_s});
}

// Applies the options that were given; the rest of the profile stays as it is.
Result<void> applyProfileOptions(const QCommandLineParser &p, ProviderProfile &profile)
{
    auto invalid = [](const QString &message) { return Error{ErrorCode::Validation, message, {}}; };
    if (p.isSet(u"provider"_s)) {
        const auto kind = providerKindFromName(p.value(u"provider"_s));
        if (!kind)
            return invalid(LlmCommands::tr("Unknown provider \"%1\"; use openai, azure or anthropic.")
                               .arg(p.value(u"provider"_s)));
        profile.provider = *kind;
    }
    const QStringList given = p.optionNames(); // isSet() warns about options only update has
    if (given.contains(u"name"_s))
        profile.name = p.value(u"name"_s).trimmed();
    if (p.isSet(u"base-url"_s))
        profile.baseUrl = p.value(u"base-url"_s).trimmed();
    if (p.isSet(u"model"_s))
        profile.model = p.value(u"model"_s).trimmed();
    if (p.isSet(u"key-ref"_s))
        profile.keyRef = p.value(u"key-ref"_s).trimmed();
    if (p.isSet(u"temperature"_s)) {
        const QString text = p.value(u"temperature"_s).trimmed();
        bool ok = false;
        const double t = text.toDouble(&ok);
        if (text == u"default")
            profile.temperature.reset();
        else if (!ok)
            return invalid(
                LlmCommands::tr("--temperature must be a number from 0 to 2, not \"%1\".").arg(text));
        else
            profile.temperature = t;
    }
    if (p.isSet(u"max-tokens"_s)) {
        bool ok = false;
        const int n = p.value(u"max-tokens"_s).trimmed().toInt(&ok);
        if (!ok)
            return invalid(LlmCommands::tr("--max-tokens must be a whole number, not \"%1\".")
                               .arg(p.value(u"max-tokens"_s)));
        profile.maxTokens = n;
    }
    if (p.isSet(u"context-window"_s)) {
        bool ok = false;
        const int n = p.value(u"context-window"_s).trimmed().toInt(&ok);
        if (!ok || n < 0)
            return invalid(LlmCommands::tr("--context-window must be a whole number of tokens, not \"%1\".")
                               .arg(p.value(u"context-window"_s)));
        profile.contextWindow = n;
    }
    if (p.isSet(u"reasoning"_s))
        profile.reasoning = true;
    if (given.contains(u"no-reasoning"_s))
        profile.reasoning = false;
    if (p.isSet(u"proxy"_s)) {
        const QString proxy = p.value(u"proxy"_s).trimmed();
        profile.proxy = proxy == u"system" ? QString() : proxy;
    }
    if (p.isSet(u"ca-file"_s)) {
        const QString path = p.value(u"ca-file"_s).trimmed();
        profile.caCertificates = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    }
    if (p.isSet(u"api-version"_s))
        profile.apiVersion = p.value(u"api-version"_s).trimmed();
    return {};
}

// llm profile add|update|remove|default NAME …: the profiles in settings, through ProfileStore.
int profile(CliRunner &r, const QStringList &args)
{
    const QString action = args.value(0);
    const QStringList actions{u"add"_s, u"update"_s, u"remove"_s, u"default"_s};
    if (!actions.contains(action))
        return r.usage(action.isEmpty()
                           ? LlmCommands::tr("'llm profile' needs one of: add, update, remove, default.")
                           : LlmCommands::tr("'llm profile %1' is not a command; use add, update, remove "
                                             "or default.")
                                 .arg(action));
    const bool edits = action == u"add" || action == u"update";
    QCommandLineParser p;
    p.addPositionalArgument(u"name"_s, LlmCommands::tr("The profile's name"));
    if (edits)
        addProfileOptions(p, action == u"update");
    if (auto stop = r.parse(p, args.mid(1), u"llm profile "_s + action))
        return *stop;
    const QStringList names = p.positionalArguments();
    if (names.size() != 1 || names.first().trimmed().isEmpty())
        return r.usage(LlmCommands::tr("'llm profile %1' needs exactly one profile name.").arg(action));
    const QString name = names.first().trimmed();

    ProfileStore store = ProfileStore::load();
    Result<void> done;
    QString message;
    if (action == u"add") {
        for (const QString &required : {u"provider"_s, u"base-url"_s, u"model"_s})
            if (!p.isSet(required))
                return r.usage(
                    LlmCommands::tr("'llm profile add' needs --provider, --base-url and --model."));
        ProviderProfile added;
        added.name = name;
        if (auto applied = applyProfileOptions(p, added); !applied)
            return r.fail(applied.error());
        done = store.add(added, p.isSet(u"default"_s));
        message = LlmCommands::tr("Added the profile \"%1\".").arg(name);
    } else if (action == u"update") {
        const std::optional<ProviderProfile> existing = store.find(name);
        if (!existing)
            return r.fail(Error{
                ErrorCode::NotFound, LlmCommands::tr("There is no profile named \"%1\".").arg(name), {}});
        ProviderProfile changed = *existing;
        if (auto applied = applyProfileOptions(p, changed); !applied)
            return r.fail(applied.error());
        done = store.update(name, changed);
        if (done && p.isSet(u"default"_s))
            done = store.setDefault(changed.name);
        message = LlmCommands::tr("Updated the profile \"%1\".").arg(changed.name);
    } else if (action == u"remove") {
        done = store.remove(name);
        message = LlmCommands::tr("Removed the profile \"%1\".").arg(name);
    } else {
        done = store.setDefault(name);
        message = LlmCommands::tr("\"%1\" is now the default profile.").arg(name);
    }
    if (!done)
        return r.fail(done.error());
    store.save();
    r.out() << message << '\n';
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
    if (auto stop = r.parse(p, args, u"ask"_s))
        return *stop;
    const QString question = p.positionalArguments().join(u' ').trimmed();
    if (question.isEmpty())
        return r.usage(LlmCommands::tr("Ask a question, e.g. eventdesk-cli ask \"Which room is busiest?\"."));
    const bool json = p.isSet(u"json"_s);
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
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

    const EventContext context(r.store(), eventId.value());
    AssistantTurn::Setup setup;
    setup.profile = profile;
    setup.key = ready.value().key;
    setup.message = question;
    setup.tools = EventContext::tools();
    // The event's context gets what the profile's context window leaves after the instructions, the
    // question, the tools and the answer, less a quarter kept for tool results, and never more than the
    // default budget.
    setup.systemPrompt = AssistantTurn::systemPrompt(QString());
    const int spare = profile.effectiveContextWindow() - profile.maxTokens -
                      TokenEstimator::estimate(AssistantTurn::request(setup));
    auto contextText = context.build(std::min(EventContext::kDefaultBudgetTokens, spare * 3 / 4));
    if (!contextText)
        return r.fail(contextText.error());
    setup.systemPrompt = AssistantTurn::systemPrompt(contextText.value());
    setup.runTool = [&context](const ToolCall &call, const std::function<void(const QString &)> &done) {
        done(context.runTool(call.name, call.arguments));
    };
    setup.temperature = 0.0; // deterministic, so the answer may be cached
    setup.useCache = !p.isSet(u"no-cache"_s);
    if (p.isSet(u"redact-names"_s))
        setup.redactNames = context.personalNames();
    setup.eventId = eventId.value();

    AssistantTurn turn(&client, setup);
    if (!json)
        QObject::connect(&turn, &AssistantTurn::textDelta, &turn, [&r](const QString &delta) {
            r.out() << delta;
            r.out().flush();
        });
    QEventLoop loop;
    QObject::connect(&turn, &AssistantTurn::finished, &loop, &QEventLoop::quit);
    turn.start();
    if (!turn.isFinished())
        loop.exec();
    const ChatResponse &answer = turn.response();
    const TokenUsage &total = turn.usage();
    const bool cached = turn.fromCache();
    if (const std::optional<Error> &error = turn.error()) {
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
    const std::optional<double> cost = turn.cost();
    const UsageLedger::Totals totals =
        turn.usageTotals() ? turn.usageTotals()->event
                           : AssistantUsage::totals({}, eventId.value(), QDate::currentDate()).event;
    if (json) {
        r.out() << QJsonDocument(
                       QJsonObject{{u"answer"_s, answer.text},
                                   {u"model"_s, turn.model()},
                                   {u"cached"_s, cached},
                                   {u"incomplete"_s, false},
                                   {u"attempts"_s, turn.attempts()},
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
    if (auto stop = r.parse(p, args, u"llm key"_s))
        return *stop;
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

Result<LlmAccess> llmAccess(CliRunner &runner, AssistantTask task)
{
    auto ready = prepare(runner, AssistantSettings::load().profileFor(task));
    if (!ready)
        return ready.error();
    return LlmAccess{ready.value().profile, ready.value().key};
}

QList<CliRoute> llmCliRoutes()
{
    return {
        {u"llm"_s, u"profiles"_s, profiles}, {u"llm"_s, u"test"_s, test}, {u"llm"_s, u"profile"_s, profile},
        {u"llm"_s, u"key"_s, key},           {u"ask"_s, QString(), ask},
    };
}

} // namespace EventDesk
