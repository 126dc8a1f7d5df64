// assistant agenda "REQUEST" [--json] [--apply]: an agenda proposal from the model, checked item by item, and
// optionally its valid, conflict-free items written.
#include "assistant/agendatask.h"
#include "assistant/eventcontext.h"
#include "clirunner.h"
#include "llm/llmclient.h"
#include "llmaccess.h"
#include "proposalwriter.h"

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

// User-visible text of these commands, in the translation context EventDesk::AssistantAgendaCommands.
struct AssistantAgendaCommands {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AssistantAgendaCommands)
};

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
    QEventLoop loop;
    QObject::connect(&task, &AgendaTask::finished, &loop, &QEventLoop::quit);
    task.start({context.value(), data.value()}, request);
    if (task.isRunning())
        loop.exec();
    if (task.error())
        return r.fail(*task.error());

    const CheckedProposal &proposal = task.proposal();
    const QTimeZone zone(data.value().event.timeZone.toUtf8());
    std::optional<ProposalChecker::Recheck> applied;
    if (p.isSet(u"apply"_s)) {
        QList<ProposalItem> valid;
        for (const ProposalItem &item : proposal.items)
            if (item.valid())
                valid.append(item);
        if (!valid.isEmpty()) {
            auto written = ProposalWriter::write(r.store(), eventId.value(), valid);
            if (!written)
                return r.fail(written.error());
            applied = written.value();
        } else {
            applied = ProposalChecker::Recheck();
        }
    }

    if (json) {
        QJsonArray items;
        for (const ProposalItem &item : proposal.items)
            items.append(ProposalWriter::itemJson(item, zone));
        QJsonObject out{{u"summary"_s, proposal.summary},
                        {u"request"_s, request},
                        {u"requests"_s, task.requestsSent()},
                        {u"items"_s, items},
                        {u"valid"_s, proposal.validCount()}};
        if (applied) {
            QJsonArray ids;
            for (const ProposalItem &item : applied->applicable)
                ids.append(item.session.meta.id.toString(QUuid::WithoutBraces));
            QStringList notApplied = applied->refused;
            for (const ProposalItem &item : proposal.items)
                if (!item.valid())
                    notApplied << ProposalChecker::describe(item, zone) + u": "_s + item.problems.join(u' ');
            out.insert(u"applied"_s, ids);
            out.insert(u"notApplied"_s, QJsonArray::fromStringList(notApplied));
        }
        r.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
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
    if (applied) {
        r.out() << AssistantAgendaCommands::tr("Applied %n item(s).", nullptr,
                                               int(applied->applicable.size()))
                << '\n';
        QStringList notApplied = applied->refused;
        for (const ProposalItem &item : proposal.items)
            if (!item.valid())
                notApplied << ProposalChecker::describe(item, zone) + u": "_s + item.problems.join(u' ');
        if (!notApplied.isEmpty()) {
            r.out() << AssistantAgendaCommands::tr("Not applied:") << '\n';
            for (const QString &line : std::as_const(notApplied))
                r.out() << "- " << line << '\n';
        }
    } else {
        r.out() << AssistantAgendaCommands::tr("%1 of %n item(s) valid; nothing was written (use --apply).",
                                               nullptr, int(proposal.items.size()))
                       .arg(proposal.validCount())
                << '\n';
    }
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> assistantAgendaCliRoutes()
{
    return {{u"assistant"_s, u"agenda"_s, agenda}};
}

} // namespace EventDesk
