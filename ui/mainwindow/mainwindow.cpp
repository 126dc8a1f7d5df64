#include "mainwindow.h"

#include "assistant/agendaproposalpanel.h"
#include "assistant/assistantdock.h"
#include "assistant/assistantsettingsdialog.h"
#include "assistant/assistanttasks.h"
#include "commands/command.h"
#include "commands/storecommand.h"
#include "common/filelocations.h"
#include "common/messagebox.h"
#include "common/recordtablepage.h"
#include "dashboard/dashboardpage.h"
#include "events/emptystatewidget.h"
#include "events/eventform.h"
#include "events/eventlistmodel.h"
#include "interop/interopexportdialog.h"
#include "interop/interopformats.h"
#include "interop/interopimportdialog.h"
#include "llm/llmclient.h"
#include "llm/llmprofilesdialog.h"
#include "llm/responsecacheworker.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/shortcutsdialog.h"
#include "participants/checkinpage.h"
#include "participants/participantspage.h"
#include "schedule/scheduledefaults.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulerecordeditor.h"
#include "schedule/schedulescene.h"
#include "settings.h"
#include "settings/settingsdialog.h"
#include "storage/sampleconference.h"
#include "storage/storageworker.h"
#include "sync/conflictsdialog.h"
#include "sync/syncstatuswidget.h"
#include "sync/teamsync.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

MainWindow::MainWindow(StorageWorker &worker, QWidget *parent)
    : QMainWindow(parent), m_worker(worker), m_events(new EventListModel(worker, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("EventDesk"));
    createLayout();
    createActions();

    connect(m_events, &EventListModel::loaded, this, &MainWindow::onEventsLoaded);
    connect(m_events, &EventListModel::loadFailed, this, [this](const QString &message) {
        m_loadMessage = message;
        statusBar()->showMessage(message);
    });
    connect(StoreCommandNotifier::instance(), &StoreCommandNotifier::failed, this,
            [this](const QString &message) { showEditFailure(message, {}); });
    connect(StoreCommandNotifier::instance(), &StoreCommandNotifier::stepBlocked, this,
            [this](const QString &message, bool undo) {
                showEditFailure(message, undo ? &Command::discardUndoStep : &Command::discardRedoStep);
            });
    connect(StoreCommandNotifier::instance(), &StoreCommandNotifier::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(StoreCommandNotifier::instance(), &StoreCommandNotifier::saved, this,
            [this](const QString &text, const QString &report) {
                statusBar()->showMessage(report.isEmpty() ? tr("Saved: %1.").arg(text) : report, 5000);
            });
    connect(StoreCommandNotifier::instance(), &StoreCommandNotifier::moved, this,
            [this](const QString &text, bool undo) {
                statusBar()->showMessage(undo ? tr("Undone: %1.").arg(text) : tr("Redone: %1.").arg(text),
                                         5000);
            });
    for (EventPage *page : std::as_const(m_eventPages))
        connect(page, &EventPage::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_form, &EventForm::saved, this, [this](const QUuid &id, bool changed) {
        m_creating = false;
        // A write is reported once it committed ("Saved: Edit event …"), and its event is selected after the
        // list reloads; a save of nothing says so (and waits for no reload).
        if (changed)
            m_pendingSelection = id;
        else
            statusBar()->showMessage(tr("No changes to save."), 3000);
    });
    connect(m_form, &EventForm::cancelled, this, [this] {
        if (m_creating) {
            m_creating = false;
            onEventsLoaded();
        }
    });

    if (Settings::value(Settings::Key::RememberWindowState).toBool()) {
        restoreGeometry(Settings::value(Settings::Key::MainWindowGeometry).toByteArray());
        restoreState(Settings::value(Settings::Key::MainWindowState).toByteArray());
    }
    m_loadMessage = tr("Loading workspace…");
    statusBar()->showMessage(m_loadMessage);
    m_events->reload();
    m_teamSync->start(); // with a stored team server
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    m_eventList = new QListView(this);
    m_eventList->setObjectName(u"eventList"_s);
    m_eventList->setModel(m_events);
    m_eventList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A long name is cut with "…" rather than scrolled sideways; its tooltip gives it whole.
    m_eventList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_eventList->setTextElideMode(Qt::ElideRight);
    m_eventList->setAccessibleName(tr("Events"));
    m_sections = new QListWidget(this);
    m_sections->setObjectName(u"sectionList"_s);
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->addItem(tr("Event details"));
    createSections();
    for (EventPage *page : std::as_const(m_eventPages))
        m_sections->addItem(page->title());
    m_sections->setMaximumHeight(m_sections->sizeHintForRow(0) * (m_sections->count() + 1));
    m_sections->setCurrentRow(0);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *eventsLabel = new QLabel(tr("Event &list"), left);
    eventsLabel->setBuddy(m_eventList);
    leftLayout->addWidget(eventsLabel);
    leftLayout->addWidget(m_eventList, 1);
    leftLayout->addWidget(m_sections);

    m_emptyState = new EmptyStateWidget(this);
    m_form = new EventForm(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_form);
    for (EventPage *page : std::as_const(m_eventPages))
        m_pages->addWidget(page);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});
    // The event list and the sections stay readable when the assistant docks beside the page: the page
    // gives up its width first (its views scroll).
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    splitter->setCollapsible(0, false);
    setCentralWidget(splitter);
    resize(1100, 720);

    // The assistant beside the event (View › Assistant, Ctrl+Shift+A); its place is kept with the window's.
    m_llm = new LlmClient(this);
    // Deterministic answers are kept; the cache is read on a thread of its own, never on this one.
    m_llm->setCacheWorker(new ResponseCacheWorker({}, m_llm));
    m_assistant = new AssistantDock(m_worker, *m_llm, this);
    addDockWidget(Qt::RightDockWidgetArea, m_assistant);
    m_assistant->hide(); // until shown once: then the window's saved state says
    m_assistantTasks = new AssistantTasks(m_worker, *m_llm, m_assistant,
                                          qobject_cast<SchedulePage *>(m_eventPages.value(0)), this);
    connect(m_assistantTasks, &AssistantTasks::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_assistantTasks, &AssistantTasks::scheduleWanted, this,
            [this] { m_sections->setCurrentRow(1); });
    connect(m_assistantTasks, &AssistantTasks::recordActivated, this, &MainWindow::showRecord);
    for (EventPage *page : std::as_const(m_eventPages))
        if (auto *participants = qobject_cast<ParticipantsPage *>(page))
            connect(participants, &ParticipantsPage::recordActivated, this, &MainWindow::showRecord);
    if (auto *schedule = qobject_cast<SchedulePage *>(m_eventPages.value(0)))
        connect(schedule, &SchedulePage::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(m_emptyState, &EmptyStateWidget::newEventRequested, this, &MainWindow::newEvent);
    connect(m_emptyState, &EmptyStateWidget::sampleRequested, this, &MainWindow::loadSampleEvent);
    connect(m_eventList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentEventChanged);
    connect(m_sections, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
}

// The event's parts, in the order of the section list (Ctrl+2 …). Each feature brings its own page.
void MainWindow::createSections()
{
    auto *recordEditor = new ScheduleRecordEditor(m_worker, this);
    auto editable = [this, recordEditor](RecordKind kind, const QString &title) {
        auto *page = new RecordTablePage(m_worker, kind, title, this);
        page->setEditing([recordEditor, kind](const QUuid &eventId,
                                              const QUuid &id) { recordEditor->open(kind, eventId, id); },
                         [recordEditor, kind](const QList<QUuid> &ids) { recordEditor->remove(kind, ids); });
        return page;
    };
    m_eventPages = {
        new SchedulePage(m_worker, this),
        editable(RecordKind::Session, tr("Sessions")),
        editable(RecordKind::Room, tr("Rooms")),
        editable(RecordKind::Track, tr("Tracks")),
        editable(RecordKind::Speaker, tr("Speakers")),
        new ParticipantsPage(m_worker, this),
        new CheckInPage(m_worker, this),
        new DashboardPage(m_worker, this), // last: Go › Dashboard is Ctrl+0
    };
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a);
        return a;
    };
    // Team sync: File › Connect to Team…, Edit › Sync Now, the status bar's indicator.
    m_teamSync = new TeamSync(m_worker, this);
    statusBar()->addPermanentWidget(m_teamSync->statusWidget());
    connect(m_teamSync, &TeamSync::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    QAction *newAction = makeAction(u"actionNewEvent"_s, tr("&New Event"), QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newEvent);
    QAction *sample = makeAction(u"actionLoadSample"_s, tr("Load &Sample Event"), {});
    connect(sample, &QAction::triggered, this, &MainWindow::loadSampleEvent);
    QAction *remove = makeAction(u"actionDeleteEvent"_s, tr("&Delete Event"), QKeySequence(u"Ctrl+Del"_s));
    // Ctrl+Del deletes the next word in a text field: the shortcut works only in the event list.
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_eventList->addAction(remove);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteCurrentEvent);
    QAction *importAction = makeAction(u"actionImport"_s, tr("&Import…"), {});
    connect(importAction, &QAction::triggered, this, [this] {
        QStringList filters;
        for (const GuiImportFormat &f : guiImportFormats())
            filters.append(f.fileFilter);
        filters.append(tr("All files (*)"));
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import"), FileLocations::start(), filters.join(u";;"_s));
        FileLocations::rememberFile(path);
        if (!path.isEmpty())
            importFile(path);
    });
    QAction *exportAction = makeAction(u"actionExport"_s, tr("&Export…"), {});
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportCurrentEvent);
    QAction *quit = makeAction(u"actionQuit"_s, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addActions({newAction, sample});
    file->addSeparator();
    file->addActions({importAction, exportAction});
    // The event's parts' imports and exports (participants' CSV, …).
    for (const EventPage *page : std::as_const(m_eventPages)) {
        const QList<QAction *> actions = page->fileMenuActions();
        file->addActions(actions);
        addActions(actions);
    }
    file->addSeparator();
    file->addActions({m_teamSync->connectAction(), m_teamSync->disconnectAction()});
    file->addSeparator();
    file->addAction(remove);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"menuEdit"_s);
    QAction *undo = Command::createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = Command::createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    edit->addActions({undo, redo});
    edit->addSeparator();
    // Find: the cursor in the shown page's search box (participants, sessions, check-in, …).
    QAction *find = makeAction(u"actionFind"_s, tr("&Find"), QKeySequence::Find);
    edit->addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        if (QWidget *page = m_pages->currentWidget(); page && page->focusProxy())
            page->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_pages, &QStackedWidget::currentChanged, find, [this, find] {
        const QWidget *page = m_pages->currentWidget();
        find->setEnabled(page && page->focusProxy());
    });
    find->setEnabled(false);
    edit->addSeparator();
    edit->addActions({m_teamSync->syncNowAction(), m_teamSync->cancelSyncAction()});
    edit->addSeparator();
    QAction *preferences = makeAction(u"actionPreferences"_s, tr("&Preferences…"), {});
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(u"Ctrl+,"_s)))
        preferenceKeys.append(QKeySequence(u"Ctrl+,"_s));
    preferences->setShortcuts(preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    edit->addAction(preferences);
    // Team sync's conflicts: both values, who and when; each resolution is one undo step.
    QAction *conflicts = makeAction(u"actionConflicts"_s, tr("&Conflicts…"), {});
    connect(conflicts, &QAction::triggered, this, [this] {
        if (auto *open = findChild<ConflictsDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new ConflictsDialog(m_worker, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_teamSync, &TeamSync::conflictsChanged, dialog, &ConflictsDialog::refresh);
        dialog->show();
    });
    edit->addSeparator();
    edit->addAction(conflicts);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(u"menuGo"_s);
    for (int i = 0; i < m_sections->count(); ++i) {
        // Event details, then the parts, on Ctrl+1 …; the dashboard on Ctrl+0.
        const bool dashboard = qobject_cast<DashboardPage *>(m_eventPages.value(i - 1)) != nullptr;
        QAction *a = makeAction(u"actionSection%1"_s.arg(i), m_sections->item(i)->text(),
                                QKeySequence(dashboard ? u"Ctrl+0"_s : u"Ctrl+%1"_s.arg(i + 1)));
        if (dashboard)
            a->setObjectName(u"actionDashboard"_s);
        connect(a, &QAction::triggered, this, [this, i] {
            m_sections->setCurrentRow(i);
            // A page that names where typing goes (its focus proxy: the search box) gets the keyboard.
            if (QWidget *page = m_pages->currentWidget(); page && page->focusProxy())
                page->setFocus(Qt::ShortcutFocusReason);
        });
        go->addAction(a);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    QAction *assistant = m_assistant->toggleViewAction();
    assistant->setObjectName(u"actionToggleAssistant"_s);
    assistant->setText(tr("&Assistant"));
    assistant->setShortcut(QKeySequence(u"Ctrl+Shift+A"_s));
    addAction(assistant);
    view->addAction(assistant);
    // Showing the dock from the keyboard puts the cursor in its message box.
    connect(assistant, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            QTimer::singleShot(0, m_assistant, &AssistantDock::focusInput);
    });
    // The pages' view commands (the schedule grid's zoom).
    for (const EventPage *page : std::as_const(m_eventPages)) {
        const QList<QAction *> actions = page->viewMenuActions();
        if (actions.isEmpty())
            continue;
        view->addSeparator();
        view->addActions(actions);
        addActions(actions);
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    const QList<std::pair<QString, QString>> languages{
        {u"system"_s, tr("System default")}, {u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    auto *group = new QActionGroup(this);
    const QString current = Settings::value(Settings::Key::Language).toString();
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setObjectName(u"actionLanguage_"_s + code);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            Settings::setValue(Settings::Key::Language, code);
            statusBar()->showMessage(tr("The language changes the next time EventDesk starts."), 5000);
        });
    }

    // The current event's parts bring their own commands (registration questions, message templates, …).
    QMenu *eventMenu = menuBar()->addMenu(tr("Eve&nt"));
    eventMenu->setObjectName(u"menuEvent"_s);
    for (const EventPage *page : std::as_const(m_eventPages)) {
        const QList<QAction *> actions = page->menuActions();
        if (actions.isEmpty())
            continue;
        if (!eventMenu->isEmpty())
            eventMenu->addSeparator();
        eventMenu->addActions(actions);
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"menuTools"_s);
    QAction *llmProfiles = makeAction(u"actionLlmProfiles"_s, tr("Assistant &Profiles…"), {});
    connect(llmProfiles, &QAction::triggered, this, [this] {
        auto *dialog = new LlmProfilesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, m_assistant, &AssistantDock::reloadSettings);
        dialog->open();
    });
    tools->addAction(llmProfiles);
    connect(m_assistant, &AssistantDock::profilesRequested, llmProfiles, &QAction::trigger);
    QAction *assistantSettings = makeAction(u"actionAssistantSettings"_s, tr("Assistant &Settings…"), {});
    connect(assistantSettings, &QAction::triggered, this, [this] {
        auto *dialog = new AssistantSettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AssistantSettingsDialog::saved, m_assistant, &AssistantDock::reloadSettings);
        dialog->open();
    });
    tools->addAction(assistantSettings);
    // The assistant's tasks, from the keyboard too; the dock shows what they bring.
    tools->addSeparator();
    for (QAction *task : m_assistant->taskActions()) {
        tools->addAction(task);
        connect(task, &QAction::triggered, m_assistant, &QWidget::show);
    }
    tools->addSeparator();
    tools->addActions(m_assistantTasks->agendaPanel()->actions()); // enabled while a proposal shows
    tools->addSeparator();
    for (QAction *command : m_assistant->conversationActions()) {
        tools->addAction(command);
        connect(command, &QAction::triggered, m_assistant, &QWidget::show);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    QAction *shortcuts =
        makeAction(u"actionKeyboardShortcuts"_s, tr("&Keyboard Shortcuts…"), QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *about = makeAction(u"actionAbout"_s, tr("&About EventDesk"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_worker, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addActions({shortcuts, about});
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
}

// What the window shows of the settings follows them at once; the language from the next start.
void MainWindow::applySettings()
{
    m_assistant->reloadSettings();
    const QString language = Settings::value(Settings::Key::Language).toString();
    if (auto *action = findChild<QAction *>(u"actionLanguage_"_s + language))
        action->setChecked(true);
    if (auto *schedule = qobject_cast<SchedulePage *>(m_eventPages.value(0)))
        schedule->scene()->setSnapMinutes(ScheduleDefaults::load().snapMinutes());
}

void MainWindow::setPage(Page page)
{
    switch (page) {
    case Page::Empty:
        m_pages->setCurrentWidget(m_emptyState);
        break;
    case Page::Form:
        m_pages->setCurrentWidget(m_form);
        break;
    case Page::Part:
        break;
    }
    m_sections->setEnabled(page != Page::Empty && !m_currentId.isNull());
}

bool MainWindow::confirmLeavingForm()
{
    if (m_pages->currentWidget() != m_form || !m_form->isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The event has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_form->save();
    return true;
}

void MainWindow::newEvent()
{
    if (!confirmLeavingForm())
        return;
    Event e;
    e.meta.id = newRecordId();
    e.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone::isTimeZoneIdAvailable(e.timeZone.toUtf8()))
        e.timeZone = u"UTC"_s;
    e.startDate = QDate::currentDate().addMonths(3);
    e.endDate = e.startDate.addDays(1);
    ScheduleDefaults::load().applyTo(e); // Edit › Preferences › Schedule
    m_creating = true;
    m_eventList->clearSelection();
    m_form->setEvent(e, true);
    m_sections->blockSignals(true);
    m_sections->setCurrentRow(0);
    m_sections->blockSignals(false);
    setPage(Page::Form);
    m_sections->setEnabled(false);
    m_form->findChild<QWidget *>(u"nameEdit"_s)->setFocus();
}

void MainWindow::importFile(const QString &path)
{
    auto *dialog = new InteropImportDialog(m_worker, m_currentId, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::exportCurrentEvent()
{
    if (m_currentId.isNull()) {
        statusBar()->showMessage(tr("Choose an event to export first."), 5000);
        return;
    }
    auto *dialog = new InteropExportDialog(m_worker, m_currentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->suggestName(m_eventList->currentIndex().data().toString());
    dialog->show();
}

void MainWindow::loadSampleEvent()
{
    statusBar()->showMessage(tr("Creating the sample conference…"));
    // Deliberately not a command and not undoable: it only adds a new, separate event (with its rooms,
    // sessions and participants) and changes nothing that exists, so no other undo step depends on it.
    // Deleting that event, an undoable step, takes it away again.
    m_worker.run(
        this, [](EventStore &s) { return SampleConference::create(s); },
        [this](const Result<QUuid> &result) {
            if (!result) {
                statusBar()->showMessage(result.error().message);
                QMessageBox::warning(this, tr("EventDesk"), result.error().message);
                return;
            }
            statusBar()->showMessage(tr("Sample conference created."), 3000);
            selectEvent(result.value());
            emit sampleLoaded(result.value());
        });
}

void MainWindow::deleteCurrentEvent()
{
    const Event *current = m_events->eventAt(m_events->rowOf(m_currentId));
    if (!current || m_confirmingDelete)
        return;
    m_confirmingDelete = true;
    const Event event = *current;
    struct Contents {
        qint64 sessions = 0;
        qint64 registrations = 0;
    };
    // What goes with the event, counted on the storage thread; then ask.
    m_worker.run(
        this,
        [id = event.meta.id](EventStore &s) -> Result<Contents> {
            auto sessions = s.count<Session>(id);
            if (!sessions)
                return sessions.error();
            auto registrations = s.count<Participant>(id);
            if (!registrations)
                return registrations.error();
            return Contents{sessions.value(), registrations.value()};
        },
        [this, event](const Result<Contents> &contents) {
            m_confirmingDelete = false;
            if (!contents) {
                statusBar()->showMessage(contents.error().message);
                return;
            }
            const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
            const QString question =
                tr("Delete the event \"%1\" with its %2 and %3? You can undo it with %4.")
                    .arg(event.name, tr("%n session(s)", nullptr, int(contents.value().sessions)),
                         tr("%n registration(s)", nullptr, int(contents.value().registrations)), undoKey);
            if (MessageBox::question(this, tr("Delete event"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) != QMessageBox::Yes)
                return;
            Command::deleteEvent(event); // reported once written: "Deleted …. Undo with …"
        });
}

void MainWindow::selectEvent(const QUuid &id)
{
    const int row = m_events->rowOf(id);
    if (row < 0) {
        m_pendingSelection = id; // not loaded yet: select after the next reload
        return;
    }
    m_pendingSelection = QUuid();
    m_eventList->setCurrentIndex(m_events->index(row));
}

void MainWindow::onEventsLoaded()
{
    if (!m_loadMessage.isEmpty() && statusBar()->currentMessage() == m_loadMessage)
        statusBar()->clearMessage();
    m_loadMessage.clear();
    if (!m_pendingSelection.isNull() && m_events->rowOf(m_pendingSelection) >= 0) {
        selectEvent(m_pendingSelection);
        return;
    }
    if (m_creating)
        return; // keep the new-event form open
    const int row = m_events->rowOf(m_currentId);
    if (row >= 0) {
        m_eventList->setCurrentIndex(m_events->index(row));
        const Event *e = m_events->eventAt(row);
        setWindowTitle(tr("%1 — EventDesk").arg(e->name));
        if (m_pages->currentWidget() == m_form && !m_form->isDirty())
            m_form->setEvent(*e, false); // show the stored values (after undo, for instance)
        return;
    }
    if (m_events->rowCount() > 0) {
        m_eventList->setCurrentIndex(m_events->index(0));
        return;
    }
    m_currentId = QUuid(); // the current event is gone (deleted here or elsewhere) and no other is left
    m_assistant->setEvent({});
    m_assistantTasks->setEvent({});
    setWindowTitle(tr("EventDesk"));
    setPage(Page::Empty);
}

void MainWindow::onCurrentEventChanged()
{
    const Event *e = m_events->eventAt(m_eventList->currentIndex().row());
    if (!e)
        return;
    const bool switching = e->meta.id != m_currentId;
    m_currentId = e->meta.id;
    m_creating = false;
    if (!switching && m_pages->currentWidget() == m_form && m_form->isDirty())
        return;
    m_form->setEvent(*e, false);
    for (EventPage *page : std::as_const(m_eventPages))
        page->setEvent(*e);
    m_assistant->setEvent(e->meta.id);
    m_assistantTasks->setEvent(e->meta.id);
    setWindowTitle(tr("%1 — EventDesk").arg(e->name));
    showSection(qMax(0, m_sections->currentRow()));
}

void MainWindow::showRecord(const QString &kind, const QUuid &id)
{
    // The section of the record's kind; a session is also shown on the schedule grid.
    const QHash<QString, int> sections{{u"session"_s, 1}, {u"room"_s, 3},        {u"track"_s, 4},
                                       {u"speaker"_s, 5}, {u"participant"_s, 6}, {u"ticket"_s, 6}};
    if (!sections.contains(kind))
        return;
    m_sections->setCurrentRow(sections.value(kind));
    if (kind == u"session")
        if (auto *schedule = qobject_cast<SchedulePage *>(m_eventPages.value(0)))
            schedule->focusSession(id);
}

void MainWindow::showSection(int section)
{
    if (m_currentId.isNull())
        return;
    if (section <= 0) {
        setPage(Page::Form);
        return;
    }
    EventPage *page = m_eventPages.value(section - 1);
    if (!page)
        return;
    m_pages->setCurrentWidget(page);
    setPage(Page::Part);
}

void MainWindow::showEditFailure(const QString &message, void (*discard)())
{
    statusBar()->showMessage(message);
    // Not modal: the edits queued after the failed one go on. A later failure replaces this one.
    if (auto *old = findChild<QMessageBox *>(u"editFailedBox"_s)) {
        old->setObjectName(QString());
        old->close();
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("EventDesk"), message, QMessageBox::Ok, this);
    box->setObjectName(u"editFailedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (discard) {
        // A step blocked by someone else's change stays on the stack: try again later, or forget it.
        QPushButton *button = box->addButton(tr("&Discard This Step"), QMessageBox::DestructiveRole);
        button->setObjectName(u"discardStepButton"_s);
        connect(button, &QPushButton::clicked, this, [discard] { discard(); });
    }
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingForm()) {
        event->ignore();
        return;
    }
    if (Settings::value(Settings::Key::RememberWindowState).toBool()) {
        Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
        Settings::setValue(Settings::Key::MainWindowState, saveState());
    } else {
        Settings::remove(Settings::Key::MainWindowGeometry);
        Settings::remove(Settings::Key::MainWindowState);
    }
    event->accept();
}

} // namespace EventDesk
