// Setting up an event's registration as an organiser would: the questions editor, custom questions in the
// CSV import, the message templates editor, and the participant table's remembered columns.
#include "participants/customquestionsdialog.h"
#include "participants/importdialog.h"
#include "participants/messagetemplatesdialog.h"
#include "participants/participantspage.h"
#include "participants/registrationdialog.h"
#include "participantsfixture.h"
#include "storage/customquestionstore.h"
#include "storage/messagetemplatestore.h"
#include "support/screenshot.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class RegistrationSetupTest : public Test::ParticipantsFixture
{
protected:
    // Lays out what changed since the last event-loop turn, so the picture shows what a person would see.
    static void shot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents(); // no waiting: only what is already posted
        EventDesk::Test::screenshot(widget, name);
    }
    template <typename T> T *child(QWidget *parent, const QString &name)
    {
        T *c = parent->findChild<T *>(name);
        EXPECT_NE(c, nullptr) << "no child named " << name.toStdString();
        return c;
    }
    QList<CustomQuestion> storedQuestions() { return CustomQuestionStore(m_probe).list(m_eventId).value(); }
};

TEST_F(RegistrationSetupTest, QuestionsEditorSavesOneUndoStepAndTheFormAsksThem)
{
    createEvent();
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *action = find<QAction>(u"actionCustomQuestions"_s);
    ASSERT_TRUE(action->isEnabled());
    EXPECT_EQ(action->shortcut(), QKeySequence(u"Ctrl+Shift+Q"_s));
    action->trigger();
    CustomQuestionsDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = page->findChild<CustomQuestionsDialog *>(u"customQuestionsDialog"_s)); },
        5000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *save = child<QPushButton>(dialog, u"saveQuestionsButton"_s);
    auto *label = child<QLineEdit>(dialog, u"questionLabelEdit"_s);
    auto *type = child<QComboBox>(dialog, u"questionTypeCombo"_s);
    auto *options = child<QPlainTextEdit>(dialog, u"questionOptionsEdit"_s);
    auto *required = child<QCheckBox>(dialog, u"questionRequiredCheck"_s);
    auto *condition = child<QComboBox>(dialog, u"conditionQuestionCombo"_s);
    auto *value = child<QComboBox>(dialog, u"conditionValueCombo"_s);
    auto *errors = child<QLabel>(dialog, u"questionErrors"_s);
    auto *list = child<QListWidget>(dialog, u"questionList"_s);
    EXPECT_FALSE(save->isEnabled()); // nothing changed yet

    // A single-choice question; inline validation until it has a label and two options.
    QTest::mouseClick(child<QPushButton>(dialog, u"addQuestionButton"_s), Qt::LeftButton);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(errors->isVisibleTo(dialog));
    EXPECT_TRUE(errors->text().contains(u"must not be empty"_s)) << errors->text().toStdString();
    QTest::keyClicks(label, u"Dietary needs"_s);
    type->setCurrentIndex(type->findData(int(CustomQuestion::Type::SingleChoice)));
    EXPECT_TRUE(options->isVisibleTo(dialog));
    options->setPlainText(u"vegetarian"_s);
    EXPECT_TRUE(errors->text().contains(u"two options"_s)) << errors->text().toStdString();
    EXPECT_FALSE(save->isEnabled());
    shot(dialog, u"questions-editor-invalid"_s);
    options->setPlainText(u"vegetarian\nvegan\n\n"_s);
    required->setChecked(true);
    EXPECT_FALSE(errors->isVisibleTo(dialog));
    EXPECT_TRUE(save->isEnabled());

    // A text question shown only when the first is answered "vegan".
    QTest::mouseClick(child<QPushButton>(dialog, u"addQuestionButton"_s), Qt::LeftButton);
    QTest::keyClicks(label, u"Vegan details"_s);
    EXPECT_FALSE(options->isVisibleTo(dialog)); // text questions have no options
    ASSERT_EQ(condition->count(), 2);           // "always shown" and the earlier question
    EXPECT_FALSE(value->isEnabled());
    condition->setCurrentIndex(1);
    EXPECT_TRUE(value->isEnabled());
    ASSERT_EQ(value->count(), 2);
    value->setCurrentIndex(value->findData(u"vegan"_s));
    EXPECT_TRUE(save->isEnabled());

    // Moving it above the question it depends on is refused inline.
    QTest::mouseClick(child<QPushButton>(dialog, u"moveQuestionUpButton"_s), Qt::LeftButton);
    EXPECT_EQ(list->currentRow(), 0);
    EXPECT_TRUE(errors->text().contains(u"earlier"_s)) << errors->text().toStdString();
    EXPECT_FALSE(save->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, u"moveQuestionDownButton"_s), Qt::LeftButton);
    EXPECT_EQ(list->currentRow(), 1);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_TRUE(list->item(1)->text().contains(u"Vegan details"_s));
    shot(dialog, u"questions-editor"_s);

    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedQuestions().size() == 2; }, 5000));
    const QList<CustomQuestion> stored = storedQuestions();
    EXPECT_EQ(stored.at(0).label, u"Dietary needs"_s);
    EXPECT_EQ(stored.at(0).type, CustomQuestion::Type::SingleChoice);
    EXPECT_EQ(stored.at(0).options, (QStringList{u"vegetarian"_s, u"vegan"_s}));
    EXPECT_TRUE(stored.at(0).required);
    EXPECT_EQ(stored.at(1).label, u"Vegan details"_s);
    EXPECT_EQ(stored.at(1).type, CustomQuestion::Type::Text);
    EXPECT_FALSE(stored.at(1).required);
    EXPECT_EQ(stored.at(1).showIfQuestion, stored.at(0).id);
    EXPECT_EQ(stored.at(1).showIfValue, u"vegan"_s);

    // One undo step: undo restores the previous (empty) list, redo the new one.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedQuestions().isEmpty(); }, 5000));
    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedQuestions() == stored; }, 5000));

    // The registration form asks the new questions, the second only after "vegan".
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->questions().size() == 2; }, 5000));
    bool checked = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *form = page->findChild<RegistrationDialog *>(u"registrationDialog"_s);
        ASSERT_NE(form, nullptr);
        auto *diet = form->findChild<QComboBox *>(u"question_0"_s);
        auto *details = form->findChild<QLineEdit *>(u"question_1"_s);
        ASSERT_TRUE(diet && details);
        EXPECT_EQ(diet->findData(u"vegan"_s), 2); // after "(no answer)" and "vegetarian"
        EXPECT_FALSE(details->isVisibleTo(form));
        diet->setCurrentIndex(diet->findData(u"vegan"_s));
        EXPECT_TRUE(details->isVisibleTo(form));
        shot(form, u"questions-in-registration-form"_s);
        checked = true;
        form->reject();
    });
    QTest::mouseClick(find<QPushButton>(u"newParticipantButton"_s), Qt::LeftButton);
    EXPECT_TRUE(checked);
}

TEST_F(RegistrationSetupTest, ImportMapsColumnsToQuestions)
{
    createEvent();
    CustomQuestion size{newRecordId(),
                        m_eventId,
                        u"T-shirt size"_s,
                        CustomQuestion::Type::SingleChoice,
                        {u"S"_s, u"M"_s, u"L"_s},
                        false,
                        {},
                        {}};
    CustomQuestion diet{
        newRecordId(), m_eventId, u"Vegetarian?"_s, CustomQuestion::Type::YesNo, {}, false, {}, {}};
    ASSERT_TRUE(CustomQuestionStore(m_probe).replace(m_eventId, {size, diet}));
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    const QString path = m_ws.filePath(u"shirts.csv"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Name,Email,T-Shirt Size,Veggie\n"
                "Ada Lovelace,ada@example.org,m,yes\n"
                "Grace Hopper,grace@example.org,XXL,no\n"
                "Alan Turing,alan@example.org,L,0\n");
    }
    page->importFile(path);
    ImportDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = page->findChild<ImportDialog *>(u"importDialog"_s)); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isReady(); }, 5000));
    auto *shirt = dialog->findChild<QComboBox *>(u"mapCombo_2"_s);
    auto *veggie = dialog->findChild<QComboBox *>(u"mapCombo_3"_s);
    ASSERT_TRUE(shirt && veggie);
    // The questions are listed after the standard fields; "T-Shirt Size" is suggested by its label.
    EXPECT_GT(shirt->findData(size.id, ImportDialog::QuestionRole), shirt->findData(int(ImportField::Notes)));
    EXPECT_EQ(shirt->currentData(ImportDialog::QuestionRole).toUuid(), size.id);
    EXPECT_EQ(shirt->currentText(), u"Question: T-shirt size"_s);
    EXPECT_EQ(ImportField(veggie->currentData().toInt()), ImportField::Ignore);
    veggie->setCurrentIndex(veggie->findData(diet.id, ImportDialog::QuestionRole));

    QSignalSpy planned(dialog, &ImportDialog::planned);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"dryRunButton"_s), Qt::LeftButton);
    ASSERT_TRUE(planned.wait(5000));
    const QString summary = dialog->findChild<QPlainTextEdit *>(u"summaryText"_s)->toPlainText();
    EXPECT_TRUE(summary.contains(u"2 new"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Line 3: \"XXL\" is not a choice of \"T-shirt size\"."_s))
        << summary.toStdString();
    shot(dialog, u"import-question-columns"_s);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_probe.count<Participant>(m_eventId).value() == 2; }, 5000));
    for (const Participant &p : m_probe.list<Participant>(m_eventId).value()) {
        const bool ada = p.name == u"Ada Lovelace";
        EXPECT_EQ(p.answers.value(size.id.toString(QUuid::WithoutBraces)).toString(), ada ? u"M"_s : u"L"_s);
        EXPECT_EQ(p.answers.value(diet.id.toString(QUuid::WithoutBraces)).toString(),
                  ada ? u"yes"_s : u"no"_s);
    }
}

TEST_F(RegistrationSetupTest, MessageTemplatesAreEditedPreviewedSavedAndUsed)
{
    createEvent();
    const Participant ada = addParticipant(u"Ada Lovelace"_s, ParticipantStatus::Confirmed);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *table = find<QTableView>(u"participantTable"_s);
    table->selectRow(page->model()->rowOf(ada.meta.id));
    find<QAction>(u"actionMessageTemplates"_s)->trigger();
    MessageTemplatesDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = page->findChild<MessageTemplatesDialog *>(u"messageTemplatesDialog"_s)); },
        5000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QPointer<MessageTemplatesDialog> closed = dialog;
    auto *kind = child<QComboBox>(dialog, u"templateKindCombo"_s);
    auto *subject = child<QLineEdit>(dialog, u"templateSubjectEdit"_s);
    auto *body = child<QPlainTextEdit>(dialog, u"templateBodyEdit"_s);
    auto *preview = child<QLabel>(dialog, u"previewHeader"_s);
    auto *previewBody = child<QPlainTextEdit>(dialog, u"previewBody"_s);
    auto *save = child<QPushButton>(dialog, u"saveTemplatesButton"_s);
    auto *reset = child<QPushButton>(dialog, u"resetTemplateButton"_s);
    auto *placeholders = child<QListWidget>(dialog, u"placeholderList"_s);
    EXPECT_EQ(subject->text(), MessageTemplate::defaultFor(MessageTemplate::Kind::Confirmation).subject);
    EXPECT_EQ(placeholders->count(), int(MessageTemplate::placeholders().size()));
    EXPECT_TRUE(preview->text().contains(u"ada.lovelace@example.org"_s) ||
                preview->text().contains(u"adalovelace@example.org"_s))
        << preview->text().toStdString();
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(reset->isEnabled());

    // The preview follows each keystroke, rendered for the selected participant.
    subject->clear();
    QTest::keyClicks(subject, u"Welcome to {event}, {name}"_s);
    EXPECT_TRUE(preview->text().contains(u"Welcome to Registrations Conf, Ada Lovelace"_s))
        << preview->text().toStdString();
    body->setPlainText(u"Hi {name}, your ticket: {ticket}. "_s);
    body->moveCursor(QTextCursor::End);
    emit placeholders->itemDoubleClicked(placeholders->item(8)); // {id}
    EXPECT_TRUE(body->toPlainText().endsWith(u"{id}"_s)) << body->toPlainText().toStdString();
    EXPECT_TRUE(previewBody->toPlainText().startsWith(u"Hi Ada Lovelace"_s));
    // The registration's readable reference ("7F3A-91C2"), not the raw id.
    EXPECT_TRUE(previewBody->toPlainText().contains(registrationReference(ada.meta.id)));
    EXPECT_FALSE(previewBody->toPlainText().contains(ada.meta.id.toString(QUuid::WithoutBraces)));
    EXPECT_TRUE(save->isEnabled());
    EXPECT_TRUE(reset->isEnabled());

    // An unknown placeholder is reported inline and blocks saving.
    QTest::keyClicks(subject, u" {nmae}"_s);
    auto *errors = child<QLabel>(dialog, u"templateErrors"_s);
    EXPECT_TRUE(errors->isVisibleTo(dialog));
    EXPECT_TRUE(errors->text().contains(u"{nmae}"_s));
    EXPECT_FALSE(save->isEnabled());
    shot(dialog, u"message-templates-invalid"_s);
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(subject, Qt::Key_Backspace);
    EXPECT_TRUE(save->isEnabled());

    // Another kind keeps its own text; switching back keeps the edit.
    kind->setCurrentIndex(kind->findData(int(MessageTemplate::Kind::Waitlist)));
    EXPECT_EQ(subject->text(), MessageTemplate::defaultFor(MessageTemplate::Kind::Waitlist).subject);
    kind->setCurrentIndex(kind->findData(int(MessageTemplate::Kind::Confirmation)));
    EXPECT_EQ(subject->text(), u"Welcome to {event}, {name}"_s);
    shot(dialog, u"message-templates"_s);

    QTest::mouseClick(save, Qt::LeftButton);
    const auto confirmation = MessageTemplate::Kind::Confirmation;
    auto savedSubject = [&] {
        const auto t = MessageTemplateStore(m_probe).saved(m_eventId, confirmation).value();
        return t ? t->subject : QString();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return savedSubject() == u"Welcome to {event}, {name}"; }, 5000));
    EXPECT_FALSE(
        MessageTemplateStore(m_probe).saved(m_eventId, MessageTemplate::Kind::Waitlist).value().has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return savedSubject().isEmpty(); }, 5000));
    QSignalSpy reloaded(page->model(), &ParticipantTableModel::loaded);
    triggerWhenEnabled(u"actionRedo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !savedSubject().isEmpty(); }, 5000));

    // The page's .eml export uses the saved template.
    ASSERT_TRUE(QTest::qWaitFor([&] { return reloaded.count() > 0; }, 5000));
    EXPECT_EQ(page->selectedIds(), QList<QUuid>{ada.meta.id}); // kept across the reloads
    const QString folder = m_ws.filePath(u"mail"_s);
    QSignalSpy written(page, &ParticipantsPage::messagesWritten);
    page->writeMessagesTo(int(confirmation), folder);
    ASSERT_TRUE(written.wait(5000));
    ASSERT_TRUE(written.first().at(0).toBool());
    const QStringList files = written.first().at(1).toStringList();
    ASSERT_EQ(files.size(), 1);
    QFile eml(files.first());
    ASSERT_TRUE(eml.open(QIODevice::ReadOnly));
    const QByteArray bytes = eml.readAll();
    EXPECT_TRUE(bytes.contains("Subject: Welcome to Registrations Conf, Ada Lovelace\r\n"))
        << bytes.toStdString();

    // Reset to default, saved as another undo step.
    ASSERT_TRUE(QTest::qWaitFor([&] { return closed.isNull(); }, 5000)); // deleted on close
    find<QAction>(u"actionMessageTemplates"_s)->trigger();
    MessageTemplatesDialog *again = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (again = page->findChild<MessageTemplatesDialog *>(u"messageTemplatesDialog"_s)); },
        5000));
    EXPECT_EQ(child<QLineEdit>(again, u"templateSubjectEdit"_s)->text(), u"Welcome to {event}, {name}"_s);
    QTest::mouseClick(child<QPushButton>(again, u"resetTemplateButton"_s), Qt::LeftButton);
    EXPECT_EQ(child<QLineEdit>(again, u"templateSubjectEdit"_s)->text(),
              MessageTemplate::defaultFor(confirmation).subject);
    QTest::mouseClick(child<QPushButton>(again, u"saveTemplatesButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return savedSubject().isEmpty(); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 2; }, 5000)) << m_undo.count();
}

TEST_F(RegistrationSetupTest, ColumnChoicesSurviveARestart)
{
    createEvent();
    addParticipant(u"Ada Lovelace"_s, ParticipantStatus::Confirmed, u"Analytical Engines"_s);
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *table = find<QTableView>(u"participantTable"_s);
    const int organisation = ParticipantTableModel::OrganisationColumn;
    const int phone = ParticipantTableModel::PhoneColumn;
    const int email = ParticipantTableModel::EmailColumn;
    ASSERT_FALSE(table->isColumnHidden(organisation));
    ASSERT_TRUE(table->isColumnHidden(phone));
    find<QAction>(u"columnAction_%1"_s.arg(organisation))->trigger(); // hide
    find<QAction>(u"columnAction_%1"_s.arg(phone))->trigger();        // show
    ASSERT_TRUE(table->isColumnHidden(organisation));
    table->horizontalHeader()->resizeSection(email, 313);
    table->sortByColumn(ParticipantTableModel::StatusColumn, Qt::DescendingOrder);
    table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(email), 0);
    shot(m_window.get(), u"columns-before-restart"_s);
    (void)page;

    // A new main window, as after a restart, shows the same columns.
    m_window.reset();
    page = showPage<ParticipantsPage>(u"participantsPage"_s);
    table = find<QTableView>(u"participantTable"_s);
    EXPECT_TRUE(table->isColumnHidden(organisation));
    EXPECT_FALSE(table->isColumnHidden(phone));
    EXPECT_FALSE(find<QAction>(u"columnAction_%1"_s.arg(organisation))->isChecked());
    EXPECT_TRUE(find<QAction>(u"columnAction_%1"_s.arg(phone))->isChecked());
    EXPECT_EQ(table->horizontalHeader()->sectionSize(email), 313);
    EXPECT_EQ(table->horizontalHeader()->visualIndex(email), 0);
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorSection(), ParticipantTableModel::StatusColumn);
    EXPECT_EQ(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    shot(m_window.get(), u"columns-after-restart"_s);

    // Back to the defaults, so other tests in this process start from them.
    find<QAction>(u"columnAction_%1"_s.arg(organisation))->trigger();
    find<QAction>(u"columnAction_%1"_s.arg(phone))->trigger();
    table->horizontalHeader()->moveSection(0, email);
    m_window.reset();
    page = showPage<ParticipantsPage>(u"participantsPage"_s);
    table = find<QTableView>(u"participantTable"_s);
    EXPECT_FALSE(table->isColumnHidden(organisation));
    EXPECT_TRUE(table->isColumnHidden(phone));
}

} // namespace
