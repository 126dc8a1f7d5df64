// Team sync in the window: File › Connect to Team…, Edit › Sync Now (Ctrl+Shift+S) and the status bar's
// indicator, against a real throwaway PostgreSQL.
#include "sync/teamsync.h"
#include "common/messagebox.h"
#include "settings.h"
#include "support/guifixture.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"
#include "support/testpostgres.h"
#include "sync/conflictsdialog.h"
#include "sync/connectteamdialog.h"
#include "sync/serverschema.h"
#include "sync/syncstatuswidget.h"
#include "sync/syncworker.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::TestPostgres;

namespace
{
constexpr auto kAdmin = "teamsync-admin";

Event makeEvent(const QString &name)
{
    Event e;
    e.name = name;
    e.startDate = QDate(2027, 3, 1);
    e.endDate = QDate(2027, 3, 2);
    return e;
}
} // namespace

class TeamSyncTest : public EventDesk::Test::GuiFixture
{
protected:
    static void SetUpTestSuite()
    {
        s_pg = new TestPostgres;
        auto started = s_pg->start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        ASSERT_TRUE(s_pg->createDatabase(u"team"_s));
        QSqlDatabase admin = s_pg->connect(QString::fromLatin1(kAdmin), u"team"_s);
        ASSERT_TRUE(admin.isOpen()) << admin.lastError().text().toStdString();
        ASSERT_TRUE(ServerSchema::install(admin));
    }
    static void TearDownTestSuite()
    {
        QSqlDatabase::database(QString::fromLatin1(kAdmin), false).close();
        QSqlDatabase::removeDatabase(QString::fromLatin1(kAdmin));
        delete s_pg;
        s_pg = nullptr;
    }
    void SetUp() override
    {
        ASSERT_NE(s_pg, nullptr);
        // No keychain service here: the password lives only as long as the window.
        m_bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eventdesk-test-bus");
        Settings::remove(Settings::Key::SyncServerUrl);
        Settings::remove(Settings::Key::SyncMemberName);
        GuiFixture::SetUp();
    }
    void TearDown() override
    {
        GuiFixture::TearDown();
        Settings::remove(Settings::Key::SyncServerUrl);
        Settings::remove(Settings::Key::SyncMemberName);
        if (m_bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus);
    }

    // A member of this test's own team; returns the role's name (its password is "pw-" + name).
    QString member(const QString &name)
    {
        const QString team =
            QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name());
        const QString role = u"ui_"_s + name + u'_' + QString::number(qHash(team), 16);
        auto added = ServerSchema::addMember(QSqlDatabase::database(QString::fromLatin1(kAdmin)), team, role,
                                             u"pw-"_s + role);
        EXPECT_TRUE(added) << added.error().message.toStdString();
        return role;
    }
    QString serverUrl() const { return u"postgresql://127.0.0.1:%1/team"_s.arg(s_pg->port()); }

    ConnectTeamDialog *openConnectDialog()
    {
        find<QAction>(u"actionConnectTeam"_s)->trigger();
        ConnectTeamDialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ConnectTeamDialog *>(u"connectTeamDialog"_s)); },
            5000));
        return dialog;
    }
    static void fill(QWidget *dialog, const QString &name, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        ASSERT_NE(edit, nullptr) << name.toStdString();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Connects the open window as a member through File › Connect to Team… (Enter in the password field) and
    // waits for its first sync; returns its sync worker, which then syncs only when asked. Null on failure.
    SyncWorker *connectWindowAs(MainWindow &w, const QString &member, int waitMs = 30000)
    {
        QPointer<ConnectTeamDialog> dialog = openConnectDialog();
        if (!dialog)
            return nullptr;
        fill(dialog, u"serverUrlEdit"_s, serverUrl());
        fill(dialog, u"memberNameEdit"_s, member);
        fill(dialog, u"passwordEdit"_s, u"pw-"_s + member);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
        auto *status = find<QToolButton>(u"syncStatus"_s);
        if (!QTest::qWaitFor([&] { return status->text().startsWith(u"Synced"_s); }, waitMs)) {
            ADD_FAILURE() << "not synced: " << status->text().toStdString();
            return nullptr;
        }
        SyncWorker *worker = w.teamSync()->worker();
        if (worker) {
            worker->setInterval(0);
            worker->setFollowNetwork(false);
        }
        return worker;
    }
    // One sync of another workspace (a teammate's laptop, a copy) as a member, headless; its report.
    SyncReport syncElsewhere(const QString &path, const QString &member)
    {
        SyncWorker laptop(path);
        laptop.setInterval(0);
        laptop.setFollowNetwork(false);
        laptop.configure(u"postgresql://%1@127.0.0.1:%2/team"_s.arg(member).arg(s_pg->port()),
                         u"pw-"_s + member);
        QSignalSpy done(&laptop, &SyncWorker::finished);
        laptop.syncNow();
        EXPECT_TRUE(done.wait(30000));
        return done.isEmpty() ? SyncReport{} : done.first().first().value<SyncReport>();
    }

    // The server the workspace keeps, read through a second connection.
    QString workspaceServer()
    {
        SyncState state(m_probe);
        auto url = state.value(u"server_url"_s);
        EXPECT_TRUE(url) << url.error().message.toStdString();
        return url ? url.value() : QString();
    }
    // Returns once the window's start-up reads of the workspace are answered (the storage thread runs in
    // order, and its answers come back through this thread's events).
    void settleStart()
    {
        auto done = m_worker.run([](EventStore &) { return true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done.isFinished(); }, 10000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    static TestPostgres *s_pg;
    QByteArray m_bus;
};

TestPostgres *TeamSyncTest::s_pg = nullptr;

TEST_F(TeamSyncTest, TheConnectDialogConnectsSyncsAndKeepsTheServerAndMember)
{
    const QString ana = member(u"ana"_s);
    openWindow();
    auto *status = find<QToolButton>(u"syncStatus"_s);
    auto *syncNow = find<QAction>(u"actionSyncNow"_s);
    EXPECT_FALSE(status->isVisible()) << "no indicator before connecting";
    EXPECT_FALSE(syncNow->isEnabled());

    QPointer<ConnectTeamDialog> dialog = openConnectDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    for (auto *edit : dialog->findChildren<QLineEdit *>()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(edit);
        EXPECT_FALSE(iface->text(QAccessible::Name).isEmpty()) << edit->objectName().toStdString();
    }
    fill(dialog, u"serverUrlEdit"_s, serverUrl());
    fill(dialog, u"memberNameEdit"_s, ana);
    fill(dialog, u"passwordEdit"_s, u"pw-"_s + ana);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 30000))
        << (dialog ? dialog->findChild<QLabel *>(u"connectMessage"_s)->text().toStdString() : std::string());

    EXPECT_EQ(Settings::value(Settings::Key::SyncServerUrl).toString(),
              u"postgresql://%1@127.0.0.1:%2/team"_s.arg(ana).arg(s_pg->port()));
    EXPECT_EQ(Settings::value(Settings::Key::SyncMemberName).toString(), ana);
    EXPECT_FALSE(Settings::value(Settings::Key::SyncServerUrl).toString().contains(u"pw-"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().startsWith(u"Synced"_s); }, 30000))
        << status->text().toStdString();
    // The workspace keeps its server (never the password).
    EXPECT_EQ(workspaceServer(), u"postgresql://%1@127.0.0.1:%2/team"_s.arg(ana).arg(s_pg->port()));
    EXPECT_TRUE(status->isVisible());
    EXPECT_TRUE(status->toolTip().contains(ana)) << status->toolTip().toStdString();
    EXPECT_TRUE(syncNow->isEnabled());
    EXPECT_TRUE(find<QAction>(u"actionDisconnectTeam"_s)->isEnabled());
}

TEST_F(TeamSyncTest, CtrlShiftSBringsATeammatesEventIntoTheEventList)
{
    const QString ana = member(u"ana"_s);
    const QString bo = member(u"bo"_s);
    MainWindow &w = openWindow();
    SyncWorker *worker = connectWindowAs(w, ana);
    ASSERT_NE(worker, nullptr);

    // A teammate's laptop adds an event and syncs it.
    EventDesk::Test::TempWorkspace other;
    {
        EventStore store;
        ASSERT_TRUE(store.open(other.path()));
        ASSERT_TRUE(store.add(makeEvent(u"Teammate's meetup"_s)));
    }
    ASSERT_EQ(syncElsewhere(other.path(), bo).pushed, 1);

    // The announcement may bring it already; Ctrl+Shift+S makes a sync in any case.
    QSignalSpy started(worker, &SyncWorker::started);
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !started.isEmpty(); }, 10000)) << "Ctrl+Shift+S did not sync";
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 30000))
        << "the pulled event never reached the event list";
    EXPECT_EQ(w.eventModel()->index(0).data().toString(), u"Teammate's meetup"_s);
}

// The window's workspace file was copied (a second laptop) and the copy synced first: the window's next sync
// goes out under a client id of its own and says so in the status bar.
TEST_F(TeamSyncTest, AWorkspaceWhoseCopySyncedFirstSaysItTookAClientIdOfItsOwn)
{
    const QString ana = member(u"ana"_s);
    MainWindow &w = openWindow();
    SyncWorker *worker = connectWindowAs(w, ana);
    ASSERT_NE(worker, nullptr);

    EventDesk::Test::TempWorkspace copy;
    ASSERT_EQ(EventDesk::Test::RawSqlite(m_ws.path()).exec(u"VACUUM INTO '"_s + copy.path() + u"'"_s),
              QString());
    {
        EventStore store;
        ASSERT_TRUE(store.open(copy.path()));
        ASSERT_TRUE(store.add(makeEvent(u"Added on the second laptop"_s)));
    }
    EXPECT_FALSE(syncElsewhere(copy.path(), ana).newClientId) << "the copy synced first";

    QSignalSpy done(worker, &SyncWorker::finished);
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !done.isEmpty(); }, 30000)) << "Ctrl+Shift+S did not sync";
    EXPECT_TRUE(done.first().first().value<SyncReport>().newClientId);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return w.statusBar()->currentMessage().contains(u"client id of its own, and nothing was lost"_s);
        },
        5000))
        << w.statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 30000))
        << "the copy's event did not arrive as a teammate's";
}

// Edit › Cancel Sync stops a running sync, as the status bar's Cancel does, from the menu and so from the
// keyboard: it is enabled only while a sync runs, what arrived is kept, and the next sync brings the rest.
TEST_F(TeamSyncTest, EditCancelSyncStopsALongPullAndIsEnabledOnlyWhileASyncRuns)
{
    const QString ana = member(u"ana"_s);
    const QString bo = member(u"bo"_s);
    MainWindow &w = openWindow();
    SyncWorker *worker = connectWindowAs(w, ana);
    ASSERT_NE(worker, nullptr);
    worker->setPageSize(5);
    auto *status = find<QToolButton>(u"syncStatus"_s);
    auto *cancelSync = find<QAction>(u"actionCancelSync"_s);
    EXPECT_FALSE(cancelSync->isEnabled()) << "nothing to cancel while no sync runs";

    // A teammate's event with 200 rooms: a pull of 41 pages.
    EventDesk::Test::TempWorkspace other;
    {
        EventStore store;
        ASSERT_TRUE(store.open(other.path()));
        auto event = store.add(makeEvent(u"Teammate's big event"_s));
        ASSERT_TRUE(event);
        for (int i = 0; i < 200; ++i) {
            Room r;
            r.eventId = event.value().meta.id;
            r.name = u"Room %1"_s.arg(i);
            ASSERT_TRUE(store.add(r));
        }
    }
    ASSERT_EQ(syncElsewhere(other.path(), bo).pushed, 201);

    // Ctrl+Shift+S; at the first page written, Edit › Cancel Sync.
    bool triggered = false;
    bool enabledThen = false;
    QObject::connect(worker, &SyncWorker::progress, &w, [&](qint64 done, qint64, SyncSession::Phase phase) {
        if (triggered || phase != SyncSession::Phase::Pull || done == 0)
            return;
        triggered = true;
        enabledThen = cancelSync->isEnabled();
        cancelSync->trigger();
    });
    QSignalSpy finished(worker, &SyncWorker::finished);
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_TRUE(triggered);
    EXPECT_TRUE(enabledThen) << "Cancel Sync was not enabled while the sync ran";
    const SyncReport cancelled = finished.first().first().value<SyncReport>();
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_GT(cancelled.pulled, 0);
    EXPECT_LT(cancelled.pulled, 201);
    EXPECT_EQ(m_probe.count<Room>().value(), cancelled.pulled - 1) << "the event and the rooms that arrived";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !cancelSync->isEnabled(); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return status->text() == u"Sync cancelled"_s; }, 5000))
        << status->text().toStdString();

    // The next sync brings the rest.
    QObject::disconnect(worker, &SyncWorker::progress, &w, nullptr);
    finished.clear();
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_FALSE(finished.first().first().value<SyncReport>().cancelled);
    EXPECT_EQ(m_probe.count<Room>().value(), 200);
    EXPECT_TRUE(QTest::qWaitFor([&] { return status->text().startsWith(u"Synced"_s); }, 5000))
        << status->text().toStdString();
}

TEST_F(TeamSyncTest, WithConflictsTheIndicatorOpensTheConflictsAndDisconnectKeepsTheData)
{
    const QString ana = member(u"ana"_s);
    MainWindow &w = openWindow();
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    SyncWorker *worker = connectWindowAs(w, ana, 60000);
    ASSERT_NE(worker, nullptr);
    auto *status = find<QToolButton>(u"syncStatus"_s);

    // With conflicts, the indicator opens Edit › Conflicts….
    QSignalSpy opened(find<QAction>(u"actionConflicts"_s), &QAction::triggered);
    emit worker->conflictsChanged(2);
    EXPECT_TRUE(status->text().startsWith(u"2 conflict"_s)) << status->text().toStdString();
    QTest::mouseClick(status, Qt::LeftButton);
    EXPECT_EQ(opened.count(), 1);
    QPointer<ConflictsDialog> list = w.findChild<ConflictsDialog *>();
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->isVisible());
    list->close();

    find<QAction>(u"actionDisconnectTeam"_s)->trigger();
    EXPECT_EQ(w.teamSync()->worker(), nullptr);
    EXPECT_FALSE(status->isVisible());
    EXPECT_FALSE(find<QAction>(u"actionSyncNow"_s)->isEnabled());
    EXPECT_TRUE(Settings::value(Settings::Key::SyncServerUrl).toString().isEmpty());
    EXPECT_EQ(w.eventModel()->rowCount(), 1) << "the workspace keeps its data";
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspaceServer().isEmpty(); }, 5000))
        << workspaceServer().toStdString() << " / " << w.statusBar()->currentMessage().toStdString();

    // Another workspace connects to the team afterwards: this one, opened again, stays disconnected.
    Settings::setValue(Settings::Key::SyncServerUrl,
                       u"postgresql://%1@127.0.0.1:%2/team"_s.arg(ana).arg(s_pg->port()));
    m_window.reset();
    openWindow();
    settleStart();
    EXPECT_EQ(m_window->teamSync()->worker(), nullptr);
    EXPECT_FALSE(find<QToolButton>(u"syncStatus"_s)->isVisible());
    EXPECT_FALSE(find<QAction>(u"actionDisconnectTeam"_s)->isEnabled());
}

TEST_F(TeamSyncTest, AWrongPasswordKeepsTheDialogOpenWithOneSentenceAndStoresNothing)
{
    const QString ana = member(u"ana"_s);
    openWindow();
    QPointer<ConnectTeamDialog> dialog = openConnectDialog();
    fill(dialog, u"serverUrlEdit"_s, serverUrl());
    fill(dialog, u"memberNameEdit"_s, ana);
    fill(dialog, u"passwordEdit"_s, u"guess"_s);
    auto *button = dialog->findChild<QPushButton *>(u"connectButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *message = dialog->findChild<QLabel *>(u"connectMessage"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return message->text().contains(u"password"_s); }, 30000))
        << message->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(button->isEnabled());
    // The whole sentence shows (the dialog grows with it) and a server address fits its field.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return message->height() >= message->heightForWidth(message->width());
    })) << message->height()
        << " < " << message->heightForWidth(message->width());
    auto *url = dialog->findChild<QLineEdit *>(u"serverUrlEdit"_s);
    EXPECT_GE(url->width(), url->fontMetrics().horizontalAdvance(u"postgresql://sync.example.org/team"_s));
    EXPECT_TRUE(Settings::value(Settings::Key::SyncServerUrl).toString().isEmpty());
    auto *syncNow = find<QAction>(u"actionSyncNow"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !syncNow->isEnabled(); }, 5000))
        << "no retries with that password";
    EXPECT_EQ(m_window->teamSync()->worker(), nullptr);
    dialog->reject();
}

TEST_F(TeamSyncTest, AResetServerIsSentThisWorkspaceOnlyWhenTheUserSaysYes)
{
    const QString ana = member(u"ana"_s);
    // This workspace synced with another server before (another identity): the test server looks "reset".
    {
        EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
        SyncState state(store);
        ASSERT_TRUE(state.ensureTables());
        ASSERT_TRUE(state.setValue(u"server_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)));
        ASSERT_TRUE(store.add(makeEvent(u"Kept here"_s)));
    }
    MainWindow &w = openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 5000));

    MessageBox::setNextAnswer(QMessageBox::No);
    QPointer<ConnectTeamDialog> dialog = openConnectDialog();
    fill(dialog, u"serverUrlEdit"_s, serverUrl());
    fill(dialog, u"memberNameEdit"_s, ana);
    fill(dialog, u"passwordEdit"_s, u"pw-"_s + ana);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    auto *message = dialog->findChild<QLabel *>(u"connectMessage"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return message->text().contains(u"reset or replaced"_s); }, 30000))
        << message->text().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(u"Send this workspace to the server again?"_s));
    EXPECT_TRUE(Settings::value(Settings::Key::SyncServerUrl).toString().isEmpty());
    EXPECT_EQ(w.eventModel()->rowCount(), 1) << "nothing local is deleted";

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 30000));
    auto *status = find<QToolButton>(u"syncStatus"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().startsWith(u"Synced"_s); }, 30000))
        << status->text().toStdString();
    EXPECT_EQ(w.eventModel()->rowCount(), 1);
    // The server has the workspace's event now.
    QSqlQuery q(QSqlDatabase::database(QString::fromLatin1(kAdmin)));
    ASSERT_TRUE(q.exec(
        u"SELECT count(*) FROM eventdesk.records WHERE kind = 'event' AND data->>'name' = 'Kept here'"_s));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(TeamSyncTest, AWorkspaceThatSyncedBeforeTakesTheAppWideServerAndWithoutAKeychainShowsOffline)
{
    // Before workspaces kept their server, the app kept one for all: a workspace that synced with it goes on.
    const QString url = u"postgresql://ana@127.0.0.1:%1/team"_s.arg(s_pg->port());
    {
        SyncState state(m_probe);
        ASSERT_TRUE(state.ensureTables());
        ASSERT_TRUE(state.setValue(u"server_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
    Settings::setValue(Settings::Key::SyncServerUrl, url);
    Settings::setValue(Settings::Key::SyncMemberName, u"ana"_s);
    openWindow();
    auto *status = find<QToolButton>(u"syncStatus"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->isVisible(); }, 10000));
    EXPECT_EQ(status->text(), u"Offline"_s);
    EXPECT_TRUE(status->toolTip().contains(u"keychain"_s)) << status->toolTip().toStdString();
    EXPECT_TRUE(find<QAction>(u"actionDisconnectTeam"_s)->isEnabled());
    EXPECT_TRUE(QTest::qWaitFor([&] { return workspaceServer() == url; }, 5000)) << "kept in the workspace";
    // Without the password, a click on the indicator asks for it: Connect to Team… with the member filled in.
    EXPECT_TRUE(status->toolTip().contains(u"Click here to connect again."_s))
        << status->toolTip().toStdString();
    QTest::mouseClick(status, Qt::LeftButton);
    ConnectTeamDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (dialog = m_window->findChild<ConnectTeamDialog *>(u"connectTeamDialog"_s)) != nullptr;
        },
        5000));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"memberNameEdit"_s)->text(), u"ana"_s);
    EXPECT_EQ(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"passwordEdit"_s))
        << "typing goes to the password";
    const QPointer<ConnectTeamDialog> closing = dialog;
    dialog->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return closing.isNull(); }, 5000)); // (it deletes itself on close)
    // So does Edit › Sync Now (Ctrl+Shift+S), the keyboard's way.
    auto *syncNow = find<QAction>(u"actionSyncNow"_s);
    ASSERT_TRUE(syncNow->isEnabled());
    syncNow->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (dialog = m_window->findChild<ConnectTeamDialog *>(u"connectTeamDialog"_s)) != nullptr;
        },
        5000));
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}

TEST_F(TeamSyncTest, AWorkspaceThatNeverConnectedDoesNotJoinTheTeamOfTheLastConnectedOne)
{
    // Another workspace connected last: the app-wide address is its server.
    const QString ana = member(u"ana"_s);
    Settings::setValue(Settings::Key::SyncServerUrl,
                       u"postgresql://%1@127.0.0.1:%2/team"_s.arg(ana).arg(s_pg->port()));
    Settings::setValue(Settings::Key::SyncMemberName, ana);
    ASSERT_TRUE(m_probe.add(makeEvent(u"Another team's event"_s)));
    openWindow();
    settleStart();
    EXPECT_EQ(m_window->teamSync()->worker(), nullptr);
    EXPECT_FALSE(find<QToolButton>(u"syncStatus"_s)->isVisible());
    EXPECT_FALSE(find<QAction>(u"actionDisconnectTeam"_s)->isEnabled());
    EXPECT_FALSE(find<QAction>(u"actionSyncNow"_s)->isEnabled());
    EXPECT_TRUE(workspaceServer().isEmpty());

    // Connect to Team… offers that server; this workspace joins only when the user connects it.
    QPointer<ConnectTeamDialog> dialog = openConnectDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"memberNameEdit"_s)->text(), ana);
    EXPECT_TRUE(
        dialog->findChild<QLineEdit *>(u"serverUrlEdit"_s)->text().contains(QString::number(s_pg->port())));
    dialog->reject();
    QSqlQuery q(QSqlDatabase::database(QString::fromLatin1(kAdmin)));
    ASSERT_TRUE(
        q.exec(u"SELECT count(*) FROM eventdesk.records WHERE data->>'name' = 'Another team''s event'"_s));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(SyncStatusWidgetTest, TheTextFollowsTheWorkersState)
{
    EventDesk::Test::TempWorkspace ws;
    SyncWorker worker(ws.path()); // never configured: the test speaks for it
    SyncStatusWidget widget;
    widget.setWorker(&worker, u"postgresql://ana@db.example.org/team"_s, u"ana"_s);
    widget.show();
    auto *progress = widget.findChild<QProgressBar *>(u"syncProgress"_s);
    auto *cancel = widget.findChild<QToolButton *>(u"syncCancel"_s);
    EXPECT_EQ(widget.text(), u"Offline"_s);

    emit worker.stateChanged(SyncWorker::State::Syncing);
    emit worker.progress(120, 900, SyncSession::Phase::Pull);
    EXPECT_EQ(widget.text(), u"Syncing 120 of 900"_s);
    EXPECT_TRUE(progress->isVisible()) << "a large first sync shows its progress";
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_EQ(progress->value(), 120);
    QSignalSpy cancelled(&widget, &SyncStatusWidget::cancelRequested);
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(cancelled.count(), 1);

    SyncReport report;
    report.finishedUtc = QDateTime(QDate(2027, 1, 5), QTime(10, 42), Qt::LocalTime).toUTC();
    report.pending = 2;
    emit worker.finished(report);
    emit worker.pendingChanged(2);
    emit worker.stateChanged(SyncWorker::State::Idle);
    EXPECT_EQ(widget.text(), u"Synced "_s + QLocale().toString(QTime(10, 42), QLocale::ShortFormat));
    EXPECT_FALSE(progress->isVisible());
    EXPECT_TRUE(widget.findChild<QToolButton *>(u"syncStatus"_s)->toolTip().contains(u"db.example.org"_s));
    EXPECT_TRUE(widget.findChild<QToolButton *>(u"syncStatus"_s)->toolTip().contains(u"2 change"_s));

    // A cancelled sync is not shown as synced: more may wait on the server.
    emit worker.stateChanged(SyncWorker::State::Syncing);
    report.cancelled = true;
    emit worker.finished(report);
    emit worker.stateChanged(SyncWorker::State::Idle);
    EXPECT_EQ(widget.text(), u"Sync cancelled"_s);
    report.cancelled = false;
    emit worker.finished(report);
    EXPECT_EQ(widget.text(), u"Synced "_s + QLocale().toString(QTime(10, 42), QLocale::ShortFormat));

    emit worker.conflictsChanged(3);
    EXPECT_TRUE(widget.text().startsWith(u"3 conflict"_s)) << widget.text().toStdString(); // plural: en.ts
    emit worker.failed(u"The server cannot be reached."_s, int(ErrorCode::Io));
    emit worker.stateChanged(SyncWorker::State::Offline);
    EXPECT_EQ(widget.text(), u"Offline"_s);
    EXPECT_TRUE(widget.findChild<QToolButton *>(u"syncStatus"_s)->toolTip().contains(u"cannot be reached"_s));
}
