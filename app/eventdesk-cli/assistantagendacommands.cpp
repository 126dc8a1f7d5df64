// assistant agenda "REQUEST" [--json] [--apply]: an agenda proposal from the model, checked item by item,
// kept in the workspace as pending (as the window keeps it), and optionally its valid, conflict-free items
// written. assistant proposal list|show|apply|reject: the kept proposals, applied or rejected later by id.
#include "assistant/agendatask.h"
#include "assistant/eventcontext.h"
#include "assistant/pendingagendaproposal.h"
#include "clirunner.h"
#include "llm/llmclient.h"
#include "llmaccess.h"
#include "proposalwriter.h"
#include "storage/assistantstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// User-visible text of these commands, in the translation context EventDesk::AssistantAgendaCommands.
struct AssistantAgendaCommands {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AssistantAgendaCommands)
};

// Writes the applicable items (the same core code as the window's Apply) and marks the kept proposal applied
// in that transaction; with nothing to write the proposal stays pending.
Result<ProposalChecker::Recheck> write(EventStore &store, const QUuid &eventId,
                                       const QList<ProposalItem> &items, const QUuid &proposalId)
{
    return ProposalWriter::write(store, eventId, items, [&]() -> Result<void> {
        if (proposalId.isNull())
            return {};
        return AssistantStore(store).setProposalState(proposalId, AssistantProposal::State::Applied);
    });
}

QStringList notAppliedLines(const CheckedProposal &proposal, const ProposalChecker::Recheck &applied,
                            const QTimeZone &zone)
{
    QStringList notApplied = applied.refused;
    for (const ProposalItem &item : proposal.items)
        if (!item.valid())
            notApplied << ProposalChecker::describe(item, zone) + u": "_s + item.problems.join(u' ');
    return notApplied;
}

// The checked proposal, as JSON (extra fields added) or as text; and what applying it did, when it was.
void printProposal(CliRunner &r, const CheckedProposal &proposal, const QTimeZone &zone, bool json,
                   QJsonObject extra, const std::optional<ProposalChecker::Recheck> &applied)
{
    if (json) {
        QJsonArray items;
        for (const ProposalItem &item : proposal.items)
            items.append(ProposalWriter::itemJson(item, zone));
        extra.insert(u"summary"_s, proposal.summary);
        extra.insert(u"items"_s, items);
        extra.insert(u"valid"_s, proposal.validCount());
        if (applied) {
            QJsonArray ids;
            for (const ProposalItem &item : applied->applicable)
                ids.append(item.session.meta.id.toString(QUuid::WithoutBraces));
            extra.insert(u"applied"_s, ids);
            extra.insert(u"notApplied"_s,
                         QJsonArray::fromStringList(notAppliedLines(proposal, *applied, zone)));
        }
        r.out() << QJsonDocument(extra).toJson(QJsonDocument::Indented);
        return;
    }
    if (!proposal.summary.isEmpty())
        r.out() << proposal.summary << '\n';
    for (const ProposalItem &item : proposal.items) {
        r.out() << (item.valid() ? AssistantAgendaCommands::tr("[ok]      ")
                                 : AssistantAgendaCommands::tr("[invalid] "))
                << ProposalChecker::describe(item, zone) << '\n';
        for (const QString &problem : item.problems)
            r.out() << "          " << problem << '\n';
    }
    if (!applied)
        return;
    r.out() << AssistantAgendaCommands::tr("Applied %n item(s).", nullptr, int(applied->applicable.size()))
            << '\n';
    const QStringList notApplied = notAppliedLines(proposal, *applied, zone);
    if (!notApplied.isEmpty()) {
        r.out() << AssistantAgendaCommands::tr("Not applied:") << '\n';
        for (const QString &line : notApplied)
            r.out() << "- " << line << '\n';
    }
}

int agenda(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, AssistantAgendaCommands::tr("Print JSON")});
    p.addOption({u"apply"_s, AssistantAgendaCommands::tr("Write the valid, conflict-free items")});
    p.addOption({u"event"_s, AssistantAgendaCommands::tr("Event id"), u"ID"_s});
    p.addPositionalArgument(u"request"_s, AssistantAgendaCommands::tr("What the agenda should become"));
    if (auto stop = r.parse(p, args, u"assistant agenda"_s))
        return *stop;
    const QString request = p.positionalArguments().join(u' ').trimmed();
    if (request.isEmpty())
        return r.usage(AssistantAgendaCommands::tr(
            "Say what to plan, e.g. eventdesk-cli assistant agenda \"Fill the unscheduled sessions\"."));
    const bool json = p.isSet(u"json"_s);
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
    auto context = EventContext(r.store(), eventId.value()).text();
    if (!context)
        return r.fail(context.error());
    auto data = ScheduleData::load(r.store(), eventId.value());
    if (!data)
        return r.fail(data.error());
    auto access = llmAccess(r, AssistantTask::Agenda);
    if (!access)
        return r.fail(access.error());

    LlmClient client;
    AgendaTask task(client, access.value().profile, access.value().key);
    task.setUsage({eventId.value(), AssistantTask::Agenda, {}, true});
    QEventLoop loop;
    QObject::connect(&task, &AgendaTask::finished, &loop, &QEventLoop::quit);
    task.start({context.value(), data.value()}, request);
    if (task.isRunning())
        loop.exec();
    if (task.error())
        return r.fail(*task.error());

    // Kept as pending, as the window keeps its proposals: `assistant proposal apply|reject ID` later.
    PendingAgendaProposal pending;
    pending.id = newRecordId();
    pending.eventId = eventId.value();
    pending.request = task.requestText();
    pending.answer = task.rawJson();
    if (auto saved = AssistantStore(r.store()).saveProposal(pending.toRecord()); !saved)
        return r.fail(saved.error());

    const CheckedProposal &proposal = task.proposal();
    const QTimeZone zone(data.value().event.timeZone.toUtf8());
    std::optional<ProposalChecker::Recheck> applied;
    if (p.isSet(u"apply"_s)) {
        QList<ProposalItem> valid;
        for (const ProposalItem &item : proposal.items)
            if (item.valid())
                valid.append(item);
        auto written = write(r.store(), eventId.value(), valid, pending.id);
        if (!written)
            return r.fail(written.error());
        applied = written.value();
    }
    const QString id = pending.id.toString(QUuid::WithoutBraces);
    printProposal(r, proposal, zone, json,
                  {{u"request"_s, request}, {u"requests"_s, task.requestsSent()}, {u"proposal"_s, id}},
                  applied);
    if (json)
        return CliRunner::Ok;
    if (!applied)
        r.out() << AssistantAgendaCommands::tr("%1 of %n item(s) valid; nothing was written (use --apply).",
                                               nullptr, int(proposal.items.size()))
                       .arg(proposal.validCount())
                << '\n';
    if (!applied || applied->applicable.isEmpty())
        r.out() << AssistantAgendaCommands::tr(
                       "Kept as proposal %1; apply it with 'eventdesk-cli assistant proposal apply %2'.")
                       .arg(id, id.left(8))
                << '\n';
    return CliRunner::Ok;
}

// The event's agenda proposal named by a full id or a unique prefix (of at least 4 characters).
Result<AssistantProposal> findProposal(CliRunner &r, const QUuid &eventId, const QString &given)
{
    const QString wanted = given.trimmed().toLower().remove(u'{').remove(u'}');
    if (wanted.size() < 4)
        return Error{ErrorCode::Usage,
                     AssistantAgendaCommands::tr("Give the proposal's id (at least 4 characters)."),
                     {}};
    QList<AssistantProposal> found;
    for (auto state : {AssistantProposal::State::Pending, AssistantProposal::State::Applied,
                       AssistantProposal::State::Rejected}) {
        auto kept = AssistantStore(r.store()).proposals(
            eventId, QString::fromUtf16(PendingAgendaProposal::kKind), state);
        if (!kept)
            return kept.error();
        for (const AssistantProposal &a : kept.value())
            if (a.id.toString(QUuid::WithoutBraces).startsWith(wanted))
                found.append(a);
    }
    if (found.isEmpty())
        return Error{ErrorCode::NotFound,
                     AssistantAgendaCommands::tr("This event has no agenda proposal \"%1\".").arg(given),
                     {}};
    if (found.size() > 1)
        return Error{ErrorCode::Usage,
                     AssistantAgendaCommands::tr("\"%1\" names %2 proposals; give more of the id.")
                         .arg(given)
                         .arg(found.size()),
                     {}};
    return found.first();
}

int proposalCommand(CliRunner &r, const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList verbs{u"list"_s, u"show"_s, u"apply"_s, u"reject"_s};
    if (!verbs.contains(verb))
        return r.usage(
            AssistantAgendaCommands::tr("'assistant proposal' needs one of: %1.").arg(verbs.join(u", "_s)));
    QCommandLineParser p;
    p.addOption({u"json"_s, AssistantAgendaCommands::tr("Print JSON")});
    p.addOption({u"event"_s, AssistantAgendaCommands::tr("Event id"), u"ID"_s});
    if (verb == u"list")
        p.addOption({u"all"_s, AssistantAgendaCommands::tr("Also the applied and rejected proposals")});
    else
        p.addPositionalArgument(u"id"_s,
                                AssistantAgendaCommands::tr("The proposal's id (or a unique prefix)"));
    if (auto stop = r.parse(p, args.mid(1), u"assistant proposal "_s + verb))
        return *stop;
    const bool json = p.isSet(u"json"_s);
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
    auto data = ScheduleData::load(r.store(), eventId.value());
    if (!data)
        return r.fail(data.error());
    const QTimeZone zone(data.value().event.timeZone.toUtf8());

    if (verb == u"list") {
        QList<AssistantProposal> all;
        QList<AssistantProposal::State> states{AssistantProposal::State::Pending};
        if (p.isSet(u"all"_s))
            states << AssistantProposal::State::Applied << AssistantProposal::State::Rejected;
        for (auto state : std::as_const(states)) {
            auto kept = AssistantStore(r.store()).proposals(
                eventId.value(), QString::fromUtf16(PendingAgendaProposal::kKind), state);
            if (!kept)
                return r.fail(kept.error());
            all += kept.value();
        }
        QJsonArray rows;
        for (const AssistantProposal &a : std::as_const(all)) {
            const QString request = a.payload.value(u"request"_s).toString();
            if (json) {
                rows.append(QJsonObject{{u"id"_s, a.id.toString(QUuid::WithoutBraces)},
                                        {u"state"_s, AssistantProposal::stateName(a.state)},
                                        {u"created"_s, a.created.toString(Qt::ISODate)},
                                        {u"request"_s, request}});
                continue;
            }
            r.out() << a.id.toString(QUuid::WithoutBraces).left(8) << "  "
                    << AssistantProposal::stateName(a.state) << "  "
                    << QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat) << "  " << request
                    << '\n';
        }
        if (json)
            r.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        else if (all.isEmpty())
            r.out() << AssistantAgendaCommands::tr("No pending agenda proposals.") << '\n';
        return CliRunner::Ok;
    }

    if (p.positionalArguments().size() != 1)
        return r.usage(AssistantAgendaCommands::tr("Give one proposal id, e.g. eventdesk-cli assistant "
                                                   "proposal %1 1a2b3c4d.")
                           .arg(verb));
    auto record = findProposal(r, eventId.value(), p.positionalArguments().first());
    if (!record)
        return r.fail(record.error());
    auto pending = PendingAgendaProposal::fromRecord(record.value());
    if (!pending)
        return r.fail(pending.error());
    const QString id = record.value().id.toString(QUuid::WithoutBraces);
    const QJsonObject head{{u"proposal"_s, id},
                           {u"state"_s, AssistantProposal::stateName(record.value().state)},
                           {u"request"_s, pending.value().request}};
    if (verb != u"show" && record.value().state != AssistantProposal::State::Pending)
        return r.fail({ErrorCode::Validation,
                       AssistantAgendaCommands::tr("Proposal %1 was already %2; nothing was changed.")
                           .arg(id.left(8), AssistantProposal::stateName(record.value().state)),
                       {}});
    if (verb == u"reject") {
        // Only the proposal's own state changes; no event data is written.
        if (auto done = AssistantStore(r.store()).setProposalState(record.value().id,
                                                                   AssistantProposal::State::Rejected);
            !done)
            return r.fail(done.error());
        if (json)
            r.out() << QJsonDocument(QJsonObject{{u"proposal"_s, id}, {u"state"_s, u"rejected"_s}})
                           .toJson(QJsonDocument::Indented);
        else
            r.out()
                << AssistantAgendaCommands::tr("Rejected proposal %1; nothing was changed.").arg(id.left(8))
                << '\n';
        return CliRunner::Ok;
    }
    // Checked against the schedule as it is now, as the window does when it shows a kept proposal again.
    auto parsed = AgendaProposal::parse(pending.value().answer);
    if (!parsed)
        return r.fail(parsed.error());
    const CheckedProposal proposal = ProposalChecker::check(data.value(), parsed.value());
    if (verb == u"show") {
        printProposal(r, proposal, zone, json, head, std::nullopt);
        return CliRunner::Ok;
    }
    // apply: the valid items the organizer left checked, as one change set.
    QList<ProposalItem> chosen;
    for (const ProposalItem &item : proposal.items)
        if (item.valid() && !pending.value().unchecked.contains(PendingAgendaProposal::itemKey(item)))
            chosen.append(item);
    auto written = write(r.store(), eventId.value(), chosen, record.value().id);
    if (!written)
        return r.fail(written.error());
    printProposal(r, proposal, zone, json, head, written.value());
    if (written.value().applicable.isEmpty() && !json)
        r.out() << AssistantAgendaCommands::tr("Nothing could be applied; the proposal stays pending.")
                << '\n';
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> assistantAgendaCliRoutes()
{
    return {{u"assistant"_s, u"agenda"_s, agenda}, {u"assistant"_s, u"proposal"_s, proposalCommand}};
}

} // namespace EventDesk
