// Import planning and committing (core/registration/participantimport.h), with the shared sample files.
#include "registration/participantimport.h"
#include "registration/customquestions.h"
#include "registration/registrations.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "storage/statushistory.h"
#include "support/tempworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

const QString kSamples = QStringLiteral(EVENTDESK_SAMPLES_DIR);

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

class ParticipantImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        Event e;
        e.name = u"Import Conf"_s;
        e.startDate = e.endDate = QDate(2026, 10, 3);
        m_eventId = m_store.add(e).value().meta.id;
    }
    QUuid addTicket(const QString &name, std::optional<int> quota = {})
    {
        TicketType t;
        t.eventId = m_eventId;
        t.name = name;
        t.quota = quota;
        return m_store.add(t).value().meta.id;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_ws.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    ImportPlan planFile(const QString &path, DuplicatePolicy policy = DuplicatePolicy::Update)
    {
        auto source = ParticipantImport::readFile(path);
        EXPECT_TRUE(source) << (source ? std::string() : source.error().message.toStdString());
        ImportOptions o;
        o.columns = ParticipantImport::suggestFields(source.value().table.rows.first());
        o.duplicates = policy;
        auto plan = ParticipantImport::plan(m_store, source.value().table, o, m_eventId);
        EXPECT_TRUE(plan);
        return plan.value();
    }

    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_eventId;
};

TEST_F(ParticipantImportTest, SuggestsFieldsInEnglishChineseAndFromTicketingExports)
{
    using F = ImportField;
    EXPECT_EQ(ParticipantImport::suggestFields({u"Order code"_s, u"Attendee name"_s, u"Attendee email"_s,
                                                u"Company"_s, u"Product"_s, u"Order status"_s,
                                                u"Phone number"_s, u"Comment"_s}),
              (QList<F>{F::Ignore, F::Name, F::Email, F::Organisation, F::TicketType, F::Status, F::Phone,
                        F::Notes}));
    EXPECT_EQ(ParticipantImport::suggestFields({u"姓名"_s, u"邮箱"_s, u"手机号"_s, u"单位"_s, u"票种"_s,
                                                u"报名状态"_s, u"报名时间"_s, u"备注"_s}),
              (QList<F>{F::Name, F::Email, F::Phone, F::Organisation, F::TicketType, F::Status,
                        F::RegisteredAt, F::Notes})); // the registration time is kept now
    // Eventbrite and Hi.Events
    EXPECT_EQ(ParticipantImport::suggestFields(
                  {u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Ticket Type"_s, u"Attendee Status"_s}),
              (QList<F>{F::FirstName, F::LastName, F::Email, F::TicketType, F::Status}));
    EXPECT_EQ(
        ParticipantImport::suggestFields({u"first_name"_s, u"last_name"_s, u"email"_s, u"ticket_name"_s}),
        (QList<F>{F::FirstName, F::LastName, F::Email, F::TicketType}));
}

TEST_F(ParticipantImportTest, TicketingSampleFile)
{
    for (const QString &t : {u"Student"_s, u"Sponsor"_s, u"Speaker"_s, u"Regular"_s, u"Volunteer"_s})
        addTicket(t);
    const QString path = kSamples + u"/attendees-ticketing-export.csv"_s;
    const QByteArray before = fileHash(path);
    const ImportPlan plan = planFile(path);
    EXPECT_EQ(plan.rowCount, plan.added.size() + plan.updated.size() + plan.skipped.size());
    EXPECT_GT(plan.added.size(), 40);
    // Emails are stored trimmed; duplicates inside the file are reported with both lines.
    for (const Participant &p : plan.added)
        EXPECT_EQ(p.email, p.email.trimmed());
    for (const ImportIssue &i : plan.skipped)
        EXPECT_GT(i.line, 1) << i.reason.toStdString();
    // Multi-line comments stay whole.
    const auto frank = std::find_if(plan.added.begin(), plan.added.end(),
                                    [](const Participant &p) { return p.name == u"Frank Silva"_s; });
    ASSERT_NE(frank, plan.added.end());
    EXPECT_EQ(frank->notes, u"Needs wheelchair access,\nvegetarian"_s);
    EXPECT_EQ(frank->status, ParticipantStatus::CheckedIn); // "paid", and checked in at 09:12

    auto written = ParticipantImport::commit(m_store, m_eventId, plan);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), plan.added.size());
    EXPECT_EQ(fileHash(path), before); // the source file is never modified

    // Importing again finds everybody by email (case- and space-insensitively).
    const ImportPlan again = planFile(path, DuplicatePolicy::Skip);
    EXPECT_EQ(again.added.size(), 0);
}

TEST_F(ParticipantImportTest, ChineseSampleWithBom)
{
    for (const QString &t : {u"志愿者"_s, u"普通票"_s, u"讲者"_s, u"赞助商"_s, u"学生票"_s})
        addTicket(t);
    const QString path = kSamples + u"/attendees-zh-utf8-bom.csv"_s;
    auto source = ParticipantImport::readFile(path);
    ASSERT_TRUE(source);
    EXPECT_EQ(source.value().encoding, u"UTF-8 (BOM)"_s);
    EXPECT_EQ(source.value().table.rows.first().first(), u"姓名"_s);
    const ImportPlan plan = planFile(path);
    EXPECT_EQ(plan.rowCount, 40);
    EXPECT_GE(plan.added.size(), 35);
    int waitlisted = 0;
    for (const Participant &p : plan.added)
        waitlisted += p.status == ParticipantStatus::Waitlisted;
    EXPECT_GT(waitlisted, 0); // 候补
    const Participant &first = plan.added.first();
    EXPECT_EQ(first.name, u"吴磊"_s);
    EXPECT_EQ(first.status, ParticipantStatus::Cancelled); // 已取消
    EXPECT_EQ(first.notes, u"带一名随行人员"_s);
}

TEST_F(ParticipantImportTest, BadLinesAreReportedPerLineAndPlanningWritesNothing)
{
    addTicket(u"Regular"_s);
    const QString path = writeFile(u"bad.csv"_s, "name,email,ticket\n"
                                                 "Ada,ada@example.org,Regular\n"
                                                 "Bob,not-an-email,Regular\n"
                                                 "Cy,cy@example.org,Platinum\n"
                                                 "Dee,dee@example.org\n"
                                                 ",eve@example.org,Regular\n"
                                                 "Ada Again, ADA@Example.org ,Regular\n");
    const QByteArray hash = fileHash(path);
    const ImportPlan plan = planFile(path);
    ASSERT_EQ(plan.added.size(), 1);
    ASSERT_EQ(plan.skipped.size(), 5);
    QList<int> lines;
    for (const ImportIssue &i : plan.skipped)
        lines.append(i.line);
    EXPECT_EQ(lines, (QList<int>{3, 4, 5, 6, 7}));
    EXPECT_TRUE(plan.skipped.at(1).reason.contains(u"Platinum"_s));
    EXPECT_TRUE(plan.skipped.at(2).reason.contains(u"3"_s)); // ragged
    EXPECT_TRUE(plan.skipped.at(4).reason.contains(u"line 2"_s));
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 0); // planning writes nothing
    EXPECT_EQ(fileHash(path), hash);
}

TEST_F(ParticipantImportTest, UnreadableFilesAreRefusedWithoutChangingThem)
{
    const QString empty = writeFile(u"empty.csv"_s, QByteArray());
    EXPECT_FALSE(ParticipantImport::readFile(empty));
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7919 % 251);
    const QString bin = writeFile(u"photo.csv"_s, binary);
    const QByteArray hash = fileHash(bin);
    auto r = ParticipantImport::readFile(bin);
    ASSERT_FALSE(r);
    EXPECT_EQ(fileHash(bin), hash);
    const QString unbalanced =
        writeFile(u"quote.csv"_s, "name,email\n\"Ada,ada@example.org\nBob,bob@example.org\n");
    auto u = ParticipantImport::readFile(unbalanced);
    ASSERT_FALSE(u);
    EXPECT_EQ(u.error().detail, u"2"_s);
    EXPECT_FALSE(ParticipantImport::readFile(m_ws.filePath(u"missing.csv"_s)));
    // A file over the size limit (sparse, so the test stays fast) is refused before it is read.
    QFile huge(m_ws.filePath(u"huge.csv"_s));
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    ASSERT_TRUE(huge.resize(ParticipantImport::kMaxFileBytes + 1));
    huge.close();
    auto tooBig = ParticipantImport::readFile(huge.fileName());
    ASSERT_FALSE(tooBig);
    EXPECT_TRUE(tooBig.error().message.contains(u"too large"_s)) << tooBig.error().message.toStdString();
}

TEST_F(ParticipantImportTest, EachEncodingImportsTheSameRows)
{
    const QString text = u"姓名,邮箱,单位\r\n吴磊,wu@example.cn,北京大学\r\n"_s;
    const QString latin = u"Name;Email;Company\r\nJosé Müller;jose@example.org;Café Zürich\r\n"_s;
    struct Case {
        QByteArray bytes;
        QString encoding;
        QString org;
    };
    QStringEncoder gb("GB18030"), cp("windows-1252"), le("UTF-16LE"), be("UTF-16BE");
    const QList<Case> cases{
        {text.toUtf8(), u"UTF-8"_s, u"北京大学"_s},
        {"\xEF\xBB\xBF" + text.toUtf8(), u"UTF-8 (BOM)"_s, u"北京大学"_s},
        {"\xFF\xFE" + QByteArray(le.encode(text)), u"UTF-16LE"_s, u"北京大学"_s},
        {"\xFE\xFF" + QByteArray(be.encode(text)), u"UTF-16BE"_s, u"北京大学"_s},
        {gb.encode(text), u"GB18030"_s, u"北京大学"_s},
        {cp.encode(latin), u"windows-1252"_s, u"Café Zürich"_s},
    };
    for (const Case &c : cases) {
        auto source = ParticipantImport::readBytes(c.bytes);
        ASSERT_TRUE(source) << c.encoding.toStdString();
        EXPECT_EQ(source.value().encoding, c.encoding);
        ImportOptions o;
        o.columns = ParticipantImport::suggestFields(source.value().table.rows.first());
        const ImportPlan plan = ParticipantImport::plan(source.value().table, o, m_eventId, {}, {});
        ASSERT_EQ(plan.added.size(), 1) << c.encoding.toStdString();
        EXPECT_EQ(plan.added.first().organisation, c.org) << c.encoding.toStdString();
    }
}

TEST_F(ParticipantImportTest, DuplicatePolicies)
{
    Participant old;
    old.eventId = m_eventId;
    old.name = u"Ada L."_s;
    old.email = u"Ada@Example.org"_s;
    old.status = ParticipantStatus::Confirmed;
    old = m_store.add(old).value();
    const QString path =
        writeFile(u"dup.csv"_s, "name,email,company\nAda Lovelace, ada@EXAMPLE.org ,Analytical\n");
    ImportPlan update = planFile(path, DuplicatePolicy::Update);
    ASSERT_EQ(update.updated.size(), 1);
    EXPECT_EQ(update.updated.first().meta.id, old.meta.id);
    EXPECT_EQ(update.updated.first().organisation, u"Analytical"_s);
    EXPECT_EQ(update.updated.first().status, ParticipantStatus::Confirmed);
    ImportPlan skip = planFile(path, DuplicatePolicy::Skip);
    EXPECT_TRUE(skip.added.isEmpty() && skip.updated.isEmpty());
    ASSERT_EQ(skip.skipped.size(), 1);
    EXPECT_EQ(skip.skipped.first().line, 2);
    ImportPlan keep = planFile(path, DuplicatePolicy::KeepBoth);
    EXPECT_EQ(keep.added.size(), 1);

    ASSERT_TRUE(ParticipantImport::commit(m_store, m_eventId, update));
    EXPECT_EQ(m_store.get<Participant>(old.meta.id).value().name, u"Ada Lovelace"_s);
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 1);
}

TEST_F(ParticipantImportTest, CommitIsAllOrNothingAndCanBeCancelled)
{
    QByteArray csv = "name,email\n";
    for (int i = 0; i < 2500; ++i)
        csv += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org\n";
    const ImportPlan plan = planFile(writeFile(u"many.csv"_s, csv));
    ASSERT_EQ(plan.added.size(), 2500);
    QSignalSpy changed(&m_store, &EventStore::recordsChanged);
    QList<int> seen;
    auto r = ParticipantImport::commit(m_store, m_eventId, plan, [&](int done, int total) {
        seen.append(done);
        EXPECT_EQ(total, 2500);
        return done < 2000;
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(seen, (QList<int>{1000, 2000}));
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 0);
    EXPECT_EQ(changed.count(), 0);

    auto ok = ParticipantImport::commit(m_store, m_eventId, plan);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value(), 2500);
    EXPECT_EQ(m_store.count<Participant>(m_eventId).value(), 2500);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(ParticipantImportTest, RowsWithoutStatusAreAdmittedByQuota)
{
    const QUuid regular = addTicket(u"Regular"_s, 2);
    const QString path = writeFile(u"q.csv"_s, "name,email,ticket\nA,a@x.org,Regular\nB,b@x.org,Regular\n"
                                               "C,c@x.org,Regular\n");
    ASSERT_TRUE(ParticipantImport::commit(m_store, m_eventId, planFile(path)));
    auto all = m_store.list<Participant>(m_eventId).value();
    QHash<QString, ParticipantStatus> byName;
    for (const Participant &p : all) {
        byName.insert(p.name, p.status);
        EXPECT_EQ(p.ticketTypeId, regular);
    }
    EXPECT_EQ(byName.value(u"A"_s), ParticipantStatus::Confirmed);
    EXPECT_EQ(byName.value(u"B"_s), ParticipantStatus::Confirmed);
    EXPECT_EQ(byName.value(u"C"_s), ParticipantStatus::Waitlisted);
}

TEST_F(ParticipantImportTest, ExportRowsCarryTicketNames)
{
    const QUuid vip = addTicket(u"VIP"_s);
    Participant p;
    p.eventId = m_eventId;
    p.name = u"=cmd|' /C calc'!A0"_s;
    p.ticketTypeId = vip;
    p = m_store.add(p).value();
    const auto rows = ParticipantImport::exportRows(m_store.list<Participant>(m_eventId).value(),
                                                    m_store.list<TicketType>(m_eventId).value());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).at(5), u"VIP"_s);
    EXPECT_EQ(rows.at(1).at(1), p.name); // escaping happens when writing
}

} // namespace

namespace
{

TEST_F(ParticipantImportTest, ColumnsMapToCustomQuestions)
{
    CustomQuestion diet{
        newRecordId(), m_eventId, u"Dietary needs"_s, CustomQuestion::Type::YesNo, {}, false, {}, {}};
    CustomQuestion size{newRecordId(),
                        m_eventId,
                        u"T-shirt size"_s,
                        CustomQuestion::Type::SingleChoice,
                        {u"S"_s, u"M"_s, u"L"_s},
                        false,
                        {},
                        {}};
    CustomQuestion topics{newRecordId(),
                          m_eventId,
                          u"Topics"_s,
                          CustomQuestion::Type::MultipleChoice,
                          {u"Qt"_s, u"C++"_s, u"QML"_s},
                          false,
                          {},
                          {}};
    ASSERT_TRUE(CustomQuestionStore(m_store).replace(m_eventId, {diet, size, topics}));
    const QString path = writeFile(u"questions.csv"_s, "Name,Email,tshirt SIZE,Diet,Topics\n"
                                                       "Ada,ada@example.org,m,是,Qt; QML\n"
                                                       "Bob,bob@example.org,XXL,no,\n"
                                                       "Cy,cy@example.org,,1,C++\n"
                                                       "Dee,dee@example.org,S,perhaps,\n");
    auto source = ParticipantImport::readFile(path);
    ASSERT_TRUE(source);
    const QStringList header = source.value().table.rows.first();
    const QList<CustomQuestion> questions = CustomQuestionStore(m_store).list(m_eventId).value();
    // The header "tshirt SIZE" matches the question "T-shirt size"? No: only case and spaces are ignored.
    EXPECT_FALSE(ParticipantImport::suggestQuestion(header.at(2), questions).has_value());
    EXPECT_EQ(ParticipantImport::suggestQuestion(u"topics "_s, questions)->id, topics.id);

    ImportOptions o;
    o.columns = ParticipantImport::suggestFields(header);
    o.columns[2] = o.columns[3] = o.columns[4] = ImportField::Question;
    o.questions = {{2, size}, {3, diet}, {4, topics}};
    auto plan = ParticipantImport::plan(m_store, source.value().table, o, m_eventId);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan.value().added.size(), 2);
    ASSERT_EQ(plan.value().skipped.size(), 2);
    EXPECT_EQ(plan.value().skipped.at(0).line, 3);
    EXPECT_TRUE(plan.value().skipped.at(0).reason.contains(u"XXL"_s));
    EXPECT_TRUE(plan.value().skipped.at(0).reason.contains(u"T-shirt size"_s));
    EXPECT_EQ(plan.value().skipped.at(1).line, 5);
    EXPECT_TRUE(plan.value().skipped.at(1).reason.contains(u"perhaps"_s));

    // Answers are stored as the registration form stores them, under the question's id.
    auto key = [](const CustomQuestion &q) { return q.id.toString(QUuid::WithoutBraces); };
    const Participant &ada = plan.value().added.at(0);
    EXPECT_EQ(ada.answers.value(key(size)).toString(), u"M"_s);
    EXPECT_EQ(ada.answers.value(key(diet)).toString(), u"yes"_s);
    EXPECT_EQ(ada.answers.value(key(topics)).toArray(), (QJsonArray{u"Qt"_s, u"QML"_s}));
    const Participant &cy = plan.value().added.at(1);
    EXPECT_FALSE(cy.answers.contains(key(size))); // empty: no answer
    EXPECT_EQ(cy.answers.value(key(diet)).toString(), u"yes"_s);
    EXPECT_TRUE(CustomQuestions::validate(questions, ada.answers).isEmpty());

    // Committed, and a second import updates the answers of existing registrations.
    ASSERT_TRUE(ParticipantImport::commit(m_store, m_eventId, plan.value()));
    const QString again = writeFile(u"again.csv"_s, "Email,Name,Dietary Needs\nada@example.org,Ada,false\n");
    auto second = ParticipantImport::readFile(again);
    ASSERT_TRUE(second);
    ImportOptions o2;
    o2.columns = {ImportField::Email, ImportField::Name, ImportField::Question};
    o2.questions = {{2, diet}};
    auto update = ParticipantImport::plan(m_store, second.value().table, o2, m_eventId);
    ASSERT_TRUE(update);
    ASSERT_EQ(update.value().updated.size(), 1);
    EXPECT_EQ(update.value().updated.first().answers.value(key(diet)).toString(), u"no"_s);
    EXPECT_EQ(update.value().updated.first().answers.value(key(size)).toString(), u"M"_s); // kept
}

ImportPlan planWith(EventStore &store, const QUuid &eventId, const CsvTable &table, ImportOptions o)
{
    auto plan = ParticipantImport::plan(store, table, o, eventId);
    EXPECT_TRUE(plan);
    return plan.value();
}

TEST_F(ParticipantImportTest, UnknownTicketTypesAreCreatedWithoutQuotaAndReported)
{
    const QUuid regular = addTicket(u"Regular"_s, 10);
    auto source = ParticipantImport::readBytes("name,email,ticket\n"
                                               "Ada,ada@x.org,Volunteer\n"
                                               "Bob,bob@x.org,volunteer\n"
                                               "Cy,cy@x.org,Regular\n"
                                               "Dee,dee@x.org,Volunteer\n"
                                               "Eve,eve@x.org,Press\n");
    ASSERT_TRUE(source);
    ImportOptions o;
    o.columns = ParticipantImport::suggestFields(source.value().table.rows.first());

    // Strict (the default): every row of an unknown type is refused, and the report says so once.
    const ImportPlan strict = planWith(m_store, m_eventId, source.value().table, o);
    EXPECT_EQ(strict.added.size(), 1);
    EXPECT_TRUE(strict.newTicketTypes.isEmpty());
    const QStringList strictReport = ParticipantImport::reportLines(strict, false);
    EXPECT_EQ(strictReport, (QStringList{u"Unknown ticket type \"Volunteer\": 2 rows (lines 2, 5)"_s,
                                         u"Line 3: Unknown ticket type \"volunteer\"."_s,
                                         u"Line 6: Unknown ticket type \"Press\"."_s}));

    // Creating: one type per value (ignoring case), listed with its rows; Press is left out on request.
    o.createTicketTypes = true;
    o.skipTicketTypes.insert(u"press"_s);
    const ImportPlan plan = planWith(m_store, m_eventId, source.value().table, o);
    ASSERT_EQ(plan.newTicketTypes.size(), 1);
    EXPECT_EQ(plan.newTicketTypes.first().type.name, u"Volunteer"_s);
    EXPECT_EQ(plan.newTicketTypes.first().rows, 3);
    EXPECT_EQ(plan.added.size(), 4);
    EXPECT_EQ(ParticipantImport::reportLines(plan, false),
              (QStringList{u"Will create ticket type Volunteer (3 rows)."_s,
                           u"Line 6: Unknown ticket type \"Press\"."_s}));
    ASSERT_TRUE(ParticipantImport::commit(m_store, m_eventId, plan));
    const QList<TicketType> tickets = m_store.list<TicketType>(m_eventId).value();
    ASSERT_EQ(tickets.size(), 2);
    const auto volunteer = std::find_if(tickets.begin(), tickets.end(),
                                        [](const TicketType &t) { return t.name == u"Volunteer"_s; });
    ASSERT_NE(volunteer, tickets.end());
    EXPECT_FALSE(volunteer->quota.has_value());
    int onVolunteer = 0;
    for (const Participant &p : m_store.list<Participant>(m_eventId).value()) {
        onVolunteer += p.ticketTypeId == volunteer->meta.id;
        if (p.name == u"Cy"_s) {
            EXPECT_EQ(p.ticketTypeId, regular);
        }
    }
    EXPECT_EQ(onVolunteer, 3);

    // A value may be read as an existing type instead.
    o.ticketTypeMap.insert(u"press"_s, regular);
    o.duplicates = DuplicatePolicy::Skip;
    const ImportPlan mapped = planWith(m_store, m_eventId, source.value().table, o);
    ASSERT_EQ(mapped.added.size(), 1);
    EXPECT_EQ(mapped.added.first().ticketTypeId, regular);
}

TEST_F(ParticipantImportTest, ManySkippedRowsAreSummarisedPerReason)
{
    QByteArray csv = "name,email,ticket\n";
    for (int i = 0; i < 120; ++i)
        csv += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@x.org,Volunteer\n";
    auto source = ParticipantImport::readBytes(csv);
    ASSERT_TRUE(source);
    ImportOptions o;
    o.columns = ParticipantImport::suggestFields(source.value().table.rows.first());
    const ImportPlan plan = planWith(m_store, m_eventId, source.value().table, o);
    EXPECT_EQ(plan.skipped.size(), 120); // every row is still there for --json
    EXPECT_EQ(ParticipantImport::reportLines(plan, false),
              QStringList{u"Unknown ticket type \"Volunteer\": 120 rows (lines 2, 3, 4, …)"_s});
}

TEST_F(ParticipantImportTest, RegistrationTimeCheckInAndNewQuestionsAreKept)
{
    Event e = m_store.get<Event>(m_eventId).value();
    e.timeZone = u"Europe/Berlin"_s;
    ASSERT_TRUE(m_store.update(e));
    const QString path = kSamples + u"/attendees-ticketing-export.csv"_s;
    auto source = ParticipantImport::readFile(path);
    ASSERT_TRUE(source);
    const QStringList header = source.value().table.rows.first();
    ImportOptions o;
    o.columns = ParticipantImport::suggestFields(header);
    o.timeZone = QTimeZone("Europe/Berlin");
    o.createTicketTypes = true;
    const qsizetype dateColumn = header.indexOf(u"Order date"_s);
    const qsizetype checkInColumn = header.indexOf(u"Checked in"_s);
    const qsizetype shirtColumn = header.indexOf(u"Question: T-shirt size"_s);
    EXPECT_EQ(o.columns.value(dateColumn), ImportField::RegisteredAt);
    EXPECT_EQ(o.columns.value(checkInColumn), ImportField::CheckedInAt);
    ASSERT_TRUE(ParticipantImport::isQuestionHeader(header.value(shirtColumn)));
    o.columns[shirtColumn] = ImportField::NewQuestion;
    o.newQuestions.insert(int(shirtColumn),
                          ParticipantImport::questionLabelFromHeader(header.at(shirtColumn)));

    const ImportPlan plan = planWith(m_store, m_eventId, source.value().table, o);
    EXPECT_EQ(plan.newTicketTypes.size(), 5); // none exists yet: every row imports
    EXPECT_EQ(plan.rowCount, 60);
    EXPECT_EQ(plan.added.size() + plan.skipped.size(), 60);
    EXPECT_GE(plan.added.size(), 55);
    ASSERT_EQ(plan.newQuestions.size(), 1);
    EXPECT_EQ(plan.newQuestions.first().question.label, u"T-shirt size"_s);
    ASSERT_TRUE(ParticipantImport::commit(m_store, m_eventId, plan));

    const QList<CustomQuestion> questions = CustomQuestionStore(m_store).list(m_eventId).value();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().label, u"T-shirt size"_s);
    const QList<Participant> all = m_store.list<Participant>(m_eventId).value();
    const auto frank =
        std::find_if(all.begin(), all.end(), [](const Participant &p) { return p.name == u"Frank Silva"_s; });
    ASSERT_NE(frank, all.end());
    // 2026-03-24T16:59:00+01:00, and checked in at 2026-10-03 09:12 Berlin time (CEST, UTC+2).
    EXPECT_EQ(frank->meta.createdUtc, QDateTime(QDate(2026, 3, 24), QTime(15, 59), QTimeZone::utc()));
    EXPECT_EQ(frank->status, ParticipantStatus::CheckedIn);
    EXPECT_EQ(frank->answers.value(questions.first().id.toString(QUuid::WithoutBraces)).toString(), u"S"_s);
    const auto history = StatusHistory(m_store).forParticipant(frank->meta.id).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).to, ParticipantStatus::Confirmed);
    EXPECT_EQ(history.at(0).changedUtc, frank->meta.createdUtc);
    EXPECT_EQ(history.at(1).to, ParticipantStatus::CheckedIn);
    EXPECT_EQ(history.at(1).changedUtc, QDateTime(QDate(2026, 10, 3), QTime(7, 12), QTimeZone::utc()));
    const auto verdict = Registrations::checkInVerdict(m_store, m_eventId, frank->meta.id).value();
    EXPECT_EQ(verdict.outcome, Registrations::CheckInVerdict::Outcome::AlreadyCheckedIn);
}

TEST_F(ParticipantImportTest, AnImportedWaitlistKeepsTheOrderOfRegistration)
{
    Event e = m_store.get<Event>(m_eventId).value();
    e.capacity = 1;
    ASSERT_TRUE(m_store.update(e));
    auto source = ParticipantImport::readBytes("name,email,registration date\n"
                                               "Late,late@x.org,2026-05-03 10:00\n"
                                               "First,first@x.org,2026-05-01 08:00\n"
                                               "Second,second@x.org,2026-05-02 09:00\n");
    ASSERT_TRUE(source);
    ImportOptions o;
    o.columns = ParticipantImport::suggestFields(source.value().table.rows.first());
    ASSERT_EQ(o.columns.value(2), ImportField::RegisteredAt);
    ASSERT_TRUE(
        ParticipantImport::commit(m_store, m_eventId, planWith(m_store, m_eventId, source.value().table, o)));
    QHash<QString, Participant> byName;
    for (const Participant &p : m_store.list<Participant>(m_eventId).value())
        byName.insert(p.name, p);
    EXPECT_EQ(byName.value(u"First"_s).status, ParticipantStatus::Confirmed); // the earliest gets the place
    EXPECT_EQ(byName.value(u"Second"_s).status, ParticipantStatus::Waitlisted);
    EXPECT_EQ(byName.value(u"Late"_s).status, ParticipantStatus::Waitlisted);
    // Cancelling the confirmed one promotes the earlier of the two waitlisted, not the first in the file.
    auto changed = Registrations::changeStatus(m_store, m_eventId, {byName.value(u"First"_s).meta.id},
                                               ParticipantStatus::Cancelled);
    ASSERT_TRUE(changed);
    EXPECT_EQ(m_store.get<Participant>(byName.value(u"Second"_s).meta.id).value().status,
              ParticipantStatus::Confirmed);
    EXPECT_EQ(m_store.get<Participant>(byName.value(u"Late"_s).meta.id).value().status,
              ParticipantStatus::Waitlisted);
}

TEST_F(ParticipantImportTest, DatesAsExportsWriteThem)
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime expected(QDate(2026, 2, 8), QTime(2, 30), QTimeZone::utc());
    for (const QString &text : {u"2026/2/8 10:30"_s, u"2026-02-08 10:30:00"_s, u"2026-02-08T10:30"_s,
                                u"08.02.2026 10:30"_s, u"2026年2月8日 10:30"_s, u"2026-02-08T02:30:00Z"_s})
        EXPECT_EQ(ParticipantImport::dateTimeFromText(text, shanghai), expected) << text.toStdString();
    EXPECT_FALSE(ParticipantImport::dateTimeFromText(u"soon"_s, shanghai).isValid());
}

} // namespace
