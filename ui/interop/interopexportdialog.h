#pragma once

#include "interopformats.h"

#include <QDialog>
#include <QUuid>

#include <optional>

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
    // Fills "Save to" with a file (or folder) named after the event in the Documents folder, its extension
    // following the format while the path is still the one suggested.
    void suggestName(const QString &eventName);

signals:
    void exported(bool ok);

private:
    void browse();
    void startExport();
    QString suggestedPath() const;
    // The format chosen in the list (one of guiExportFormats()).
    std::optional<GuiExportFormat> currentFormat() const;

    StorageWorker &m_worker;
    QUuid m_eventId;
    QComboBox *m_format;
    QComboBox *m_release;
    QLineEdit *m_path;
    QLabel *m_result;
    QPushButton *m_export;
    QString m_baseName;  // the suggested path without extension; empty: none
    QString m_suggested; // the path last suggested
    QString m_confirmed; // a path the file dialog already asked about replacing
};

} // namespace EventDesk
