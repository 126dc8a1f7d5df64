// AgendaHtmlWriter: the print-ready HTML agenda, per day and per room, in the event's language.
#include "io/agendahtmlwriter.h"
#include "storage/eventstore.h"
#include "storage/sampleconference.h"
#include "support/tempworkspace.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

int count(const QString &text, const QString &needle)
{
    return int(text.count(needle));
}

class AgendaHtmlWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open(ws.path()));
        auto id = SampleConference::create(store);
        ASSERT_TRUE(id);
        auto loaded = ScheduleSelection::load(store, id.value());
        ASSERT_TRUE(loaded);
        data = loaded.value();
    }

    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    ScheduleData data;
};

} // namespace

TEST_F(AgendaHtmlWriterTest, PerDayHasOnePagePerDayAndEverySession)
{
    AgendaHtmlWriter::Options options;
    options.language = u"zh-CN"_s;
    const QString html = AgendaHtmlWriter::html(data, options);
    const QList<const Session *> sessions = ScheduleSelection::sessions(data);
    const QList<QDate> days = ScheduleSelection::days(data, sessions);
    ASSERT_GT(days.size(), 0);
    EXPECT_TRUE(html.contains(u"<html lang=\"zh-CN\">"_s));
    EXPECT_EQ(count(html, u"<div class=\"page\">"_s), days.size());
    EXPECT_EQ(AgendaHtmlWriter::pageCount(data, options), days.size());
    EXPECT_EQ(count(html, u"<tr><td class=\"time\">"_s), sessions.size());
    for (const Session *s : sessions)
        EXPECT_TRUE(html.contains(s->title.toHtmlEscaped())) << s->title.toStdString();
    // Dates in the event's language: a Chinese long date has 年 and 月.
    EXPECT_TRUE(html.contains(QLocale(u"zh-CN"_s).toString(days.first(), QLocale::LongFormat)));
    EXPECT_TRUE(html.contains(u"年"_s));
    // Every page after the first starts on a new sheet, in browsers and in QTextDocument.
    EXPECT_EQ(count(html, u"page-break-before: always"_s), days.size() - 1);
}

TEST_F(AgendaHtmlWriterTest, PerRoomHasAPagePerRoomAndDay)
{
    AgendaHtmlWriter::Options options;
    options.layout = AgendaHtmlWriter::Layout::PerRoom;
    const QString html = AgendaHtmlWriter::html(data, options);
    int expected = 0;
    for (const Room &room : data.rooms) {
        const auto sessions = ScheduleSelection::sessions(data, ScheduleFilter{room.meta.id, {}, {}});
        expected += int(ScheduleSelection::days(data, sessions).size());
    }
    EXPECT_EQ(count(html, u"<div class=\"page\">"_s), expected);
    EXPECT_EQ(AgendaHtmlWriter::pageCount(data, options), expected);
    // No room column on a room's own page.
    EXPECT_FALSE(html.contains(u"<th>Room</th>"_s));
    EXPECT_EQ(count(html, u"<tr><td class=\"time\">"_s), ScheduleSelection::sessions(data).size());
}
