#pragma once

#include "assistant/assistantsettings.h"
#include "assistant/assistantturn.h"
#include "assistant/assistantusage.h"
#include "assistanttranscript.h"
#include "model/assistantrecords.h"

#include <QDockWidget>
#include <QPointer>
#include <QUuid>

class QLabel;
class QPlainTextEdit;
class QAction;
class QPushButton;
class QStackedWidget;

namespace EventDesk
{

class LlmClient;
class StorageWorker;

// The assistant beside the event: one conversation per event (kept in the workspace through
// AssistantStore), answers streamed as Markdown, tool calls with their result sizes, Stop, Retry, Copy,
// Clear, the profile and model of the Chat task, the tokens and cost of the conversation and of the event's
// month with the budget warning, a preview of what will be sent, and quick actions for the other tasks
// (signals the main window wires to their panels). Store work runs on the storage thread; nothing blocks.
class AssistantDock : public QDockWidget
{
    Q_OBJECT

public:
    AssistantDock(StorageWorker &worker, LlmClient &client, QWidget *parent = nullptr);
    ~AssistantDock() override;

    QUuid eventId() const { return m_eventId; }
    void setEvent(const QUuid &eventId); // loads the event's conversation; a running answer is stopped
    bool isBusy() const { return m_turn != nullptr || m_preparing; }
    // Shows panel (the agenda proposal, the review…) below the conversation; nullptr hides the area.
    void setTaskPanel(QWidget *panel);
    // Puts the cursor in the message box (or on the empty state's button without a profile).
    void focusInput();
    QWidget *taskPanel() const;
    // The assistant's tasks as commands (the buttons above the message box, and Tools in the menu bar);
    // enabled once a profile is set up.
    QList<QAction *> taskActions() const { return m_taskActions; }
    // The conversation's commands (Stop, Retry, Copy, Clear, What will be sent) for Tools, enabled with the
    // dock's buttons.
    QList<QAction *> conversationActions() const
    {
        QList<QAction *> out;
        for (const auto &command : m_commands)
            out.append(command.second);
        return out;
    }
    // For tests: where usage is recorded (empty: the ledger's default file).
    void setLedgerPath(const QString &path) { m_ledgerPath = path; }

public slots:
    void send(); // the input box's text
    void sendMessage(const QString &text);
    void stop();
    void retry();
    void copyLastAnswer();
    void clearConversation(); // asks first
    void showPreview();
    void reloadSettings(); // profiles or assistant settings changed

signals:
    void quickAction(EventDesk::AssistantTask task, const QString &request);
    void profilesRequested(); // the empty state's button: Tools › Assistant Profiles…
    void turnFinished();      // an answer was completed, stopped or failed (and stored)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createChatPage();
    QWidget *createEmptyPage();
    QWidget *createQuickActions();
    void loadConversation();
    void refreshUsage();
    void showUsage();
    void updateButtons();
    void startTurn(const QString &text, bool retrying);
    void launch(const QString &text, bool retrying, const QString &context, const QString &key);
    void onTurnFinished();
    void storeMessage(const AssistantMessage &message);
    void showStatus(const QString &message);
    QList<ChatMessage> history(qsizetype upTo) const; // of m_messages[0, upTo)

    StorageWorker &m_worker;
    LlmClient &m_client;
    AssistantSettings m_settings;
    std::optional<ProviderProfile> m_profile;
    QUuid m_eventId;
    bool m_loaded = false;
    int m_loadGeneration = 0;
    QList<AssistantMessage> m_messages;
    QPointer<AssistantTurn> m_turn;
    QUuid m_turnEvent;
    bool m_preparing = false;
    int m_prepareGeneration = 0;
    QList<AssistantTranscript::ToolLine> m_toolLines;
    std::optional<AssistantUsage::Totals> m_totals;
    QString m_ledgerPath;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_chatPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_profileLabel = nullptr;
    AssistantTranscript *m_transcript = nullptr;
    QStackedWidget *m_taskPanels = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QList<QAction *> m_taskActions;
    QList<std::pair<QPushButton *, QAction *>> m_commands; // a button and its command in Tools
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_usage = nullptr;
    QLabel *m_budget = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace EventDesk
