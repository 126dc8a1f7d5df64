#pragma once

#include "common/eventpage.h"
#include "model/participant.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QToolButton;

namespace EventDesk
{
class ParticipantTableModel;
class PrefillReviewDialog;
class StorageWorker;

// The registrations of the current event: search, status and ticket filters, sorting, a column chooser,
// bulk actions (confirm, cancel, waitlist, delete; each one undo step), the selected participant's status
// history, the registration form, CSV import and export, and messages.
class ParticipantsPage : public EventPage
{
    Q_OBJECT

public:
    explicit ParticipantsPage(StorageWorker &worker, QWidget *parent = nullptr);
    ~ParticipantsPage() override; // remembers the table's columns
    QString title() const override { return tr("Participants"); }
    void setEvent(const Event &event) override;
    QList<QAction *> menuActions() const override { return {m_questionsAction, m_templatesAction}; }
    // View › Status History: the panel beside the table, shown or hidden for good (the table gets its width).
    QList<QAction *> viewMenuActions() const override { return {m_historyAction}; }
    QList<QAction *> fileMenuActions() const override { return {m_importAction, m_exportAction}; }
    ParticipantTableModel *model() const { return m_model; }

    // For tests and the menu: open the import dialog on a file without the file picker.
    void importFile(const QString &path);
    // For tests and the menu: export every participant of the event as CSV, without the file picker.
    void exportTo(const QString &path, bool bom);
    // Sets the selected participants to status (with waitlist promotion), as one undo step.
    void changeSelectedStatus(ParticipantStatus status);
    QList<QUuid> selectedIds() const;
    // For tests and the menu: write the kind's message (the event's template) for the selected participants
    // into folder as .eml files, without the folder picker.
    void writeMessagesTo(int kind, const QString &folder);
    // Opens the editors of the event's questions and message templates (also actionCustomQuestions and
    // actionMessageTemplates).
    void editQuestions();
    void editMessageTemplates();
    // Opens the registration pre-fill from messages (also actionPrefillFromMessages); returns the dialog.
    PrefillReviewDialog *openPrefill();
    // Opens the assistant's reply dialog with the selected participant picked (also actionDraftReply in the
    // table's context menu).
    void draftReply();

signals:
    void statusChangeQueued(); // the command was pushed
    void exportFinished(bool ok, const QString &message);
    void messagesWritten(bool ok, const QStringList &files);
    // A fact of a drafted reply was activated: show that record.
    void recordActivated(const QString &kind, const QUuid &id);

private:
    void updateFilter();
    void fillTicketFilter();
    void updateActions();
    void showHistory();
    void deleteSelected();
    void exportCsv();
    void writeMessages();
    void restoreColumns();
    void saveColumns() const;
    void openForm(const std::optional<Participant> &existing);

    StorageWorker &m_worker;
    ParticipantTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_ticketFilter;
    QToolButton *m_columns;
    QTableView *m_table;
    QLabel *m_counts;
    QListWidget *m_history;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_waitlist;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_messages;
    QAction *m_questionsAction;
    QAction *m_historyAction = nullptr;
    QAction *m_templatesAction;
    QAction *m_prefillAction;
    QAction *m_draftReplyAction;
    QList<std::pair<QPushButton *, QAction *>> m_rowActions; // the table's context menu
    QAction *m_importAction;
    QAction *m_exportAction;
    QList<QUuid> m_keptSelection; // across a reload of the model
    quint64 m_historyGeneration = 0;
    bool m_columnsSized = false;
};

} // namespace EventDesk
