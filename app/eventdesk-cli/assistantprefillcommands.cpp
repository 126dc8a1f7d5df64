// assistant prefill FILE… [--json] [--register]: registration drafts from e-mail messages.
#include "clirunner.h"
#include "llmaccess.h"

#include "assistant/assistantsettings.h"
#include "assistant/registrationprefill.h"
#include "llm/llmclient.h"
#include "registration/registrations.h"

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

// User-visible text of these commands, in the translation context EventDesk::AssistantPrefillCommands.
struct AssistantPrefillCommands {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AssistantPrefillCommands)
};
using Tr = AssistantPrefillCommands;

// The profile pre-fill uses (the assistant settings', else the default) and its key (the keychain answers
// asynchronously: a local event loop waits).
Result<std::pair<ProviderProfile, QString>> modelFor(CliRunner &r)
{
    auto access = llmAccess(r, AssistantTask::Prefill);
    if (!access)
        return access.error();
    return std::pair{access.value().profile, access.value().key};
}

void printDraft(CliRunner &r, int number, const RegistrationDraft &d, const PrefillExtraction::Setup &setup,
                const QList<MailMessage> &messages)
{
    QStringList parts;
    QStringList guesses;
    for (const QString &key : PrefillExtraction::fieldKeys(setup)) {
        const DraftField f = d.fields.value(key);
        if (f.value.isEmpty())
            continue;
        parts.append(u"%1: %2%3"_s.arg(PrefillExtraction::fieldLabel(setup, key), f.value,
                                       f.isGuess() ? u" (?)"_s : QString()));
        if (f.isGuess())
            guesses.append(PrefillExtraction::fieldLabel(setup, key));
    }
    r.out() << number << ". " << parts.join(u"; "_s) << '\n';
    r.out() << "   " << Tr::tr("from %1").arg(messages.value(d.message).source) << '\n';
    if (!guesses.isEmpty())
        r.out() << "   " << Tr::tr("guessed (not in the message): %1").arg(guesses.join(u", "_s)) << '\n';
    for (const FieldError &e : d.errors)
        r.out() << "   " << Tr::tr("invalid: %1").arg(e.message) << '\n';
    if (d.duplicate)
        r.out() << "   " << Tr::tr("duplicate: %1").arg(PrefillExtraction::duplicateReason(d)) << '\n';
}

int prefill(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Draft registrations from e-mail messages (.eml or mbox) with the "
                                       "assistant. Emails and phone numbers are sent as placeholders."));
    p.addOption({u"json"_s, Tr::tr("Print JSON")});
    p.addOption({u"register"_s, Tr::tr("Register the valid drafts that are not duplicates")});
    p.addOption({u"event"_s, Tr::tr("Event id"), u"ID"_s});
    p.addPositionalArgument(u"FILE"_s, Tr::tr("Message files (.eml or mbox)"), u"FILE…"_s);
    if (auto stop = r.parse(p, args, u"assistant prefill"_s))
        return *stop;
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return r.usage(
            Tr::tr("Name one or more message files, e.g. eventdesk-cli assistant prefill inbox.mbox."));
    const bool json = p.isSet(u"json"_s);
    auto eventId = r.currentEvent(p.value(u"event"_s));
    if (!eventId)
        return r.fail(eventId.error());
    auto messages = MailReader::read(files, QString());
    if (!messages)
        return r.fail(messages.error());
    for (const MailMessage &m : std::as_const(messages.value()))
        for (const QString &w : m.warnings)
            r.err() << m.source << ": " << w << '\n';
    auto setup = PrefillExtraction::load(r.store(), eventId.value());
    if (!setup)
        return r.fail(setup.error());
    const AssistantSettings settings = AssistantSettings::load();
    auto model = modelFor(r);
    if (!model)
        return r.fail(model.error());

    LlmClient client;
    RegistrationPrefill run(client);
    run.setSettings(settings);
    run.setUsage({eventId.value(), AssistantTask::Prefill, {}, true});
    QEventLoop loop;
    QObject::connect(&run, &RegistrationPrefill::finished, &loop, &QEventLoop::quit);
    run.start(model.value().first, model.value().second, setup.value(), messages.value());
    if (run.isRunning())
        loop.exec();
    QList<RegistrationDraft> drafts = run.drafts();
    if (auto checked = PrefillExtraction::check(r.store(), eventId.value(), drafts); !checked)
        return r.fail(checked.error());

    // After a model or network error the drafts so far are shown, and nothing is registered.
    const bool registering = p.isSet(u"register"_s) && !run.error();
    QList<Participant> incoming;
    QJsonArray notRegistered;
    QList<int> skipped;
    for (int i = 0; i < drafts.size(); ++i) {
        if (drafts.at(i).isRegistrable()) {
            incoming.append(drafts.at(i).participant);
        } else {
            skipped.append(i);
            notRegistered.append(QJsonObject{{u"draft"_s, i + 1},
                                             {u"name"_s, drafts.at(i).participant.name},
                                             {u"reason"_s, PrefillExtraction::reason(drafts.at(i))}});
        }
    }
    QList<Participant> saved;
    if (registering && !incoming.isEmpty()) {
        auto done = Registrations::registerMany(r.store(), eventId.value(), incoming);
        if (!done)
            return r.fail(done.error());
        saved = done.value();
    }

    if (json) {
        QJsonArray list;
        for (const RegistrationDraft &d : std::as_const(drafts))
            list.append(PrefillExtraction::toJson(d, setup.value(), messages.value()));
        QJsonObject o{{u"messages"_s, messages.value().size()},
                      {u"requests"_s, run.batchesDone()},
                      {u"drafts"_s, list}};
        if (registering) {
            QJsonArray registered;
            for (const Participant &s : std::as_const(saved))
                registered.append(QJsonObject{{u"id"_s, s.meta.id.toString(QUuid::WithoutBraces)},
                                              {u"name"_s, s.name},
                                              {u"email"_s, s.email},
                                              {u"status"_s, participantStatusName(s.status)}});
            o.insert(u"registered"_s, registered);
            o.insert(u"notRegistered"_s, notRegistered);
        }
        if (run.error())
            o.insert(u"error"_s, run.error()->message);
        r.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        r.out() << Tr::tr("%1 from %2:")
                       .arg(AssistantPrefillCommands::tr("%n draft(s)", nullptr, int(drafts.size())),
                            AssistantPrefillCommands::tr("%n message(s)", nullptr,
                                                         int(messages.value().size())))
                << '\n';
        for (int i = 0; i < drafts.size(); ++i)
            printDraft(r, i + 1, drafts.at(i), setup.value(), messages.value());
        if (registering) {
            r.out() << AssistantPrefillCommands::tr("Registered %n participant(s).", nullptr,
                                                    int(saved.size()))
                    << '\n';
            for (const Participant &s : std::as_const(saved))
                r.out() << "  " << s.meta.id.toString(QUuid::WithoutBraces) << ' '
                        << participantStatusName(s.status) << ' ' << s.name << '\n';
            if (!skipped.isEmpty())
                r.out() << Tr::tr("Not registered:") << '\n';
            for (int i : std::as_const(skipped))
                r.out() << "  " << i + 1 << ". " << drafts.at(i).participant.name << ": "
                        << PrefillExtraction::reason(drafts.at(i)) << '\n';
        }
    }
    if (run.error()) {
        if (!drafts.isEmpty())
            r.err() << Tr::tr("The drafts above were extracted before the error; nothing was registered.")
                    << '\n';
        return r.fail(*run.error());
    }
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> assistantPrefillCliRoutes()
{
    return {{u"assistant"_s, u"prefill"_s, prefill}};
}

} // namespace EventDesk
