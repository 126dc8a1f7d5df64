// Edit › Conflicts…: a conflict made by two members editing one room's name at once (two SyncSessions
// against a throwaway PostgreSQL) is listed with both values, who and when; Keep Mine, Take Theirs and Edit…
// resolve it as one undo step each, and Undo puts the value back and opens the conflict again.
#include "sync/conflictsdialog.h"
#include "commands/storecommand.h"
#include "support/guifixture.h"
#include "support/testpostgres.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::TempWorkspace;
using EventDesk::Test::TestPostgres;

namespace
{

TestPostgres &postgres()
{
    static TestPostgres server;
    if (!server.isRunning()) {
        auto ok = server.start();
        if (!ok)
            ADD_FAILURE() << ok.error().message.toStdString();
    }
    return server;
}

class ConflictsDialogTest : public Test::GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        ASSERT_TRUE(postgres().isRunning());
        m_database = u"gui_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        ASSERT_TRUE(postgres().createDatabase(m_database));
        m_admin = std::make_unique<ServerConnection>(url(u"postgres"_s, {}));
        ASSERT_TRUE(m_admin->open());
        ASSERT_TRUE(ServerSchema::install(m_admin->db()));
        for (const QString &member : {u"ana"_s, u"ben"_s})
            ASSERT_TRUE(ServerSchema::addMember(m_admin->db(), u"crew"_s, member, u"pw-"_s + member));
        ASSERT_TRUE(m_anaStore.open(m_anaWs.path()));
        m_ana = std::make_unique<ServerConnection>(url(u"ana"_s, u"pw-ana"_s));
        m_ben = std::make_unique<ServerConnection>(url(u"ben"_s, u"pw-ben"_s));
        ASSERT_TRUE(m_ana->open());
        ASSERT_TRUE(m_ben->open());
    }
    void TearDown() override
    {
        GuiFixture::TearDown();
        m_ana.reset();
        m_ben.reset();
        m_admin.reset();
    }

    ServerUrl url(const QString &user, const QString &password) const
    {
        ServerUrl u = ServerUrl::parse(postgres().superuserUrl(m_database)).value();
        u.user = user;
        u.password = password;
        return u;
    }
    // Ana syncs her own workspace; Ben syncs the window's (through the probe, a second connection to it).
    SyncReport syncAna() { return sync(m_anaStore, *m_ana); }
    SyncReport syncBen() { return sync(m_probe, *m_ben); }
    static SyncReport sync(EventStore &store, ServerConnection &server)
    {
        SyncSession session(store, server.db());
        auto report = session.sync();
        EXPECT_TRUE(report) << (report ? std::string() : report.error().detail.toStdString());
        return report ? report.value() : SyncReport{};
    }

    // Both have the room "Hall"; Ana renames it first, Ben second: Ben's workspace has the conflict and shows
    // Ana's name.
    void makeConflict(const QString &field = u"name"_s, const QString &nameSuffix = {})
    {
        Event e;
        e.name = u"Conf"_s;
        e.timeZone = u"Europe/Berlin"_s;
        e.startDate = QDate(2026, 6, 10);
        e.endDate = QDate(2026, 6, 11);
        auto event = m_anaStore.add(e);
        ASSERT_TRUE(event);
        Room r;
        r.eventId = event.value().meta.id;
        r.name = u"Hall"_s;
        r.capacity = 100;
        auto room = m_anaStore.add(r);
        ASSERT_TRUE(room);
        m_roomId = room.value().meta.id;
        syncAna();
        syncBen();
        Room anas = m_anaStore.get<Room>(m_roomId).value();
        Room bens = m_probe.get<Room>(m_roomId).value();
        if (field == u"name"_s) {
            anas.name = u"Hall Ana"_s + nameSuffix;
            bens.name = u"Hall Ben"_s + nameSuffix;
        } else {
            anas.capacity = 50;
            bens.capacity = 70;
        }
        ASSERT_TRUE(m_anaStore.update(anas));
        ASSERT_TRUE(m_probe.update(bens));
        syncAna();
        ASSERT_EQ(syncBen().conflicts, 1);
    }
    Room bensRoom() { return m_probe.get<Room>(m_roomId).value(); }

    ConflictsDialog *openDialog()
    {
        openWindow();
        triggerWhenEnabled(u"actionConflicts"_s);
        auto *dialog = m_window->findChild<ConflictsDialog *>(u"conflictsDialog"_s);
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }
    QTableWidget *table(ConflictsDialog *dialog)
    {
        return dialog->findChild<QTableWidget *>(u"conflictsTable"_s);
    }
    bool showsEmpty(ConflictsDialog *dialog)
    {
        auto *pages = dialog->findChild<QStackedWidget *>();
        return pages && pages->currentWidget()->objectName() == u"conflictsEmptyLabel"_s;
    }
    QPushButton *button(ConflictsDialog *dialog, const QString &name)
    {
        auto *b = dialog->findChild<QPushButton *>(name);
        EXPECT_NE(b, nullptr) << name.toStdString();
        return b;
    }

    QString m_database;
    std::unique_ptr<ServerConnection> m_admin;
    std::unique_ptr<ServerConnection> m_ana;
    std::unique_ptr<ServerConnection> m_ben;
    TempWorkspace m_anaWs;
    EventStore m_anaStore;
    QUuid m_roomId;
};

} // namespace

TEST_F(ConflictsDialogTest, ListsTheConflictAndKeepMineIsOneUndoStep)
{
    makeConflict();
    ConflictsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QTableWidget *rows = table(dialog);
    ASSERT_NE(rows, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows->rowCount() == 1; }, 5000));
    EXPECT_FALSE(showsEmpty(dialog));
    EXPECT_TRUE(rows->item(0, 0)->text().contains(u"Hall Ana"_s)) << rows->item(0, 0)->text().toStdString();
    EXPECT_EQ(rows->item(0, 1)->text(), u"Name"_s);
    EXPECT_EQ(rows->item(0, 2)->text(), u"Hall Ben"_s);
    EXPECT_TRUE(rows->item(0, 3)->text().startsWith(u"ben, "_s)) << rows->item(0, 3)->text().toStdString();
    EXPECT_EQ(rows->item(0, 4)->text(), u"Hall Ana"_s);
    EXPECT_TRUE(rows->item(0, 5)->text().startsWith(u"ana, "_s)) << rows->item(0, 5)->text().toStdString();
    EXPECT_FALSE(rows->accessibleName().isEmpty());

    // From the keyboard: the first conflict is selected, Alt+K keeps mine.
    QPushButton *keep = button(dialog, u"keepMineButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keep->isEnabled(); }, 5000));
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    rows->setFocus();
    QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bensRoom().name == u"Hall Ben"_s; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsEmpty(dialog); }, 5000));
    EXPECT_EQ(dialog->findChild<QLabel *>(u"conflictsEmptyLabel"_s)->text(), u"No conflicts."_s);
    EXPECT_EQ(m_undo.count(), 1);

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bensRoom().name == u"Hall Ana"_s; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows->rowCount() == 1 && !showsEmpty(dialog); }, 5000));

    // Redo, then the next sync settles it on the server: Ana gets Ben's name and no conflict is left.
    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bensRoom().name == u"Hall Ben"_s; }, 5000));
    EXPECT_EQ(syncBen().conflicts, 0);
    EXPECT_EQ(syncAna().conflicts, 0);
    EXPECT_EQ(m_anaStore.get<Room>(m_roomId).value().name, u"Hall Ben"_s);
}

// Long values share the width with the record, each wrapped, and who and when stay whole: the table does not
// scroll sideways at the dialog's size.
TEST_F(ConflictsDialogTest, LongValuesWrapAndWhoAndWhenStayWhole)
{
    makeConflict(u"name"_s,
                 u" in the old brewery's machine house, upper floor, behind the registration desk"_s);
    ConflictsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QTableWidget *rows = table(dialog);
    ASSERT_NE(rows, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows->rowCount() == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows->viewport()->width() > 0; }, 5000));
    EXPECT_EQ(rows->horizontalScrollBar()->maximum(), 0);
    const QFontMetrics metrics(rows->font());
    for (const int column : {1, 3, 5}) {
        const QString text = rows->item(0, column)->text();
        EXPECT_GE(rows->columnWidth(column), metrics.horizontalAdvance(text)) << text.toStdString();
    }
    int total = 0;
    for (int column = 0; column < rows->columnCount(); ++column)
        total += rows->columnWidth(column);
    EXPECT_LE(total, rows->viewport()->width());
    // The long names wrap: the row is taller than one line.
    EXPECT_GT(rows->rowHeight(0), 2 * metrics.height());
}

TEST_F(ConflictsDialogTest, TakeTheirsWritesNothingAndUndoOpensTheConflictAgain)
{
    makeConflict();
    const qint64 revision = bensRoom().meta.revision;
    ConflictsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table(dialog)->rowCount() == 1; }, 5000));
    QPushButton *take = button(dialog, u"takeTheirsButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return take->isEnabled(); }, 5000));
    take->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsEmpty(dialog); }, 5000));
    EXPECT_EQ(bensRoom().name, u"Hall Ana"_s);
    EXPECT_EQ(bensRoom().meta.revision, revision);

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table(dialog)->rowCount() == 1 && !showsEmpty(dialog); }, 5000));
    EXPECT_EQ(bensRoom().meta.revision, revision);
}

TEST_F(ConflictsDialogTest, EditWritesATypedValue)
{
    makeConflict(u"capacity"_s);
    ConflictsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table(dialog)->rowCount() == 1; }, 5000));
    EXPECT_EQ(table(dialog)->item(0, 1)->text(), u"Capacity"_s);
    QPushButton *edit = button(dialog, u"editValueButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return edit->isEnabled(); }, 5000));
    edit->click();
    auto *input = dialog->findChild<QInputDialog *>(u"conflictValueDialog"_s);
    ASSERT_NE(input, nullptr);
    EXPECT_EQ(input->textValue(), u"70"_s);
    input->setTextValue(u"60"_s);
    input->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bensRoom().capacity == 60; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsEmpty(dialog); }, 5000));
}

TEST_F(ConflictsDialogTest, UndoAfterTheResolutionWasSyncedChangesNothing)
{
    makeConflict();
    ConflictsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table(dialog)->rowCount() == 1; }, 5000));
    QPushButton *keep = button(dialog, u"keepMineButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keep->isEnabled(); }, 5000));
    keep->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bensRoom().name == u"Hall Ben"_s; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000));
    EXPECT_EQ(syncBen().conflicts, 0);

    QSignalSpy blocked(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return blocked.count() == 1; }, 5000));
    EXPECT_EQ(bensRoom().name, u"Hall Ben"_s);
    EXPECT_TRUE(showsEmpty(dialog));
}

// Take Theirs writes nothing, so it must not count the record's revision (a teammate's) as one of ours:
// undoing an earlier edit of the record is still refused instead of overwriting the teammate's change.
TEST_F(ConflictsDialogTest, ATakeTheirsStepDoesNotVouchForATeammatesRevision)
{
    makeConflict();
    Room edited = bensRoom();
    edited.capacity = 120;
    Command::updateRecords<Room>({edited}, u"Edit room"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1 && bensRoom().capacity == 120; }, 5000));
    // A teammate's change arrives (written by another connection, as a sync would).
    Room theirs = bensRoom();
    theirs.capacity = 300;
    ASSERT_TRUE(m_probe.update(theirs));

    ConflictsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table(dialog)->rowCount() == 1; }, 5000));
    QPushButton *take = button(dialog, u"takeTheirsButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return take->isEnabled(); }, 5000));
    take->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 2 && showsEmpty(dialog); }, 5000));

    QSignalSpy blocked(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    triggerWhenEnabled(u"actionUndo"_s); // Take Theirs: the conflict opens again
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.index() == 1; }, 5000));
    triggerWhenEnabled(u"actionUndo"_s); // the capacity edit: refused, the teammate's 300 stays
    ASSERT_TRUE(QTest::qWaitFor([&] { return blocked.count() == 1; }, 5000));
    EXPECT_EQ(bensRoom().capacity, 300);
}
