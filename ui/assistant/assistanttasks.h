#pragma once

#include "assistant/assistantsettings.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

class QWidget;

namespace EventDesk
{

class AgendaProposalPanel;
class AssistantDock;
class LlmClient;
class ReviewPanel;
class SchedulePage;
class StorageWorker;

// Runs the dock's quick actions: an agenda request goes to the proposal panel below the conversation (its
// proposal drawn on the schedule editor), Review to the review panel there, pre-fill and replies open their
// dialogs. Each task asks the model of its own profile (Tools › Assistant Settings), the key looked up
// asynchronously. The rules live in core/assistant; this only connects the pieces.
class AssistantTasks : public QObject
{
    Q_OBJECT

public:
    AssistantTasks(StorageWorker &worker, LlmClient &client, AssistantDock *dock, SchedulePage *schedule,
                   QWidget *window);
    ~AssistantTasks() override;

    void setEvent(const QUuid &eventId);
    AgendaProposalPanel *agendaPanel() const { return m_agenda; }
    ReviewPanel *reviewPanel() const { return m_review; }

public slots:
    // request: the organizer's words (empty: asked for where the task needs them).
    void run(EventDesk::AssistantTask task, const QString &request);

signals:
    void scheduleWanted(); // show the schedule editor, where the proposal is drawn
    void recordActivated(const QString &kind, const QUuid &id);
    void statusMessage(const QString &message);

private:
    void runAgenda(const QString &request);
    // Finds the task's profile and its key, then calls ready; a problem goes to the status bar.
    void withModel(AssistantTask task,
                   std::function<void(const ProviderProfile &profile, const QString &key)> ready);

    StorageWorker &m_worker;
    LlmClient &m_client;
    QPointer<AssistantDock> m_dock;
    QPointer<SchedulePage> m_schedule;
    QWidget *m_window;
    QUuid m_eventId;
    AgendaProposalPanel *m_agenda;
    ReviewPanel *m_review;
};

} // namespace EventDesk
