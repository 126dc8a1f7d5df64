#pragma once

#include "assistant/replygrounding.h"
#include "llm/providerprofile.h"
#include "model/event.h"

#include <QDialog>
#include <QUuid>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace EventDesk
{
class KeyStore;
class LlmClient;
class StorageWorker;
class StructuredCall;

// Drafts a reply to a participant's question, grounded in the event's data: the question, optionally the
// asking registration, Draft (asynchronous, with Cancel), the editable reply, the facts it used (each
// linked to its record: activating one emits recordActivated), Copy and Save as .eml. When the data does
// not hold the answer the dialog says so above the reply. Nothing is written to the event.
class ReplyDraftDialog : public QDialog
{
    Q_OBJECT

public:
    ReplyDraftDialog(StorageWorker &worker, const QUuid &eventId, QWidget *parent = nullptr);
    ~ReplyDraftDialog() override;
    // The window's client (its response cache and network); not owned. Unset: a client of its own.
    void setClient(LlmClient *client);

    void setQuestion(const QString &question);
    void setParticipant(const QUuid &id); // picked now, or once the registrations are loaded
    QUuid participant() const;
    bool isLoaded() const { return m_loaded; }
    bool isDrafting() const { return m_drafting; }
    const std::optional<ReplyDraft> &draft() const { return m_draft; }

public slots:
    void startDraft();
    void cancelDraft();
    void copyReply();
    void saveEml();                      // asks for the file
    void saveEmlTo(const QString &path); // for tests and saveEml(): written on the storage thread

signals:
    void recordActivated(const QString &kind, const QUuid &id);
    void loaded();
    void draftFinished(bool ok);
    void emlSaved(bool ok, const QString &path);

private:
    void send(const ProviderProfile &profile, const QString &key, quint64 generation);
    void onCallFinished();
    void showDraft(const ReplyDraft &draft);
    void finish(bool ok, const QString &status);
    void updateButtons();

    StorageWorker &m_worker;
    QUuid m_eventId;
    Event m_event;
    struct Person {
        QUuid id;
        QString email;
    };
    QList<Person> m_people;
    QUuid m_wantedParticipant;
    bool m_loaded = false;
    bool m_drafting = false;
    quint64 m_generation = 0;
    std::optional<ReplyGrounding> m_grounding;
    std::optional<ReplyDraft> m_draft;
    KeyStore *m_keys;
    StructuredCall *m_call;
    QPlainTextEdit *m_question;
    QComboBox *m_participant;
    QPushButton *m_draftButton;
    QPushButton *m_cancelButton;
    QLabel *m_profile;
    QLabel *m_status;
    QLabel *m_notInData;
    QPlainTextEdit *m_reply;
    QListWidget *m_facts;
    QLabel *m_unresolved;
    QPushButton *m_copy;
    QPushButton *m_saveEml;
    QPushButton *m_close;
};

} // namespace EventDesk
