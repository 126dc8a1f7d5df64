// Message templates, .eml files and mailto links (core/registration/messagetemplate.h).
#include "registration/messagetemplate.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
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
    EXPECT_EQ(m.body, u"Ticket VIP, id 0b9d4a52-0000-4000-8000-000000000001, {unknown}, 2026-05-04 at bcc"_s);
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
