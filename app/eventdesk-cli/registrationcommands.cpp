// Registration commands: participant import/export, registration by quota, status changes, check-in,
// messages, ticket types.
#include "clirunner.h"

#include "io/csvwriter.h"
#include "model/recordjson.h"
#include "registration/customquestions.h"
#include "registration/messagetemplate.h"
#include "registration/participantimport.h"
#include "registration/registrations.h"
#include "storage/customquestionstore.h"
#include "storage/messagetemplatestore.h"
#include "storage/recordreferences.h"
#include "storage/statushistory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QCommandLineOption eventOption()
{
    return QCommandLineOption(u"event"_s, CliRunner::tr("Event id"), u"ID"_s);
}

void printJson(CliRunner &cli, const QJsonValue &v)
{
    cli.out() << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                     .toJson(QJsonDocument::Indented);
}

int importParticipants(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr(
        "Import registrations from a CSV file. Nothing is written when a line cannot be imported, unless "
        "--skip-invalid is given; the file itself is never changed."));
    p.addPositionalArgument(u"FILE"_s, CliRunner::tr("CSV file"));
    p.addOption(QCommandLineOption(
        u"map"_s,
        CliRunner::tr("Read COLUMN (header name or 1-based number) as FIELD: %1; as the answers to a custom "
                      "question with question:LABEL; or as the answers to a new text question with "
                      "new-question[:LABEL] (the label defaults to the header)")
            .arg([] {
                QStringList names;
                for (ImportField f : allImportFields())
                    names.append(importFieldName(f));
                return names.join(u", "_s);
            }()),
        u"COLUMN=FIELD"_s));
    p.addOption(QCommandLineOption(u"encoding"_s,
                                   CliRunner::tr("Encoding, e.g. UTF-8, GB18030, windows-1252"), u"NAME"_s));
    p.addOption(QCommandLineOption(u"dry-run"_s, CliRunner::tr("Only report what would happen")));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print the summary as JSON")));
    p.addOption(QCommandLineOption(u"duplicates"_s,
                                   CliRunner::tr("Existing email: update (default), skip or keep (both)"),
                                   u"POLICY"_s, u"update"_s));
    p.addOption(QCommandLineOption(u"no-header"_s, CliRunner::tr("The first row is data, not a header")));
    p.addOption(
        QCommandLineOption(u"skip-invalid"_s, CliRunner::tr("Import the valid lines, skip the others")));
    p.addOption(QCommandLineOption(
        u"no-new-ticket-types"_s,
        CliRunner::tr("Refuse lines whose ticket type the event does not have, instead of creating it")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return cli.usage(CliRunner::tr("'participant import' needs exactly one file."));
    const auto policy = duplicatePolicyFromName(p.value(u"duplicates"_s));
    if (!policy)
        return cli.usage(CliRunner::tr("--duplicates must be update, skip or keep."));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());

    auto source = ParticipantImport::readFile(p.positionalArguments().first(), p.value(u"encoding"_s));
    if (!source)
        return cli.fail(source.error());
    const CsvTable &table = source.value().table;
    ImportOptions options;
    options.duplicates = *policy;
    options.createTicketTypes = !p.isSet(u"no-new-ticket-types"_s);
    if (auto e = cli.store().get<Event>(event.value()); e && !e.value().timeZone.isEmpty()) {
        const QTimeZone zone(e.value().timeZone.toUtf8());
        if (zone.isValid())
            options.timeZone = zone;
    }
    options.hasHeader = !p.isSet(u"no-header"_s);
    const QStringList header =
        options.hasHeader && !table.rows.isEmpty() ? table.rows.first() : QStringList();
    const qsizetype width = table.rows.isEmpty() ? 0 : table.rows.first().size();
    options.columns = options.hasHeader ? ParticipantImport::suggestFields(header)
                                        : QList<ImportField>(width, ImportField::Ignore);
    auto questions = CustomQuestionStore(cli.store()).list(event.value());
    if (!questions)
        return cli.fail(questions.error());
    // pretix's "Question: LABEL" columns: the event's question of that label, else a new question.
    for (qsizetype c = 0; c < options.columns.size(); ++c) {
        if (options.columns.at(c) != ImportField::Ignore ||
            !ParticipantImport::isQuestionHeader(header.value(c)))
            continue;
        const QString label = ParticipantImport::questionLabelFromHeader(header.value(c));
        if (const auto q = ParticipantImport::suggestQuestion(label, questions.value())) {
            options.columns[c] = ImportField::Question;
            options.questions.insert(int(c), *q);
        } else {
            options.columns[c] = ImportField::NewQuestion;
            options.newQuestions.insert(int(c), label);
        }
    }
    for (const QString &m : p.values(u"map"_s)) {
        // COLUMN=question:LABEL maps to a custom question; the label may contain '=', the column may not.
        const QString marker = u"=question:"_s;
        const qsizetype questionAt = m.indexOf(marker, 0, Qt::CaseInsensitive);
        const qsizetype eq = questionAt > 0 ? questionAt : m.lastIndexOf(u'=');
        std::optional<ImportField> field;
        std::optional<CustomQuestion> question;
        QString newLabel;
        if (questionAt > 0) {
            const QString wanted = m.mid(questionAt + marker.size()).trimmed();
            question = ParticipantImport::suggestQuestion(wanted, questions.value());
            for (const CustomQuestion &q : questions.value())
                if (!question && wanted.size() >= 4 &&
                    q.id.toString(QUuid::WithoutBraces).startsWith(wanted.toLower()))
                    question = q;
            if (!question)
                return cli.usage(
                    CliRunner::tr("This event has no custom question \"%1\"; see 'question list'.")
                        .arg(wanted));
            field = ImportField::Question;
        } else if (eq > 0) {
            QString name = m.mid(eq + 1).trimmed();
            const QString newMarker = u"new-question:"_s;
            if (name.startsWith(newMarker, Qt::CaseInsensitive)) {
                newLabel = name.mid(newMarker.size()).trimmed();
                name = u"new-question"_s;
            }
            field = importFieldFromName(name);
        }
        if (!field)
            return cli.usage(
                CliRunner::tr(
                    "--map needs COLUMN=FIELD with a known field or COLUMN=question:LABEL, not \"%1\".")
                    .arg(m));
        const QString column = m.left(eq).trimmed();
        qsizetype index = header.indexOf(column);
        bool isNumber = false;
        if (index < 0) {
            const int n = column.toInt(&isNumber);
            index = isNumber ? n - 1 : -1;
        }
        if (index < 0 || index >= width)
            return cli.usage(CliRunner::tr("The file has no column \"%1\".").arg(column));
        if (options.columns.size() < width)
            options.columns.resize(width, ImportField::Ignore);
        for (qsizetype c = 0; c < options.columns.size(); ++c) { // a field is read from one column only
            ImportField &f = options.columns[c];
            if (f == *field && *field != ImportField::Ignore && *field != ImportField::Question)
                f = ImportField::Ignore;
            if (question && f == ImportField::Question &&
                options.questions.value(int(c)).id == question->id) {
                f = ImportField::Ignore;
                options.questions.remove(int(c));
            }
        }
        options.columns[index] = *field;
        options.questions.remove(int(index));
        options.newQuestions.remove(int(index));
        if (question)
            options.questions.insert(int(index), *question);
        if (*field == ImportField::NewQuestion)
            options.newQuestions.insert(int(index),
                                        newLabel.isEmpty()
                                            ? ParticipantImport::questionLabelFromHeader(header.value(index))
                                            : newLabel);
    }

    auto plan = ParticipantImport::plan(cli.store(), table, options, event.value());
    if (!plan)
        return cli.fail(plan.error());
    // The rows are planned: free them, and hand the plan over rather than copy it, so the commit does not
    // hold three copies of every registration.
    const QChar delimiter = table.delimiter;
    source.value().table = CsvTable();
    struct Summary {
        int rowCount;
        qsizetype added;
        qsizetype updated;
        QList<ImportIssue> skipped;
        ImportPlan created; // only what the import creates and skips, for the report
    };
    Summary pl{plan.value().rowCount,
               plan.value().added.size(),
               plan.value().updated.size(),
               plan.value().skipped,
               {}};
    pl.created.newTicketTypes = plan.value().newTicketTypes;
    pl.created.newQuestions = plan.value().newQuestions;
    pl.created.skipped = plan.value().skipped;
    const bool blocked = !pl.skipped.isEmpty() && !p.isSet(u"skip-invalid"_s);
    bool committed = false;
    if (!p.isSet(u"dry-run"_s) && !blocked) {
        auto written = ParticipantImport::commit(cli.store(), event.value(), std::move(plan).value());
        if (!written)
            return cli.fail(written.error());
        committed = true;
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray skipped;
        for (const ImportIssue &i : pl.skipped)
            skipped.append(QJsonObject{{u"line"_s, i.line}, {u"reason"_s, i.reason}});
        QJsonArray mapping;
        for (qsizetype c = 0; c < options.columns.size(); ++c)
            mapping.append(options.columns.at(c) == ImportField::Question
                               ? u"question:"_s + options.questions.value(int(c)).label
                           : options.columns.at(c) == ImportField::NewQuestion
                               ? u"new-question:"_s + options.newQuestions.value(int(c))
                               : importFieldName(options.columns.at(c)));
        QJsonArray newTickets;
        for (const NewTicketType &t : std::as_const(pl.created.newTicketTypes))
            newTickets.append(QJsonObject{{u"name"_s, t.type.name}, {u"rows"_s, t.rows}});
        QJsonArray newQuestions;
        for (const NewQuestion &q : std::as_const(pl.created.newQuestions))
            newQuestions.append(QJsonObject{{u"label"_s, q.question.label}, {u"answers"_s, q.rows}});
        printJson(cli, QJsonObject{{u"encoding"_s, source.value().encoding},
                                   {u"delimiter"_s, QString(delimiter)},
                                   {u"rows"_s, pl.rowCount},
                                   {u"new"_s, int(pl.added)},
                                   {u"updated"_s, int(pl.updated)},
                                   {u"skipped"_s, skipped},
                                   {u"newTicketTypes"_s, newTickets},
                                   {u"newQuestions"_s, newQuestions},
                                   {u"mapping"_s, mapping},
                                   {u"committed"_s, committed}});
    } else {
        cli.out() << CliRunner::tr("%1 rows (%2): %3 new, %4 updated, %5 skipped.")
                         .arg(pl.rowCount)
                         .arg(source.value().encoding)
                         .arg(pl.added)
                         .arg(pl.updated)
                         .arg(pl.skipped.size())
                  << '\n';
        // Each reason once, with its count and first lines; --json lists every line.
        for (const QString &line : ParticipantImport::reportLines(pl.created, committed))
            cli.out() << u"  "_s << line << '\n';
        if (committed)
            cli.out() << CliRunner::tr("Imported.") << '\n';
        else if (blocked)
            cli.out() << CliRunner::tr("Nothing was imported; fix the lines above or use --skip-invalid.")
                      << '\n';
        else
            cli.out() << CliRunner::tr("Dry run: nothing was imported.") << '\n';
    }
    return blocked && !p.isSet(u"dry-run"_s) ? CliRunner::UserError : CliRunner::Ok;
}

int exportParticipants(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Export the event's participants."));
    p.addOption(QCommandLineOption(u"format"_s, CliRunner::tr("Only csv"), u"FORMAT"_s, u"csv"_s));
    p.addOption(QCommandLineOption({u"o"_s, u"output"_s}, CliRunner::tr("Output file"), u"FILE"_s));
    p.addOption(QCommandLineOption(u"bom"_s, CliRunner::tr("Start with a UTF-8 BOM (for Excel)")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (p.value(u"format"_s) != u"csv")
        return cli.usage(CliRunner::tr("Only --format csv is supported."));
    if (!p.isSet(u"output"_s))
        return cli.usage(CliRunner::tr("'participant export' needs -o FILE."));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto participants = cli.store().list<Participant>(event.value());
    if (!participants)
        return cli.fail(participants.error());
    auto tickets = cli.store().list<TicketType>(event.value());
    if (!tickets)
        return cli.fail(tickets.error());
    const auto rows = ParticipantImport::exportRows(participants.value(), tickets.value());
    if (auto ok = CsvWriter::writeFile(p.value(u"output"_s), rows, p.isSet(u"bom"_s)); !ok)
        return cli.fail(ok.error());
    cli.out() << CliRunner::tr("Exported %n participant(s).", nullptr, int(participants.value().size()))
              << '\n';
    return CliRunner::Ok;
}

// Participant ids from ids or unique prefixes.
// The event (--event) and the participants named on the command line (ids or unique prefixes), for the
// commands that act on participants. On a problem it reports it and sets *exit.
struct ParticipantTarget {
    QUuid eventId;
    QList<QUuid> ids;
};
std::optional<ParticipantTarget> participantTarget(CliRunner &cli, const QCommandLineParser &p,
                                                   const QString &verb, int *exit)
{
    if (p.positionalArguments().isEmpty()) {
        *exit = cli.usage(CliRunner::tr("'participant %1' needs at least one id.").arg(verb));
        return std::nullopt;
    }
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event) {
        *exit = cli.fail(event.error());
        return std::nullopt;
    }
    ParticipantTarget target{event.value(), {}};
    for (const QString &a : p.positionalArguments()) {
        auto id = cli.store().resolveId(RecordKind::Participant, a);
        if (!id) {
            *exit = cli.fail(id.error());
            return std::nullopt;
        }
        target.ids.append(id.value());
    }
    return target;
}

// cancel, confirm, waitlist: set the status of the given participants (ids or prefixes).
int setStatus(CliRunner &cli, const QStringList &args, ParticipantStatus status, const QString &verb)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Set participants to \"%1\"; cancelling promotes from the waitlist "
                      "when the event promotes automatically.")
            .arg(participantStatusDisplayName(status)));
    p.addPositionalArgument(u"ID"_s, CliRunner::tr("Participant ids or unique prefixes"), u"ID…"_s);
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print the changed participants as JSON")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    int exit = 0;
    const auto target = participantTarget(cli, p, verb, &exit);
    if (!target)
        return exit;
    auto changed = Registrations::changeStatus(cli.store(), target->eventId, target->ids, status);
    if (!changed)
        return cli.fail(changed.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const Participant &r : changed.value())
            a.append(toJson(r));
        printJson(cli, a);
        return CliRunner::Ok;
    }
    for (const Participant &r : changed.value())
        cli.out() << r.meta.id.toString(QUuid::WithoutBraces) << ' ' << participantStatusName(r.status) << ' '
                  << r.name << '\n';
    return CliRunner::Ok;
}

// checkin: the core check-in rule; cancelled and waitlisted registrations are refused unless --force.
int checkInParticipants(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Check participants in. A cancelled or waitlisted registration is refused (nothing is "
                      "written) unless --force is given; someone already checked in is reported with the "
                      "time."));
    p.addPositionalArgument(u"ID"_s, CliRunner::tr("Participant ids or unique prefixes"), u"ID…"_s);
    p.addOption(
        QCommandLineOption(u"force"_s, CliRunner::tr("Check in cancelled and waitlisted registrations too")));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print the checked-in participants as JSON")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    int exit = 0;
    const auto target = participantTarget(cli, p, u"checkin"_s, &exit);
    if (!target)
        return exit;
    const bool force = p.isSet(u"force"_s);
    auto done = Registrations::checkIn(cli.store(), target->eventId, target->ids, force);
    if (!done)
        return cli.fail(done.error());
    if (done.value().refused() && !force) {
        for (const Registrations::CheckInVerdict &v : done.value().verdicts)
            if (v.overridable())
                cli.err() << v.message() << '\n';
        return cli.fail({ErrorCode::Validation,
                         CliRunner::tr("Nobody was checked in; use --force to check in anyway."),
                         {}});
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const Participant &r : done.value().checkedIn)
            a.append(toJson(r));
        printJson(cli, a);
        return CliRunner::Ok;
    }
    for (const Registrations::CheckInVerdict &v : done.value().verdicts)
        if (v.outcome == Registrations::CheckInVerdict::Outcome::AlreadyCheckedIn)
            cli.out() << v.message() << '\n';
    for (const Participant &r : done.value().checkedIn)
        cli.out() << r.meta.id.toString(QUuid::WithoutBraces) << ' ' << participantStatusName(r.status) << ' '
                  << r.name << '\n';
    return CliRunner::Ok;
}

// delete: tombstones participants and promotes from the waitlist into the places they held.
int deleteParticipants(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Delete participants; the places of confirmed ones go to the "
                                              "waitlist when the event promotes automatically."));
    p.addPositionalArgument(u"ID"_s, CliRunner::tr("Participant ids or unique prefixes"), u"ID…"_s);
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    int exit = 0;
    const auto target = participantTarget(cli, p, u"delete"_s, &exit);
    if (!target)
        return exit;
    const QList<QUuid> &ids = target->ids;
    auto removed = Registrations::removeMany(cli.store(), target->eventId, ids);
    if (!removed)
        return cli.fail(removed.error());
    cli.out() << CliRunner::tr("Deleted %n participant(s).", nullptr, int(ids.size())) << '\n';
    for (const Participant &r : removed.value().promotedAfter)
        cli.out() << CliRunner::tr("Promoted from the waitlist: %1 (%2)")
                         .arg(r.name, r.meta.id.toString(QUuid::WithoutBraces))
                  << '\n';
    return CliRunner::Ok;
}

int registerParticipant(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Register a participant: confirmed while places are free, else on the waitlist."));
    p.addOption(QCommandLineOption(u"name"_s, CliRunner::tr("Name"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"email"_s, CliRunner::tr("Email address"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"phone"_s, CliRunner::tr("Phone"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"organisation"_s, CliRunner::tr("Organisation"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"ticket-type"_s, CliRunner::tr("Ticket type id or name"), u"TICKET"_s));
    p.addOption(
        QCommandLineOption(u"answer"_s,
                           CliRunner::tr("Answer a custom question: QUESTION-ID=VALUE (repeat for each "
                                         "choice of a multiple-choice question)"),
                           u"ID=VALUE"_s));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print the registration as JSON")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    Participant r;
    r.eventId = event.value();
    r.name = p.value(u"name"_s);
    r.email = p.value(u"email"_s).trimmed();
    r.phone = p.value(u"phone"_s);
    r.organisation = p.value(u"organisation"_s);
    r.status = ParticipantStatus::Confirmed;
    if (p.isSet(u"ticket-type"_s)) {
        auto tickets = cli.store().list<TicketType>(event.value());
        if (!tickets)
            return cli.fail(tickets.error());
        QList<CliRunner::Candidate> candidates;
        for (const TicketType &t : tickets.value())
            candidates.append({t.meta.id, t.name});
        const QString wanted = p.value(u"ticket-type"_s);
        const auto found = CliRunner::matching(candidates, wanted);
        if (found.size() > 1)
            return cli.usage(CliRunner::tr("\"%1\" matches several ticket types: %2; give more of the id.")
                                 .arg(wanted, CliRunner::listed(found)));
        if (found.isEmpty())
            return cli.fail(
                {ErrorCode::NotFound, CliRunner::tr("There is no ticket type \"%1\".").arg(wanted), {}});
        r.ticketTypeId = found.first().id;
    }
    auto questions = CustomQuestionStore(cli.store()).list(event.value());
    if (!questions)
        return cli.fail(questions.error());
    QList<CliRunner::Candidate> candidates;
    for (const CustomQuestion &c : questions.value())
        candidates.append({c.id, c.label});
    for (const QString &a : p.values(u"answer"_s)) {
        const qsizetype eq = a.indexOf(u'=');
        const auto found =
            eq > 0 ? CliRunner::matching(candidates, a.left(eq)) : QList<CliRunner::Candidate>();
        if (found.size() > 1)
            return cli.usage(CliRunner::tr("\"%1\" matches several questions: %2; give more of the id.")
                                 .arg(a.left(eq).trimmed(), CliRunner::listed(found)));
        if (found.isEmpty())
            return cli.usage(
                CliRunner::tr("--answer needs QUESTION-ID=VALUE with a question of this event, not \"%1\".")
                    .arg(a));
        const auto q = std::find_if(questions.value().cbegin(), questions.value().cend(),
                                    [&](const CustomQuestion &c) { return c.id == found.first().id; });
        const QString key = q->id.toString(QUuid::WithoutBraces);
        const QString value = a.mid(eq + 1);
        if (q->type == CustomQuestion::Type::MultipleChoice) {
            QJsonArray chosen = r.answers.value(key).toArray();
            chosen.append(value);
            r.answers.insert(key, chosen);
        } else {
            r.answers.insert(key, value);
        }
    }
    // The rules (fields, answers, an email already registered) are checked by registerMany.
    auto saved = Registrations::registerMany(cli.store(), event.value(), {r});
    if (!saved)
        return cli.fail(saved.error());
    const Participant &s = saved.value().first();
    if (p.isSet(u"json"_s))
        printJson(cli, toJson(s));
    else
        cli.out() << s.meta.id.toString(QUuid::WithoutBraces) << ' ' << participantStatusName(s.status)
                  << '\n';
    return CliRunner::Ok;
}

int history(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Show a participant's status history."));
    p.addPositionalArgument(u"ID"_s, CliRunner::tr("Participant id or unique prefix"));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print JSON")));
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return cli.usage(CliRunner::tr("'participant history' needs exactly one id."));
    auto id = cli.store().resolveId(RecordKind::Participant, p.positionalArguments().first());
    if (!id)
        return cli.fail(id.error());
    auto entries = StatusHistory(cli.store()).forParticipant(id.value());
    if (!entries)
        return cli.fail(entries.error());
    QJsonArray a;
    for (const ParticipantStatusChange &c : entries.value()) {
        const QString from = c.from ? participantStatusName(*c.from) : QString();
        if (p.isSet(u"json"_s))
            a.append(QJsonObject{{u"from"_s, c.from ? QJsonValue(from) : QJsonValue()},
                                 {u"to"_s, participantStatusName(c.to)},
                                 {u"changedUtc"_s, c.changedUtc.toString(Qt::ISODateWithMs)},
                                 {u"by"_s, c.changedBy}});
        else
            cli.out() << c.changedUtc.toString(Qt::ISODate) << ' ' << (from.isEmpty() ? u"-"_s : from)
                      << u" → "_s << participantStatusName(c.to) << ' ' << c.changedBy << '\n';
    }
    if (p.isSet(u"json"_s))
        printJson(cli, a);
    return CliRunner::Ok;
}

int messages(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr(
        "Write a message per participant as .eml files (confirmation to the confirmed, waitlist "
        "to the waitlisted, reminder to the confirmed)."));
    p.addOption(QCommandLineOption(u"template"_s, CliRunner::tr("confirmation, waitlist or reminder"),
                                   u"NAME"_s, u"confirmation"_s));
    p.addOption(
        QCommandLineOption({u"o"_s, u"output"_s}, CliRunner::tr("Folder for the .eml files"), u"DIR"_s));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    const auto found = MessageTemplate::kindFromName(p.value(u"template"_s));
    if (!found)
        return cli.usage(CliRunner::tr("--template must be confirmation, waitlist or reminder."));
    const MessageTemplate::Kind kind = *found;
    if (!p.isSet(u"output"_s))
        return cli.usage(CliRunner::tr("'participant messages' needs -o DIR."));
    auto eventId = cli.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return cli.fail(eventId.error());
    auto event = cli.store().get<Event>(eventId.value());
    auto participants = cli.store().list<Participant>(eventId.value());
    auto tickets = cli.store().list<TicketType>(eventId.value());
    if (!event || !participants || !tickets)
        return cli.fail(!event ? event.error() : !participants ? participants.error() : tickets.error());
    QHash<QUuid, QString> ticketNames;
    for (const TicketType &t : tickets.value())
        ticketNames.insert(t.meta.id, t.name);
    auto saved = MessageTemplateStore(cli.store()).effective(eventId.value(), kind);
    if (!saved)
        return cli.fail(saved.error());
    const MessageTemplate t = saved.value();
    const ParticipantStatus audience = kind == MessageTemplate::Kind::Waitlist ? ParticipantStatus::Waitlisted
                                                                               : ParticipantStatus::Confirmed;
    QList<RenderedMessage> out;
    for (const Participant &r : participants.value())
        if (r.status == audience && !r.email.isEmpty())
            out.append(MessageRenderer::render(t, r, event.value(), ticketNames.value(r.ticketTypeId)));
    auto files = MessageRenderer::writeEmlFiles(p.value(u"output"_s), out);
    if (!files)
        return cli.fail(files.error());
    cli.out() << CliRunner::tr("Wrote %n message(s).", nullptr, int(files.value().size())) << '\n';
    return CliRunner::Ok;
}

int addTicket(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Add a ticket type."));
    p.addOption(QCommandLineOption(u"name"_s, CliRunner::tr("Name"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"quota"_s, CliRunner::tr("Places (default: unlimited)"), u"N"_s));
    p.addOption(QCommandLineOption(u"price"_s, CliRunner::tr("Price in cents"), u"CENTS"_s));
    p.addOption(QCommandLineOption(u"currency"_s, CliRunner::tr("Currency code"), u"CODE"_s));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    TicketType t;
    t.eventId = event.value();
    t.name = p.value(u"name"_s);
    bool ok = true;
    if (p.isSet(u"quota"_s))
        t.quota = p.value(u"quota"_s).toInt(&ok);
    if (ok && p.isSet(u"price"_s))
        t.priceCents = p.value(u"price"_s).toLongLong(&ok);
    if (!ok)
        return cli.usage(CliRunner::tr("--quota and --price must be whole numbers."));
    if (p.isSet(u"currency"_s))
        t.currency = p.value(u"currency"_s);
    auto added = cli.store().add(t);
    if (!added)
        return cli.fail(added.error());
    cli.out() << added.value().meta.id.toString(QUuid::WithoutBraces) << '\n';
    return CliRunner::Ok;
}

int listTickets(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("List ticket types with their quotas and places taken."));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print JSON")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto tickets = cli.store().list<TicketType>(event.value());
    auto participants = cli.store().list<Participant>(event.value());
    if (!tickets || !participants)
        return cli.fail(!tickets ? tickets.error() : participants.error());
    QHash<QUuid, int> taken;
    for (const Participant &r : participants.value())
        if (Registrations::holdsPlace(r.status))
            ++taken[r.ticketTypeId];
    QJsonArray a;
    for (const TicketType &t : tickets.value()) {
        QJsonObject o = toJson(t);
        o.insert(u"taken"_s, taken.value(t.meta.id));
        a.append(o);
        if (!p.isSet(u"json"_s))
            cli.out() << t.meta.id.toString(QUuid::WithoutBraces).left(8) << "  " << t.name << "  "
                      << taken.value(t.meta.id) << '/'
                      << (t.quota ? QString::number(*t.quota) : CliRunner::tr("unlimited")) << '\n';
    }
    if (p.isSet(u"json"_s))
        printJson(cli, a);
    return CliRunner::Ok;
}

// The ticket type named by id (prefix) or name; an error for none or several (exit code from cli.fail).
Result<TicketType> findTicket(CliRunner &cli, const QUuid &eventId, const QString &wanted)
{
    auto tickets = cli.store().list<TicketType>(eventId);
    if (!tickets)
        return tickets.error();
    QList<CliRunner::Candidate> candidates;
    for (const TicketType &t : tickets.value())
        candidates.append({t.meta.id, t.name});
    const auto found = CliRunner::matching(candidates, wanted);
    if (found.size() > 1)
        return Error{ErrorCode::Usage,
                     CliRunner::tr("\"%1\" matches several ticket types: %2; give more of the id.")
                         .arg(wanted, CliRunner::listed(found)),
                     {}};
    if (found.isEmpty())
        return Error{ErrorCode::NotFound, CliRunner::tr("There is no ticket type \"%1\".").arg(wanted), {}};
    return cli.store().get<TicketType>(found.first().id);
}

// ticket show|update|delete TICKET: the parser with the ticket argument and --event, parsed; the ticket.
int ticketCommand(CliRunner &cli, const QStringList &args, const QString &verb, QCommandLineParser &p,
                  const std::function<int(const TicketType &)> &run)
{
    p.addPositionalArgument(u"TICKET"_s, CliRunner::tr("Ticket type id (prefix) or name"));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return cli.usage(CliRunner::tr("'ticket %1' needs exactly one ticket type.").arg(verb));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto ticket = findTicket(cli, event.value(), p.positionalArguments().first());
    if (!ticket)
        return cli.fail(ticket.error());
    return run(ticket.value());
}

int showTicket(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Show a ticket type with the places taken."));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print JSON")));
    return ticketCommand(cli, args, u"show"_s, p, [&](const TicketType &t) {
        auto taken = cli.store().countParticipantsByTicket(
            t.eventId, {ParticipantStatus::Confirmed, ParticipantStatus::CheckedIn});
        if (!taken)
            return cli.fail(taken.error());
        QJsonObject o = toJson(t);
        o.insert(u"taken"_s, int(taken.value().value(t.meta.id)));
        if (p.isSet(u"json"_s)) {
            printJson(cli, o);
            return int(CliRunner::Ok);
        }
        cli.out() << CliRunner::tr("Name: %1").arg(t.name) << '\n'
                  << CliRunner::tr("Id: %1").arg(t.meta.id.toString(QUuid::WithoutBraces)) << '\n'
                  << CliRunner::tr("Places: %1 taken of %2")
                         .arg(taken.value().value(t.meta.id))
                         .arg(t.quota ? QString::number(*t.quota) : CliRunner::tr("unlimited"))
                  << '\n'
                  << CliRunner::tr("Price: %1 %2").arg(t.priceCents).arg(t.currency) << '\n';
        return int(CliRunner::Ok);
    });
}

int updateTicket(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Change a ticket type; only the options given are changed."));
    p.addOption(QCommandLineOption(u"name"_s, CliRunner::tr("Name"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"quota"_s, CliRunner::tr("Places, or none for unlimited"), u"N"_s));
    p.addOption(QCommandLineOption(u"price"_s, CliRunner::tr("Price in cents"), u"CENTS"_s));
    p.addOption(QCommandLineOption(u"currency"_s, CliRunner::tr("Currency code"), u"CODE"_s));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print the updated ticket type as JSON")));
    return ticketCommand(cli, args, u"update"_s, p, [&](TicketType t) {
        bool ok = true;
        if (p.isSet(u"name"_s))
            t.name = p.value(u"name"_s);
        if (p.isSet(u"quota"_s)) {
            if (p.value(u"quota"_s) == u"none")
                t.quota.reset();
            else
                t.quota = p.value(u"quota"_s).toInt(&ok);
        }
        if (ok && p.isSet(u"price"_s))
            t.priceCents = p.value(u"price"_s).toLongLong(&ok);
        if (!ok)
            return cli.usage(CliRunner::tr("--quota (or none) and --price must be whole numbers."));
        if (p.isSet(u"currency"_s))
            t.currency = p.value(u"currency"_s);
        auto saved = cli.store().update(t);
        if (!saved)
            return cli.fail(saved.error());
        if (p.isSet(u"json"_s))
            printJson(cli, toJson(saved.value()));
        else
            cli.out() << CliRunner::tr("Updated ticket type %1.").arg(saved.value().name) << '\n';
        return int(CliRunner::Ok);
    });
}

int deleteTicket(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Delete a ticket type. While registrations hold it, --force is "
                                              "needed; they then keep no ticket type."));
    p.addOption(QCommandLineOption(u"force"_s, CliRunner::tr("Delete it even when registrations hold it")));
    return ticketCommand(cli, args, u"delete"_s, p, [&](const TicketType &t) {
        RecordReferences references(cli.store());
        auto found = references.find(RecordKind::TicketType, t.meta.id);
        if (!found)
            return cli.fail(found.error());
        if (!found.value().isEmpty() && !p.isSet(u"force"_s))
            return cli.fail({ErrorCode::Validation,
                             CliRunner::tr("The ticket type %1 is still in use. %2 Use --force to delete it; "
                                           "they then have no ticket type.")
                                 .arg(t.name, found.value().describe()),
                             {}});
        auto removed = references.detachAndRemove(RecordKind::TicketType, t.meta.id);
        if (!removed)
            return cli.fail(removed.error());
        cli.out() << CliRunner::tr("Deleted ticket type %1; %n registration(s) no longer hold it.", nullptr,
                                   int(removed.value().participants.size()))
                         .arg(t.name)
                  << '\n';
        return int(CliRunner::Ok);
    });
}

int addQuestion(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Add a custom question to the event's registration form."));
    p.addOption(QCommandLineOption(u"label"_s, CliRunner::tr("The question"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"type"_s, CliRunner::tr("text, single, multiple or yesno"), u"TYPE"_s,
                                   u"text"_s));
    p.addOption(QCommandLineOption(u"option"_s, CliRunner::tr("A choice (repeatable)"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"required"_s, CliRunner::tr("An answer is required")));
    p.addOption(QCommandLineOption(
        u"show-if"_s, CliRunner::tr("Show only when question ID was answered VALUE"), u"ID=VALUE"_s));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto questions = CustomQuestionStore(cli.store()).list(event.value());
    if (!questions)
        return cli.fail(questions.error());
    CustomQuestion q;
    q.id = newRecordId();
    q.eventId = event.value();
    q.label = p.value(u"label"_s);
    const auto type = customQuestionTypeFromName(p.value(u"type"_s));
    if (!type)
        return cli.usage(CliRunner::tr("--type must be text, single, multiple or yesno."));
    q.type = *type;
    q.options = p.values(u"option"_s);
    q.required = p.isSet(u"required"_s);
    if (p.isSet(u"show-if"_s)) {
        const QString cond = p.value(u"show-if"_s);
        const qsizetype eq = cond.indexOf(u'=');
        const QString prefix = cond.left(eq).trimmed().toLower();
        for (const CustomQuestion &c : questions.value())
            if (eq > 0 && c.id.toString(QUuid::WithoutBraces).startsWith(prefix))
                q.showIfQuestion = c.id;
        if (q.showIfQuestion.isNull())
            return cli.usage(CliRunner::tr("--show-if needs ID=VALUE with a question of this event."));
        q.showIfValue = cond.mid(eq + 1);
    }
    if (const FieldErrors errors = CustomQuestions::validateDefinition(q, questions.value());
        !errors.isEmpty())
        return cli.fail({ErrorCode::Validation, errors.first().message, {}});
    QList<CustomQuestion> all = questions.value();
    all.append(q);
    if (auto ok = CustomQuestionStore(cli.store()).replace(event.value(), all); !ok)
        return cli.fail(ok.error());
    cli.out() << q.id.toString(QUuid::WithoutBraces) << '\n';
    return CliRunner::Ok;
}

int listQuestions(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("List the event's custom questions."));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print JSON")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto questions = CustomQuestionStore(cli.store()).list(event.value());
    if (!questions)
        return cli.fail(questions.error());
    QJsonArray a;
    for (const CustomQuestion &q : questions.value()) {
        a.append(toJson(q));
        if (!p.isSet(u"json"_s))
            cli.out() << q.id.toString(QUuid::WithoutBraces).left(8) << "  " << customQuestionTypeName(q.type)
                      << "  " << q.label << (q.required ? u" *"_s : QString()) << '\n';
    }
    if (p.isSet(u"json"_s))
        printJson(cli, a);
    return CliRunner::Ok;
}

// Finds a question by id prefix (at least 4 characters) or label.
Result<CustomQuestion> findQuestion(const QList<CustomQuestion> &questions, const QString &wanted)
{
    QList<CustomQuestion> byId;
    for (const CustomQuestion &q : questions)
        if (wanted.size() >= 4 && q.id.toString(QUuid::WithoutBraces).startsWith(wanted.trimmed().toLower()))
            byId.append(q);
    if (byId.size() == 1)
        return byId.first();
    if (const CustomQuestion *q = CustomQuestions::findByLabel(questions, wanted))
        return *q;
    return Error{ErrorCode::NotFound,
                 byId.size() > 1
                     ? CliRunner::tr("\"%1\" matches several questions; give more of the id.").arg(wanted)
                     : CliRunner::tr("This event has no custom question \"%1\".").arg(wanted),
                 {}};
}

int removeQuestion(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr(
        "Remove a custom question from the event's registration form. Answers already given are kept with "
        "the registrations; questions shown only after its answer are refused until their condition is "
        "changed or removed too."));
    p.addPositionalArgument(u"QUESTION"_s, CliRunner::tr("Question id (or unique prefix) or label"));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return cli.usage(CliRunner::tr("'question remove' needs exactly one question."));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto questions = CustomQuestionStore(cli.store()).list(event.value());
    if (!questions)
        return cli.fail(questions.error());
    auto q = findQuestion(questions.value(), p.positionalArguments().first());
    if (!q)
        return cli.fail(q.error());
    QList<CustomQuestion> rest;
    for (const CustomQuestion &c : questions.value())
        if (c.id != q.value().id)
            rest.append(c);
    for (const CustomQuestion &c : std::as_const(rest))
        if (c.showIfQuestion == q.value().id)
            return cli.fail({ErrorCode::Validation,
                             CliRunner::tr("\"%1\" is shown only after an answer to \"%2\"; remove it first.")
                                 .arg(c.label, q.value().label),
                             {}});
    if (auto ok = CustomQuestionStore(cli.store()).replace(event.value(), rest); !ok)
        return cli.fail(ok.error());
    cli.out() << CliRunner::tr("Removed \"%1\".").arg(q.value().label) << '\n';
    return CliRunner::Ok;
}

// message template show|set|reset KIND
int messageTemplate(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Show, change or reset the event's message template of a kind (confirmation, waitlist "
                      "or reminder). Placeholders: %1")
            .arg([] {
                QStringList names;
                for (const auto &ph : MessageTemplate::placeholders())
                    names.append(ph.first);
                return names.join(u' ');
            }()));
    p.addPositionalArgument(u"ACTION"_s, CliRunner::tr("show, set or reset"));
    p.addPositionalArgument(u"KIND"_s, CliRunner::tr("confirmation, waitlist or reminder"));
    p.addOption(QCommandLineOption(u"subject"_s, CliRunner::tr("The new subject (set)"), u"TEXT"_s));
    p.addOption(
        QCommandLineOption(u"body-file"_s, CliRunner::tr("A UTF-8 file with the new text (set)"), u"FILE"_s));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print JSON (show)")));
    p.addOption(eventOption());
    if (auto stop = cli.parse(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 2 || (action != u"show" && action != u"set" && action != u"reset"))
        return cli.usage(CliRunner::tr("Use 'message template show|set|reset KIND'."));
    const auto kind = MessageTemplate::kindFromName(pos.at(1));
    if (!kind)
        return cli.usage(CliRunner::tr("KIND must be confirmation, waitlist or reminder."));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    if (action == u"reset") {
        if (auto ok = MessageTemplateStore(cli.store()).reset(event.value(), *kind); !ok)
            return cli.fail(ok.error());
        cli.out() << CliRunner::tr("The %1 template is the default again.").arg(pos.at(1)) << '\n';
        return CliRunner::Ok;
    }
    auto saved = MessageTemplateStore(cli.store()).saved(event.value(), *kind);
    if (!saved)
        return cli.fail(saved.error());
    MessageTemplate t = saved.value().value_or(MessageTemplate::defaultFor(*kind));
    if (action == u"show") {
        if (p.isSet(u"json"_s))
            printJson(cli, QJsonObject{{u"kind"_s, MessageTemplate::kindName(*kind)},
                                       {u"subject"_s, t.subject},
                                       {u"body"_s, t.body},
                                       {u"default"_s, !saved.value().has_value()}});
        else
            cli.out() << CliRunner::tr("Subject: %1").arg(t.subject) << "\n\n"
                      << t.body << (t.body.endsWith(u'\n') ? "" : "\n");
        return CliRunner::Ok;
    }
    if (!p.isSet(u"subject"_s) && !p.isSet(u"body-file"_s))
        return cli.usage(CliRunner::tr("'message template set' needs --subject and/or --body-file."));
    if (p.isSet(u"subject"_s))
        t.subject = p.value(u"subject"_s);
    if (p.isSet(u"body-file"_s)) {
        QFile f(p.value(u"body-file"_s));
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail({ErrorCode::Io,
                             CliRunner::tr("%1 cannot be read: %2.")
                                 .arg(QDir::toNativeSeparators(f.fileName()), f.errorString()),
                             {}});
        // Read at most one byte over the cap, so a huge file (or a device without end) is never loaded.
        constexpr qint64 maxBytes = 256 * 1024;
        const QByteArray bytes = f.read(maxBytes + 1);
        if (bytes.size() > maxBytes)
            return cli.fail({ErrorCode::Validation,
                             CliRunner::tr("%1 is larger than %2 KB, too large for a message text.")
                                 .arg(QDir::toNativeSeparators(f.fileName()))
                                 .arg(maxBytes / 1024),
                             {}});
        t.body = QString::fromUtf8(bytes);
    }
    if (auto ok = MessageTemplateStore(cli.store()).save(event.value(), t); !ok)
        return cli.fail(ok.error());
    cli.out() << CliRunner::tr("Saved the %1 template.").arg(pos.at(1)) << '\n';
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> registrationCliRoutes()
{
    return {
        {u"participant"_s, u"import"_s, importParticipants},
        {u"participant"_s, u"export"_s, exportParticipants},
        {u"participant"_s, u"register"_s, registerParticipant},
        {u"participant"_s, u"delete"_s, deleteParticipants},
        {u"participant"_s, u"checkin"_s, checkInParticipants},
        {u"participant"_s, u"cancel"_s,
         [](CliRunner &c, const QStringList &a) {
             return setStatus(c, a, ParticipantStatus::Cancelled, u"cancel"_s);
         }},
        {u"participant"_s, u"confirm"_s,
         [](CliRunner &c, const QStringList &a) {
             return setStatus(c, a, ParticipantStatus::Confirmed, u"confirm"_s);
         }},
        {u"participant"_s, u"waitlist"_s,
         [](CliRunner &c, const QStringList &a) {
             return setStatus(c, a, ParticipantStatus::Waitlisted, u"waitlist"_s);
         }},
        {u"participant"_s, u"history"_s, history},
        {u"participant"_s, u"messages"_s, messages},
        {u"ticket"_s, u"add"_s, addTicket},
        {u"ticket"_s, u"list"_s, listTickets},
        {u"ticket"_s, u"show"_s, showTicket},
        {u"ticket"_s, u"update"_s, updateTicket},
        {u"ticket"_s, u"delete"_s, deleteTicket},
        {u"question"_s, u"add"_s, addQuestion},
        {u"question"_s, u"list"_s, listQuestions},
        {u"question"_s, u"remove"_s, removeQuestion},
        {u"message"_s, u"template"_s, messageTemplate},
    };
}

} // namespace EventDesk
