// The participants and check-in pages driven as a person would: widgets found by objectName.
#include "participants/participantspage.h"
#include "participants/checkinpage.h"
#include "participants/importdialog.h"
#include "participants/participanttablemodel.h"
#include "participants/registrationdialog.h"
#include "participantsfixture.h"
#include "storage/customquestionstore.h"
#include "support/screenshot.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class ParticipantsPageTest : public Test::ParticipantsFixture
{
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
    ASSERT_EQ(m_undo.count(), 1);
    find<QAction>(u"actionUndo"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 0; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() == 0; }, 5000));
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
    ASSERT_EQ(m_undo.count(), 1);

    // The history of the promoted participant shows both steps.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->model()->findById(w.meta.id)->status == ParticipantStatus::Confirmed; }, 5000));
    table->selectRow(page->model()->rowOf(w.meta.id));
    auto *history = find<QListWidget>(u"historyList"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return history->count() == 2; }, 5000));
    EventDesk::Test::screenshot(m_window.get(), u"participants-history"_s);

    find<QAction>(u"actionUndo"_s)->trigger();
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
    ASSERT_EQ(m_undo.count(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 2; }, 5000));

    find<QAction>(u"actionUndo"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(w.meta.id) == ParticipantStatus::Waitlisted; }, 5000));
    EXPECT_FALSE(m_probe.get<Participant>(a.meta.id).value().meta.deleted);
    EXPECT_EQ(statusOf(a.meta.id), ParticipantStatus::Confirmed);

    find<QAction>(u"actionRedo"_s)->trigger();
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
    ASSERT_EQ(m_undo.count(), 1);
    find<QAction>(u"actionUndo"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 1; }, 5000));
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
        EXPECT_TRUE(dialog->findChild<QLabel *>(u"duplicateWarning"_s)->isVisibleTo(dialog));
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

} // namespace
