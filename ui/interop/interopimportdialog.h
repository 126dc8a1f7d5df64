#pragma once

#include <QDialog>
#include <QUuid>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace EventDesk
{
class PreparedImport;
class StorageWorker;

// File › Import…: reads and plans the file on the storage thread and shows the dry-run report (created,
// updated, unchanged, skipped with reasons) before anything is written; Import writes it in one transaction
// with progress and Cancel (which leaves the workspace as it was), then shows what was done. The formats come
// from guiImportFormats().
class InteropImportDialog : public QDialog
{
    Q_OBJECT

public:
    // currentEvent may be null; path is the file chosen.
    InteropImportDialog(StorageWorker &worker, const QUuid &currentEvent, const QString &path,
                        QWidget *parent = nullptr);
    QString report() const;
    QString heading() const;

public slots:
    void reject() override;

signals:
    void prepared(bool ok);       // the dry-run report is shown (or why the file cannot be imported)
    void importFinished(bool ok); // the import was written (or failed, or was cancelled)

private:
    void prepare();
    void startImport();
    void setBusy(bool busy);

    StorageWorker &m_worker;
    QUuid m_currentEvent;
    QString m_path;
    std::shared_ptr<PreparedImport> m_prepared;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_preparations = 0; // only the latest one's result is shown
    bool m_busy = false;
    bool m_done = false;
    QLabel *m_file;
    QComboBox *m_format;
    QCheckBox *m_intoCurrent;
    QLabel *m_heading;
    QPlainTextEdit *m_report;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace EventDesk
