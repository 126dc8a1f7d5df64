// The participants and check-in pages driven as a person would: widgets found by objectName.
#include "participants/participantspage.h"
#include "commands/command.h"
#include "common/messagebox.h"
#include "participants/checkinpage.h"
#include "participants/importdialog.h"
#include "participants/participanttablemodel.h"
#include "participants/registrationdialog.h"
#include "participantsfixture.h"
#include "registration/registrations.h"
#include "storage/customquestionstore.h"
#include "storage/statushistory.h"
#include "support/rawsqlite.h"
#include "support/screenshot.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class ParticipantsPageTest : public Test::ParticipantsFixture
{
protected:
    // Waits until the storage thread and the GUI thread have handled everything queued so far.
    void settle()
    {
        bool done = false;
        m_worker.run(
            m_window.get(), [](EventStore &) { return Result<void>(); },
            [&done](const Result<void> &) { done = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    }
    QLineEdit *typeInCheckInSearch(const QString &text)
    {
        auto *search = find<QLineEdit>(u"checkinSearch"_s);
        search->setFocus();
        search->clear();
        QTest::keyClicks(search, text);
        return search;
    }
};

TEST_F(ParticipantsPageTest, MapColumnsAndImportThenUndo)
{
    createEvent();
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    const QString path = m_ws.filePath(u"attendees.csv"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Full Name;E-Mail;Firma;Bemerkung\n"
                "Ada Lovelace;ada@example.org;Analytical Engines;vegetarian\n"
                "Grace Hopper;grace@example.org;US Navy;\n"
                "Bad Row;not-an-email;Nowhere;\n");
    }
    page->importFile(path);
    ImportDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = page->findChild<ImportDialog *>(u"importDialog"_s)); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isReady(); }, 5000));
    auto *name = dialog->findChild<QComboBox *>(u"mapCombo_0"_s);
    auto *email = dialog->findChild<QComboBox *>(u"mapCombo_1"_s);
    auto *firma = dialog->findChild<QComboBox *>(u"mapCombo_2"_s);
    auto *remark = dialog->findChild<QComboBox *>(u"mapCombo_3"_s);
    ASSERT_TRUE(name && email && firma && remark);
    // "Full Name" and "E-Mail" are recognised; the German "Firma" and "Bemerkung" are mapped by hand.
    EXPECT_EQ(ImportField(name->currentData().toInt()), ImportField::Name);
    EXPECT_EQ(ImportField(email->currentData().toInt()), ImportField::Email);
    EXPECT_EQ(ImportField(firma->currentData().toInt()), ImportField::Ignore);
    firma->setCurrentIndex(firma->findData(int(ImportField::Organisation)));
    remark->setCurrentIndex(remark->findData(int(ImportField::Notes)));

    // Import before a dry run: the bad line stops it, nothing is written.
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(m_probe.count<Participant>(m_eventId).value(), 0);

    QSignalSpy planned(dialog, &ImportDialog::planned);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"dryRunButton"_s), Qt::LeftButton);
    ASSERT_TRUE(planned.wait(5000));
    const QString summary = dialog->findChild<QPlainTextEdit *>(u"summaryText"_s)->toPlainText();
    EXPECT_TRUE(summary.contains(u"2 new"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Line 4"_s)) << summary.toStdString();
    EventDesk::Test::screenshot(dialog, u"participants-import-dialog"_s);
    EXPECT_EQ(m_probe.count<Participant>(m_eventId).value(), 0);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 2; }, 5000));
    auto people = m_probe.list<Participant>(m_eventId).value();
    EXPECT_EQ(people.first().name, u"Ada Lovelace"_s);
    EXPECT_EQ(people.first().organisation, u"Analytical Engines"_s);
    EXPECT_EQ(people.first().notes, u"vegetarian"_s);
    EXPECT_EQ(people.first().status, ParticipantStatus::Confirmed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() == 2; }, 5000));
    EventDesk::Test::screenshot(m_window.get(), u"participants-after-import"_s);

    // The whole import is one undo step.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 0; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() == 0; }, 5000));
}

TEST_F(ParticipantsPageTest, ImportReadsTheFileOffTheStorageThread)
{
    createEvent();
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    const QString path = m_ws.filePath(u"attendees.csv"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("name,email\nAda Lovelace,ada@example.org\n");
    }
    // The storage thread is busy (a long save, say): the file is read and shown all the same.
    // It frees itself after a while, whatever happens to this test.
    auto busy = std::make_shared<QSemaphore>();
    m_worker.run([busy](EventStore &) { busy->tryAcquire(1, 8000); });
    const auto release = qScopeGuard([busy] { busy->release(); });
    page->importFile(path);
    ImportDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = page->findChild<ImportDialog *>(u"importDialog"_s)); }, 5000));
    // The file's columns are shown while the storage thread is still busy.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return dialog->findChild<QComboBox *>(u"mapCombo_1"_s) != nullptr; }, 4000))
        << "the file was read on the storage thread";
}

TEST_F(ParticipantsPageTest, FilterTheTable)
{
    createEvent();
    QList<Participant> many;
    for (int i = 0; i < 300; ++i) {
        Participant p;
        p.eventId = m_eventId;
        p.name = u"Person %1"_s.arg(i, 3, 10, QChar(u'0'));
        p.email = u"p%1@example.org"_s.arg(i);
        p.organisation = i % 3 == 0 ? u"Initech"_s : u"ACME"_s;
        p.status = i % 5 == 0 ? ParticipantStatus::Waitlisted : ParticipantStatus::Confirmed;
        many.append(p);
    }
    many.append([&] {
        Participant p;
        p.eventId = m_eventId;
        p.name = u"吴磊"_s;
        p.email = u"Wu.Lei@Example.CN"_s;
        p.organisation = u"北京大学"_s;
        return p;
    }());
    ASSERT_TRUE(m_probe.addMany(many));
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *table = find<QTableView>(u"participantTable"_s);
    ASSERT_EQ(table->model()->rowCount(), 301);

    auto *search = find<QLineEdit>(u"participantSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"initech"_s);
    EXPECT_EQ(table->model()->rowCount(), 100); // filtered on each keystroke, synchronously
    search->clear();
    QTest::keyClicks(search, u"wu.lei@example"_s);
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), u"吴磊"_s);
    search->clear();
    search->setText(u"北京"_s); // QTest::keyClicks only types ASCII
    EXPECT_EQ(table->model()->rowCount(), 1);
    search->clear();

    auto *status = find<QComboBox>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(int(ParticipantStatus::Waitlisted)));
    EXPECT_EQ(table->model()->rowCount(), 60);
    QTest::keyClicks(search, u"initech"_s);
    EXPECT_EQ(table->model()->rowCount(), 20);
    EventDesk::Test::screenshot(m_window.get(), u"participants-filtered"_s);
    status->setCurrentIndex(0);
    search->clear();

    // Sorting by organisation, descending, then by name.
    table->sortByColumn(ParticipantTableModel::OrganisationColumn, Qt::DescendingOrder);
    EXPECT_EQ(table->model()->index(0, ParticipantTableModel::NameColumn).data().toString(), u"吴磊"_s);
    EXPECT_EQ(table->model()->index(1, ParticipantTableModel::OrganisationColumn).data().toString(),
              u"Initech"_s);
    table->sortByColumn(ParticipantTableModel::NameColumn, Qt::AscendingOrder);
    EXPECT_EQ(table->model()->index(0, ParticipantTableModel::NameColumn).data().toString(), u"Person 000"_s);

    // The column chooser shows the hidden phone column.
    EXPECT_TRUE(table->isColumnHidden(ParticipantTableModel::PhoneColumn));
    find<QAction>(u"columnAction_%1"_s.arg(int(ParticipantTableModel::PhoneColumn)))->trigger();
    EXPECT_FALSE(table->isColumnHidden(ParticipantTableModel::PhoneColumn));
    (void)page;
}

TEST_F(ParticipantsPageTest, BulkCancelPromotesFromTheWaitlistInOneUndoStep)
{
    createEvent(2);
    const Participant a = addParticipant(u"Anna"_s, ParticipantStatus::Confirmed);
    const Participant b = addParticipant(u"Ben"_s, ParticipantStatus::Confirmed);
    const Participant w = addParticipant(u"Wendy"_s, ParticipantStatus::Waitlisted);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *table = find<QTableView>(u"participantTable"_s);
    ASSERT_EQ(table->model()->rowCount(), 3);
    table->selectRow(page->model()->rowOf(a.meta.id));
    QTest::mouseClick(find<QPushButton>(u"cancelParticipantsButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(w.meta.id) == ParticipantStatus::Confirmed; }, 5000));
    EXPECT_EQ(statusOf(a.meta.id), ParticipantStatus::Cancelled);
    EXPECT_EQ(statusOf(b.meta.id), ParticipantStatus::Confirmed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();

    // The history of the promoted participant shows both steps.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->model()->findById(w.meta.id)->status == ParticipantStatus::Confirmed; }, 5000));
    table->selectRow(page->model()->rowOf(w.meta.id));
    auto *history = find<QListWidget>(u"historyList"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return history->count() == 2; }, 5000));
    EventDesk::Test::screenshot(m_window.get(), u"participants-history"_s);

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(w.meta.id) == ParticipantStatus::Waitlisted; }, 5000));
    EXPECT_EQ(statusOf(a.meta.id), ParticipantStatus::Confirmed);
}

TEST_F(ParticipantsPageTest, DeletingAConfirmedParticipantPromotesTheWaitlistInOneUndoStep)
{
    createEvent(1);
    const Participant a = addParticipant(u"Anna"_s, ParticipantStatus::Confirmed);
    const Participant w = addParticipant(u"Wendy"_s, ParticipantStatus::Waitlisted);
    const Participant x = addParticipant(u"Xavier"_s, ParticipantStatus::Waitlisted);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *table = find<QTableView>(u"participantTable"_s);
    ASSERT_EQ(table->model()->rowCount(), 3);
    table->selectRow(page->model()->rowOf(a.meta.id));
    QTest::mouseClick(find<QPushButton>(u"deleteParticipantsButton"_s), Qt::LeftButton);
    // The place Anna held goes to the first on the waitlist, not to the second.
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(w.meta.id) == ParticipantStatus::Confirmed; }, 5000));
    EXPECT_TRUE(m_probe.get<Participant>(a.meta.id).value().meta.deleted);
    EXPECT_EQ(statusOf(x.meta.id), ParticipantStatus::Waitlisted);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 2; }, 5000));

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(w.meta.id) == ParticipantStatus::Waitlisted; }, 5000));
    EXPECT_FALSE(m_probe.get<Participant>(a.meta.id).value().meta.deleted);
    EXPECT_EQ(statusOf(a.meta.id), ParticipantStatus::Confirmed);

    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(w.meta.id) == ParticipantStatus::Confirmed; }, 5000));
    EXPECT_TRUE(m_probe.get<Participant>(a.meta.id).value().meta.deleted);
}

TEST_F(ParticipantsPageTest, ANewRegistrationsPlaceIsDecidedWhenItIsWritten)
{
    createEvent(1);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    ASSERT_EQ(page->model()->rowCount(), 0);
    // A teammate's registration lands in the workspace after the window loaded it: the window still shows a
    // free place, but the last place is gone.
    const Participant ada = addParticipant(u"Ada"_s, ParticipantStatus::Confirmed);
    ASSERT_EQ(page->model()->rowCount(), 0);
    bool filled = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *dialog = page->findChild<RegistrationDialog *>(u"registrationDialog"_s);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"participantNameEdit"_s), u"Bea"_s);
        filled = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveParticipantButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(u"newParticipantButton"_s), Qt::LeftButton);
    ASSERT_TRUE(filled);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 2; }, 5000));
    for (const Participant &p : m_probe.list<Participant>(m_eventId).value())
        if (p.meta.id != ada.meta.id) {
            EXPECT_EQ(p.status, ParticipantStatus::Waitlisted) << "the place was decided from stale data";
        }
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 1; }, 5000));
}

// A new registration's form opens with the cursor in the name field and no error: nothing was typed yet.
// Errors follow the user's edits; Esc with changes asks before discarding them.
TEST_F(ParticipantsPageTest, NewRegistrationShowsNoErrorBeforeTyping)
{
    createEvent(1);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    bool checked = false;
    QTimer::singleShot(0, this->m_window.get(), [&] {
        auto *dialog = page->findChild<RegistrationDialog *>(u"registrationDialog"_s);
        ASSERT_NE(dialog, nullptr);
        auto *errors = dialog->findChild<QLabel *>(u"participantErrors"_s);
        EXPECT_FALSE(errors->isVisible()) << errors->text().toStdString();
        ASSERT_NE(dialog->focusWidget(), nullptr);
        EXPECT_EQ(dialog->focusWidget()->objectName(), u"participantNameEdit"_s);
        auto *email = dialog->findChild<QLineEdit *>(u"participantEmailEdit"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"participantNameEdit"_s), u"Bea"_s);
        EXPECT_FALSE(errors->isVisible()) << errors->text().toStdString();
        QTest::keyClicks(email, u"not an email"_s);
        EXPECT_TRUE(errors->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Cancel); // keep editing
        QTest::keyClick(email, Qt::Key_Escape);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(MessageBox::lastText().contains(u"not saved"_s)) << MessageBox::lastText().toStdString();
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(email, Qt::Key_Escape);
        checked = true;
    });
    QTest::mouseClick(find<QPushButton>(u"newParticipantButton"_s), Qt::LeftButton);
    ASSERT_TRUE(checked);
    EXPECT_EQ(m_probe.count<Participant>(m_eventId).value(), 0);
}

// Alt+S saves the registration form on every platform (a standard button's text has no Alt key on some); the
// status field, which Alt+S used to reach instead, has a key of its own (Alt+U).
TEST_F(ParticipantsPageTest, AltSSavesTheRegistrationFormAndAltUGoesToItsStatus)
{
    createEvent(1);
    const Participant ada = addParticipant(u"Ada"_s, ParticipantStatus::Confirmed);
    RegistrationDialog dialog({}, {}, m_worker, m_eventId, ada);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(u"participantNameEdit"_s);
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" Lovelace"_s);
    QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return QApplication::focusWidget() == dialog.findChild<QComboBox *>(u"participantStatusCombo"_s);
        },
        2000));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    // (the button's key clicks it a moment later)
    EXPECT_TRUE(QTest::qWaitFor([&] { return accepted.count() == 1; }, 3000))
        << "Alt+S did not save; the focus is on " << QApplication::focusWidget()->objectName().toStdString();
    EXPECT_EQ(dialog.participant().name, u"Ada Lovelace"_s);
}

TEST_F(ParticipantsPageTest, RegistrationFormWarnsAboutDuplicateEmails)
{
    createEvent(1);
    const Participant ada = addParticipant(u"Ada"_s, ParticipantStatus::Confirmed);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    bool checked = false;
    QTimer::singleShot(0, this->m_window.get(), [&] {
        auto *dialog = page->findChild<RegistrationDialog *>(u"registrationDialog"_s);
        ASSERT_NE(dialog, nullptr);
        auto *name = dialog->findChild<QLineEdit *>(u"participantNameEdit"_s);
        auto *email = dialog->findChild<QLineEdit *>(u"participantEmailEdit"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveParticipantButton"_s);
        EXPECT_FALSE(save->isEnabled()); // a name is required
        QTest::keyClicks(name, u"Bea"_s);
        QTest::keyClicks(email, u"not an email"_s);
        EXPECT_FALSE(save->isEnabled());
        EXPECT_FALSE(dialog->findChild<QLabel *>(u"participantErrors"_s)->text().isEmpty());
        email->clear();
        QTest::keyClicks(email, u" ADA@example.org"_s);
        // Core answers from the storage thread once typing pauses.
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return dialog->findChild<QLabel *>(u"duplicateWarning"_s)->isVisibleTo(dialog); }, 5000));
        EventDesk::Test::screenshot(dialog, u"participants-duplicate-warning"_s);
        // "Open existing" switches the form to editing Ada's registration; cancel, then register Bea anew.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"openExistingButton"_s), Qt::LeftButton);
        EXPECT_EQ(name->text(), u"Ada"_s);
        EXPECT_EQ(dialog->windowTitle(), RegistrationDialog::tr("Edit registration"));
        EXPECT_FALSE(dialog->findChild<QLabel *>(u"duplicateWarning"_s)->isVisibleTo(dialog));
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>(u"newParticipantButton"_s), Qt::LeftButton);
    ASSERT_TRUE(checked);
    checked = false;
    QTimer::singleShot(0, this->m_window.get(), [&] {
        auto *dialog = page->findChild<RegistrationDialog *>(u"registrationDialog"_s);
        ASSERT_NE(dialog, nullptr);
        auto *name = dialog->findChild<QLineEdit *>(u"participantNameEdit"_s);
        auto *email = dialog->findChild<QLineEdit *>(u"participantEmailEdit"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveParticipantButton"_s);
        QTest::keyClicks(name, u"Bea"_s);
        email->clear();
        QTest::keyClicks(email, u"bea@example.org"_s);
        EXPECT_FALSE(dialog->findChild<QLabel *>(u"duplicateWarning"_s)->isVisibleTo(dialog));
        EXPECT_TRUE(save->isEnabled());
        checked = true;
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(u"newParticipantButton"_s), Qt::LeftButton);
    ASSERT_TRUE(checked);
    // Capacity 1 is taken by Ada: Bea joins the waitlist.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 2; }, 5000));
    for (const Participant &p : m_probe.list<Participant>(m_eventId).value())
        if (p.meta.id != ada.meta.id) {
            EXPECT_EQ(p.status, ParticipantStatus::Waitlisted);
        }
}

TEST_F(ParticipantsPageTest, RegistrationFormAsksTheWorkspaceAboutDuplicatesNotASnapshot)
{
    createEvent(10);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    bool checked = false;
    QTimer::singleShot(0, this->m_window.get(), [&] {
        auto *dialog = page->findChild<RegistrationDialog *>(u"registrationDialog"_s);
        ASSERT_NE(dialog, nullptr);
        // Registered by a teammate (another connection) after the form opened.
        Participant late;
        late.eventId = m_eventId;
        late.name = u"Lee"_s;
        late.email = u"lee@example.org"_s;
        late.status = ParticipantStatus::Confirmed;
        ASSERT_TRUE(m_probe.add(late));
        auto *warning = dialog->findChild<QLabel *>(u"duplicateWarning"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"participantNameEdit"_s), u"Lee Two"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"participantEmailEdit"_s), u"Lee@example.org"_s);
        EXPECT_TRUE(QTest::qWaitFor([&] { return warning->isVisibleTo(dialog); }, 5000));
        EXPECT_TRUE(warning->text().contains(u"Lee"_s)) << warning->text().toStdString();
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>(u"newParticipantButton"_s), Qt::LeftButton);
    ASSERT_TRUE(checked);
}

TEST_F(ParticipantsPageTest, RegistrationFormAsksTheEventsQuestions)
{
    createEvent();
    CustomQuestion diet{
        QUuid::createUuid(), m_eventId, u"Dietary needs?"_s, CustomQuestion::Type::YesNo, {}, true, {}, {}};
    CustomQuestion which{
        QUuid::createUuid(),           m_eventId, u"Which diet?"_s, CustomQuestion::Type::SingleChoice,
        {u"vegetarian"_s, u"vegan"_s}, true,      diet.id,          u"yes"_s};
    ASSERT_TRUE(CustomQuestionStore(m_probe).replace(m_eventId, {diet, which}));
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->questions().size() == 2; }, 5000));
    bool checked = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *dialog = page->findChild<RegistrationDialog *>(u"registrationDialog"_s);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"participantNameEdit"_s), u"Bea"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveParticipantButton"_s);
        auto *yesNo = dialog->findChild<QComboBox *>(u"question_0"_s);
        auto *choice = dialog->findChild<QComboBox *>(u"question_1"_s);
        ASSERT_TRUE(yesNo && choice);
        EXPECT_FALSE(save->isEnabled()); // the yes/no question is required
        EXPECT_FALSE(choice->isVisibleTo(dialog));
        yesNo->setCurrentIndex(yesNo->findData(u"yes"_s));
        EXPECT_TRUE(choice->isVisibleTo(dialog)); // shown because of the answer
        EXPECT_FALSE(save->isEnabled());
        choice->setCurrentIndex(choice->findData(u"vegan"_s));
        EXPECT_TRUE(save->isEnabled());
        EventDesk::Test::screenshot(dialog, u"participants-custom-questions"_s);
        checked = true;
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(u"newParticipantButton"_s), Qt::LeftButton);
    ASSERT_TRUE(checked);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 1; }, 5000));
    const QJsonObject answers = m_probe.list<Participant>(m_eventId).value().first().answers;
    EXPECT_EQ(answers.value(diet.id.toString(QUuid::WithoutBraces)).toString(), u"yes"_s);
    EXPECT_EQ(answers.value(which.id.toString(QUuid::WithoutBraces)).toString(), u"vegan"_s);
}

TEST_F(ParticipantsPageTest, CheckInAndUndo)
{
    createEvent();
    const Participant ada = addParticipant(u"Ada Lovelace"_s, ParticipantStatus::Confirmed);
    addParticipant(u"Grace Hopper"_s, ParticipantStatus::Confirmed);
    addParticipant(u"Alan Turing"_s, ParticipantStatus::Cancelled);
    auto *page = showPage<CheckInPage>(u"checkInPage"_s);
    auto *counter = find<QLabel>(u"checkinCounter"_s);
    EXPECT_EQ(counter->text(), u"0 / 2 checked in"_s);

    auto *search = find<QLineEdit>(u"checkinSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, ada.meta.id.toString(QUuid::WithoutBraces).left(8)); // the registration id
    ASSERT_EQ(find<QTableView>(u"checkinResults"_s)->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return); // one key checks in
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(ada.meta.id) == ParticipantStatus::CheckedIn; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return counter->text() == u"1 / 2 checked in"_s; }, 5000));
    EventDesk::Test::screenshot(m_window.get(), u"checkin-after"_s);

    QTest::mouseClick(find<QPushButton>(u"undoCheckinButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(ada.meta.id) == ParticipantStatus::Confirmed; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return counter->text() == u"0 / 2 checked in"_s; }, 5000));
    (void)page;
}

// At the desk the name is what is read: the name column is never the one cut short for a wide status column.
TEST_F(ParticipantsPageTest, CheckInResultsGiveTheNameItsShareOfTheWidth)
{
    createEvent();
    addParticipant(u"Maximiliane Andersson-Featherstonehaugh"_s, ParticipantStatus::Confirmed);
    showPage<CheckInPage>(u"checkInPage"_s);
    m_window->resize(1200, 800);
    typeInCheckInSearch(u"Maxi"_s);
    auto *results = find<QTableView>(u"checkinResults"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return results->model()->rowCount() == 1; }, 5000));
    const int name = results->columnWidth(ParticipantTableModel::NameColumn);
    const int status = results->columnWidth(ParticipantTableModel::StatusColumn);
    EXPECT_GE(name, status) << name << " " << status;
    EXPECT_GE(name, results->fontMetrics().horizontalAdvance(u"Maximiliane Andersson"_s));
}

TEST_F(ParticipantsPageTest, EnterWithSeveralMatchesChecksInNobody)
{
    createEvent();
    const Participant first = addParticipant(u"Anna Cancelled"_s, ParticipantStatus::Cancelled);
    const Participant second = addParticipant(u"Anna Berg"_s, ParticipantStatus::Confirmed);
    const Participant third = addParticipant(u"Annabel Lee"_s, ParticipantStatus::Confirmed);
    showPage<CheckInPage>(u"checkInPage"_s);
    QLineEdit *search = typeInCheckInSearch(u"Anna"_s);
    ASSERT_EQ(find<QTableView>(u"checkinResults"_s)->model()->rowCount(), 3);
    QTest::keyClick(search, Qt::Key_Return);
    settle();
    settle();
    EXPECT_EQ(m_undo.count(), 0);
    for (const Participant &p : {first, second, third})
        EXPECT_EQ(statusOf(p.meta.id), p.status) << p.name.toStdString();
    const QString message = find<QLabel>(u"checkinMessage"_s)->text();
    EXPECT_TRUE(message.contains(u"3 registrations match"_s)) << message.toStdString();

    // Choosing one in the list, then Enter, checks in that one.
    auto *results = find<QTableView>(u"checkinResults"_s);
    int row = -1;
    for (int r = 0; r < results->model()->rowCount(); ++r)
        if (results->model()->index(r, 0).data().toString() == u"Anna Berg"_s)
            row = r;
    ASSERT_GE(row, 0);
    results->selectRow(row);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return statusOf(second.meta.id) == ParticipantStatus::CheckedIn; }, 5000));
    EXPECT_EQ(statusOf(first.meta.id), ParticipantStatus::Cancelled);
    EXPECT_EQ(statusOf(third.meta.id), ParticipantStatus::Confirmed);
}

// At the desk the hands stay on the keyboard: Down and Up in the search box choose a match (the cursor stays
// in the box), and Enter checks in the chosen one.
TEST_F(ParticipantsPageTest, DownAndUpInTheSearchChooseTheMatchThatEnterChecksIn)
{
    createEvent();
    addParticipant(u"Anna Cancelled"_s, ParticipantStatus::Cancelled);
    addParticipant(u"Anna Berg"_s, ParticipantStatus::Confirmed);
    addParticipant(u"Annabel Lee"_s, ParticipantStatus::Confirmed);
    showPage<CheckInPage>(u"checkInPage"_s);
    QLineEdit *search = typeInCheckInSearch(u"Anna"_s);
    auto *results = find<QTableView>(u"checkinResults"_s);
    ASSERT_EQ(results->model()->rowCount(), 3);
    auto chosen = [&] {
        const QModelIndexList rows = results->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().row() : -1;
    };
    EXPECT_EQ(chosen(), -1);
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_EQ(chosen(), 0);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down); // stays on the last
    EXPECT_EQ(chosen(), 2);
    QTest::keyClick(search, Qt::Key_Up);
    EXPECT_EQ(chosen(), 1);
    EXPECT_TRUE(search->hasFocus());
    EXPECT_EQ(search->text(), u"Anna"_s);
    // Down from the top to Annabel Lee (a confirmed registration), then Enter.
    QTest::keyClick(search, Qt::Key_Up);
    QTest::keyClick(search, Qt::Key_Up);
    EXPECT_EQ(chosen(), 0);
    for (int i = 0; i < 3 && results->model()->index(chosen(), 0).data().toString() != u"Annabel Lee"_s; ++i)
        QTest::keyClick(search, Qt::Key_Down);
    const QUuid pickedId = results->model()->index(chosen(), 0).data(ParticipantTableModel::IdRole).toUuid();
    const Participant picked = m_probe.get<Participant>(pickedId).value();
    ASSERT_EQ(picked.name, u"Annabel Lee"_s);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return statusOf(picked.meta.id) == ParticipantStatus::CheckedIn; }, 5000))
        << picked.name.toStdString();
}

// View › Status History hides the panel beside the participants (its width goes to the table) and the choice
// stays after a restart.
TEST_F(ParticipantsPageTest, ViewStatusHistoryHidesThePanelForGoodAndTheTableTakesItsWidth)
{
    createEvent();
    showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *panel = find<QWidget>(u"historyPanel"_s);
    auto *table = find<QTableView>(u"participantTable"_s);
    auto *action = find<QAction>(u"actionStatusHistory"_s);
    EXPECT_TRUE(find<QMenu>(u"menuView"_s)->actions().contains(action));
    EXPECT_TRUE(action->isChecked());
    EXPECT_TRUE(panel->isVisible());
    const int withPanel = table->width();

    action->trigger();
    EXPECT_FALSE(panel->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->width() > withPanel; }, 5000))
        << table->width() << " <= " << withPanel;

    m_window.reset();
    showPage<ParticipantsPage>(u"participantsPage"_s);
    EXPECT_FALSE(find<QWidget>(u"historyPanel"_s)->isVisible());
    action = find<QAction>(u"actionStatusHistory"_s);
    EXPECT_FALSE(action->isChecked());
    action->trigger(); // shown again, for the other tests
    EXPECT_TRUE(find<QWidget>(u"historyPanel"_s)->isVisible());
}

TEST_F(ParticipantsPageTest, CancelledRegistrationIsRefusedUnlessOverridden)
{
    createEvent();
    const Participant alan = addParticipant(u"Alan Turing"_s, ParticipantStatus::Cancelled);
    showPage<CheckInPage>(u"checkInPage"_s);
    auto *message = find<QLabel>(u"checkinMessage"_s);
    auto *overrideButton = find<QPushButton>(u"checkinOverrideButton"_s);
    EXPECT_FALSE(overrideButton->isVisible());
    QLineEdit *search = typeInCheckInSearch(u"Alan"_s);
    ASSERT_EQ(find<QTableView>(u"checkinResults"_s)->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return overrideButton->isVisible(); }, 5000));
    EXPECT_TRUE(message->text().contains(u"cancelled"_s)) << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(u"Alan Turing"_s)) << message->text().toStdString();
    settle();
    EXPECT_EQ(statusOf(alan.meta.id), ParticipantStatus::Cancelled);
    EXPECT_EQ(m_undo.count(), 0);
    EventDesk::Test::screenshot(m_window.get(), u"checkin-refused"_s);

    QTest::mouseClick(overrideButton, Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return statusOf(alan.meta.id) == ParticipantStatus::CheckedIn; }, 5000));
    EXPECT_FALSE(overrideButton->isVisible());
    // The step is pushed once its write committed, one turn of the event loop after the store changed.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
}

TEST_F(ParticipantsPageTest, SecondCheckInSaysWhenTheFirstWas)
{
    createEvent();
    const Participant ada = addParticipant(u"Ada Lovelace"_s, ParticipantStatus::Confirmed);
    ASSERT_TRUE(Registrations::changeStatus(m_probe, m_eventId, {ada.meta.id}, ParticipantStatus::CheckedIn));
    const QDateTime when = StatusHistory(m_probe).forParticipant(ada.meta.id).value().last().changedUtc;
    showPage<CheckInPage>(u"checkInPage"_s);
    auto *message = find<QLabel>(u"checkinMessage"_s);
    QLineEdit *search = typeInCheckInSearch(u"Ada"_s);
    QTest::keyClick(search, Qt::Key_Return);
    const QString time = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    ASSERT_TRUE(QTest::qWaitFor([&] { return message->text().contains(time); }, 5000))
        << message->text().toStdString() << " lacks " << time.toStdString();
    EXPECT_TRUE(message->text().contains(u"already checked in"_s));
    EXPECT_FALSE(find<QPushButton>(u"checkinOverrideButton"_s)->isVisible());
    EXPECT_EQ(m_undo.count(), 0);
}

} // namespace

namespace
{

// A CSV file of n attendees.
QString writeAttendees(const QString &path, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Name,Email\n");
    for (int i = 0; i < n; ++i)
        f.write(u"Person %1,person%1@example.org\n"_s.arg(i).toUtf8());
    return path;
}

TEST_F(ParticipantsPageTest, ClosingTheImportDialogMidImportLeavesNothingOrAnUndoableImport)
{
    createEvent();
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    constexpr int kRows = 5000;
    page->importFile(writeAttendees(m_ws.filePath(u"many.csv"_s), kRows));
    QPointer<ImportDialog> dialog;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = page->findChild<ImportDialog *>(u"importDialog"_s)); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isReady(); }, 10000));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    dialog->close(); // while the import is written
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !Command::isBusy(); }, 30000));
    // Closing cancels it: nothing was written and there is no undo step. (Had it committed first, its rows
    // would be there with their undo step.)
    const qint64 stored = m_probe.count<Participant>(m_eventId).value();
    EXPECT_TRUE((stored == 0 && m_undo.count() == 0) || (stored == kRows && m_undo.count() == 1))
        << stored << " rows, " << m_undo.count() << " undo steps";
    EXPECT_EQ(stored, 0) << "the cancel came too late for this test's purpose";
}

TEST_F(ParticipantsPageTest, AnImportThatFinishesAfterItsDialogClosedIsStillOneUndoStep)
{
    createEvent();
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    page->importFile(writeAttendees(m_ws.filePath(u"few.csv"_s), 3));
    QPointer<ImportDialog> dialog;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = page->findChild<ImportDialog *>(u"importDialog"_s)); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isReady(); }, 10000));
    // A few rows are written before the cancel is looked at: the import finishes, with its undo step.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !Command::isBusy(); }, 10000));
    ASSERT_EQ(m_probe.count<Participant>(m_eventId).value(), 3);
    ASSERT_EQ(m_undo.count(), 1);
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 0; }, 5000));
}

TEST_F(ParticipantsPageTest, AStatusChangeThatCannotBeWrittenLeavesNoUndoStep)
{
    createEvent();
    const Participant ada = addParticipant(u"Ada"_s, ParticipantStatus::Confirmed);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    // The workspace refuses changes of participants from now on (as a read-only file would).
    EventDesk::Test::RawSqlite raw(m_ws.path());
    ASSERT_EQ(raw.exec(u"CREATE TRIGGER refuse BEFORE UPDATE ON participants "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s),
              QString());
    QSignalSpy failed(StoreCommandNotifier::instance(), &StoreCommandNotifier::failed);
    find<QTableView>(u"participantTable"_s)->selectRow(page->model()->rowOf(ada.meta.id));
    QTest::mouseClick(find<QPushButton>(u"cancelParticipantsButton"_s), Qt::LeftButton);
    EXPECT_EQ(m_undo.count(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_TRUE(failed.first().first().toString().contains(u"Cancel 1 participant"_s))
        << failed.first().first().toString().toStdString();
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_EQ(statusOf(ada.meta.id), ParticipantStatus::Confirmed);
}

TEST_F(ParticipantsPageTest, UndoLastCheckInAfterAnotherDeskChangedTheRegistrationWritesNothing)
{
    createEvent();
    const Participant ada = addParticipant(u"Ada Lovelace"_s, ParticipantStatus::Confirmed);
    showPage<CheckInPage>(u"checkInPage"_s);
    auto *search = find<QLineEdit>(u"checkinSearch"_s);
    QTest::keyClicks(search, u"Ada"_s);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000));
    // Another desk adds a note to the registration afterwards.
    Participant theirs = m_probe.get<Participant>(ada.meta.id).value();
    theirs.notes = u"Wheelchair access"_s;
    ASSERT_TRUE(m_probe.update(theirs));

    QTest::mouseClick(find<QPushButton>(u"undoCheckinButton"_s), Qt::LeftButton);
    auto *message = find<QLabel>(u"checkinMessage"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return message->text().contains(u"changed elsewhere"_s); }, 5000))
        << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(u"Ada Lovelace"_s));
    EXPECT_EQ(statusOf(ada.meta.id), ParticipantStatus::CheckedIn);
    EXPECT_EQ(m_probe.get<Participant>(ada.meta.id).value().notes, u"Wheelchair access"_s);
    EXPECT_EQ(m_undo.index(), 1);
}

TEST_F(ParticipantsPageTest, TheTicketingExportImportsThroughTheDialogCreatingOrMappingTicketTypes)
{
    createEvent();
    TicketType regular;
    regular.eventId = m_eventId;
    regular.name = u"Regular"_s;
    regular = m_probe.add(regular).value();
    TicketType student = regular;
    student.meta = {};
    student.name = u"Student"_s;
    student = m_probe.add(student).value();
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    page->importFile(QStringLiteral(EVENTDESK_SAMPLES_DIR) + u"/attendees-ticketing-export.csv"_s);
    ImportDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = page->findChild<ImportDialog *>(u"importDialog"_s)); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isReady(); }, 5000));
    // 60 data rows (some of them span two lines), not counting the header.
    EXPECT_TRUE(dialog->findChild<QLabel *>(u"importFileLabel"_s)->text().contains(u"60 row"_s))
        << dialog->findChild<QLabel *>(u"importFileLabel"_s)->text().toStdString();
    // The order date, check-in and question columns are offered and suggested.
    auto field = [&](int column) {
        return ImportField(
            dialog->findChild<QComboBox *>(u"mapCombo_%1"_s.arg(column))->currentData().toInt());
    };
    EXPECT_EQ(field(7), ImportField::RegisteredAt);
    EXPECT_EQ(field(8), ImportField::CheckedInAt);
    EXPECT_EQ(field(10), ImportField::NewQuestion);

    // The three ticket values the event has no type for are listed, each with a checkbox.
    auto *tickets = dialog->findChild<QTableWidget *>(u"ticketTypesTable"_s);
    ASSERT_NE(tickets, nullptr);
    ASSERT_EQ(tickets->rowCount(), 3);
    QHash<QString, int> rowOf;
    for (int i = 0; i < tickets->rowCount(); ++i)
        rowOf.insert(
            dialog->findChild<QCheckBox *>(u"newTicketCheck_%1"_s.arg(i))->property("ticketValue").toString(),
            i);
    ASSERT_TRUE(rowOf.contains(u"sponsor"_s) && rowOf.contains(u"speaker"_s) &&
                rowOf.contains(u"volunteer"_s));
    // Sponsor is read as Regular, Speaker rows are left out, Volunteer is created.
    dialog->findChild<QCheckBox *>(u"newTicketCheck_%1"_s.arg(rowOf.value(u"sponsor"_s)))->setChecked(false);
    auto *sponsorAs = dialog->findChild<QComboBox *>(u"ticketMapCombo_%1"_s.arg(rowOf.value(u"sponsor"_s)));
    ASSERT_TRUE(sponsorAs->isEnabled());
    sponsorAs->setCurrentIndex(sponsorAs->findData(regular.meta.id));
    dialog->findChild<QCheckBox *>(u"newTicketCheck_%1"_s.arg(rowOf.value(u"speaker"_s)))->setChecked(false);

    QSignalSpy planned(dialog, &ImportDialog::planned);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"dryRunButton"_s), Qt::LeftButton);
    ASSERT_TRUE(planned.wait(5000));
    QString summary = dialog->findChild<QPlainTextEdit *>(u"summaryText"_s)->toPlainText();
    EXPECT_TRUE(summary.contains(u"Will create ticket type Volunteer ("_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Unknown ticket type \"Speaker\": "_s)) << summary.toStdString();
    EXPECT_FALSE(summary.contains(u"Sponsor"_s)) << summary.toStdString();
    EXPECT_EQ(m_probe.count<Participant>(m_eventId).value(), 0);

    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(finished.first().first().toBool());
    // The dialog stays open with what was imported.
    EXPECT_TRUE(dialog->isVisible());
    summary = dialog->findChild<QPlainTextEdit *>(u"summaryText"_s)->toPlainText();
    EXPECT_TRUE(summary.startsWith(u"Imported."_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Created ticket type Volunteer ("_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Created question \"T-shirt size\""_s)) << summary.toStdString();
    EXPECT_FALSE(dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());

    const QList<TicketType> types = m_probe.list<TicketType>(m_eventId).value();
    ASSERT_EQ(types.size(), 3);
    const QList<Participant> people = m_probe.list<Participant>(m_eventId).value();
    EXPECT_GE(people.size(), 45); // 60 rows less the 9 speakers and the duplicates
    int onRegular = 0;
    for (const Participant &p : people)
        onRegular += p.ticketTypeId == regular.meta.id;
    EXPECT_GT(onRegular, 12); // the Regular and the Sponsor rows
    const auto frank = std::find_if(people.begin(), people.end(),
                                    [](const Participant &p) { return p.name == u"Frank Silva"_s; });
    ASSERT_NE(frank, people.end());
    EXPECT_EQ(frank->status, ParticipantStatus::CheckedIn);
    EXPECT_EQ(frank->meta.createdUtc, QDateTime(QDate(2026, 3, 24), QTime(15, 59), QTimeZone::utc()));
    EXPECT_EQ(CustomQuestionStore(m_probe).list(m_eventId).value().size(), 1);

    // One undo step takes the registrations, the new ticket type and the new question away.
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000));
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 0; }, 5000));
    EXPECT_EQ(m_probe.list<TicketType>(m_eventId).value().size(), 2);
    EXPECT_TRUE(CustomQuestionStore(m_probe).list(m_eventId).value().isEmpty());
}

} // namespace
