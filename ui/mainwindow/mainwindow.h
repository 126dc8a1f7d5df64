#pragma once

#include "model/record.h"

#include <QMainWindow>
#include <QUuid>

class QListView;
class QListWidget;
class QStackedWidget;
class QTableView;
class QLabel;

namespace EventDesk
{
class AssistantDock;
class EmptyStateWidget;
class EventForm;
class EventPage;
class AssistantTasks;
class EventListModel;
class LlmClient;
class StorageWorker;
class TeamSync;

// The shell: event list and sections on the left, the current page in the middle, menus with every action.
// It wires widgets to models and commands; the rules live in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(StorageWorker &worker, QWidget *parent = nullptr);
    ~MainWindow() override;

    EventListModel *eventModel() const { return m_events; }
    AssistantDock *assistantDock() const { return m_assistant; }
    AssistantTasks *assistantTasks() const { return m_assistantTasks; }
    TeamSync *teamSync() const { return m_teamSync; }
    LlmClient *llmClient() const { return m_llm; } // the window's one client for language models

public slots:
    void newEvent();
    void loadSampleEvent();
    void deleteCurrentEvent();
    void selectEvent(const QUuid &id);
    // File › Import… with the file chosen; File › Export… for the current event.
    void importFile(const QString &path);
    void exportCurrentEvent();
    void showPreferences(); // Edit › Preferences…

signals:
    void sampleLoaded(const QUuid &eventId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Page { Empty, Form, Part };
    void createActions();
    void createLayout();
    void createSections();
    void onEventsLoaded();
    void applySettings(); // after the Preferences' OK
    void onCurrentEventChanged();
    void showSection(int section);
    void showRecord(const QString &kind, const QUuid &id); // a finding's or a fact's record
    void setPage(Page page);
    bool confirmLeavingForm();
    // One sentence in the status bar and in a box; discard, when given, is offered as "Discard This Step".
    void showEditFailure(const QString &message, void (*discard)());

    StorageWorker &m_worker;
    EventListModel *m_events;
    QList<EventPage *> m_eventPages;
    QListView *m_eventList = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    EventForm *m_form = nullptr;
    LlmClient *m_llm = nullptr;
    AssistantDock *m_assistant = nullptr;
    AssistantTasks *m_assistantTasks = nullptr;
    TeamSync *m_teamSync = nullptr;
    QUuid m_currentId;
    QUuid m_pendingSelection;
    bool m_creating = false;
    // What the status bar says while the event list loads or after it failed to: a finished load clears only
    // that, never a later report (a save, a delete's Undo hint, a sync's notice).
    QString m_loadMessage;
    bool m_confirmingDelete = false;
};

} // namespace EventDesk
