// C3vocJsonReader: the real rC3 pretalx export, quirks, and the bad input it must refuse.
#include "io/c3vocjsonreader.h"

#include "interoptestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;

namespace
{

QJsonObject event(const QString &guid, const QString &title, const QString &date,
                  const QJsonValue &duration = u"00:30"_s)
{
    return {
        {u"guid"_s, guid},           {u"id"_s, 1},           {u"title"_s, title},    {u"date"_s, date},
        {u"duration"_s, duration},   {u"room"_s, u"Hall"_s}, {u"type"_s, u"Talk"_s}, {u"language"_s, u"en"_s},
        {u"persons"_s, QJsonArray()}};
}

QByteArray schedule(const QJsonArray &events, const QJsonObject &extraConference = {})
{
    QJsonObject conference{
        {u"acronym"_s, u"test2026"_s},
        {u"title"_s, u"Test"_s},
        {u"time_zone_name"_s, u"Europe/Berlin"_s},
        {u"days"_s, QJsonArray{QJsonObject{{u"index"_s, 1},
                                           {u"date"_s, u"2026-06-10"_s},
                                           {u"rooms"_s, QJsonObject{{u"Hall"_s, events}}}}}}};
    for (auto it = extraConference.begin(); it != extraConference.end(); ++it)
        conference.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{u"schedule"_s,
                                      QJsonObject{{u"version"_s, u"1"_s}, {u"conference"_s, conference}}},
                                     {u"unknown_block"_s, QJsonObject{{u"x"_s, 1}}}})
        .toJson();
}

TEST(C3vocJsonReaderTest, ReadsTheRc3PretalxSample)
{
    auto f = C3vocJsonReader::read(interopBytes(u"schedule-rc3-channels-2020.pretalx.json"_s));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    const ScheduleFile &file = f.value();
    EXPECT_EQ(file.data.sessions.size(), 48);
    EXPECT_EQ(file.data.rooms.size(), 5);
    EXPECT_EQ(file.data.speakers.size(), 56);
    EXPECT_EQ(file.data.tracks.size(), 5);
    EXPECT_EQ(file.data.event.acronym, u"rc3-channels-2020"_s);
    EXPECT_FALSE(file.hasTimeZone);
    bool umlautRoom = false;
    for (const Room &r : file.data.rooms)
        umlautRoom = umlautRoom || r.name == u"ChaosTrawler Stubnitz/Gängeviertel Hamburg"_s;
    EXPECT_TRUE(umlautRoom);
    for (const Session &s : file.data.sessions) {
        EXPECT_TRUE(s.start.isValid());
        EXPECT_GT(s.durationMinutes, 0);
    }
}

TEST(C3vocJsonReaderTest, PersonsBiographiesAndReferences)
{
    QJsonObject e = event(u"talk-1"_s, u"  A  talk "_s, u"2026-06-10T10:00:00+02:00"_s);
    e.insert(u"persons"_s,
             QJsonArray{QJsonObject{{u"code"_s, u"ABC"_s},
                                    {u"public_name"_s, u" Ada "_s},
                                    {u"biography"_s, QJsonValue::Null}},
                        QJsonObject{{u"name"_s, u"Bo"_s}, {u"biography"_s, u"Bio\n    of Bo"_s}},
                        QJsonObject{{u"id"_s, 3}}});
    e.insert(u"links"_s, QJsonArray{QJsonObject{{u"title"_s, u"No url"_s}}});
    auto f = C3vocJsonReader::read(schedule({e}));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    ASSERT_EQ(f.value().data.speakers.size(), 2);
    EXPECT_EQ(f.value().data.speakers.at(0).name, u"Ada"_s);
    EXPECT_EQ(f.value().data.speakers.at(1).bio, u"Bio\nof Bo"_s);
    EXPECT_EQ(f.value().data.sessions.first().title, u"A talk"_s);
    EXPECT_EQ(f.value().data.sessions.first().meta.id, ScheduleFile::idFromGuid(u"talk-1"_s));
    ASSERT_EQ(f.value().issues.size(), 2); // the nameless person, the link without an address
    EXPECT_EQ(f.value().issues.at(0).where, u"schedule.conference.days[0].rooms[\"Hall\"][0].links[0]"_s);
    EXPECT_EQ(f.value().issues.at(1).where, u"schedule.conference.days[0].rooms[\"Hall\"][0].persons[2]"_s);
}

TEST(C3vocJsonReaderTest, SubtitleDescriptionLinksAttachmentsAndAcronymAreKept)
{
    QJsonObject e = event(u"talk-1"_s, u"Talk"_s, u"2026-06-10T10:00:00+02:00"_s);
    e.insert(u"subtitle"_s, u" A  subtitle "_s);
    e.insert(u"description"_s, u"Long text.\n\nMore."_s);
    e.insert(u"links"_s, QJsonArray{QJsonObject{{u"url"_s, u"https://a.example/"_s}, {u"title"_s, u"A"_s}},
                                    u"https://b.example/"_s});
    e.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"url"_s, u"https://c.example/slides.pdf"_s},
                                                      {u"title"_s, u"Slides"_s}}});
    auto f = C3vocJsonReader::read(schedule({e}));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    expectSessionExtras(f.value(), QString()); // the second link is a bare address
}

TEST(C3vocJsonReaderTest, NotJsonNamesLineAndColumn)
{
    auto f = C3vocJsonReader::read("{\n  \"schedule\": {\n    \"version\": 1,,\n  }\n}");
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"not valid JSON at line 3"_s)) << f.error().message.toStdString();
}

TEST(C3vocJsonReaderTest, NotUtf8IsRefused)
{
    QByteArray bytes = schedule({event(u"a"_s, u"Caf"_s, u"2026-06-10T10:00:00+02:00"_s)});
    bytes.replace("\"Caf\"", "\"Caf\xE9\"");
    auto f = C3vocJsonReader::read(bytes);
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"not UTF-8"_s)) << f.error().message.toStdString();
}

TEST(C3vocJsonReaderTest, Utf16WithABomIsRead)
{
    const QByteArray utf8 = schedule({event(u"a"_s, u"Café 会议"_s, u"2026-06-10T10:00:00+02:00"_s)});
    const QString text = QString::fromUtf8(utf8);
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto f = C3vocJsonReader::read(utf16);
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_EQ(f.value().data.sessions.first().title, u"Café 会议"_s);
}

TEST(C3vocJsonReaderTest, MissingScheduleAndBadDatesNameTheJsonPath)
{
    auto f = C3vocJsonReader::read("{\"conference\": {}}");
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"no \"schedule\" object"_s)) << f.error().message.toStdString();
    auto g = C3vocJsonReader::read(schedule({event(u"a"_s, u"Ok"_s, u"2026-06-10T10:00:00+02:00"_s),
                                             event(u"b"_s, u"Bad"_s, u"2026-13-45T99:00"_s)}));
    ASSERT_FALSE(g);
    EXPECT_TRUE(g.error().message.contains(u"at schedule.conference.days[0].rooms[\"Hall\"][1].date"_s))
        << g.error().message.toStdString();
    auto h =
        C3vocJsonReader::read(schedule({event(u"a"_s, u"Ok"_s, u"2026-06-10T10:00:00+02:00"_s, u"1h"_s)}));
    ASSERT_FALSE(h);
    EXPECT_TRUE(h.error().message.contains(u"[0].duration"_s)) << h.error().message.toStdString();
}

TEST(C3vocJsonReaderTest, ClashingGuidsNameBothPaths)
{
    auto f = C3vocJsonReader::read(schedule({event(u"same"_s, u"One"_s, u"2026-06-10T10:00:00+02:00"_s),
                                             event(u"same"_s, u"Two"_s, u"2026-06-10T11:00:00+02:00"_s)}));
    ASSERT_FALSE(f);
    EXPECT_TRUE(f.error().message.contains(u"same guid \"same\""_s)) << f.error().message.toStdString();
    EXPECT_TRUE(f.error().message.contains(u"[\"Hall\"][1]"_s)) << f.error().message.toStdString();
}

TEST(C3vocJsonReaderTest, RoomsWithoutEventsComeFromTheRoomList)
{
    auto f = C3vocJsonReader::read(
        schedule({event(u"a"_s, u"Ok"_s, u"2026-06-10T10:00:00+02:00"_s)},
                 {{u"rooms"_s, QJsonArray{QJsonObject{{u"name"_s, u"Empty"_s},
                                                      {u"guid"_s, u"1b6c9f3e-2f0a-4b8e-9d2c-3e4f5a6b7c8d"_s},
                                                      {u"capacity"_s, 40}}}}}));
    ASSERT_TRUE(f) << f.error().message.toStdString();
    ASSERT_EQ(f.value().data.rooms.size(), 2);
    EXPECT_EQ(f.value().data.rooms.first().name, u"Empty"_s);
    EXPECT_EQ(f.value().data.rooms.first().capacity, 40);
    EXPECT_EQ(f.value().data.rooms.first().meta.id, QUuid(u"1b6c9f3e-2f0a-4b8e-9d2c-3e4f5a6b7c8d"_s));
}

} // namespace
