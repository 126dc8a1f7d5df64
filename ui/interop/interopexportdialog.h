#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace EventDesk
{
class StorageWorker;

// File › Export…: a format from guiExportFormats(), the release (working copy, latest or a version) and where
// to write; the export runs on the storage thread and writes through core/io's AtomicFile.
class InteropExportDialog : public QDialog
{
    Q_OBJECT

public:
    InteropExportDialog(StorageWorker &worker, const QUuid &eventId, QWidget *parent = nullptr);
    QString result() const;

signals:
    void exported(bool ok);

private:
    void browse();
    void startExport();

    StorageWorker &m_worker;
    QUuid m_eventId;
    QComboBox *m_format;
    QComboBox *m_release;
    QLineEdit *m_path;
    QLabel *m_result;
    QPushButton *m_export;
};

} // namespace EventDesk
