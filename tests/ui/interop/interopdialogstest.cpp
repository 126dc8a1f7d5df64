// File › Import… and File › Export…: the dry-run report before anything is written, the import in one write,
// the export through the format registry.
#include "commands/command.h"
#include "common/filelocations.h"
#include "common/messagebox.h"
#include "interop/interopexportdialog.h"
#include "interop/interopimportdialog.h"
#include "io/backupwriter.h"
#include "io/scheduleimport.h"
#include "settings.h"
#include "support/guifixture.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>

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
    // File › Export… on the event; returns the dialog.
    InteropExportDialog *openExportDialog(MainWindow &w, const QUuid &eventId)
    {
        w.selectEvent(eventId);
        EXPECT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
        find<QAction>(u"actionExport"_s)->trigger();
        InteropExportDialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = w.findChild<InteropExportDialog *>()) != nullptr; }, 5000));
        return dialog;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_ws.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    // Opens File › Import… on path with the format; returns the dialog.
    InteropImportDialog *openImportDialog(const QString &path, const QString &format = {})
    {
        m_window->importFile(path);
        const auto dialogs = m_window->findChildren<InteropImportDialog *>(u"interopImportDialog"_s);
        EXPECT_FALSE(dialogs.isEmpty());
        if (dialogs.isEmpty())
            return nullptr;
        if (!format.isEmpty()) {
            auto *combo = dialogs.last()->findChild<QComboBox *>(u"importFormat"_s);
            combo->setCurrentIndex(combo->findData(format));
        }
        return dialogs.last();
    }
    // Waits for the dry run, clicks Import and waits until it was written.
    static void importAndWait(InteropImportDialog *dialog)
    {
        auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
        ASSERT_TRUE(QTest::qWaitFor([&] { return import->isEnabled(); }, 10000))
            << dialog->report().toStdString();
        QSignalSpy finished(dialog, &InteropImportDialog::importFinished);
        QTest::mouseClick(import, Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        EXPECT_TRUE(finished.first().first().toBool()) << dialog->report().toStdString();
    }
    InteropImportDialog *importThroughTheDialog(const QString &path, const QString &format = {})
    {
        InteropImportDialog *dialog = openImportDialog(path, format);
        if (dialog)
            importAndWait(dialog);
        return dialog;
    }
    // Imports kSchedule straight into the workspace (not through the window) and returns the event.
    QUuid imported()
    {
        auto file =
            ScheduleImport::readFile(writeFile(u"schedule.xml"_s, kSchedule), ScheduleFormat::FrabXml);
        EXPECT_TRUE(file);
        auto plan = ScheduleImport::plan(m_probe, file.value());
        EXPECT_TRUE(plan);
        EXPECT_TRUE(ScheduleImport::commit(m_probe, plan.value()));
        return plan.value().eventId;
    }
    // Exports eventId in format to path through File › Export…; returns the sentence the dialog shows.
    QString exportThroughTheDialog(const QUuid &eventId, const QString &format, const QString &path)
    {
        InteropExportDialog dialog(m_worker, eventId);
        auto *combo = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        const int index = combo->findData(format);
        EXPECT_GE(index, 0) << format.toStdString();
        combo->setCurrentIndex(index);
        dialog.findChild<QLineEdit *>(u"exportPath"_s)->setText(path);
        QSignalSpy exported(&dialog, &InteropExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return exported.count() == 1; }, 30000));
        EXPECT_TRUE(!exported.isEmpty() && exported.first().first().toBool())
            << dialog.result().toStdString();
        return dialog.result();
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return f.readAll();
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

// Every field of Import and Export has its Alt key, as the menus do.
TEST_F(InteropDialogsTest, AltKeysReachEveryFieldOfImportAndExport)
{
    InteropExportDialog exporter(m_worker, QUuid::createUuid());
    exporter.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&exporter));
    const QList<std::pair<Qt::Key, QString>> exportKeys{
        {Qt::Key_S, u"exportPath"_s}, {Qt::Key_F, u"exportFormat"_s}, {Qt::Key_R, u"exportRelease"_s}};
    for (const auto &[key, name] : exportKeys) {
        QTest::keyClick(&exporter, key, Qt::AltModifier);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return QApplication::focusWidget() == exporter.findChild<QWidget *>(name); }, 2000))
            << name.toStdString();
    }
    exporter.close();

    MainWindow &w = openWindow();
    w.importFile(writeFile(u"schedule.xml"_s, kSchedule));
    auto *importer = find<InteropImportDialog>(u"interopImportDialog"_s);
    ASSERT_NE(importer, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(importer));
    auto *import = importer->findChild<QPushButton *>(u"importButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return import->isEnabled(); }, 10000)) << "the dry run is done";
    QTest::keyClick(importer, Qt::Key_F, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return QApplication::focusWidget() == importer->findChild<QWidget *>(u"importFormat"_s); },
        2000));
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

// File › Export… suggests a file named after the event in the Documents folder; its extension follows the
// format until the organizer types a path of their own. A file that exists is replaced only when they say so.
TEST_F(InteropDialogsTest, ExportSuggestsAFileNamedAfterTheEventAndAsksBeforeReplacingOne)
{
    const QUuid eventId = imported();
    ASSERT_FALSE(eventId.isNull());
    MainWindow &w = openWindow();
    const QString eventName = m_probe.get<Event>(eventId).value().name;
    // A home whose Documents folder does not exist yet (a new system; in Qt's test mode Documents is
    // $HOME/Documents).
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", m_ws.filePath(u"home"_s).toUtf8());
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", home); });
    ASSERT_EQ(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
              m_ws.filePath(u"home/Documents"_s));
    ASSERT_FALSE(QFileInfo::exists(m_ws.filePath(u"home/Documents"_s)));
    InteropExportDialog *dialog = openExportDialog(w, eventId);
    ASSERT_NE(dialog, nullptr);
    auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
    auto *path = dialog->findChild<QLineEdit *>(u"exportPath"_s);
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    format->setCurrentIndex(format->findData(u"ics"_s));
    EXPECT_EQ(path->text(), documents.filePath(eventName + u".ics"_s));
    format->setCurrentIndex(format->findData(u"c3voc-json"_s));
    EXPECT_EQ(path->text(), documents.filePath(eventName + u".json"_s));
    format->setCurrentIndex(format->findData(u"site"_s)); // a folder
    EXPECT_EQ(path->text(), documents.filePath(eventName + u" - site"_s));
    // The suggested place is written, its Documents folder made first.
    format->setCurrentIndex(format->findData(u"c3voc-json"_s));
    QSignalSpy suggested(dialog, &InteropExportDialog::exported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return suggested.count() == 1; }, 10000));
    EXPECT_TRUE(suggested.first().first().toBool()) << dialog->result().toStdString();
    EXPECT_TRUE(contents(documents.filePath(eventName + u".json"_s)).contains("\"title\": \"Opening\""));

    // A path of the organizer's own stays when the format changes; an existing file there is asked about.
    const QString out = m_ws.filePath(u"mine.json"_s);
    {
        QFile existing(out);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    path->setText(out);
    format->setCurrentIndex(format->findData(u"c3voc-json"_s));
    EXPECT_EQ(path->text(), out);
    QSignalSpy exported(dialog, &InteropExportDialog::exported);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    ASSERT_EQ(exported.count(), 1);
    EXPECT_FALSE(exported.first().first().toBool());
    EXPECT_TRUE(MessageBox::lastText().contains(u"mine.json"_s)) << MessageBox::lastText().toStdString();
    EXPECT_EQ(contents(out), QByteArray("keep me"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return exported.count() == 2; }, 10000));
    EXPECT_TRUE(exported.last().first().toBool()) << dialog->result().toStdString();
    EXPECT_TRUE(contents(out).contains("\"title\": \"Opening\""));
}

// After a file was picked in any of the file dialogs, the export suggests the event's file in that folder.
TEST_F(InteropDialogsTest, ExportSuggestsTheFolderOfTheLastPickedFile)
{
    const QUuid eventId = imported();
    ASSERT_FALSE(eventId.isNull());
    const auto forget = qScopeGuard([] { Settings::remove(Settings::Key::LastFileFolder); });
    FileLocations::rememberFile(m_ws.filePath(u"Downloads/attendees.csv"_s));
    MainWindow &w = openWindow();
    const QString eventName = m_probe.get<Event>(eventId).value().name;
    InteropExportDialog *dialog = openExportDialog(w, eventId);
    ASSERT_NE(dialog, nullptr);
    auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
    format->setCurrentIndex(format->findData(u"ics"_s));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"exportPath"_s)->text(),
              m_ws.filePath(u"Downloads/"_s + eventName + u".ics"_s));
    dialog->reject();
}

TEST_F(InteropDialogsTest, AfterTheImportTheHeadingSaysWhatWasWritten)
{
    openWindow();
    InteropImportDialog *dialog = openImportDialog(writeFile(u"schedule.xml"_s, kSchedule));
    ASSERT_NE(dialog, nullptr);
    auto *heading = dialog->findChild<QLabel *>(u"importHeading"_s);
    ASSERT_NE(heading, nullptr);
    EXPECT_TRUE(heading->text().contains(u"nothing is written yet"_s));
    importAndWait(dialog);
    EXPECT_FALSE(heading->text().contains(u"nothing is written yet"_s)) << heading->text().toStdString();
    EXPECT_TRUE(heading->text().endsWith(
        u"Imported into \"GUI Conf\": 5 created, 0 updated, 0 unchanged, 0 skipped."_s))
        << heading->text().toStdString();
    // The report below lists what was written.
    EXPECT_TRUE(dialog->report().contains(u"created session \"Opening\""_s))
        << dialog->report().toStdString();
}

TEST_F(InteropDialogsTest, UndoTakesAnImportBackAndRedoWritesItAgain)
{
    openWindow();
    // Live events, rooms, tracks, speakers and sessions.
    auto live = [this] {
        return QList<qint64>{m_probe.count<Event>().value(), m_probe.count<Room>().value(),
                             m_probe.count<Track>().value(), m_probe.count<Speaker>().value(),
                             m_probe.count<Session>().value()};
    };
    importThroughTheDialog(writeFile(u"schedule.xml"_s, kSchedule));
    ASSERT_EQ(live(), (QList<qint64>{1, 1, 1, 1, 1}));
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return live() == QList<qint64>{0, 0, 0, 0, 0};
        },
        10000))
        << live().size();
    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return live() == QList<qint64>{1, 1, 1, 1, 1}; }, 10000));
}

TEST_F(InteropDialogsTest, UndoOfAReimportPutsTheUpdatedValuesBack)
{
    openWindow();
    importThroughTheDialog(writeFile(u"schedule.xml"_s, kSchedule));
    QByteArray changed = kSchedule;
    changed.replace("<title>Opening</title>", "<title>Opening, revised</title><subtitle>New</subtitle>");
    importThroughTheDialog(writeFile(u"changed.xml"_s, changed));
    const QUuid id(u"0b1c2d3e-0000-4000-8000-000000000001"_s);
    ASSERT_EQ(m_probe.get<Session>(id).value().title, u"Opening, revised"_s);
    EXPECT_EQ(m_probe.get<Session>(id).value().subtitle, u"New"_s);
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_probe.get<Session>(id).value().title == u"Opening"_s; }, 10000));
    EXPECT_EQ(m_probe.get<Session>(id).value().subtitle, QString());
    EXPECT_EQ(m_probe.count<Session>().value(), 1); // the first import stays
    // (the undo's transaction may still be finishing when its title is already visible)
    ASSERT_TRUE(QTest::qWaitFor([&] { return !Command::isBusy(); }, 10000));
    // A record changed since (here by a second connection, as the CLI would) blocks the undo of the first.
    Session s = m_probe.get<Session>(id).value();
    s.abstract = u"Edited elsewhere"_s;
    const auto updated = m_probe.update(s);
    ASSERT_TRUE(updated) << updated.error().message.toStdString() << " "
                         << updated.error().detail.toStdString();
    QSignalSpy blocked(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked);
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return blocked.count() == 1; }, 10000));
    EXPECT_EQ(m_probe.count<Session>().value(), 1);
    EXPECT_EQ(m_probe.get<Session>(id).value().abstract, u"Edited elsewhere"_s);
}

TEST_F(InteropDialogsTest, ExportOffersCalendarAgendaSiteAndBackup)
{
    openWindow();
    const QUuid event = imported();
    const QString ics = m_ws.filePath(u"out.ics"_s);
    EXPECT_TRUE(exportThroughTheDialog(event, u"ics"_s, ics).contains(u"1 session"_s));
    const QByteArray calendar = contents(ics);
    EXPECT_TRUE(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(calendar.contains("SUMMARY:Opening")) << calendar.constData();
    EXPECT_TRUE(calendar.contains("UID:0b1c2d3e-0000-4000-8000-000000000001@eventdesk"));

    const QString html = m_ws.filePath(u"agenda.html"_s);
    exportThroughTheDialog(event, u"html"_s, html);
    const QByteArray agenda = contents(html);
    EXPECT_TRUE(agenda.contains("<html")) << agenda.left(200).constData();
    EXPECT_TRUE(agenda.contains("Opening"));
    EXPECT_TRUE(agenda.contains("Hall"));

    const QString site = m_ws.filePath(u"site"_s);
    exportThroughTheDialog(event, u"site"_s, site);
    EXPECT_TRUE(QFile::exists(QDir(site).filePath(u"index.html"_s)));
    EXPECT_TRUE(contents(QDir(site).filePath(u"index.html"_s)).contains("GUI Conf"));

    const QString pdf = m_ws.filePath(u"agenda.pdf"_s);
    EXPECT_TRUE(exportThroughTheDialog(event, u"pdf"_s, pdf).contains(u"page"_s));
    EXPECT_TRUE(contents(pdf).startsWith("%PDF-"));

    const QString backup = m_ws.filePath(u"backup.json"_s);
    exportThroughTheDialog(event, u"backup"_s, backup);
    const QJsonObject root = QJsonDocument::fromJson(contents(backup)).object();
    EXPECT_EQ(root.value(u"format"_s).toString(), u"eventdesk-backup"_s);
    EXPECT_TRUE(contents(backup).contains("Opening"));
}

TEST_F(InteropDialogsTest, ImportRestoresABackupIntoAnEmptyWorkspaceAndRefusesANewerOne)
{
    // A backup of another workspace that holds the schedule.
    TempWorkspace other;
    EventStore source;
    ASSERT_TRUE(source.open(other.filePath(u"source.eventdesk"_s)));
    auto file = ScheduleImport::readFile(writeFile(u"schedule.xml"_s, kSchedule), ScheduleFormat::FrabXml);
    ASSERT_TRUE(file);
    auto plan = ScheduleImport::plan(source, file.value());
    ASSERT_TRUE(plan);
    ASSERT_TRUE(ScheduleImport::commit(source, plan.value()));
    const QString path = m_ws.filePath(u"backup.json"_s);
    ASSERT_TRUE(BackupWriter::write(source, path));

    MainWindow &w = openWindow();
    // A backup from a newer EventDesk is refused with one sentence, and nothing can be imported.
    QJsonObject newer = QJsonDocument::fromJson(contents(path)).object();
    newer.insert(u"schemaVersion"_s, source.schemaVersion() + 1);
    w.importFile(writeFile(u"newer.json"_s, QJsonDocument(newer).toJson()));
    auto *refusing = find<InteropImportDialog>(u"interopImportDialog"_s);
    ASSERT_NE(refusing, nullptr);
    auto *combo = refusing->findChild<QComboBox *>(u"importFormat"_s);
    combo->setCurrentIndex(combo->findData(u"backup"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return refusing->report().contains(u"newer EventDesk"_s); }, 10000))
        << refusing->report().toStdString();
    EXPECT_FALSE(refusing->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    refusing->close();

    InteropImportDialog *dialog = importThroughTheDialog(path, u"backup"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->report().contains(u"Restored"_s)) << dialog->report().toStdString();
    EXPECT_EQ(m_probe.count<Session>().value(), 1);
    EXPECT_EQ(m_probe.get<Session>(QUuid(u"0b1c2d3e-0000-4000-8000-000000000001"_s)).value().title,
              u"Opening"_s);
}

} // namespace
} // namespace EventDesk::Test
