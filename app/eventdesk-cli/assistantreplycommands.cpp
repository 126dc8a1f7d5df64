// Assistant commands for replies and reviews: assistant reply "QUESTION" [--participant ID] [--json],
// assistant review [--json] [--no-model].
#include "clirunner.h"
#include "llmaccess.h"

#include "assistant/assistantsettings.h"
#include "assistant/replygrounding.h"
#include "assistant/schedulereview.h"
#include "assistant/structuredcall.h"
#include "llm/llmerror.h"
#include "llm/providerprofile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// User-visible text of these commands, in the translation context EventDesk::AssistantReplyCommands.
struct AssistantReplyCommands {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AssistantReplyCommands)
};

struct Model {
    ProviderProfile profile;
    QString key;
};

// The task's profile (Settings per task, else the default) and its key; the CLI may wait for the keychain
// with a local event loop.
Result<Model> model(CliRunner &r, AssistantTask task)
{
    auto access = llmAccess(r, task);
    if (!access)
        return access.error();
    return Model{access.value().profile, access.value().key};
}

Result<QJsonValue> ask(const Model &m, const QUuid &eventId, AssistantTask task, ChatRequest request)
{
    AssistantSettings::load().applyTo(task, request); // the task's redaction and cache settings
    StructuredCall call;
    call.setUsage({eventId, task, {}, true}); // the tokens and cost of every request, repairs included
    QEventLoop loop;
    QObject::connect(&call, &StructuredCall::finished, &loop, &QEventLoop::quit);
    call.start(m.profile, request, m.key);
    if (!call.result())
        loop.exec();
    return *call.result();
}

QString factLine(const ReplyFact &f)
{
    return u"- %1 %2 \u201c%3\u201d: %4"_s.arg(f.kind, RecordIndex::shortId(f.id), f.label, f.text);
}

int reply(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, AssistantReplyCommands::tr("Print JSON")});
    p.addOption(
        {u"participant"_s, AssistantReplyCommands::tr("The registration asking (id or prefix)"), u"ID"_s});
    p.addOption({u"event"_s, AssistantReplyCommands::tr("Event id"), u"ID"_s});
    p.addPositionalArgument(u"question"_s, AssistantReplyCommands::tr("The participant's question"));
    if (auto stop = r.parse(p, args, u"assistant reply"_s))
        return *stop;
    const QString question = p.positionalArguments().join(u' ').trimmed();
    if (question.isEmpty())
        return r.usage(AssistantReplyCommands::tr(
            "Give the participant's question, e.g. eventdesk-cli assistant reply \"Where is the venue?\"."));
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
    QUuid participantId;
    if (p.isSet(u"participant"_s)) {
        auto id = r.store().resolveId(RecordKind::Participant, p.value(u"participant"_s));
        if (!id)
            return r.fail(id.error());
        participantId = id.value();
    }
    auto grounding = ReplyGrounding::build(r.store(), eventId.value(), question, participantId);
    if (!grounding)
        return r.fail(grounding.error());
    auto m = model(r, AssistantTask::Reply);
    if (!m)
        return r.fail(m.error());
    auto answer = ask(m.value(), eventId.value(), AssistantTask::Reply, grounding.value().request());
    if (!answer)
        return r.fail(answer.error());
    auto draft = grounding.value().draft(answer.value());
    if (!draft)
        return r.fail(draft.error());
    const ReplyDraft &d = draft.value();
    if (p.isSet(u"json"_s)) {
        r.out() << QJsonDocument(d.toJson()).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    if (!d.answered)
        r.out() << AssistantReplyCommands::tr(
                       "Not in the data: the event's data does not hold the answer, and the draft says so.")
                << "\n\n";
    r.out() << d.reply << "\n\n";
    if (d.facts.isEmpty())
        r.out() << AssistantReplyCommands::tr("Facts used: none.") << '\n';
    else
        r.out() << AssistantReplyCommands::tr("Facts used:") << '\n';
    for (const ReplyFact &f : d.facts)
        r.out() << factLine(f) << '\n';
    for (const QString &note : d.unresolved)
        r.err() << note << '\n';
    return CliRunner::Ok;
}

void printFindings(CliRunner &r, const QList<ReviewFinding> &findings)
{
    if (findings.isEmpty())
        r.out() << AssistantReplyCommands::tr("No findings: the schedule looks fine.") << '\n';
    for (const ReviewFinding &f : findings)
        r.out() << u"%1  %2 %3  %4%5"_s.arg(ReviewFinding::severityDisplayName(f.severity), f.itemKind,
                                            RecordIndex::shortId(f.itemId), f.message,
                                            f.fromModel ? AssistantReplyCommands::tr(" (from the model)")
                                                        : QString())
                << '\n';
}

int review(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, AssistantReplyCommands::tr("Print JSON")});
    p.addOption({u"no-model"_s, AssistantReplyCommands::tr("Only the findings the program computes")});
    p.addOption({u"gap"_s, AssistantReplyCommands::tr("Idle minutes between sessions that count as a gap"),
                 u"MINUTES"_s});
    p.addOption({u"event"_s, AssistantReplyCommands::tr("Event id"), u"ID"_s});
    if (auto stop = r.parse(p, args, u"assistant review"_s))
        return *stop;
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
    ScheduleReview::Options options;
    if (p.isSet(u"gap"_s)) {
        bool ok = false;
        options.gapMinutes = p.value(u"gap"_s).toInt(&ok);
        if (!ok || options.gapMinutes < 0)
            return r.usage(AssistantReplyCommands::tr("--gap must be a whole number of minutes, not \"%1\".")
                               .arg(p.value(u"gap"_s)));
    }
    auto computed = ScheduleReview::compute(r.store(), eventId.value(), options);
    if (!computed)
        return r.fail(computed.error());

    ScheduleReview::Merged merged{computed.value(), {}};
    QString skipped; // why the model part did not run
    std::optional<Error> modelError;
    std::optional<Result<Model>> m;
    if (p.isSet(u"no-model"_s))
        skipped = AssistantReplyCommands::tr("The model part was skipped (--no-model).");
    else if (m = model(r, AssistantTask::Review); !*m)
        skipped = AssistantReplyCommands::tr("The model part was skipped: %1").arg(m->error().message);
    if (skipped.isEmpty()) {
        auto request = ScheduleReview::modelRequest(r.store(), eventId.value(), computed.value());
        if (!request)
            return r.fail(request.error());
        auto answer = ask(m->value(), eventId.value(), AssistantTask::Review, request.value().request);
        if (answer)
            merged = ScheduleReview::merge(computed.value(), answer.value(), request.value().index);
        else
            modelError = answer.error();
    }

    if (p.isSet(u"json"_s)) {
        QJsonArray findings;
        for (const ReviewFinding &f : merged.findings)
            findings.append(f.toJson());
        QJsonObject modelPart{{u"ran"_s, skipped.isEmpty() && !modelError}};
        if (!skipped.isEmpty())
            modelPart.insert(u"skipped"_s, skipped);
        if (modelError)
            modelPart.insert(u"error"_s, modelError->message);
        modelPart.insert(u"notes"_s, QJsonArray::fromStringList(merged.notes));
        r.out() << QJsonDocument(QJsonObject{{u"findings"_s, findings}, {u"model"_s, modelPart}})
                       .toJson(QJsonDocument::Indented);
    } else {
        printFindings(r, merged.findings);
        if (!skipped.isEmpty())
            r.out() << skipped << '\n';
        for (const QString &note : std::as_const(merged.notes))
            r.err() << note << '\n';
    }
    if (modelError)
        return r.fail(*modelError);
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> assistantReplyCliRoutes()
{
    return {{u"assistant"_s, u"reply"_s, reply}, {u"assistant"_s, u"review"_s, review}};
}

} // namespace EventDesk
