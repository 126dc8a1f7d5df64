// ScheduleImport: the dry-run plan, one transaction, re-import by guid, Cancel, and what is skipped.
#include "io/scheduleimport.h"
#include "io/frabxmlreader.h"
#include "storage/eventstore.h"
#include "storage/storageworker.h"
#include "support/tempworkspace.h"

#include "interoptestdata.h"

#include <QFuture>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;

namespace
{

using Action = ScheduleImportItem::Action;

class ScheduleImportTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(store.open(ws.filePath(u"ws.eventdesk"_s))); }
    ScheduleFile read(const QByteArray &xml)
    {
        auto f = FrabXmlReader::read(xml);
        EXPECT_TRUE(f) << (f ? std::string() : f.error().message.toStdString());
        return f ? f.value() : ScheduleFile();
    }
    ScheduleImportPlan planned(const ScheduleFile &file, const QUuid &target = {})
    {
        auto p = ScheduleImport::plan(store, file, target);
        EXPECT_TRUE(p) << (p ? std::string() : p.error().message.toStdString());
        return p ? p.value() : ScheduleImportPlan();
    }
    qint64 sessions() { return store.count<Session>().value(); }
    const ScheduleImportItem *item(const ScheduleImportPlan &p, const QString &name)
    {
        for (const ScheduleImportItem &i : p.items)
            if (i.name == name)
                return &i;
        return nullptr;
    }

    TempWorkspace ws;
    EventStore store;
    const QByteArray two =
        frabXml("<room name=\"Hall\">" +
                frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "One", "2026-06-10T10:00:00+02:00",
                          "<persons><person>Ada</person></persons>") +
                frabEvent("talk-2", "Two", "2026-06-10T11:00:00+02:00") + "</room><room name=\"Empty\"/>");
};

TEST_F(ScheduleImportTest, DryRunReportsAndWritesNothing)
{
    const ScheduleImportPlan p = planned(read(two));
    // event, 2 rooms, 1 track, 1 speaker, 2 sessions
    EXPECT_EQ(p.count(Action::Created), 7);
    EXPECT_EQ(p.summary(), u"7 created, 0 updated, 0 unchanged, 0 skipped."_s);
    EXPECT_EQ(store.count<Event>().value(), 0);
    EXPECT_EQ(p.toJson().value(u"created"_s).toInt(), 7);
}

TEST_F(ScheduleImportTest, ReimportMatchesByGuidAndShowsWhatChanges)
{
    ASSERT_TRUE(ScheduleImport::commit(store, planned(read(two))));
    EXPECT_EQ(sessions(), 2);
    ScheduleImportPlan again = planned(read(two));
    EXPECT_EQ(again.count(Action::Unchanged), 7) << again.summary().toStdString();
    EXPECT_TRUE(again.writesNothing());

    QByteArray changed = two;
    changed.replace("<title>Two</title>", "<title>Two, revised</title>");
    changed.replace("2026-06-10T10:00:00+02:00", "2026-06-10T12:00:00+02:00");
    const ScheduleImportPlan p = planned(read(changed));
    EXPECT_EQ(p.count(Action::Updated), 2) << p.summary().toStdString();
    EXPECT_EQ(p.count(Action::Created), 0);
    const ScheduleImportItem *one = item(p, u"One"_s);
    ASSERT_NE(one, nullptr);
    EXPECT_EQ(one->fields, QStringList{u"start"_s});
    ASSERT_NE(item(p, u"Two, revised"_s), nullptr);
    EXPECT_EQ(item(p, u"Two, revised"_s)->fields, QStringList{u"title"_s});
    EXPECT_EQ(sessions(), 2); // planning wrote nothing
    ASSERT_TRUE(ScheduleImport::commit(store, p));
    EXPECT_EQ(sessions(), 2);
    auto two = store.get<Session>(ScheduleFile::idFromGuid(u"talk-2"_s));
    ASSERT_TRUE(two);
    EXPECT_EQ(two.value().title, u"Two, revised"_s);
}

TEST_F(ScheduleImportTest, ReimportUpdatesSubtitleDescriptionLinksAndAttachments)
{
    const QByteArray first =
        frabXml("<room name=\"Hall\">" +
                frabEvent("0b1c2d3e-0000-4000-8000-000000000001", "One", "2026-06-10T10:00:00+02:00",
                          "<subtitle>Old</subtitle><description>Long</description>"
                          "<links><link href=\"https://a.example/\">A</link></links>") +
                "</room>");
    ASSERT_TRUE(ScheduleImport::commit(store, planned(read(first))));
    const QUuid id(u"0b1c2d3e-0000-4000-8000-000000000001"_s);
    EXPECT_EQ(store.get<Session>(id).value().subtitle, u"Old"_s);
    EXPECT_EQ(store.get<Event>(planned(read(first)).eventId).value().acronym, u"test2026"_s);
    EXPECT_TRUE(planned(read(first)).writesNothing());

    QByteArray changed = first;
    changed.replace("<subtitle>Old</subtitle>", "<subtitle>New</subtitle>");
    changed.replace("</links>",
                    "</links><attachments><attachment href=\"https://b.example/s.pdf\">S</attachment>"
                    "</attachments>");
    const ScheduleImportPlan p = planned(read(changed));
    ASSERT_NE(item(p, u"One"_s), nullptr);
    EXPECT_EQ(item(p, u"One"_s)->action, Action::Updated);
    EXPECT_EQ(item(p, u"One"_s)->fields, (QStringList{u"subtitle"_s, u"attachments"_s}));
    ASSERT_TRUE(ScheduleImport::commit(store, p));
    const Session after = store.get<Session>(id).value();
    EXPECT_EQ(after.subtitle, u"New"_s);
    EXPECT_EQ(after.description, u"Long"_s);
    EXPECT_EQ(after.links, (QList<SessionLink>{{u"https://a.example/"_s, u"A"_s}}));
    EXPECT_EQ(after.attachments, (QList<SessionLink>{{u"https://b.example/s.pdf"_s, u"S"_s}}));
}

TEST_F(ScheduleImportTest, IntoAnExistingEventMatchesRoomsAndSpeakersByName)
{
    Event e;
    e.name = u"Mine"_s;
    e.timeZone = u"Europe/Berlin"_s;
    e.startDate = QDate(2026, 6, 10);
    e.endDate = QDate(2026, 6, 10);
    auto event = store.add(e);
    ASSERT_TRUE(event);
    Room hall;
    hall.eventId = event.value().meta.id;
    hall.name = u"hall"_s;
    ASSERT_TRUE(store.add(hall));
    Speaker ada;
    ada.eventId = event.value().meta.id;
    ada.name = u"Ada"_s;
    auto adaAdded = store.add(ada);
    ASSERT_TRUE(adaAdded);
    const ScheduleImportPlan p = planned(read(two), event.value().meta.id);
    ASSERT_TRUE(ScheduleImport::commit(store, p));
    EXPECT_EQ(store.count<Room>(event.value().meta.id).value(), 2); // hall matched, Empty added
    EXPECT_EQ(store.count<Speaker>(event.value().meta.id).value(), 1);
    auto one = store.get<Session>(QUuid(u"0b1c2d3e-0000-4000-8000-000000000001"_s));
    ASSERT_TRUE(one);
    EXPECT_EQ(one.value().speakerIds, QList<QUuid>{adaAdded.value().meta.id});
    EXPECT_EQ(one.value().eventId, event.value().meta.id);
    EXPECT_EQ(store.get<Event>(event.value().meta.id).value().name, u"Test Conf"_s);
}

TEST_F(ScheduleImportTest, ASessionDeletedHereIsSkippedWithItsReason)
{
    ASSERT_TRUE(ScheduleImport::commit(store, planned(read(two))));
    ASSERT_TRUE(store.remove<Session>(ScheduleFile::idFromGuid(u"talk-2"_s)));
    const ScheduleImportPlan p = planned(read(two));
    EXPECT_EQ(p.count(Action::Skipped), 1);
    ASSERT_NE(item(p, u"Two"_s), nullptr);
    EXPECT_TRUE(item(p, u"Two"_s)->reason.contains(u"deleted in the workspace"_s));
}

TEST_F(ScheduleImportTest, AnInvalidRecordIsSkippedWithTheValidationSentence)
{
    QByteArray xml = two;
    xml.replace("<title>Two</title>", QByteArray("<title>" + QByteArray(400, 'x') + "</title>"));
    const ScheduleImportPlan p = planned(read(xml));
    EXPECT_EQ(p.count(Action::Skipped), 1);
    ASSERT_TRUE(ScheduleImport::commit(store, p));
    EXPECT_EQ(sessions(), 1);
}

TEST_F(ScheduleImportTest, CancelLeavesTheWorkspaceAsItWas)
{
    const ScheduleImportPlan p = planned(read(two));
    int asked = 0;
    auto done = ScheduleImport::commit(store, p, [&asked] { return ++asked > 4; });
    ASSERT_FALSE(done);
    EXPECT_EQ(done.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(store.count<Event>().value(), 0);
    EXPECT_EQ(store.count<Room>().value(), 0);
    EXPECT_EQ(sessions(), 0);
}

TEST_F(ScheduleImportTest, AChangeSincePlanningFailsTheWholeWrite)
{
    ASSERT_TRUE(ScheduleImport::commit(store, planned(read(two))));
    QByteArray changed = two;
    changed.replace("<title>Two</title>", "<title>Two, revised</title>");
    changed.replace("<title>One</title>", "<title>One, revised</title>");
    const ScheduleImportPlan p = planned(read(changed));
    Session one = store.get<Session>(QUuid(u"0b1c2d3e-0000-4000-8000-000000000001"_s)).value();
    one.abstract = u"edited meanwhile"_s;
    ASSERT_TRUE(store.update(one));
    auto done = ScheduleImport::commit(store, p);
    ASSERT_FALSE(done);
    EXPECT_EQ(store.get<Session>(ScheduleFile::idFromGuid(u"talk-2"_s)).value().title, u"Two"_s);
}

TEST_F(ScheduleImportTest, RunsOnTheStorageThread)
{
    store.close();
    StorageWorker worker;
    const QString path = ws.filePath(u"ws.eventdesk"_s);
    const ScheduleFile file = read(two);
    QFuture<bool> done = worker.run([path, file](EventStore &s) {
        if (!s.open(path))
            return false;
        auto p = ScheduleImport::plan(s, file);
        return p && ScheduleImport::commit(s, p.value());
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.isFinished(); }, 10000));
    EXPECT_TRUE(done.result());
}

} // namespace
