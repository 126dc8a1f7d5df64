#include "llm/sseparser.h"

#include <QList>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace EventDesk;

namespace
{

struct Collected {
    QList<SseEvent> events;
    SseParser parser{[this](const SseEvent &e) { events.append(e); }};
};

const QByteArray kStream = "event: message_start\n"
                           "data: {\"a\":1}\n"
                           "\n"
                           ": keep-alive comment\n"
                           "id: 42\n"
                           "data: first line\n"
                           "data: second \xE4\xBD\xA0\xE5\xA5\xBD line\n"
                           "\n"
                           "data: [DONE]\n"
                           "\n";

void expectStandard(const QList<SseEvent> &events)
{
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].event, "message_start");
    EXPECT_EQ(events[0].data, "{\"a\":1}");
    EXPECT_EQ(events[1].event, "");
    EXPECT_EQ(events[1].id, "42");
    EXPECT_EQ(events[1].data, "first line\nsecond \xE4\xBD\xA0\xE5\xA5\xBD line");
    EXPECT_EQ(events[2].data, "[DONE]");
}

} // namespace

TEST(SseParserTest, WholeStream)
{
    Collected c;
    EXPECT_TRUE(c.parser.feed(kStream));
    expectStandard(c.events);
}

TEST(SseParserTest, OneBytePerChunkSplitsUtf8)
{
    Collected c;
    for (char ch : kStream)
        ASSERT_TRUE(c.parser.feed(QByteArrayView(&ch, 1)));
    expectStandard(c.events);
}

TEST(SseParserTest, CrlfSplitBetweenCrAndLf)
{
    QByteArray crlf = kStream;
    crlf.replace("\n", "\r\n");
    for (qsizetype cut = 1; cut < crlf.size(); ++cut) {
        Collected c;
        c.parser.feed(QByteArrayView(crlf).first(cut));
        c.parser.feed(QByteArrayView(crlf).sliced(cut));
        expectStandard(c.events);
        if (::testing::Test::HasFailure()) {
            ADD_FAILURE() << "cut at " << cut;
            return;
        }
    }
}

TEST(SseParserTest, BareCarriageReturns)
{
    QByteArray cr = kStream;
    cr.replace("\n", "\r");
    Collected c;
    c.parser.feed(cr);
    expectStandard(c.events);
}

TEST(SseParserTest, RandomChunking)
{
    QByteArray crlf = kStream;
    crlf.replace("\n", "\r\n");
    QRandomGenerator rng(1234);
    for (int round = 0; round < 200; ++round) {
        Collected c;
        qsizetype pos = 0;
        while (pos < crlf.size()) {
            const qsizetype n = qMin<qsizetype>(rng.bounded(1, 9), crlf.size() - pos);
            c.parser.feed(QByteArrayView(crlf).sliced(pos, n));
            pos += n;
        }
        expectStandard(c.events);
    }
}

TEST(SseParserTest, FieldWithoutSpaceAndUnknownFields)
{
    Collected c;
    c.parser.feed("data:x\nretry: 100\nfoo: bar\ndata\n\n");
    ASSERT_EQ(c.events.size(), 1);
    EXPECT_EQ(c.events[0].data, "x\n");
}

TEST(SseParserTest, EventWithoutDataIsNotDispatched)
{
    Collected c;
    c.parser.feed("event: ping\n\n: only a comment\n\n");
    EXPECT_TRUE(c.events.isEmpty());
}

TEST(SseParserTest, CutShortStreamReportsPendingEvent)
{
    Collected c;
    c.parser.feed("data: complete\n\ndata: partial");
    ASSERT_EQ(c.events.size(), 1);
    EXPECT_TRUE(c.parser.finish());
    EXPECT_EQ(c.events.size(), 1);
}

TEST(SseParserTest, LineCapStopsParsing)
{
    QList<SseEvent> events;
    SseParser parser([&](const SseEvent &e) { events.append(e); }, 64, 1024);
    EXPECT_TRUE(parser.feed("data: short\n\n"));
    EXPECT_FALSE(parser.feed(QByteArray(65, 'x')));
    EXPECT_TRUE(parser.overflowed());
    EXPECT_FALSE(parser.feed("data: more\n\n"));
    EXPECT_EQ(events.size(), 1);
}

TEST(SseParserTest, LineCapAcrossChunks)
{
    SseParser parser([](const SseEvent &) {}, 64, 1024);
    for (int i = 0; i < 8; ++i)
        ASSERT_TRUE(parser.feed(QByteArray(8, 'x')));
    EXPECT_FALSE(parser.feed("x"));
    EXPECT_LE(parser.bufferedBytes(), 64);
}

TEST(SseParserTest, EventCapStopsParsing)
{
    SseParser parser([](const SseEvent &) {}, 64, 100);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(parser.feed(QByteArray(QByteArray("data: ") + QByteArray(30, 'y') + "\n")));
    EXPECT_FALSE(parser.feed(QByteArray(QByteArray("data: ") + QByteArray(30, 'y') + "\n")));
}
