#include "assistant/registrationprefill.h"

#include "llm/llmclient.h"
#include "registration/registrations.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace EventDesk::Test;
using namespace Qt::StringLiterals;
using Scenario = FakeLlmServer::Scenario;

namespace
{

QJsonObject field(const QJsonValue &value, const QJsonValue &quote = QJsonValue::Null)
{
    return {{u"value"_s, value}, {u"quote"_s, quote}};
}

QJsonObject registration(int message, const QJsonObject &name, const QJsonObject &email,
                         const QJsonObject &phone, const QJsonObject &org = field(QJsonValue::Null),
                         const QJsonObject &ticket = field(QJsonValue::Null), const QJsonArray &answers = {})
{
    return {{u"message"_s, message},  {u"name"_s, name},          {u"email"_s, email},    {u"phone"_s, phone},
            {u"organisation"_s, org}, {u"ticket_type"_s, ticket}, {u"answers"_s, answers}};
}

QString answer(const QJsonArray &registrations)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"registrations"_s, registrations}}).toJson());
}

QString email(int i)
{
    return u"person%1@example.org"_s.arg(i);
}
QString phone(int i)
{
    return u"+44 20 7946 %1"_s.arg(1000 + i);
}

QList<MailMessage> englishMessages(int n)
{
    QList<MailMessage> out;
    for (int i = 1; i <= n; ++i) {
        MailMessage m;
        m.source = u"box.mbox, message %1"_s.arg(i);
        m.from = u"Person %1 <%2>"_s.arg(i).arg(email(i));
        m.subject = u"Registration"_s;
        m.body =
            u"Hello, please register me. Name: Person %1, phone %2, company Acme %1."_s.arg(i).arg(phone(i));
        out.append(m);
    }
    return out;
}

class RegistrationPrefillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()).ok());
        Event e;
        e.name = u"Qt Con"_s;
        e.startDate = e.endDate = QDate(2026, 10, 3);
        m_eventId = m_store.add(e).value().meta.id;
        TicketType student;
        student.eventId = m_eventId;
        student.name = u"Student"_s;
        m_studentId = m_store.add(student).value().meta.id;
        CustomQuestion lunch;
        lunch.id = QUuid::createUuid();
        lunch.label = u"Lunch?"_s;
        lunch.type = CustomQuestion::Type::YesNo;
        ASSERT_TRUE(CustomQuestionStore(m_store).replace(m_eventId, {lunch}).ok());
        m_lunchId = lunch.id;
        m_client.retryPolicy().maxRetries = 0;
    }
    ProviderProfile profile() const
    {
        ProviderProfile p;
        p.provider = ProviderKind::OpenAiCompatible;
        p.baseUrl = m_server.baseUrl().toString() + u"/v1"_s;
        p.model = u"gpt-4o-mini"_s;
        return p;
    }
    PrefillExtraction::Setup setup() { return PrefillExtraction::load(m_store, m_eventId).value(); }
    // Runs (or resumes) until finished.
    void run(RegistrationPrefill &prefill, const QList<MailMessage> &messages, bool resume = false)
    {
        QSignalSpy finished(&prefill, &RegistrationPrefill::finished);
        if (resume)
            prefill.resume();
        else
            prefill.start(profile(), u"sk-test"_s, setup(), messages);
        ASSERT_TRUE(finished.count() == 1 || finished.wait(20000));
    }
    QJsonArray batchAnswer(int first, int count)
    {
        QJsonArray regs;
        for (int j = 1; j <= count; ++j) {
            const int i = first + j;
            regs.append(registration(
                j, field(u"Person %1"_s.arg(i), u"Name: Person %1"_s.arg(i)), field(u"[EMAIL_%1]"_s.arg(j)),
                field(u"[PHONE_%1]"_s.arg(j), u"phone [PHONE_%1]"_s.arg(j)), field(u"Acme %1"_s.arg(i))));
        }
        return regs;
    }

    TempWorkspace m_ws;
    EventStore m_store;
    FakeLlmServer m_server;
    LlmClient m_client;
    QUuid m_eventId;
    QUuid m_studentId;
    QUuid m_lunchId;
};

} // namespace

TEST_F(RegistrationPrefillTest, TwentyFiveMessagesGoInThreeRequestsWithoutEmailsOrPhones)
{
    const QList<MailMessage> messages = englishMessages(25);
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(0, 10)));
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(10, 10)));
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(20, 5)));
    RegistrationPrefill prefill(m_client);
    QSignalSpy progress(&prefill, &RegistrationPrefill::progress);
    run(prefill, messages);
    ASSERT_FALSE(prefill.error()) << prefill.error()->message.toStdString();
    EXPECT_EQ(m_server.requestCount(), 3);
    EXPECT_EQ(progress.last().at(0).toInt(), 3);
    for (const auto &request : m_server.requests()) {
        const QString body = QString::fromUtf8(request.body);
        EXPECT_TRUE(body.contains(u"<[EMAIL_1]>"_s));
        for (int i = 1; i <= 25; ++i) {
            EXPECT_FALSE(body.contains(email(i))) << email(i).toStdString();
            EXPECT_FALSE(body.contains(phone(i))) << phone(i).toStdString();
        }
    }
    EXPECT_TRUE(QString::fromUtf8(m_server.requests().at(2).body).contains(u"Person 25"_s));
    ASSERT_EQ(prefill.drafts().size(), 25);
    for (int i = 1; i <= 25; ++i) {
        const RegistrationDraft &d = prefill.drafts().at(i - 1);
        EXPECT_EQ(d.message, i - 1);
        EXPECT_EQ(d.participant.email, email(i));
        EXPECT_EQ(d.participant.phone, phone(i));
        EXPECT_EQ(d.participant.source, u"assistant"_s);
        const QString text = messages.at(i - 1).text();
        const SourceSpan e = d.fields.value(u"email"_s).span;
        EXPECT_EQ(text.mid(e.start, e.length), email(i));
        const SourceSpan p = d.fields.value(u"phone"_s).span;
        EXPECT_EQ(text.mid(p.start, p.length), phone(i));
        const SourceSpan n = d.fields.value(u"name"_s).span;
        EXPECT_EQ(text.mid(n.start, n.length), u"Person %1"_s.arg(i));
        EXPECT_EQ(n.start, text.indexOf(u"Name: Person"_s) + 6); // inside the quote, not in the From line
        EXPECT_FALSE(d.fields.value(u"organisation"_s).isGuess());
    }
}

TEST_F(RegistrationPrefillTest, EachBatchIsChargedToTheEventAsPrefill)
{
    m_server.setTokenSize(1 << 20); // each answer is one token: 11 in, 1 out per request
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(0, 10)));
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(10, 2)));
    QTemporaryDir dir;
    const QString ledger = dir.filePath(u"usage.sqlite"_s);
    RegistrationPrefill prefill(m_client);
    prefill.setUsage({m_eventId, AssistantTask::Prefill, ledger, true});
    run(prefill, englishMessages(12));
    ASSERT_FALSE(prefill.error()) << prefill.error()->message.toStdString();
    ASSERT_EQ(m_server.requestCount(), 2);
    const QDate month = QDate::currentDate();
    const AssistantUsage::Totals totals = AssistantUsage::totals(ledger, m_eventId, month);
    EXPECT_EQ(totals.month.requests, 2);
    EXPECT_EQ(totals.month.inputTokens, 22);
    EXPECT_EQ(totals.month.outputTokens, 2);
    EXPECT_EQ(UsageLedger(ledger)
                  .totals(AssistantUsage::taskScope(m_eventId, month, AssistantTask::Prefill))
                  .requests,
              2);
}

TEST_F(RegistrationPrefillTest, TheAssistantSettingsDecideRedactionForPrefill)
{
    const QList<MailMessage> messages = englishMessages(2);
    RegistrationPrefill prefill(m_client);
    EXPECT_TRUE(prefill.settings().redact(AssistantTask::Prefill)); // on unless turned off
    AssistantSettings settings;
    settings.setRedact(AssistantTask::Prefill, false);
    prefill.setSettings(settings);
    m_server.enqueue(Scenario::Normal,
                     answer({registration(1, field(u"Person 1"_s), field(email(1)), field(phone(1)))}));
    run(prefill, messages);
    ASSERT_FALSE(prefill.error());
    const QString body = QString::fromUtf8(m_server.requests().first().body);
    EXPECT_TRUE(body.contains(email(1)));
    EXPECT_TRUE(body.contains(phone(1)));
    EXPECT_FALSE(body.contains(u"<[EMAIL_1]>"_s));
    ASSERT_EQ(prefill.drafts().size(), 1);
    EXPECT_EQ(prefill.drafts().first().participant.email, email(1));
}

TEST_F(RegistrationPrefillTest, ChineseMessageInGb18030GivesChineseNameWithSpansAndGuesses)
{
    QStringEncoder gb("GB18030");
    const QByteArray raw =
        "From: =?GB2312?B?" + QByteArray(gb.encode(u"李娜"_s)).toBase64() +
        "?= <li.na@example.cn>\nContent-Type: text/plain; charset=GBK\n\n" +
        QByteArray(gb.encode(
            u"您好，我叫李娜，学生，想报名参加大会，需要午餐。电话：138 0013 8000，单位：清华大学。"_s));
    auto read = MailReader::readBytes(raw, u"cn.eml"_s);
    ASSERT_TRUE(read);
    m_server.enqueue(Scenario::Normal,
                     answer({registration(1, field(u"李娜"_s, u"我叫李娜"_s), field(u"[EMAIL_1]"_s),
                                          field(u"[PHONE_1]"_s, u"电话：[PHONE_1]"_s),
                                          field(u"Tsinghua University"_s), field(u"Student"_s, u"学生"_s),
                                          QJsonArray{QJsonObject{{u"question"_s, u"Q1"_s},
                                                                 {u"value"_s, u"yes"_s},
                                                                 {u"quote"_s, u"需要午餐"_s}}})}));
    RegistrationPrefill prefill(m_client);
    run(prefill, read.value());
    ASSERT_FALSE(prefill.error()) << prefill.error()->message.toStdString();
    EXPECT_FALSE(QString::fromUtf8(m_server.requests().first().body).contains(u"li.na@example.cn"_s));
    ASSERT_EQ(prefill.drafts().size(), 1);
    const RegistrationDraft &d = prefill.drafts().first();
    const QString text = read.value().first().text();
    auto spanned = [&](const QString &key) {
        const SourceSpan s = d.fields.value(key).span;
        return text.mid(s.start, s.length);
    };
    EXPECT_EQ(d.participant.name, u"李娜"_s);
    EXPECT_EQ(spanned(u"name"_s), u"李娜"_s);
    EXPECT_EQ(text.indexOf(u"李娜"_s, 10), d.fields.value(u"name"_s).span.start);
    EXPECT_EQ(spanned(u"email"_s), u"li.na@example.cn"_s);
    EXPECT_EQ(spanned(u"phone"_s), u"138 0013 8000"_s);
    EXPECT_EQ(spanned(u"ticketType"_s), u"学生"_s);
    EXPECT_EQ(d.participant.ticketTypeId, m_studentId);
    EXPECT_TRUE(d.fields.value(u"organisation"_s).isGuess());
    EXPECT_FALSE(d.fields.value(u"name"_s).isGuess());
    const QString lunch = m_lunchId.toString(QUuid::WithoutBraces);
    EXPECT_EQ(spanned(lunch), u"需要午餐"_s);
    EXPECT_EQ(d.participant.answers.value(lunch).toString(), u"yes"_s);
}

TEST_F(RegistrationPrefillTest, DuplicatesAndInvalidValuesAreFlaggedWithTheRegistrationRules)
{
    Participant existing;
    existing.eventId = m_eventId;
    existing.name = u"Person 1"_s;
    existing.email = u"PERSON1@example.org"_s;
    ASSERT_TRUE(m_store.add(existing).ok());
    QList<MailMessage> messages = englishMessages(3);
    m_server.enqueue(
        Scenario::Normal,
        answer({registration(1, field(u"Person 1"_s), field(u"[EMAIL_1]"_s), field(QJsonValue::Null)),
                registration(2, field(u"Person 2"_s), field(u"[EMAIL_2]"_s), field(QJsonValue::Null)),
                registration(2, field(u"Person 2 again"_s), field(u"[EMAIL_2]"_s), field(QJsonValue::Null)),
                registration(3, field(u"Person 3"_s), field(u"not-an-email"_s), field(QJsonValue::Null),
                             field(QJsonValue::Null), field(u"VIP"_s))}));
    RegistrationPrefill prefill(m_client);
    run(prefill, messages);
    ASSERT_FALSE(prefill.error());
    QList<RegistrationDraft> drafts = prefill.drafts();
    ASSERT_EQ(drafts.size(), 4);
    ASSERT_TRUE(PrefillExtraction::check(m_store, m_eventId, drafts).ok());
    ASSERT_TRUE(drafts.at(0).duplicate);
    EXPECT_EQ(drafts.at(0).duplicate->name, u"Person 1"_s);
    EXPECT_TRUE(drafts.at(0).isValid());
    EXPECT_FALSE(drafts.at(1).duplicate);
    EXPECT_TRUE(drafts.at(1).isRegistrable());
    ASSERT_TRUE(drafts.at(2).duplicate); // the same email earlier in the batch
    EXPECT_EQ(PrefillExtraction::reason(drafts.at(2)),
              u"person2@example.org appears in an earlier draft too."_s);
    EXPECT_FALSE(drafts.at(3).isValid());
    QStringList fields;
    for (const FieldError &e : drafts.at(3).errors)
        fields.append(e.field);
    EXPECT_TRUE(fields.contains(u"email"_s));
    EXPECT_TRUE(fields.contains(u"ticketType"_s));
    EXPECT_TRUE(drafts.at(3).fields.value(u"email"_s).isGuess());
}

TEST_F(RegistrationPrefillTest, AModelErrorKeepsTheDraftsForARetry)
{
    const QList<MailMessage> messages = englishMessages(25);
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(0, 10)));
    m_server.enqueue(Scenario::Unauthorized);
    RegistrationPrefill prefill(m_client);
    run(prefill, messages);
    ASSERT_TRUE(prefill.error());
    EXPECT_EQ(prefill.drafts().size(), 10);
    EXPECT_EQ(prefill.batchesDone(), 1);
    EXPECT_TRUE(prefill.canResume());
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(10, 10)));
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(20, 5)));
    run(prefill, messages, true);
    ASSERT_FALSE(prefill.error()) << prefill.error()->message.toStdString();
    EXPECT_EQ(prefill.drafts().size(), 25);
    EXPECT_EQ(prefill.drafts().last().participant.email, email(25));
    EXPECT_EQ(m_server.requestCount(), 4);
    EXPECT_FALSE(prefill.canResume());
}

TEST_F(RegistrationPrefillTest, CancelStopsAndKeepsTheDrafts)
{
    const QList<MailMessage> messages = englishMessages(12);
    m_server.enqueue(Scenario::Normal, answer(batchAnswer(0, 10)));
    m_server.enqueue(Scenario::Stalled);
    RegistrationPrefill prefill(m_client);
    QSignalSpy finished(&prefill, &RegistrationPrefill::finished);
    prefill.start(profile(), u"sk-test"_s, setup(), messages);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() == 2; }, 10000));
    prefill.cancel();
    ASSERT_TRUE(finished.count() == 1 || finished.wait(5000));
    ASSERT_TRUE(prefill.error());
    EXPECT_EQ(prefill.error()->code, ErrorCode::Cancelled);
    EXPECT_EQ(prefill.drafts().size(), 10);
    EXPECT_TRUE(prefill.canResume());
}

TEST(PrefillExtractionTest, LocatesValuesQuotesAndPhoneNumbersWrittenDifferently)
{
    const QString text = u"From: Bo <bo@example.org>\n\nCall me at 138-0013-8000. I am Bo Li from ACME."_s;
    auto at = [&](const SourceSpan &s) { return text.mid(s.start, s.length); };
    EXPECT_EQ(at(PrefillExtraction::locate(text, u"13800138000"_s)), u"138-0013-8000"_s);
    EXPECT_EQ(at(PrefillExtraction::locate(text, u"acme"_s)), u"ACME"_s);
    EXPECT_EQ(at(PrefillExtraction::locate(text, u"Bo"_s, u"I am Bo Li"_s)), u"Bo"_s);
    EXPECT_EQ(PrefillExtraction::locate(text, u"Bo"_s, u"I am Bo Li"_s).start,
              text.indexOf(u"I am Bo"_s) + 5);
    EXPECT_EQ(at(PrefillExtraction::locate(text, u"Acme Corporation"_s, u"from ACME"_s)), u"from ACME"_s);
    EXPECT_FALSE(PrefillExtraction::locate(text, u"Tokyo"_s).isKnown());
}
