// What the window tells the user and where its commands are: the status bar reports saves, imports, exports
// and publishes; the menus hold Find, the grid's zoom and the participants' import and export.
#include "commands/command.h"
#include "participants/importdialog.h"
#include "participants/participantspage.h"
#include "participants/participanttablemodel.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulescene.h"
#include "support/guifixture.h"

#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class FeedbackTest : public Test::GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        Event e;
        e.name = u"Feedback Conf"_s;
        e.timeZone = u"Europe/Oslo"_s;
        e.startDate = QDate(2026, 6, 1);
        e.endDate = QDate(2026, 6, 2);
        m_eventId = m_probe.add(e).value().meta.id;
        openWindow();
        ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    }
    QString status() { return m_window->statusBar()->currentMessage(); }
    QStringList menuActions(const QString &menu)
    {
        QStringList names;
        for (const QAction *a : find<QMenu>(menu)->actions())
            names.append(a->objectName());
        return names;
    }

    QUuid m_eventId;
};

TEST_F(FeedbackTest, MenusHoldFindZoomAndTheParticipantsImportAndExport)
{
    EXPECT_TRUE(menuActions(u"menuEdit"_s).contains(u"actionFind"_s));
    EXPECT_TRUE(menuActions(u"menuView"_s).contains(u"actionZoomIn"_s));
    EXPECT_TRUE(menuActions(u"menuView"_s).contains(u"actionZoomOut"_s));
    EXPECT_TRUE(menuActions(u"menuFile"_s).contains(u"actionImportParticipants"_s));
    EXPECT_TRUE(menuActions(u"menuFile"_s).contains(u"actionExportParticipants"_s));

    // Edit › Find puts the cursor in the shown page's search box.
    find<QAction>(u"actionSection6"_s)->trigger();
    find<QWidget>(u"participantTable"_s)->setFocus();
    auto *findAction = find<QAction>(u"actionFind"_s);
    ASSERT_TRUE(findAction->isEnabled());
    findAction->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"participantSearch"_s)->hasFocus(); }, 2000));
    find<QAction>(u"actionSection2"_s)->trigger();
    find<QWidget>(u"sessionTable"_s)->setFocus();
    findAction->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return find<QLineEdit>(u"sessionSearch"_s)->hasFocus(); }, 2000));

    // View › Zoom In zooms the grid.
    auto *schedule = find<SchedulePage>(u"schedulePage"_s);
    const double zoom = schedule->scene()->zoom();
    find<QAction>(u"actionZoomIn"_s)->trigger();
    EXPECT_GT(schedule->scene()->zoom(), zoom);
    find<QAction>(u"actionZoomOut"_s)->trigger();
    EXPECT_DOUBLE_EQ(schedule->scene()->zoom(), zoom);
}

TEST_F(FeedbackTest, StatusBarReportsSavesImportsExportsAndPublishes)
{
    // A save: the step's text once its write committed.
    Room room;
    room.eventId = m_eventId;
    room.name = u"Studio 1"_s;
    Command::addRecords<Room>({room}, u"Add Room"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status().startsWith(u"Saved"_s); }, 5000))
        << status().toStdString();
    EXPECT_TRUE(status().contains(u"Add Room"_s)) << status().toStdString();

    // An import.
    find<QAction>(u"actionSection6"_s)->trigger();
    auto *page = find<ParticipantsPage>(u"participantsPage"_s);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"people.csv"_s);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,email\nAda Lovelace,ada@example.org\nGrace Hopper,grace@example.org\n");
    file.close();
    page->importFile(csv);
    ImportDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = page->findChild<ImportDialog *>()) != nullptr; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isReady(); }, 5000));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status().startsWith(u"Imported"_s); }, 5000))
        << status().toStdString();
    EXPECT_TRUE(status().contains(u"people.csv"_s)) << status().toStdString();

    // An export.
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->allParticipants().size() == 2; }, 5000));
    const QString out = dir.filePath(u"out.csv"_s);
    page->exportTo(out, false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status().startsWith(u"Exported"_s); }, 5000))
        << status().toStdString();
    EXPECT_TRUE(status().contains(u"Exported 2 participant"_s)) << status().toStdString();
    EXPECT_TRUE(QFile::exists(out));

    // A publish: answer its questions as they come.
    find<QAction>(u"actionSection1"_s)->trigger();
    auto *schedule = find<SchedulePage>(u"schedulePage"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return schedule->isLoaded(); }, 5000));
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            input->setTextValue(u"First draft"_s);
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes)->click() : box->accept();
        }
    });
    answer.start();
    schedule->publish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return status().startsWith(u"Published"_s); }, 5000))
        << status().toStdString();
    EXPECT_TRUE(status().contains(u"First draft"_s)) << status().toStdString();
}

} // namespace
