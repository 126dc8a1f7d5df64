// Alt accelerators (the "&" in a label, button, menu or action text) must be unique where they act: among
// the menu bar's menus and the visible widgets of one window, and among the items of one menu; and a label's
// must move the cursor to its field. The check
// walks the main window (empty, then each section of the sample event, with the assistant shown) and every
// dialog that can be opened from it, in English and in Chinese (loaded as the app loads it).
#include "assistant/agendaproposalpanel.h"
#include "assistant/assistantdock.h"
#include "assistant/assistanttasks.h"
#include "assistant/reviewpanel.h"
#include "common/messagebox.h"
#include "common/translations.h"
#include "llm/profilestore.h"
#include "participants/participantspage.h"
#include "support/guifixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

// The key after the first single "&" ("&&" is a literal ampersand), upper case; a null QChar if none.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// One scope where accelerators must differ: a window's widgets and menu bar, or one menu.
class Scope
{
public:
    explicit Scope(QString name) : m_name(std::move(name)) {}
    void add(const QString &text, const QString &what)
    {
        const QChar key = accelerator(text);
        if (!key.isNull())
            m_entries[key].append(u"\"%1\" (%2)"_s.arg(text, what));
    }
    QStringList clashes() const
    {
        QStringList out;
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it.value().size() > 1)
                out.append(u"%1: Alt+%2 is used by %3"_s.arg(m_name, it.key(), it.value().join(u" and "_s)));
        return out;
    }

private:
    QString m_name;
    QMap<QChar, QStringList> m_entries;
};

QString windowName(const QWidget *window)
{
    return u"%1 \"%2\""_s.arg(window->objectName().isEmpty()
                                  ? QString::fromLatin1(window->metaObject()->className())
                                  : window->objectName(),
                              window->windowTitle());
}

QStringList checkMenu(const QMenu *menu, const QString &path)
{
    Scope scope(path);
    QStringList out;
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        scope.add(a->text(), a->objectName().isEmpty() ? u"action"_s : a->objectName());
        if (a->menu())
            out += checkMenu(a->menu(), path + u" › "_s + a->text());
    }
    return scope.clashes() + out;
}

QStringList checkActions(const QList<QAction *> &actions, const QString &path)
{
    Scope scope(path);
    for (const QAction *a : actions)
        if (!a->isSeparator() && a->isVisible())
            scope.add(a->text(), a->objectName().isEmpty() ? u"action"_s : a->objectName());
    return scope.clashes();
}

// Why a label's Alt key moves the cursor nowhere: it has no field (its buddy), or the field takes no focus (a
// container of the field and its problem line, say). As QLabel does, the buddy's own focus policy decides (a
// focus proxy alone does not help; the focus then goes on to the proxy).
QString deadKey(const QLabel *label)
{
    const QWidget *target = label->buddy();
    if (!target)
        return u"has an Alt key but no field"_s;
    if (target->focusPolicy() == Qt::NoFocus)
        return u"gives its Alt key to %1 %2, which takes no focus"_s.arg(
            QString::fromLatin1(target->metaObject()->className()), target->objectName());
    return {};
}

// The clashes in window as it is shown now, and the labels whose Alt key reaches no field.
QStringList checkWindow(QWidget *window, const QString &state)
{
    const QString name = windowName(window) + (state.isEmpty() ? QString() : u" ("_s + state + u")"_s);
    Scope scope(name);
    QStringList out;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions()) {
            if (!a->isVisible())
                continue;
            scope.add(a->text(), u"menu"_s);
            if (a->menu())
                out += checkMenu(a->menu(), name + u" › menu "_s + a->text());
        }
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisible())
            continue;
        const QString what = QString::fromLatin1(w->metaObject()->className()) +
                             (w->objectName().isEmpty() ? QString() : u" "_s + w->objectName());
        if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            scope.add(b->text(), what);
            QMenu *menu = nullptr;
            if (auto *p = qobject_cast<QPushButton *>(w))
                menu = p->menu();
            else if (auto *t = qobject_cast<QToolButton *>(w))
                menu = t->menu();
            if (menu)
                out += checkMenu(menu, name + u" › button "_s + b->text());
        } else if (auto *l = qobject_cast<QLabel *>(w); l && !accelerator(l->text()).isNull()) {
            scope.add(l->text(), what);
            if (const QString dead = deadKey(l); !dead.isEmpty())
                out.append(u"%1: \"%2\" (%3) %4"_s.arg(name, l->text(), what, dead));
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            scope.add(g->title(), what);
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                scope.add(t->tabText(i), what);
        }
        if (w->contextMenuPolicy() == Qt::ActionsContextMenu && !w->actions().isEmpty())
            out += checkActions(w->actions(), name + u" › context menu of "_s + what);
    }
    return scope.clashes() + out;
}

class AcceleratorsTest : public Test::GuiFixture
{
protected:
    void TearDown() override
    {
        GuiFixture::TearDown();
        installTranslations(u"en"_s);
        ProfileStore().save(); // no profiles again
    }

    // Runs open, waits for a new dialog to show, checks it and closes it (also when open() runs the dialog's
    // own event loop with exec()).
    void checkDialog(const QString &opener, const std::function<void()> &open)
    {
        QList<QWidget *> before = QApplication::topLevelWidgets();
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(w);
                if (!dialog || before.contains(w) || !dialog->isVisible() || qobject_cast<QMessageBox *>(w))
                    continue;
                m_clashes += checkWindow(dialog, u"opened by "_s + opener);
                m_dialogs.append(windowName(dialog));
                seen = true;
                poll.stop();
                dialog->done(QDialog::Rejected);
                return;
            }
        });
        poll.start();
        open();
        EXPECT_TRUE(QTest::qWaitFor([&] { return seen; }, 5000)) << "no dialog from " << opener.toStdString();
        poll.stop();
        QApplication::processEvents();
    }
    void click(const QString &button)
    {
        checkDialog(button, [this, button] {
            auto *b = find<QAbstractButton>(button);
            ASSERT_NE(b, nullptr);
            ASSERT_TRUE(QTest::qWaitFor([&] { return b->isVisible() && b->isEnabled(); }, 5000))
                << button.toStdString();
            b->click();
        });
    }
    void trigger(const QString &action)
    {
        checkDialog(action, [this, action] {
            auto *a = find<QAction>(action);
            ASSERT_NE(a, nullptr);
            ASSERT_TRUE(QTest::qWaitFor([&] { return a->isEnabled(); }, 5000)) << action.toStdString();
            a->trigger();
        });
    }
    void showSection(int row)
    {
        auto *sections = find<QListWidget>(u"sectionList"_s);
        sections->setCurrentRow(row);
        QApplication::processEvents();
    }

    void checkEverything(const QString &language)
    {
        installTranslations(language);
        // A profile, so that the assistant shows its conversation and buttons (not the set-up page).
        ProviderProfile profile;
        profile.name = u"local"_s;
        profile.baseUrl = u"http://127.0.0.1:9/v1"_s;
        profile.model = u"model-x"_s;
        ProfileStore profiles = ProfileStore::load();
        ASSERT_TRUE(profiles.add(profile, true).ok());
        profiles.save();
        MainWindow &w = openWindow();
        m_clashes += checkWindow(&w, u"no event"_s);
        w.loadSampleEvent();
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.eventModel()->rowCount() == 1; }, 10000));
        auto *sections = find<QListWidget>(u"sectionList"_s);
        ASSERT_TRUE(QTest::qWaitFor([&] { return sections->isEnabled(); }, 5000));
        find<QAction>(u"actionToggleAssistant"_s)->trigger();
        for (int i = 0; i < sections->count(); ++i) {
            showSection(i);
            m_clashes += checkWindow(&w, sections->item(i)->text());
        }
        // The assistant's task panels show below its conversation, beside every page.
        auto *dock = find<AssistantDock>(u"assistantDock"_s);
        for (QWidget *panel : {static_cast<QWidget *>(w.assistantTasks()->agendaPanel()),
                               static_cast<QWidget *>(w.assistantTasks()->reviewPanel())}) {
            dock->setTaskPanel(panel);
            for (int i = 0; i < sections->count(); ++i) {
                showSection(i);
                m_clashes += checkWindow(&w, sections->item(i)->text() + u", "_s + panel->objectName());
            }
        }
        dock->setTaskPanel(nullptr);

        // Every dialog the window opens without a file picker.
        trigger(u"actionLlmProfiles"_s);
        trigger(u"actionAssistantSettings"_s);
        trigger(u"actionPreferences"_s);
        trigger(u"actionKeyboardShortcuts"_s);
        trigger(u"actionAbout"_s);
        trigger(u"actionConflicts"_s);
        trigger(u"actionConnectTeam"_s);
        const QList<std::pair<int, QString>> adds{{3, u"roomAddButton"_s},
                                                  {4, u"trackAddButton"_s},
                                                  {5, u"speakerAddButton"_s},
                                                  {2, u"sessionAddButton"_s}};
        for (const auto &[section, button] : adds) {
            showSection(section);
            click(button);
        }
        showSection(1);
        click(u"conflictRulesButton"_s);
        click(u"compareReleasesButton"_s);
        trigger(u"actionAutoSchedule"_s);
        showSection(6);
        click(u"newParticipantButton"_s);
        trigger(u"actionCustomQuestions"_s);
        trigger(u"actionMessageTemplates"_s);
        trigger(u"actionAssistantReply"_s);
        trigger(u"actionAssistantPrefill"_s);
        auto *page = find<ParticipantsPage>(u"participantsPage"_s);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"people.csv"_s);
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("name,email,ticket\nAda Lovelace,ada@example.org,Regular\n");
        file.close();
        checkDialog(u"import"_s, [&] { page->importFile(csv); });
        auto *table = find<QTableView>(u"participantTable"_s);
        ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 5000));
        table->selectRow(0);
        click(u"editParticipantButton"_s);

        EXPECT_GE(m_dialogs.size(), 14) << m_dialogs.join(u", "_s).toStdString();
        EXPECT_TRUE(m_clashes.isEmpty()) << language.toStdString() << ":\n"
                                         << m_clashes.join(u'\n').toStdString();
    }

    QStringList m_clashes;
    QStringList m_dialogs;
};

TEST(AcceleratorCheck, FindsAClashAndNamesBothTexts)
{
    QWidget window;
    window.setObjectName(u"probe"_s);
    auto *a = new QLabel(u"&Events"_s, &window);
    a->setBuddy(new QListWidget(&window));
    new QPushButton(u"&Edit…"_s, &window);
    auto *b = new QPushButton(u"Save && &exit"_s, &window);
    b->move(0, 40);
    window.show();
    const QStringList clashes = checkWindow(&window, {});
    ASSERT_EQ(clashes.size(), 1) << clashes.join(u'\n').toStdString();
    EXPECT_TRUE(clashes.first().contains(u"Alt+E"_s));
    EXPECT_TRUE(clashes.first().contains(u"&Events"_s));
    EXPECT_TRUE(clashes.first().contains(u"&Edit…"_s));
    EXPECT_TRUE(clashes.first().contains(u"Save && &exit"_s));
    EXPECT_TRUE(clashes.first().startsWith(u"probe"_s));
}

TEST(AcceleratorCheck, FindsALabelWhoseKeyReachesNoField)
{
    QWidget window;
    window.setObjectName(u"probe"_s);
    auto *layout = new QVBoxLayout(&window);
    auto *reaches = new QLabel(u"&Name:"_s, &window);
    auto *cell = new QWidget(&window); // a field with its problem line below it
    auto *name = new QLineEdit(cell);
    (new QVBoxLayout(cell))->addWidget(name);
    reaches->setBuddy(cell);
    cell->setFocusProxy(name);
    cell->setFocusPolicy(Qt::StrongFocus);
    auto *deadEnd = new QLabel(u"&Model:"_s, &window);
    auto *other = new QWidget(&window); // a proxy alone is not enough: QLabel asks the buddy's own policy
    auto *model = new QLineEdit(other);
    (new QVBoxLayout(other))->addWidget(model);
    other->setFocusProxy(model);
    deadEnd->setBuddy(other);
    auto *noField = new QLabel(u"&Proxy:"_s, &window);
    for (QWidget *w : {static_cast<QWidget *>(reaches), cell, static_cast<QWidget *>(deadEnd), other,
                       static_cast<QWidget *>(noField)})
        layout->addWidget(w);
    window.show();
    const QStringList problems = checkWindow(&window, {});
    ASSERT_EQ(problems.size(), 2) << problems.join(u'\n').toStdString();
    // What the check says is what the keys do.
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
    EXPECT_TRUE(name->hasFocus());
    QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
    EXPECT_FALSE(model->hasFocus());
    EXPECT_TRUE(name->hasFocus());
    EXPECT_TRUE(problems.at(0).contains(u"&Model:"_s) && problems.at(0).contains(u"takes no focus"_s))
        << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(1).contains(u"&Proxy:"_s) && problems.at(1).contains(u"no field"_s))
        << problems.at(1).toStdString();
}

TEST_F(AcceleratorsTest, NoAcceleratorIsUsedTwiceOrLeadsNowhereInEnglish)
{
    checkEverything(u"en"_s);
}

TEST_F(AcceleratorsTest, NoAcceleratorIsUsedTwiceOrLeadsNowhereInChinese)
{
    checkEverything(u"zh_CN"_s);
}

} // namespace
