// Help › About EventDesk and Help › Keyboard Shortcuts, and the GUI executable's --version and --smoke.
#include "common/translations.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/shortcutsdialog.h"
#include "support/guifixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class HelpDialogsTest : public Test::GuiFixture
{
protected:
    template <typename T> T *openDialog(const QString &action, const QString &name)
    {
        auto *a = find<QAction>(action);
        if (!a)
            return nullptr;
        a->trigger();
        T *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<T *>(name);
                return dialog && dialog->isVisible();
            },
            5000));
        return dialog;
    }
    // Every action of the window with a shortcut and a text, found independently of the dialog.
    QList<QAction *> expectedActions()
    {
        QList<QAction *> all = m_window->findChildren<QAction *>();
        QList<QAction *> out;
        for (QAction *a : std::as_const(all))
            if (!a->shortcuts().isEmpty() && !a->menu() && !out.contains(a))
                out.append(a);
        return out;
    }
    QString sqliteVersion()
    {
        const QString name = u"sqlite-version-probe"_s;
        QString version;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u":memory:"_s);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(u"select sqlite_version()"_s) && q.next());
            version = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
        return version;
    }
};

TEST_F(HelpDialogsTest, AboutShowsTheVersionsOfEventDeskQtSqliteAndTheBuild)
{
    openWindow();
    auto *about = openDialog<AboutDialog>(u"actionAbout"_s, u"aboutDialog"_s);
    ASSERT_NE(about, nullptr);
    auto *versions = about->findChild<QLabel *>(u"aboutVersions"_s);
    ASSERT_NE(versions, nullptr);
    const QString sqlite = sqliteVersion();
    ASSERT_FALSE(sqlite.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return versions->text().contains(u"SQLite "_s + sqlite); }, 5000))
        << versions->text().toStdString();
    const QString text = versions->text();
    EXPECT_TRUE(text.contains(u"EventDesk "_s + QStringLiteral(EVENTDESK_PROJECT_VERSION)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        u"Qt %1 (built with Qt %2)"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Build: "_s + QStringLiteral(EVENTDESK_BUILD_TYPE))) << text.toStdString();
    EXPECT_EQ(about->versionsText(), text);
}

TEST_F(HelpDialogsTest, ShortcutsListEveryActionWithAShortcutWithItsTextAndNativeKeys)
{
    MainWindow &w = openWindow();
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    auto *dialog = openDialog<ShortcutsDialog>(u"actionKeyboardShortcuts"_s, u"shortcutsDialog"_s);
    ASSERT_NE(dialog, nullptr);
    auto *list = dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
    ASSERT_NE(list, nullptr);
    QSet<QString> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows.insert(list->topLevelItem(i)->text(0) + u" = "_s + list->topLevelItem(i)->text(1));
    const QList<QAction *> actions = expectedActions();
    EXPECT_GE(actions.size(), 15);
    for (QAction *a : actions) {
        const QString name = a->objectName().isEmpty() ? a->text() : a->objectName();
        // An action that only a key reaches must say what it does.
        ASSERT_FALSE(ShortcutsDialog::plainText(a->text()).isEmpty()) << "no text: " << name.toStdString();
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        const QString row = ShortcutsDialog::plainText(a->text()) + u" = "_s + keys.join(u", "_s);
        EXPECT_TRUE(rows.contains(row)) << name.toStdString() << ": " << row.toStdString();
    }
    // The menus' commands come with their menu; Undo shows both its keys.
    const QList<QTreeWidgetItem *> newEvent = list->findItems(u"New Event"_s, Qt::MatchExactly, 0);
    ASSERT_EQ(newEvent.size(), 1);
    EXPECT_EQ(newEvent.first()->text(1), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    EXPECT_EQ(newEvent.first()->text(2), u"File"_s);
    const QList<QTreeWidgetItem *> redo = list->findItems(u"Redo"_s, Qt::MatchStartsWith, 0);
    ASSERT_FALSE(redo.isEmpty());
    EXPECT_TRUE(redo.first()->text(1).contains(u", "_s)) << redo.first()->text(1).toStdString();
    // A command outside the menus names the page it acts on: the four Deletes are told apart.
    QStringList deletes;
    for (QTreeWidgetItem *item : list->findItems(u"Delete"_s, Qt::MatchExactly, 0))
        deletes.append(item->text(2));
    deletes.sort();
    EXPECT_EQ(deletes,
              (QStringList{u"Rooms page"_s, u"Sessions page"_s, u"Speakers page"_s, u"Tracks page"_s}))
        << deletes.join(u", "_s).toStdString();
    const QList<QTreeWidgetItem *> unschedule = list->findItems(u"Unschedule"_s, Qt::MatchExactly, 0);
    ASSERT_EQ(unschedule.size(), 1);
    EXPECT_EQ(unschedule.first()->text(2), u"Schedule page"_s);
}

TEST_F(HelpDialogsTest, ShortcutsFilterMatchesCommandsAndKeys)
{
    openWindow();
    auto *dialog = openDialog<ShortcutsDialog>(u"actionKeyboardShortcuts"_s, u"shortcutsDialog"_s);
    ASSERT_NE(dialog, nullptr);
    auto *list = dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
    auto *filter = dialog->findChild<QLineEdit *>(u"shortcutFilter"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(dialog->focusWidget(), filter); // typing goes to the filter at once
    auto visible = [list] {
        QStringList out;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (!list->topLevelItem(i)->isHidden())
                out.append(list->topLevelItem(i)->text(0));
        return out;
    };
    const int all = visible().size();
    QTest::keyClicks(filter, u"new ev"_s);
    EXPECT_EQ(visible(), QStringList{u"New Event"_s});
    filter->clear();
    QTest::keyClicks(filter, u"ctrl+shift+a"_s);
    EXPECT_EQ(visible(), QStringList{u"Assistant"_s});
    filter->clear();
    EXPECT_EQ(visible().size(), all);
    QTest::keyClicks(filter, u"no such command"_s);
    EXPECT_TRUE(visible().isEmpty());
}

TEST_F(HelpDialogsTest, ShortcutsAreListedInChinese)
{
    installTranslations(u"zh_CN"_s);
    openWindow();
    auto *dialog = openDialog<ShortcutsDialog>(u"actionKeyboardShortcuts"_s, u"shortcutsDialog"_s);
    ASSERT_NE(dialog, nullptr);
    auto *list = dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
    ASSERT_NE(list, nullptr);
    // The command's text is the translated action's, without its "(&N)" accelerator.
    const QList<QTreeWidgetItem *> newEvent = list->findItems(u"新建活动"_s, Qt::MatchExactly, 0);
    EXPECT_EQ(newEvent.size(), 1);
    installTranslations(u"en"_s);
}

TEST(ShortcutsDialogText, StripsAcceleratorsAndEllipsis)
{
    EXPECT_EQ(ShortcutsDialog::plainText(u"&New Event"_s), u"New Event"_s);
    EXPECT_EQ(ShortcutsDialog::plainText(u"Save && &Exit…"_s), u"Save & Exit"_s);
    EXPECT_EQ(ShortcutsDialog::plainText(u"新建活动(&N)"_s), u"新建活动"_s);
    EXPECT_EQ(ShortcutsDialog::plainText(u"助手配置(&P)…"_s), u"助手配置"_s);
}

// The installed GUI's checks: --version and a start that opens the workspace and quits.
QProcess *runGui(const QStringList &args)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(EVENTDESK_GUI), args);
    EXPECT_TRUE(p->waitForFinished(60000)) << "eventdesk did not finish";
    return p;
}

TEST(GuiExecutable, VersionNamesTheProjectVersionWithoutADisplay)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(EVENTDESK_GUI), {u"--version"_s});
    EXPECT_TRUE(p->waitForFinished(60000)) << "eventdesk did not finish";
    EXPECT_EQ(p->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p->exitCode(), 0);
    EXPECT_EQ(QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
              u"EventDesk "_s + QStringLiteral(EVENTDESK_PROJECT_VERSION));
}

TEST(GuiExecutable, SmokeStartOpensTheWorkspaceAndQuits)
{
    EventDesk::Test::TempWorkspace ws;
    std::unique_ptr<QProcess> p(runGui({u"--smoke"_s, u"--db"_s, ws.path()}));
    EXPECT_EQ(p->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(ws.path()));
}

} // namespace
