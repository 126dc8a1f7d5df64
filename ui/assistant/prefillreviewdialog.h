#pragma once

#include "assistant/registrationprefill.h"
#include "llm/providerprofile.h"

#include <QDialog>
#include <QUuid>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace EventDesk
{
class KeyStore;
class LlmClient;
class StorageWorker;

// Registration pre-fill from messages: paste text or drop .eml and mbox files, let the model extract
// registrations (in batches, with a progress bar and Cancel), then review the drafts: each field's tooltip
// quotes the span of the message it came from and selecting it highlights that span in the message pane;
// guesses, duplicates and invalid values are marked. Nothing is saved until Confirm, which registers the
// checked drafts through Command::registerParticipants as one undo step (places decided at write time).
class PrefillReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // client: the window's language-model client; null: the dialog makes its own.
    PrefillReviewDialog(StorageWorker &worker, const QUuid &eventId, LlmClient *client = nullptr,
                        QWidget *parent = nullptr);
    ~PrefillReviewDialog() override;

    // The model to use. Without it, Run uses the profile the assistant settings give pre-fill (else the
    // default one) and its key from the keychain. Redaction follows the settings (on unless turned off).
    void setProfile(const ProviderProfile &profile, const QString &key);
    void addFiles(const QStringList &paths);
    RegistrationPrefill *prefill() const { return m_prefill; }
    const QList<RegistrationDraft> &drafts() const { return m_drafts; }

signals:
    void reviewReady(); // the table shows the drafts (after a run, also a failed or cancelled one)
    void registered(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void run();
    void extract(const QList<MailMessage> &messages);
    void withModel(const std::function<void()> &then);
    void onFinished();
    void fillTable();
    void showSource(int row, int column);
    void confirm();
    void updateButtons();
    void setStatus(const QString &text);
    int checkedCount() const;

    StorageWorker &m_worker;
    QUuid m_eventId;
    LlmClient *m_client;
    KeyStore *m_keys = nullptr;
    RegistrationPrefill *m_prefill;
    std::optional<ProviderProfile> m_profile;
    QString m_key;
    QStringList m_paths;
    QList<RegistrationDraft> m_drafts; // checked against the workspace
    bool m_inputChanged = true;
    bool m_busy = false;
    int m_reads = 0;

    QPlainTextEdit *m_input;
    QListWidget *m_files;
    QPushButton *m_addFiles;
    QPushButton *m_clearFiles = nullptr;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QPlainTextEdit *m_viewer;
    QPushButton *m_confirm;
    QPushButton *m_close;
};

} // namespace EventDesk
