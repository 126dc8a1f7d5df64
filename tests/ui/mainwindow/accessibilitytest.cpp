// Keyboard and screen-reader access: every widget the Tab key reaches in the main window has an accessible
// name a screen reader can say (from its buddy label, its text or setAccessibleName), with the sample event
// loaded and each section (Ctrl+1 … Ctrl+8) shown in turn.
#include "support/guifixture.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

// A widget's name as assistive technology reads it.
QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// A name that says something: at least one letter or digit ("+" or "−" alone do not).
bool saysSomething(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        if (!o->objectName().isEmpty()) {
            path.prepend(o->objectName());
            if (path.size() == 3)
                break;
        }
    return QString::fromLatin1(w->metaObject()->className()) + u" "_s + path.join(u'/');
}

// The focusable, visible widgets of window's Tab chain that have no name worth saying.
QStringList unnamedInFocusChain(QWidget *window)
{
    QStringList out;
    int guard = 0;
    for (QWidget *w = window->nextInFocusChain(); w && w != window && guard < 5000;
         w = w->nextInFocusChain(), ++guard) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // A widget whose focus goes to another (a combo box's line edit, a page's search box) is named there.
        if (w->focusProxy())
            continue;
        if (!saysSomething(accessibleName(w)))
            out.append(describe(w) + u" (\""_s + accessibleName(w) + u"\")"_s);
    }
    return out;
}

class AccessibilityTest : public Test::GuiFixture
{
};

TEST(AccessibilityCheck, FindsAnUnnamedLineEditAndASymbolButton)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *edit = new QLineEdit(&window);
    edit->setObjectName(u"bare"_s);
    auto *plus = new QPushButton(u"+"_s, &window);
    plus->setObjectName(u"plus"_s);
    auto *named = new QPushButton(u"Save"_s, &window);
    layout->addWidget(edit);
    layout->addWidget(plus);
    layout->addWidget(named);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QStringList unnamed = unnamedInFocusChain(&window);
    ASSERT_EQ(unnamed.size(), 2) << unnamed.join(u'\n').toStdString();
    EXPECT_TRUE(unnamed.at(0).contains(u"bare"_s));
    EXPECT_TRUE(unnamed.at(1).contains(u"plus"_s));
    edit->setAccessibleName(u"Search"_s);
    plus->setAccessibleName(u"Add"_s);
    EXPECT_TRUE(unnamedInFocusChain(&window).isEmpty());
}

TEST_F(AccessibilityTest, EveryFocusableWidgetOfEverySectionHasAnAccessibleName)
{
    MainWindow &w = openWindow();
    QStringList problems;
    for (const QString &n : unnamedInFocusChain(&w))
        problems.append(u"empty workspace: "_s + n);
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    auto *sections = find<QListWidget>(u"sectionList"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return sections->isEnabled(); }, 5000));
    find<QAction>(u"actionToggleAssistant"_s)->trigger();
    auto *pages = find<QStackedWidget>(u"pages"_s);
    for (int i = 0; i < sections->count(); ++i) {
        // Event details and the parts are Go › Ctrl+1 …, the dashboard (last) Ctrl+0.
        auto *go = m_window->findChild<QAction *>(u"actionSection%1"_s.arg(i));
        if (!go)
            go = find<QAction>(u"actionDashboard"_s);
        ASSERT_NE(go, nullptr);
        go->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return sections->currentRow() == i; }, 5000));
        QApplication::processEvents();
        for (const QString &n : unnamedInFocusChain(&w))
            problems.append(sections->item(i)->text() + u": "_s + n);
        EXPECT_NE(pages->currentWidget(), nullptr);
    }
    problems.removeDuplicates();
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " unnamed:\n" << problems.join(u'\n').toStdString();
}

// Placing a session on the grid is not drag-only: Enter on an unscheduled session opens its editor, with the
// room and start time to set.
TEST_F(AccessibilityTest, EnterOnAnUnscheduledSessionOpensItsEditor)
{
    MainWindow &w = openWindow();
    w.loadSampleEvent();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 5000));
    find<QAction>(u"actionSection1"_s)->trigger(); // Schedule
    auto *list = find<QListWidget>(u"unscheduledList"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->count() > 0; }, 5000));
    list->setFocus();
    list->setCurrentRow(0);
    const QString shown = list->item(0)->text();
    QTest::keyClick(list, Qt::Key_Return);
    QDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top->objectName() == u"sessionDialog"_s && top->isVisible())
                    dialog = qobject_cast<QDialog *>(top);
            return dialog != nullptr;
        },
        5000));
    auto *title = dialog->findChild<QLineEdit *>(u"sessionTitleEdit"_s);
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(shown.startsWith(title->text()))
        << shown.toStdString() << " / " << title->text().toStdString();
    EXPECT_NE(dialog->findChild<QWidget *>(u"sessionRoomCombo"_s), nullptr);
    dialog->reject();
}

} // namespace
