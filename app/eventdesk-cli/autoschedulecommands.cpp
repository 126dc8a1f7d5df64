// schedule auto [--replan] [--day DATE] [--time-limit SECONDS] [--seed N] [--json] [--apply]: the
// auto-scheduler's proposal, checked like the assistant's, optionally written.
#include "assistant/autoscheduleproposal.h"
#include "clirunner.h"
#include "proposalwriter.h"
#include "schedule/autoscheduler.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// User-visible text of these commands, in the translation context EventDesk::AutoScheduleCommands.
struct AutoScheduleCommands {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AutoScheduleCommands)
};

int autoSchedule(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(AutoScheduleCommands::tr(
        "Place the unscheduled sessions (or re-plan them all) with no conflict; prints the proposal and its "
        "report, and writes it with --apply."));
    p.addOption(
        {u"replan"_s, AutoScheduleCommands::tr("Re-plan every session that is not pinned, moving few")});
    p.addOption(
        {u"day"_s, AutoScheduleCommands::tr("Place the unscheduled sessions on this day"), u"DATE"_s});
    p.addOption({u"time-limit"_s, AutoScheduleCommands::tr("Seconds the solver may take (default 10)"),
                 u"SECONDS"_s});
    p.addOption({u"seed"_s, AutoScheduleCommands::tr("Seed of the heuristic (default 1)"), u"N"_s});
    p.addOption({u"json"_s, AutoScheduleCommands::tr("Print JSON")});
    p.addOption({u"apply"_s, AutoScheduleCommands::tr("Write the proposal")});
    p.addOption({u"event"_s, AutoScheduleCommands::tr("Event id"), u"ID"_s});
    if (auto stop = r.parse(p, args, u"schedule auto"_s))
        return *stop;
    AutoScheduleOptions options;
    if (p.isSet(u"replan"_s) && p.isSet(u"day"_s))
        return r.usage(AutoScheduleCommands::tr("Use either --replan or --day, not both."));
    if (p.isSet(u"replan"_s))
        options.scope = AutoScheduleOptions::Scope::Replan;
    if (p.isSet(u"day"_s)) {
        options.scope = AutoScheduleOptions::Scope::Day;
        options.day = QDate::fromString(p.value(u"day"_s), Qt::ISODate);
        if (!options.day.isValid())
            return r.usage(AutoScheduleCommands::tr("--day needs a date such as 2026-05-04."));
    }
    if (p.isSet(u"time-limit"_s)) {
        bool ok = false;
        options.timeLimitSeconds = p.value(u"time-limit"_s).toDouble(&ok);
        if (!ok || options.timeLimitSeconds <= 0)
            return r.usage(AutoScheduleCommands::tr("--time-limit needs a number of seconds above 0."));
    }
    if (p.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = p.value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return r.usage(AutoScheduleCommands::tr("--seed needs a whole number."));
    }
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
    auto data = ScheduleData::load(r.store(), eventId.value());
    if (!data)
        return r.fail(data.error());
    if (options.scope == AutoScheduleOptions::Scope::Day &&
        (options.day < data.value().event.startDate || options.day > data.value().event.endDate))
        return r.usage(AutoScheduleCommands::tr("%1 is not one of the event's days.")
                           .arg(options.day.toString(Qt::ISODate)));

    const AutoScheduleResult result = AutoScheduler::run(data.value(), options);
    const CheckedProposal proposal =
        ProposalChecker::check(data.value(), AutoScheduleProposal::from(data.value(), result));
    const QTimeZone zone(data.value().event.timeZone.toUtf8());
    std::optional<ProposalChecker::Recheck> applied;
    if (p.isSet(u"apply"_s)) {
        QList<ProposalItem> valid;
        for (const ProposalItem &item : proposal.items)
            if (item.valid())
                valid.append(item);
        applied = ProposalChecker::Recheck();
        if (!valid.isEmpty()) {
            auto written = ProposalWriter::write(r.store(), eventId.value(), valid);
            if (!written)
                return r.fail(written.error());
            applied = written.value();
        }
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray items;
        for (const ProposalItem &item : proposal.items)
            items.append(ProposalWriter::itemJson(item, zone));
        QJsonObject out{{u"report"_s, result.report.toJson()}, {u"items"_s, items}};
        if (applied) {
            QJsonArray ids;
            for (const ProposalItem &item : applied->applicable)
                ids.append(item.session.meta.id.toString(QUuid::WithoutBraces));
            out.insert(u"applied"_s, ids);
            out.insert(u"notApplied"_s, QJsonArray::fromStringList(applied->refused));
        }
        r.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    for (const QString &line : result.report.lines())
        r.out() << line << '\n';
    for (const ProposalItem &item : proposal.items) {
        r.out() << (item.valid() ? u"  "_s : u"! "_s) << ProposalChecker::describe(item, zone) << '\n';
        for (const QString &problem : item.problems)
            r.out() << "    " << problem << '\n';
    }
    if (applied) {
        r.out() << AutoScheduleCommands::tr("Applied %n change(s).", nullptr, int(applied->applicable.size()))
                << '\n';
        for (const QString &line : std::as_const(applied->refused))
            r.out() << "- " << line << '\n';
    } else if (!proposal.items.isEmpty()) {
        r.out() << AutoScheduleCommands::tr("Nothing was written (use --apply).") << '\n';
    }
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> autoScheduleCliRoutes()
{
    return {{u"schedule"_s, u"auto"_s, autoSchedule}};
}

} // namespace EventDesk
