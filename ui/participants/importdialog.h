#pragma once

#include "registration/participantimport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace EventDesk
{
class StorageWorker;

// Imports registrations from a CSV file: preview, detected encoding and delimiter, a column mapping with
// suggestions, the duplicate policy, a dry run and the import itself with progress and Cancel. Reading,
// planning and writing run on the storage thread; the import is one undo step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(StorageWorker &worker, const QUuid &eventId, const QString &path, QWidget *parent = nullptr);
    bool isReady() const { return m_ready && m_questionsLoaded; }
    // The mapping combos' role holding the custom question's id (for ImportField::Question items).
    static constexpr int QuestionRole = Qt::UserRole + 1;
    // The ticket table's first column holds the value (lower case) in this role.
    static constexpr int TicketValueRole = Qt::UserRole + 2;

public slots:
    void reject() override;

signals:
    void ready();   // the file was read (or could not be) and the event's questions are known
    void planned(); // a dry run finished
    void importFinished(bool ok);

private:
    void readFile();
    void showRead(const Result<ParticipantImport::Source> &source); // the file as read, or why not
    void showSource();
    ImportOptions options() const;
    void dryRun();
    void startImport();
    void setBusy(bool busy);
    QString summary(const ImportPlan &plan, bool committed) const;
    // The ticket values of the column mapped to the ticket type that the event has no type for: one row
    // each, with "Create" checked and a choice of an existing type to read them as instead.
    void showTicketValues();
    int dataRows() const;

    StorageWorker &m_worker;
    QUuid m_eventId;
    QString m_path;
    std::optional<ParticipantImport::Source> m_source;
    int m_reads = 0;                   // readFile() calls: only the latest one's result is shown
    QList<CustomQuestion> m_questions; // the event's, offered after the standard fields
    QList<TicketType> m_ticketTypes;   // the event's, to map unknown ticket values to
    QString m_timeZone;                // the event's: dates without an offset are read in it
    // The file is read on a pool thread and the questions on the storage thread, in either order: the
    // file is shown as soon as it is read, and the mapping is shown again (with the questions offered and
    // suggested) when they arrive later.
    bool m_questionsLoaded = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_ready = false;
    bool m_busy = false;
    bool m_imported = false;      // the import committed: the dialog shows what it did until closed
    bool m_skipsReviewed = false; // a dry run showed the lines that would be skipped

    QLabel *m_fileLabel;
    QComboBox *m_encoding;
    QCheckBox *m_header;
    QTableWidget *m_preview;
    QTableWidget *m_mapping;
    QLabel *m_ticketsLabel;
    QTableWidget *m_tickets; // unknown ticket values: value, rows, create, or read as
    QComboBox *m_duplicates;
    QPlainTextEdit *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_dryRun;
    QPushButton *m_import;
    QPushButton *m_cancelButton;
};

} // namespace EventDesk
