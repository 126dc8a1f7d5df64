// Offscreen GUI tests of the registration pre-fill review: paste, run, review, uncheck, confirm, undo.
#include "assistant/prefillreviewdialog.h"

#include "../participants/participantsfixture.h"
#include "participants/participantspage.h"
#include "support/fakellmserver.h"
#include "support/screenshot.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace EventDesk;
using namespace EventDesk::Test;
using namespace Qt::StringLiterals;
using Scenario = FakeLlmServer::Scenario;

namespace
{

QJsonObject field(const QJsonValue &value, const QJsonValue &quote = QJsonValue::Null)
{
    return {{u"value"_s, value}, {u"quote"_s, quote}};
}

QJsonObject registration(int message, const QString &name, const QString &email, const QJsonValue &phone = {})
{
    return {{u"message"_s, message},
            {u"name"_s, field(name)},
            {u"email"_s, field(email)},
            {u"phone"_s, field(phone.isUndefined() ? QJsonValue(QJsonValue::Null) : phone)},
            {u"organisation"_s, field(QJsonValue::Null)},
            {u"ticket_type"_s, field(QJsonValue::Null)},
            {u"answers"_s, QJsonArray{}}};
}

// Four messages pasted as an mbox: three new people (one Chinese) and one already registered.
const QString kPasted =
    u"From a Mon Nov 30 10:00:00 2026\nFrom: 王芳 <wang.fang@example.cn>\nSubject: 报名\n\n"
    "您好，我是王芳，电话 138 0013 8000，想报名。\n\n"
    "From b Mon Nov 30 10:05:00 2026\nFrom: Tom Baker <tom@example.org>\nSubject: Registration\n\n"
    "Please register me, Tom Baker.\n\n"
    "From c Mon Nov 30 10:10:00 2026\nFrom: Ana <ana@example.org>\nSubject: Again\n\n"
    "Register me again please.\n\n"
    "From d Mon Nov 30 10:15:00 2026\nFrom: Lee <lee@example.org>\nSubject: Hi\n\n"
    "I'm Lee Chen and would like to attend.\n"_s;

class PrefillReviewDialogTest : public ParticipantsFixture
{
protected:
    ProviderProfile profile() const
    {
        ProviderProfile p;
        p.provider = ProviderKind::OpenAiCompatible;
        p.baseUrl = m_server.baseUrl().toString() + u"/v1"_s;
        p.model = u"gpt-4o-mini"_s;
        return p;
    }
    template <typename T> T *in(QWidget *parent, const QString &name)
    {
        T *child = parent->findChild<T *>(name);
        EXPECT_NE(child, nullptr) << "no child named " << name.toStdString();
        return child;
    }
    FakeLlmServer m_server;
};

} // namespace

TEST_F(PrefillReviewDialogTest, PasteRunReviewUncheckConfirmAndUndo)
{
    createEvent();
    const Participant ana = addParticipant(u"Ana"_s, ParticipantStatus::Confirmed);
    m_server.enqueue(
        Scenario::Normal,
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"registrations"_s,
                                       QJsonArray{registration(1, u"王芳"_s, u"[EMAIL_1]"_s, u"[PHONE_1]"_s),
                                                  registration(2, u"Tom Baker"_s, u"[EMAIL_2]"_s),
                                                  registration(3, u"Ana"_s, u"[EMAIL_3]"_s),
                                                  registration(4, u"Lee Chen"_s, u"[EMAIL_4]"_s)}}})
                .toJson()));

    PrefillReviewDialog dialog(m_worker, m_eventId);
    dialog.setProfile(profile(), u"sk-test"_s);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *input = in<QPlainTextEdit>(&dialog, u"prefillInput"_s);
    auto *run = in<QPushButton>(&dialog, u"prefillRunButton"_s);
    auto *confirm = in<QPushButton>(&dialog, u"prefillConfirmButton"_s);
    auto *table = in<QTableWidget>(&dialog, u"prefillDraftTable"_s);
    auto *viewer = in<QPlainTextEdit>(&dialog, u"prefillMessageView"_s);
    ASSERT_TRUE(input && run && confirm && table && viewer);
    EXPECT_FALSE(run->isEnabled());
    EXPECT_FALSE(confirm->isEnabled());
    input->setFocus();
    input->insertPlainText(kPasted); // as a paste does
    ASSERT_TRUE(run->isEnabled());

    QSignalSpy ready(&dialog, &PrefillReviewDialog::reviewReady);
    QTest::mouseClick(run, Qt::LeftButton);
    ASSERT_TRUE(ready.wait(20000));
    EXPECT_EQ(in<QProgressBar>(&dialog, u"prefillProgress"_s)->value(), 1);
    ASSERT_EQ(m_server.requestCount(), 1);
    const QString body = QString::fromUtf8(m_server.requests().first().body);
    for (const QString &secret :
         {u"wang.fang@example.cn"_s, u"tom@example.org"_s, u"ana@example.org"_s, u"138 0013 8000"_s})
        EXPECT_FALSE(body.contains(secret)) << secret.toStdString();

    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->item(0, 1)->text(), u"王芳"_s);
    EXPECT_EQ(table->item(0, 2)->text(), u"wang.fang@example.cn"_s);
    EXPECT_EQ(table->item(0, 3)->text(), u"138 0013 8000"_s);
    EXPECT_TRUE(table->item(0, 2)->toolTip().contains(u"“wang.fang@example.cn”"_s))
        << table->item(0, 2)->toolTip().toStdString();
    // New people are ticked; the one already registered is flagged and not ticked.
    EXPECT_EQ(table->item(0, 0)->checkState(), Qt::Checked);
    EXPECT_EQ(table->item(2, 0)->checkState(), Qt::Unchecked);
    const int problems = table->columnCount() - 1;
    EXPECT_TRUE(table->item(2, problems)->text().contains(u"already registered"_s))
        << table->item(2, problems)->text().toStdString();

    // Selecting a cell highlights its source in the message.
    table->setCurrentCell(0, 3);
    screenshot(&dialog, u"prefill-review"_s);
    ASSERT_EQ(viewer->extraSelections().size(), 1);
    EXPECT_EQ(viewer->extraSelections().first().cursor.selectedText(), u"138 0013 8000"_s);
    table->setCurrentCell(1, 1);
    EXPECT_TRUE(viewer->toPlainText().contains(u"Please register me, Tom Baker."_s));
    EXPECT_EQ(viewer->extraSelections().first().cursor.selectedText(), u"Tom Baker"_s);

    // Untick Tom; confirm registers Wang Fang and Lee as one undo step.
    table->item(1, 0)->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(confirm->isEnabled());
    EXPECT_EQ(confirm->text(), u"&Confirm 2 Registration(s)"_s);
    QSignalSpy registered(&dialog, &PrefillReviewDialog::registered);
    QTest::mouseClick(confirm, Qt::LeftButton);
    ASSERT_TRUE(registered.wait(10000));
    EXPECT_EQ(registered.first().first().toInt(), 2);
    EXPECT_FALSE(dialog.isVisible());
    auto saved = m_probe.list<Participant>(m_eventId);
    ASSERT_TRUE(saved.ok());
    QStringList names;
    for (const Participant &p : saved.value())
        names.append(p.name);
    names.sort();
    EXPECT_EQ(names, (QStringList{u"Ana"_s, u"Lee Chen"_s, u"王芳"_s}));
    EXPECT_EQ(m_undo.count(), 1);
    for (const Participant &p : saved.value()) {
        if (p.meta.id != ana.meta.id) {
            EXPECT_EQ(p.source, u"assistant"_s);
        }
    }

    Command::undo();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_probe.list<Participant>(m_eventId).value().size() == 1; }, 10000));
    EXPECT_EQ(m_probe.list<Participant>(m_eventId).value().first().meta.id, ana.meta.id);
}

// Add Files… and Clear Files are buttons of their own width (they filled the dialog's width while no file was
// listed), and Clear Files is there to press only when there are files to clear.
TEST_F(PrefillReviewDialogTest, TheFileButtonsKeepTheirWidthAndClearWaitsForFiles)
{
    createEvent();
    QTemporaryDir dir;
    QFile message(dir.filePath(u"ada.eml"_s));
    ASSERT_TRUE(message.open(QIODevice::WriteOnly));
    message.write("From: Ada <ada@example.org>\r\nSubject: Register me\r\n\r\nPlease register me.\r\n");
    message.close();
    PrefillReviewDialog dialog(m_worker, m_eventId);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *add = in<QPushButton>(&dialog, u"prefillAddFilesButton"_s);
    auto *clear = in<QPushButton>(&dialog, u"prefillClearFilesButton"_s);
    auto *files = in<QListWidget>(&dialog, u"prefillFileList"_s);
    EXPECT_LT(add->width(), dialog.width() / 3);
    EXPECT_LT(clear->width(), dialog.width() / 3);
    EXPECT_FALSE(clear->isEnabled());
    EXPECT_FALSE(files->isVisible());

    dialog.addFiles({message.fileName()});
    EXPECT_TRUE(files->isVisible());
    EXPECT_EQ(files->count(), 1);
    EXPECT_TRUE(clear->isEnabled());
    EXPECT_LT(add->width(), dialog.width() / 3);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_EQ(files->count(), 0);
    EXPECT_FALSE(files->isVisible());
    EXPECT_FALSE(clear->isEnabled());
}

TEST_F(PrefillReviewDialogTest, ADroppedEmptyFileSaysSo)
{
    createEvent();
    QTemporaryDir dir;
    QFile empty(dir.filePath(u"empty.eml"_s));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    PrefillReviewDialog dialog(m_worker, m_eventId);
    dialog.setProfile(profile(), u"sk-test"_s);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *run = in<QPushButton>(&dialog, u"prefillRunButton"_s);
    auto *files = in<QListWidget>(&dialog, u"prefillFileList"_s);
    EXPECT_FALSE(run->isEnabled());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(empty.fileName())});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    ASSERT_EQ(files->count(), 1);
    EXPECT_EQ(files->item(0)->text(), u"empty.eml"_s);
    ASSERT_TRUE(run->isEnabled());
    auto *status = in<QLabel>(&dialog, u"prefillStatus"_s);
    QTest::mouseClick(run, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text() == u"empty.eml is empty."_s; }, 10000))
        << status->text().toStdString();
    EXPECT_EQ(m_server.requestCount(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isEnabled(); }, 5000));
}

TEST_F(PrefillReviewDialogTest, ParticipantsPageOpensThePrefill)
{
    createEvent();
    auto *page = showPage<ParticipantsPage>(u"participantsPage"_s);
    auto *button = find<QToolButton>(u"prefillButton"_s);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return button->isEnabled(); }, 5000));
    QTest::mouseClick(button, Qt::LeftButton);
    PrefillReviewDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (dialog = page->findChild<PrefillReviewDialog *>(u"prefillReviewDialog"_s)) != nullptr;
        },
        5000));
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
}

// A failure before any draft says what Retry does, without counting "0 drafts" as kept.
TEST_F(PrefillReviewDialogTest, AModelErrorBeforeAnyDraftSaysRetrySendsTheMessagesAgain)
{
    createEvent();
    m_server.enqueue(Scenario::Unauthorized);
    PrefillReviewDialog dialog(m_worker, m_eventId);
    dialog.setProfile(profile(), u"sk-test"_s);
    dialog.show();
    in<QPlainTextEdit>(&dialog, u"prefillInput"_s)
        ->insertPlainText(u"From: Ada <ada@example.org>\n\nRegister me."_s);
    auto *run = in<QPushButton>(&dialog, u"prefillRunButton"_s);
    QSignalSpy ready(&dialog, &PrefillReviewDialog::reviewReady);
    QTest::mouseClick(run, Qt::LeftButton);
    ASSERT_TRUE(ready.wait(20000));
    const QString status = in<QLabel>(&dialog, u"prefillStatus"_s)->text();
    EXPECT_TRUE(status.endsWith(u" Retry sends the messages again."_s)) << status.toStdString();
    EXPECT_FALSE(status.contains(u"0 draft"_s)) << status.toStdString();
    EXPECT_EQ(run->text(), u"R&etry"_s);

    // Alt+E, the key the button had before, retries: it types nothing into the messages.
    m_server.enqueue(
        Scenario::Normal,
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"registrations"_s,
                                                     QJsonArray{registration(1, u"Ada"_s, u"[EMAIL_1]"_s)}}})
                              .toJson()));
    auto *input = in<QPlainTextEdit>(&dialog, u"prefillInput"_s);
    const QString typed = input->toPlainText();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    input->setFocus();
    QTest::keyClick(input, Qt::Key_E, Qt::AltModifier);
    ASSERT_TRUE(ready.count() == 2 || ready.wait(20000));
    EXPECT_EQ(m_server.requestCount(), 2);
    EXPECT_EQ(input->toPlainText(), typed);
    EXPECT_EQ(in<QTableWidget>(&dialog, u"prefillDraftTable"_s)->rowCount(), 1);
}

TEST_F(PrefillReviewDialogTest, AModelErrorKeepsTheDraftsAndRetrySendsTheRest)
{
    createEvent();
    QString pasted;
    QJsonArray first;
    for (int i = 1; i <= 11; ++i) {
        pasted +=
            u"From x Mon Nov 30 10:00:00 2026\nFrom: Person %1 <p%1@example.org>\n\nRegister me.\n\n"_s.arg(
                i);
        if (i <= 10)
            first.append(registration(i, u"Person %1"_s.arg(i), u"[EMAIL_%1]"_s.arg(i)));
    }
    m_server.enqueue(Scenario::Normal,
                     QString::fromUtf8(QJsonDocument(QJsonObject{{u"registrations"_s, first}}).toJson()));
    m_server.enqueue(Scenario::Unauthorized);
    PrefillReviewDialog dialog(m_worker, m_eventId);
    dialog.setProfile(profile(), u"sk-test"_s);
    dialog.show();
    in<QPlainTextEdit>(&dialog, u"prefillInput"_s)->insertPlainText(pasted);
    auto *run = in<QPushButton>(&dialog, u"prefillRunButton"_s);
    auto *table = in<QTableWidget>(&dialog, u"prefillDraftTable"_s);
    auto *status = in<QLabel>(&dialog, u"prefillStatus"_s);
    QSignalSpy ready(&dialog, &PrefillReviewDialog::reviewReady);
    QTest::mouseClick(run, Qt::LeftButton);
    ASSERT_TRUE(ready.wait(20000));
    EXPECT_EQ(m_server.requestCount(), 2);
    EXPECT_EQ(table->rowCount(), 10);
    EXPECT_TRUE(status->text().contains(u"Retry sends the remaining messages"_s))
        << status->text().toStdString();
    EXPECT_EQ(run->text(), u"R&etry"_s);
    EXPECT_TRUE(in<QPushButton>(&dialog, u"prefillConfirmButton"_s)->isEnabled());

    m_server.enqueue(
        Scenario::Normal,
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"registrations"_s,
                                       QJsonArray{registration(1, u"Person 11"_s, u"[EMAIL_1]"_s)}}})
                .toJson()));
    QTest::mouseClick(run, Qt::LeftButton);
    ASSERT_TRUE(ready.wait(20000));
    EXPECT_EQ(m_server.requestCount(), 3);
    EXPECT_TRUE(QString::fromUtf8(m_server.requests().last().body).contains(u"Person 11"_s));
    EXPECT_FALSE(QString::fromUtf8(m_server.requests().last().body).contains(u"Person 10"_s));
    ASSERT_EQ(table->rowCount(), 11);
    EXPECT_EQ(table->item(10, 2)->text(), u"p11@example.org"_s);
}

TEST_F(PrefillReviewDialogTest, CancelStopsTheRunningRequest)
{
    createEvent();
    m_server.enqueue(Scenario::Stalled);
    PrefillReviewDialog dialog(m_worker, m_eventId);
    dialog.setProfile(profile(), u"sk-test"_s);
    dialog.show();
    in<QPlainTextEdit>(&dialog, u"prefillInput"_s)->insertPlainText(u"Please register Wang Fang."_s);
    auto *cancel = in<QPushButton>(&dialog, u"prefillCancelButton"_s);
    EXPECT_FALSE(cancel->isEnabled());
    QSignalSpy ready(&dialog, &PrefillReviewDialog::reviewReady);
    QTest::mouseClick(in<QPushButton>(&dialog, u"prefillRunButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() == 1 && cancel->isEnabled(); }, 10000));
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_TRUE(in<QLabel>(&dialog, u"prefillStatus"_s)->text().contains(u"cancelled"_s));
    EXPECT_FALSE(cancel->isEnabled());
}

TEST_F(PrefillReviewDialogTest, ClosingTheDialogWhileItRunsCancelsTheRequest)
{
    createEvent();
    m_server.enqueue(Scenario::Stalled);
    auto *dialog = new PrefillReviewDialog(m_worker, m_eventId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile(), u"sk-test"_s);
    dialog->show();
    in<QPlainTextEdit>(dialog, u"prefillInput"_s)->insertPlainText(u"Please register Wang Fang."_s);
    QPointer<PrefillReviewDialog> guard(dialog);
    bool reviewed = false;
    QObject::connect(dialog, &PrefillReviewDialog::reviewReady, [&reviewed] { reviewed = true; });
    QTest::mouseClick(in<QPushButton>(dialog, u"prefillRunButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() == 1; }, 10000));
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull() && m_server.openConnections() == 0; }, 10000));
    EXPECT_FALSE(reviewed);
    EXPECT_TRUE(m_probe.list<Participant>(m_eventId).value().isEmpty());
}
