#pragma once

#include "assistant/agendatask.h"
#include "assistant/pendingagendaproposal.h"
#include "commands/applyagendaproposal.h"
#include "llm/providerprofile.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <utility>

class QLabel;
class QLineEdit;
class QListWidget;
class QAction;
class QPushButton;

namespace EventDesk
{
class LlmClient;
class StorageWorker;

// An agenda proposal in the assistant's dock: the model's summary and one line per item with a checkbox
// (invalid items unchecked, not checkable, their reasons shown), and Apply (the checked items, one undo
// step), Reject (nothing changes) and Revise (ask the model again with the problems found). Asks the model
// itself: the event's context is gathered on the storage thread, the request runs asynchronously.
// proposalShown() and proposalCleared() let the schedule editor draw the proposal (SchedulePage::
// showProposal, clearProposal). A proposal is kept in the workspace as pending until applied or rejected,
// and shown again (checked against the schedule as it is then) when the event is opened again.
class AgendaProposalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaProposalPanel(StorageWorker &worker, QWidget *parent = nullptr);
    ~AgendaProposalPanel() override;

    // Shows the event's pending agenda proposal, if it has one.
    void setEvent(const QUuid &eventId);
    // The model to ask (the client is not owned and must outlive the panel's requests).
    void setModel(LlmClient *client, const ProviderProfile &profile, const QString &key);

    bool isBusy() const;
    bool hasProposal() const { return m_hasProposal; }
    const CheckedProposal &proposal() const { return m_proposal; }
    QList<ProposalItem> checkedItems() const; // checked and valid
    QString statusText() const;
    // Apply, Reject and Revise as commands for Tools, enabled with the panel's buttons.
    QList<QAction *> actions() const
    {
        QList<QAction *> out;
        for (const auto &command : m_commands)
            out.append(command.second);
        return out;
    }

public slots:
    // Asks the model for a proposal for the organizer's request.
    void request(const QString &text);
    void apply();
    void reject();
    void revise();

signals:
    void proposalShown(const EventDesk::CheckedProposal &proposal);
    void proposalCleared();
    // After Apply's write: what was written and what was refused.
    void applied(const EventDesk::AgendaApplyOutcome &outcome);
    void busyChanged(bool busy);

private:
    void startTask(const AgendaTask::Input &input, const QString &text);
    void loadPending();
    void savePending();
    void recordState(AssistantProposal::State state);
    void ensureTask();
    void prepareTask(); // of a new m_task: its handler, usage and cache setting
    void onTaskFinished();
    void display(const CheckedProposal &proposal);
    void clear(const QString &status);
    void updateButtons();

    StorageWorker &m_worker;
    QUuid m_eventId;
    QPointer<LlmClient> m_client;
    ProviderProfile m_profile;
    QString m_key;
    std::unique_ptr<AgendaTask> m_task;
    AgendaTask::Input m_input;
    PendingAgendaProposal m_pending;
    bool m_loading = false;
    QString m_queued; // a request made while the kept proposal was being read
    bool m_gathering = false;
    bool m_applying = false;
    bool m_hasProposal = false;
    CheckedProposal m_proposal;

    QLabel *m_summary;
    QLabel *m_status;
    QListWidget *m_items;
    QLineEdit *m_note;
    QPushButton *m_apply;
    QPushButton *m_reject;
    QPushButton *m_revise;
    QList<std::pair<QPushButton *, QAction *>> m_commands; // a button and its command in Tools
};

} // namespace EventDesk
