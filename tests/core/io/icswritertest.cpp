// IcsWriter: RFC 5545 output, checked with a real parser (Debian's python3-icalendar) and line by line.
#include "io/icswriter.h"
#include "storage/eventstore.h"
#include "storage/sampleconference.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

// Parses an .ics file with python3-icalendar and returns its events as JSON (uid, start and end in UTC,
// summary, location), plus the number of VTIMEZONE components.
const char *const kParser = R"PY(
import icalendar, json, sys, datetime
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def utc(v):
    d = v.dt
    if d.tzinfo is None:
        raise SystemExit('floating time')
    return d.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
events = [{'uid': str(e['UID']), 'start': utc(e['DTSTART']), 'end': utc(e['DTEND']),
           'summary': str(e['SUMMARY']), 'location': str(e.get('LOCATION', '')),
           'description': str(e.get('DESCRIPTION', ''))} for e in cal.walk('VEVENT')]
print(json.dumps({'events': events, 'timezones': len(cal.walk('VTIMEZONE')),
                  'name': str(cal.get('X-WR-CALNAME', ''))}))
)PY";

QJsonObject parseWithIcalendar(const QString &path)
{
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(kParser), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        ADD_FAILURE() << "python3-icalendar failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

class IcsWriterTest : public ::testing::Test
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
    QJsonObject roundTrip(const QByteArray &ics)
    {
        const QString path = ws.filePath(u"out.ics"_s);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(ics);
        f.close();
        return parseWithIcalendar(path);
    }

    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    ScheduleData data;
};

} // namespace

TEST(IcsWriterFoldTest, FoldsAt75OctetsWithoutSplittingUtf8)
{
    // 30 three-octet characters after a 9-octet name: 99 octets, so one fold.
    const QByteArray line = "SUMMARY:" + QString(30, QChar(0x5CF0)).toUtf8();
    const QByteArray folded = IcsWriter::foldLine(line);
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    ASSERT_EQ(physical.size(), 2);
    for (QByteArray l : physical) {
        if (l.endsWith('\r'))
            l.chop(1);
        EXPECT_LE(l.size(), 75);
        // Each physical line is valid UTF-8 on its own.
        const QString decoded = QString::fromUtf8(l);
        EXPECT_FALSE(decoded.contains(QChar::ReplacementCharacter)) << l.toStdString();
    }
    EXPECT_TRUE(physical.at(1).startsWith(' '));
    // Unfolding gives the line back.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(unfolded, line + "\r\n");
    // A short line is left alone; a 75-octet line is not folded, a 76-octet one is.
    EXPECT_EQ(IcsWriter::foldLine("A:b"), QByteArray("A:b\r\n"));
    EXPECT_EQ(IcsWriter::foldLine(QByteArray(75, 'x')).count("\r\n"), 1);
    EXPECT_EQ(IcsWriter::foldLine(QByteArray(76, 'x')), QByteArray(75, 'x') + "\r\n x\r\n");
}

TEST(IcsWriterFoldTest, EscapesText)
{
    EXPECT_EQ(IcsWriter::escapeText(u"a,b;c\\d\ne\r\nf"_s), u"a\\,b\\;c\\\\d\\ne\\nf"_s);
    EXPECT_EQ(IcsWriter::escapeText(u"plain 中文"_s), u"plain 中文"_s);
}

TEST_F(IcsWriterTest, WholeEventParsesWithTimesUidsAndTimeZone)
{
    const QList<const Session *> scheduled = ScheduleSelection::sessions(data);
    ASSERT_GT(scheduled.size(), 10);
    const QByteArray ics = IcsWriter::write(data);
    // Every physical line is at most 75 octets and ends with CRLF.
    for (const QByteArray &l : ics.split('\n')) {
        if (l.isEmpty())
            continue;
        EXPECT_TRUE(l.endsWith('\r'));
        EXPECT_LE(l.size() - 1, 75);
    }
    const QJsonObject parsed = roundTrip(ics);
    EXPECT_EQ(parsed.value(u"timezones"_s).toInt(), 1);
    EXPECT_EQ(parsed.value(u"name"_s).toString(), data.event.name);
    const QJsonArray events = parsed.value(u"events"_s).toArray();
    ASSERT_EQ(events.size(), scheduled.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const Session *s = scheduled.at(i);
        EXPECT_EQ(e.value(u"uid"_s).toString(), s->meta.id.toString(QUuid::WithoutBraces) + u"@eventdesk"_s);
        EXPECT_EQ(e.value(u"start"_s).toString(), s->start.toUTC().toString(Qt::ISODate));
        EXPECT_EQ(e.value(u"end"_s).toString(), s->end().toUTC().toString(Qt::ISODate));
        EXPECT_EQ(e.value(u"summary"_s).toString(), s->title);
        EXPECT_EQ(e.value(u"location"_s).toString(), data.room(s->roomId)->name);
    }
    // The same data exports byte for byte the same (stable UIDs and stamps).
    EXPECT_EQ(IcsWriter::write(data), ics);
}

TEST_F(IcsWriterTest, UtcTimesHaveNoTimeZone)
{
    const QByteArray ics = IcsWriter::write(data, ScheduleFilter{}, IcsWriter::Times::Utc);
    EXPECT_FALSE(ics.contains("TZID"));
    const QJsonObject parsed = roundTrip(ics);
    EXPECT_EQ(parsed.value(u"timezones"_s).toInt(), 0);
    const QList<const Session *> scheduled = ScheduleSelection::sessions(data);
    const QJsonArray events = parsed.value(u"events"_s).toArray();
    ASSERT_EQ(events.size(), scheduled.size());
    EXPECT_EQ(events.first().toObject().value(u"start"_s).toString(),
              scheduled.first()->start.toUTC().toString(Qt::ISODate));
}

TEST_F(IcsWriterTest, PerRoomTrackAndSpeaker)
{
    const Room &room = data.rooms.first();
    const Track &track = data.tracks.first();
    QUuid speakerId;
    for (const Session &s : data.sessions)
        if (s.isScheduled() && !s.speakerIds.isEmpty()) {
            speakerId = s.speakerIds.first();
            break;
        }
    ASSERT_FALSE(speakerId.isNull());
    qsizetype total = 0;
    for (const ScheduleFilter &f :
         {ScheduleFilter{room.meta.id, {}, {}}, ScheduleFilter{{}, track.meta.id, {}},
          ScheduleFilter{{}, {}, speakerId}}) {
        const QList<const Session *> expected = ScheduleSelection::sessions(data, f);
        ASSERT_FALSE(expected.isEmpty());
        const QJsonArray events = roundTrip(IcsWriter::write(data, f)).value(u"events"_s).toArray();
        ASSERT_EQ(events.size(), expected.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Session *s = expected.at(i);
            EXPECT_EQ(events.at(i).toObject().value(u"uid"_s).toString(), IcsWriter::uid(*s));
            if (!f.roomId.isNull()) {
                EXPECT_EQ(s->roomId, room.meta.id);
            }
            if (!f.trackId.isNull()) {
                EXPECT_EQ(s->trackId, track.meta.id);
            }
            if (!f.speakerId.isNull()) {
                EXPECT_TRUE(s->speakerIds.contains(speakerId));
            }
        }
        total += events.size();
    }
    EXPECT_LT(total, 3 * ScheduleSelection::sessions(data).size());
}

TEST_F(IcsWriterTest, SpecialCharactersSurviveTheParser)
{
    Session *s = nullptr;
    for (Session &candidate : data.sessions)
        if (candidate.isScheduled()) {
            s = &candidate;
            break;
        }
    ASSERT_NE(s, nullptr);
    s->title =
        u"Rust, C++; and \\ backslashes — 为什么开源软件需要一个非常长的标题来测试折行的行为是否正确"_s;
    s->abstract = u"Line one\nLine two, with; punctuation"_s;
    const QJsonArray events = roundTrip(IcsWriter::write(data)).value(u"events"_s).toArray();
    bool found = false;
    for (const QJsonValue &v : events)
        if (v.toObject().value(u"uid"_s).toString() == IcsWriter::uid(*s)) {
            found = true;
            EXPECT_EQ(v.toObject().value(u"summary"_s).toString(), s->title);
            EXPECT_TRUE(v.toObject().value(u"description"_s).toString().endsWith(s->abstract));
        }
    EXPECT_TRUE(found);
}
