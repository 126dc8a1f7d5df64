// Message templates, .eml files and mailto links (core/registration/messagetemplate.h).
#include "registration/messagetemplate.h"
#include "storage/eventstore.h"
#include "storage/messagetemplatestore.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

Participant ada()
{
    Participant p;
    p.meta.id = QUuid::fromString(u"{0b9d4a52-0000-4000-8000-000000000001}"_s);
    p.name = u"Ada 吴"_s;
    p.email = u"ada@example.org"_s;
    p.status = ParticipantStatus::Confirmed;
    return p;
}

Event conf()
{
    Event e;
    e.name = u"Qt Con"_s;
    e.venueName = u"bcc"_s;
    e.startDate = QDate(2026, 5, 4);
    return e;
}

TEST(MessageTemplateTest, RendersPlaceholdersAndKeepsUnknownOnes)
{
    MessageTemplate t;
    t.subject = u"{event}: {name}"_s;
    t.body = u"Ticket {ticket}, id {id}, {unknown}, {start} at {venue}"_s;
    const RenderedMessage m = MessageRenderer::render(t, ada(), conf(), u"VIP"_s);
    EXPECT_EQ(m.to, u"ada@example.org"_s);
    EXPECT_EQ(m.subject, u"Qt Con: Ada 吴"_s);
    // {id} is the registration's readable reference, not the raw id (issue 17).
    EXPECT_EQ(m.body, u"Ticket VIP, id 0000-0001, {unknown}, 2026-05-04 at bcc"_s);
}

TEST(MessageTemplateTest, TheReferenceIsTheIdsLastEightDigits)
{
    EXPECT_EQ(registrationReference(QUuid::fromString(u"0b9d4a52-0000-4000-8000-00007f3a91c2"_s)),
              u"7F3A-91C2"_s);
    const RenderedMessage preview =
        MessageRenderer::render(MessageTemplate::defaultFor(MessageTemplate::Kind::Confirmation),
                                MessageRenderer::sampleParticipant(QUuid::createUuid()), conf(), u"VIP"_s);
    static const QRegularExpression uuid(u"[0-9a-f]{8}-[0-9a-f]{4}-"_s);
    EXPECT_FALSE(uuid.match(preview.body).hasMatch()) << preview.body.toStdString();
    EXPECT_TRUE(preview.body.contains(registrationReference(MessageRenderer::sampleParticipant({}).meta.id)));
}

TEST(MessageTemplateTest, DefaultsMentionTheEvent)
{
    for (auto kind : {MessageTemplate::Kind::Confirmation, MessageTemplate::Kind::Waitlist,
                      MessageTemplate::Kind::Reminder}) {
        const RenderedMessage m =
            MessageRenderer::render(MessageTemplate::defaultFor(kind), ada(), conf(), {});
        EXPECT_TRUE(m.subject.contains(u"Qt Con"_s));
        EXPECT_TRUE(m.body.contains(u"Ada 吴"_s));
    }
}

TEST(MessageTemplateTest, NoTicketTypeOrVenueStillReadsAsASentence)
{
    Event noVenue = conf();
    noVenue.venueName = u"  "_s;
    const RenderedMessage m = MessageRenderer::render(
        MessageTemplate::defaultFor(MessageTemplate::Kind::Confirmation), ada(), noVenue, {});
    EXPECT_TRUE(m.body.contains(u"for Qt Con (general admission) is confirmed"_s)) << m.body.toStdString();
    EXPECT_TRUE(m.body.contains(u"at the venue on 2026-05-04"_s)) << m.body.toStdString();
    EXPECT_FALSE(m.body.contains(u"()"_s));
}

TEST(MessageTemplateTest, EmlFilesAreWrittenWithEncodedHeaders)
{
    EventDesk::Test::TempWorkspace ws;
    const RenderedMessage m{u"ada@example.org"_s, u"Willkommen, Ada 吴"_s, u"Grüße\nline=2\n"_s};
    auto files = MessageRenderer::writeEmlFiles(ws.filePath(u"out"_s), {m, m});
    ASSERT_TRUE(files);
    ASSERT_EQ(files.value().size(), 2);
    QFile f(files.value().first());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray eml = f.readAll();
    EXPECT_TRUE(eml.contains("To: ada@example.org\r\n"));
    EXPECT_TRUE(eml.contains(QByteArray("Subject: =?UTF-8?B?" + m.subject.toUtf8().toBase64() + "?=\r\n")));
    EXPECT_TRUE(eml.contains("Gr=C3=BC=C3=9Fe\r\nline=3D2\r\n"));
}

// Parses an .eml with Python's email package (an independent MIME parser) and returns the decoded subject and
// body (line breaks as \n, without the final one the writer adds).
QJsonObject parsedByPython(const QByteArray &eml)
{
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s, u"import sys, json, email\n"
                           u"from email import policy\n"
                           u"m = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)\n"
                           u"body = m.get_content().replace('\\r\\n', '\\n')\n"
                           u"body = body[:-1] if body.endswith('\\n') else body\n"
                           u"sys.stdout.write(json.dumps({'subject': str(m['subject']), 'body': body,\n"
                           u"    'defects': len(m.defects) + len(m['subject'].defects)}))\n"_s});
    if (!python.waitForStarted(10000))
        return {};
    python.write(eml);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {{u"error"_s, QString::fromUtf8(python.readAllStandardError())}};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

TEST(MessageTemplateTest, EmlHeadersAndBodyRoundTripThroughPythonsEmailParser)
{
    const QString longChinese =
        u"欢迎参加二〇二六年开源中国技术大会：请查收您的电子票、日程安排、会场地图以及"
        u"交通指南，期待与您相见！"_s;
    const QString longAscii = u"Welcome to the Qt Contributors Summit 2026 - your ticket, the programme, the "
                              u"venue map and travel information are inside this message"_s;
    const QString body = u"Line with trailing spaces   \nLine with a trailing tab\t\nend  "_s +
                         QString(90, u'x') + u"   \n\n"_s + QString(80, u'吴') + u" "_s;
    for (const QString &subject : {longChinese, longAscii, QString(u"Mixed 吴 ascii "_s + longAscii)}) {
        const QByteArray eml = MessageRenderer::toEml({u"ada@example.org"_s, subject, body});
        // RFC 2047: no encoded-word longer than 75 characters; RFC 5322: header lines folded.
        static const QRegularExpression word(u"=\\?[^?]+\\?[BbQq]\\?[^?]*\\?="_s);
        const QString text = QString::fromLatin1(eml);
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured(0);
            EXPECT_LE(w.size(), 75) << w.toStdString();
        }
        const QList<QByteArray> lines = eml.split('\n');
        for (const QByteArray &line : lines) {
            EXPECT_LE(line.size(), 78 + 1) << line.constData(); // + the \r
            // RFC 2045 6.7: no literal white space before a line break in the quoted-printable body.
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            EXPECT_FALSE(content.endsWith(' ') || content.endsWith('\t')) << content.constData();
        }
        const QJsonObject parsed = parsedByPython(eml);
        ASSERT_FALSE(parsed.isEmpty()) << "python3 did not run";
        ASSERT_FALSE(parsed.contains(u"error"_s)) << parsed.value(u"error"_s).toString().toStdString();
        EXPECT_EQ(parsed.value(u"subject"_s).toString(), subject);
        EXPECT_EQ(parsed.value(u"body"_s).toString(), body);
        EXPECT_EQ(parsed.value(u"defects"_s).toInt(), 0);
    }
}

TEST(MessageTemplateTest, MailtoCarriesSubjectAndBody)
{
    const QUrl url = MessageRenderer::mailtoUrl({u"ada@example.org"_s, u"Hi & bye"_s, u"a b\nc"_s});
    EXPECT_EQ(url.scheme(), u"mailto"_s);
    EXPECT_EQ(url.path(), u"ada@example.org"_s);
    const QUrlQuery q(url);
    EXPECT_EQ(q.queryItemValue(u"subject"_s, QUrl::FullyDecoded), u"Hi & bye"_s);
    EXPECT_EQ(q.queryItemValue(u"body"_s, QUrl::FullyDecoded), u"a b\nc"_s);
}

} // namespace

namespace
{

TEST(MessageTemplateTest, KindsHaveStableNames)
{
    for (auto kind : MessageTemplate::allKinds())
        EXPECT_EQ(MessageTemplate::kindFromName(MessageTemplate::kindName(kind)), kind);
    EXPECT_EQ(MessageTemplate::kindFromName(u" Waitlist"_s), MessageTemplate::Kind::Waitlist);
    EXPECT_FALSE(MessageTemplate::kindFromName(u"invoice"_s).has_value());
    EXPECT_EQ(MessageTemplate::placeholders().size(), 9);
}

TEST(MessageTemplateTest, TemplatesAreValidated)
{
    for (auto kind : MessageTemplate::allKinds())
        EXPECT_TRUE(MessageTemplate::defaultFor(kind).validate().isEmpty());
    MessageTemplate t = MessageTemplate::defaultFor(MessageTemplate::Kind::Reminder);
    t.subject = u"  "_s;
    t.body = u"Hello {nmae}"_s;
    const FieldErrors errors = t.validate();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).field, u"subject"_s);
    EXPECT_EQ(errors.at(1).field, u"body"_s);
    EXPECT_TRUE(errors.at(1).message.contains(u"{nmae}"_s));
    t.subject = u"Two\nlines"_s;
    t.body = u"Hello {name}"_s;
    EXPECT_EQ(t.validate().size(), 1);
}

TEST(MessageTemplateTest, EventsKeepTheirOwnTemplates)
{
    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    ASSERT_TRUE(store.open(ws.path()));
    Event e = conf();
    e.name = u"Summit"_s;
    e.endDate = e.startDate;
    const QUuid summit = store.add(e).value().meta.id;
    e.name = u"Meetup"_s;
    const QUuid meetup = store.add(e).value().meta.id;
    const auto kind = MessageTemplate::Kind::Confirmation;

    // Without a saved template the default is used.
    EXPECT_FALSE(MessageTemplateStore(store).saved(summit, kind).value().has_value());
    EXPECT_EQ(MessageTemplateStore(store).effective(summit, kind).value(), MessageTemplate::defaultFor(kind));

    QSignalSpy changed(&store, &EventStore::recordsChanged);
    MessageTemplate own{kind, u"See you at {event}, {name}!"_s, u"Bring this id: {id}\n"_s};
    ASSERT_TRUE(MessageTemplateStore(store).save(summit, own));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<RecordKind>(), RecordKind::Event);
    EXPECT_EQ(MessageTemplateStore(store).effective(summit, kind).value(), own);
    EXPECT_EQ(MessageTemplateStore(store).effective(meetup, kind).value(),
              MessageTemplate::defaultFor(kind)); // per event
    EXPECT_EQ(MessageTemplateStore(store).effective(summit, MessageTemplate::Kind::Waitlist).value(),
              MessageTemplate::defaultFor(MessageTemplate::Kind::Waitlist)); // per kind
    own.subject = u"Changed"_s;
    ASSERT_TRUE(MessageTemplateStore(store).save(summit, own)); // saving again replaces
    EXPECT_EQ(MessageTemplateStore(store).saved(summit, kind).value()->subject, u"Changed"_s);

    // Invalid templates and unknown events are refused, and nothing changes.
    MessageTemplate bad = own;
    bad.body.clear();
    auto refused = MessageTemplateStore(store).save(summit, bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_FALSE(MessageTemplateStore(store).save(QUuid::createUuid(), own));
    EXPECT_EQ(MessageTemplateStore(store).effective(summit, kind).value().subject, u"Changed"_s);

    ASSERT_TRUE(MessageTemplateStore(store).reset(summit, kind));
    EXPECT_FALSE(MessageTemplateStore(store).saved(summit, kind).value().has_value());
    EXPECT_EQ(MessageTemplateStore(store).effective(summit, kind).value(), MessageTemplate::defaultFor(kind));
}

} // namespace
