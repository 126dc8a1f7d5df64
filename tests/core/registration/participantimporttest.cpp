// Import planning and committing (core/registration/participantimport.h), with the shared sample files.
#include "registration/participantimport.h"
#include "registration/customquestions.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
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
              (QList<F>{F::Name, F::Email, F::Phone, F::Organisation, F::TicketType, F::Status, F::Ignore,
                        F::Notes}));
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
    EXPECT_EQ(frank->status, ParticipantStatus::Confirmed); // "paid"

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

} // namespace
