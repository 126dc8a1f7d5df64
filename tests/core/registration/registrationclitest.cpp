// eventdesk-cli's registration commands end to end: the real binary on a real workspace file.
#include "io/csvreader.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "support/clirun.h"
#include "support/tempworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace
{

using EventDesk::Test::CliRun;

class RegistrationCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const CliRun r = cli({u"event"_s, u"create"_s, u"--name"_s, u"Qt Con"_s, u"--start"_s,
                              u"2026-05-04"_s, u"--end"_s, u"2026-05-05"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    CliRun cli(const QStringList &args)
    {
        return EventDesk::Test::runCli(args, EventDesk::Test::cliEnvironment(m_ws.path()));
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_ws.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    int participantCount()
    {
        const CliRun r = cli({u"participant"_s, u"list"_s, u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return int(r.json().array().size());
    }

    EventDesk::Test::TempWorkspace m_ws;
};

TEST_F(RegistrationCliTest, ImportDryRunThenCommitThenExport)
{
    const QString csv = write(u"in.csv"_s, "Full Name;E-Mail;Firma;Kommentar\n"
                                           "Ada;ada@example.org;\"=HYPERLINK(\"\"x\"\")\";\"two\nlines\"\n"
                                           "Bob; BOB@example.org ;Initech;\n");
    CliRun dry = cli({u"participant"_s, u"import"_s, csv, u"--map"_s, u"Firma=organisation"_s, u"--map"_s,
                      u"4=notes"_s, u"--dry-run"_s, u"--json"_s});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    QJsonObject summary = dry.json().object();
    EXPECT_EQ(summary[u"new"_s].toInt(), 2);
    EXPECT_EQ(summary[u"delimiter"_s].toString(), u";"_s);
    EXPECT_EQ(summary[u"mapping"_s].toArray().at(2).toString(), u"organisation"_s);
    EXPECT_FALSE(summary[u"committed"_s].toBool());
    EXPECT_EQ(participantCount(), 0);

    CliRun run = cli(
        {u"participant"_s, u"import"_s, csv, u"--map"_s, u"Firma=organisation"_s, u"--map"_s, u"4=notes"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"2 new"_s)) << run.out.toStdString();
    EXPECT_EQ(participantCount(), 2);

    // Again with --duplicates skip: both are known by email.
    CliRun again = cli(
        {u"participant"_s, u"import"_s, csv, u"--duplicates"_s, u"skip"_s, u"--json"_s, u"--skip-invalid"_s});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().object()[u"skipped"_s].toArray().size(), 2);
    EXPECT_EQ(participantCount(), 2);

    const QString out = m_ws.filePath(u"out.csv"_s);
    CliRun exported = cli({u"participant"_s, u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, out, u"--bom"_s});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    auto table = EventDesk::CsvReader::parse(QString::fromUtf8(bytes));
    ASSERT_TRUE(table);
    ASSERT_EQ(table.value().rows.size(), 3);
    const QStringList ada = table.value().rows.at(1);
    EXPECT_EQ(ada.at(1), u"Ada"_s);
    EXPECT_EQ(ada.at(4), u"'=HYPERLINK(\"x\")"_s); // formula injection defused
    EXPECT_EQ(ada.at(7), u"two\nlines"_s);
    EXPECT_EQ(table.value().rows.at(2).at(2), u"BOB@example.org"_s);
}

TEST_F(RegistrationCliTest, BadLinesBlockTheImportAndTheFileStaysTheSame)
{
    const QByteArray content = "name,email,ticket\nAda,ada@example.org,\nBob,bob@,\nCy,cy@example.org,Gold\n";
    const QString csv = write(u"bad.csv"_s, content);
    // Strict about ticket types (by default a Gold type would be created).
    CliRun r = cli({u"participant"_s, u"import"_s, csv, u"--json"_s, u"--no-new-ticket-types"_s});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonArray skipped = r.json().object()[u"skipped"_s].toArray();
    ASSERT_EQ(skipped.size(), 2) << r.out.toStdString();
    EXPECT_EQ(skipped.at(0)[u"line"_s].toInt(), 3);
    EXPECT_EQ(skipped.at(1)[u"line"_s].toInt(), 4);
    EXPECT_TRUE(skipped.at(1)[u"reason"_s].toString().contains(u"Gold"_s));
    EXPECT_EQ(participantCount(), 0);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), content);

    CliRun binary =
        cli({u"participant"_s, u"import"_s, write(u"bin.csv"_s, QByteArray("\x00\x01\x02\xff", 4))});
    EXPECT_EQ(binary.exitCode, 1);
    EXPECT_TRUE(binary.err.contains(u"binary"_s)) << binary.err.toStdString();
    CliRun empty = cli({u"participant"_s, u"import"_s, write(u"empty.csv"_s, QByteArray())});
    EXPECT_EQ(empty.exitCode, 1);
    CliRun badMap = cli({u"participant"_s, u"import"_s, csv, u"--map"_s, u"nope=email"_s});
    EXPECT_EQ(badMap.exitCode, 2);
}

TEST_F(RegistrationCliTest, CheckinRefusesACancelledRegistrationUnlessForced)
{
    CliRun a = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    const QString adaId = a.out.section(u' ', 0, 0);
    ASSERT_EQ(cli({u"participant"_s, u"cancel"_s, adaId}).exitCode, 0);

    CliRun refused = cli({u"participant"_s, u"checkin"_s, adaId});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(u"cancelled"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"--force"_s)) << refused.err.toStdString();
    CliRun show = cli({u"participant"_s, u"show"_s, adaId, u"--json"_s});
    EXPECT_EQ(show.json().object()[u"status"_s].toString(), u"cancelled"_s);

    CliRun forced = cli({u"participant"_s, u"checkin"_s, adaId, u"--force"_s});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    show = cli({u"participant"_s, u"show"_s, adaId, u"--json"_s});
    EXPECT_EQ(show.json().object()[u"status"_s].toString(), u"checked-in"_s);

    CliRun again = cli({u"participant"_s, u"checkin"_s, adaId});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"Ada already checked in at"_s)) << again.out.toStdString();
}

TEST_F(RegistrationCliTest, TicketQuotaWaitlistCheckinAndHistory)
{
    CliRun t = cli({u"ticket"_s, u"add"_s, u"--name"_s, u"Early"_s, u"--quota"_s, u"1"_s});
    ASSERT_EQ(t.exitCode, 0) << t.err.toStdString();
    CliRun a = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--ticket-type"_s, u"early"_s});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    EXPECT_TRUE(a.out.contains(u"confirmed"_s));
    CliRun b = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Bob"_s, u"--ticket-type"_s, u"Early"_s});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    EXPECT_TRUE(b.out.contains(u"waitlisted"_s));
    const QString adaId = a.out.section(u' ', 0, 0);
    const QString bobId = b.out.section(u' ', 0, 0);

    CliRun list = cli({u"ticket"_s, u"list"_s, u"--json"_s});
    EXPECT_EQ(list.json().array().at(0)[u"taken"_s].toInt(), 1);

    CliRun cancel = cli({u"participant"_s, u"cancel"_s, adaId.left(8), u"--json"_s});
    ASSERT_EQ(cancel.exitCode, 0) << cancel.err.toStdString();
    ASSERT_EQ(cancel.json().array().size(), 2);
    EXPECT_EQ(cancel.json().array().at(1)[u"status"_s].toString(), u"confirmed"_s);

    CliRun checkin = cli({u"participant"_s, u"checkin"_s, bobId});
    ASSERT_EQ(checkin.exitCode, 0) << checkin.err.toStdString();
    CliRun history = cli({u"participant"_s, u"history"_s, bobId, u"--json"_s});
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    QStringList steps;
    for (const QJsonValue &v : history.json().array())
        steps.append(v[u"to"_s].toString());
    EXPECT_EQ(steps, (QStringList{u"waitlisted"_s, u"confirmed"_s, u"checked-in"_s}));

    // Deleting Bob (confirmed, by promotion) gives his place to Cleo, waiting for the Early ticket.
    CliRun c = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Cleo"_s, u"--ticket-type"_s, u"early"_s});
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    EXPECT_TRUE(c.out.contains(u"waitlisted"_s));
    CliRun del = cli({u"participant"_s, u"delete"_s, bobId.left(8)});
    ASSERT_EQ(del.exitCode, 0) << del.err.toStdString();
    EXPECT_TRUE(del.out.contains(u"Promoted from the waitlist: Cleo"_s)) << del.out.toStdString();
    CliRun cleo = cli({u"participant"_s, u"show"_s, c.out.section(u' ', 0, 0), u"--json"_s});
    EXPECT_EQ(cleo.json().object()[u"status"_s].toString(), u"confirmed"_s);

    const QString dir = m_ws.filePath(u"mail"_s);
    CliRun mail = cli({u"participant"_s, u"messages"_s, u"--template"_s, u"waitlist"_s, u"-o"_s, dir});
    ASSERT_EQ(mail.exitCode, 0) << mail.err.toStdString();
    EXPECT_EQ(QDir(dir).entryList({u"*.eml"_s}).size(), 0); // nobody is waitlisted any more (no email anyway)
}

TEST_F(RegistrationCliTest, CustomQuestionsAreAskedAndChecked)
{
    CliRun diet = cli({u"question"_s, u"add"_s, u"--label"_s, u"Dietary needs?"_s, u"--type"_s, u"yesno"_s,
                       u"--required"_s});
    ASSERT_EQ(diet.exitCode, 0) << diet.err.toStdString();
    const QString dietId = diet.out.trimmed();
    CliRun which = cli({u"question"_s, u"add"_s, u"--label"_s, u"Which?"_s, u"--type"_s, u"single"_s,
                        u"--option"_s, u"vegan"_s, u"--option"_s, u"halal"_s, u"--required"_s, u"--show-if"_s,
                        dietId.left(8) + u"=yes"_s});
    ASSERT_EQ(which.exitCode, 0) << which.err.toStdString();
    CliRun bad = cli({u"question"_s, u"add"_s, u"--label"_s, u"Broken"_s, u"--type"_s, u"single"_s});
    EXPECT_EQ(bad.exitCode, 1); // a choice question needs options

    CliRun list = cli({u"question"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(list.json().array().size(), 2);
    EXPECT_EQ(list.json().array().at(1)[u"showIfValue"_s].toString(), u"yes"_s);

    CliRun missing = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"Dietary"_s)) << missing.err.toStdString();
    CliRun partial =
        cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--answer"_s, dietId + u"=yes"_s});
    EXPECT_EQ(partial.exitCode, 1); // "Which?" is now shown and required
    CliRun ok = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--json"_s, u"--answer"_s,
                     dietId + u"=yes"_s, u"--answer"_s, which.out.trimmed() + u"=vegan"_s});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(ok.json().object()[u"answers"_s].toObject().size(), 2);
}

TEST_F(RegistrationCliTest, AnAnswerForAnAmbiguousQuestionIdIsRefused)
{
    {
        EventDesk::EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
        const QUuid eventId = store.list<EventDesk::Event>().value().first().meta.id;
        EventDesk::CustomQuestion shirt, city;
        shirt.id = QUuid::fromString(u"abcd0000-0000-4000-8000-000000000001"_s);
        shirt.label = u"T-shirt size"_s;
        city.id = QUuid::fromString(u"abcd1111-0000-4000-8000-000000000002"_s);
        city.label = u"City"_s;
        ASSERT_TRUE(EventDesk::CustomQuestionStore(store).replace(eventId, {shirt, city}));
    }
    CliRun ambiguous =
        cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--answer"_s, u"abcd=M"_s});
    EXPECT_EQ(ambiguous.exitCode, 2);
    EXPECT_TRUE(ambiguous.err.contains(u"several questions"_s)) << ambiguous.err.toStdString();
    CliRun noValue =
        cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--answer"_s, u"abcd1111"_s});
    EXPECT_EQ(noValue.exitCode, 2);
    EXPECT_TRUE(noValue.err.contains(u"QUESTION-ID=VALUE"_s)) << noValue.err.toStdString();
    CliRun ok = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--json"_s, u"--answer"_s,
                     u"ABCD1=Berlin"_s});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const QJsonObject answers = ok.json().object()[u"answers"_s].toObject();
    EXPECT_EQ(answers.size(), 1);
    EXPECT_EQ(answers[u"abcd1111-0000-4000-8000-000000000002"_s].toString(), u"Berlin"_s);
}

TEST_F(RegistrationCliTest, QuestionsAreListedAndRemoved)
{
    CliRun diet = cli({u"question"_s, u"add"_s, u"--label"_s, u"Dietary needs?"_s, u"--type"_s, u"yesno"_s});
    ASSERT_EQ(diet.exitCode, 0) << diet.err.toStdString();
    CliRun which =
        cli({u"question"_s, u"add"_s, u"--label"_s, u"Which diet?"_s, u"--type"_s, u"single"_s, u"--option"_s,
             u"vegan"_s, u"--option"_s, u"halal"_s, u"--show-if"_s, diet.out.trimmed() + u"=yes"_s});
    ASSERT_EQ(which.exitCode, 0) << which.err.toStdString();
    CliRun list = cli({u"question"_s, u"list"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(u"yesno  Dietary needs?"_s)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"single  Which diet?"_s)) << list.out.toStdString();

    // A question others depend on is kept until they are removed.
    CliRun blocked = cli({u"question"_s, u"remove"_s, u"dietary needs?"_s});
    EXPECT_EQ(blocked.exitCode, 1);
    EXPECT_TRUE(blocked.err.contains(u"Which diet?"_s)) << blocked.err.toStdString();
    CliRun unknown = cli({u"question"_s, u"remove"_s, u"T-shirt"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    CliRun removed = cli({u"question"_s, u"remove"_s, which.out.trimmed()});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    removed = cli({u"question"_s, u"remove"_s, u"DietaryNeeds?"_s}); // by label, case and spaces ignored
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(cli({u"question"_s, u"list"_s, u"--json"_s}).json().array().isEmpty());
}

TEST_F(RegistrationCliTest, ImportMapsColumnsToQuestions)
{
    CliRun size = cli({u"question"_s, u"add"_s, u"--label"_s, u"T-shirt size"_s, u"--type"_s, u"single"_s,
                       u"--option"_s, u"S"_s, u"--option"_s, u"M"_s, u"--option"_s, u"L"_s});
    ASSERT_EQ(size.exitCode, 0) << size.err.toStdString();
    CliRun diet = cli({u"question"_s, u"add"_s, u"--label"_s, u"Vegetarian"_s, u"--type"_s, u"yesno"_s});
    ASSERT_EQ(diet.exitCode, 0) << diet.err.toStdString();
    const QString csv = write(u"q.csv"_s, "Name,Email,Shirt,Veggie\n"
                                          "Ada,ada@example.org,m,是\n"
                                          "Bob,bob@example.org,XXL,false\n"
                                          "Cy,cy@example.org,L,0\n");
    CliRun unknown = cli({u"participant"_s, u"import"_s, csv, u"--map"_s, u"Shirt=question:Shoe size"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"Shoe size"_s)) << unknown.err.toStdString();

    const QStringList args{u"participant"_s,
                           u"import"_s,
                           csv,
                           u"--map"_s,
                           u"Shirt=question:t-shirt SIZE"_s,
                           u"--map"_s,
                           u"4=question:Vegetarian"_s,
                           u"--json"_s};
    CliRun blocked = cli(args);
    EXPECT_EQ(blocked.exitCode, 1); // Bob's size is not a choice: nothing is imported
    QJsonObject summary = blocked.json().object();
    EXPECT_EQ(summary[u"mapping"_s].toArray().at(2).toString(), u"question:T-shirt size"_s);
    EXPECT_EQ(summary[u"mapping"_s].toArray().at(3).toString(), u"question:Vegetarian"_s);
    ASSERT_EQ(summary[u"skipped"_s].toArray().size(), 1);
    EXPECT_EQ(summary[u"skipped"_s].toArray().at(0)[u"line"_s].toInt(), 3);
    EXPECT_TRUE(summary[u"skipped"_s].toArray().at(0)[u"reason"_s].toString().contains(u"XXL"_s));
    EXPECT_EQ(participantCount(), 0);

    CliRun done = cli(args + QStringList{u"--skip-invalid"_s});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    const QJsonArray people = cli({u"participant"_s, u"list"_s, u"--json"_s}).json().array();
    ASSERT_EQ(people.size(), 2);
    const QString sizeId = size.out.trimmed();
    const QString dietId = diet.out.trimmed();
    for (const QJsonValue &p : people) {
        const QJsonObject answers = p[u"answers"_s].toObject();
        if (p[u"name"_s].toString() == u"Ada") {
            EXPECT_EQ(answers[sizeId].toString(), u"M"_s);
            EXPECT_EQ(answers[dietId].toString(), u"yes"_s);
        } else {
            EXPECT_EQ(answers[sizeId].toString(), u"L"_s);
            EXPECT_EQ(answers[dietId].toString(), u"no"_s);
        }
    }
}

TEST_F(RegistrationCliTest, MessageTemplatesAreShownSetAndUsed)
{
    CliRun show = cli({u"message"_s, u"template"_s, u"show"_s, u"confirmation"_s, u"--json"_s});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_TRUE(show.json().object()[u"default"_s].toBool());
    EXPECT_TRUE(show.json().object()[u"subject"_s].toString().contains(u"{event}"_s));

    const QString body = write(u"body.txt"_s, "Hallo {name},\n\nbis bald bei {event}.\n");
    CliRun set = cli({u"message"_s, u"template"_s, u"set"_s, u"confirmation"_s, u"--subject"_s,
                      u"Willkommen bei {event}"_s, u"--body-file"_s, body});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    show = cli({u"message"_s, u"template"_s, u"show"_s, u"confirmation"_s});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_TRUE(show.out.startsWith(u"Subject: Willkommen bei {event}\n\nHallo {name},"_s))
        << show.out.toStdString();

    CliRun bad =
        cli({u"message"_s, u"template"_s, u"set"_s, u"confirmation"_s, u"--subject"_s, u"Hi {nmae}"_s});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(u"{nmae}"_s)) << bad.err.toStdString();
    EXPECT_EQ(cli({u"message"_s, u"template"_s, u"set"_s, u"invoice"_s, u"--subject"_s, u"x"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"message"_s, u"template"_s, u"set"_s, u"reminder"_s}).exitCode, 2);

    // The messages use the saved template.
    ASSERT_EQ(
        cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--email"_s, u"ada@example.org"_s})
            .exitCode,
        0);
    const QString dir = m_ws.filePath(u"mail"_s);
    CliRun mail = cli({u"participant"_s, u"messages"_s, u"--template"_s, u"confirmation"_s, u"-o"_s, dir});
    ASSERT_EQ(mail.exitCode, 0) << mail.err.toStdString();
    const QStringList files = QDir(dir).entryList({u"*.eml"_s});
    ASSERT_EQ(files.size(), 1);
    QFile eml(QDir(dir).filePath(files.first()));
    ASSERT_TRUE(eml.open(QIODevice::ReadOnly));
    const QByteArray bytes = eml.readAll();
    EXPECT_TRUE(bytes.contains("Subject: Willkommen bei Qt Con\r\n")) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("Hallo Ada,")) << bytes.toStdString();

    CliRun reset = cli({u"message"_s, u"template"_s, u"reset"_s, u"confirmation"_s});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_TRUE(cli({u"message"_s, u"template"_s, u"show"_s, u"confirmation"_s, u"--json"_s})
                    .json()
                    .object()[u"default"_s]
                    .toBool());
}

// Finds a participant of `participant list --json` by name.
QJsonObject byName(const QJsonArray &people, const QString &name)
{
    for (const QJsonValue &v : people)
        if (v[u"name"_s].toString() == name)
            return v.toObject();
    return {};
}

TEST_F(RegistrationCliTest, AnExportWithUnknownTicketTypesImportsIntoANewEventKeepingWhatItKnows)
{
    // pretix-style: semicolons, Windows-1252, a registration date, a check-in time and a question.
    QByteArray csv =
        "Attendee name;Attendee email;Product;Order date;Checked in;Question: Caf\xe9 preference\n"
        "Zo\xeb Keller;zoe@example.org;Volunteer;2026-03-02T10:00:00+01:00;2026-05-04 09:12;Latte\n"
        "Ren\xe9 Aubert;rene@example.org;Regular;2026-03-01T09:00:00Z;;Espresso\n";
    for (int i = 0; i < 118; ++i)
        csv += "Helper " + QByteArray::number(i) + ";h" + QByteArray::number(i) +
               "@example.org;Volunteer;2026-03-05 12:00;;\n";
    const QString path = write(u"pretix.csv"_s, csv);

    // Strict: every row of an unknown type is refused; the report says so once, not 120 times.
    CliRun strict = cli({u"participant"_s, u"import"_s, path, u"--encoding"_s, u"windows-1252"_s,
                         u"--no-new-ticket-types"_s, u"--dry-run"_s});
    ASSERT_EQ(strict.exitCode, 0) << strict.err.toStdString();
    EXPECT_TRUE(strict.out.contains(u"Unknown ticket type \"Volunteer\": 119 rows (lines 2, 4, 5, …)"_s))
        << strict.out.toStdString();
    EXPECT_LT(strict.out.count(u'\n'), 10) << strict.out.toStdString();
    CliRun strictJson = cli({u"participant"_s, u"import"_s, path, u"--encoding"_s, u"windows-1252"_s,
                             u"--no-new-ticket-types"_s, u"--dry-run"_s, u"--json"_s});
    EXPECT_EQ(strictJson.json().object()[u"skipped"_s].toArray().size(), 120); // --json keeps every row

    CliRun dry =
        cli({u"participant"_s, u"import"_s, path, u"--encoding"_s, u"windows-1252"_s, u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Will create ticket type Volunteer (119 rows)."_s))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Will create ticket type Regular (1 row)."_s)) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Will create question \"Café preference\" (2 answers)."_s))
        << dry.out.toStdString();
    EXPECT_EQ(participantCount(), 0);

    CliRun run = cli({u"participant"_s, u"import"_s, path, u"--encoding"_s, u"windows-1252"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"120 new"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Created ticket type Volunteer (119 rows)."_s)) << run.out.toStdString();
    const QJsonArray people = cli({u"participant"_s, u"list"_s, u"--json"_s}).json().array();
    ASSERT_EQ(people.size(), 120);
    const QJsonArray tickets = cli({u"ticket"_s, u"list"_s, u"--json"_s}).json().array();
    ASSERT_EQ(tickets.size(), 2);
    for (const QJsonValue &t : tickets)
        EXPECT_TRUE(t[u"quota"_s].isNull()) << t[u"name"_s].toString().toStdString();

    const QJsonObject zoe = byName(people, u"Zoë Keller"_s);
    ASSERT_FALSE(zoe.isEmpty());
    EXPECT_EQ(zoe[u"status"_s].toString(), u"checked-in"_s);
    EXPECT_TRUE(zoe[u"created"_s].toString().startsWith(u"2026-03-02T09:00:00"_s))
        << zoe[u"created"_s].toString().toStdString();
    const QJsonArray history =
        cli({u"participant"_s, u"history"_s, zoe[u"id"_s].toString(), u"--json"_s}).json().array();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0)[u"to"_s].toString(), u"confirmed"_s);
    EXPECT_EQ(history.at(1)[u"to"_s].toString(), u"checked-in"_s);
    EXPECT_TRUE(
        history.at(1)[u"changedUtc"_s].toString().startsWith(u"2026-05-04T09:12"_s)); // the event is UTC
    const QJsonObject rene = byName(people, u"René Aubert"_s);
    EXPECT_EQ(rene[u"status"_s].toString(), u"confirmed"_s);

    const QJsonArray questions = cli({u"question"_s, u"list"_s, u"--json"_s}).json().array();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.at(0)[u"label"_s].toString(), u"Café preference"_s);
    EXPECT_EQ(rene[u"answers"_s].toObject().value(questions.at(0)[u"id"_s].toString()).toString(),
              u"Espresso"_s);
}

TEST_F(RegistrationCliTest, AChineseGb18030ExportWithAWaitlistKeepsItsOrder)
{
    {
        // One place, in Shanghai time (the CLI has no event capacity option).
        EventDesk::EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
        EventDesk::Event e = store.list<EventDesk::Event>().value().first();
        e.capacity = 1;
        e.timeZone = u"Asia/Shanghai"_s;
        ASSERT_TRUE(store.update(e));
    }
    const QString text = u"姓名,邮箱,票种,报名时间,签到时间,职务\n"
                         "王芳,wang@example.cn,志愿者,2026/3/3 10:00,,工程师\n"
                         "李娜,li@example.cn,志愿者,2026/3/1 09:00,2026/5/4 08:30,经理\n"
                         "张伟,zhang@example.cn,普通票,2026/3/2 11:00,,\n"_s;
    QStringEncoder gb("GB18030");
    const QString path = write(u"zh.csv"_s, QByteArray(gb.encode(text)));
    CliRun run = cli({u"participant"_s, u"import"_s, path, u"--encoding"_s, u"GB18030"_s, u"--map"_s,
                      u"职务=new-question"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject summary = run.json().object();
    EXPECT_EQ(summary[u"new"_s].toInt(), 3);
    EXPECT_EQ(summary[u"newTicketTypes"_s].toArray().size(), 2);
    EXPECT_EQ(summary[u"newQuestions"_s].toArray().at(0)[u"label"_s].toString(), u"职务"_s);
    const QJsonArray people = cli({u"participant"_s, u"list"_s, u"--json"_s}).json().array();
    // 李娜 checked in (holding the one place); the others wait, the earlier registration first.
    EXPECT_EQ(byName(people, u"李娜"_s)[u"status"_s].toString(), u"checked-in"_s);
    EXPECT_EQ(byName(people, u"王芳"_s)[u"status"_s].toString(), u"waitlisted"_s);
    EXPECT_EQ(byName(people, u"张伟"_s)[u"status"_s].toString(), u"waitlisted"_s);
    EXPECT_TRUE(byName(people, u"王芳"_s)[u"created"_s].toString().startsWith(u"2026-03-03T02:00:00"_s));
    const QJsonArray history =
        cli({u"participant"_s, u"history"_s, byName(people, u"李娜"_s)[u"id"_s].toString(), u"--json"_s})
            .json()
            .array();
    ASSERT_EQ(history.size(), 2);
    EXPECT_TRUE(history.at(1)[u"changedUtc"_s].toString().startsWith(u"2026-05-04T00:30"_s));
    // Cancelling 李娜 promotes 张伟 (registered 3/2) before 王芳 (3/3), though 王芳 comes first in the file.
    ASSERT_EQ(cli({u"participant"_s, u"cancel"_s, byName(people, u"李娜"_s)[u"id"_s].toString()}).exitCode,
              0);
    const QJsonArray after = cli({u"participant"_s, u"list"_s, u"--json"_s}).json().array();
    EXPECT_EQ(byName(after, u"张伟"_s)[u"status"_s].toString(), u"confirmed"_s);
    EXPECT_EQ(byName(after, u"王芳"_s)[u"status"_s].toString(), u"waitlisted"_s);
}

TEST_F(RegistrationCliTest, TicketTypesAreShownUpdatedAndDeletedWithTheirRegistrations)
{
    ASSERT_EQ(cli({u"ticket"_s, u"add"_s, u"--name"_s, u"Early"_s, u"--quota"_s, u"5"_s}).exitCode, 0);
    CliRun a = cli({u"participant"_s, u"register"_s, u"--name"_s, u"Ada"_s, u"--ticket-type"_s, u"Early"_s});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    CliRun show = cli({u"ticket"_s, u"show"_s, u"early"_s, u"--json"_s});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(show.json().object()[u"taken"_s].toInt(), 1);
    EXPECT_EQ(show.json().object()[u"quota"_s].toInt(), 5);
    CliRun update =
        cli({u"ticket"_s, u"update"_s, u"Early"_s, u"--name"_s, u"Early bird"_s, u"--quota"_s, u"none"_s});
    ASSERT_EQ(update.exitCode, 0) << update.err.toStdString();
    const QJsonObject changed = cli({u"ticket"_s, u"show"_s, u"Early bird"_s, u"--json"_s}).json().object();
    EXPECT_TRUE(changed[u"quota"_s].isNull());

    CliRun refused = cli({u"ticket"_s, u"delete"_s, u"Early bird"_s});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"Ada"_s) && refused.err.contains(u"--force"_s))
        << refused.err.toStdString();
    EXPECT_EQ(cli({u"ticket"_s, u"list"_s, u"--json"_s}).json().array().size(), 1);
    CliRun forced = cli({u"ticket"_s, u"delete"_s, u"Early bird"_s, u"--force"_s});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_EQ(cli({u"ticket"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
    const QJsonObject ada =
        cli({u"participant"_s, u"show"_s, a.out.section(u' ', 0, 0), u"--json"_s}).json().object();
    EXPECT_TRUE(ada[u"ticketTypeId"_s].isNull() || ada[u"ticketTypeId"_s].toString().isEmpty())
        << ada[u"ticketTypeId"_s].toString().toStdString();
    EXPECT_EQ(ada[u"status"_s].toString(), u"confirmed"_s);
}

} // namespace
