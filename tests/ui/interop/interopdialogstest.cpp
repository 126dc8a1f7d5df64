// File › Import… and File › Export…: the dry-run report before anything is written, the import in one write,
// the export through the format registry.
#include "interop/interopexportdialog.h"
#include "interop/interopimportdialog.h"
#include "io/scheduleimport.h"
#include "support/guifixture.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace EventDesk::Test
{
namespace
{

const QByteArray kSchedule =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><version>1</version><conference><acronym>gui2026"
    "</acronym><title>GUI Conf</title><time_zone_name>Europe/Berlin</time_zone_name></conference>\n"
    "<day index=\"1\" date=\"2026-06-10\" start=\"2026-06-10T09:00:00+02:00\" "
    "end=\"2026-06-10T18:00:00+02:00\">"
    "<room name=\"Hall\"><event guid=\"0b1c2d3e-0000-4000-8000-000000000001\" "
    "id=\"1\"><date>2026-06-10T10:00:00"
    "+02:00</date><start>10:00</start><duration>00:30</duration><room>Hall</room><title>Opening</"
    "title><type>Talk"
    "</type><abstract/><track>Main</track><persons><person>Ada</person></persons></event></room></day></"
    "schedule>\n";

class InteropDialogsTest : public GuiFixture
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_ws.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
};

TEST_F(InteropDialogsTest, FileMenuHasImportAndExport)
{
    openWindow();
    EXPECT_NE(find<QAction>(u"actionImport"_s), nullptr);
    EXPECT_NE(find<QAction>(u"actionExport"_s), nullptr);
}

TEST_F(InteropDialogsTest, ImportShowsWhatWillChangeBeforeWriting)
{
    MainWindow &w = openWindow();
    w.importFile(writeFile(u"schedule.xml"_s, kSchedule));
    auto *dialog = find<InteropImportDialog>(u"interopImportDialog"_s);
    ASSERT_NE(dialog, nullptr);
    auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
    ASSERT_NE(import, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return import->isEnabled(); }, 10000))
        << dialog->report().toStdString();
    EXPECT_EQ(dialog->findChild<QComboBox *>(u"importFormat"_s)->currentData().toString(), u"frab-xml"_s);
    EXPECT_TRUE(dialog->report().contains(u"5 created, 0 updated, 0 unchanged, 0 skipped."_s))
        << dialog->report().toStdString();
    EXPECT_EQ(m_probe.count<Session>().value(), 0); // the report is a dry run
    QSignalSpy finished(dialog, &InteropImportDialog::importFinished);
    QTest::mouseClick(import, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    EXPECT_TRUE(finished.first().first().toBool()) << dialog->report().toStdString();
    EXPECT_EQ(m_probe.count<Session>().value(), 1);
    EXPECT_EQ(m_probe.count<Speaker>().value(), 1);
    EXPECT_TRUE(dialog->report().contains(u"Imported into \"GUI Conf\""_s)) << dialog->report().toStdString();
}

TEST_F(InteropDialogsTest, ABrokenFileIsNamedAndNothingCanBeImported)
{
    MainWindow &w = openWindow();
    w.importFile(writeFile(u"broken.xml"_s, "<schedule><version>1</version><conference>"));
    auto *dialog = find<InteropImportDialog>(u"interopImportDialog"_s);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->report().contains(u"not well-formed"_s); }, 10000))
        << dialog->report().toStdString();
    EXPECT_FALSE(dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
}

TEST_F(InteropDialogsTest, ExportWritesTheChosenFormat)
{
    openWindow();
    auto file = ScheduleImport::readFile(writeFile(u"schedule.xml"_s, kSchedule), ScheduleFormat::FrabXml);
    ASSERT_TRUE(file);
    auto plan = ScheduleImport::plan(m_probe, file.value());
    ASSERT_TRUE(plan);
    ASSERT_TRUE(ScheduleImport::commit(m_probe, plan.value()));
    InteropExportDialog dialog(m_worker, plan.value().eventId);
    auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
    format->setCurrentIndex(format->findData(u"c3voc-json"_s));
    const QString out = m_ws.filePath(u"out.json"_s);
    dialog.findChild<QLineEdit *>(u"exportPath"_s)->setText(out);
    QSignalSpy exported(&dialog, &InteropExportDialog::exported);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return exported.count() == 1; }, 10000));
    EXPECT_TRUE(exported.first().first().toBool()) << dialog.result().toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("\"title\": \"Opening\""));
    EXPECT_TRUE(dialog.result().contains(u"Exported 1 scheduled sessions"_s))
        << dialog.result().toStdString();
}

} // namespace
} // namespace EventDesk::Test
